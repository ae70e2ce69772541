<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
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
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who gets the campaign: all contacts or one or more segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 was already launched (it is %2).</source>
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
    <name>ColumnMapping</name>
    <message>
        <source>Other (columns guessed from their names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify customers (older export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
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
    <message>
        <source>--rate must be a number of messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--option needs KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add needs --name and --provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added account %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown account subcommand “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or list SMS provider accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign create needs --name, --body or --template, and --all or --segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which campaign? Give its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has not been launched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is paused; resume it with: campaign resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is not sending (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown campaign subcommand “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 needs one campaign id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, launch, pause, resume, cancel a campaign or show its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile “%1”; profiles: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator running (profile %1); ledger at %2/_simulator/ledger.json. Stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Simulator stopped after %n message(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>run the SMS provider Simulator on 127.0.0.1 until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 erased; only a keyed hash of the number stays on the suppression list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts %1 needs one contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count, list, show, erase or export (GDPR) the workspace&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1, %2, delimiter %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed (kept opted out): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (warning): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset “%1” (generic, herald, shopify, shopify-legacy, woocommerce, google, outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate must be update or skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be one character or TAB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: expected COLUMN=FIELD with a column of the file and a field (phone, first_name, last_name, name, email, country, city, language, time_zone, birthday, total_spent, currency, orders, last_order, consent, consent_date, tags, custom:NAME, ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--segment must be a segment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>normalise phone numbers from stdin (raw or raw&lt;TAB&gt;CC per line) to E.164</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import contacts from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export contacts to a CSV file (UTF-8, formula-safe, re-importable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment count needs either --rules or --id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the rules from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id must be a segment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment needs a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment subcommand “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment show needs one segment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, count or show segments (saved audiences)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEraser</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” was not understood and was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a landline number: it may not receive text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of “%1” is mapped to the phone number. Choose the column that holds the phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is on the suppression list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %1 fields, but the first row has %n.</source>
        <translation type="unfinished">
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
    <name>CsvWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
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
    <name>Herald::ContactCardDialog</name>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City and country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders, %2 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (%1)</source>
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
        </translation>
    </message>
    <message>
        <source>Search names, phone digits, emails, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Filter by marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <translation type="unfinished">
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
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
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n part(s)</source>
        <translation type="unfinished">
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
    <message>
        <source>Send &amp;without diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transliterate the message as it is sent (ą→a, ș→s, ж→zh…), including the names filled in, so it stays GSM-7 and cheaper. The preview and the counts show the result.</source>
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
    <name>Herald::RuleConditionWidget</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::RuleGroupWidget</name>
    <message>
        <source>Contacts &amp;must match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules yet: every contact matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of these rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of these rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group of rules with its own “all” or “any”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group and its rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::RuleValueEditor</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::SegmentListModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::SegmentsPane</name>
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
        <source>Built-in segments can&apos;t be changed: duplicate it to make your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Warsaw VIPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: who this segment is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching contacts</source>
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
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First matching contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rule marked in red to see how many contacts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment “%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the segment “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::SendWorker</name>
    <message>
        <source>Cannot open the workspace for sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has not been launched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 cannot start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending campaign %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Settling %n message(s) whose outcome was not recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer after %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace refused the next messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace refused to record the next messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to %1 had reached the provider after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asked to slow down; waiting %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient unsubscribed at the provider (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the account “%1”: %2 (error %3). Check its credentials and balance, then resume the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The provider failed %n time(s) in a row (last: %1). Sending is paused; resume it when the provider works again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record sending results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot record sending results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 handed to the provider: %2 accepted, %3 failed, %4 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read delivery reports: %1</source>
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
        </translation>
    </message>
    <message>
        <source>The new interface language applies the next time Herald starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::Simulator</name>
    <message>
        <source>The Simulator cannot listen on 127.0.0.1:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator listening on %1 (faults: %2)</source>
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
    <name>Herald::TwilioGateway</name>
    <message>
        <source>HTTP %1 while listing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages to search for this recipient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spreadsheet formula, not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is in scientific notation (%1): the spreadsheet has lost its last digits. Format the column as text in the spreadsheet and export again</source>
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
    <name>Outbox</name>
    <message>
        <source>Message %1 is no longer waiting to be sent.</source>
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
    <name>ProviderAccounts</name>
    <message>
        <source>There is no provider account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no provider account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider “%1”; Herald supports: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a local Simulator may use plain http; use https for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate must be a positive number of messages per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Twilio account needs its Account SID (AC followed by 32 hexadecimal digits): --option account_sid=AC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Twilio account needs a sender number: --from +1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Simulator is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herald cannot send through “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has all of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a number more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a number at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a number less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a number at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a number between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the last N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the last N days, or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than N days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a date before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a date after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a date between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the next N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s tags. Tag names are compared ignoring case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the contact agreed to marketing messages, as of the latest consent record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the contact opted in to marketing messages. Contacts who are not opted in now count as “never”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code such as PL or US, compared ignoring case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code such as pl or zh_TW, compared ignoring case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, compared ignoring case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the contact was added to Herald, by hand or by an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s birthday in the current year, counted in days from today. People born on 29 February celebrate on 28 February in other years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the contact has spent in the shop, in the shop&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many orders the contact has placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the contact last ordered. Contacts who never ordered count as “never”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message from us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When we last sent the contact a message. Use “not in the last N days, or never” to respect a frequency cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the contact last sent us a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field from an import or typed by hand. A contact without the field counts as empty. Numbers may use a decimal point or comma; dates are written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentJson</name>
    <message>
        <source>The segment rules need a “rules” list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “rules” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment rules&apos; “match” must be “all” or “any”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “match” must be “all” or “any”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: a rule must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: unknown key “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: a rule needs a “field” (or, for a group, “rules”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: unknown field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: the rule on “%2” needs an “op”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: unknown operator “%2” for field “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: a custom field rule needs the field&apos;s “name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment rules are not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment rules must be a JSON object with “version”, “match” and “rules”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment rules have no “version”; this version of Herald writes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment rules have an invalid “version”; this version of Herald writes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These segment rules were saved in format %1 by a newer version of Herald, which this version (format %2) cannot read. Update Herald to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment rules have an unknown key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentQuery</name>
    <message>
        <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment has too many rules (at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: unknown operator “%2” for field “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a text that is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a list of texts that are not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: too many values (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a whole number of days from 1 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a list of tag names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs one of: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs two numbers, the smaller first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs two dates written YYYY-MM-DD, the earlier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a month from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: a custom field rule needs the field&apos;s “name”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>There is no segment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a built-in segment and cannot be changed. Duplicate it to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a built-in segment and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the audience of %n campaign(s) and cannot be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All opted-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who agreed to marketing messages and has not opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subscribers (last 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in to marketing messages in the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts whose birthday falls in the current month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP (top spenders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who have spent 1,000 or more in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not messaged in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts we have not sent a message to in the last 30 days, including those never messaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed customers (no order in 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who ordered before, but not in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts who sent us a message in the last 14 days.</source>
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
    <name>Suppression</name>
    <message>
        <source>The workspace has no suppression key.</source>
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
