<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AudienceAnalyzer</name>
    <message>
        <source>nobody</source>
        <translation>nimeni</translation>
    </message>
    <message numerus="yes">
        <source>%1% %n part(s)</source>
        <translation>
            <numerusform>%1% – %n parte</numerusform>
            <numerusform>%1% – %n părți</numerusform>
            <numerusform>%1% – %n de părți</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>O campanie are nevoie de un nume.</translation>
    </message>
    <message>
        <source>A campaign needs a message.</source>
        <translation>O campanie are nevoie de un mesaj.</translation>
    </message>
    <message>
        <source>Choose who gets the campaign: all contacts or one or more segments.</source>
        <translation>Alegeți cine primește campania: toate contactele sau unul ori mai multe segmente.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Nu există campania %1.</translation>
    </message>
    <message>
        <source>Campaign %1 was already launched (it is %2).</source>
        <translation>Campania %1 a fost deja lansată (starea: %2).</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>usage: %1</source>
        <translation>utilizare: %1</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Other (columns guessed from their names)</source>
        <translation>Altul (coloane deduse din nume)</translation>
    </message>
    <message>
        <source>Herald export</source>
        <translation>Export Herald</translation>
    </message>
    <message>
        <source>Shopify customers</source>
        <translation>Clienți Shopify</translation>
    </message>
    <message>
        <source>Shopify customers (older export)</source>
        <translation>Clienți Shopify (export mai vechi)</translation>
    </message>
    <message>
        <source>WooCommerce customers</source>
        <translation>Clienți WooCommerce</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Agendă Google</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Contacte Outlook</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Nu se importă</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nume complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Zi de naștere</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total cheltuit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Ultima comandă</translation>
    </message>
    <message>
        <source>SMS marketing consent</source>
        <translation>Consimțământ pentru marketing prin SMS</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data consimțământului</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Câmp personalizat</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>usage: herald-cli [--db PATH] [--json] COMMAND [ARGS…]</source>
        <translation>utilizare: herald-cli [--db CALE] [--json] COMANDĂ [ARGUMENTE…]</translation>
    </message>
    <message>
        <source>Herald&apos;s command line: everything the app does, headless.</source>
        <translation>Linia de comandă Herald: tot ce face aplicația, fără interfață grafică.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opțiuni globale:</translation>
    </message>
    <message>
        <source>workspace file (default: %1)</source>
        <translation>fișierul spațiului de lucru (implicit: %1)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>ieșire ușor de prelucrat automat</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afișează acest ajutor</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comenzi:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
        <translation>Coduri de ieșire: 0 succes, 1 operațiunea a eșuat, 2 utilizare greșită sau date de intrare greșite.</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db necesită o cale de fișier</translation>
    </message>
    <message>
        <source>unknown command “%1”; see herald-cli --help</source>
        <translation>comandă necunoscută „%1”; consultați herald-cli --help</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit trebuie să fie un număr pozitiv</translation>
    </message>
    <message>
        <source>--after must be a contact id</source>
        <translation>--after trebuie să fie un ID de contact</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument neașteptat „%1”</translation>
    </message>
    <message>
        <source>contacts show needs one contact id</source>
        <translation>contacts show necesită un singur ID de contact</translation>
    </message>
    <message>
        <source>contacts needs a subcommand</source>
        <translation>contacts necesită o subcomandă</translation>
    </message>
    <message>
        <source>unknown contacts subcommand “%1”</source>
        <translation>subcomandă contacts necunoscută: „%1”</translation>
    </message>
    <message>
        <source>contacts count takes no arguments</source>
        <translation>contacts count nu acceptă argumente</translation>
    </message>
    <message>
        <source>version takes no arguments</source>
        <translation>version nu acceptă argumente</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 100000</source>
        <translation>--count trebuie să fie un număr între 1 și 100000</translation>
    </message>
    <message>
        <source>Workspace ready: %1</source>
        <translation>Spațiul de lucru este pregătit: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation>
            <numerusform>A fost adăugat %n contact demonstrativ.</numerusform>
            <numerusform>Au fost adăugate %n contacte demonstrative.</numerusform>
            <numerusform>Au fost adăugate %n de contacte demonstrative.</numerusform>
        </translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afișează versiunea</translation>
    </message>
    <message>
        <source>create the workspace (with --demo: invented contacts to try Herald with)</source>
        <translation>creează spațiul de lucru (cu --demo: contacte fictive pentru a încerca Herald)</translation>
    </message>
    <message>
        <source>septets</source>
        <translation>septeți</translation>
    </message>
    <message>
        <source>UTF-16 code units</source>
        <translation>unități de cod UTF-16</translation>
    </message>
    <message>
        <source>Encoding:   %1</source>
        <translation>Codificare: %1</translation>
    </message>
    <message>
        <source>Parts:      %1 (%2)</source>
        <translation>Părți:      %1 (%2)</translation>
    </message>
    <message>
        <source>Units:      %1 %2</source>
        <translation>Unități:    %1 %2</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Caractere:  %1</translation>
    </message>
    <message>
        <source>Left:       %1 in the last part</source>
        <translation>Rămase:     %1 în ultima parte</translation>
    </message>
    <message>
        <source>Not GSM-7:  %1</source>
        <translation>Non-GSM-7:  %1</translation>
    </message>
    <message>
        <source>expected a JSON object {&quot;id&quot;:…,&quot;text&quot;:…}</source>
        <translation>se aștepta un obiect JSON {&quot;id&quot;:…,&quot;text&quot;:…}</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>&quot;text&quot; trebuie să fie un șir de caractere</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linia %1: %2</translation>
    </message>
    <message>
        <source>count takes one TEXT; quote it</source>
        <translation>count acceptă un singur TEXT; puneți-l între ghilimele</translation>
    </message>
    <message>
        <source>count --jsonl reads stdin and takes no TEXT</source>
        <translation>count --jsonl citește din stdin și nu acceptă TEXT</translation>
    </message>
    <message>
        <source>stdin is not valid UTF-8</source>
        <translation>stdin nu conține UTF-8 valid</translation>
    </message>
    <message>
        <source>count the encoding, parts and units of an SMS text (TEXT, or stdin)</source>
        <translation>numără codificarea, părțile și unitățile unui text SMS (TEXT sau stdin)</translation>
    </message>
    <message>
        <source>template show needs one template id</source>
        <translation>template show necesită un singur ID de șablon</translation>
    </message>
    <message>
        <source>--contact must be a contact id</source>
        <translation>--contact trebuie să fie un ID de contact</translation>
    </message>
    <message>
        <source>“%1” is not a template id</source>
        <translation>„%1” nu este un ID de șablon</translation>
    </message>
    <message>
        <source>template render needs a template id and --contact ID</source>
        <translation>template render necesită un ID de șablon și --contact ID</translation>
    </message>
    <message>
        <source>template add needs --name and --body</source>
        <translation>template add necesită --name și --body</translation>
    </message>
    <message>
        <source>--kind must be “marketing” or “transactional”, not “%1”</source>
        <translation>--kind trebuie să fie „marketing” sau „transactional”, nu „%1”</translation>
    </message>
    <message>
        <source>Added template %1.</source>
        <translation>A fost adăugat șablonul %1.</translation>
    </message>
    <message>
        <source>template delete needs one template id</source>
        <translation>template delete necesită un singur ID de șablon</translation>
    </message>
    <message>
        <source>Deleted template %1.</source>
        <translation>A fost șters șablonul %1.</translation>
    </message>
    <message>
        <source>template needs a subcommand</source>
        <translation>template necesită o subcomandă</translation>
    </message>
    <message>
        <source>unknown template subcommand “%1”</source>
        <translation>subcomandă template necunoscută: „%1”</translation>
    </message>
    <message>
        <source>list, show, render, add or delete message templates</source>
        <translation>listează, afișează, completează, adaugă sau șterge șabloane de mesaje</translation>
    </message>
    <message>
        <source>--rate must be a number of messages per second</source>
        <translation>--rate trebuie să fie un număr de mesaje pe secundă</translation>
    </message>
    <message>
        <source>--option needs KEY=VALUE</source>
        <translation>--option necesită CHEIE=VALOARE</translation>
    </message>
    <message>
        <source>account add needs --name and --provider</source>
        <translation>account add necesită --name și --provider</translation>
    </message>
    <message>
        <source>Added account %1 (%2).</source>
        <translation>A fost adăugat contul %1 (%2).</translation>
    </message>
    <message>
        <source>account needs a subcommand</source>
        <translation>account necesită o subcomandă</translation>
    </message>
    <message>
        <source>unknown account subcommand “%1”</source>
        <translation>subcomandă account necunoscută: „%1”</translation>
    </message>
    <message>
        <source>add or list SMS provider accounts</source>
        <translation>adaugă sau listează conturi de furnizori SMS</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: %3</source>
        <translation>Campania %1 „%2”: %3</translation>
    </message>
    <message>
        <source>Paused because: %1</source>
        <translation>Pusă în pauză din cauza: %1</translation>
    </message>
    <message>
        <source>bad value for %1</source>
        <translation>valoare greșită pentru %1</translation>
    </message>
    <message>
        <source>campaign create needs --name, --body or --template, and --all or --segment</source>
        <translation>campaign create necesită --name, --body sau --template și --all sau --segment</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>Nu există șablonul %1.</translation>
    </message>
    <message>
        <source>Created campaign %1.</source>
        <translation>A fost creată campania %1.</translation>
    </message>
    <message>
        <source>which campaign? Give its id</source>
        <translation>care campanie? Indicați ID-ul ei</translation>
    </message>
    <message>
        <source>Campaign %1 has not been launched.</source>
        <translation>Campania %1 nu a fost lansată.</translation>
    </message>
    <message>
        <source>Campaign %1 is paused; resume it with: campaign resume %1</source>
        <translation>Campania %1 este în pauză; reluați-o cu: campaign resume %1</translation>
    </message>
    <message>
        <source>Campaign %1 is not sending (it is %2).</source>
        <translation>Campania %1 nu se trimite (starea: %2).</translation>
    </message>
    <message>
        <source>Campaign %1 is already %2.</source>
        <translation>Campania %1 are deja starea %2.</translation>
    </message>
    <message>
        <source>campaign needs a subcommand</source>
        <translation>campaign necesită o subcomandă</translation>
    </message>
    <message>
        <source>unknown campaign subcommand “%1”</source>
        <translation>subcomandă campaign necunoscută: „%1”</translation>
    </message>
    <message>
        <source>campaign %1 needs one campaign id</source>
        <translation>campaign %1 necesită un singur ID de campanie</translation>
    </message>
    <message>
        <source>create, launch, pause, resume, cancel a campaign or show its status</source>
        <translation>creează, lansează, întrerupe, reia, anulează o campanie sau afișează starea ei</translation>
    </message>
    <message>
        <source>unknown profile “%1”; profiles: %2</source>
        <translation>profil necunoscut „%1”; profiluri: %2</translation>
    </message>
    <message>
        <source>Simulator running (profile %1); ledger at %2/_simulator/ledger.json. Stop it with Ctrl+C.</source>
        <translation>Simulatorul rulează (profilul %1); registrul se află în %2/_simulator/ledger.json. Opriți-l cu Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Simulator stopped after %n message(s).</source>
        <translation>
            <numerusform>Simulatorul s-a oprit după %n mesaj.</numerusform>
            <numerusform>Simulatorul s-a oprit după %n mesaje.</numerusform>
            <numerusform>Simulatorul s-a oprit după %n de mesaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>run the SMS provider Simulator on 127.0.0.1 until stopped</source>
        <translation>rulează Simulatorul de furnizor SMS pe 127.0.0.1 până la oprire</translation>
    </message>
    <message>
        <source>Contact %1 erased; only a keyed hash of the number stays on the suppression list.</source>
        <translation>Contactul %1 a fost șters; pe lista de excludere rămâne doar un hash cu cheie al numărului.</translation>
    </message>
    <message>
        <source>contacts %1 needs one contact id</source>
        <translation>contacts %1 necesită un singur ID de contact</translation>
    </message>
    <message>
        <source>count, list, show, erase or export (GDPR) the workspace&apos;s contacts</source>
        <translation>numără, listează, afișează, șterge sau exportă (GDPR) contactele spațiului de lucru</translation>
    </message>
    <message>
        <source>unknown region “%1”</source>
        <translation>regiune necunoscută „%1”</translation>
    </message>
    <message>
        <source>Format: %1, %2, delimiter %3</source>
        <translation>Format: %1, %2, delimitator %3</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rânduri: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importate: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizate: %1</translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation>Duplicate: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Nevalide: %1</translation>
    </message>
    <message>
        <source>Suppressed (kept opted out): %1</source>
        <translation>Excluse (rămân dezabonate): %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linia %1: %2</translation>
    </message>
    <message>
        <source>Line %1 (warning): %2</source>
        <translation>Linia %1 (avertisment): %2</translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation>Rândurile respinse au fost scrise în %1</translation>
    </message>
    <message>
        <source>unknown preset “%1” (generic, herald, shopify, shopify-legacy, woocommerce, google, outlook)</source>
        <translation>presetare necunoscută „%1” (generic, herald, shopify, shopify-legacy, woocommerce, google, outlook)</translation>
    </message>
    <message>
        <source>--on-duplicate must be update or skip</source>
        <translation>--on-duplicate trebuie să fie update sau skip</translation>
    </message>
    <message>
        <source>--delimiter must be one character or TAB</source>
        <translation>--delimiter trebuie să fie un singur caracter sau TAB</translation>
    </message>
    <message>
        <source>import needs a CSV file</source>
        <translation>import necesită un fișier CSV</translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation>„%1” nu există</translation>
    </message>
    <message>
        <source>--map %1: expected COLUMN=FIELD with a column of the file and a field (phone, first_name, last_name, name, email, country, city, language, time_zone, birthday, total_spent, currency, orders, last_order, consent, consent_date, tags, custom:NAME, ignore)</source>
        <translation>--map %1: se aștepta COLOANĂ=CÂMP, cu o coloană din fișier și un câmp (phone, first_name, last_name, name, email, country, city, language, time_zone, birthday, total_spent, currency, orders, last_order, consent, consent_date, tags, custom:NAME, ignore)</translation>
    </message>
    <message>
        <source>--segment must be a segment id</source>
        <translation>--segment trebuie să fie un ID de segment</translation>
    </message>
    <message>
        <source>export needs an output file</source>
        <translation>export necesită un fișier de ieșire</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <translation>
            <numerusform>A fost exportat %n contact în %1</numerusform>
            <numerusform>Au fost exportate %n contacte în %1</numerusform>
            <numerusform>Au fost exportate %n de contacte în %1</numerusform>
        </translation>
    </message>
    <message>
        <source>normalise phone numbers from stdin (raw or raw&lt;TAB&gt;CC per line) to E.164</source>
        <translation>normalizează numerele de telefon din stdin (câte unul pe linie: număr sau număr&lt;TAB&gt;CC) în format E.164</translation>
    </message>
    <message>
        <source>import contacts from a CSV file</source>
        <translation>importă contacte dintr-un fișier CSV</translation>
    </message>
    <message>
        <source>export contacts to a CSV file (UTF-8, formula-safe, re-importable)</source>
        <translation>exportă contactele într-un fișier CSV (UTF-8, protejat împotriva formulelor, reimportabil)</translation>
    </message>
    <message>
        <source>segment count needs either --rules or --id</source>
        <translation>segment count necesită fie --rules, fie --id</translation>
    </message>
    <message>
        <source>cannot read the rules from standard input</source>
        <translation>nu se pot citi regulile din intrarea standard</translation>
    </message>
    <message>
        <source>--id must be a segment id</source>
        <translation>--id trebuie să fie un ID de segment</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>nume: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>descriere: %1</translation>
    </message>
    <message>
        <source>built-in: %1</source>
        <translation>predefinit: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>rules: %1</source>
        <translation>reguli: %1</translation>
    </message>
    <message>
        <source>count: %1</source>
        <translation>număr: %1</translation>
    </message>
    <message>
        <source>segment needs a subcommand</source>
        <translation>segment necesită o subcomandă</translation>
    </message>
    <message>
        <source>unknown segment subcommand “%1”</source>
        <translation>subcomandă segment necunoscută: „%1”</translation>
    </message>
    <message>
        <source>segment list takes no arguments</source>
        <translation>segment list nu acceptă argumente</translation>
    </message>
    <message>
        <source>segment show needs one segment id</source>
        <translation>segment show necesită un singur ID de segment</translation>
    </message>
    <message>
        <source>list, count or show segments (saved audiences)</source>
        <translation>listează, numără sau afișează segmente (audiențe salvate)</translation>
    </message>
