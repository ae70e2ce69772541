<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AudienceAnalyzer</name>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1% %n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>usage: herald-cli [--db PATH] [--json] COMMAND [ARGS…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald&apos;s command line: everything the app does, headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace file (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”; see herald-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after must be a contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts show needs one contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown contacts subcommand “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts count takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count, list or show the workspace&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the workspace (with --demo: invented contacts to try Herald with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>septets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 code units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts:      %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units:      %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left:       %1 in the last part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not GSM-7:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object {&quot;id&quot;:…,&quot;text&quot;:…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count takes one TEXT; quote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count --jsonl reads stdin and takes no TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the encoding, parts and units of an SMS text (TEXT, or stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template show needs one template id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contact must be a contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a template id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template render needs a template id and --contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template add needs --name and --body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be “marketing” or “transactional”, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template delete needs one template id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template subcommand “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, render, add or delete message templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is longer than %1 characters; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The row has %1 fields, but the header has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %1 fields, but the first row has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A quoted field starts here and is still open after %1 characters; the closing quote is probably missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field starts here but its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A quoted field starts here and is still open after %n line(s); the closing quote is probably missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each inner quote doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field starts here but is not closed properly: the quote on line %1 is followed by other text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote character appears inside a field that does not start with a quote. Quote the whole field and double the inner quote (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read further: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>The file is an Excel workbook (.xlsx) or another ZIP archive, not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an old Excel workbook (.xls), not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), so it is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data (control characters), so it is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readable row was found in the first %1 KiB of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no readable row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no data, only empty lines or empty cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains only a header row and no contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Herald workspace: it is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged or not a database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” cannot use write-ahead logging (journal mode is %2). Is it on a network drive or read-only medium?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data can only be added to an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GsmSafe</name>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::Application</name>
    <message>
        <source>Herald: SMS campaigns for small shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the starter templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ContactListModel</name>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::ContactsPane</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers from a CSV export (you can also drop the file on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::LogModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::LogPane</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who gets a message: rules over tags, consent, country, language, birthdays, purchases and replies, combined with AND and OR, with the audience counted as you build them. Ready-made segments such as “All opted-in” and “Birthday this month” will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reusable messages with placeholders such as {first_name|there}, a live character and part counter, a one-click fix for characters that double the price of an SMS, and starter templates for welcome, abandoned cart, shipping, birthday and sale messages in six languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, check and launch campaigns. Before you confirm, a pre-flight report shows who is left out and why, how many parts each message takes and what it will cost; afterwards, follow deliveries live and pause, resume or cancel at any moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies from your customers, grouped by person, with unread counts. STOP, START and HELP are understood in every supported language and change consent automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery, opt-out and reply rates per campaign and over time, compared with the 2.55% opt-out benchmark, with costs, charts, and reports to export as PDF or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the background sender: no campaign is sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Herald workspaces (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or use Open Workspace to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald workspaces (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing contacts from CSV is not available in this version yet. “%1” was not changed and nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 requested; the import wizard is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for small shops: import your customers, choose who gets a message, write it with a live character counter, and watch deliveries, replies and opt-outs come back.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::MessageEditor</name>
    <message>
        <source>our shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message. Insert placeholders such as {first_name|there} to greet each customer by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace curly quotes, long dashes and similar characters by their plain GSM equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the diacritics to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this part</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counted as sent: placeholders filled in for the preview contact, opt-out footer included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as sent: placeholders filled in for the preview contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as UCS-2 because of %1: each part holds %2 characters instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make GSM-safe (saves %n part(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Make GSM-safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No special punctuation or spaces to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove diacritics (saves %n part(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes what the customer reads:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters to transliterate for this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there</source>
        <comment>fallback greeting when the first name is unknown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample customer (fallbacks used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>estimated cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest message:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) per person per %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The new interface language applies the next time Herald starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::SmsHighlighter</name>
    <message>
        <source>This character is not in the GSM alphabet: the whole message is sent as UCS-2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::TemplateListModel</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::TemplatesPane</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out &amp;footers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing (needs consent, opt-out footer added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactional (orders, shipping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory and language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted-in contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out Footers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every marketing message ends with the footer in the recipient&apos;s language. It is always counted in the message length. Leave a field empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>A “}” at position %1 closes no placeholder; write “}}” for a literal brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholder “%1” is not closed with “}”; write “{{” for a literal brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholder “%1” has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field name in “%1” is empty or contains characters other than letters, digits, “_”, “-” and “.”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder “%1”; use one of %2 or {field:NAME} for a custom field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This workspace was saved by a newer version of Herald (schema %1; this version understands up to %2). Please update Herald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Herald workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the workspace before upgrading it, so it was left unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the workspace before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the workspace to schema %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutFooterStore</name>
    <message>
        <source>The opt-out footer must tell people to reply STOP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid country code (and no default country for “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short to be a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number for its country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for the {shop} placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;country for phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers written without a country code (e.g. 601 234 567) are read as numbers of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send only &amp;between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in each recipient&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid &amp;Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two to six marketing messages a month per person is the usual guideline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarterLibrary</name>
    <message>
        <source>The starter templates “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter templates “%1” are not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter templates “%1” are not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter template %1 has no valid “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter template %1 has the unknown kind “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter template %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateCategories</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store closure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The template “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” has no message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message text of “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” is already open in another Herald (%2, process %3). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the workspace “%1”: is its folder writable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
