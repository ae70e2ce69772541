<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
    <context>
        <name>AccountCredentials</name>
        <message>
            <source>No secret is stored for the account “%1”. Save one in Herald’s Accounts dialog or with herald-cli account set-secret "%1" (the secret on standard input), or pass --secret-env VARIABLE.</source>
            <translation>Niciun secret nu este stocat pentru contul „%1”. Salvați unul în dialogul Conturi al Herald sau cu herald-cli account set-secret "%1" (secretul la intrarea standard) ori transmiteți --secret-env VARIABLE.</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: the environment variable %2 is not set and the system keychain holds no secret for it.</source>
            <translation>Niciun secret pentru contul „%1”: variabila de mediu %2 nu este setată, iar portcheiul sistemului nu conține niciun secret pentru el.</translation>
        </message>
        <message>
            <source>The secret of the account “%1” cannot be read: %2</source>
            <translation>Secretul contului „%1” nu poate fi citit: %2</translation>
        </message>
        <message>
            <source>The environment variable %1 is not set, and the secret of the account “%2” cannot be read from the keychain: %3</source>
            <translation>Variabila de mediu %1 nu este setată, iar secretul contului „%2” nu poate fi citit din portcheiul sistemului: %3</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
            <translation>Niciun secret pentru contul „%1”: transmiteți --secret-env VARIABLE.</translation>
        </message>
        <message>
            <source>The environment variable %1 is empty or not set.</source>
            <translation>Variabila de mediu %1 este goală sau nu este setată.</translation>
        </message>
        <message>
            <source>The credentials could not be read.</source>
            <translation>Datele de autentificare nu au putut fi citite.</translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <source>An account named “%1” already exists.</source>
            <translation>Există deja un cont numit „%1”.</translation>
        </message>
        <message numerus="yes">
            <source>The account “%1” is used by %n campaign(s) that have not finished. Let them finish or cancel them first.</source>
            <translation>
                <numerusform>Contul „%1” este folosit de %n campanie care nu s-a încheiat. Lăsați-o să se încheie sau anulați-o mai întâi.</numerusform>
                <numerusform>Contul „%1” este folosit de %n campanii care nu s-au încheiat. Lăsați-le să se încheie sau anulați-le mai întâi.</numerusform>
                <numerusform>Contul „%1” este folosit de %n de campanii care nu s-au încheiat. Lăsați-le să se încheie sau anulați-le mai întâi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnalyticsCharts</name>
        <message>
            <source>Targeted</source>
            <translation>Vizate</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Excluse</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Trimise</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Livrate</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Eșuate</translation>
        </message>
        <message>
            <source>Undelivered</source>
            <translation>Nelivrate</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Necunoscute</translation>
        </message>
        <message>
            <source>—</source>
            <comment>no value</comment>
            <translation>—</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>percentage</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>currency code, amount</comment>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Destinatari</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>funnel step: count</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Deliveries over time</source>
            <translation>Livrări în timp</translation>
        </message>
        <message>
            <source>Delivered per day</source>
            <translation>Livrate pe zi</translation>
        </message>
        <message>
            <source>Delivered per hour</source>
            <translation>Livrate pe oră</translation>
        </message>
        <message>
            <source>Delivered per 15 minutes</source>
            <translation>Livrate la 15 minute</translation>
        </message>
        <message>
            <source>Delivered in total</source>
            <translation>Livrate în total</translation>
        </message>
        <message>
            <source>Delivery rate per month</source>
            <translation>Rata de livrare pe lună</translation>
        </message>
        <message>
            <source>Delivery rate</source>
            <translation>Rata de livrare</translation>
        </message>
        <message>
            <source>No campaigns yet</source>
            <translation>Încă nu există campanii</translation>
        </message>
        <message>
            <source>%</source>
            <comment>axis unit: percent</comment>
            <translation>%</translation>
        </message>
        <message>
            <source>Opt-out and reply rates per month</source>
            <translation>Ratele de dezabonare și de răspuns pe lună</translation>
        </message>
        <message>
            <source>Opt-out rate</source>
            <translation>Rata de dezabonare</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Rata de răspuns</translation>
        </message>
        <message>
            <source>Benchmark %1</source>
            <translation>Valoare de referință %1</translation>
        </message>
        <message>
            <source>Cost per month (%1)</source>
            <translation>Cost pe lună (%1)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Marketing messages per contact per month (last 12 months)</source>
            <translation>Mesaje de marketing per contact pe lună (ultimele 12 luni)</translation>
        </message>
        <message>
            <source>Fewer than %1</source>
            <translation>Mai puțin de %1</translation>
        </message>
        <message>
            <source>%1–%2: the guideline</source>
            <translation>%1–%2: recomandarea</translation>
        </message>
        <message>
            <source>More than %1</source>
            <translation>Mai mult de %1</translation>
        </message>
        <message>
            <source>%1+</source>
            <translation>%1+</translation>
        </message>
        <message>
            <source>Messages in the month</source>
            <translation>Mesaje în lună</translation>
        </message>
        <message>
            <source>Contact-months</source>
            <translation>Luni-contact</translation>
        </message>
    </context>
    <context>
        <name>AudienceAnalyzer</name>
        <message>
            <source>nobody</source>
            <translation>nimeni</translation>
        </message>
        <message numerus="yes">
            <source>%1% %Ln part(s)</source>
            <translation>
                <numerusform>%1% – %Ln parte</numerusform>
                <numerusform>%1% – %Ln părți</numerusform>
                <numerusform>%1% – %Ln de părți</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Anulat.</translation>
        </message>
    </context>
    <context>
        <name>CampaignAnalytics</name>
        <message>
            <source>There is no campaign %1.</source>
            <translation>Nu există campania %1.</translation>
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
        <message>
            <source>A scheduled campaign needs a date and time.</source>
            <translation>O campanie programată are nevoie de o dată și o oră.</translation>
        </message>
        <message>
            <source>A campaign sent at each recipient's local time needs a date and a time of day.</source>
            <translation>O campanie trimisă în ora locală a fiecărui destinatar are nevoie de o dată și de o oră din zi.</translation>
        </message>
        <message>
            <source>Only a draft can be scheduled; campaign %1 is %2.</source>
            <translation>Doar o ciornă poate fi programată; campania %1 are starea %2.</translation>
        </message>
        <message>
            <source>Campaign %1 has no schedule: launch it instead.</source>
            <translation>Campania %1 nu este programată: lansați-o direct.</translation>
        </message>
        <message>
            <source>The scheduled time of campaign %1 has already passed.</source>
            <translation>Ora programată a campaniei %1 a trecut deja.</translation>
        </message>
        <message>
            <source>The local send time of campaign %1 has already passed everywhere.</source>
            <translation>Ora locală de trimitere a campaniei %1 a trecut deja peste tot.</translation>
        </message>
        <message>
            <source>Only a draft can be changed; campaign %1 is %2.</source>
            <translation>Doar o ciornă poate fi modificată; campania %1 are starea %2.</translation>
        </message>
        <message>
            <source>Campaign %1 is no longer a draft.</source>
            <translation>Campania %1 nu mai este o ciornă.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted; campaign %1 is not one.</source>
            <translation>Doar o ciornă poate fi ștearsă; campania %1 nu este o ciornă.</translation>
        </message>
        <message>
            <source>Failed messages can be retried once campaign %1 has finished or is paused.</source>
            <translation>Mesajele eșuate pot fi retrimise după ce campania %1 s-a încheiat sau este în pauză.</translation>
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
            <source>Herald's command line: everything the app does, headless.</source>
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
            <source>expected a JSON object {"id":…,"text":…}</source>
            <translation>se aștepta un obiect JSON {"id":…,"text":…}</translation>
        </message>
        <message>
            <source>"text" must be a string</source>
            <translation>"text" trebuie să fie un șir de caractere</translation>
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
            <source>count, list, show, erase or export (GDPR) the workspace's contacts</source>
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
        <message>
            <source>cannot read stdin</source>
            <translation>nu se poate citi din stdin</translation>
        </message>
        <message>
            <source>No secret on stdin: %1</source>
            <translation>Niciun secret în stdin: %1</translation>
        </message>
        <message>
            <source>%1 is set by Herald itself</source>
            <translation>%1 este setat de Herald însuși</translation>
        </message>
        <message>
            <source>give the secret either with --secret-env or with --secret-stdin</source>
            <translation>indicați secretul fie cu --secret-env, fie cu --secret-stdin</translation>
        </message>
        <message>
            <source>The account “%1” was not added: %2</source>
            <translation>Contul „%1” nu a fost adăugat: %2</translation>
        </message>
        <message>
            <source>The secret is stored in the system keychain.</source>
            <translation>Secretul este stocat în portcheiul sistemului.</translation>
        </message>
        <message>
            <source>which account? Give its name</source>
            <translation>care cont? Indicați-i numele</translation>
        </message>
        <message>
            <source>account set-secret needs one account name</source>
            <translation>account set-secret necesită un singur nume de cont</translation>
        </message>
        <message>
            <source>The secret of “%1” is stored in the system keychain.</source>
            <translation>Secretul contului „%1” este stocat în portcheiul sistemului.</translation>
        </message>
        <message>
            <source>account remove needs one account name</source>
            <translation>account remove necesită un singur nume de cont</translation>
        </message>
        <message>
            <source>The account “%1” was kept: its secret could not be removed from the system keychain. %2</source>
            <translation>Contul „%1” a fost păstrat: secretul său nu a putut fi eliminat din portcheiul sistemului. %2</translation>
        </message>
        <message>
            <source>Removed account %1 (%2).</source>
            <translation>A fost eliminat contul %1 (%2).</translation>
        </message>
        <message>
            <source>add, list, test or remove SMS provider accounts; secrets go to the system keychain</source>
            <translation>adaugă, listează, testează sau elimină conturi de furnizor SMS; secretele sunt stocate în portcheiul sistemului</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for their send time; the next at %1.</source>
            <translation>
                <numerusform>%n mesaj așteaptă ora de trimitere; următorul la %1.</numerusform>
                <numerusform>%n mesaje așteaptă ora de trimitere; următorul la %1.</numerusform>
                <numerusform>%n de mesaje așteaptă ora de trimitere; următorul la %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>--date goes with --local-time</source>
            <translation>--date se folosește împreună cu --local-time</translation>
        </message>
        <message>
            <source>%1 on %2 in each recipient's local time</source>
            <translation>la ora %1, pe %2, în ora locală a fiecărui destinatar</translation>
        </message>
        <message>
            <source>Campaign %1 is scheduled for %2. Herald launches it then while it is running; to send it now: campaign launch %1 --now</source>
            <translation>Campania %1 este programată pentru %2. Herald o lansează atunci, dacă rulează în acel moment; pentru a o trimite acum: campaign launch %1 --now</translation>
        </message>
        <message>
            <source>Campaign %1 was scheduled for %2, which has passed; launching it now as asked.</source>
            <translation>Campania %1 era programată pentru %2, moment care a trecut; se lansează acum, așa cum s-a cerut.</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for quiet hours to end or for their local send time; the last goes out at %1.</source>
            <translation>
                <numerusform>%n mesaj așteaptă sfârșitul orelor de liniște sau ora locală de trimitere; ultimul pleacă la %1.</numerusform>
                <numerusform>%n mesaje așteaptă sfârșitul orelor de liniște sau ora locală de trimitere; ultimul pleacă la %1.</numerusform>
                <numerusform>%n de mesaje așteaptă sfârșitul orelor de liniște sau ora locală de trimitere; ultimul pleacă la %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Campaign %1 “%2” was scheduled for %3 and has not been sent: launch it with “campaign launch %1” or cancel it with “campaign cancel %1”.</source>
            <translation>Campania %1 „%2” era programată pentru %3 și nu a fost trimisă: lansați-o cu „campaign launch %1” sau anulați-o cu „campaign cancel %1”.</translation>
        </message>
        <message>
            <source>Campaign %1 “%2” (%3)</source>
            <translation>Campania %1 „%2” (%3)</translation>
        </message>
        <message numerus="yes">
            <source>Audience: %n contact(s)</source>
            <translation>
                <numerusform>Audiență: %n contact</numerusform>
                <numerusform>Audiență: %n contacte</numerusform>
                <numerusform>Audiență: %n de contacte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recipients: %n, of them %1 at once and %2 later</source>
            <translation>
                <numerusform>Destinatari: %n, dintre care %1 imediat și %2 mai târziu</numerusform>
                <numerusform>Destinatari: %n, dintre care %1 imediat și %2 mai târziu</numerusform>
                <numerusform>Destinatari: %n, dintre care %1 imediat și %2 mai târziu</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending from %1 to %2</source>
            <translation>Trimitere de la %1 până la %2</translation>
        </message>
        <message>
            <source>Parts: %1 (%2)</source>
            <translation>Părți: %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln parte</numerusform>
                <numerusform>%Ln părți</numerusform>
                <numerusform>%Ln de părți</numerusform>
            </translation>
        </message>
        <message>
            <source>Estimated cost: %1 %2</source>
            <translation>Cost estimat: %1 %2</translation>
        </message>
        <message>
            <source>campaign list takes no arguments</source>
            <translation>campaign list nu acceptă argumente</translation>
        </message>
        <message>
            <source>create, check, launch, pause, resume, cancel and list campaigns</source>
            <translation>creează, verifică, lansează, pune în pauză, reia, anulează și listează campanii</translation>
        </message>
        <message>
            <source>Accounts polled: %1</source>
            <translation>Conturi interogate: %1</translation>
        </message>
        <message>
            <source>Delivery statuses updated: %1</source>
            <translation>Stări de livrare actualizate: %1</translation>
        </message>
        <message>
            <source>Replies stored: %1</source>
            <translation>Răspunsuri stocate: %1</translation>
        </message>
        <message>
            <source>Opt-outs: %1</source>
            <translation>Dezabonări: %1</translation>
        </message>
        <message>
            <source>Re-subscribes: %1</source>
            <translation>Reabonări: %1</translation>
        </message>
        <message>
            <source>Help replies queued: %1</source>
            <translation>Răspunsuri la HELP puse în coadă: %1</translation>
        </message>
        <message>
            <source>Opt-out confirmations queued: %1</source>
            <translation>Confirmări de dezabonare puse în coadă: %1</translation>
        </message>
        <message>
            <source>Waiting messages cancelled by opt-outs: %1</source>
            <translation>Mesaje în așteptare anulate din cauza dezabonărilor: %1</translation>
        </message>
        <message>
            <source>Automatic replies sent: %1</source>
            <translation>Răspunsuri automate trimise: %1</translation>
        </message>
        <message>
            <source>Without a final report after 7 days (now unknown): %1</source>
            <translation>Fără raport final după 7 zile (acum necunoscute): %1</translation>
        </message>
        <message>
            <source>--secret-env needs --account</source>
            <translation>--secret-env necesită --account</translation>
        </message>
        <message>
            <source>skipping the account “%1”: %2</source>
            <translation>se omite contul „%1”: %2</translation>
        </message>
        <message>
            <source>There is no account to poll.</source>
            <translation>Nu există niciun cont de interogat.</translation>
        </message>
        <message numerus="yes">
            <source>Polling every %n second(s); stop with Ctrl+C.</source>
            <translation>
                <numerusform>Interogare la fiecare %n secundă; opriți cu Ctrl+C.</numerusform>
                <numerusform>Interogare la fiecare %n secunde; opriți cu Ctrl+C.</numerusform>
                <numerusform>Interogare la fiecare %n de secunde; opriți cu Ctrl+C.</numerusform>
            </translation>
        </message>
        <message>
            <source>read delivery reports and replies (STOP, START, HELP) of every account: one round with --once, else until stopped</source>
            <translation>citește rapoartele de livrare și răspunsurile (STOP, START, HELP) ale fiecărui cont: o singură rundă cu --once, altfel până la oprire</translation>
        </message>
        <message>
            <source>“%1” is neither a contact id nor a number in +E.164 form</source>
            <translation>„%1” nu este nici un ID de contact, nici un număr în formatul +E.164</translation>
        </message>
        <message>
            <source>--limit must be a number (0: no limit)</source>
            <translation>--limit trebuie să fie un număr (0: fără limită)</translation>
        </message>
        <message>
            <source>inbox reply needs --body TEXT</source>
            <translation>inbox reply necesită --body TEXT</translation>
        </message>
        <message>
            <source>Reply %1 to %2 queued on “%3”; `herald-cli poll --once` sends it.</source>
            <translation>Răspunsul %1 către %2 a fost pus în coadă prin contul „%3”; `herald-cli poll --once` îl trimite.</translation>
        </message>
        <message numerus="yes">
            <source>%n reply(ies) changed.</source>
            <translation>
                <numerusform>A fost modificat %n răspuns.</numerusform>
                <numerusform>Au fost modificate %n răspunsuri.</numerusform>
                <numerusform>Au fost modificate %n de răspunsuri.</numerusform>
            </translation>
        </message>
        <message>
            <source>inbox needs a subcommand</source>
            <translation>inbox necesită o subcomandă</translation>
        </message>
        <message>
            <source>unknown inbox subcommand “%1”</source>
            <translation>subcomandă inbox necunoscută: „%1”</translation>
        </message>
        <message>
            <source>inbox %1 needs a contact id or a number</source>
            <translation>inbox %1 necesită un ID de contact sau un număr</translation>
        </message>
        <message>
            <source>list conversations (replies grouped by person), show one, reply, mark handled</source>
            <translation>listează conversațiile (răspunsuri grupate pe persoane), afișează una, răspunde, marchează ca rezolvată</translation>
        </message>
        <message>
            <source>“%1” is not a campaign id</source>
            <translation>„%1” nu este un ID de campanie</translation>
        </message>
        <message>
            <source>campaign report needs one campaign id</source>
            <translation>campaign report necesită un singur ID de campanie</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Nu se poate scrie „%1”: %2</translation>
        </message>
        <message>
            <source>Targeted %1, excluded %2, sent %3, delivered %4, failed %5, undelivered %6, unknown %7</source>
            <translation>Vizate %1, excluse %2, trimise %3, livrate %4, eșuate %5, nelivrate %6, necunoscute %7</translation>
        </message>
        <message>
            <source>Delivery rate %1, opt-out rate %2 (benchmark %3), reply rate %4</source>
            <translation>Rata de livrare %1, rata de dezabonare %2 (valoare de referință %3), rata de răspuns %4</translation>
        </message>
        <message>
            <source>Parts %1, cost %2 %3</source>
            <translation>Părți %1, cost %2 %3</translation>
        </message>
        <message>
            <source>PDF report written to %1</source>
            <translation>Raportul PDF a fost scris în %1</translation>
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
        <message>
            <source>A contact needs a phone number.</source>
            <translation>Un contact are nevoie de un număr de telefon.</translation>
        </message>
        <message>
            <source>Another contact already has the number %1.</source>
            <translation>Alt contact are deja numărul %1.</translation>
        </message>
        <message>
            <source>Type the name of a tag.</source>
            <translation>Introduceți numele unei etichete.</translation>
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
            <source>Unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each inner quote doubled ("").</source>
            <translation>Text neașteptat după ghilimelele de închidere. Un câmp care conține ghilimele trebuie pus în întregime între ghilimele, iar fiecare ghilimea din interior trebuie dublată ("").</translation>
        </message>
        <message>
            <source>A quoted field starts here but is not closed properly: the quote on line %1 is followed by other text.</source>
            <translation>Aici începe un câmp între ghilimele, dar nu este închis corect: ghilimelele de pe linia %1 sunt urmate de alt text.</translation>
        </message>
        <message>
            <source>A quote character appears inside a field that does not start with a quote. Quote the whole field and double the inner quote ("").</source>
            <translation>Un caracter ghilimea apare într-un câmp care nu începe cu ghilimele. Puneți întregul câmp între ghilimele și dublați ghilimeaua din interior ("").</translation>
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
        <name>ErrorCodes</name>
        <message>
            <source>The phone number is not valid.</source>
            <translation>Numărul de telefon nu este valid.</translation>
        </message>
        <message>
            <source>Sending to this country is not enabled on the account.</source>
            <translation>Trimiterea către această țară nu este activată în cont.</translation>
        </message>
        <message>
            <source>The recipient replied STOP earlier: the provider blocks messages to them.</source>
            <translation>Destinatarul a răspuns STOP anterior: furnizorul blochează mesajele către el.</translation>
        </message>
        <message>
            <source>The sender's queue was full: too many messages at once.</source>
            <translation>Coada expeditorului era plină: prea multe mesaje deodată.</translation>
        </message>
        <message>
            <source>The provider cannot route a message between these two numbers.</source>
            <translation>Furnizorul nu poate direcționa un mesaj între aceste două numere.</translation>
        </message>
        <message>
            <source>The number is not a mobile number.</source>
            <translation>Numărul nu este un număr de mobil.</translation>
        </message>
        <message>
            <source>Too many requests: the provider asked to slow down.</source>
            <translation>Prea multe cereri: furnizorul a cerut încetinirea.</translation>
        </message>
        <message>
            <source>The message waited too long in the provider's queue.</source>
            <translation>Mesajul a așteptat prea mult în coada furnizorului.</translation>
        </message>
        <message>
            <source>The provider account is suspended.</source>
            <translation>Contul de furnizor este suspendat.</translation>
        </message>
        <message>
            <source>The handset is switched off or out of reach.</source>
            <translation>Telefonul este închis sau în afara ariei de acoperire.</translation>
        </message>
        <message>
            <source>The recipient blocked messages from this sender.</source>
            <translation>Destinatarul a blocat mesajele de la acest expeditor.</translation>
        </message>
        <message>
            <source>The number does not exist or is no longer in use.</source>
            <translation>Numărul nu există sau nu mai este folosit.</translation>
        </message>
        <message>
            <source>A landline or a number the carrier cannot reach.</source>
            <translation>Un număr de telefonie fixă sau un număr pe care operatorul nu îl poate contacta.</translation>
        </message>
        <message>
            <source>The carrier filtered the message as spam.</source>
            <translation>Operatorul a filtrat mesajul ca spam.</translation>
        </message>
        <message>
            <source>The carrier did not say why the message was not delivered.</source>
            <translation>Operatorul nu a precizat de ce mesajul nu a fost livrat.</translation>
        </message>
        <message>
            <source>The sender number is not registered for US 10DLC messaging.</source>
            <translation>Numărul expeditorului nu este înregistrat pentru mesageria US 10DLC.</translation>
        </message>
        <message>
            <source>The message expired before it could be delivered.</source>
            <translation>Mesajul a expirat înainte de a putea fi livrat.</translation>
        </message>
        <message>
            <source>The carrier did not deliver the message (provider error %1).</source>
            <translation>Operatorul nu a livrat mesajul (eroarea furnizorului %1).</translation>
        </message>
        <message>
            <source>The provider refused the message when it was sent (error %1).</source>
            <translation>Furnizorul a refuzat mesajul la trimitere (eroarea %1).</translation>
        </message>
        <message>
            <source>The provider refused the request (account or API error %1).</source>
            <translation>Furnizorul a refuzat cererea (eroare de cont sau de API %1).</translation>
        </message>
        <message>
            <source>The carrier does not allow messages to this number.</source>
            <translation>Operatorul nu permite mesaje către acest număr.</translation>
        </message>
        <message>
            <source>The recipient's line is barred.</source>
            <translation>Linia destinatarului este restricționată.</translation>
        </message>
        <message>
            <source>The handset's memory is full or it is busy.</source>
            <translation>Memoria telefonului este plină sau telefonul este ocupat.</translation>
        </message>
        <message>
            <source>The carrier failed to deliver the message.</source>
            <translation>Operatorul nu a reușit să livreze mesajul.</translation>
        </message>
        <message>
            <source>The carrier rejected the content of the message.</source>
            <translation>Operatorul a respins conținutul mesajului.</translation>
        </message>
        <message>
            <source>A network error at the carrier.</source>
            <translation>O eroare de rețea la operator.</translation>
        </message>
        <message>
            <source>The sender number is not valid for this destination.</source>
            <translation>Numărul expeditorului nu este valid pentru această destinație.</translation>
        </message>
        <message>
            <source>A message loop was detected.</source>
            <translation>A fost detectată o buclă de mesaje.</translation>
        </message>
        <message>
            <source>The provider has no route to this destination.</source>
            <translation>Furnizorul nu are nicio rută către această destinație.</translation>
        </message>
        <message>
            <source>The carrier prohibits this message.</source>
            <translation>Operatorul interzice acest mesaj.</translation>
        </message>
        <message>
            <source>The message is too long.</source>
            <translation>Mesajul este prea lung.</translation>
        </message>
        <message>
            <source>The provider account has no credit left.</source>
            <translation>Contul de furnizor nu mai are credit.</translation>
        </message>
        <message>
            <source>The carrier blocks messages to this number.</source>
            <translation>Operatorul blochează mesajele către acest număr.</translation>
        </message>
        <message>
            <source>The sender ID is not allowed.</source>
            <translation>ID-ul de expeditor nu este permis.</translation>
        </message>
        <message>
            <source>The message is empty or too long.</source>
            <translation>Mesajul este gol sau prea lung.</translation>
        </message>
        <message>
            <source>The phone number is not valid or is blacklisted.</source>
            <translation>Numărul de telefon nu este valid sau se află pe lista neagră.</translation>
        </message>
        <message>
            <source>Too many messages to one number in a short time.</source>
            <translation>Prea multe mesaje către același număr într-un timp scurt.</translation>
        </message>
        <message>
            <source>The recipient is on the account's blacklist.</source>
            <translation>Destinatarul se află pe lista neagră a contului.</translation>
        </message>
        <message>
            <source>The provider did not accept the credentials.</source>
            <translation>Furnizorul nu a acceptat datele de autentificare.</translation>
        </message>
        <message>
            <source>The provider refused this computer's IP address.</source>
            <translation>Furnizorul a refuzat adresa IP a acestui computer.</translation>
        </message>
        <message>
            <source>No error code was given.</source>
            <translation>Nu a fost indicat niciun cod de eroare.</translation>
        </message>
        <message>
            <source>No delivery report came within 7 days: the outcome is unknown.</source>
            <translation>Niciun raport de livrare nu a sosit în 7 zile: rezultatul este necunoscut.</translation>
        </message>
        <message>
            <source>The provider's answer could not be read.</source>
            <translation>Răspunsul furnizorului nu a putut fi citit.</translation>
        </message>
        <message>
            <source>The provider refused the message without saying why.</source>
            <translation>Furnizorul a refuzat mesajul fără să spună de ce.</translation>
        </message>
        <message>
            <source>The provider had an internal problem (HTTP %1).</source>
            <translation>Furnizorul a avut o problemă internă (HTTP %1).</translation>
        </message>
        <message>
            <source>The provider refused the request (HTTP %1).</source>
            <translation>Furnizorul a refuzat cererea (HTTP %1).</translation>
        </message>
        <message>
            <source>A network or provider problem (%1).</source>
            <translation>O problemă de rețea sau a furnizorului (%1).</translation>
        </message>
        <message>
            <source>Provider error %1: see the provider's list of error codes.</source>
            <translation>Eroarea furnizorului %1: consultați lista de coduri de eroare a furnizorului.</translation>
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
        <name>Herald::AccountsDialog</name>
        <message>
            <source>Simulator (built in)</source>
            <translation>Simulator (integrat)</translation>
        </message>
        <message>
            <source>Generic HTTP</source>
            <translation>HTTP generic</translation>
        </message>
        <message>
            <source>Provider Accounts</source>
            <translation>Conturi de furnizor</translation>
        </message>
        <message>
            <source>&amp;Accounts:</source>
            <translation>&amp;Conturi:</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>&amp;Adaugă</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Elimină…</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cont</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nume:</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Furnizor:</translation>
        </message>
        <message>
            <source>Add&amp;ress:</source>
            <translation>A&amp;dresă:</translation>
        </message>
        <message>
            <source>Phone number or sender name</source>
            <translation>Număr de telefon sau nume de expeditor</translation>
        </message>
        <message>
            <source>&amp;Sender:</source>
            <translation>E&amp;xpeditor:</translation>
        </message>
        <message>
            <source>Provider default</source>
            <translation>Implicit al furnizorului</translation>
        </message>
        <message>
            <source> messages/s</source>
            <translation> mesaje/s</translation>
        </message>
        <message>
            <source>Ra&amp;te:</source>
            <translation>&amp;Rată:</translation>
        </message>
        <message>
            <source>Use for new campaigns (de&amp;fault account)</source>
            <translation>Folosește pentru campaniile noi (cont &amp;implicit)</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Opțiune</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valoare</translation>
        </message>
        <message>
            <source>Add &amp;Option</source>
            <translation>Adaugă o&amp;pțiune</translation>
        </message>
        <message>
            <source>De&amp;lete Option</source>
            <translation>Șter&amp;ge opțiunea</translation>
        </message>
        <message>
            <source>Opt&amp;ions:</source>
            <translation>&amp;Opțiuni:</translation>
        </message>
        <message>
            <source>The secret is stored in the system keychain, never in the workspace, the settings or the logs.</source>
            <translation>Secretul este stocat în portcheiul sistemului, niciodată în spațiul de lucru, în setări sau în jurnale.</translation>
        </message>
        <message>
            <source>S&amp;ecret:</source>
            <translation>&amp;Secret:</translation>
        </message>
        <message>
            <source>Test &amp;Connection</source>
            <translation>&amp;Testează conexiunea</translation>
        </message>
        <message>
            <source>Testing the connection</source>
            <translation>Testarea conexiunii</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Sal&amp;vează</translation>
        </message>
        <message>
            <source>&amp;Undo Changes</source>
            <translation>Anulează &amp;modificările</translation>
        </message>
        <message>
            <source>%1 — %2 (default)</source>
            <translation>%1 — %2 (implicit)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Empty: run the Simulator inside Herald</source>
            <translation>Gol: rulează Simulatorul în Herald</translation>
        </message>
        <message>
            <source>The Simulator answers like Twilio on this computer and needs no secret.</source>
            <translation>Simulatorul răspunde ca Twilio pe acest computer și nu are nevoie de secret.</translation>
        </message>
        <message>
            <source>Empty: Twilio’s public address</source>
            <translation>Gol: adresa publică a Twilio</translation>
        </message>
        <message>
            <source>account_sid: the Account SID (AC…). api_key: the API key SID (SK…) when the secret is an API key secret rather than the auth token.</source>
            <translation>account_sid: Account SID (AC…). api_key: SID-ul cheii API (SK…) când secretul este secretul unei chei API, nu tokenul de autentificare.</translation>
        </message>
        <message>
            <source>Empty: the provider’s public address</source>
            <translation>Gol: adresa publică a furnizorului</translation>
        </message>
        <message>
            <source>The options this provider needs are listed in Herald’s documentation.</source>
            <translation>Opțiunile de care are nevoie acest furnizor sunt enumerate în documentația Herald.</translation>
        </message>
        <message>
            <source>A secret is stored in the system keychain. Type a new one to replace it.</source>
            <translation>Un secret este stocat în portcheiul sistemului. Introduceți unul nou pentru a-l înlocui.</translation>
        </message>
        <message>
            <source>Stored in the system keychain</source>
            <translation>Stocat în portcheiul sistemului</translation>
        </message>
        <message>
            <source>The command line reads the secret from the environment variable %1. Type one here to store it in the system keychain.</source>
            <translation>Linia de comandă citește secretul din variabila de mediu %1. Introduceți-l aici pentru a-l stoca în portcheiul sistemului.</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>Nestocat</translation>
        </message>
        <message>
            <source>The Simulator needs no secret.</source>
            <translation>Simulatorul nu are nevoie de secret.</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Nu este necesar</translation>
        </message>
        <message>
            <source>No secret is stored yet: type it to store it in the system keychain.</source>
            <translation>Încă nu este stocat niciun secret: introduceți-l pentru a-l stoca în portcheiul sistemului.</translation>
        </message>
        <message>
            <source>Save the new account?</source>
            <translation>Salvați contul nou?</translation>
        </message>
        <message>
            <source>Save the changes to “%1”?</source>
            <translation>Salvați modificările aduse contului „%1”?</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>S-a salvat „%1”.</translation>
        </message>
        <message>
            <source>Saved “%1”; storing its secret in the system keychain…</source>
            <translation>S-a salvat „%1”; secretul său se stochează în portcheiul sistemului…</translation>
        </message>
        <message>
            <source>Saved “%1”; its secret is stored in the system keychain.</source>
            <translation>S-a salvat „%1”; secretul său este stocat în portcheiul sistemului.</translation>
        </message>
        <message>
            <source>“%1” was saved, but its secret was not: %2</source>
            <translation>„%1” a fost salvat, dar secretul său nu: %2</translation>
        </message>
        <message>
            <source>Remove Account</source>
            <translation>Eliminare cont</translation>
        </message>
        <message>
            <source>Remove the account “%1”? Its secret is deleted from the system keychain. Campaigns already sent keep their history.</source>
            <translation>Eliminați contul „%1”? Secretul său este șters din portcheiul sistemului. Campaniile deja trimise își păstrează istoricul.</translation>
        </message>
        <message>
            <source>Removed “%1”.</source>
            <translation>S-a eliminat „%1”.</translation>
        </message>
        <message>
            <source>“%1” was kept: its secret could not be removed from the system keychain. %2</source>
            <translation>„%1” a fost păstrat: secretul său nu a putut fi eliminat din portcheiul sistemului. %2</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Se testează conexiunea…</translation>
        </message>
        <message>
            <source>Waiting for the system keychain to answer before closing.</source>
            <translation>Se așteaptă răspunsul portcheiului sistemului înainte de închidere.</translation>
        </message>
    </context>
    <context>
        <name>Herald::AnalyticsPane</name>
        <message>
            <source>Refresh</source>
            <translation>Reîmprospătează</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportă CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportă PDF…</translation>
        </message>
        <message>
            <source>Campaign:</source>
            <translation>Campanie:</translation>
        </message>
        <message>
            <source>Delivery rate</source>
            <translation>Rata de livrare</translation>
        </message>
        <message>
            <source>Opt-out rate (7 days)</source>
            <translation>Rata de dezabonare (7 zile)</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Rata de răspuns</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Why messages were not delivered</source>
            <translation>De ce nu au fost livrate mesajele</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Cod</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mesaje</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Semnificație</translation>
        </message>
        <message>
            <source>Replies by weekday and hour (local time)</source>
            <translation>Răspunsuri după ziua săptămânii și oră (ora locală)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campanie</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendințe</translation>
        </message>
        <message>
            <source>No campaign yet. Once a campaign has been launched, its deliveries, opt-outs, replies and cost appear here.</source>
            <translation>Încă nu există campanii. După lansarea unei campanii, aici apar livrările, dezabonările, răspunsurile și costul ei.</translation>
        </message>
        <message>
            <source>The figures could not be computed: %1</source>
            <translation>Cifrele nu au putut fi calculate: %1</translation>
        </message>
        <message>
            <source>not launched</source>
            <translation>nelansată</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>campaign name (launch date)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The trends could not be computed: %1</source>
            <translation>Tendințele nu au putut fi calculate: %1</translation>
        </message>
        <message>
            <source>“%1” — launched %2, %3</source>
            <translation>„%1” — lansată la %2, %3</translation>
        </message>
        <message>
            <source>“%1” — not launched yet</source>
            <translation>„%1” — încă nelansată</translation>
        </message>
        <message numerus="yes">
            <source>%1 delivered of %Ln sent</source>
            <translation>
                <numerusform>livrate: %1 din %Ln mesaj trimis</numerusform>
                <numerusform>livrate: %1 din %Ln mesaje trimise</numerusform>
                <numerusform>livrate: %1 din %Ln de mesaje trimise</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); above the %1 benchmark</source>
            <translation>
                <numerusform>%Ln dezabonare; peste valoarea de referință de %1</numerusform>
                <numerusform>%Ln dezabonări; peste valoarea de referință de %1</numerusform>
                <numerusform>%Ln de dezabonări; peste valoarea de referință de %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); benchmark %1</source>
            <translation>
                <numerusform>%Ln dezabonare; valoare de referință %1</numerusform>
                <numerusform>%Ln dezabonări; valoare de referință %1</numerusform>
                <numerusform>%Ln de dezabonări; valoare de referință %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (the 7 days are not over yet)</source>
            <translation>%1 (cele 7 zile nu s-au încheiat încă)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>two facts side by side</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s) replied</source>
            <translation>
                <numerusform>a răspuns %Ln persoană</numerusform>
                <numerusform>au răspuns %Ln persoane</numerusform>
                <numerusform>au răspuns %Ln de persoane</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln răspuns</numerusform>
                <numerusform>%Ln răspunsuri</numerusform>
                <numerusform>%Ln de răspunsuri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln parte</numerusform>
                <numerusform>%Ln părți</numerusform>
                <numerusform>%Ln de părți</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 estimated</source>
            <translation>%1 estimat</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(niciunul)</translation>
        </message>
        <message>
            <source>Provider said: %1</source>
            <translation>Furnizorul a spus: %1</translation>
        </message>
        <message>
            <source>No marketing message in the last 12 months.</source>
            <translation>Niciun mesaj de marketing în ultimele 12 luni.</translation>
        </message>
        <message>
            <source>%1 of %2 contact-months got more than %3 marketing messages (guideline: %4–%3 a month).</source>
            <translation>%1 din %2 luni-contact au primit mai mult de %3 mesaje de marketing (recomandare: %4–%3 pe lună).</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Nu se poate scrie „%1”: %2</translation>
        </message>
        <message>
            <source>Report saved as %1.</source>
            <translation>Raportul a fost salvat ca %1.</translation>
        </message>
        <message>
            <source>Export the campaign report</source>
            <translation>Exportă raportul campaniei</translation>
        </message>
        <message>
            <source>campaign-%1-report.csv</source>
            <translation>campania-%1-raport.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fișiere CSV (*.csv)</translation>
        </message>
        <message>
            <source>campaign-%1-report.pdf</source>
            <translation>campania-%1-raport.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fișiere PDF (*.pdf)</translation>
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
        <name>Herald::BulkTagDialog</name>
        <message>
            <source>Add Tag</source>
            <translation>Adăugare etichetă</translation>
        </message>
        <message>
            <source>Remove Tag</source>
            <translation>Eliminare etichetă</translation>
        </message>
        <message>
            <source>A tag, new or existing</source>
            <translation>O etichetă nouă sau existentă</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln selected contact(s)</source>
            <translation>
                <numerusform>%Ln contact selectat</numerusform>
                <numerusform>Cele %Ln contacte selectate</numerusform>
                <numerusform>Cele %Ln de contacte selectate</numerusform>
            </translation>
        </message>
        <message>
            <source>All contacts matching the current search and filters</source>
            <translation>Toate contactele care se potrivesc cu căutarea și filtrele curente</translation>
        </message>
        <message numerus="yes">
            <source>All %Ln contact(s) matching the current search and filters</source>
            <translation>
                <numerusform>%Ln contact care se potrivește cu căutarea și filtrele curente</numerusform>
                <numerusform>Toate cele %Ln contacte care se potrivesc cu căutarea și filtrele curente</numerusform>
                <numerusform>Toate cele %Ln de contacte care se potrivesc cu căutarea și filtrele curente</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts that already have the tag keep it.</source>
            <translation>Contactele care au deja eticheta o păstrează.</translation>
        </message>
        <message>
            <source>Only the tag is removed; the contacts stay.</source>
            <translation>Se elimină doar eticheta; contactele rămân.</translation>
        </message>
        <message>
            <source>Add it to</source>
            <translation>Adaugă la</translation>
        </message>
        <message>
            <source>Remove it from</source>
            <translation>Elimină de la</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>E&amp;tichetă:</translation>
        </message>
        <message>
            <source>&amp;Add Tag</source>
            <translation>&amp;Adaugă eticheta</translation>
        </message>
        <message>
            <source>&amp;Remove Tag</source>
            <translation>&amp;Elimină eticheta</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignComposer</name>
        <message>
            <source>Tag links for your analytics (utm_source=sms…)</source>
            <translation>Etichetează linkurile pentru statistici (utm_source=sms…)</translation>
        </message>
        <message>
            <source>End with the opt-out footer (“Reply STOP to opt out”)</source>
            <translation>Încheie cu subsolul de dezabonare („Răspundeți STOP pentru dezabonare”)</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>Toate contactele</translation>
        </message>
        <message>
            <source>Contacts in any of these segments:</source>
            <translation>Contactele din oricare dintre aceste segmente:</translation>
        </message>
        <message>
            <source>When I launch it</source>
            <translation>La lansare</translation>
        </message>
        <message>
            <source>At</source>
            <translation>La</translation>
        </message>
        <message>
            <source>At each recipient's local time</source>
            <translation>În ora locală a fiecărui destinatar</translation>
        </message>
        <message>
            <source>Edit Campaign</source>
            <translation>Editare campanie</translation>
        </message>
        <message>
            <source>New Campaign</source>
            <translation>Campanie nouă</translation>
        </message>
        <message>
            <source>Winter sale</source>
            <translation>Reduceri de iarnă</translation>
        </message>
        <message>
            <source>Marketing (opted-in contacts, opt-out footer)</source>
            <translation>Marketing (contacte abonate, subsol de dezabonare)</translation>
        </message>
        <message>
            <source>Transactional (order and shipping updates)</source>
            <translation>Tranzacțional (actualizări despre comenzi și livrare)</translation>
        </message>
        <message>
            <source>Save Draft</source>
            <translation>Salvează ciorna</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>Ș&amp;ablon:</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audiență</translation>
        </message>
        <message>
            <source>A person in several segments gets one message.</source>
            <translation>O persoană aflată în mai multe segmente primește un singur mesaj.</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Expeditor</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Cont:</translation>
        </message>
        <message>
            <source>Sender &amp;ID:</source>
            <translation>&amp;ID expeditor:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Când</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nume:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ti&amp;p:</translation>
        </message>
        <message>
            <source>Write my own</source>
            <translation>Scriu propriul mesaj</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (implicit)</translation>
        </message>
        <message>
            <source>The counter includes the tracking tags added to links (utm_campaign=%1).</source>
            <translation>Contorul include etichetele de urmărire adăugate la linkuri (utm_campaign=%1).</translation>
        </message>
        <message>
            <source>The account's sender</source>
            <translation>Expeditorul contului</translation>
        </message>
        <message>
            <source>The provider chooses the sender.</source>
            <translation>Furnizorul alege expeditorul.</translation>
        </message>
        <message>
            <source>A name as sender: nobody can reply to it, and US and Canadian numbers refuse it.</source>
            <translation>Un nume ca expeditor: nimeni nu îi poate răspunde, iar numerele din SUA și Canada îl refuză.</translation>
        </message>
        <message>
            <source>A number as sender: customers can reply, and STOP works.</source>
            <translation>Un număr ca expeditor: clienții pot răspunde, iar STOP funcționează.</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignListModel</name>
        <message>
            <source>Draft</source>
            <translation>Ciornă</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programată</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Se trimite</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>În pauză</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Finalizată</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Anulată</translation>
        </message>
        <message>
            <source>Paused because: %1</source>
            <translation>Pusă în pauză din cauza: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln recipient(s) handed to the provider or settled</source>
            <translation>
                <numerusform>%1 din %Ln destinatar predați furnizorului sau clarificați</numerusform>
                <numerusform>%1 din %Ln destinatari predați furnizorului sau clarificați</numerusform>
                <numerusform>%1 din %Ln de destinatari predați furnizorului sau clarificați</numerusform>
            </translation>
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
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campanie</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stare</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progres</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>În coadă</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Trimise</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Livrate</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Eșuate</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignMonitor</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editează…</translation>
        </message>
        <message>
            <source>Check and &amp;Launch…</source>
            <translation>Verifică și &amp;lansează…</translation>
        </message>
        <message>
            <source>Send &amp;Test…</source>
            <translation>Trimite un &amp;test…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>Pune în &amp;pauză</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reia</translation>
        </message>
        <message>
            <source>&amp;Cancel Campaign…</source>
            <translation>&amp;Anulează campania…</translation>
        </message>
        <message>
            <source>Retry &amp;Failed</source>
            <translation>Retrimite mesajele &amp;eșuate</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stare</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Cod</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Eroare</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De la</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primit</translation>
        </message>
        <message>
            <source>Keyword</source>
            <translation>Cuvânt-cheie</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Răspuns</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>În coadă</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Trimis</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Livrat</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Eșuat</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Necunoscut</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omis</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Anulat</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Erori</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Răspunsuri</translation>
        </message>
        <message>
            <source>Choose a campaign.</source>
            <translation>Alegeți o campanie.</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>Nicio campanie selectată</translation>
        </message>
        <message>
            <source>Choose a campaign in the list, or write a new one.</source>
            <translation>Alegeți o campanie din listă sau scrieți una nouă.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
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
            <source>%1 — paused because: %2</source>
            <translation>%1 — pusă în pauză din cauza: %2</translation>
        </message>
        <message>
            <source>Launched %1</source>
            <translation>Lansată la %1</translation>
        </message>
        <message>
            <source>Goes out when launched</source>
            <translation>Pleacă la lansare</translation>
        </message>
        <message>
            <source>Scheduled for %1</source>
            <translation>Programată pentru %1</translation>
        </message>
        <message>
            <source>At %1 on %2 in each recipient's local time</source>
            <translation>La ora %1, pe %2, în ora locală a fiecărui destinatar</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln message(s) wait for their send time; the next at %2.</source>
            <translation>
                <numerusform>%1 — %Ln mesaj așteaptă ora de trimitere; următorul la %2.</numerusform>
                <numerusform>%1 — %Ln mesaje așteaptă ora de trimitere; următorul la %2.</numerusform>
                <numerusform>%1 — %Ln de mesaje așteaptă ora de trimitere; următorul la %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not launched yet</source>
            <translation>Încă nelansată</translation>
        </message>
        <message>
            <source>%p% handed over or settled</source>
            <translation>%p% predate sau clarificate</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>Erori (%1)</translation>
        </message>
        <message>
            <source>Replies (%1)</source>
            <translation>Răspunsuri (%1)</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignSender</name>
        <message>
            <source>“%1”: %2</source>
            <translation>„%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignsPane</name>
        <message>
            <source>Campaigns</source>
            <translation>Campanii</translation>
        </message>
        <message>
            <source>&amp;New Campaign…</source>
            <translation>Campanie &amp;nouă…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editează…</translation>
        </message>
        <message>
            <source>Check and &amp;Launch…</source>
            <translation>Verifică și &amp;lansează…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplică</translation>
        </message>
        <message>
            <source>&amp;Delete Draft…</source>
            <translation>Ș&amp;terge ciorna…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>Pune în &amp;pauză</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reia</translation>
        </message>
        <message>
            <source>&amp;Cancel Campaign…</source>
            <translation>&amp;Anulează campania…</translation>
        </message>
        <message>
            <source>Campaign %1 was paused: %2</source>
            <translation>Campania %1 a fost pusă în pauză: %2</translation>
        </message>
        <message>
            <source>Campaign %1 cannot be sent now: %2</source>
            <translation>Campania %1 nu poate fi trimisă acum: %2</translation>
        </message>
        <message>
            <source>Campaign “%1” was sending when Herald closed; it goes on.</source>
            <translation>Campania „%1” se trimitea când Herald s-a închis; trimiterea continuă.</translation>
        </message>
        <message>
            <source>Saved the draft “%1”. Check and launch it when you are ready.</source>
            <translation>Ciorna „%1” a fost salvată. Verificați-o și lansați-o când sunteți pregătit.</translation>
        </message>
        <message>
            <source>“%1” is scheduled for %2. Keep Herald running: a campaign whose time passes while Herald is closed waits for your decision.</source>
            <translation>„%1” este programată pentru %2. Lăsați Herald pornit: o campanie a cărei oră trece cât timp Herald este închis așteaptă decizia dumneavoastră.</translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) wait for quiet hours to end or for their local send time; the last goes out at %2.</source>
            <translation>
                <numerusform>„%1” a fost lansată: %Ln mesaj așteaptă sfârșitul orelor de liniște sau ora locală de trimitere; ultimul pleacă la %2.</numerusform>
                <numerusform>„%1” a fost lansată: %Ln mesaje așteaptă sfârșitul orelor de liniște sau ora locală de trimitere; ultimul pleacă la %2.</numerusform>
                <numerusform>„%1” a fost lansată: %Ln de mesaje așteaptă sfârșitul orelor de liniște sau ora locală de trimitere; ultimul pleacă la %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) are being sent.</source>
            <translation>
                <numerusform>„%1” a fost lansată: se trimite %Ln mesaj.</numerusform>
                <numerusform>„%1” a fost lansată: se trimit %Ln mesaje.</numerusform>
                <numerusform>„%1” a fost lansată: se trimit %Ln de mesaje.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copie)</translation>
        </message>
        <message>
            <source>Delete Draft</source>
            <translation>Ștergere ciornă</translation>
        </message>
        <message>
            <source>Delete the draft “%1”? This cannot be undone.</source>
            <translation>Ștergeți ciorna „%1”? Această acțiune nu poate fi anulată.</translation>
        </message>
        <message>
            <source>Cancel Campaign</source>
            <translation>Anulare campanie</translation>
        </message>
        <message>
            <source>Cancel “%1”? Messages not sent yet will not be sent; those already sent stay sent.</source>
            <translation>Anulați „%1”? Mesajele netrimise încă nu vor mai fi trimise; cele deja trimise rămân trimise.</translation>
        </message>
        <message>
            <source>No failed message to retry.</source>
            <translation>Niciun mesaj eșuat de retrimis.</translation>
        </message>
        <message numerus="yes">
            <source>Sending %Ln failed message(s) again.</source>
            <translation>
                <numerusform>Se retrimite %Ln mesaj eșuat.</numerusform>
                <numerusform>Se retrimit %Ln mesaje eșuate.</numerusform>
                <numerusform>Se retrimit %Ln de mesaje eșuate.</numerusform>
            </translation>
        </message>
        <message>
            <source>Campaign “%1” is due: launching it.</source>
            <translation>Campania „%1” a ajuns la ora programată: se lansează.</translation>
        </message>
        <message>
            <source>Missed Campaign</source>
            <translation>Campanie ratată</translation>
        </message>
        <message>
            <source>“%1” was scheduled for %2, but Herald was not running then, so it has not been sent.