</context>
<context>
    <name>ContactEraser</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Nu există niciun contact cu ID-ul %1.</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Exportul a fost anulat.</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>no phone number</source>
        <translation>niciun număr de telefon</translation>
    </message>
    <message>
        <source>%1 “%2” was not understood and was left out</source>
        <translation>Valoarea %1 „%2” nu a fost înțeleasă și a fost omisă</translation>
    </message>
    <message>
        <source>%1 is a landline number: it may not receive text messages</source>
        <translation>%1 este un număr de telefonie fixă: este posibil să nu primească mesaje text</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Nu se poate deschide „%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>„%1” nu poate fi importat: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coloana %1</translation>
    </message>
    <message>
        <source>No column of “%1” is mapped to the phone number. Choose the column that holds the phone numbers.</source>
        <translation>Nicio coloană din „%1” nu este asociată cu numărul de telefon. Alegeți coloana care conține numerele de telefon.</translation>
    </message>
    <message>
        <source>The number is on the suppression list.</source>
        <translation>Numărul se află pe lista de excludere.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importul a fost anulat; nu s-a importat nimic.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Nu există niciun contact cu ID-ul %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Linia %1: %2</translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported.</source>
        <translation>Codificarea „%1” nu este acceptată.</translation>
    </message>
    <message>
        <source>The row is longer than %1 characters; it was skipped.</source>
        <translation>Rândul are mai mult de %1 de caractere; a fost omis.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %1 fields, but the header has %n.</source>
        <translation>
            <numerusform>Rândul are %1 câmpuri, dar antetul are %n.</numerusform>
            <numerusform>Rândul are %1 câmpuri, dar antetul are %n.</numerusform>
            <numerusform>Rândul are %1 câmpuri, dar antetul are %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %1 fields, but the first row has %n.</source>
        <translation>
            <numerusform>Rândul are %1 câmpuri, dar primul rând are %n.</numerusform>
            <numerusform>Rândul are %1 câmpuri, dar primul rând are %n.</numerusform>
            <numerusform>Rândul are %1 câmpuri, dar primul rând are %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quoted field starts here and is still open after %1 characters; the closing quote is probably missing.</source>
        <translation>Aici începe un câmp între ghilimele care este încă deschis după %1 de caractere; probabil lipsesc ghilimelele de închidere.</translation>
    </message>
    <message>
        <source>A quoted field starts here but its closing quote is missing.</source>
        <translation>Aici începe un câmp între ghilimele, dar lipsesc ghilimelele de închidere.</translation>
    </message>
    <message numerus="yes">
        <source>A quoted field starts here and is still open after %n line(s); the closing quote is probably missing.</source>
        <translation>
            <numerusform>Aici începe un câmp între ghilimele care este încă deschis după %n linie; probabil lipsesc ghilimelele de închidere.</numerusform>
            <numerusform>Aici începe un câmp între ghilimele care este încă deschis după %n linii; probabil lipsesc ghilimelele de închidere.</numerusform>
            <numerusform>Aici începe un câmp între ghilimele care este încă deschis după %n de linii; probabil lipsesc ghilimelele de închidere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each inner quote doubled (&quot;&quot;).</source>
        <translation>Text neașteptat după ghilimelele de închidere. Un câmp care conține ghilimele trebuie pus în întregime între ghilimele, iar fiecare ghilimea din interior trebuie dublată (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field starts here but is not closed properly: the quote on line %1 is followed by other text.</source>
        <translation>Aici începe un câmp între ghilimele, dar nu este închis corect: ghilimelele de pe linia %1 sunt urmate de alt text.</translation>
    </message>
    <message>
        <source>A quote character appears inside a field that does not start with a quote. Quote the whole field and double the inner quote (&quot;&quot;).</source>
        <translation>Un caracter ghilimea apare într-un câmp care nu începe cu ghilimele. Puneți întregul câmp între ghilimele și dublați ghilimeaua din interior (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file could not be read further: %1</source>
        <translation>Fișierul nu a mai putut fi citit: %1</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>The file is an Excel workbook (.xlsx) or another ZIP archive, not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
        <translation>Fișierul este un registru Excel (.xlsx) sau altă arhivă ZIP, nu un fișier CSV. Deschideți-l în Excel și salvați-l ca „CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is an old Excel workbook (.xls), not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
        <translation>Fișierul este un registru Excel vechi (.xls), nu un fișier CSV. Deschideți-l în Excel și salvați-l ca „CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), so it is not a CSV text file.</source>
        <translation>Fișierul conține date binare (octeți NUL), deci nu este un fișier text CSV.</translation>
    </message>
    <message>
        <source>The file contains binary data (control characters), so it is not a CSV text file.</source>
        <translation>Fișierul conține date binare (caractere de control), deci nu este un fișier text CSV.</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Fișierul nu este deschis pentru citire.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Fișierul este gol (0 octeți).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Fișierul nu a putut fi citit.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported.</source>
        <translation>Codificarea „%1” nu este acceptată.</translation>
    </message>
    <message>
        <source>No readable row was found in the first %1 KiB of the file.</source>
        <translation>Nu s-a găsit niciun rând lizibil în primii %1 KiB ai fișierului.</translation>
    </message>
    <message>
        <source>The file contains no readable row.</source>
        <translation>Fișierul nu conține niciun rând lizibil.</translation>
    </message>
    <message>
        <source>The file contains no data, only empty lines or empty cells.</source>
        <translation>Fișierul nu conține date, doar linii goale sau celule goale.</translation>
    </message>
    <message>
        <source>The file contains only a header row and no contacts.</source>
        <translation>Fișierul conține doar un rând de antet și niciun contact.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Nu se poate scrie „%1”: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Nu se poate citi „%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Herald workspace: it is not an SQLite database file.</source>
        <translation>„%1” nu este un spațiu de lucru Herald: nu este un fișier de bază de date SQLite.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>Driverul SQLite pentru Qt (QSQLITE) nu este instalat.</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>Nu se poate deschide spațiul de lucru „%1”: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged or not a database (%2).</source>
        <translation>Spațiul de lucru „%1” este deteriorat sau nu este o bază de date (%2).</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot use write-ahead logging (journal mode is %2). Is it on a network drive or read-only medium?</source>
        <translation>Spațiul de lucru „%1” nu poate folosi jurnalizarea write-ahead (modul jurnalului este %2). Se află pe o unitate de rețea sau pe un suport doar în citire?</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Eroare de bază de date: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>eroare necunoscută</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data can only be added to an empty workspace.</source>
        <translation>Datele demonstrative pot fi adăugate doar într-un spațiu de lucru gol.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n demo contact(s).</source>
        <translation>
            <numerusform>A fost creat %n contact demonstrativ.</numerusform>
            <numerusform>Au fost create %n contacte demonstrative.</numerusform>
            <numerusform>Au fost create %n de contacte demonstrative.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GsmSafe</name>
    <message>
        <source>Polish</source>
        <translation>Poloneză</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Română</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Germană</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Cehă</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turcă</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rusă</translation>
    </message>
</context>
<context>
    <name>Herald::Application</name>
    <message>
        <source>Herald: SMS campaigns for small shops</source>
        <translation>Herald: campanii SMS pentru magazine mici</translation>
    </message>
    <message>
        <source>Open the workspace file &lt;path&gt;.</source>
        <translation>Deschide fișierul spațiului de lucru indicat ca &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Could not add the demo data: %1</source>
        <translation>Nu s-au putut adăuga datele demonstrative: %1</translation>
    </message>
    <message>
        <source>Herald cannot start</source>
        <translation>Herald nu poate porni</translation>
    </message>
    <message>
        <source>Could not add the starter templates: %1</source>
        <translation>Nu s-au putut adăuga șabloanele inițiale: %1</translation>
    </message>
</context>
<context>
    <name>Herald::ContactCardDialog</name>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>City and country:</source>
        <translation>Oraș și țară:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limbă:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fus orar:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Zi de naștere:</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Comenzi:</translation>
    </message>
    <message>
        <source>%1 orders, %2 in total</source>
        <translation>Comenzi: %1, în total %2</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etichete:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Abonat</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dezabonat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dovadă</translation>
    </message>
    <message>
        <source>Consent history (%1)</source>
        <translation>Istoricul consimțământului (%1)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direcție</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Mesaje (%1)</translation>
    </message>
</context>
<context>
    <name>Herald::ContactListModel</name>
    <message>
        <source>Opted in</source>
        <translation>Abonat</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dezabonat</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Fără consimțământ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consimțământ de marketing</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total cheltuit</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugat</translation>
    </message>
</context>
<context>
    <name>Herald::ContactsPane</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importă CSV…</translation>
    </message>
    <message>
        <source>Import customers from a CSV export (you can also drop the file on the window)</source>
        <translation>Importați clienți dintr-un export CSV (puteți și să trageți fișierul pe fereastră)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacte</numerusform>
            <numerusform>%n de contacte</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names, phone digits, emails, tags</source>
        <translation>Căutați nume, cifre din telefon, e-mailuri, etichete</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Căutare contacte</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Orice consimțământ</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Abonat</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dezabonat</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Fără consimțământ</translation>
    </message>
    <message>
        <source>Filter by marketing consent</source>
        <translation>Filtrează după consimțământul de marketing</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrează după etichetă</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Orice etichetă</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <translation>
            <numerusform>%1 din %n contact</numerusform>
            <numerusform>%1 din %n contacte</numerusform>
            <numerusform>%1 din %n de contacte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Herald::ImportDialog</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Linie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nume</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers without a country code are from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers already in the workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows, as they will be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, columns separated by %2, recognised as %3 (%n column(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same number as an earlier row: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - not imported.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read · %2 rows/s · about %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 duplicates, %5 not imported, %6 kept opted out (on the suppression list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows not imported, with the reason for each, are in %1: fix them there and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: nothing will be imported…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::LogModel</name>
    <message>
        <source>Info</source>
        <translation>Informație</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
</context>
<context>
    <name>Herald::LogPane</name>
    <message>
        <source>Clear</source>
        <translation>Golește</translation>
    </message>
</context>
<context>
    <name>Herald::MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Șabloane</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanii</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Mesaje primite</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistici</translation>
    </message>
    <message>
        <source>Write, check and launch campaigns. Before you confirm, a pre-flight report shows who is left out and why, how many parts each message takes and what it will cost; afterwards, follow deliveries live and pause, resume or cancel at any moment.</source>
        <translation>Scrieți, verificați și lansați campanii. Înainte de confirmare, un raport preliminar arată cine este exclus și de ce, din câte părți este format fiecare mesaj și cât va costa; apoi urmăriți livrările în timp real și puneți în pauză, reluați sau anulați oricând.</translation>
    </message>
    <message>
        <source>Replies from your customers, grouped by person, with unread counts. STOP, START and HELP are understood in every supported language and change consent automatically.</source>
        <translation>Răspunsurile clienților, grupate pe persoane, cu numărul de mesaje necitite. STOP, START și HELP sunt înțelese în fiecare limbă acceptată și modifică automat consimțământul.</translation>
    </message>
    <message>
        <source>Delivery, opt-out and reply rates per campaign and over time, compared with the 2.55% opt-out benchmark, with costs, charts, and reports to export as PDF or CSV.</source>
        <translation>Ratele de livrare, dezabonare și răspuns pe campanie și în timp, comparate cu valoarea de referință de 2,55% pentru dezabonări, cu costuri, grafice și rapoarte de exportat ca PDF sau CSV.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>Spațiu de lucru &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Deschide spațiu de lucru…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importă CSV…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>&amp;Despre Herald</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Despre &amp;Qt</translation>
    </message>
    <message>
        <source>Sending: idle</source>
        <translation>Trimitere: inactivă</translation>
    </message>
    <message>
        <source>State of the background sender: no campaign is sending.</source>
        <translation>Starea trimiterii în fundal: nicio campanie nu se trimite.</translation>
    </message>
    <message>
        <source>%1 — Herald</source>
        <translation>%1 — Herald</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Spațiu de lucru: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Niciun spațiu de lucru deschis</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacte</numerusform>
            <numerusform>%n de contacte</numerusform>
        </translation>
    </message>
    <message>
        <source>Herald workspaces (*.%1)</source>
        <translation>Spații de lucru Herald (*.%1)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Spațiu de lucru nou</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or use Open Workspace to open it.</source>
        <translation>„%1” există deja. Alegeți alt nume sau folosiți Deschide spațiu de lucru pentru a-l deschide.</translation>
    </message>
    <message>
        <source>Herald workspaces (*.%1);;All files (*)</source>
        <translation>Spații de lucru Herald (*.%1);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Deschide spațiu de lucru</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importă contacte</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Liste de clienți (*.csv *.tsv *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>Nu se poate citi „%1”.</translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation>Despre Herald</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for small shops: import your customers, choose who gets a message, write it with a live character counter, and watch deliveries, replies and opt-outs come back.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Campanii SMS pentru magazine mici: importați-vă clienții, alegeți cine primește un mesaj, scrieți-l cu un contor de caractere în timp real și urmăriți cum sosesc livrările, răspunsurile și dezabonările.&lt;/p&gt;&lt;p&gt;Realizat cu Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 rows, %3 new, %4 updated, %5 duplicates, %6 not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Herald::MessageEditor</name>
    <message>
        <source>our shop</source>
        <translation>magazinul nostru</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminat)</translation>
    </message>
    <message>
        <source>Write your message. Insert placeholders such as {first_name|there} to greet each customer by name.</source>
        <translation>Scrieți mesajul. Inserați substituenți precum {first_name|there} pentru a saluta fiecare client pe nume.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Textul mesajului</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Inserează substituent</translation>
    </message>
    <message>
        <source>Replace curly quotes, long dashes and similar characters by their plain GSM equivalents</source>
        <translation>Înlocuiește ghilimelele tipografice, liniile lungi și caracterele similare cu echivalentele lor GSM simple</translation>
    </message>
    <message>
        <source>Language of the diacritics to remove</source>
        <translation>Limba diacriticelor de eliminat</translation>
    </message>
    <message>
        <source>&amp;Preview for:</source>
        <translation>&amp;Previzualizare pentru:</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n parte</numerusform>
            <numerusform>%n părți</numerusform>
            <numerusform>%n de părți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caracter</numerusform>
            <numerusform>%n caractere</numerusform>
            <numerusform>%n de caractere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this part</source>
        <translation>
            <numerusform>A mai rămas %n caracter în această parte</numerusform>
            <numerusform>Au mai rămas %n caractere în această parte</numerusform>
            <numerusform>Au mai rămas %n de caractere în această parte</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted as sent: placeholders filled in for the preview contact, opt-out footer included.</source>
        <translation>Numărat ca la trimitere: substituenții sunt completați pentru contactul din previzualizare, subsolul de dezabonare inclus.</translation>
    </message>
    <message>
        <source>Counted as sent: placeholders filled in for the preview contact.</source>
        <translation>Numărat ca la trimitere: substituenții sunt completați pentru contactul din previzualizare.</translation>
    </message>
    <message>
        <source>Sent as UCS-2 because of %1: each part holds %2 characters instead of %3.</source>
        <translation>Trimis ca UCS-2 din cauza %1: fiecare parte conține %2 caractere în loc de %3.</translation>
    </message>
    <message>
        <source>(empty message)</source>
        <translation>(mesaj gol)</translation>
    </message>
    <message numerus="yes">
        <source>Make GSM-safe (saves %n part(s))</source>
        <translation>
            <numerusform>Compatibil GSM (economisește %n parte)</numerusform>
            <numerusform>Compatibil GSM (economisește %n părți)</numerusform>
            <numerusform>Compatibil GSM (economisește %n de părți)</numerusform>
        </translation>
    </message>
    <message>
        <source>Make GSM-safe</source>
        <translation>Compatibil GSM</translation>
    </message>
    <message>
        <source>No special punctuation or spaces to replace.</source>
        <translation>Nu există punctuație sau spații speciale de înlocuit.</translation>
    </message>
    <message numerus="yes">
        <source>Remove diacritics (saves %n part(s))</source>
        <translation>
            <numerusform>Elimină diacriticele (economisește %n parte)</numerusform>
            <numerusform>Elimină diacriticele (economisește %n părți)</numerusform>
            <numerusform>Elimină diacriticele (economisește %n de părți)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove diacritics</source>
        <translation>Elimină diacriticele</translation>
    </message>
    <message>
        <source>Changes what the customer reads:
%1</source>
        <translation>Modifică ce citește clientul:
%1</translation>
    </message>
    <message>
        <source>No letters to transliterate for this language.</source>
        <translation>Nu există litere de transliterat pentru această limbă.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>there</source>
        <comment>fallback greeting when the first name is unknown</comment>
        <translation>dragă client</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Numele magazinului</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Câmpuri personalizate</translation>
    </message>
    <message>
        <source>Sample customer (fallbacks used)</source>
        <translation>Client exemplu (cu valori implicite)</translation>
    </message>
    <message>
        <source>%1: analysing…</source>
        <translation>%1: se analizează…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n recipient(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n destinatar</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n destinatari</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n de destinatari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n part(s)</source>
        <translation>
            <numerusform>cel mai lung: %n parte</numerusform>
            <numerusform>cel mai lung: %n părți</numerusform>
            <numerusform>cel mai lung: %n de părți</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated cost %1</source>
        <translation>cost estimat %1</translation>
    </message>
    <message>
        <source>Longest message:
%1</source>
        <translation>Cel mai lung mesaj:
%1</translation>
    </message>
    <message>
        <source>Send &amp;without diacritics</source>
        <translation>Trimite &amp;fără diacritice</translation>
    </message>
    <message>
        <source>Transliterate the message as it is sent (ą→a, ș→s, ж→zh…), including the names filled in, so it stays GSM-7 and cheaper. The preview and the counts show the result.</source>
        <translation>Transliterează mesajul la trimitere (ą→a, ș→s, ж→zh…), inclusiv numele completate, ca să rămână GSM-7 și mai ieftin. Previzualizarea și contoarele arată rezultatul.</translation>
    </message>
</context>
<context>
    <name>Herald::MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation>Închide acest mesaj</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Închide mesajul</translation>
    </message>
</context>
<context>
    <name>Herald::RuleConditionWidget</name>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>Numele câmpului personalizat</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Numele câmpului</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparație</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Elimină această regulă</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Elimină regula</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regula %1</translation>
    </message>
</context>
<context>
    <name>Herald::RuleGroupWidget</name>
    <message>
        <source>Contacts &amp;must match:</source>
        <translation>Contactele trebuie să în&amp;deplinească:</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Potrivire:</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>Adaugă &amp;regulă</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Adaugă &amp;grup</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>No rules yet: every contact matches.</source>
        <translation>Încă nu există reguli: toate contactele se potrivesc.</translation>
    </message>
    <message>
        <source>all of these rules</source>
        <translation>toate aceste reguli</translation>
    </message>
    <message>
        <source>any of these rules</source>
        <translation>oricare dintre aceste reguli</translation>
    </message>
    <message>
        <source>Add a group of rules with its own “all” or “any”</source>
        <translation>Adaugă un grup de reguli cu propriul „toate” sau „oricare”</translation>
    </message>
    <message>
        <source>Remove this group and its rules</source>
        <translation>Elimină acest grup și regulile lui</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupul %1</translation>
    </message>
</context>
<context>
    <name>Herald::RuleValueEditor</name>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Tag names, separated by commas</source>
        <translation>Nume de etichete, separate prin virgule</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Valori, separate prin virgule</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>and</source>
        <translation>și</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
</context>
<context>
    <name>Herald::SegmentListModel</name>
    <message>
        <source>error</source>
        <translation>eroare</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Predefinit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>Herald::SegmentsPane</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplică</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ș&amp;terge…</translation>
    </message>
    <message>
        <source>Built-in segments can&apos;t be changed: duplicate it to make your own.</source>
        <translation>Segmentele predefinite nu pot fi modificate: duplicați-le pentru a vă crea propriul segment.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revenire</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>For example: Warsaw VIPs</source>
        <translation>De exemplu: clienți VIP din Varșovia</translation>
    </message>
    <message>
        <source>Optional: who this segment is for</source>
        <translation>Opțional: cui se adresează acest segment</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Contacte care se potrivesc</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consimțământ</translation>
    </message>
    <message>
        <source>First matching contacts</source>
        <translation>Primele contacte care se potrivesc</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ume:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ere:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguli</translation>
    </message>
    <message>
        <source>Fix the rule marked in red to see how many contacts match.</source>
        <translation>Corectați regula marcată cu roșu pentru a vedea câte contacte se potrivesc.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Se numără…</translation>
    </message>
    <message>
        <source>Could not count the contacts: %1</source>
        <translation>Contactele nu au putut fi numărate: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>Se potrivește %Ln contact</numerusform>
            <numerusform>Se potrivesc %Ln contacte</numerusform>
            <numerusform>Se potrivesc %Ln de contacte</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Segment</source>
        <translation>Segment nesalvat</translation>
    </message>
    <message>
        <source>The segment “%1” has changes that are not saved. Save them?</source>
        <translation>Segmentul „%1” are modificări nesalvate. Le salvați?</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Segment nou</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>Segmentul nu a fost salvat: %1</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>Ștergere segment</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? This cannot be undone.</source>
        <translation>Ștergeți segmentul „%1”? Această acțiune nu poate fi anulată.</translation>
    </message>
</context>
<context>
    <name>Herald::SendWorker</name>
    <message>
        <source>Cannot open the workspace for sending: %1</source>
        <translation>Nu se poate deschide spațiul de lucru pentru trimitere: %1</translation>
    </message>
    <message>
        <source>Campaign %1 has not been launched.</source>
        <translation>Campania %1 nu a fost lansată.</translation>
    </message>
    <message>
        <source>Campaign %1 cannot start: %2</source>
        <translation>Campania %1 nu poate porni: %2</translation>
    </message>
    <message>
        <source>Sending campaign %1 through %2</source>
        <translation>Se trimite campania %1 prin %2</translation>
    </message>
    <message numerus="yes">
        <source>Settling %n message(s) whose outcome was not recorded</source>
        <translation>
            <numerusform>Se clarifică %n mesaj al cărui rezultat nu a fost înregistrat</numerusform>
            <numerusform>Se clarifică %n mesaje al căror rezultat nu a fost înregistrat</numerusform>
            <numerusform>Se clarifică %n de mesaje al căror rezultat nu a fost înregistrat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer after %n attempt(s)</source>
        <translation>
            <numerusform>Niciun răspuns după %n încercare</numerusform>
            <numerusform>Niciun răspuns după %n încercări</numerusform>
            <numerusform>Niciun răspuns după %n de încercări</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace refused the next messages: %1</source>
        <translation>Spațiul de lucru a refuzat următoarele mesaje: %1</translation>
    </message>
    <message>
        <source>The workspace refused to record the next messages: %1</source>
        <translation>Spațiul de lucru a refuzat să înregistreze următoarele mesaje: %1</translation>
    </message>
    <message>
        <source>Message to %1 had reached the provider after all</source>
        <translation>Mesajul către %1 ajunsese totuși la furnizor</translation>
    </message>
    <message>
        <source>The provider asked to slow down; waiting %1 ms</source>
        <translation>Furnizorul a cerut încetinirea; se așteaptă %1 ms</translation>
    </message>
    <message>
        <source>The recipient unsubscribed at the provider (%1)</source>
        <translation>Destinatarul s-a dezabonat la furnizor (%1)</translation>
    </message>
    <message>
        <source>The provider refused the account “%1”: %2 (error %3). Check its credentials and balance, then resume the campaign.</source>
        <translation>Furnizorul a refuzat contul „%1”: %2 (eroarea %3). Verificați datele de autentificare și soldul, apoi reluați campania.</translation>
    </message>
    <message numerus="yes">
        <source>The provider failed %n time(s) in a row (last: %1). Sending is paused; resume it when the provider works again.</source>
        <translation>
            <numerusform>Furnizorul a eșuat de %n dată la rând (ultima: %1). Trimiterea este în pauză; reluați-o când furnizorul funcționează din nou.</numerusform>
            <numerusform>Furnizorul a eșuat de %n ori la rând (ultima: %1). Trimiterea este în pauză; reluați-o când furnizorul funcționează din nou.</numerusform>
            <numerusform>Furnizorul a eșuat de %n de ori la rând (ultima: %1). Trimiterea este în pauză; reluați-o când furnizorul funcționează din nou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record sending results: %1</source>
        <translation>Nu se pot înregistra rezultatele trimiterii: %1</translation>
    </message>
    <message>
        <source>The workspace cannot record sending results: %1</source>
        <translation>Spațiul de lucru nu poate înregistra rezultatele trimiterii: %1</translation>
    </message>
    <message>
        <source>Campaign %1 cancelled</source>
        <translation>Campania %1 a fost anulată</translation>
    </message>
    <message>
        <source>Campaign %1 handed to the provider: %2 accepted, %3 failed, %4 unknown</source>
        <translation>Campania %1 a fost predată furnizorului: %2 acceptate, %3 eșuate, %4 necunoscute</translation>
    </message>
    <message>
        <source>Cannot read delivery reports: %1</source>
        <translation>Nu se pot citi rapoartele de livrare: %1</translation>
    </message>
</context>
<context>
    <name>Herald::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Limba sistemului</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) per person per %1 days</source>
        <translation>
            <numerusform>%n mesaj de persoană la %1 zile</numerusform>
            <numerusform>%n mesaje de persoană la %1 zile</numerusform>
            <numerusform>%n de mesaje de persoană la %1 zile</numerusform>
        </translation>
    </message>
    <message>
        <source>The new interface language applies the next time Herald starts.</source>
        <translation>Noua limbă a interfeței se aplică la următoarea pornire a Herald.</translation>
    </message>
</context>
<context>
    <name>Herald::Simulator</name>
    <message>
        <source>The Simulator cannot listen on 127.0.0.1:%1.</source>
        <translation>Simulatorul nu poate asculta pe 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>Simulator listening on %1 (faults: %2)</source>
        <translation>Simulatorul ascultă pe %1 (defecte: %2)</translation>
    </message>
</context>
<context>
    <name>Herald::SmsHighlighter</name>
    <message>
        <source>This character is not in the GSM alphabet: the whole message is sent as UCS-2.</source>
        <translation>Acest caracter nu face parte din alfabetul GSM: întregul mesaj este trimis ca UCS-2.</translation>
    </message>
</context>
<context>
    <name>Herald::TemplateListModel</name>
    <message>
        <source>Any</source>
        <translation>Oricare</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Tranzacțional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Părți</translation>
    </message>
</context>
<context>
    <name>Herald::TemplatesPane</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplică</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ș&amp;terge…</translation>
    </message>
    <message>
        <source>Opt-out &amp;footers…</source>
        <translation>S&amp;ubsoluri de dezabonare…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revenire</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Căutare șabloane</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toate limbile</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Orice limbă</translation>
    </message>
    <message>
        <source>Marketing (needs consent, opt-out footer added)</source>
        <translation>Marketing (necesită consimțământ, se adaugă subsolul de dezabonare)</translation>
    </message>
    <message>
        <source>Transactional (orders, shipping)</source>
        <translation>Tranzacțional (comenzi, livrare)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ume:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory and language:</source>
        <translation>Ca&amp;tegorie și limbă:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;p:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Șabloane</translation>
    </message>
    <message>
        <source>Opted-in contacts</source>
        <translation>Contacte abonate</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Toate contactele</translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation>Șablon nesalvat</translation>
    </message>
    <message>
        <source>The template “%1” has changes that are not saved. Save them?</source>
        <translation>Șablonul „%1” are modificări nesalvate. Le salvați?</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Șablon nou</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Ștergere șablon</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Ștergeți șablonul „%1”? Această acțiune nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Opt-out Footers</source>
        <translation>Subsoluri de dezabonare</translation>
    </message>
    <message>
        <source>Every marketing message ends with the footer in the recipient&apos;s language. It is always counted in the message length. Leave a field empty for the default.</source>
        <translation>Fiecare mesaj de marketing se încheie cu subsolul în limba destinatarului. Acesta este întotdeauna inclus în lungimea mesajului. Lăsați un câmp gol pentru varianta implicită.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Herald::TwilioGateway</name>
    <message>
        <source>HTTP %1 while listing messages</source>
        <translation>HTTP %1 la listarea mesajelor</translation>
    </message>
    <message>
        <source>Too many messages to search for this recipient.</source>
        <translation>Prea multe mesaje de căutat pentru acest destinatar.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>no phone number</source>
        <translation>niciun număr de telefon</translation>
    </message>
    <message>
        <source>a spreadsheet formula, not a phone number</source>
        <translation>o formulă de foaie de calcul, nu un număr de telefon</translation>
    </message>
    <message>
        <source>the number is in scientific notation (%1): the spreadsheet has lost its last digits. Format the column as text in the spreadsheet and export again</source>
        <translation>numărul este în notație științifică (%1): foaia de calcul i-a pierdut ultimele cifre. Formatați coloana ca text în foaia de calcul și exportați din nou</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>A “}” at position %1 closes no placeholder; write “}}” for a literal brace.</source>
        <translation>Un „}” la poziția %1 nu închide niciun substituent; scrieți „}}” pentru o acoladă propriu-zisă.</translation>
    </message>
    <message>
        <source>The placeholder “%1” is not closed with “}”; write “{{” for a literal brace.</source>
        <translation>Substituentul „%1” nu este închis cu „}”; scrieți „{{” pentru o acoladă propriu-zisă.</translation>
    </message>
    <message>
        <source>The placeholder “%1” has no name.</source>
        <translation>Substituentul „%1” nu are nume.</translation>
    </message>
    <message>
        <source>The custom field name in “%1” is empty or contains characters other than letters, digits, “_”, “-” and “.”.</source>
        <translation>Numele câmpului personalizat din „%1” este gol sau conține alte caractere decât litere, cifre, „_”, „-” și „.”.</translation>
    </message>
    <message>
        <source>Unknown placeholder “%1”; use one of %2 or {field:NAME} for a custom field.</source>
        <translation>Substituent necunoscut „%1”; folosiți unul dintre %2 sau {field:NAME} pentru un câmp personalizat.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This workspace was saved by a newer version of Herald (schema %1; this version understands up to %2). Please update Herald.</source>
        <translation>Acest spațiu de lucru a fost salvat de o versiune mai nouă a Herald (schema %1; această versiune înțelege până la %2). Actualizați Herald.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Herald workspace.</source>
        <translation>„%1” este o bază de date SQLite, dar nu un spațiu de lucru Herald.</translation>
    </message>
    <message>
        <source>Could not back up the workspace before upgrading it, so it was left unchanged: %1</source>
        <translation>Nu s-a putut face o copie de siguranță a spațiului de lucru înainte de actualizare, așa că a fost lăsat neschimbat: %1</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 (%2) failed: %3</source>
        <translation>Actualizarea spațiului de lucru la schema %1 (%2) a eșuat: %3</translation>
    </message>
    <message>
        <source>Backed up the workspace before upgrading it: %1</source>
        <translation>S-a făcut o copie de siguranță a spațiului de lucru înainte de actualizare: %1</translation>
    </message>
    <message>
        <source>Upgraded the workspace to schema %1 (%2).</source>
        <translation>Spațiul de lucru a fost actualizat la schema %1 (%2).</translation>
    </message>
</context>
<context>
    <name>OptOutFooterStore</name>
    <message>
        <source>The opt-out footer must tell people to reply STOP.</source>
        <translation>Subsolul de dezabonare trebuie să le spună oamenilor să răspundă cu STOP.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Message %1 is no longer waiting to be sent.</source>
        <translation>Mesajul %1 nu mai așteaptă să fie trimis.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>no phone number</source>
        <translation>niciun număr de telefon</translation>
    </message>
    <message>
        <source>no valid country code (and no default country for “%1”)</source>
        <translation>niciun prefix de țară valid (și nicio țară implicită pentru „%1”)</translation>
    </message>
    <message>
        <source>too short to be a phone number</source>
        <translation>prea scurt pentru a fi un număr de telefon</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>prea lung pentru a fi un număr de telefon</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>nu este un număr de telefon</translation>
    </message>
    <message>
        <source>not a valid number for its country</source>
        <translation>nu este un număr valid pentru țara sa</translation>
    </message>
</context>
<context>
    <name>ProviderAccounts</name>
    <message>
        <source>There is no provider account %1.</source>
        <translation>Nu există contul de furnizor %1.</translation>
    </message>
    <message>
        <source>There is no provider account named “%1”.</source>
        <translation>Nu există niciun cont de furnizor numit „%1”.</translation>
    </message>
    <message>
        <source>The workspace has no provider account.</source>
        <translation>Spațiul de lucru nu are niciun cont de furnizor.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Un cont are nevoie de un nume.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”; Herald supports: %2.</source>
        <translation>Furnizor necunoscut „%1”; Herald acceptă: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation>„%1” nu este o adresă http(s).</translation>
    </message>
    <message>
        <source>Only a local Simulator may use plain http; use https for “%1”.</source>
        <translation>Doar un Simulator local poate folosi http simplu; folosiți https pentru „%1”.</translation>
    </message>
    <message>
        <source>The rate must be a positive number of messages per second.</source>
        <translation>Rata trebuie să fie un număr pozitiv de mesaje pe secundă.</translation>
    </message>
    <message>
        <source>A Twilio account needs its Account SID (AC followed by 32 hexadecimal digits): --option account_sid=AC…</source>
        <translation>Un cont Twilio are nevoie de Account SID (AC urmat de 32 de cifre hexazecimale): --option account_sid=AC…</translation>
    </message>
    <message>
        <source>A Twilio account needs a sender number: --from +1…</source>
        <translation>Un cont Twilio are nevoie de un număr de expeditor: --from +1…</translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation>Există deja un cont numit „%1”.</translation>
    </message>
    <message>
        <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
        <translation>Niciun secret pentru contul „%1”: transmiteți --secret-env VARIABILĂ.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Variabila de mediu %1 este goală sau nu este setată.</translation>
    </message>
    <message>
        <source>The Simulator is not running.</source>
        <translation>Simulatorul nu rulează.</translation>
    </message>
    <message>
        <source>Herald cannot send through “%1” yet.</source>
        <translation>Herald nu poate trimite încă prin „%1”.</translation>
    </message>
</context>
<context>
    <name>RuleChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Opted in</source>
        <translation>Abonat</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dezabonat</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Niciun consimțământ înregistrat</translation>
    </message>
    <message>
        <source>is</source>
        <translation>este</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>nu este</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>este oricare dintre</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>nu este niciunul dintre</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>conține</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>nu conține</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>începe cu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>este necunoscut</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>este gol</translation>
    </message>
    <message>
        <source>at least once</source>
        <translation>cel puțin o dată</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>este cunoscut</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>nu este gol</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>are oricare dintre</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>are toate dintre</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>nu are niciunul dintre</translation>
    </message>
    <message>
        <source>is the number</source>
        <translation>este numărul</translation>
    </message>
    <message>
        <source>is equal to</source>
        <translation>este egal cu</translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation>nu este egal cu</translation>
    </message>
    <message>
        <source>is a number more than</source>
        <translation>este un număr mai mare decât</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>este mai mare decât</translation>
    </message>
    <message>
        <source>is a number at least</source>
        <translation>este un număr de cel puțin</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>este cel puțin</translation>
    </message>
    <message>
        <source>is a number less than</source>
        <translation>este un număr mai mic decât</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>este mai mic decât</translation>
    </message>
    <message>
        <source>is a number at most</source>
        <translation>este un număr de cel mult</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>este cel mult</translation>
    </message>
    <message>
        <source>is a number between</source>
        <translation>este un număr între</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>este între</translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation>în ultimele N zile</translation>
    </message>
    <message>
        <source>not in the last N days</source>
        <translation>nu în ultimele N zile</translation>
    </message>
    <message>
        <source>not in the last N days, or never</source>
        <translation>nu în ultimele N zile sau niciodată</translation>
    </message>
    <message>
        <source>more than N days ago</source>
        <translation>acum mai mult de N zile</translation>
    </message>
    <message>
        <source>is a date before</source>
        <translation>este o dată înainte de</translation>
    </message>
    <message>
        <source>before</source>
        <translation>înainte de</translation>
    </message>
    <message>
        <source>is a date after</source>
        <translation>este o dată după</translation>
    </message>
    <message>
        <source>after</source>
        <translation>după</translation>
    </message>
    <message>
        <source>is the date</source>
        <translation>este data</translation>
    </message>
    <message>
        <source>on</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>is a date between</source>
        <translation>este o dată între</translation>
    </message>
    <message>
        <source>between</source>
        <translation>între</translation>
    </message>
    <message>
        <source>is today</source>
        <translation>este azi</translation>
    </message>
    <message>
        <source>is this month</source>
        <translation>este luna aceasta</translation>
    </message>
    <message>
        <source>is in the next N days</source>
        <translation>este în următoarele N zile</translation>
    </message>
    <message>
        <source>is in the month</source>
        <translation>este în luna</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <source>The contact&apos;s tags. Tag names are compared ignoring case.</source>
        <translation>Etichetele contactului. Numele etichetelor sunt comparate fără a ține cont de majuscule.</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consimțământ de marketing</translation>
    </message>
    <message>
        <source>Whether the contact agreed to marketing messages, as of the latest consent record.</source>
        <translation>Dacă contactul a fost de acord cu mesajele de marketing, conform celei mai recente înregistrări de consimțământ.</translation>
    </message>
    <message>
        <source>When the contact opted in to marketing messages. Contacts who are not opted in now count as “never”.</source>
        <translation>Când s-a abonat contactul la mesajele de marketing. Contactele care nu sunt abonate acum contează ca „niciodată”.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Two-letter country code such as PL or US, compared ignoring case.</source>
        <translation>Cod de țară din două litere, de exemplu PL sau US, comparat fără a ține cont de majuscule.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Language code such as pl or zh_TW, compared ignoring case.</source>
        <translation>Cod de limbă, de exemplu pl sau zh_TW, comparat fără a ține cont de majuscule.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>City, compared ignoring case.</source>
        <translation>Oraș, comparat fără a ține cont de majuscule.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugat</translation>
    </message>
    <message>
        <source>When the contact was added to Herald, by hand or by an import.</source>
        <translation>Când a fost adăugat contactul în Herald, manual sau printr-un import.</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Zi de naștere</translation>
    </message>
    <message>
        <source>The contact&apos;s birthday in the current year, counted in days from today. People born on 29 February celebrate on 28 February in other years.</source>
        <translation>Ziua de naștere a contactului în anul curent, numărată în zile de azi. Persoanele născute pe 29 februarie sărbătoresc pe 28 februarie în ceilalți ani.</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total cheltuit</translation>
    </message>
    <message>
        <source>Everything the contact has spent in the shop, in the shop&apos;s currency.</source>
        <translation>Tot ce a cheltuit contactul în magazin, în moneda magazinului.</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Număr de comenzi</translation>
    </message>
    <message>
        <source>How many orders the contact has placed.</source>
        <translation>Câte comenzi a plasat contactul.</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Ultima comandă</translation>
    </message>
    <message>
        <source>When the contact last ordered. Contacts who never ordered count as “never”.</source>
        <translation>Când a comandat ultima dată contactul. Contactele care nu au comandat niciodată contează ca „niciodată”.</translation>
    </message>
    <message>
        <source>Last message from us</source>
        <translation>Ultimul mesaj de la noi</translation>
    </message>
    <message>
        <source>When we last sent the contact a message. Use “not in the last N days, or never” to respect a frequency cap.</source>
        <translation>Când i-am trimis ultima dată un mesaj contactului. Folosiți „nu în ultimele N zile sau niciodată” pentru a respecta o limită de frecvență.</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Ultimul răspuns</translation>
    </message>
    <message>
        <source>When the contact last sent us a message.</source>
        <translation>Când ne-a trimis ultima dată un mesaj contactul.</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Câmp personalizat</translation>
    </message>
    <message>
        <source>A custom field from an import or typed by hand. A contact without the field counts as empty. Numbers may use a decimal point or comma; dates are written YYYY-MM-DD.</source>
        <translation>Un câmp personalizat dintr-un import sau introdus manual. Un contact fără câmp contează ca gol. Numerele pot folosi punct sau virgulă zecimală; datele se scriu AAAA-LL-ZZ.</translation>
    </message>
</context>
<context>
    <name>SegmentJson</name>
    <message>
        <source>The segment rules need a “rules” list.</source>
        <translation>Regulile segmentului au nevoie de o listă „rules”.</translation>
    </message>
    <message>
        <source>rule %1: “rules” must be a list.</source>
        <translation>regula %1: „rules” trebuie să fie o listă.</translation>
    </message>
    <message>
        <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
        <translation>regula %1: grupurile sunt imbricate prea adânc (cel mult %2 niveluri).</translation>
    </message>
    <message>
        <source>The segment rules&apos; “match” must be “all” or “any”.</source>
        <translation>„match” din regulile segmentului trebuie să fie „all” sau „any”.</translation>
    </message>
    <message>
        <source>rule %1: “match” must be “all” or “any”.</source>
        <translation>regula %1: „match” trebuie să fie „all” sau „any”.</translation>
    </message>
    <message>
        <source>rule %1: a rule must be a JSON object.</source>
        <translation>regula %1: o regulă trebuie să fie un obiect JSON.</translation>
    </message>
    <message>
        <source>rule %1: unknown key “%2”.</source>
        <translation>regula %1: cheie necunoscută „%2”.</translation>
    </message>
    <message>
        <source>rule %1: a rule needs a “field” (or, for a group, “rules”).</source>
        <translation>regula %1: o regulă are nevoie de „field” (sau, pentru un grup, de „rules”).</translation>
    </message>
    <message>
        <source>rule %1: unknown field “%2”.</source>
        <translation>regula %1: câmp necunoscut „%2”.</translation>
    </message>
    <message>
        <source>rule %1: the rule on “%2” needs an “op”.</source>
        <translation>regula %1: regula pentru „%2” are nevoie de „op”.</translation>
    </message>
    <message>
        <source>rule %1: unknown operator “%2” for field “%3”.</source>
        <translation>regula %1: operator necunoscut „%2” pentru câmpul „%3”.</translation>
    </message>
    <message>
        <source>rule %1: a custom field rule needs the field&apos;s “name”.</source>
        <translation>regula %1: o regulă pentru un câmp personalizat are nevoie de numele câmpului („name”).</translation>
    </message>
    <message>
        <source>The segment rules are not valid JSON: %1 (at character %2).</source>
        <translation>Regulile segmentului nu sunt JSON valid: %1 (la caracterul %2).</translation>
    </message>
    <message>
        <source>The segment rules must be a JSON object with “version”, “match” and “rules”.</source>
        <translation>Regulile segmentului trebuie să fie un obiect JSON cu „version”, „match” și „rules”.</translation>
    </message>
    <message>
        <source>The segment rules have no “version”; this version of Herald writes %1.</source>
        <translation>Regulile segmentului nu au „version”; această versiune a Herald scrie %1.</translation>
    </message>
    <message>
        <source>The segment rules have an invalid “version”; this version of Herald writes %1.</source>
        <translation>Regulile segmentului au un „version” nevalid; această versiune a Herald scrie %1.</translation>
    </message>
    <message>
        <source>These segment rules were saved in format %1 by a newer version of Herald, which this version (format %2) cannot read. Update Herald to use them.</source>
        <translation>Aceste reguli de segment au fost salvate în formatul %1 de o versiune mai nouă a Herald, pe care această versiune (formatul %2) nu o poate citi. Actualizați Herald pentru a le folosi.</translation>
    </message>
    <message>
        <source>The segment rules have an unknown key “%1”.</source>
        <translation>Regulile segmentului au o cheie necunoscută „%1”.</translation>
    </message>
</context>
<context>
    <name>SegmentQuery</name>
    <message>
        <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
        <translation>regula %1: grupurile sunt imbricate prea adânc (cel mult %2 niveluri).</translation>
    </message>
    <message>
        <source>The segment has too many rules (at most %1).</source>
        <translation>Segmentul are prea multe reguli (cel mult %1).</translation>
    </message>
    <message>
        <source>rule %1: unknown operator “%2” for field “%3”.</source>
        <translation>regula %1: operator necunoscut „%2” pentru câmpul „%3”.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” takes no value.</source>
        <translation>regula %1: „%2” pentru „%3” nu acceptă nicio valoare.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a text that is not empty.</source>
        <translation>regula %1: „%2” pentru „%3” necesită un text care nu este gol.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a list of texts that are not empty.</source>
        <translation>regula %1: „%2” pentru „%3” necesită o listă de texte care nu sunt goale.</translation>
    </message>
    <message>
        <source>rule %1: too many values (at most %2).</source>
        <translation>regula %1: prea multe valori (cel mult %2).</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a whole number of days from 1 to %4.</source>
        <translation>regula %1: „%2” pentru „%3” necesită un număr întreg de zile de la 1 la %4.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a list of tag names.</source>
        <translation>regula %1: „%2” pentru „%3” necesită o listă de nume de etichete.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs one of: %4.</source>
        <translation>regula %1: „%2” pentru „%3” necesită una dintre: %4.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs two numbers, the smaller first.</source>
        <translation>regula %1: „%2” pentru „%3” necesită două numere, cel mai mic primul.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a number.</source>
        <translation>regula %1: „%2” pentru „%3” necesită un număr.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a date written YYYY-MM-DD.</source>
        <translation>regula %1: „%2” pentru „%3” necesită o dată scrisă AAAA-LL-ZZ.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs two dates written YYYY-MM-DD, the earlier first.</source>
        <translation>regula %1: „%2” pentru „%3” necesită două date scrise AAAA-LL-ZZ, cea mai veche prima.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a month from 1 to 12.</source>
        <translation>regula %1: „%2” pentru „%3” necesită o lună de la 1 la 12.</translation>
    </message>
    <message>
        <source>rule %1: a custom field rule needs the field&apos;s “name”.</source>
        <translation>regula %1: o regulă pentru un câmp personalizat are nevoie de numele câmpului („name”).</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>There is no segment with id %1.</source>
        <translation>Nu există niciun segment cu ID-ul %1.</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segment are nevoie de un nume.</translation>
    </message>
    <message>
        <source>A segment named “%1” already exists.</source>
        <translation>Există deja un segment numit „%1”.</translation>
    </message>
    <message>
        <source>“%1” is a built-in segment and cannot be changed. Duplicate it to make your own version.</source>
        <translation>„%1” este un segment predefinit și nu poate fi modificat. Duplicați-l pentru a vă crea propria versiune.</translation>
    </message>
    <message>
        <source>“%1” is a built-in segment and cannot be deleted.</source>
        <translation>„%1” este un segment predefinit și nu poate fi șters.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the audience of %n campaign(s) and cannot be deleted.</source>
        <translation>
            <numerusform>„%1” este audiența a %n campanie și nu poate fi șters.</numerusform>
            <numerusform>„%1” este audiența a %n campanii și nu poate fi șters.</numerusform>
            <numerusform>„%1” este audiența a %n de campanii și nu poate fi șters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>All opted-in</source>
        <translation>Toți abonații</translation>
    </message>
    <message>
        <source>Everyone who agreed to marketing messages and has not opted out.</source>
        <translation>Toți cei care au fost de acord cu mesajele de marketing și nu s-au dezabonat.</translation>
    </message>
    <message>
        <source>New subscribers (last 7 days)</source>
        <translation>Abonați noi (ultimele 7 zile)</translation>
    </message>
    <message>
        <source>Opted in to marketing messages in the last 7 days.</source>
        <translation>S-au abonat la mesajele de marketing în ultimele 7 zile.</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>Ziua de naștere luna aceasta</translation>
    </message>
    <message>
        <source>Contacts whose birthday falls in the current month.</source>
        <translation>Contactele a căror zi de naștere este în luna curentă.</translation>
    </message>
    <message>
        <source>VIP (top spenders)</source>
        <translation>VIP (cei care cheltuiesc cel mai mult)</translation>
    </message>
    <message>
        <source>Customers who have spent 1,000 or more in total.</source>
        <translation>Clienți care au cheltuit în total 1.000 sau mai mult.</translation>
    </message>
    <message>
        <source>Not messaged in 30 days</source>
        <translation>Fără mesaje de 30 de zile</translation>
    </message>
    <message>
        <source>Contacts we have not sent a message to in the last 30 days, including those never messaged.</source>
        <translation>Contactele cărora nu le-am trimis niciun mesaj în ultimele 30 de zile, inclusiv cele cărora nu le-am scris niciodată.</translation>
    </message>
    <message>
        <source>Lapsed customers (no order in 90 days)</source>
        <translation>Clienți pierduți (nicio comandă de 90 de zile)</translation>
    </message>
    <message>
        <source>Customers who ordered before, but not in the last 90 days.</source>
        <translation>Clienți care au comandat înainte, dar nu în ultimele 90 de zile.</translation>
    </message>
    <message>
        <source>Replied recently</source>
        <translation>Au răspuns recent</translation>
    </message>
    <message>
        <source>Contacts who sent us a message in the last 14 days.</source>
        <translation>Contactele care ne-au trimis un mesaj în ultimele 14 zile.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Numele magazinului:</translation>
    </message>
    <message>
        <source>Used for the {shop} placeholder</source>
        <translation>Folosit pentru substituentul {shop}</translation>
    </message>
    <message>
        <source>Default &amp;country for phone numbers:</source>
        <translation>Ț&amp;ara implicită pentru numerele de telefon:</translation>
    </message>
    <message>
        <source>Numbers written without a country code (e.g. 601 234 567) are read as numbers of this country.</source>
        <translation>Numerele scrise fără prefixul țării (de exemplu 601 234 567) sunt citite ca numere din această țară.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Limba interfeței:</translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation>Mesaje de marketing</translation>
    </message>
    <message>
        <source>Send only &amp;between:</source>
        <translation>Trimite doar î&amp;ntre:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>și</translation>
    </message>
    <message>
        <source>in each recipient&apos;s local time</source>
        <translation>în ora locală a fiecărui destinatar</translation>
    </message>
    <message>
        <source>Avoid &amp;Sundays</source>
        <translation>Evită &amp;duminicile</translation>
    </message>
    <message>
        <source>&amp;Frequency cap:</source>
        <translation>Limită de &amp;frecvență:</translation>
    </message>
    <message>
        <source>Two to six marketing messages a month per person is the usual guideline.</source>
        <translation>Între două și șase mesaje de marketing pe lună de persoană este recomandarea obișnuită.</translation>
    </message>
</context>
<context>
    <name>StarterLibrary</name>
    <message>
        <source>The starter templates “%1” cannot be read: %2</source>
        <translation>Șabloanele inițiale „%1” nu pot fi citite: %2</translation>
    </message>
    <message>
        <source>The starter templates “%1” are not valid JSON: %2</source>
        <translation>Șabloanele inițiale „%1” nu sunt JSON valid: %2</translation>
    </message>
    <message>
        <source>The starter templates “%1” are not a JSON array.</source>
        <translation>Șabloanele inițiale „%1” nu sunt un tablou JSON.</translation>
    </message>
    <message>
        <source>Starter template %1 has no valid “%2”.</source>
        <translation>Șablonul inițial %1 nu are un „%2” valid.</translation>
    </message>
    <message>
        <source>Starter template %1 has the unknown kind “%2”.</source>
        <translation>Șablonul inițial %1 are tipul necunoscut „%2”.</translation>
    </message>
    <message>
        <source>Starter template %1 is invalid: %2</source>
        <translation>Șablonul inițial %1 nu este valid: %2</translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message>
        <source>The workspace has no suppression key.</source>
        <translation>Spațiul de lucru nu are o cheie de excludere.</translation>
    </message>
</context>
<context>
    <name>TemplateCategories</name>
    <message>
        <source>Welcome</source>
        <translation>Bun venit</translation>
    </message>
    <message>
        <source>Abandoned cart</source>
        <translation>Coș abandonat</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmare comandă</translation>
    </message>
    <message>
        <source>Shipping update</source>
        <translation>Actualizare livrare</translation>
    </message>
    <message>
        <source>Delivery today</source>
        <translation>Livrare astăzi</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Zi de naștere</translation>
    </message>
    <message>
        <source>Loyalty anniversary</source>
        <translation>Aniversare de fidelitate</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Ofertă fulger</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Din nou în stoc</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>Cerere de recenzie</translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation>Felicitare de sărbători</translation>
    </message>
    <message>
        <source>Store closure</source>
        <translation>Închiderea magazinului</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The template “%1” cannot be used: %2</source>
        <translation>Șablonul „%1” nu poate fi folosit: %2</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation>Un șablon are nevoie de un nume.</translation>
    </message>
    <message>
        <source>The template “%1” has no message text.</source>
        <translation>Șablonul „%1” nu are text de mesaj.</translation>
    </message>
    <message>
        <source>The message text of “%1” is not valid: %2</source>
        <translation>Textul mesajului din „%1” nu este valid: %2</translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation>Nu există niciun șablon cu ID-ul %1.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>Nu a fost indicat niciun fișier de spațiu de lucru.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>„%1” este un dosar, nu un fișier de spațiu de lucru.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Nu se poate crea dosarul „%1”.</translation>
    </message>
    <message>
        <source>The workspace “%1” is already open in another Herald (%2, process %3). Close it there first.</source>
        <translation>Spațiul de lucru „%1” este deja deschis într-o altă instanță Herald (%2, procesul %3). Închideți-l mai întâi acolo.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>program necunoscut</translation>
    </message>
    <message>
        <source>Cannot lock the workspace “%1”: is its folder writable?</source>
        <translation>Nu se poate bloca spațiul de lucru „%1”: se poate scrie în dosarul său?</translation>
    </message>
    <message>
        <source>Opened workspace %1</source>
        <translation>S-a deschis spațiul de lucru %1</translation>
    </message>
</context>
</TS>
