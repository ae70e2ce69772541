<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AccountEditor</name>
        <message numerus="yes">
            <source>The account “%1” is used by %n campaign(s) that have not finished. Let them finish or cancel them first.</source>
            <translation>
                <numerusform>The account “%1” is used by %n campaign that have not finished. Let them finish or cancel them first.</numerusform>
                <numerusform>The account “%1” is used by %n campaigns that have not finished. Let them finish or cancel them first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AudienceAnalyzer</name>
        <message numerus="yes">
            <source>%1% %Ln part(s)</source>
            <translation>
                <numerusform>%1% %Ln part</numerusform>
                <numerusform>%1% %Ln parts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommandRegistry</name>
        <message numerus="yes">
            <source>Added %n demo contact(s).</source>
            <translation>
                <numerusform>Added %n demo contact.</numerusform>
                <numerusform>Added %n demo contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Simulator stopped after %n message(s).</source>
            <translation>
                <numerusform>Simulator stopped after %n message.</numerusform>
                <numerusform>Simulator stopped after %n messages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to %1</source>
            <translation>
                <numerusform>Exported %n contact to %1</numerusform>
                <numerusform>Exported %n contacts to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for their send time; the next at %1.</source>
            <translation>
                <numerusform>%n message wait for their send time; the next at %1.</numerusform>
                <numerusform>%n messages wait for their send time; the next at %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for quiet hours to end or for their local send time; the last goes out at %1.</source>
            <translation>
                <numerusform>%n message wait for quiet hours to end or for their local send time; the last goes out at %1.</numerusform>
                <numerusform>%n messages wait for quiet hours to end or for their local send time; the last goes out at %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Audience: %n contact(s)</source>
            <translation>
                <numerusform>Audience: %n contact</numerusform>
                <numerusform>Audience: %n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recipients: %n, of them %1 at once and %2 later</source>
            <translation>
                <numerusform>Recipients: %n, of them %1 at once and %2 later</numerusform>
                <numerusform>Recipients: %n, of them %1 at once and %2 later</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln part</numerusform>
                <numerusform>%Ln parts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Polling every %n second(s); stop with Ctrl+C.</source>
            <translation>
                <numerusform>Polling every %n second; stop with Ctrl+C.</numerusform>
                <numerusform>Polling every %n seconds; stop with Ctrl+C.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reply(ies) changed.</source>
            <translation>
                <numerusform>%n reply changed.</numerusform>
                <numerusform>%n replies changed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message numerus="yes">
            <source>The row has %1 fields, but the header has %n.</source>
            <translation>
                <numerusform>The row has %1 fields, but the header has %n.</numerusform>
                <numerusform>The row has %1 fields, but the header has %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The row has %1 fields, but the first row has %n.</source>
            <translation>
                <numerusform>The row has %1 fields, but the first row has %n.</numerusform>
                <numerusform>The row has %1 fields, but the first row has %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A quoted field starts here and is still open after %n line(s); the closing quote is probably missing.</source>
            <translation>
                <numerusform>A quoted field starts here and is still open after %n line; the closing quote is probably missing.</numerusform>
                <numerusform>A quoted field starts here and is still open after %n lines; the closing quote is probably missing.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoWorkspace</name>
        <message numerus="yes">
            <source>Created %n demo contact(s).</source>
            <translation>
                <numerusform>Created %n demo contact.</numerusform>
                <numerusform>Created %n demo contacts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::AnalyticsPane</name>
        <message numerus="yes">
            <source>%1 delivered of %Ln sent</source>
            <translation>
                <numerusform>%1 delivered of %Ln sent</numerusform>
                <numerusform>%1 delivered of %Ln sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); above the %1 benchmark</source>
            <translation>
                <numerusform>%Ln opt-out; above the %1 benchmark</numerusform>
                <numerusform>%Ln opt-outs; above the %1 benchmark</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); benchmark %1</source>
            <translation>
                <numerusform>%Ln opt-out; benchmark %1</numerusform>
                <numerusform>%Ln opt-outs; benchmark %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s) replied</source>
            <translation>
                <numerusform>%Ln person replied</numerusform>
                <numerusform>%Ln people replied</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln reply</numerusform>
                <numerusform>%Ln replies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln part</numerusform>
                <numerusform>%Ln parts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::BulkTagDialog</name>
        <message numerus="yes">
            <source>The %Ln selected contact(s)</source>
            <translation>
                <numerusform>The %Ln selected contact</numerusform>
                <numerusform>The %Ln selected contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln contact(s) matching the current search and filters</source>
            <translation>
                <numerusform>All %Ln contact matching the current search and filters</numerusform>
                <numerusform>All %Ln contacts matching the current search and filters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignListModel</name>
        <message numerus="yes">
            <source>%1 of %Ln recipient(s) handed to the provider or settled</source>
            <translation>
                <numerusform>%1 of %Ln recipient handed to the provider or settled</numerusform>
                <numerusform>%1 of %Ln recipients handed to the provider or settled</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignMonitor</name>
        <message numerus="yes">
            <source>%1 — %Ln message(s) wait for their send time; the next at %2.</source>
            <translation>
                <numerusform>%1 — %Ln message wait for their send time; the next at %2.</numerusform>
                <numerusform>%1 — %Ln messages wait for their send time; the next at %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignsPane</name>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) wait for quiet hours to end or for their local send time; the last goes out at %2.</source>
            <translation>
                <numerusform>Launched “%1”: %Ln message wait for quiet hours to end or for their local send time; the last goes out at %2.</numerusform>
                <numerusform>Launched “%1”: %Ln messages wait for quiet hours to end or for their local send time; the last goes out at %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) are being sent.</source>
            <translation>
                <numerusform>Launched “%1”: %Ln message are being sent.</numerusform>
                <numerusform>Launched “%1”: %Ln messages are being sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sending %Ln failed message(s) again.</source>
            <translation>
                <numerusform>Sending %Ln failed message again.</numerusform>
                <numerusform>Sending %Ln failed messages again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::ConnectionTest</name>
        <message numerus="yes">
            <source>The provider did not answer within %n second(s).</source>
            <translation>
                <numerusform>The provider did not answer within %n second.</numerusform>
                <numerusform>The provider did not answer within %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactCardDialog</name>
        <message numerus="yes">
            <source>%Ln order(s), %1 in total</source>
            <translation>
                <numerusform>%Ln order, %1 in total</numerusform>
                <numerusform>%Ln orders, %1 in total</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactsPane</name>
        <message numerus="yes">
            <source>Added the tag “%1” to %Ln contact(s).</source>
            <translation>
                <numerusform>Added the tag “%1” to %Ln contact.</numerusform>
                <numerusform>Added the tag “%1” to %Ln contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed the tag “%1” from %Ln contact(s).</source>
            <translation>
                <numerusform>Removed the tag “%1” from %Ln contact.</numerusform>
                <numerusform>Removed the tag “%1” from %Ln contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the %Ln selected contact(s)?</source>
            <translation>
                <numerusform>Delete the %Ln selected contact?</numerusform>
                <numerusform>Delete the %Ln selected contacts?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) in the workspace?</source>
            <translation>
                <numerusform>Delete all %Ln contact in the workspace?</numerusform>
                <numerusform>Delete all %Ln contacts in the workspace?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) that match the current search and filters?</source>
            <translation>
                <numerusform>Delete all %Ln contact that match the current search and filters?</numerusform>
                <numerusform>Delete all %Ln contacts that match the current search and filters?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleting %Ln contact(s)…</source>
            <translation>
                <numerusform>Deleting %Ln contact…</numerusform>
                <numerusform>Deleting %Ln contacts…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contact(s).</source>
            <translation>
                <numerusform>Deleted %Ln contact.</numerusform>
                <numerusform>Deleted %Ln contacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln contact(s)</source>
            <translation>
                <numerusform>%1 of %Ln contact</numerusform>
                <numerusform>%1 of %Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationListModel</name>
        <message numerus="yes">
            <source>%1, %Ln unread, last message: %2</source>
            <translation>
                <numerusform>%1, %Ln unread, last message: %2</numerusform>
                <numerusform>%1, %Ln unread, last message: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::ExportDialog</name>
        <message numerus="yes">
            <source>The %Ln &amp;selected contact(s)</source>
            <translation>
                <numerusform>The %Ln &amp;selected contact</numerusform>
                <numerusform>The %Ln &amp;selected contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %Ln contact(s) in the current &amp;view (search and filters)</source>
            <translation>
                <numerusform>The %Ln contact in the current &amp;view (search and filters)</numerusform>
                <numerusform>The %Ln contacts in the current &amp;view (search and filters)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) written…</source>
            <translation>
                <numerusform>%Ln contact written…</numerusform>
                <numerusform>%Ln contacts written…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contact(s) to %1.</source>
            <translation>
                <numerusform>Exported %Ln contact to %1.</numerusform>
                <numerusform>Exported %Ln contacts to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::ImportDialog</name>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, recognised as %3 (%Ln column(s)).</source>
            <translation>
                <numerusform>Read as %1, columns separated by %2, recognised as %3 (%Ln column).</numerusform>
                <numerusform>Read as %1, columns separated by %2, recognised as %3 (%Ln columns).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::InboxPane</name>
        <message numerus="yes">
            <source>%Ln conversation(s)</source>
            <translation>
                <numerusform>%Ln conversation</numerusform>
                <numerusform>%Ln conversations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln unread</numerusform>
                <numerusform>%Ln unread</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln reply</numerusform>
                <numerusform>%Ln replies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln not handled</source>
            <translation>
                <numerusform>%Ln not handled</numerusform>
                <numerusform>%Ln not handled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reply queued on “%1”; it is sent with the next check of replies (%Ln part(s)).</source>
            <translation>
                <numerusform>Reply queued on “%1”; it is sent with the next check of replies (%Ln part).</numerusform>
                <numerusform>Reply queued on “%1”; it is sent with the next check of replies (%Ln parts).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::KeychainCredentialStore</name>
        <message numerus="yes">
            <source>it did not answer within %n second(s)</source>
            <translation>
                <numerusform>it did not answer within %n second</numerusform>
                <numerusform>it did not answer within %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::MainWindow</name>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sending: idle, checking replies of %Ln account(s)</source>
            <translation>
                <numerusform>Sending: idle, checking replies of %Ln account</numerusform>
                <numerusform>Sending: idle, checking replies of %Ln accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread message(s)</source>
            <translation>
                <numerusform>%Ln unread message</numerusform>
                <numerusform>%Ln unread messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageEditor</name>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln part</numerusform>
                <numerusform>%Ln parts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln left in this part</source>
            <translation>
                <numerusform>%Ln left in this part</numerusform>
                <numerusform>%Ln left in this part</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make GSM-safe (saves %Ln part(s))</source>
            <translation>
                <numerusform>Make GSM-safe (saves %Ln part)</numerusform>
                <numerusform>Make GSM-safe (saves %Ln parts)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove diacritics (saves %Ln part(s))</source>
            <translation>
                <numerusform>Remove diacritics (saves %Ln part)</numerusform>
                <numerusform>Remove diacritics (saves %Ln parts)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt;: %Ln recipient(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln recipient</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln recipients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>longest: %Ln part(s)</source>
            <translation>
                <numerusform>longest: %Ln part</numerusform>
                <numerusform>longest: %Ln parts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::PlivoGateway</name>
        <message numerus="yes">
            <source>Plivo shows %n message(s) to this number since then; which one is ours cannot be told.</source>
            <translation>
                <numerusform>Plivo shows %n message to this number since then; which one is ours cannot be told.</numerusform>
                <numerusform>Plivo shows %n messages to this number since then; which one is ours cannot be told.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::Poller</name>
        <message numerus="yes">
            <source>%n message(s) of “%1” got no final delivery report within %2 days; their outcome stays unknown.</source>
            <translation>
                <numerusform>%n message of “%1” got no final delivery report within %2 days; their outcome stays unknown.</numerusform>
                <numerusform>%n messages of “%1” got no final delivery report within %2 days; their outcome stays unknown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No answer after %n attempt(s)</source>
            <translation>
                <numerusform>No answer after %n attempt</numerusform>
                <numerusform>No answer after %n attempts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::PreflightDialog</name>
        <message numerus="yes">
            <source>%Ln contact(s) selected</source>
            <translation>
                <numerusform>%Ln contact selected</numerusform>
                <numerusform>%Ln contacts selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) get the message</source>
            <translation>
                <numerusform>%Ln contact get the message</numerusform>
                <numerusform>%Ln contacts get the message</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 × %Ln part(s)</source>
            <translation>
                <numerusform>%1 × %Ln part</numerusform>
                <numerusform>%1 × %Ln parts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln recipient(s) in UCS-2 (70 characters per part), forced by: %2</source>
            <translation>
                <numerusform>%1 — %Ln recipient in UCS-2 (70 characters per part), forced by: %2</numerusform>
                <numerusform>%1 — %Ln recipients in UCS-2 (70 characters per part), forced by: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hands %Ln message(s) to the outbox and starts sending.</source>
            <translation>
                <numerusform>Hands %Ln message to the outbox and starts sending.</numerusform>
                <numerusform>Hands %Ln messages to the outbox and starts sending.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::ReplyHeatMap</name>
        <message numerus="yes">
            <source>%1, %2:00–%2:59: %Ln reply(ies)</source>
            <translation>
                <numerusform>%1, %2:00–%2:59: %Ln reply</numerusform>
                <numerusform>%1, %2:00–%2:59: %Ln replies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::SegmentsPane</name>
        <message numerus="yes">
            <source>%Ln contact(s) match</source>
            <translation>
                <numerusform>%Ln contact match</numerusform>
                <numerusform>%Ln contacts match</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::SendWorker</name>
        <message numerus="yes">
            <source>Settling %n message(s) whose outcome was not recorded</source>
            <translation>
                <numerusform>Settling %n message whose outcome was not recorded</numerusform>
                <numerusform>Settling %n messages whose outcome was not recorded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No answer after %n attempt(s)</source>
            <translation>
                <numerusform>No answer after %n attempt</numerusform>
                <numerusform>No answer after %n attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The provider failed %n time(s) in a row (last: %1). Sending is paused; resume it when the provider works again.</source>
            <translation>
                <numerusform>The provider failed %n time in a row (last: %1). Sending is paused; resume it when the provider works again.</numerusform>
                <numerusform>The provider failed %n times in a row (last: %1). Sending is paused; resume it when the provider works again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1: %n message(s) held until the recipients' sending window opens</source>
            <translation>
                <numerusform>Campaign %1: %n message held until the recipients' sending window opens</numerusform>
                <numerusform>Campaign %1: %n messages held until the recipients' sending window opens</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::SettingsDialog</name>
        <message numerus="yes">
            <source>%Ln message(s) per person per %1 days</source>
            <translation>
                <numerusform>%Ln message per person per %1 days</numerusform>
                <numerusform>%Ln messages per person per %1 days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboundProcessor</name>
        <message numerus="yes">
            <source>Contact %1 opted out by replying “%2”; %n waiting message(s) cancelled.</source>
            <translation>
                <numerusform>Contact %1 opted out by replying “%2”; %n waiting message cancelled.</numerusform>
                <numerusform>Contact %1 opted out by replying “%2”; %n waiting messages cancelled.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxReply</name>
        <message numerus="yes">
            <source>Reply to %1 queued on “%2” (%n part(s)).</source>
            <translation>
                <numerusform>Reply to %1 queued on “%2” (%n part).</numerusform>
                <numerusform>Reply to %1 queued on “%2” (%n parts).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Preflight</name>
        <message numerus="yes">
            <source>%n contact(s) have not agreed to marketing messages.</source>
            <translation>
                <numerusform>%n contact have not agreed to marketing messages.</numerusform>
                <numerusform>%n contacts have not agreed to marketing messages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) opted out or are on the suppression list.</source>
            <translation>
                <numerusform>%n contact opted out or are on the suppression list.</numerusform>
                <numerusform>%n contacts opted out or are on the suppression list.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) already reached the limit of %1 marketing messages in %2 days.</source>
            <translation>
                <numerusform>%n contact already reached the limit of %1 marketing messages in %2 days.</numerusform>
                <numerusform>%n contacts already reached the limit of %1 marketing messages in %2 days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a phone number that is not valid.</source>
            <translation>
                <numerusform>%n contact have a phone number that is not valid.</numerusform>
                <numerusform>%n contacts have a phone number that is not valid.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a landline number, which cannot receive text messages.</source>
            <translation>
                <numerusform>%n contact have a landline number, which cannot receive text messages.</numerusform>
                <numerusform>%n contacts have a landline number, which cannot receive text messages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would be empty once the placeholders are filled in.</source>
            <translation>
                <numerusform>%n message would be empty once the placeholders are filled in.</numerusform>
                <numerusform>%n messages would be empty once the placeholders are filled in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) across segments removed: everyone gets one message.</source>
            <translation>
                <numerusform>%n duplicate across segments removed: everyone gets one message.</numerusform>
                <numerusform>%n duplicates across segments removed: everyone gets one message.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This marketing message tells none of its %n recipient(s) how to opt out: add the opt-out footer or a “STOP” line.</source>
            <translation>
                <numerusform>This marketing message tells none of its %n recipient how to opt out: add the opt-out footer or a “STOP” line.</numerusform>
                <numerusform>This marketing message tells none of its %n recipients how to opt out: add the opt-out footer or a “STOP” line.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) in the United States or Canada cannot get messages from the sender name “%1”: networks there accept only phone numbers.</source>
            <translation>
                <numerusform>%n recipient in the United States or Canada cannot get messages from the sender name “%1”: networks there accept only phone numbers.</numerusform>
                <numerusform>%n recipients in the United States or Canada cannot get messages from the sender name “%1”: networks there accept only phone numbers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The provider account cannot report deliveries: you will not know which of the %n message(s) arrived.</source>
            <translation>
                <numerusform>The provider account cannot report deliveries: you will not know which of the %n message arrived.</numerusform>
                <numerusform>The provider account cannot report deliveries: you will not know which of the %n messages arrived.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The scheduled time %1 has already passed: %n message(s) would go out at once.</source>
            <translation>
                <numerusform>The scheduled time %1 has already passed: %n message would go out at once.</numerusform>
                <numerusform>The scheduled time %1 has already passed: %n messages would go out at once.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 on %2 local time has already passed for %n recipient(s): their messages would go out at once.</source>
            <translation>
                <numerusform>%1 on %2 local time has already passed for %n recipient: their messages would go out at once.</numerusform>
                <numerusform>%1 on %2 local time has already passed for %n recipients: their messages would go out at once.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The message uses {shop}, but the shop name is not set: %n message(s) would have a gap there.</source>
            <translation>
                <numerusform>The message uses {shop}, but the shop name is not set: %n message would have a gap there.</numerusform>
                <numerusform>The message uses {shop}, but the shop name is not set: %n messages would have a gap there.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) have no “%1”: they get “%2” exactly as written.</source>
            <translation>
                <numerusform>%n recipient have no “%1”: they get “%2” exactly as written.</numerusform>
                <numerusform>%n recipients have no “%1”: they get “%2” exactly as written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) go out in UCS-2 (70 characters per part instead of 160) because of: %1</source>
            <translation>
                <numerusform>%n message go out in UCS-2 (70 characters per part instead of 160) because of: %1</numerusform>
                <numerusform>%n messages go out in UCS-2 (70 characters per part instead of 160) because of: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) fall outside %1–%2 in the recipient's time zone and wait for the next morning.</source>
            <translation>
                <numerusform>%n message fall outside %1–%2 in the recipient's time zone and wait for the next morning.</numerusform>
                <numerusform>%n messages fall outside %1–%2 in the recipient's time zone and wait for the next morning.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would arrive on a Sunday and wait until Monday.</source>
            <translation>
                <numerusform>%n message would arrive on a Sunday and wait until Monday.</numerusform>
                <numerusform>%n messages would arrive on a Sunday and wait until Monday.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SegmentRepository</name>
        <message numerus="yes">
            <source>“%1” is the audience of %n campaign(s) and cannot be deleted.</source>
            <translation>
                <numerusform>“%1” is the audience of %n campaign and cannot be deleted.</numerusform>
                <numerusform>“%1” is the audience of %n campaigns and cannot be deleted.</numerusform>
            </translation>
        </message>
    </context>
</TS>