Yes: check it and send it now.
No: turn it back into a draft to choose another time.
Ignore: leave it scheduled and ask again next time.</source>
            <translation>„%1” era programată pentru %2, dar Herald nu rula atunci, așa că nu a fost trimisă.

Da: verificați-o și trimiteți-o acum.
Nu: transformați-o din nou în ciornă pentru a alege altă oră.
Ignoră: lăsați-o programată și veți fi întrebat din nou data viitoare.</translation>
        </message>
        <message>
            <source>“%1” is a draft again: edit it to choose another time.</source>
            <translation>„%1” este din nou ciornă: editați-o pentru a alege altă oră.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConnectionTest</name>
        <message numerus="yes">
            <source>The provider did not answer within %n second(s).</source>
            <translation>
                <numerusform>Furnizorul nu a răspuns în %n secundă.</numerusform>
                <numerusform>Furnizorul nu a răspuns în %n secunde.</numerusform>
                <numerusform>Furnizorul nu a răspuns în %n de secunde.</numerusform>
            </translation>
        </message>
        <message>
            <source>The connection works: the provider accepted the credentials of “%1”.</source>
            <translation>Conexiunea funcționează: furnizorul a acceptat datele de autentificare ale contului „%1”.</translation>
        </message>
        <message>
            <source>The provider refused the credentials of “%1” (HTTP %2).</source>
            <translation>Furnizorul a refuzat datele de autentificare ale contului „%1” (HTTP %2).</translation>
        </message>
        <message>
            <source>The provider refused the credentials of “%1”: %2</source>
            <translation>Furnizorul a refuzat datele de autentificare ale contului „%1”: %2</translation>
        </message>
        <message>
            <source>The connection to “%1” failed (HTTP %2).</source>
            <translation>Conexiunea la „%1” a eșuat (HTTP %2).</translation>
        </message>
        <message>
            <source>The connection to “%1” failed: %2</source>
            <translation>Conexiunea la „%1” a eșuat: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConsentEventDialog</name>
        <message>
            <source>Record Opt-in for %1</source>
            <translation>Înregistrare abonare pentru %1</translation>
        </message>
        <message>
            <source>Record Opt-out for %1</source>
            <translation>Înregistrare dezabonare pentru %1</translation>
        </message>
        <message>
            <source>Marketing messages</source>
            <translation>Mesaje de marketing</translation>
        </message>
        <message>
            <source>Transactional messages (orders, shipping)</source>
            <translation>Mesaje tranzacționale (comenzi, livrare)</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>În magazin</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Apel telefonic</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>Formular pe hârtie</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Formular web</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Altele</translation>
        </message>
        <message>
            <source>Where it was given, e.g. shop counter in Kraków, form #12</source>
            <translation>Unde a fost dat, de exemplu la casa magazinului din Kraków, formularul nr. 12</translation>
        </message>
        <message>
            <source>How the person asked, e.g. phone call to the shop</source>
            <translation>Cum a cerut persoana, de exemplu printr-un apel telefonic la magazin</translation>
        </message>
        <message>
            <source>The exact words the person agreed to</source>
            <translation>Cuvintele exacte cu care a fost de acord persoana</translation>
        </message>
        <message>
            <source>What the person said or wrote (optional)</source>
            <translation>Ce a spus sau a scris persoana (opțional)</translation>
        </message>
        <message>
            <source>Where the proof is kept, e.g. signed form in the binder, call recording</source>
            <translation>Unde se păstrează dovada, de exemplu formularul semnat din dosar, înregistrarea apelului</translation>
        </message>
        <message>
            <source>The opt-in is added to the consent ledger of %1 with its proof. The ledger keeps every event: it cannot be edited or removed later.</source>
            <translation>Abonarea este adăugată în registrul de consimțământ al contactului %1 împreună cu dovada. Registrul păstrează fiecare eveniment: acesta nu mai poate fi modificat sau eliminat ulterior.</translation>
        </message>
        <message>
            <source>The opt-out is added to the consent ledger of %1 and applies at once: no marketing message will be sent to this number. The ledger keeps every event: it cannot be edited or removed later.</source>
            <translation>Dezabonarea este adăugată în registrul de consimțământ al contactului %1 și se aplică imediat: niciun mesaj de marketing nu va mai fi trimis la acest număr. Registrul păstrează fiecare eveniment: acesta nu mai poate fi modificat sau eliminat ulterior.</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Pentru:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Când:</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>C&amp;um:</translation>
        </message>
        <message>
            <source>&amp;Source (required):</source>
            <translation>&amp;Sursă (obligatoriu):</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Sursă:</translation>
        </message>
        <message>
            <source>Wor&amp;ding (required):</source>
            <translation>&amp;Formulare (obligatoriu):</translation>
        </message>
        <message>
            <source>Wor&amp;ding:</source>
            <translation>&amp;Formulare:</translation>
        </message>
        <message>
            <source>&amp;Evidence:</source>
            <translation>&amp;Dovadă:</translation>
        </message>
        <message>
            <source>Record &amp;Opt-in</source>
            <translation>Înregistrează &amp;abonarea</translation>
        </message>
        <message>
            <source>Record &amp;Opt-out</source>
            <translation>Înregistrează de&amp;zabonarea</translation>
        </message>
        <message>
            <source>Say where the consent was given.</source>
            <translation>Indicați unde a fost dat consimțământul.</translation>
        </message>
        <message>
            <source>Write the exact words the person agreed to.</source>
            <translation>Scrieți cuvintele exacte cu care a fost de acord persoana.</translation>
        </message>
        <message>
            <source>The event cannot be in the future.</source>
            <translation>Evenimentul nu poate fi în viitor.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactCardDialog</name>
        <message>
            <source>Contact: %1</source>
            <translation>Contact: %1</translation>
        </message>
        <message>
            <source>Orders:</source>
            <translation>Comenzi:</translation>
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
            <source>opted in</source>
            <translation>abonat</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>dezabonat</translation>
        </message>
        <message>
            <source>no consent recorded</source>
            <translation>niciun consimțământ înregistrat</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Detalii</translation>
        </message>
        <message>
            <source>&amp;Tags and fields</source>
            <translation>&amp;Etichete și câmpuri</translation>
        </message>
        <message>
            <source>With the country code (+48 601 234 567), or as dialled in the contact's country</source>
            <translation>Cu prefixul țării (+48 601 234 567) sau așa cum se formează în țara contactului</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nesetat</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Necunoscut</translation>
        </message>
        <message>
            <source>year unknown</source>
            <translation>an necunoscut</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>Luna nașterii</translation>
        </message>
        <message>
            <source>Birthday day</source>
            <translation>Ziua nașterii</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Anul nașterii</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Prenume:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Nume de familie:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>E-mai&amp;l:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>Ța&amp;ră:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Oraș:</translation>
        </message>
        <message>
            <source>L&amp;anguage:</source>
            <translation>Lim&amp;bă:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Fus orar:</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;Zi de naștere:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s), %1 in total</source>
            <translation>
                <numerusform>%Ln comandă, %1 în total</numerusform>
                <numerusform>%Ln comenzi, %1 în total</numerusform>
                <numerusform>%Ln de comenzi, %1 în total</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, from %2</source>
            <translation>%1, din %2</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>Adăugat:</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Etichete, separate prin virgule</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etichete</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>Eti&amp;chete:</translation>
        </message>
        <message>
            <source>C&amp;ustom fields (usable in messages as {field:Name}):</source>
            <translation>Câmpuri per&amp;sonalizate (utilizabile în mesaje ca {field:Name}):</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valoare</translation>
        </message>
        <message>
            <source>Add &amp;Field</source>
            <translation>&amp;Adaugă câmp</translation>
        </message>
        <message>
            <source>&amp;Remove Field</source>
            <translation>Elimină câmp&amp;ul</translation>
        </message>
        <message>
            <source>Record Opt-&amp;in…</source>
            <translation>Înregistrează a&amp;bonare…</translation>
        </message>
        <message>
            <source>Add an opt-in with its proof to the ledger, e.g. consent given in the shop</source>
            <translation>Adaugă în registru o abonare cu dovada ei, de exemplu consimțământ dat în magazin</translation>
        </message>
        <message>
            <source>Record Opt-ou&amp;t…</source>
            <translation>Înregistrează de&amp;zabonare…</translation>
        </message>
        <message>
            <source>Add an opt-out to the ledger, e.g. the person asked on the phone</source>
            <translation>Adaugă în registru o dezabonare, de exemplu persoana a cerut-o la telefon</translation>
        </message>
        <message>
            <source>The ledger is the proof of consent: events are only ever added, never changed or removed.</source>
            <translation>Registrul este dovada consimțământului: evenimentele sunt doar adăugate, niciodată modificate sau eliminate.</translation>
        </message>
        <message>
            <source>No messages yet. Messages sent to this number and replies from it will be listed here.</source>
            <translation>Încă nu există mesaje. Mesajele trimise la acest număr și răspunsurile de la el vor fi afișate aici.</translation>
        </message>
        <message>
            <source>A contact needs a phone number.</source>
            <translation>Un contact are nevoie de un număr de telefon.</translation>
        </message>
        <message>
            <source>Saved as %1 (%2, %3)</source>
            <translation>Salvat ca %1 (%2, %3)</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>mobil</translation>
        </message>
        <message>
            <source>landline: cannot receive SMS in most countries</source>
            <translation>fix: nu poate primi SMS în majoritatea țărilor</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Telefon: %1</translation>
        </message>
        <message>
            <source>“%1” is not an email address.</source>
            <translation>„%1” nu este o adresă de e-mail.</translation>
        </message>
        <message>
            <source>“%1” is not a time zone; pick one from the list, e.g. Europe/Warsaw.</source>
            <translation>„%1” nu este un fus orar; alegeți unul din listă, de exemplu Europe/Warsaw.</translation>
        </message>
        <message>
            <source>The birthday %1 %2 does not exist.</source>
            <translation>Ziua de naștere %1 %2 nu există.</translation>
        </message>
        <message>
            <source>The custom field with the value “%1” needs a name.</source>
            <translation>Câmpul personalizat cu valoarea „%1” are nevoie de un nume.</translation>
        </message>
        <message>
            <source>There are two custom fields named “%1”.</source>
            <translation>Există două câmpuri personalizate numite „%1”.</translation>
        </message>
        <message>
            <source>The opt-in was added to the consent ledger.</source>
            <translation>Abonarea a fost adăugată în registrul de consimțământ.</translation>
        </message>
        <message>
            <source>The opt-out was added to the consent ledger.</source>
            <translation>Dezabonarea a fost adăugată în registrul de consimțământ.</translation>
        </message>
        <message>
            <source>Marketing: %1</source>
            <translation>Marketing: %1</translation>
        </message>
        <message>
            <source>Marketing: %1 since %2</source>
            <translation>Marketing: %1 din %2</translation>
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
            <source>&amp;Consent history (%1)</source>
            <translation>&amp;Istoric consimțământ (%1)</translation>
        </message>
        <message>
            <source>&amp;Messages (%1)</source>
            <translation>&amp;Mesaje (%1)</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>Salvați modificările aduse contactului %1?</translation>
        </message>
        <message>
            <source>Conversation with the contact</source>
            <translation>Conversația cu contactul</translation>
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation>C&amp;onversație</translation>
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
            <source>Contacts</source>
            <translation>Contacte</translation>
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
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportă…</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>&amp;Etichete</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Ș&amp;terge…</translation>
        </message>
        <message>
            <source>&amp;Open Contact</source>
            <translation>&amp;Deschide contactul</translation>
        </message>
        <message>
            <source>&amp;Add Tag…</source>
            <translation>&amp;Adaugă etichetă…</translation>
        </message>
        <message>
            <source>&amp;Remove Tag…</source>
            <translation>&amp;Elimină etichetă…</translation>
        </message>
        <message>
            <source>&amp;Delete Selected…</source>
            <translation>Șterge &amp;selectate…</translation>
        </message>
        <message>
            <source>Delete All &amp;Matching…</source>
            <translation>Șterge &amp;toate care se potrivesc…</translation>
        </message>
        <message>
            <source>&amp;Find Contacts</source>
            <translation>&amp;Caută contacte</translation>
        </message>
        <message>
            <source>Import customers from a CSV export (you can also drop the file here)</source>
            <translation>Importă clienți dintr-un export CSV (puteți și să plasați fișierul aici)</translation>
        </message>
        <message>
            <source>Save the selected contacts, the current view or a segment as a CSV file</source>
            <translation>Salvează contactele selectate, vizualizarea curentă sau un segment ca fișier CSV</translation>
        </message>
        <message>
            <source>Add a tag to, or remove it from, the selected contacts or all that match</source>
            <translation>Adaugă sau elimină o etichetă pentru contactele selectate sau pentru toate cele care se potrivesc</translation>
        </message>
        <message>
            <source>Delete the selected contacts, or all that match the search and filters</source>
            <translation>Șterge contactele selectate sau toate cele care se potrivesc cu căutarea și filtrele</translation>
        </message>
        <message>
            <source>Adding the tag “%1”…</source>
            <translation>Se adaugă eticheta „%1”…</translation>
        </message>
        <message numerus="yes">
            <source>Added the tag “%1” to %Ln contact(s).</source>
            <translation>
                <numerusform>Eticheta „%1” a fost adăugată la %Ln contact.</numerusform>
                <numerusform>Eticheta „%1” a fost adăugată la %Ln contacte.</numerusform>
                <numerusform>Eticheta „%1” a fost adăugată la %Ln de contacte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing the tag “%1”…</source>
            <translation>Se elimină eticheta „%1”…</translation>
        </message>
        <message numerus="yes">
            <source>Removed the tag “%1” from %Ln contact(s).</source>
            <translation>
                <numerusform>Eticheta „%1” a fost eliminată de la %Ln contact.</numerusform>
                <numerusform>Eticheta „%1” a fost eliminată de la %Ln contacte.</numerusform>
                <numerusform>Eticheta „%1” a fost eliminată de la %Ln de contacte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the %Ln selected contact(s)?</source>
            <translation>
                <numerusform>Ștergeți %Ln contact selectat?</numerusform>
                <numerusform>Ștergeți cele %Ln contacte selectate?</numerusform>
                <numerusform>Ștergeți cele %Ln de contacte selectate?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) in the workspace?</source>
            <translation>
                <numerusform>Ștergeți %Ln contact din spațiul de lucru?</numerusform>
                <numerusform>Ștergeți toate cele %Ln contacte din spațiul de lucru?</numerusform>
                <numerusform>Ștergeți toate cele %Ln de contacte din spațiul de lucru?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) that match the current search and filters?</source>
            <translation>
                <numerusform>Ștergeți %Ln contact care se potrivește cu căutarea și filtrele curente?</numerusform>
                <numerusform>Ștergeți toate cele %Ln contacte care se potrivesc cu căutarea și filtrele curente?</numerusform>
                <numerusform>Ștergeți toate cele %Ln de contacte care se potrivesc cu căutarea și filtrele curente?</numerusform>
            </translation>
        </message>
        <message>
            <source>Their tags, custom fields, consent history and messages are deleted too, and this cannot be undone. Numbers that opted out stay on the suppression list, so a later import cannot subscribe them again.</source>
            <translation>Se șterg și etichetele, câmpurile personalizate, istoricul consimțământului și mesajele lor, iar această acțiune nu poate fi anulată. Numerele dezabonate rămân pe lista de excludere, astfel încât un import ulterior nu le poate abona din nou.</translation>
        </message>
        <message>
            <source>Delete Contacts</source>
            <translation>Ștergere contacte</translation>
        </message>
        <message numerus="yes">
            <source>Deleting %Ln contact(s)…</source>
            <translation>
                <numerusform>Se șterge %Ln contact…</numerusform>
                <numerusform>Se șterg %Ln contacte…</numerusform>
                <numerusform>Se șterg %Ln de contacte…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contact(s).</source>
            <translation>
                <numerusform>A fost șters %Ln contact.</numerusform>
                <numerusform>Au fost șterse %Ln contacte.</numerusform>
                <numerusform>Au fost șterse %Ln de contacte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting matches…</source>
            <translation>Se numără potrivirile…</translation>
        </message>
        <message>
            <source>Counting contacts…</source>
            <translation>Se numără contactele…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln contact(s)</source>
            <translation>
                <numerusform>%1 din %Ln contact</numerusform>
                <numerusform>%1 din %Ln contacte</numerusform>
                <numerusform>%1 din %Ln de contacte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacte</numerusform>
                <numerusform>%Ln de contacte</numerusform>
            </translation>
        </message>
        <message>
            <source>No contacts yet.

