<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AudienceAnalyzer</name>
        <message numerus="yes">
            <source>%1% %n part(s)</source>
            <translation>
                <numerusform>%1% %n part</numerusform>
                <numerusform>%1% %n parts</numerusform>
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
        <name>Herald::ContactsPane</name>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n contact(s)</source>
            <translation>
                <numerusform>%1 of %n contact</numerusform>
                <numerusform>%1 of %n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::ImportDialog</name>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, recognised as %3 (%n column(s)).</source>
            <translation>
                <numerusform>Read as %1, columns separated by %2, recognised as %3 (%n column).</numerusform>
                <numerusform>Read as %1, columns separated by %2, recognised as %3 (%n columns).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::MainWindow</name>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageEditor</name>
        <message numerus="yes">
            <source>%n part(s)</source>
            <translation>
                <numerusform>%n part</numerusform>
                <numerusform>%n parts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n character</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left in this part</source>
            <translation>
                <numerusform>%n left in this part</numerusform>
                <numerusform>%n left in this part</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make GSM-safe (saves %n part(s))</source>
            <translation>
                <numerusform>Make GSM-safe (saves %n part)</numerusform>
                <numerusform>Make GSM-safe (saves %n parts)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove diacritics (saves %n part(s))</source>
            <translation>
                <numerusform>Remove diacritics (saves %n part)</numerusform>
                <numerusform>Remove diacritics (saves %n parts)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt;: %n recipient(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n recipient</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n recipients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>longest: %n part(s)</source>
            <translation>
                <numerusform>longest: %n part</numerusform>
                <numerusform>longest: %n parts</numerusform>
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
    </context>
    <context>
        <name>Herald::SettingsDialog</name>
        <message numerus="yes">
            <source>%n message(s) per person per %1 days</source>
            <translation>
                <numerusform>%n message per person per %1 days</numerusform>
                <numerusform>%n messages per person per %1 days</numerusform>
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