Drop a customer list (CSV) from Shopify, WooCommerce, Google Contacts, Outlook or Excel here, or click Import CSV.</source>
            <translation>Încă nu există contacte.

Plasați aici o listă de clienți (CSV) din Shopify, WooCommerce, Google Contacts, Outlook sau Excel ori faceți clic pe Importă CSV.</translation>
        </message>
        <message>
            <source>No contacts match the search and filters.</source>
            <translation>Niciun contact nu se potrivește cu căutarea și filtrele.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationDelegate</name>
        <message>
            <source>%1 • open</source>
            <translation>%1 • deschisă</translation>
        </message>
        <message>
            <source>%1 — re: %2</source>
            <translation>%1 — re: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationListModel</name>
        <message>
            <source>%1 (not in your contacts)</source>
            <translation>%1 (nu este în contactele dvs.)</translation>
        </message>
        <message numerus="yes">
            <source>%1, %Ln unread, last message: %2</source>
            <translation>
                <numerusform>%1, %Ln mesaj necitit, ultimul mesaj: %2</numerusform>
                <numerusform>%1, %Ln mesaje necitite, ultimul mesaj: %2</numerusform>
                <numerusform>%1, %Ln de mesaje necitite, ultimul mesaj: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoană</translation>
        </message>
        <message>
            <source>Last reply</source>
            <translation>Ultimul răspuns</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primit</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Necitite</translation>
        </message>
        <message>
            <source>Answers campaign</source>
            <translation>Răspunde la campania</translation>
        </message>
    </context>
    <context>
        <name>Herald::CredentialStore</name>
        <message>
            <source>The secret is empty.</source>
            <translation>Secretul este gol.</translation>
        </message>
        <message>
            <source>The secret is %1 bytes long; Herald accepts at most %2.</source>
            <translation>Secretul are %1 octeți; Herald acceptă cel mult %2.</translation>
        </message>
        <message>
            <source>Herald never keeps secrets in plain text. Start a keychain service (GNOME Keyring, KWallet or KeePassXC), or for headless use give the secret in an environment variable with herald-cli --secret-env VARIABLE.</source>
            <translation>Herald nu păstrează niciodată secretele ca text simplu. Porniți un serviciu de portchei (GNOME Keyring, KWallet sau KeePassXC) sau, pentru utilizarea fără interfață grafică, indicați secretul într-o variabilă de mediu cu herald-cli --secret-env VARIABLE.</translation>
        </message>
        <message>
            <source>No system keychain is available. %1</source>
            <translation>Nu este disponibil niciun portchei de sistem. %1</translation>
        </message>
        <message>
            <source>No system keychain is available (%1). %2</source>
            <translation>Nu este disponibil niciun portchei de sistem (%1). %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ExportDialog</name>
        <message>
            <source>The saved &amp;segment:</source>
            <translation>&amp;Segmentul salvat:</translation>
        </message>
        <message>
            <source>&amp;Every contact in the workspace</source>
            <translation>&amp;Toate contactele din spațiul de lucru</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Răsfoiește…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportă</translation>
        </message>
        <message>
            <source>Export Contacts</source>
            <translation>Exportă contacte</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln &amp;selected contact(s)</source>
            <translation>
                <numerusform>%Ln contact se&amp;lectat</numerusform>
                <numerusform>Cele %Ln contacte se&amp;lectate</numerusform>
                <numerusform>Cele %Ln de contacte se&amp;lectate</numerusform>
            </translation>
        </message>
        <message>
            <source>The contacts in the current &amp;view (search and filters)</source>
            <translation>Contactele din &amp;vizualizarea curentă (căutare și filtre)</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln contact(s) in the current &amp;view (search and filters)</source>
            <translation>
                <numerusform>%Ln contact din &amp;vizualizarea curentă (căutare și filtre)</numerusform>
                <numerusform>Cele %Ln contacte din &amp;vizualizarea curentă (căutare și filtre)</numerusform>
                <numerusform>Cele %Ln de contacte din &amp;vizualizarea curentă (căutare și filtre)</numerusform>
            </translation>
        </message>
        <message>
            <source>contacts %1.csv</source>
            <translation>contacte %1.csv</translation>
        </message>
        <message>
            <source>UTF-8 with a byte order mark, opens in spreadsheets and imports back into Herald.</source>
            <translation>UTF-8 cu marcaj de ordine a octeților (BOM); se deschide în foi de calcul și se poate importa înapoi în Herald.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>&amp;To file:</source>
            <translation>În &amp;fișierul:</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fișiere CSV (*.csv);;Toate fișierele (*)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Se exportă…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) written…</source>
            <translation>
                <numerusform>%Ln contact scris…</numerusform>
                <numerusform>%Ln contacte scrise…</numerusform>
                <numerusform>%Ln de contacte scrise…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contact(s) to %1.</source>
            <translation>
                <numerusform>A fost exportat %Ln contact în %1.</numerusform>
                <numerusform>Au fost exportate %Ln contacte în %1.</numerusform>
                <numerusform>Au fost exportate %Ln de contacte în %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Se anulează…</translation>
        </message>
    </context>
    <context>
        <name>Herald::HttpGateway</name>
        <message>
            <source>A generic HTTP account needs the address to send to: --option url=https://… (or --base-url).</source>
            <translation>Un cont HTTP generic are nevoie de adresa la care să trimită: --option url=https://… (sau --base-url).</translation>
        </message>
        <message>
            <source>“%1” is not an http(s) address to send to.</source>
            <translation>„%1” nu este o adresă http(s) la care să se poată trimite.</translation>
        </message>
        <message>
            <source>Plain http would carry the credentials in clear; use https for “%1”.</source>
            <translation>HTTP simplu ar transmite datele de autentificare necriptate; folosiți https pentru „%1”.</translation>
        </message>
        <message>
            <source>The method of a generic HTTP account must be POST or GET, not “%1”.</source>
            <translation>Metoda unui cont HTTP generic trebuie să fie POST sau GET, nu „%1”.</translation>
        </message>
        <message>
            <source>The headers option must be a JSON object such as {"Authorization": "Bearer {secret}"}.</source>
            <translation>Opțiunea headers trebuie să fie un obiect JSON, de exemplu {"Authorization": "Bearer {secret}"}.</translation>
        </message>
        <message>
            <source>The value of the header “%1” must be text.</source>
            <translation>Valoarea antetului „%1” trebuie să fie text.</translation>
        </message>
        <message>
            <source>“%1” is not a valid header name.</source>
            <translation>„%1” nu este un nume de antet valid.</translation>
        </message>
        <message>
            <source>A GET request carries no body: put the fields into the url option.</source>
            <translation>O cerere GET nu are corp: puneți câmpurile în opțiunea url.</translation>
        </message>
        <message>
            <source>A generic HTTP account needs the place of the message id in the answer: --option id_path=messages.0.id</source>
            <translation>Un cont HTTP generic are nevoie de locul ID-ului mesajului în răspuns: --option id_path=messages.0.id</translation>
        </message>
        <message>
            <source>success_value needs success_path: the place in the answer to compare it with.</source>
            <translation>success_value necesită success_path: locul din răspuns cu care să fie comparat.</translation>
        </message>
        <message>
            <source>The test_url option must be an https address.</source>
            <translation>Opțiunea test_url trebuie să fie o adresă https.</translation>
        </message>
        <message>
            <source>No message id at “%1” in the answer.</source>
            <translation>Niciun ID de mesaj la „%1” în răspuns.</translation>
        </message>
        <message>
            <source>A generic HTTP provider cannot be asked about a message.</source>
            <translation>Unui furnizor HTTP generic nu i se pot cere informații despre un mesaj.</translation>
        </message>
        <message>
            <source>A generic HTTP provider has no delivery reports to poll.</source>
            <translation>Un furnizor HTTP generic nu are rapoarte de livrare de interogat.</translation>
        </message>
        <message>
            <source>A generic HTTP provider has no replies to poll.</source>
            <translation>Un furnizor HTTP generic nu are răspunsuri de interogat.</translation>
        </message>
        <message>
            <source>Nothing was checked: a generic HTTP account needs the option test_url, a read-only address of the provider, to test its credentials without sending.</source>
            <translation>Nu s-a verificat nimic: un cont HTTP generic are nevoie de opțiunea test_url, o adresă doar pentru citire a furnizorului, pentru a-și testa datele de autentificare fără a trimite.</translation>
        </message>
        <message>
            <source>The provider answered HTTP %1.</source>
            <translation>Furnizorul a răspuns cu HTTP %1.</translation>
        </message>
        <message>
            <source>The provider did not answer: %1</source>
            <translation>Furnizorul nu a răspuns: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::ImportDialog</name>
        <message>
            <source>comma</source>
            <translation>virgulă</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>punct și virgulă</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>bară verticală</translation>
        </message>
        <message>
            <source>Import Contacts from %1</source>
            <translation>Importă contacte din %1</translation>
        </message>
        <message>
            <source>Update them with the file's values</source>
            <translation>Actualizează-le cu valorile din fișier</translation>
        </message>
        <message>
            <source>Keep them as they are</source>
            <translation>Păstrează-le așa cum sunt</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Linie</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Rezultat</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importă</translation>
        </message>
        <message>
            <source>Numbers without a country code are from:</source>
            <translation>Numerele fără prefix de țară sunt din:</translation>
        </message>
        <message>
            <source>Numbers already in the workspace:</source>
            <translation>Numere aflate deja în spațiul de lucru:</translation>
        </message>
        <message>
            <source>The first rows, as they will be imported:</source>
            <translation>Primele rânduri, așa cum vor fi importate:</translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, recognised as %3 (%Ln column(s)).</source>
            <translation>
                <numerusform>Fișier citit ca %1, coloane separate prin %2, recunoscut ca %3 (%Ln coloană).</numerusform>
                <numerusform>Fișier citit ca %1, coloane separate prin %2, recunoscut ca %3 (%Ln coloane).</numerusform>
                <numerusform>Fișier citit ca %1, coloane separate prin %2, recunoscut ca %3 (%Ln de coloane).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Neimportat: %1</translation>
        </message>
        <message>
            <source>Same number as an earlier row: skipped</source>
            <translation>Același număr ca un rând anterior: omis</translation>
        </message>
        <message>
            <source>Imported, but: %1</source>
            <translation>Importat, dar: %1</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importat</translation>
        </message>
        <message>
            <source>%1 - not imported.csv</source>
            <translation>%1 - neimportate.csv</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Se importă…</translation>
        </message>
        <message>
            <source>%1 rows read · %2 rows/s · about %3 s left</source>
            <translation>%1 rânduri citite · %2 rânduri/s · încă aproximativ %3 s</translation>
        </message>
        <message>
            <source>%1 rows: %2 imported, %3 updated, %4 duplicates, %5 not imported, %6 kept opted out (on the suppression list).</source>
            <translation>%1 rânduri: %2 importate, %3 actualizate, %4 duplicate, %5 neimportate, %6 păstrate ca dezabonate (pe lista de excludere).</translation>
        </message>
        <message>
            <source>The rows not imported, with the reason for each, are in %1: fix them there and import that file again.</source>
            <translation>Rândurile neimportate, cu motivul pentru fiecare, se află în %1: corectați-le acolo și importați din nou acel fișier.</translation>
        </message>
        <message>
            <source>Cancelling: nothing will be imported…</source>
            <translation>Se anulează: nu se va importa nimic…</translation>
        </message>
    </context>
    <context>
        <name>Herald::InboxPane</name>
        <message>
            <source>Contact &amp;card</source>
            <translation>&amp;Fișa contactului</translation>
        </message>
        <message>
            <source>&amp;Send reply</source>
            <translation>&amp;Trimite răspunsul</translation>
        </message>
        <message>
            <source>Search replies, names and numbers (Ctrl+F)</source>
            <translation>Căutați răspunsuri, nume și numere (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the inbox</source>
            <translation>Căutare în mesajele primite</translation>
        </message>
        <message>
            <source>All conversations</source>
            <translation>Toate conversațiile</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Necitite</translation>
        </message>
        <message>
            <source>Not handled</source>
            <translation>Nerezolvate</translation>
        </message>
        <message>
            <source>Conversations to show</source>
            <translation>Conversații afișate</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversații</translation>
        </message>
        <message>
            <source>Mark every reply of this conversation handled, or open it again (Ctrl+D)</source>
            <translation>Marchează toate răspunsurile acestei conversații ca rezolvate sau redeschide-o (Ctrl+D)</translation>
        </message>
        <message>
            <source>Messages of the conversation</source>
            <translation>Mesajele conversației</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Răspuns</translation>
        </message>
        <message>
            <source>Write a reply… (Ctrl+Enter sends)</source>
            <translation>Scrieți un răspuns… (Ctrl+Enter trimite)</translation>
        </message>
        <message>
            <source>Send the reply (Ctrl+Enter)</source>
            <translation>Trimite răspunsul (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Trimite răspunsul</translation>
        </message>
        <message>
            <source>Mark handled</source>
            <translation>Marchează ca rezolvată</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Golește căutarea</translation>
        </message>
        <message>
            <source>Open a workspace to see the replies of your customers.</source>
            <translation>Deschideți un spațiu de lucru pentru a vedea răspunsurile clienților.</translation>
        </message>
        <message>
            <source>No conversation matches.</source>
            <translation>Nicio conversație nu se potrivește.</translation>
        </message>
        <message>
            <source>No replies yet. When customers answer a campaign, their messages appear here, grouped by person.</source>
            <translation>Încă nu există răspunsuri. Când clienții răspund la o campanie, mesajele lor apar aici, grupate pe persoane.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln conversation(s)</source>
            <translation>
                <numerusform>%Ln conversație</numerusform>
                <numerusform>%Ln conversații</numerusform>
                <numerusform>%Ln de conversații</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln mesaj necitit</numerusform>
                <numerusform>%Ln mesaje necitite</numerusform>
                <numerusform>%Ln de mesaje necitite</numerusform>
            </translation>
        </message>
        <message>
            <source>No conversation selected</source>
            <translation>Nicio conversație selectată</translation>
        </message>
        <message>
            <source>not in your contacts</source>
            <translation>nu este în contactele dvs.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln răspuns</numerusform>
                <numerusform>%Ln răspunsuri</numerusform>
                <numerusform>%Ln de răspunsuri</numerusform>
            </translation>
        </message>
        <message>
            <source>answers “%1”</source>
            <translation>răspunde la „%1”</translation>
        </message>
        <message>
            <source>handled</source>
            <translation>rezolvată</translation>
        </message>
        <message numerus="yes">
            <source>%Ln not handled</source>
            <translation>
                <numerusform>%Ln răspuns nerezolvat</numerusform>
                <numerusform>%Ln răspunsuri nerezolvate</numerusform>
                <numerusform>%Ln de răspunsuri nerezolvate</numerusform>
            </translation>
        </message>
        <message>
            <source>Open &amp;again</source>
            <translation>&amp;Redeschide</translation>
        </message>
        <message>
            <source>Mark &amp;handled</source>
            <translation>Marchează ca re&amp;zolvată</translation>
        </message>
        <message>
            <source>Sent through “%1” as a transactional message.</source>
            <translation>Trimis prin „%1” ca mesaj tranzacțional.</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>Scrieți mai întâi un răspuns.</translation>
        </message>
        <message numerus="yes">
            <source>Reply queued on “%1”; it is sent with the next check of replies (%Ln part(s)).</source>
            <translation>
                <numerusform>Răspunsul a fost pus în coadă prin contul „%1”; se trimite la următoarea verificare a răspunsurilor (%Ln parte).</numerusform>
                <numerusform>Răspunsul a fost pus în coadă prin contul „%1”; se trimite la următoarea verificare a răspunsurilor (%Ln părți).</numerusform>
                <numerusform>Răspunsul a fost pus în coadă prin contul „%1”; se trimite la următoarea verificare a răspunsurilor (%Ln de părți).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::InfobipGateway</name>
        <message>
            <source>The message has no key to look for at Infobip.</source>
            <translation>Mesajul nu are nicio cheie după care să fie căutat la Infobip.</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1 while searching its logs.</source>
            <translation>Infobip a răspuns cu HTTP %1 la căutarea în jurnalele sale.</translation>
        </message>
        <message>
            <source>Infobip keeps its logs for 48 hours only.</source>
            <translation>Infobip își păstrează jurnalele doar 48 de ore.</translation>
        </message>
        <message>
            <source>Too early to be sure: Infobip's logs may not show the message yet.</source>
            <translation>Prea devreme pentru a fi sigur: este posibil ca jurnalele Infobip să nu arate încă mesajul.</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1 while handing out reports.</source>
            <translation>Infobip a răspuns cu HTTP %1 la transmiterea rapoartelor.</translation>
        </message>
        <message>
            <source>Infobip accepted the API key.</source>
            <translation>Infobip a acceptat cheia API.</translation>
        </message>
        <message>
            <source>Infobip did not answer: %1</source>
            <translation>Infobip nu a răspuns: %1</translation>
        </message>
        <message>
            <source>Infobip refused the API key (HTTP %1).</source>
            <translation>Infobip a refuzat cheia API (HTTP %1).</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1: %2</source>
            <translation>Infobip a răspuns cu HTTP %1: %2</translation>
        </message>
        <message>
            <source>Infobip: reading reports and replies failed: %1</source>
            <translation>Infobip: citirea rapoartelor și a răspunsurilor a eșuat: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::KeychainCredentialStore</name>
        <message numerus="yes">
            <source>it did not answer within %n second(s)</source>
            <translation>
                <numerusform>nu a răspuns în %n secundă</numerusform>
                <numerusform>nu a răspuns în %n secunde</numerusform>
                <numerusform>nu a răspuns în %n de secunde</numerusform>
            </translation>
        </message>
        <message>
            <source>The system keychain holds no secret for this account.</source>
            <translation>Portcheiul sistemului nu conține niciun secret pentru acest cont.</translation>
        </message>
        <message>
            <source>Access to the system keychain was refused (%1).</source>
            <translation>Accesul la portcheiul sistemului a fost refuzat (%1).</translation>
        </message>
        <message>
            <source>there is no D-Bus session bus</source>
            <translation>nu există o magistrală de sesiune D-Bus</translation>
        </message>
        <message>
            <source>The system keychain reported an error: %1</source>
            <translation>Portcheiul sistemului a raportat o eroare: %1</translation>
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
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacte</numerusform>
                <numerusform>%Ln de contacte</numerusform>
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
            <translation>S-a importat %1: %2 noi, %3 actualizate, %4 neimportate.</translation>
        </message>
        <message>
            <source>Imported %1: %2 rows, %3 new, %4 updated, %5 duplicates, %6 not imported.</source>
            <translation>S-a importat %1: %2 rânduri, %3 noi, %4 actualizate, %5 duplicate, %6 neimportate.</translation>
        </message>
        <message numerus="yes">
            <source>Sending: idle, checking replies of %Ln account(s)</source>
            <translation>
                <numerusform>Trimitere: inactivă, se verifică răspunsurile pentru %Ln cont</numerusform>
                <numerusform>Trimitere: inactivă, se verifică răspunsurile pentru %Ln conturi</numerusform>
                <numerusform>Trimitere: inactivă, se verifică răspunsurile pentru %Ln de conturi</numerusform>
            </translation>
        </message>
        <message>
            <source>Replies and delivery reports are checked in the background for: %1</source>
            <translation>Răspunsurile și rapoartele de livrare sunt verificate în fundal pentru: %1</translation>
        </message>
        <message>
            <source>Provider &amp;Accounts…</source>
            <translation>&amp;Conturi de furnizor…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>pane name (unread replies)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread message(s)</source>
            <translation>
                <numerusform>%Ln mesaj necitit</numerusform>
                <numerusform>%Ln mesaje necitite</numerusform>
                <numerusform>%Ln de mesaje necitite</numerusform>
            </translation>
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
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln parte</numerusform>
                <numerusform>%Ln părți</numerusform>
                <numerusform>%Ln de părți</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln caracter</numerusform>
                <numerusform>%Ln caractere</numerusform>
                <numerusform>%Ln de caractere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln left in this part</source>
            <translation>
                <numerusform>A mai rămas %Ln caracter în această parte</numerusform>
                <numerusform>Au mai rămas %Ln caractere în această parte</numerusform>
                <numerusform>Au mai rămas %Ln de caractere în această parte</numerusform>
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
            <source>Make GSM-safe (saves %Ln part(s))</source>
            <translation>
                <numerusform>Compatibil GSM (economisește %Ln parte)</numerusform>
                <numerusform>Compatibil GSM (economisește %Ln părți)</numerusform>
                <numerusform>Compatibil GSM (economisește %Ln de părți)</numerusform>
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
            <source>Remove diacritics (saves %Ln part(s))</source>
            <translation>
                <numerusform>Elimină diacriticele (economisește %Ln parte)</numerusform>
                <numerusform>Elimină diacriticele (economisește %Ln părți)</numerusform>
                <numerusform>Elimină diacriticele (economisește %Ln de părți)</numerusform>
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
            <source>&lt;b&gt;%1&lt;/b&gt;: %Ln recipient(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln destinatar</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln destinatari</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln de destinatari</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>longest: %Ln part(s)</source>
            <translation>
                <numerusform>cel mai lung: %Ln parte</numerusform>
                <numerusform>cel mai lung: %Ln părți</numerusform>
                <numerusform>cel mai lung: %Ln de părți</numerusform>
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
        <name>Herald::MessageHistoryModel</name>
        <message>
            <source>Received</source>
            <translation>Primit</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Trimis</translation>
        </message>
        <message>
            <source>One-off message</source>
            <translation>Mesaj individual</translation>
        </message>
        <message>
            <source>Received %1: %2</source>
            <translation>Primit %1: %2</translation>
        </message>
        <message>
            <source>Sent %1, %2: %3</source>
            <translation>Trimis %1, %2: %3</translation>
        </message>
        <message>
            <source>answers “%1”</source>
            <translation>răspunde la „%1”</translation>
        </message>
        <message>
            <source>campaign “%1”</source>
            <translation>campania „%1”</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Când</translation>
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
            <source>Campaign</source>
            <translation>Campanie</translation>
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
        <name>Herald::PlivoGateway</name>
        <message>
            <source>Plivo answered HTTP %1 while listing messages.</source>
            <translation>Plivo a răspuns cu HTTP %1 la listarea mesajelor.</translation>
        </message>
        <message>
            <source>Plivo answered HTTP %1 about the message.</source>
            <translation>Plivo a răspuns cu HTTP %1 despre mesaj.</translation>
        </message>
        <message>
            <source>Without the time of the request, Plivo's records cannot tell this message from another one to the same number.</source>
            <translation>Fără ora cererii, înregistrările Plivo nu pot deosebi acest mesaj de altul trimis la același număr.</translation>
        </message>
        <message>
            <source>Plivo shows too many messages to this number since then to tell which one is ours.</source>
            <translation>Plivo arată prea multe mesaje trimise la acest număr de atunci pentru a se putea stabili care este al nostru.</translation>
        </message>
        <message>
            <source>Too early to be sure: Plivo's records may not show the message yet.</source>
            <translation>Prea devreme pentru a fi sigur: este posibil ca înregistrările Plivo să nu arate încă mesajul.</translation>
        </message>
        <message numerus="yes">
            <source>Plivo shows %n message(s) to this number since then; which one is ours cannot be told.</source>
            <translation>
                <numerusform>Plivo arată %n mesaj trimis la acest număr de atunci; nu se poate stabili care este al nostru.</numerusform>
                <numerusform>Plivo arată %n mesaje trimise la acest număr de atunci; nu se poate stabili care este al nostru.</numerusform>
                <numerusform>Plivo arată %n de mesaje trimise la acest număr de atunci; nu se poate stabili care este al nostru.</numerusform>
            </translation>
        </message>
        <message>
            <source>Plivo: listing messages failed: %1</source>
            <translation>Plivo: listarea mesajelor a eșuat: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::Poller</name>
        <message>
            <source>Cannot poll the account “%1”: %2</source>
            <translation>Contul „%1” nu poate fi interogat: %2</translation>
        </message>
        <message>
            <source>Cannot read replies of “%1”: %2</source>
            <translation>Nu se pot citi răspunsurile pentru „%1”: %2</translation>
        </message>
        <message>
            <source>Cannot store replies of “%1”: %2</source>
            <translation>Nu se pot stoca răspunsurile pentru „%1”: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) of “%1” got no final delivery report within %2 days; their outcome stays unknown.</source>
            <translation>
                <numerusform>%n mesaj al contului „%1” nu a primit un raport final de livrare în %2 zile; rezultatul său rămâne necunoscut.</numerusform>
                <numerusform>%n mesaje ale contului „%1” nu au primit un raport final de livrare în %2 zile; rezultatul lor rămâne necunoscut.</numerusform>
                <numerusform>%n de mesaje ale contului „%1” nu au primit un raport final de livrare în %2 zile; rezultatul lor rămâne necunoscut.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read delivery reports of “%1”: %2</source>
            <translation>Nu se pot citi rapoartele de livrare pentru „%1”: %2</translation>
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
            <source>The recipient unsubscribed at the provider (%1)</source>
            <translation>Destinatarul s-a dezabonat la furnizor (%1)</translation>
        </message>
        <message>
            <source>The provider refused the account “%1”: %2 (error %3).</source>
            <translation>Furnizorul a refuzat contul „%1”: %2 (eroarea %3).</translation>
        </message>
    </context>
    <context>
        <name>Herald::PollingSession</name>
        <message>
            <source>“%1”: %2</source>
            <translation>„%1”: %2</translation>
        </message>
        <message>
            <source>Replies of “%1” are not polled: %2</source>
            <translation>Răspunsurile pentru „%1” nu sunt interogate: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::PreflightDialog</name>
        <message>
            <source>Pre-flight Check — %1</source>
            <translation>Verificare preliminară — %1</translation>
        </message>
        <message>
            <source>Checking every recipient: consent, opt-outs, numbers, quiet hours, parts and cost…</source>
            <translation>Se verifică fiecare destinatar: consimțământ, dezabonări, numere, ore de liniște, părți și cost…</translation>
        </message>
        <message>
            <source>Who gets it</source>
            <translation>Cine o primește</translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>Audiență:</translation>
        </message>
        <message>
            <source>Recipients:</source>
            <translation>Destinatari:</translation>
        </message>
        <message>
            <source>Sending:</source>
            <translation>Trimitere:</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Motivul omiterii</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacte</translation>
        </message>
        <message>
            <source>Length and cost</source>
            <translation>Lungime și cost</translation>
        </message>
        <message>
            <source>Parts:</source>
            <translation>Părți:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Codificare:</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <translation>Cost estimat:</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Țară</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Destinatari</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Părți</translation>
        </message>
        <message>
            <source>Price per part</source>
            <translation>Preț pe parte</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Avertismente</translation>
        </message>
        <message>
            <source>Send &amp;Test…</source>
            <translation>Trimite un &amp;test…</translation>
        </message>
        <message>
            <source>&amp;Schedule</source>
            <translation>&amp;Programează</translation>
        </message>
        <message>
            <source>&amp;Launch</source>
            <translation>&amp;Lansează</translation>
        </message>
        <message>
            <source>The pre-flight check failed: %1</source>
            <translation>Verificarea preliminară a eșuat: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — marketing campaign: only contacts who agreed to marketing messages, each message ends with the opt-out footer.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — campanie de marketing: doar contactele care au fost de acord cu mesajele de marketing; fiecare mesaj se încheie cu subsolul de dezabonare.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — transactional campaign: no marketing consent needed; opted-out and suppressed numbers are still left out.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — campanie tranzacțională: nu este necesar consimțământul de marketing; numerele dezabonate și cele de pe lista de excludere sunt totuși omise.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) selected</source>
            <translation>
                <numerusform>%Ln contact selectat</numerusform>
                <numerusform>%Ln contacte selectate</numerusform>
                <numerusform>%Ln de contacte selectate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) get the message</source>
            <translation>
                <numerusform>%Ln contact primește mesajul</numerusform>
                <numerusform>%Ln contacte primesc mesajul</numerusform>
                <numerusform>%Ln de contacte primesc mesajul</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at once, %2 held to a later time</source>
            <translation>%1 imediat, %2 amânate pentru mai târziu</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>la %1</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>de la %1 până la %2</translation>
        </message>
        <message>
            <source>nothing to send</source>
            <translation>nimic de trimis</translation>
        </message>
        <message numerus="yes">
            <source>%1 × %Ln part(s)</source>
            <translation>
                <numerusform>%1 × %Ln parte</numerusform>
                <numerusform>%1 × %Ln părți</numerusform>
                <numerusform>%1 × %Ln de părți</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in total (%2)</source>
            <translation>%1 în total (%2)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>niciuna</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln recipient(s) in UCS-2 (70 characters per part), forced by: %2</source>
            <translation>
                <numerusform>%1 — %Ln destinatar în UCS-2 (70 de caractere pe parte), din cauza: %2</numerusform>
                <numerusform>%1 — %Ln destinatari în UCS-2 (70 de caractere pe parte), din cauza: %2</numerusform>
                <numerusform>%1 — %Ln de destinatari în UCS-2 (70 de caractere pe parte), din cauza: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Necunoscut</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>Niciun avertisment.</translation>
        </message>
        <message numerus="yes">
            <source>Hands %Ln message(s) to the outbox and starts sending.</source>
            <translation>
                <numerusform>Predă %Ln mesaj în coada de trimitere și începe trimiterea.</numerusform>
                <numerusform>Predă %Ln mesaje în coada de trimitere și începe trimiterea.</numerusform>
                <numerusform>Predă %Ln de mesaje în coada de trimitere și începe trimiterea.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody would get this campaign.</source>
            <translation>Nimeni nu ar primi această campanie.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ReplyHeatMap</name>
        <message numerus="yes">
            <source>%1, %2:00–%2:59: %Ln reply(ies)</source>
            <translation>
                <numerusform>%1, %2:00–%2:59: %Ln răspuns</numerusform>
                <numerusform>%1, %2:00–%2:59: %Ln răspunsuri</numerusform>
                <numerusform>%1, %2:00–%2:59: %Ln de răspunsuri</numerusform>
            </translation>
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
            <source>Built-in segments can't be changed: duplicate it to make your own.</source>
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
        <message>
            <source>Too late to ask the provider again with the same key</source>
            <translation>Prea târziu pentru a întreba din nou furnizorul cu aceeași cheie</translation>
        </message>
        <message>
            <source>The outcome of the message to %1 stays unknown: the provider no longer recognises its key</source>
            <translation>Rezultatul mesajului către %1 rămâne necunoscut: furnizorul nu îi mai recunoaște cheia</translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1: %n message(s) held until the recipients' sending window opens</source>
            <translation>
                <numerusform>Campania %1: %n mesaj reținut până se deschide intervalul de trimitere al destinatarilor</numerusform>
                <numerusform>Campania %1: %n mesaje reținute până se deschide intervalul de trimitere al destinatarilor</numerusform>
                <numerusform>Campania %1: %n de mesaje reținute până se deschide intervalul de trimitere al destinatarilor</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot poll for replies and delivery reports: %1</source>
            <translation>Nu se pot interoga răspunsurile și rapoartele de livrare: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>Limba sistemului</translation>
        </message>
        <message numerus="yes">
            <source>%Ln message(s) per person per %1 days</source>
            <translation>
                <numerusform>%Ln mesaj de persoană la %1 zile</numerusform>
                <numerusform>%Ln mesaje de persoană la %1 zile</numerusform>
                <numerusform>%Ln de mesaje de persoană la %1 zile</numerusform>
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
        <name>Herald::SmsApiGateway</name>
        <message>
            <source>SMSAPI cannot be asked about a message; send it again with the same key to find out whether it arrived.</source>
            <translation>SMSAPI nu poate fi întrebat despre un mesaj; trimiteți-l din nou cu aceeași cheie pentru a afla dacă a ajuns.</translation>
        </message>
        <message>
            <source>SMSAPI reports deliveries and replies only to a web address, which a desktop cannot offer; there is nothing to poll.</source>
            <translation>SMSAPI raportează livrările și răspunsurile doar către o adresă web, pe care o aplicație desktop nu o poate oferi; nu există nimic de interogat.</translation>
        </message>
        <message>
            <source>SMSAPI did not answer: %1</source>
            <translation>SMSAPI nu a răspuns: %1</translation>
        </message>
        <message>
            <source>SMSAPI accepted the token.</source>
            <translation>SMSAPI a acceptat tokenul.</translation>
        </message>
        <message>
            <source>SMSAPI refused the token (HTTP %1). Check the token, its permissions and the account's allowed IP addresses.</source>
            <translation>SMSAPI a refuzat tokenul (HTTP %1). Verificați tokenul, permisiunile lui și adresele IP permise ale contului.</translation>
        </message>
        <message>
            <source>SMSAPI answered HTTP %1 with something unexpected.</source>
            <translation>SMSAPI a răspuns cu HTTP %1 cu ceva neașteptat.</translation>
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
            <source>Every marketing message ends with the footer in the recipient's language. It is always counted in the message length. Leave a field empty for the default.</source>
            <translation>Fiecare mesaj de marketing se încheie cu subsolul în limba destinatarului. Acesta este întotdeauna inclus în lungimea mesajului. Lăsați un câmp gol pentru varianta implicită.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::TestSendDialog</name>
        <message>
            <source>Send a Test — %1</source>
            <translation>Trimitere test — %1</translation>
        </message>
        <message>
            <source>Your own numbers, separated by commas</source>
            <translation>Numerele dvs., separate prin virgule</translation>
        </message>
        <message>
            <source>&amp;Send Test</source>
            <translation>&amp;Trimite testul</translation>
        </message>
        <message>
            <source>&amp;Numbers:</source>
            <translation>&amp;Numere:</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>Mesaj:</translation>
        </message>
        <message>
            <source>Results:</source>
            <translation>Rezultate:</translation>
        </message>
        <message>
            <source>“%1” is not a phone number: %2</source>
            <translation>„%1” nu este un număr de telefon: %2</translation>
        </message>
        <message>
            <source>Type at least one of your own numbers.</source>
            <translation>Introduceți cel puțin unul dintre numerele dvs.</translation>
        </message>
        <message>
            <source>A test goes to at most 5 numbers.</source>
            <translation>Un test se trimite la cel mult 5 numere.</translation>
        </message>
        <message>
            <source>%1: accepted by the provider (%2)</source>
            <translation>%1: acceptat de furnizor (%2)</translation>
        </message>
        <message>
            <source>%1: not sent — %2</source>
            <translation>%1: netrimis — %2</translation>
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
        <message>
            <source>Twilio: listing messages failed: %1</source>
            <translation>Twilio: listarea mesajelor a eșuat: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::VonageGateway</name>
        <message>
            <source>%1 of %2 parts were accepted; the rest was refused: %3</source>
            <translation>%1 din %2 părți au fost acceptate; restul a fost refuzat: %3</translation>
        </message>
        <message>
            <source>Vonage refused the report (HTTP 403): the Reports API may not be enabled for this account.</source>
            <translation>Vonage a refuzat raportul (HTTP 403): este posibil ca Reports API să nu fie activat pentru acest cont.</translation>
        </message>
        <message>
            <source>Vonage answered HTTP %1 while reading reports.</source>
            <translation>Vonage a răspuns cu HTTP %1 la citirea rapoartelor.</translation>
        </message>
        <message>
            <source>Too early to be sure: Vonage's reports may not show the message yet.</source>
            <translation>Prea devreme pentru a fi sigur: este posibil ca rapoartele Vonage să nu arate încă mesajul.</translation>
        </message>
        <message>
            <source>Without the time and key of the request, Vonage's reports cannot name the message.</source>
            <translation>Fără ora și cheia cererii, rapoartele Vonage nu pot identifica mesajul.</translation>
        </message>
        <message>
            <source>Too many messages to search in Vonage's reports.</source>
            <translation>Prea multe mesaje de căutat în rapoartele Vonage.</translation>
        </message>
        <message>
            <source>Vonage accepted the API key and secret.</source>
            <translation>Vonage a acceptat cheia și secretul API.</translation>
        </message>
        <message>
            <source>Vonage accepted the API key and secret, but the Reports API is not enabled: delivery reports and replies cannot be polled.</source>
            <translation>Vonage a acceptat cheia și secretul API, dar Reports API nu este activat: rapoartele de livrare și răspunsurile nu pot fi interogate.</translation>
        </message>
        <message>
            <source>Vonage did not answer: %1</source>
            <translation>Vonage nu a răspuns: %1</translation>
        </message>
        <message>
            <source>Vonage refused the API key and secret (HTTP 401).</source>
            <translation>Vonage a refuzat cheia și secretul API (HTTP 401).</translation>
        </message>
        <message>
            <source>Vonage answered HTTP %1.</source>
            <translation>Vonage a răspuns cu HTTP %1.</translation>
        </message>
        <message>
            <source>Vonage: reading delivery reports failed: %1</source>
            <translation>Vonage: citirea rapoartelor de livrare a eșuat: %1</translation>
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
        <name>InboundProcessor</name>
        <message>
            <source>Reply %1 (“%2”) is older than a later START of the same number; consent is unchanged.</source>
            <translation>Răspunsul %1 („%2”) este mai vechi decât un START ulterior de la același număr; consimțământul rămâne neschimbat.</translation>
        </message>
        <message numerus="yes">
            <source>Contact %1 opted out by replying “%2”; %n waiting message(s) cancelled.</source>
            <translation>
                <numerusform>Contactul %1 s-a dezabonat răspunzând „%2”; %n mesaj în așteptare a fost anulat.</numerusform>
                <numerusform>Contactul %1 s-a dezabonat răspunzând „%2”; %n mesaje în așteptare au fost anulate.</numerusform>
                <numerusform>Contactul %1 s-a dezabonat răspunzând „%2”; %n de mesaje în așteptare au fost anulate.</numerusform>
            </translation>
        </message>
        <message>
            <source>A number without a contact opted out by replying “%1”; it is on the suppression list now.</source>
            <translation>Un număr fără contact s-a dezabonat răspunzând „%1”; acum se află pe lista de excludere.</translation>
        </message>
        <message>
            <source>Reply %1 (“%2”) comes from a number without a contact; it stays on the suppression list if it is there.</source>
            <translation>Răspunsul %1 („%2”) vine de la un număr fără contact; acesta rămâne pe lista de excludere dacă se află deja acolo.</translation>
        </message>
        <message>
            <source>Reply %1 (“%2”) is older than a later STOP of the same number; consent is unchanged.</source>
            <translation>Răspunsul %1 („%2”) este mai vechi decât un STOP ulterior de la același număr; consimțământul rămâne neschimbat.</translation>
        </message>
        <message>
            <source>Contact %1 subscribed again by replying “%2”.</source>
            <translation>Contactul %1 s-a abonat din nou răspunzând „%2”.</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>There are no replies from this person.</source>
            <translation>Nu există răspunsuri de la această persoană.</translation>
        </message>
        <message>
            <source>Contact %1 does not exist (any more).</source>
            <translation>Contactul %1 nu (mai) există.</translation>
        </message>
    </context>
    <context>
        <name>InboxReply</name>
        <message>
            <source>Choose a conversation to reply to.</source>
            <translation>Alegeți o conversație la care să răspundeți.</translation>
        </message>
        <message>
            <source>There is no provider account to send the reply through. Add one in File → Provider Accounts.</source>
            <translation>Nu există niciun cont de furnizor prin care să se trimită răspunsul. Adăugați unul din Fișier → Conturi de furnizor.</translation>
        </message>
        <message>
            <source>%1 is on the suppression list: this number replied STOP or was opted out, so Herald sends it nothing, not even a reply. If the person texts START, they can be answered again.</source>
            <translation>%1 se află pe lista de excludere: acest număr a răspuns STOP sau a fost dezabonat, așa că Herald nu îi trimite nimic, nici măcar un răspuns. Dacă persoana trimite START, i se poate răspunde din nou.</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>Scrieți mai întâi un răspuns.</translation>
        </message>
        <message>
            <source>The reply has %1 characters; at most %2 can be sent in one message.</source>
            <translation>Răspunsul are %1 caractere; cel mult %2 pot fi trimise într-un singur mesaj.</translation>
        </message>
        <message>
            <source>%1 has just been put on the suppression list; the reply was not sent.</source>
            <translation>%1 tocmai a fost adăugat pe lista de excludere; răspunsul nu a fost trimis.</translation>
        </message>
        <message numerus="yes">
            <source>Reply to %1 queued on “%2” (%n part(s)).</source>
            <translation>
                <numerusform>Răspunsul către %1 a fost pus în coadă prin contul „%2” (%n parte).</numerusform>
                <numerusform>Răspunsul către %1 a fost pus în coadă prin contul „%2” (%n părți).</numerusform>
                <numerusform>Răspunsul către %1 a fost pus în coadă prin contul „%2” (%n de părți).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has not written to you: the inbox only answers replies. To write first, create a campaign.</source>
            <translation>%1 nu v-a scris: mesajele primite permit doar răspunsuri. Pentru a scrie primul, creați o campanie.</translation>
        </message>
    </context>
    <context>
        <name>InboxTexts</name>
        <message>
            <source>Queued</source>
            <translation>În coadă</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Se trimite</translation>
        </message>
        <message>
            <source>Handed to the provider</source>
            <translation>Predat furnizorului</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Trimis</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Livrat</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>Nelivrat</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Eșuat</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omis</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Anulat</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>Rezultat necunoscut</translation>
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
        <name>Preflight</name>
        <message numerus="yes">
            <source>%n contact(s) have not agreed to marketing messages.</source>
            <translation>
                <numerusform>%n contact nu a fost de acord cu mesajele de marketing.</numerusform>
                <numerusform>%n contacte nu au fost de acord cu mesajele de marketing.</numerusform>
                <numerusform>%n de contacte nu au fost de acord cu mesajele de marketing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) opted out or are on the suppression list.</source>
            <translation>
                <numerusform>%n contact s-a dezabonat sau se află pe lista de excludere.</numerusform>
                <numerusform>%n contacte s-au dezabonat sau se află pe lista de excludere.</numerusform>
                <numerusform>%n de contacte s-au dezabonat sau se află pe lista de excludere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) already reached the limit of %1 marketing messages in %2 days.</source>
            <translation>
                <numerusform>%n contact a atins deja limita de %1 mesaje de marketing în %2 zile.</numerusform>
                <numerusform>%n contacte au atins deja limita de %1 mesaje de marketing în %2 zile.</numerusform>
                <numerusform>%n de contacte au atins deja limita de %1 mesaje de marketing în %2 zile.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a phone number that is not valid.</source>
            <translation>
                <numerusform>%n contact are un număr de telefon nevalid.</numerusform>
                <numerusform>%n contacte au un număr de telefon nevalid.</numerusform>
                <numerusform>%n de contacte au un număr de telefon nevalid.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a landline number, which cannot receive text messages.</source>
            <translation>
                <numerusform>%n contact are un număr de telefonie fixă, care nu poate primi mesaje text.</numerusform>
                <numerusform>%n contacte au un număr de telefonie fixă, care nu poate primi mesaje text.</numerusform>
                <numerusform>%n de contacte au un număr de telefonie fixă, care nu poate primi mesaje text.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would be empty once the placeholders are filled in.</source>
            <translation>
                <numerusform>%n mesaj ar fi gol după completarea substituenților.</numerusform>
                <numerusform>%n mesaje ar fi goale după completarea substituenților.</numerusform>
                <numerusform>%n de mesaje ar fi goale după completarea substituenților.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) across segments removed: everyone gets one message.</source>
            <translation>
                <numerusform>%n duplicat între segmente a fost eliminat: fiecare primește un singur mesaj.</numerusform>
                <numerusform>%n duplicate între segmente au fost eliminate: fiecare primește un singur mesaj.</numerusform>
                <numerusform>%n de duplicate între segmente au fost eliminate: fiecare primește un singur mesaj.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pre-flight check was cancelled.</source>
            <translation>Verificarea preliminară a fost anulată.</translation>
        </message>
        <message>
            <source>Nobody would get this campaign.</source>
            <translation>Nimeni nu ar primi această campanie.</translation>
        </message>
        <message numerus="yes">
            <source>This marketing message tells none of its %n recipient(s) how to opt out: add the opt-out footer or a “STOP” line.</source>
            <translation>
                <numerusform>Acest mesaj de marketing nu îi spune destinatarului său (%n) cum să se dezaboneze: adăugați subsolul de dezabonare sau un rând „STOP”.</numerusform>
                <numerusform>Acest mesaj de marketing nu le spune niciunuia dintre cei %n destinatari cum să se dezaboneze: adăugați subsolul de dezabonare sau un rând „STOP”.</numerusform>
                <numerusform>Acest mesaj de marketing nu le spune niciunuia dintre cei %n de destinatari cum să se dezaboneze: adăugați subsolul de dezabonare sau un rând „STOP”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) in the United States or Canada cannot get messages from the sender name “%1”: networks there accept only phone numbers.</source>
            <translation>
                <numerusform>%n destinatar din Statele Unite sau Canada nu poate primi mesaje de la numele de expeditor „%1”: rețelele de acolo acceptă doar numere de telefon.</numerusform>
                <numerusform>%n destinatari din Statele Unite sau Canada nu pot primi mesaje de la numele de expeditor „%1”: rețelele de acolo acceptă doar numere de telefon.</numerusform>
                <numerusform>%n de destinatari din Statele Unite sau Canada nu pot primi mesaje de la numele de expeditor „%1”: rețelele de acolo acceptă doar numere de telefon.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The provider account cannot report deliveries: you will not know which of the %n message(s) arrived.</source>
            <translation>
                <numerusform>Contul de furnizor nu poate raporta livrările: nu veți ști dacă mesajul (%n) a ajuns.</numerusform>
                <numerusform>Contul de furnizor nu poate raporta livrările: nu veți ști care dintre cele %n mesaje au ajuns.</numerusform>
                <numerusform>Contul de furnizor nu poate raporta livrările: nu veți ști care dintre cele %n de mesaje au ajuns.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The scheduled time %1 has already passed: %n message(s) would go out at once.</source>
            <translation>
                <numerusform>Ora programată %1 a trecut deja: %n mesaj ar pleca imediat.</numerusform>
                <numerusform>Ora programată %1 a trecut deja: %n mesaje ar pleca imediat.</numerusform>
                <numerusform>Ora programată %1 a trecut deja: %n de mesaje ar pleca imediat.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 on %2 local time has already passed for %n recipient(s): their messages would go out at once.</source>
            <translation>
                <numerusform>Ora locală %1 din %2 a trecut deja pentru %n destinatar: mesajul său ar pleca imediat.</numerusform>
                <numerusform>Ora locală %1 din %2 a trecut deja pentru %n destinatari: mesajele lor ar pleca imediat.</numerusform>
                <numerusform>Ora locală %1 din %2 a trecut deja pentru %n de destinatari: mesajele lor ar pleca imediat.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The message uses {shop}, but the shop name is not set: %n message(s) would have a gap there.</source>
            <translation>
                <numerusform>Mesajul folosește {shop}, dar numele magazinului nu este setat: %n mesaj ar avea un gol în acel loc.</numerusform>
                <numerusform>Mesajul folosește {shop}, dar numele magazinului nu este setat: %n mesaje ar avea un gol în acel loc.</numerusform>
                <numerusform>Mesajul folosește {shop}, dar numele magazinului nu este setat: %n de mesaje ar avea un gol în acel loc.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) have no “%1”: they get “%2” exactly as written.</source>
            <translation>
                <numerusform>%n destinatar nu are „%1”: primește „%2” exact așa cum este scris.</numerusform>
                <numerusform>%n destinatari nu au „%1”: primesc „%2” exact așa cum este scris.</numerusform>
                <numerusform>%n de destinatari nu au „%1”: primesc „%2” exact așa cum este scris.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) go out in UCS-2 (70 characters per part instead of 160) because of: %1</source>
            <translation>
                <numerusform>%n mesaj pleacă în UCS-2 (70 de caractere pe parte în loc de 160) din cauza: %1</numerusform>
                <numerusform>%n mesaje pleacă în UCS-2 (70 de caractere pe parte în loc de 160) din cauza: %1</numerusform>
                <numerusform>%n de mesaje pleacă în UCS-2 (70 de caractere pe parte în loc de 160) din cauza: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) fall outside %1–%2 in the recipient's time zone and wait for the next morning.</source>
            <translation>
                <numerusform>%n mesaj nu se încadrează în intervalul %1–%2 din fusul orar al destinatarului și așteaptă până dimineața următoare.</numerusform>
                <numerusform>%n mesaje nu se încadrează în intervalul %1–%2 din fusul orar al destinatarului și așteaptă până dimineața următoare.</numerusform>
                <numerusform>%n de mesaje nu se încadrează în intervalul %1–%2 din fusul orar al destinatarului și așteaptă până dimineața următoare.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would arrive on a Sunday and wait until Monday.</source>
            <translation>
                <numerusform>%n mesaj ar ajunge duminică, așa că așteaptă până luni.</numerusform>
                <numerusform>%n mesaje ar ajunge duminică, așa că așteaptă până luni.</numerusform>
                <numerusform>%n de mesaje ar ajunge duminică, așa că așteaptă până luni.</numerusform>
            </translation>
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
        <message>
            <source>An Infobip account needs its personal API address: --base-url https://xxxxx.api.infobip.com</source>
            <translation>Un cont Infobip are nevoie de adresa API personală: --base-url https://xxxxx.api.infobip.com</translation>
        </message>
        <message>
            <source>A Plivo account needs its Auth ID (20 letters and digits, e.g. MA…): --option auth_id=MA…</source>
            <translation>Un cont Plivo are nevoie de Auth ID (20 de litere și cifre, de exemplu MA…): --option auth_id=MA…</translation>
        </message>
        <message>
            <source>A Plivo account needs a sender (--from +1…) or a Powerpack: --option powerpack_uuid=…</source>
            <translation>Un cont Plivo are nevoie de un expeditor (--from +1…) sau de un Powerpack: --option powerpack_uuid=…</translation>
        </message>
        <message>
            <source>A Vonage account needs its API key (8 letters and digits): --option api_key=…</source>
            <translation>Un cont Vonage are nevoie de cheia API (8 litere și cifre): --option api_key=…</translation>
        </message>
        <message>
            <source>A Vonage account needs a sender, a number or a name: --from …</source>
            <translation>Un cont Vonage are nevoie de un expeditor, un număr sau un nume: --from …</translation>
        </message>
        <message>
            <source>“%1” is not an SMSAPI sender name (up to 11 letters and digits, or a number).</source>
            <translation>„%1” nu este un nume de expeditor SMSAPI (cel mult 11 litere și cifre sau un număr).</translation>
        </message>
    </context>
    <context>
        <name>ReplyTexts</name>
        <message>
            <source>The answer to HELP must tell people to reply STOP to unsubscribe.</source>
            <translation>Răspunsul la HELP trebuie să le spună oamenilor să răspundă cu STOP pentru a se dezabona.</translation>
        </message>
        <message>
            <source>The opt-out confirmation must tell people to reply START to subscribe again.</source>
            <translation>Confirmarea dezabonării trebuie să le spună oamenilor să răspundă cu START pentru a se abona din nou.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <source>Delivery rate</source>
            <translation>Rata de livrare</translation>
        </message>
        <message>
            <source>%1 delivered of %2 sent</source>
            <translation>livrate: %1 din %2 trimise</translation>
        </message>
        <message>
            <source>Opt-out rate (7 days)</source>
            <translation>Rata de dezabonare (7 zile)</translation>
        </message>
        <message>
            <source>above the %1 benchmark</source>
            <translation>peste valoarea de referință de %1</translation>
        </message>
        <message>
            <source>benchmark %1</source>
            <translation>valoare de referință %1</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Rata de răspuns</translation>
        </message>
        <message>
            <source>%1 people replied (%2 replies)</source>
            <translation>persoane care au răspuns: %1 (răspunsuri: %2)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>%1 reported by the provider, %2 estimated</source>
            <translation>raportat de furnizor: %1, estimat: %2</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Părți</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Încă netrimise</translation>
        </message>
        <message>
            <source>Waiting for a delivery report</source>
            <translation>În așteptarea raportului de livrare</translation>
        </message>
        <message>
            <source>A PDF report needs the graphical libraries (no QApplication is running).</source>
            <translation>Un raport PDF necesită bibliotecile grafice (nu rulează nicio aplicație QApplication).</translation>
        </message>
        <message>
            <source>Campaign report: %1</source>
            <translation>Raportul campaniei: %1</translation>
        </message>
        <message>
            <source>Cannot write the PDF “%1”.</source>
            <translation>Nu se poate scrie fișierul PDF „%1”.</translation>
        </message>
        <message>
            <source>not launched</source>
            <translation>nelansată</translation>
        </message>
        <message>
            <source>Campaign %1 · %2 · %3 · provider %4</source>
            <translation>Campania %1 · %2 · %3 · furnizor %4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>niciunul</translation>
        </message>
        <message>
            <source>Launched: %1 · Report made: %2</source>
            <translation>Lansată: %1 · Raport generat: %2</translation>
        </message>
        <message>
            <source>Why messages were not delivered</source>
            <translation>De ce nu au fost livrate mesajele</translation>
        </message>
        <message>
            <source>No message failed.</source>
            <translation>Niciun mesaj nu a eșuat.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Cod</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mesaje</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Semnificație</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(niciunul)</translation>
        </message>
        <message>
            <source>How the figures are counted</source>
            <translation>Cum se calculează cifrele</translation>
        </message>
        <message>
            <source>Targeted: every recipient the campaign addressed; people left out by consent or the suppression list at launch are not included.</source>
            <translation>Vizate: toți destinatarii cărora li s-a adresat campania; persoanele omise la lansare din cauza consimțământului sau a listei de excludere nu sunt incluse.</translation>
        </message>
        <message>
            <source>Excluded: skipped (frequency cap, invalid number, landline) or cancelled (opted out after the launch).</source>
            <translation>Excluse: omise (limită de frecvență, număr nevalid, telefonie fixă) sau anulate (dezabonare după lansare).</translation>
        </message>
        <message>
            <source>Sent: handed to the provider. Delivery rate = delivered ÷ sent.</source>
            <translation>Trimise: predate furnizorului. Rata de livrare = livrate ÷ trimise.</translation>
        </message>
        <message>
            <source>Opt-out rate = people who opted out within 7 days of the launch ÷ sent; the industry benchmark is %1.</source>
            <translation>Rata de dezabonare = persoanele care s-au dezabonat în 7 zile de la lansare ÷ trimise; valoarea de referință din industrie este %1.</translation>
        </message>
        <message>
            <source>Reply rate = people who replied (other than STOP or START) ÷ sent.</source>
            <translation>Rata de răspuns = persoanele care au răspuns (altceva decât STOP sau START) ÷ trimise.</translation>
        </message>
        <message>
            <source>Cost: the price the provider reported, or the estimate made at launch where no price was reported.</source>
            <translation>Cost: prețul raportat de furnizor sau, dacă nu a fost raportat niciun preț, estimarea făcută la lansare.</translation>
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
            <source>The contact's tags. Tag names are compared ignoring case.</source>
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
            <source>The contact's birthday in the current year, counted in days from today. People born on 29 February celebrate on 28 February in other years.</source>
            <translation>Ziua de naștere a contactului în anul curent, numărată în zile de azi. Persoanele născute pe 29 februarie sărbătoresc pe 28 februarie în ceilalți ani.</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>Total cheltuit</translation>
        </message>
        <message>
            <source>Everything the contact has spent in the shop, in the shop's currency.</source>
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
            <source>The segment rules' “match” must be “all” or “any”.</source>
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
            <source>rule %1: a custom field rule needs the field's “name”.</source>
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
            <source>rule %1: a custom field rule needs the field's “name”.</source>
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
        <name>SenderId</name>
        <message>
            <source>The campaign has no sender: set one on the provider account or the campaign.</source>
            <translation>Campania nu are expeditor: setați unul în contul de furnizor sau în campanie.</translation>
        </message>
        <message>
            <source>The sender “%1” has more than %2 digits.</source>
            <translation>Expeditorul „%1” are mai mult de %2 cifre.</translation>
        </message>
        <message>
            <source>The sender “%1” starts with “+” but is not a phone number.</source>
            <translation>Expeditorul „%1” începe cu „+”, dar nu este un număr de telefon.</translation>
        </message>
        <message>
            <source>The sender name “%1” is longer than %2 characters.</source>
            <translation>Numele de expeditor „%1” are mai mult de %2 caractere.</translation>
        </message>
        <message>
            <source>The sender name “%1” contains “%2”, which is not a plain GSM character.</source>
            <translation>Numele de expeditor „%1” conține „%2”, care nu este un caracter GSM simplu.</translation>
        </message>
        <message>
            <source>The sender name “%1” needs at least one letter.</source>
            <translation>Numele de expeditor „%1” are nevoie de cel puțin o literă.</translation>
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
            <source>in each recipient's local time</source>
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
