<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>AccountCredentials</name>
        <message>
            <source>No secret is stored for the account “%1”. Save one in Herald’s Accounts dialog or with herald-cli account set-secret "%1" (the secret on standard input), or pass --secret-env VARIABLE.</source>
            <translation>Dla konta „%1” nie zapisano sekretu. Zapisz go w oknie Konta programu Herald lub poleceniem herald-cli account set-secret "%1" (sekret na standardowym wejściu) albo podaj --secret-env ZMIENNA.</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: the environment variable %2 is not set and the system keychain holds no secret for it.</source>
            <translation>Brak sekretu dla konta „%1”: zmienna środowiskowa %2 nie jest ustawiona, a systemowy pęk kluczy nie zawiera dla niego sekretu.</translation>
        </message>
        <message>
            <source>The secret of the account “%1” cannot be read: %2</source>
            <translation>Nie można odczytać sekretu konta „%1”: %2</translation>
        </message>
        <message>
            <source>The environment variable %1 is not set, and the secret of the account “%2” cannot be read from the keychain: %3</source>
            <translation>Zmienna środowiskowa %1 nie jest ustawiona, a sekretu konta „%2” nie można odczytać z pęku kluczy: %3</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
            <translation>Brak sekretu dla konta „%1”: podaj --secret-env ZMIENNA.</translation>
        </message>
        <message>
            <source>The environment variable %1 is empty or not set.</source>
            <translation>Zmienna środowiskowa %1 jest pusta lub nie jest ustawiona.</translation>
        </message>
        <message>
            <source>The credentials could not be read.</source>
            <translation>Nie można odczytać danych uwierzytelniających.</translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <source>An account named “%1” already exists.</source>
            <translation>Konto o nazwie „%1” już istnieje.</translation>
        </message>
        <message numerus="yes">
            <source>The account “%1” is used by %n campaign(s) that have not finished. Let them finish or cancel them first.</source>
            <translation>
                <numerusform>Konto „%1” jest używane przez %n niezakończoną kampanię. Najpierw poczekaj na jej zakończenie lub ją anuluj.</numerusform>
                <numerusform>Konto „%1” jest używane przez %n niezakończone kampanie. Najpierw poczekaj na ich zakończenie lub je anuluj.</numerusform>
                <numerusform>Konto „%1” jest używane przez %n niezakończonych kampanii. Najpierw poczekaj na ich zakończenie lub je anuluj.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnalyticsCharts</name>
        <message>
            <source>Targeted</source>
            <translation>Adresaci</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Wykluczeni</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłane</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Doręczone</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Nieudane</translation>
        </message>
        <message>
            <source>Undelivered</source>
            <translation>Niedoręczone</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nieznane</translation>
        </message>
        <message>
            <source>—</source>
            <comment>no value</comment>
            <translation>—</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>percentage</comment>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>currency code, amount</comment>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Odbiorcy</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>funnel step: count</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Deliveries over time</source>
            <translation>Doręczenia w czasie</translation>
        </message>
        <message>
            <source>Delivered per day</source>
            <translation>Doręczone dziennie</translation>
        </message>
        <message>
            <source>Delivered per hour</source>
            <translation>Doręczone na godzinę</translation>
        </message>
        <message>
            <source>Delivered per 15 minutes</source>
            <translation>Doręczone na 15 minut</translation>
        </message>
        <message>
            <source>Delivered in total</source>
            <translation>Doręczone łącznie</translation>
        </message>
        <message>
            <source>Delivery rate per month</source>
            <translation>Wskaźnik doręczeń w miesiącach</translation>
        </message>
        <message>
            <source>Delivery rate</source>
            <translation>Wskaźnik doręczeń</translation>
        </message>
        <message>
            <source>No campaigns yet</source>
            <translation>Brak kampanii</translation>
        </message>
        <message>
            <source>%</source>
            <comment>axis unit: percent</comment>
            <translation>%</translation>
        </message>
        <message>
            <source>Opt-out and reply rates per month</source>
            <translation>Wskaźniki wypisów i odpowiedzi w miesiącach</translation>
        </message>
        <message>
            <source>Opt-out rate</source>
            <translation>Wskaźnik wypisów</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Wskaźnik odpowiedzi</translation>
        </message>
        <message>
            <source>Benchmark %1</source>
            <translation>Wartość referencyjna %1</translation>
        </message>
        <message>
            <source>Cost per month (%1)</source>
            <translation>Koszt w miesiącach (%1)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>Marketing messages per contact per month (last 12 months)</source>
            <translation>Wiadomości marketingowe na kontakt miesięcznie (ostatnie 12 miesięcy)</translation>
        </message>
        <message>
            <source>Fewer than %1</source>
            <translation>Mniej niż %1</translation>
        </message>
        <message>
            <source>%1–%2: the guideline</source>
            <translation>%1–%2: zalecany zakres</translation>
        </message>
        <message>
            <source>More than %1</source>
            <translation>Więcej niż %1</translation>
        </message>
        <message>
            <source>%1+</source>
            <translation>%1+</translation>
        </message>
        <message>
            <source>Messages in the month</source>
            <translation>Wiadomości w miesiącu</translation>
        </message>
        <message>
            <source>Contact-months</source>
            <translation>Pary kontakt–miesiąc</translation>
        </message>
    </context>
    <context>
        <name>AudienceAnalyzer</name>
        <message>
            <source>nobody</source>
            <translation>nikt</translation>
        </message>
        <message numerus="yes">
            <source>%1% %Ln part(s)</source>
            <translation>
                <numerusform>%1% %Ln część</numerusform>
                <numerusform>%1% %Ln części</numerusform>
                <numerusform>%1% %Ln części</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Anulowano.</translation>
        </message>
    </context>
    <context>
        <name>CampaignAnalytics</name>
        <message>
            <source>There is no campaign %1.</source>
            <translation>Nie ma kampanii %1.</translation>
        </message>
    </context>
    <context>
        <name>CampaignRepository</name>
        <message>
            <source>A campaign needs a name.</source>
            <translation>Kampania musi mieć nazwę.</translation>
        </message>
        <message>
            <source>A campaign needs a message.</source>
            <translation>Kampania musi mieć treść wiadomości.</translation>
        </message>
        <message>
            <source>Choose who gets the campaign: all contacts or one or more segments.</source>
            <translation>Wybierz odbiorców kampanii: wszystkie kontakty albo jeden lub więcej segmentów.</translation>
        </message>
        <message>
            <source>There is no campaign %1.</source>
            <translation>Nie ma kampanii %1.</translation>
        </message>
        <message>
            <source>Campaign %1 was already launched (it is %2).</source>
            <translation>Kampania %1 została już uruchomiona (stan: %2).</translation>
        </message>
        <message>
            <source>A scheduled campaign needs a date and time.</source>
            <translation>Zaplanowana kampania wymaga daty i godziny.</translation>
        </message>
        <message>
            <source>A campaign sent at each recipient's local time needs a date and a time of day.</source>
            <translation>Kampania wysyłana w czasie lokalnym każdego odbiorcy wymaga daty i godziny.</translation>
        </message>
        <message>
            <source>Only a draft can be scheduled; campaign %1 is %2.</source>
            <translation>Zaplanować można tylko wersję roboczą; kampania %1 ma stan: %2.</translation>
        </message>
        <message>
            <source>Campaign %1 has no schedule: launch it instead.</source>
            <translation>Kampania %1 nie ma harmonogramu: zamiast tego uruchom ją.</translation>
        </message>
        <message>
            <source>The scheduled time of campaign %1 has already passed.</source>
            <translation>Zaplanowany czas kampanii %1 już minął.</translation>
        </message>
        <message>
            <source>The local send time of campaign %1 has already passed everywhere.</source>
            <translation>Lokalny czas wysyłki kampanii %1 już minął we wszystkich strefach.</translation>
        </message>
        <message>
            <source>Only a draft can be changed; campaign %1 is %2.</source>
            <translation>Zmienić można tylko wersję roboczą; kampania %1 ma stan: %2.</translation>
        </message>
        <message>
            <source>Campaign %1 is no longer a draft.</source>
            <translation>Kampania %1 nie jest już wersją roboczą.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted; campaign %1 is not one.</source>
            <translation>Usunąć można tylko wersję roboczą; kampania %1 nią nie jest.</translation>
        </message>
        <message>
            <source>Failed messages can be retried once campaign %1 has finished or is paused.</source>
            <translation>Nieudane wiadomości można ponowić, gdy kampania %1 zostanie zakończona lub wstrzymana.</translation>
        </message>
    </context>
    <context>
        <name>CliContext</name>
        <message>
            <source>usage: %1</source>
            <translation>użycie: %1</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>Other (columns guessed from their names)</source>
            <translation>Inny (kolumny rozpoznane po nazwach)</translation>
        </message>
        <message>
            <source>Herald export</source>
            <translation>Eksport z programu Herald</translation>
        </message>
        <message>
            <source>Shopify customers</source>
            <translation>Klienci Shopify</translation>
        </message>
        <message>
            <source>Shopify customers (older export)</source>
            <translation>Klienci Shopify (starszy eksport)</translation>
        </message>
        <message>
            <source>WooCommerce customers</source>
            <translation>Klienci WooCommerce</translation>
        </message>
        <message>
            <source>Google Contacts</source>
            <translation>Kontakty Google</translation>
        </message>
        <message>
            <source>Outlook contacts</source>
            <translation>Kontakty Outlook</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>Nie importuj</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Strefa czasowa</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Urodziny</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>Łączne wydatki</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Waluta</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Zamówienia</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>Ostatnie zamówienie</translation>
        </message>
        <message>
            <source>SMS marketing consent</source>
            <translation>Zgoda na marketing SMS</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Data zgody</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>Pole niestandardowe</translation>
        </message>
    </context>
    <context>
        <name>CommandRegistry</name>
        <message>
            <source>usage: herald-cli [--db PATH] [--json] COMMAND [ARGS…]</source>
            <translation>użycie: herald-cli [--db ŚCIEŻKA] [--json] POLECENIE [ARGUMENTY…]</translation>
        </message>
        <message>
            <source>Herald's command line: everything the app does, headless.</source>
            <translation>Wiersz poleceń programu Herald: wszystko, co robi aplikacja, bez interfejsu graficznego.</translation>
        </message>
        <message>
            <source>Global options:</source>
            <translation>Opcje globalne:</translation>
        </message>
        <message>
            <source>workspace file (default: %1)</source>
            <translation>plik obszaru roboczego (domyślnie: %1)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>wynik do odczytu maszynowego</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>pokaż tę pomoc</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Polecenia:</translation>
        </message>
        <message>
            <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
            <translation>Kody wyjścia: 0 – sukces, 1 – operacja nie powiodła się, 2 – błędne użycie lub błędne dane wejściowe.</translation>
        </message>
        <message>
            <source>--db needs a file path</source>
            <translation>--db wymaga ścieżki do pliku</translation>
        </message>
        <message>
            <source>unknown command “%1”; see herald-cli --help</source>
            <translation>nieznane polecenie „%1”; zobacz herald-cli --help</translation>
        </message>
        <message>
            <source>--limit must be a positive number</source>
            <translation>--limit musi być liczbą dodatnią</translation>
        </message>
        <message>
            <source>--after must be a contact id</source>
            <translation>--after musi być identyfikatorem kontaktu</translation>
        </message>
        <message>
            <source>unexpected argument “%1”</source>
            <translation>nieoczekiwany argument „%1”</translation>
        </message>
        <message>
            <source>contacts show needs one contact id</source>
            <translation>contacts show wymaga jednego identyfikatora kontaktu</translation>
        </message>
        <message>
            <source>contacts needs a subcommand</source>
            <translation>contacts wymaga podpolecenia</translation>
        </message>
        <message>
            <source>unknown contacts subcommand “%1”</source>
            <translation>nieznane podpolecenie contacts: „%1”</translation>
        </message>
        <message>
            <source>contacts count takes no arguments</source>
            <translation>contacts count nie przyjmuje argumentów</translation>
        </message>
        <message>
            <source>version takes no arguments</source>
            <translation>version nie przyjmuje argumentów</translation>
        </message>
        <message>
            <source>--count must be a number from 1 to 100000</source>
            <translation>--count musi być liczbą od 1 do 100000</translation>
        </message>
        <message>
            <source>Workspace ready: %1</source>
            <translation>Obszar roboczy gotowy: %1</translation>
        </message>
        <message numerus="yes">
            <source>Added %n demo contact(s).</source>
            <translation>
                <numerusform>Dodano %n kontakt demonstracyjny.</numerusform>
                <numerusform>Dodano %n kontakty demonstracyjne.</numerusform>
                <numerusform>Dodano %n kontaktów demonstracyjnych.</numerusform>
            </translation>
        </message>
        <message>
            <source>print the version</source>
            <translation>wyświetl wersję</translation>
        </message>
        <message>
            <source>create the workspace (with --demo: invented contacts to try Herald with)</source>
            <translation>utwórz obszar roboczy (z --demo: zmyślone kontakty do wypróbowania programu Herald)</translation>
        </message>
        <message>
            <source>septets</source>
            <translation>septety</translation>
        </message>
        <message>
            <source>UTF-16 code units</source>
            <translation>jednostki kodu UTF-16</translation>
        </message>
        <message>
            <source>Encoding:   %1</source>
            <translation>Kodowanie:   %1</translation>
        </message>
        <message>
            <source>Parts:      %1 (%2)</source>
            <translation>Części:      %1 (%2)</translation>
        </message>
        <message>
            <source>Units:      %1 %2</source>
            <translation>Jednostki:   %1 %2</translation>
        </message>
        <message>
            <source>Characters: %1</source>
            <translation>Znaki:       %1</translation>
        </message>
        <message>
            <source>Left:       %1 in the last part</source>
            <translation>Pozostało:   %1 w ostatniej części</translation>
        </message>
        <message>
            <source>Not GSM-7:  %1</source>
            <translation>Spoza GSM-7: %1</translation>
        </message>
        <message>
            <source>expected a JSON object {"id":…,"text":…}</source>
            <translation>oczekiwano obiektu JSON {"id":…,"text":…}</translation>
        </message>
        <message>
            <source>"text" must be a string</source>
            <translation>"text" musi być ciągiem znaków</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>wiersz %1: %2</translation>
        </message>
        <message>
            <source>count takes one TEXT; quote it</source>
            <translation>count przyjmuje jeden TEKST; ujmij go w cudzysłów</translation>
        </message>
        <message>
            <source>count --jsonl reads stdin and takes no TEXT</source>
            <translation>count --jsonl czyta stdin i nie przyjmuje TEKSTU</translation>
        </message>
        <message>
            <source>stdin is not valid UTF-8</source>
            <translation>stdin nie zawiera poprawnego UTF-8</translation>
        </message>
        <message>
            <source>count the encoding, parts and units of an SMS text (TEXT, or stdin)</source>
            <translation>policz kodowanie, części i jednostki tekstu SMS (TEKST lub stdin)</translation>
        </message>
        <message>
            <source>template show needs one template id</source>
            <translation>template show wymaga jednego identyfikatora szablonu</translation>
        </message>
        <message>
            <source>--contact must be a contact id</source>
            <translation>--contact musi być identyfikatorem kontaktu</translation>
        </message>
        <message>
            <source>“%1” is not a template id</source>
            <translation>„%1” nie jest identyfikatorem szablonu</translation>
        </message>
        <message>
            <source>template render needs a template id and --contact ID</source>
            <translation>template render wymaga identyfikatora szablonu i --contact ID</translation>
        </message>
        <message>
            <source>template add needs --name and --body</source>
            <translation>template add wymaga --name i --body</translation>
        </message>
        <message>
            <source>--kind must be “marketing” or “transactional”, not “%1”</source>
            <translation>--kind musi mieć wartość „marketing” lub „transactional”, a nie „%1”</translation>
        </message>
        <message>
            <source>Added template %1.</source>
            <translation>Dodano szablon %1.</translation>
        </message>
        <message>
            <source>template delete needs one template id</source>
            <translation>template delete wymaga jednego identyfikatora szablonu</translation>
        </message>
        <message>
            <source>Deleted template %1.</source>
            <translation>Usunięto szablon %1.</translation>
        </message>
        <message>
            <source>template needs a subcommand</source>
            <translation>template wymaga podpolecenia</translation>
        </message>
        <message>
            <source>unknown template subcommand “%1”</source>
            <translation>nieznane podpolecenie template: „%1”</translation>
        </message>
        <message>
            <source>list, show, render, add or delete message templates</source>
            <translation>wyświetl listę, pokaż, wypełnij, dodaj lub usuń szablony wiadomości</translation>
        </message>
        <message>
            <source>--rate must be a number of messages per second</source>
            <translation>--rate musi być liczbą wiadomości na sekundę</translation>
        </message>
        <message>
            <source>--option needs KEY=VALUE</source>
            <translation>--option wymaga KLUCZ=WARTOŚĆ</translation>
        </message>
        <message>
            <source>account add needs --name and --provider</source>
            <translation>account add wymaga --name i --provider</translation>
        </message>
        <message>
            <source>Added account %1 (%2).</source>
            <translation>Dodano konto %1 (%2).</translation>
        </message>
        <message>
            <source>account needs a subcommand</source>
            <translation>account wymaga podpolecenia</translation>
        </message>
        <message>
            <source>unknown account subcommand “%1”</source>
            <translation>nieznane podpolecenie account: „%1”</translation>
        </message>
        <message>
            <source>Campaign %1 “%2”: %3</source>
            <translation>Kampania %1 „%2”: %3</translation>
        </message>
        <message>
            <source>Paused because: %1</source>
            <translation>Wstrzymano z powodu: %1</translation>
        </message>
        <message>
            <source>bad value for %1</source>
            <translation>nieprawidłowa wartość dla %1</translation>
        </message>
        <message>
            <source>campaign create needs --name, --body or --template, and --all or --segment</source>
            <translation>campaign create wymaga --name, --body lub --template oraz --all lub --segment</translation>
        </message>
        <message>
            <source>There is no template %1.</source>
            <translation>Nie ma szablonu %1.</translation>
        </message>
        <message>
            <source>Created campaign %1.</source>
            <translation>Utworzono kampanię %1.</translation>
        </message>
        <message>
            <source>which campaign? Give its id</source>
            <translation>która kampania? Podaj jej identyfikator</translation>
        </message>
        <message>
            <source>Campaign %1 has not been launched.</source>
            <translation>Kampania %1 nie została uruchomiona.</translation>
        </message>
        <message>
            <source>Campaign %1 is paused; resume it with: campaign resume %1</source>
            <translation>Kampania %1 jest wstrzymana; wznów ją poleceniem: campaign resume %1</translation>
        </message>
        <message>
            <source>Campaign %1 is not sending (it is %2).</source>
            <translation>Kampania %1 nie jest wysyłana (stan: %2).</translation>
        </message>
        <message>
            <source>Campaign %1 is already %2.</source>
            <translation>Kampania %1 ma już stan: %2.</translation>
        </message>
        <message>
            <source>campaign needs a subcommand</source>
            <translation>campaign wymaga podpolecenia</translation>
        </message>
        <message>
            <source>unknown campaign subcommand “%1”</source>
            <translation>nieznane podpolecenie campaign: „%1”</translation>
        </message>
        <message>
            <source>campaign %1 needs one campaign id</source>
            <translation>campaign %1 wymaga jednego identyfikatora kampanii</translation>
        </message>
        <message>
            <source>unknown profile “%1”; profiles: %2</source>
            <translation>nieznany profil „%1”; dostępne profile: %2</translation>
        </message>
        <message>
            <source>Simulator running (profile %1); ledger at %2/_simulator/ledger.json. Stop it with Ctrl+C.</source>
            <translation>Symulator działa (profil %1); rejestr w %2/_simulator/ledger.json. Zatrzymaj go klawiszami Ctrl+C.</translation>
        </message>
        <message numerus="yes">
            <source>Simulator stopped after %n message(s).</source>
            <translation>
                <numerusform>Symulator zatrzymany po %n wiadomości.</numerusform>
                <numerusform>Symulator zatrzymany po %n wiadomościach.</numerusform>
                <numerusform>Symulator zatrzymany po %n wiadomościach.</numerusform>
            </translation>
        </message>
        <message>
            <source>run the SMS provider Simulator on 127.0.0.1 until stopped</source>
            <translation>uruchom symulator dostawcy SMS na 127.0.0.1 do czasu zatrzymania</translation>
        </message>
        <message>
            <source>Contact %1 erased; only a keyed hash of the number stays on the suppression list.</source>
            <translation>Kontakt %1 został usunięty; na liście wykluczeń pozostaje tylko skrót numeru z kluczem.</translation>
        </message>
        <message>
            <source>contacts %1 needs one contact id</source>
            <translation>contacts %1 wymaga jednego identyfikatora kontaktu</translation>
        </message>
        <message>
            <source>count, list, show, erase or export (GDPR) the workspace's contacts</source>
            <translation>policz, wyświetl listę, pokaż, usuń lub wyeksportuj (RODO) kontakty obszaru roboczego</translation>
        </message>
        <message>
            <source>unknown region “%1”</source>
            <translation>nieznany region „%1”</translation>
        </message>
        <message>
            <source>Format: %1, %2, delimiter %3</source>
            <translation>Format: %1, %2, separator %3</translation>
        </message>
        <message>
            <source>Rows: %1</source>
            <translation>Wiersze: %1</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>Zaimportowano: %1</translation>
        </message>
        <message>
            <source>Updated: %1</source>
            <translation>Zaktualizowano: %1</translation>
        </message>
        <message>
            <source>Duplicates: %1</source>
            <translation>Duplikaty: %1</translation>
        </message>
        <message>
            <source>Invalid: %1</source>
            <translation>Nieprawidłowe: %1</translation>
        </message>
        <message>
            <source>Suppressed (kept opted out): %1</source>
            <translation>Wykluczone (zgoda pozostaje wycofana): %1</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Wiersz %1: %2</translation>
        </message>
        <message>
            <source>Line %1 (warning): %2</source>
            <translation>Wiersz %1 (ostrzeżenie): %2</translation>
        </message>
        <message>
            <source>Rejected rows written to %1</source>
            <translation>Odrzucone wiersze zapisano w %1</translation>
        </message>
        <message>
            <source>unknown preset “%1” (generic, herald, shopify, shopify-legacy, woocommerce, google, outlook)</source>
            <translation>nieznane ustawienie wstępne „%1” (generic, herald, shopify, shopify-legacy, woocommerce, google, outlook)</translation>
        </message>
        <message>
            <source>--on-duplicate must be update or skip</source>
            <translation>--on-duplicate musi mieć wartość update lub skip</translation>
        </message>
        <message>
            <source>--delimiter must be one character or TAB</source>
            <translation>--delimiter musi być jednym znakiem lub TAB</translation>
        </message>
        <message>
            <source>import needs a CSV file</source>
            <translation>import wymaga pliku CSV</translation>
        </message>
        <message>
            <source>“%1” does not exist</source>
            <translation>„%1” nie istnieje</translation>
        </message>
        <message>
            <source>--map %1: expected COLUMN=FIELD with a column of the file and a field (phone, first_name, last_name, name, email, country, city, language, time_zone, birthday, total_spent, currency, orders, last_order, consent, consent_date, tags, custom:NAME, ignore)</source>
            <translation>--map %1: oczekiwano KOLUMNA=POLE, gdzie kolumna pochodzi z pliku, a pole to jedno z: phone, first_name, last_name, name, email, country, city, language, time_zone, birthday, total_spent, currency, orders, last_order, consent, consent_date, tags, custom:NAME, ignore</translation>
        </message>
        <message>
            <source>--segment must be a segment id</source>
            <translation>--segment musi być identyfikatorem segmentu</translation>
        </message>
        <message>
            <source>export needs an output file</source>
            <translation>export wymaga pliku wyjściowego</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to %1</source>
            <translation>
                <numerusform>Wyeksportowano %n kontakt do %1</numerusform>
                <numerusform>Wyeksportowano %n kontakty do %1</numerusform>
                <numerusform>Wyeksportowano %n kontaktów do %1</numerusform>
            </translation>
        </message>
        <message>
            <source>normalise phone numbers from stdin (raw or raw&lt;TAB&gt;CC per line) to E.164</source>
            <translation>normalizuj numery telefonów ze stdin (w każdym wierszu numer lub numer&lt;TAB&gt;CC) do formatu E.164</translation>
        </message>
        <message>
            <source>import contacts from a CSV file</source>
            <translation>importuj kontakty z pliku CSV</translation>
        </message>
        <message>
            <source>export contacts to a CSV file (UTF-8, formula-safe, re-importable)</source>
            <translation>eksportuj kontakty do pliku CSV (UTF-8, bezpieczny dla formuł, do ponownego importu)</translation>
        </message>
        <message>
            <source>segment count needs either --rules or --id</source>
            <translation>segment count wymaga --rules lub --id</translation>
        </message>
        <message>
            <source>cannot read the rules from standard input</source>
            <translation>nie można odczytać reguł ze standardowego wejścia</translation>
        </message>
        <message>
            <source>--id must be a segment id</source>
            <translation>--id musi być identyfikatorem segmentu</translation>
        </message>
        <message>
            <source>id: %1</source>
            <translation>identyfikator: %1</translation>
        </message>
        <message>
            <source>name: %1</source>
            <translation>nazwa: %1</translation>
        </message>
        <message>
            <source>description: %1</source>
            <translation>opis: %1</translation>
        </message>
        <message>
            <source>built-in: %1</source>
            <translation>wbudowany: %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>rules: %1</source>
            <translation>reguły: %1</translation>
        </message>
        <message>
            <source>count: %1</source>
            <translation>liczba: %1</translation>
        </message>
        <message>
            <source>segment needs a subcommand</source>
            <translation>segment wymaga podpolecenia</translation>
        </message>
        <message>
            <source>unknown segment subcommand “%1”</source>
            <translation>nieznane podpolecenie segment: „%1”</translation>
        </message>
        <message>
            <source>segment list takes no arguments</source>
            <translation>segment list nie przyjmuje argumentów</translation>
        </message>
        <message>
            <source>segment show needs one segment id</source>
            <translation>segment show wymaga jednego identyfikatora segmentu</translation>
        </message>
        <message>
            <source>list, count or show segments (saved audiences)</source>
            <translation>wyświetl listę, policz lub pokaż segmenty (zapisane grupy odbiorców)</translation>
        </message>
        <message>
            <source>cannot read stdin</source>
            <translation>nie można odczytać stdin</translation>
        </message>
        <message>
            <source>No secret on stdin: %1</source>
            <translation>Brak sekretu na stdin: %1</translation>
        </message>
        <message>
            <source>%1 is set by Herald itself</source>
            <translation>%1 ustawia sam program Herald</translation>
        </message>
        <message>
            <source>give the secret either with --secret-env or with --secret-stdin</source>
            <translation>podaj sekret przez --secret-env albo przez --secret-stdin</translation>
        </message>
        <message>
            <source>The account “%1” was not added: %2</source>
            <translation>Nie dodano konta „%1”: %2</translation>
        </message>
        <message>
            <source>The secret is stored in the system keychain.</source>
            <translation>Sekret jest zapisany w systemowym pęku kluczy.</translation>
        </message>
        <message>
            <source>which account? Give its name</source>
            <translation>które konto? Podaj jego nazwę</translation>
        </message>
        <message>
            <source>account set-secret needs one account name</source>
            <translation>account set-secret wymaga jednej nazwy konta</translation>
        </message>
        <message>
            <source>The secret of “%1” is stored in the system keychain.</source>
            <translation>Sekret konta „%1” jest zapisany w systemowym pęku kluczy.</translation>
        </message>
        <message>
            <source>account remove needs one account name</source>
            <translation>account remove wymaga jednej nazwy konta</translation>
        </message>
        <message>
            <source>The account “%1” was kept: its secret could not be removed from the system keychain. %2</source>
            <translation>Zachowano konto „%1”: nie udało się usunąć jego sekretu z systemowego pęku kluczy. %2</translation>
        </message>
        <message>
            <source>Removed account %1 (%2).</source>
            <translation>Usunięto konto %1 (%2).</translation>
        </message>
        <message>
            <source>add, list, test or remove SMS provider accounts; secrets go to the system keychain</source>
            <translation>dodaj, wyświetl listę, przetestuj lub usuń konta dostawców SMS; sekrety trafiają do systemowego pęku kluczy</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for their send time; the next at %1.</source>
            <translation>
                <numerusform>%n wiadomość czeka na swój czas wysyłki; następna o %1.</numerusform>
                <numerusform>%n wiadomości czekają na swój czas wysyłki; następna o %1.</numerusform>
                <numerusform>%n wiadomości czeka na swój czas wysyłki; następna o %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>--date goes with --local-time</source>
            <translation>--date wymaga --local-time</translation>
        </message>
        <message>
            <source>%1 on %2 in each recipient's local time</source>
            <translation>%1 dnia %2 w czasie lokalnym każdego odbiorcy</translation>
        </message>
        <message>
            <source>Campaign %1 is scheduled for %2. Herald launches it then while it is running; to send it now: campaign launch %1 --now</source>
            <translation>Kampania %1 jest zaplanowana na %2. Herald uruchomi ją o tym czasie, jeśli będzie działał; aby wysłać ją teraz: campaign launch %1 --now</translation>
        </message>
        <message>
            <source>Campaign %1 was scheduled for %2, which has passed; launching it now as asked.</source>
            <translation>Kampania %1 była zaplanowana na %2, a ten czas już minął; zgodnie z poleceniem jest uruchamiana teraz.</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for quiet hours to end or for their local send time; the last goes out at %1.</source>
            <translation>
                <numerusform>%n wiadomość czeka na koniec godzin ciszy lub na swój lokalny czas wysyłki; ostatnia wyjdzie o %1.</numerusform>
                <numerusform>%n wiadomości czekają na koniec godzin ciszy lub na swój lokalny czas wysyłki; ostatnia wyjdzie o %1.</numerusform>
                <numerusform>%n wiadomości czeka na koniec godzin ciszy lub na swój lokalny czas wysyłki; ostatnia wyjdzie o %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Campaign %1 “%2” was scheduled for %3 and has not been sent: launch it with “campaign launch %1” or cancel it with “campaign cancel %1”.</source>
            <translation>Kampania %1 „%2” była zaplanowana na %3 i nie została wysłana: uruchom ją poleceniem „campaign launch %1” lub anuluj poleceniem „campaign cancel %1”.</translation>
        </message>
        <message>
            <source>Campaign %1 “%2” (%3)</source>
            <translation>Kampania %1 „%2” (%3)</translation>
        </message>
        <message numerus="yes">
            <source>Audience: %n contact(s)</source>
            <translation>
                <numerusform>Grupa odbiorców: %n kontakt</numerusform>
                <numerusform>Grupa odbiorców: %n kontakty</numerusform>
                <numerusform>Grupa odbiorców: %n kontaktów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recipients: %n, of them %1 at once and %2 later</source>
            <translation>
                <numerusform>Odbiorcy: %n, z czego %1 od razu i %2 później</numerusform>
                <numerusform>Odbiorcy: %n, z czego %1 od razu i %2 później</numerusform>
                <numerusform>Odbiorcy: %n, z czego %1 od razu i %2 później</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending from %1 to %2</source>
            <translation>Wysyłka od %1 do %2</translation>
        </message>
        <message>
            <source>Parts: %1 (%2)</source>
            <translation>Części: %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln część</numerusform>
                <numerusform>%Ln części</numerusform>
                <numerusform>%Ln części</numerusform>
            </translation>
        </message>
        <message>
            <source>Estimated cost: %1 %2</source>
            <translation>Szacowany koszt: %1 %2</translation>
        </message>
        <message>
            <source>campaign list takes no arguments</source>
            <translation>campaign list nie przyjmuje argumentów</translation>
        </message>
        <message>
            <source>create, check, launch, pause, resume, cancel and list campaigns</source>
            <translation>utwórz, sprawdź, uruchom, wstrzymaj, wznów, anuluj i wyświetl listę kampanii</translation>
        </message>
        <message>
            <source>Accounts polled: %1</source>
            <translation>Odpytane konta: %1</translation>
        </message>
        <message>
            <source>Delivery statuses updated: %1</source>
            <translation>Zaktualizowane stany doręczenia: %1</translation>
        </message>
        <message>
            <source>Replies stored: %1</source>
            <translation>Zapisane odpowiedzi: %1</translation>
        </message>
        <message>
            <source>Opt-outs: %1</source>
            <translation>Wypisania: %1</translation>
        </message>
        <message>
            <source>Re-subscribes: %1</source>
            <translation>Ponowne zapisy: %1</translation>
        </message>
        <message>
            <source>Help replies queued: %1</source>
            <translation>Odpowiedzi na HELP w kolejce: %1</translation>
        </message>
        <message>
            <source>Opt-out confirmations queued: %1</source>
            <translation>Potwierdzenia wypisu w kolejce: %1</translation>
        </message>
        <message>
            <source>Waiting messages cancelled by opt-outs: %1</source>
            <translation>Oczekujące wiadomości anulowane z powodu wypisania: %1</translation>
        </message>
        <message>
            <source>Automatic replies sent: %1</source>
            <translation>Wysłane odpowiedzi automatyczne: %1</translation>
        </message>
        <message>
            <source>Without a final report after 7 days (now unknown): %1</source>
            <translation>Bez raportu końcowego po 7 dniach (teraz nieznane): %1</translation>
        </message>
        <message>
            <source>--secret-env needs --account</source>
            <translation>--secret-env wymaga --account</translation>
        </message>
        <message>
            <source>skipping the account “%1”: %2</source>
            <translation>pomijanie konta „%1”: %2</translation>
        </message>
        <message>
            <source>There is no account to poll.</source>
            <translation>Nie ma konta do odpytania.</translation>
        </message>
        <message numerus="yes">
            <source>Polling every %n second(s); stop with Ctrl+C.</source>
            <translation>
                <numerusform>Odpytywanie co %n sekundę; zatrzymaj klawiszami Ctrl+C.</numerusform>
                <numerusform>Odpytywanie co %n sekundy; zatrzymaj klawiszami Ctrl+C.</numerusform>
                <numerusform>Odpytywanie co %n sekund; zatrzymaj klawiszami Ctrl+C.</numerusform>
            </translation>
        </message>
        <message>
            <source>read delivery reports and replies (STOP, START, HELP) of every account: one round with --once, else until stopped</source>
            <translation>odczytaj raporty doręczeń i odpowiedzi (STOP, START, HELP) wszystkich kont: jedna runda z --once, w przeciwnym razie do czasu zatrzymania</translation>
        </message>
        <message>
            <source>“%1” is neither a contact id nor a number in +E.164 form</source>
            <translation>„%1” nie jest ani identyfikatorem kontaktu, ani numerem w formacie +E.164</translation>
        </message>
        <message>
            <source>--limit must be a number (0: no limit)</source>
            <translation>--limit musi być liczbą (0: bez limitu)</translation>
        </message>
        <message>
            <source>inbox reply needs --body TEXT</source>
            <translation>inbox reply wymaga --body TEKST</translation>
        </message>
        <message>
            <source>Reply %1 to %2 queued on “%3”; `herald-cli poll --once` sends it.</source>
            <translation>Odpowiedź %1 do %2 dodana do kolejki konta „%3”; wyśle ją `herald-cli poll --once`.</translation>
        </message>
        <message numerus="yes">
            <source>%n reply(ies) changed.</source>
            <translation>
                <numerusform>Zmieniono %n odpowiedź.</numerusform>
                <numerusform>Zmieniono %n odpowiedzi.</numerusform>
                <numerusform>Zmieniono %n odpowiedzi.</numerusform>
            </translation>
        </message>
        <message>
            <source>inbox needs a subcommand</source>
            <translation>inbox wymaga podpolecenia</translation>
        </message>
        <message>
            <source>unknown inbox subcommand “%1”</source>
            <translation>nieznane podpolecenie inbox: „%1”</translation>
        </message>
        <message>
            <source>inbox %1 needs a contact id or a number</source>
            <translation>inbox %1 wymaga identyfikatora kontaktu lub numeru</translation>
        </message>
        <message>
            <source>list conversations (replies grouped by person), show one, reply, mark handled</source>
            <translation>wyświetl listę rozmów (odpowiedzi pogrupowane według osób), pokaż jedną, odpowiedz, oznacz jako obsłużone</translation>
        </message>
        <message>
            <source>“%1” is not a campaign id</source>
            <translation>„%1” nie jest identyfikatorem kampanii</translation>
        </message>
        <message>
            <source>campaign report needs one campaign id</source>
            <translation>campaign report wymaga jednego identyfikatora kampanii</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Nie można zapisać „%1”: %2</translation>
        </message>
        <message>
            <source>Targeted %1, excluded %2, sent %3, delivered %4, failed %5, undelivered %6, unknown %7</source>
            <translation>Adresaci: %1, wykluczeni: %2, wysłane: %3, doręczone: %4, nieudane: %5, niedoręczone: %6, nieznane: %7</translation>
        </message>
        <message>
            <source>Delivery rate %1, opt-out rate %2 (benchmark %3), reply rate %4</source>
            <translation>Wskaźnik doręczeń: %1, wskaźnik wypisów: %2 (wartość referencyjna: %3), wskaźnik odpowiedzi: %4</translation>
        </message>
        <message>
            <source>Parts %1, cost %2 %3</source>
            <translation>Części: %1, koszt: %2 %3</translation>
        </message>
        <message>
            <source>PDF report written to %1</source>
            <translation>Raport PDF zapisano w %1</translation>
        </message>
    </context>
    <context>
        <name>ContactEraser</name>
        <message>
            <source>There is no contact with id %1.</source>
            <translation>Nie ma kontaktu o identyfikatorze %1.</translation>
        </message>
    </context>
    <context>
        <name>ContactExporter</name>
        <message>
            <source>The export was cancelled.</source>
            <translation>Eksport został anulowany.</translation>
        </message>
    </context>
    <context>
        <name>ContactImporter</name>
        <message>
            <source>no phone number</source>
            <translation>brak numeru telefonu</translation>
        </message>
        <message>
            <source>%1 “%2” was not understood and was left out</source>
            <translation>Wartość %1 „%2” nie została rozpoznana i została pominięta</translation>
        </message>
        <message>
            <source>%1 is a landline number: it may not receive text messages</source>
            <translation>%1 to numer stacjonarny: może nie odbierać wiadomości SMS</translation>
        </message>
        <message>
            <source>Cannot open “%1”: %2</source>
            <translation>Nie można otworzyć „%1”: %2</translation>
        </message>
        <message>
            <source>“%1” cannot be imported: %2</source>
            <translation>Nie można zaimportować „%1”: %2</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Kolumna %1</translation>
        </message>
        <message>
            <source>No column of “%1” is mapped to the phone number. Choose the column that holds the phone numbers.</source>
            <translation>Żadna kolumna pliku „%1” nie jest przypisana do numeru telefonu. Wybierz kolumnę zawierającą numery telefonów.</translation>
        </message>
        <message>
            <source>The number is on the suppression list.</source>
            <translation>Numer znajduje się na liście wykluczeń.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Import został anulowany; nic nie zaimportowano.</translation>
        </message>
    </context>
    <context>
        <name>ContactRepository</name>
        <message>
            <source>There is no contact with id %1.</source>
            <translation>Nie ma kontaktu o identyfikatorze %1.</translation>
        </message>
        <message>
            <source>A contact needs a phone number.</source>
            <translation>Kontakt musi mieć numer telefonu.</translation>
        </message>
        <message>
            <source>Another contact already has the number %1.</source>
            <translation>Inny kontakt ma już numer %1.</translation>
        </message>
        <message>
            <source>Type the name of a tag.</source>
            <translation>Wpisz nazwę tagu.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>Line %1: %2</source>
            <translation>Wiersz %1: %2</translation>
        </message>
        <message>
            <source>The encoding “%1” is not supported.</source>
            <translation>Kodowanie „%1” nie jest obsługiwane.</translation>
        </message>
        <message>
            <source>The row is longer than %1 characters; it was skipped.</source>
            <translation>Wiersz jest dłuższy niż %1 znaków; został pominięty.</translation>
        </message>
        <message numerus="yes">
            <source>The row has %1 fields, but the header has %n.</source>
            <translation>
                <numerusform>Wiersz ma %1 pól, a nagłówek – %n.</numerusform>
                <numerusform>Wiersz ma %1 pól, a nagłówek – %n.</numerusform>
                <numerusform>Wiersz ma %1 pól, a nagłówek – %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The row has %1 fields, but the first row has %n.</source>
            <translation>
                <numerusform>Wiersz ma %1 pól, a pierwszy wiersz – %n.</numerusform>
                <numerusform>Wiersz ma %1 pól, a pierwszy wiersz – %n.</numerusform>
                <numerusform>Wiersz ma %1 pól, a pierwszy wiersz – %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>A quoted field starts here and is still open after %1 characters; the closing quote is probably missing.</source>
            <translation>Tu zaczyna się pole w cudzysłowie, które po %1 znakach nadal nie jest zamknięte; prawdopodobnie brakuje cudzysłowu zamykającego.</translation>
        </message>
        <message>
            <source>A quoted field starts here but its closing quote is missing.</source>
            <translation>Tu zaczyna się pole w cudzysłowie, ale brakuje cudzysłowu zamykającego.</translation>
        </message>
        <message numerus="yes">
            <source>A quoted field starts here and is still open after %n line(s); the closing quote is probably missing.</source>
            <translation>
                <numerusform>Tu zaczyna się pole w cudzysłowie, które po %n wierszu nadal nie jest zamknięte; prawdopodobnie brakuje cudzysłowu zamykającego.</numerusform>
                <numerusform>Tu zaczyna się pole w cudzysłowie, które po %n wierszach nadal nie jest zamknięte; prawdopodobnie brakuje cudzysłowu zamykającego.</numerusform>
                <numerusform>Tu zaczyna się pole w cudzysłowie, które po %n wierszach nadal nie jest zamknięte; prawdopodobnie brakuje cudzysłowu zamykającego.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each inner quote doubled ("").</source>
            <translation>Nieoczekiwany tekst po cudzysłowie zamykającym. Pole zawierające cudzysłowy musi być w całości ujęte w cudzysłów, a każdy wewnętrzny cudzysłów podwojony ("").</translation>
        </message>
        <message>
            <source>A quoted field starts here but is not closed properly: the quote on line %1 is followed by other text.</source>
            <translation>Tu zaczyna się pole w cudzysłowie, ale nie jest poprawnie zamknięte: po cudzysłowie w wierszu %1 występuje inny tekst.</translation>
        </message>
        <message>
            <source>A quote character appears inside a field that does not start with a quote. Quote the whole field and double the inner quote ("").</source>
            <translation>Wewnątrz pola, które nie zaczyna się od cudzysłowu, występuje znak cudzysłowu. Ujmij całe pole w cudzysłów i podwój wewnętrzny cudzysłów ("").</translation>
        </message>
        <message>
            <source>The file could not be read further: %1</source>
            <translation>Nie można dalej odczytać pliku: %1</translation>
        </message>
    </context>
    <context>
        <name>CsvSniffer</name>
        <message>
            <source>The file is an Excel workbook (.xlsx) or another ZIP archive, not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
            <translation>Plik jest skoroszytem programu Excel (.xlsx) lub innym archiwum ZIP, a nie plikiem CSV. Otwórz go w programie Excel i zapisz jako „CSV UTF-8”.</translation>
        </message>
        <message>
            <source>The file is an old Excel workbook (.xls), not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
            <translation>Plik jest starym skoroszytem programu Excel (.xls), a nie plikiem CSV. Otwórz go w programie Excel i zapisz jako „CSV UTF-8”.</translation>
        </message>
        <message>
            <source>The file contains binary data (NUL bytes), so it is not a CSV text file.</source>
            <translation>Plik zawiera dane binarne (bajty NUL), więc nie jest tekstowym plikiem CSV.</translation>
        </message>
        <message>
            <source>The file contains binary data (control characters), so it is not a CSV text file.</source>
            <translation>Plik zawiera dane binarne (znaki sterujące), więc nie jest tekstowym plikiem CSV.</translation>
        </message>
        <message>
            <source>The file is not open for reading.</source>
            <translation>Plik nie jest otwarty do odczytu.</translation>
        </message>
        <message>
            <source>The file is empty (0 bytes).</source>
            <translation>Plik jest pusty (0 bajtów).</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Nie można odczytać pliku.</translation>
        </message>
        <message>
            <source>The encoding “%1” is not supported.</source>
            <translation>Kodowanie „%1” nie jest obsługiwane.</translation>
        </message>
        <message>
            <source>No readable row was found in the first %1 KiB of the file.</source>
            <translation>W pierwszych %1 KiB pliku nie znaleziono żadnego czytelnego wiersza.</translation>
        </message>
        <message>
            <source>The file contains no readable row.</source>
            <translation>Plik nie zawiera żadnego czytelnego wiersza.</translation>
        </message>
        <message>
            <source>The file contains no data, only empty lines or empty cells.</source>
            <translation>Plik nie zawiera danych, tylko puste wiersze lub puste komórki.</translation>
        </message>
        <message>
            <source>The file contains only a header row and no contacts.</source>
            <translation>Plik zawiera tylko wiersz nagłówka i żadnych kontaktów.</translation>
        </message>
    </context>
    <context>
        <name>CsvWriter</name>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Nie można zapisać „%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot read “%1”: %2</source>
            <translation>Nie można odczytać „%1”: %2</translation>
        </message>
        <message>
            <source>“%1” is not a Herald workspace: it is not an SQLite database file.</source>
            <translation>„%1” nie jest obszarem roboczym programu Herald: to nie jest plik bazy danych SQLite.</translation>
        </message>
        <message>
            <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
            <translation>Sterownik SQLite dla Qt (QSQLITE) nie jest zainstalowany.</translation>
        </message>
        <message>
            <source>Cannot open the workspace “%1”: %2</source>
            <translation>Nie można otworzyć obszaru roboczego „%1”: %2</translation>
        </message>
        <message>
            <source>The workspace “%1” is damaged or not a database (%2).</source>
            <translation>Obszar roboczy „%1” jest uszkodzony lub nie jest bazą danych (%2).</translation>
        </message>
        <message>
            <source>The workspace “%1” cannot use write-ahead logging (journal mode is %2). Is it on a network drive or read-only medium?</source>
            <translation>Obszar roboczy „%1” nie może używać dziennika zapisu z wyprzedzeniem (tryb dziennika: %2). Czy znajduje się na dysku sieciowym lub nośniku tylko do odczytu?</translation>
        </message>
        <message>
            <source>Database error: %1</source>
            <translation>Błąd bazy danych: %1</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>nieznany błąd</translation>
        </message>
    </context>
    <context>
        <name>DemoWorkspace</name>
        <message>
            <source>The demo data can only be added to an empty workspace.</source>
            <translation>Dane demonstracyjne można dodać tylko do pustego obszaru roboczego.</translation>
        </message>
        <message numerus="yes">
            <source>Created %n demo contact(s).</source>
            <translation>
                <numerusform>Utworzono %n kontakt demonstracyjny.</numerusform>
                <numerusform>Utworzono %n kontakty demonstracyjne.</numerusform>
                <numerusform>Utworzono %n kontaktów demonstracyjnych.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorCodes</name>
        <message>
            <source>The phone number is not valid.</source>
            <translation>Numer telefonu jest nieprawidłowy.</translation>
        </message>
        <message>
            <source>Sending to this country is not enabled on the account.</source>
            <translation>Wysyłanie do tego kraju nie jest włączone na koncie.</translation>
        </message>
        <message>
            <source>The recipient replied STOP earlier: the provider blocks messages to them.</source>
            <translation>Odbiorca wcześniej odpowiedział STOP: dostawca blokuje wiadomości do niego.</translation>
        </message>
        <message>
            <source>The sender's queue was full: too many messages at once.</source>
            <translation>Kolejka nadawcy była pełna: zbyt wiele wiadomości naraz.</translation>
        </message>
        <message>
            <source>The provider cannot route a message between these two numbers.</source>
            <translation>Dostawca nie może przekazać wiadomości między tymi dwoma numerami.</translation>
        </message>
        <message>
            <source>The number is not a mobile number.</source>
            <translation>Numer nie jest numerem komórkowym.</translation>
        </message>
        <message>
            <source>Too many requests: the provider asked to slow down.</source>
            <translation>Zbyt wiele żądań: dostawca poprosił o spowolnienie.</translation>
        </message>
        <message>
            <source>The message waited too long in the provider's queue.</source>
            <translation>Wiadomość zbyt długo czekała w kolejce dostawcy.</translation>
        </message>
        <message>
            <source>The provider account is suspended.</source>
            <translation>Konto u dostawcy jest zawieszone.</translation>
        </message>
        <message>
            <source>The handset is switched off or out of reach.</source>
            <translation>Telefon jest wyłączony lub poza zasięgiem.</translation>
        </message>
        <message>
            <source>The recipient blocked messages from this sender.</source>
            <translation>Odbiorca zablokował wiadomości od tego nadawcy.</translation>
        </message>
        <message>
            <source>The number does not exist or is no longer in use.</source>
            <translation>Numer nie istnieje lub nie jest już używany.</translation>
        </message>
        <message>
            <source>A landline or a number the carrier cannot reach.</source>
            <translation>Numer stacjonarny lub numer, do którego operator nie może dotrzeć.</translation>
        </message>
        <message>
            <source>The carrier filtered the message as spam.</source>
            <translation>Operator odfiltrował wiadomość jako spam.</translation>
        </message>
        <message>
            <source>The carrier did not say why the message was not delivered.</source>
            <translation>Operator nie podał, dlaczego wiadomość nie została doręczona.</translation>
        </message>
        <message>
            <source>The sender number is not registered for US 10DLC messaging.</source>
            <translation>Numer nadawcy nie jest zarejestrowany do wysyłania wiadomości US 10DLC.</translation>
        </message>
        <message>
            <source>The message expired before it could be delivered.</source>
            <translation>Wiadomość wygasła, zanim mogła zostać doręczona.</translation>
        </message>
        <message>
            <source>The carrier did not deliver the message (provider error %1).</source>
            <translation>Operator nie doręczył wiadomości (błąd dostawcy %1).</translation>
        </message>
        <message>
            <source>The provider refused the message when it was sent (error %1).</source>
            <translation>Dostawca odrzucił wiadomość przy wysyłaniu (błąd %1).</translation>
        </message>
        <message>
            <source>The provider refused the request (account or API error %1).</source>
            <translation>Dostawca odrzucił żądanie (błąd konta lub API %1).</translation>
        </message>
        <message>
            <source>The carrier does not allow messages to this number.</source>
            <translation>Operator nie zezwala na wiadomości na ten numer.</translation>
        </message>
        <message>
            <source>The recipient's line is barred.</source>
            <translation>Linia odbiorcy jest zablokowana.</translation>
        </message>
        <message>
            <source>The handset's memory is full or it is busy.</source>
            <translation>Pamięć telefonu jest pełna lub telefon jest zajęty.</translation>
        </message>
        <message>
            <source>The carrier failed to deliver the message.</source>
            <translation>Operatorowi nie udało się doręczyć wiadomości.</translation>
        </message>
        <message>
            <source>The carrier rejected the content of the message.</source>
            <translation>Operator odrzucił treść wiadomości.</translation>
        </message>
        <message>
            <source>A network error at the carrier.</source>
            <translation>Błąd sieci po stronie operatora.</translation>
        </message>
        <message>
            <source>The sender number is not valid for this destination.</source>
            <translation>Numer nadawcy jest nieprawidłowy dla tego miejsca docelowego.</translation>
        </message>
        <message>
            <source>A message loop was detected.</source>
            <translation>Wykryto zapętlenie wiadomości.</translation>
        </message>
        <message>
            <source>The provider has no route to this destination.</source>
            <translation>Dostawca nie ma trasy do tego miejsca docelowego.</translation>
        </message>
        <message>
            <source>The carrier prohibits this message.</source>
            <translation>Operator zabrania tej wiadomości.</translation>
        </message>
        <message>
            <source>The message is too long.</source>
            <translation>Wiadomość jest za długa.</translation>
        </message>
        <message>
            <source>The provider account has no credit left.</source>
            <translation>Na koncie u dostawcy nie ma już środków.</translation>
        </message>
        <message>
            <source>The carrier blocks messages to this number.</source>
            <translation>Operator blokuje wiadomości na ten numer.</translation>
        </message>
        <message>
            <source>The sender ID is not allowed.</source>
            <translation>Identyfikator nadawcy jest niedozwolony.</translation>
        </message>
        <message>
            <source>The message is empty or too long.</source>
            <translation>Wiadomość jest pusta lub za długa.</translation>
        </message>
        <message>
            <source>The phone number is not valid or is blacklisted.</source>
            <translation>Numer telefonu jest nieprawidłowy lub znajduje się na czarnej liście.</translation>
        </message>
        <message>
            <source>Too many messages to one number in a short time.</source>
            <translation>Zbyt wiele wiadomości na jeden numer w krótkim czasie.</translation>
        </message>
        <message>
            <source>The recipient is on the account's blacklist.</source>
            <translation>Odbiorca jest na czarnej liście konta.</translation>
        </message>
        <message>
            <source>The provider did not accept the credentials.</source>
            <translation>Dostawca nie zaakceptował danych uwierzytelniających.</translation>
        </message>
        <message>
            <source>The provider refused this computer's IP address.</source>
            <translation>Dostawca odrzucił adres IP tego komputera.</translation>
        </message>
        <message>
            <source>No error code was given.</source>
            <translation>Nie podano kodu błędu.</translation>
        </message>
        <message>
            <source>No delivery report came within 7 days: the outcome is unknown.</source>
            <translation>W ciągu 7 dni nie nadszedł raport doręczenia: wynik jest nieznany.</translation>
        </message>
        <message>
            <source>The provider's answer could not be read.</source>
            <translation>Nie można odczytać odpowiedzi dostawcy.</translation>
        </message>
        <message>
            <source>The provider refused the message without saying why.</source>
            <translation>Dostawca odrzucił wiadomość bez podania przyczyny.</translation>
        </message>
        <message>
            <source>The provider had an internal problem (HTTP %1).</source>
            <translation>Dostawca miał problem wewnętrzny (HTTP %1).</translation>
        </message>
        <message>
            <source>The provider refused the request (HTTP %1).</source>
            <translation>Dostawca odrzucił żądanie (HTTP %1).</translation>
        </message>
        <message>
            <source>A network or provider problem (%1).</source>
            <translation>Problem z siecią lub dostawcą (%1).</translation>
        </message>
        <message>
            <source>Provider error %1: see the provider's list of error codes.</source>
            <translation>Błąd dostawcy %1: zobacz listę kodów błędów dostawcy.</translation>
        </message>
    </context>
    <context>
        <name>GsmSafe</name>
        <message>
            <source>Polish</source>
            <translation>Polski</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Rumuński</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Niemiecki</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>Czeski</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turecki</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Rosyjski</translation>
        </message>
    </context>
    <context>
        <name>Herald::AccountsDialog</name>
        <message>
            <source>Simulator (built in)</source>
            <translation>Symulator (wbudowany)</translation>
        </message>
        <message>
            <source>Generic HTTP</source>
            <translation>Ogólne HTTP</translation>
        </message>
        <message>
            <source>Provider Accounts</source>
            <translation>Konta dostawców</translation>
        </message>
        <message>
            <source>&amp;Accounts:</source>
            <translation>&amp;Konta:</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>&amp;Dodaj</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Nazw&amp;a:</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Dostawca:</translation>
        </message>
        <message>
            <source>Add&amp;ress:</source>
            <translation>Ad&amp;res:</translation>
        </message>
        <message>
            <source>Phone number or sender name</source>
            <translation>Numer telefonu lub nazwa nadawcy</translation>
        </message>
        <message>
            <source>&amp;Sender:</source>
            <translation>&amp;Nadawca:</translation>
        </message>
        <message>
            <source>Provider default</source>
            <translation>Domyślny u dostawcy</translation>
        </message>
        <message>
            <source> messages/s</source>
            <translation> wiad./s</translation>
        </message>
        <message>
            <source>Ra&amp;te:</source>
            <translation>&amp;Szybkość:</translation>
        </message>
        <message>
            <source>Use for new campaigns (de&amp;fault account)</source>
            <translation>Używaj dla nowych kampanii (konto &amp;domyślne)</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Opcja</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Add &amp;Option</source>
            <translation>Dodaj &amp;opcję</translation>
        </message>
        <message>
            <source>De&amp;lete Option</source>
            <translation>Usuń o&amp;pcję</translation>
        </message>
        <message>
            <source>Opt&amp;ions:</source>
            <translation>Opc&amp;je:</translation>
        </message>
        <message>
            <source>The secret is stored in the system keychain, never in the workspace, the settings or the logs.</source>
            <translation>Sekret jest zapisywany w systemowym pęku kluczy, nigdy w obszarze roboczym, ustawieniach ani dziennikach.</translation>
        </message>
        <message>
            <source>S&amp;ecret:</source>
            <translation>S&amp;ekret:</translation>
        </message>
        <message>
            <source>Test &amp;Connection</source>
            <translation>Testuj &amp;połączenie</translation>
        </message>
        <message>
            <source>Testing the connection</source>
            <translation>Testowanie połączenia</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Za&amp;pisz</translation>
        </message>
        <message>
            <source>&amp;Undo Changes</source>
            <translation>&amp;Cofnij zmiany</translation>
        </message>
        <message>
            <source>%1 — %2 (default)</source>
            <translation>%1 — %2 (domyślne)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Empty: run the Simulator inside Herald</source>
            <translation>Puste: uruchom symulator wewnątrz programu Herald</translation>
        </message>
        <message>
            <source>The Simulator answers like Twilio on this computer and needs no secret.</source>
            <translation>Symulator odpowiada jak Twilio na tym komputerze i nie wymaga sekretu.</translation>
        </message>
        <message>
            <source>Empty: Twilio’s public address</source>
            <translation>Puste: publiczny adres Twilio</translation>
        </message>
        <message>
            <source>account_sid: the Account SID (AC…). api_key: the API key SID (SK…) when the secret is an API key secret rather than the auth token.</source>
            <translation>account_sid: Account SID (AC…). api_key: SID klucza API (SK…), gdy sekret jest sekretem klucza API, a nie tokenem uwierzytelniającym (auth token).</translation>
        </message>
        <message>
            <source>Empty: the provider’s public address</source>
            <translation>Puste: publiczny adres dostawcy</translation>
        </message>
        <message>
            <source>The options this provider needs are listed in Herald’s documentation.</source>
            <translation>Opcje wymagane przez tego dostawcę są opisane w dokumentacji programu Herald.</translation>
        </message>
        <message>
            <source>A secret is stored in the system keychain. Type a new one to replace it.</source>
            <translation>Sekret jest zapisany w systemowym pęku kluczy. Wpisz nowy, aby go zastąpić.</translation>
        </message>
        <message>
            <source>Stored in the system keychain</source>
            <translation>Zapisany w systemowym pęku kluczy</translation>
        </message>
        <message>
            <source>The command line reads the secret from the environment variable %1. Type one here to store it in the system keychain.</source>
            <translation>Wiersz poleceń odczytuje sekret ze zmiennej środowiskowej %1. Wpisz go tutaj, aby zapisać go w systemowym pęku kluczy.</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>Nie zapisano</translation>
        </message>
        <message>
            <source>The Simulator needs no secret.</source>
            <translation>Symulator nie wymaga sekretu.</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Niepotrzebny</translation>
        </message>
        <message>
            <source>No secret is stored yet: type it to store it in the system keychain.</source>
            <translation>Nie zapisano jeszcze sekretu: wpisz go, aby zapisać go w systemowym pęku kluczy.</translation>
        </message>
        <message>
            <source>Save the new account?</source>
            <translation>Zapisać nowe konto?</translation>
        </message>
        <message>
            <source>Save the changes to “%1”?</source>
            <translation>Zapisać zmiany w „%1”?</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>Zapisano „%1”.</translation>
        </message>
        <message>
            <source>Saved “%1”; storing its secret in the system keychain…</source>
            <translation>Zapisano „%1”; zapisywanie sekretu w systemowym pęku kluczy…</translation>
        </message>
        <message>
            <source>Saved “%1”; its secret is stored in the system keychain.</source>
            <translation>Zapisano „%1”; jego sekret jest zapisany w systemowym pęku kluczy.</translation>
        </message>
        <message>
            <source>“%1” was saved, but its secret was not: %2</source>
            <translation>Zapisano „%1”, ale nie jego sekret: %2</translation>
        </message>
        <message>
            <source>Remove Account</source>
            <translation>Usuń konto</translation>
        </message>
        <message>
            <source>Remove the account “%1”? Its secret is deleted from the system keychain. Campaigns already sent keep their history.</source>
            <translation>Usunąć konto „%1”? Jego sekret zostanie usunięty z systemowego pęku kluczy. Już wysłane kampanie zachowają swoją historię.</translation>
        </message>
        <message>
            <source>Removed “%1”.</source>
            <translation>Usunięto „%1”.</translation>
        </message>
        <message>
            <source>“%1” was kept: its secret could not be removed from the system keychain. %2</source>
            <translation>Zachowano „%1”: nie udało się usunąć jego sekretu z systemowego pęku kluczy. %2</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Testowanie połączenia…</translation>
        </message>
        <message>
            <source>Waiting for the system keychain to answer before closing.</source>
            <translation>Oczekiwanie na odpowiedź systemowego pęku kluczy przed zamknięciem.</translation>
        </message>
    </context>
    <context>
        <name>Herald::AnalyticsPane</name>
        <message>
            <source>Refresh</source>
            <translation>Odśwież</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Eksportuj CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Eksportuj PDF…</translation>
        </message>
        <message>
            <source>Campaign:</source>
            <translation>Kampania:</translation>
        </message>
        <message>
            <source>Delivery rate</source>
            <translation>Wskaźnik doręczeń</translation>
        </message>
        <message>
            <source>Opt-out rate (7 days)</source>
            <translation>Wskaźnik wypisów (7 dni)</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Wskaźnik odpowiedzi</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>Why messages were not delivered</source>
            <translation>Dlaczego wiadomości nie zostały doręczone</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Wiadomości</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Znaczenie</translation>
        </message>
        <message>
            <source>Replies by weekday and hour (local time)</source>
            <translation>Odpowiedzi według dnia tygodnia i godziny (czas lokalny)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampania</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Trendy</translation>
        </message>
        <message>
            <source>No campaign yet. Once a campaign has been launched, its deliveries, opt-outs, replies and cost appear here.</source>
            <translation>Brak kampanii. Po uruchomieniu kampanii pojawią się tutaj jej doręczenia, wypisy, odpowiedzi i koszt.</translation>
        </message>
        <message>
            <source>The figures could not be computed: %1</source>
            <translation>Nie udało się obliczyć danych: %1</translation>
        </message>
        <message>
            <source>not launched</source>
            <translation>nieuruchomiona</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>campaign name (launch date)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The trends could not be computed: %1</source>
            <translation>Nie udało się obliczyć trendów: %1</translation>
        </message>
        <message>
            <source>“%1” — launched %2, %3</source>
            <translation>„%1” — uruchomiona %2, %3</translation>
        </message>
        <message>
            <source>“%1” — not launched yet</source>
            <translation>„%1” — jeszcze nieuruchomiona</translation>
        </message>
        <message numerus="yes">
            <source>%1 delivered of %Ln sent</source>
            <translation>
                <numerusform>Doręczono %1 z %Ln wysłanej</numerusform>
                <numerusform>Doręczono %1 z %Ln wysłanych</numerusform>
                <numerusform>Doręczono %1 z %Ln wysłanych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); above the %1 benchmark</source>
            <translation>
                <numerusform>%Ln wypis; powyżej wartości referencyjnej %1</numerusform>
                <numerusform>%Ln wypisy; powyżej wartości referencyjnej %1</numerusform>
                <numerusform>%Ln wypisów; powyżej wartości referencyjnej %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); benchmark %1</source>
            <translation>
                <numerusform>%Ln wypis; wartość referencyjna %1</numerusform>
                <numerusform>%Ln wypisy; wartość referencyjna %1</numerusform>
                <numerusform>%Ln wypisów; wartość referencyjna %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (the 7 days are not over yet)</source>
            <translation>%1 (7 dni jeszcze nie minęło)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>two facts side by side</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s) replied</source>
            <translation>
                <numerusform>Odpowiedziała %Ln osoba</numerusform>
                <numerusform>Odpowiedziały %Ln osoby</numerusform>
                <numerusform>Odpowiedziało %Ln osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln odpowiedź</numerusform>
                <numerusform>%Ln odpowiedzi</numerusform>
                <numerusform>%Ln odpowiedzi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln część</numerusform>
                <numerusform>%Ln części</numerusform>
                <numerusform>%Ln części</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 estimated</source>
            <translation>szacunkowo %1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <source>Provider said: %1</source>
            <translation>Odpowiedź dostawcy: %1</translation>
        </message>
        <message>
            <source>No marketing message in the last 12 months.</source>
            <translation>Brak wiadomości marketingowych w ciągu ostatnich 12 miesięcy.</translation>
        </message>
        <message>
            <source>%1 of %2 contact-months got more than %3 marketing messages (guideline: %4–%3 a month).</source>
            <translation>W %1 z %2 par kontakt–miesiąc wysłano więcej niż %3 wiadomości marketingowych (zalecenie: %4–%3 miesięcznie).</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Nie można zapisać „%1”: %2</translation>
        </message>
        <message>
            <source>Report saved as %1.</source>
            <translation>Raport zapisano jako %1.</translation>
        </message>
        <message>
            <source>Export the campaign report</source>
            <translation>Eksportuj raport kampanii</translation>
        </message>
        <message>
            <source>campaign-%1-report.csv</source>
            <translation>kampania-%1-raport.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Pliki CSV (*.csv)</translation>
        </message>
        <message>
            <source>campaign-%1-report.pdf</source>
            <translation>kampania-%1-raport.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Herald::Application</name>
        <message>
            <source>Herald: SMS campaigns for small shops</source>
            <translation>Herald: kampanie SMS dla małych sklepów</translation>
        </message>
        <message>
            <source>Open the workspace file &lt;path&gt;.</source>
            <translation>Otwórz plik obszaru roboczego wskazany jako &lt;path&gt;.</translation>
        </message>
        <message>
            <source>path</source>
            <translation>path</translation>
        </message>
        <message>
            <source>Could not add the demo data: %1</source>
            <translation>Nie udało się dodać danych demonstracyjnych: %1</translation>
        </message>
        <message>
            <source>Herald cannot start</source>
            <translation>Nie można uruchomić programu Herald</translation>
        </message>
        <message>
            <source>Could not add the starter templates: %1</source>
            <translation>Nie udało się dodać szablonów startowych: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::BulkTagDialog</name>
        <message>
            <source>Add Tag</source>
            <translation>Dodaj tag</translation>
        </message>
        <message>
            <source>Remove Tag</source>
            <translation>Usuń tag</translation>
        </message>
        <message>
            <source>A tag, new or existing</source>
            <translation>Tag nowy lub istniejący</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln selected contact(s)</source>
            <translation>
                <numerusform>%Ln zaznaczonego kontaktu</numerusform>
                <numerusform>%Ln zaznaczonych kontaktów</numerusform>
                <numerusform>%Ln zaznaczonych kontaktów</numerusform>
            </translation>
        </message>
        <message>
            <source>All contacts matching the current search and filters</source>
            <translation>Wszystkich kontaktów pasujących do bieżącego wyszukiwania i filtrów</translation>
        </message>
        <message numerus="yes">
            <source>All %Ln contact(s) matching the current search and filters</source>
            <translation>
                <numerusform>%Ln kontaktu pasującego do bieżącego wyszukiwania i filtrów</numerusform>
                <numerusform>Wszystkich %Ln kontaktów pasujących do bieżącego wyszukiwania i filtrów</numerusform>
                <numerusform>Wszystkich %Ln kontaktów pasujących do bieżącego wyszukiwania i filtrów</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts that already have the tag keep it.</source>
            <translation>Kontakty, które już mają ten tag, zachowują go.</translation>
        </message>
        <message>
            <source>Only the tag is removed; the contacts stay.</source>
            <translation>Usuwany jest tylko tag; kontakty pozostają.</translation>
        </message>
        <message>
            <source>Add it to</source>
            <translation>Dodaj go do</translation>
        </message>
        <message>
            <source>Remove it from</source>
            <translation>Usuń go z</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>&amp;Tag:</translation>
        </message>
        <message>
            <source>&amp;Add Tag</source>
            <translation>&amp;Dodaj tag</translation>
        </message>
        <message>
            <source>&amp;Remove Tag</source>
            <translation>&amp;Usuń tag</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignComposer</name>
        <message>
            <source>Tag links for your analytics (utm_source=sms…)</source>
            <translation>Oznaczaj linki na potrzeby analityki (utm_source=sms…)</translation>
        </message>
        <message>
            <source>End with the opt-out footer (“Reply STOP to opt out”)</source>
            <translation>Zakończ stopką wypisu („Odpowiedz STOP, aby się wypisać”)</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>Wszystkie kontakty</translation>
        </message>
        <message>
            <source>Contacts in any of these segments:</source>
            <translation>Kontakty z dowolnego z tych segmentów:</translation>
        </message>
        <message>
            <source>When I launch it</source>
            <translation>W chwili uruchomienia</translation>
        </message>
        <message>
            <source>At</source>
            <translation>W terminie</translation>
        </message>
        <message>
            <source>At each recipient's local time</source>
            <translation>W czasie lokalnym każdego odbiorcy</translation>
        </message>
        <message>
            <source>Edit Campaign</source>
            <translation>Edytuj kampanię</translation>
        </message>
        <message>
            <source>New Campaign</source>
            <translation>Nowa kampania</translation>
        </message>
        <message>
            <source>Winter sale</source>
            <translation>Zimowa wyprzedaż</translation>
        </message>
        <message>
            <source>Marketing (opted-in contacts, opt-out footer)</source>
            <translation>Marketingowa (kontakty ze zgodą, stopka wypisu)</translation>
        </message>
        <message>
            <source>Transactional (order and shipping updates)</source>
            <translation>Transakcyjna (informacje o zamówieniach i wysyłce)</translation>
        </message>
        <message>
            <source>Save Draft</source>
            <translation>Zapisz wersję roboczą</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Wiadomość</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Szablon:</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Grupa odbiorców</translation>
        </message>
        <message>
            <source>A person in several segments gets one message.</source>
            <translation>Osoba należąca do kilku segmentów otrzyma jedną wiadomość.</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Nadawca</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Konto:</translation>
        </message>
        <message>
            <source>Sender &amp;ID:</source>
            <translation>&amp;Identyfikator nadawcy:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Nazw&amp;a:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Rodzaj:</translation>
        </message>
        <message>
            <source>Write my own</source>
            <translation>Własna treść</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (domyślne)</translation>
        </message>
        <message>
            <source>The counter includes the tracking tags added to links (utm_campaign=%1).</source>
            <translation>Licznik uwzględnia znaczniki śledzenia dodane do linków (utm_campaign=%1).</translation>
        </message>
        <message>
            <source>The account's sender</source>
            <translation>Nadawca konta</translation>
        </message>
        <message>
            <source>The provider chooses the sender.</source>
            <translation>Nadawcę wybiera dostawca.</translation>
        </message>
        <message>
            <source>A name as sender: nobody can reply to it, and US and Canadian numbers refuse it.</source>
            <translation>Nazwa jako nadawca: nikt nie może na nią odpowiedzieć, a numery z USA i Kanady ją odrzucają.</translation>
        </message>
        <message>
            <source>A number as sender: customers can reply, and STOP works.</source>
            <translation>Numer jako nadawca: klienci mogą odpowiadać, a STOP działa.</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignListModel</name>
        <message>
            <source>Draft</source>
            <translation>Wersja robocza</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Zaplanowana</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wysyłana</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Wstrzymana</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Zakończona</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Anulowana</translation>
        </message>
        <message>
            <source>Paused because: %1</source>
            <translation>Wstrzymano z powodu: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln recipient(s) handed to the provider or settled</source>
            <translation>
                <numerusform>Przekazano dostawcy lub ustalono stan: %1 z %Ln odbiorcy</numerusform>
                <numerusform>Przekazano dostawcy lub ustalono stan: %1 z %Ln odbiorców</numerusform>
                <numerusform>Przekazano dostawcy lub ustalono stan: %1 z %Ln odbiorców</numerusform>
            </translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Marketingowa</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>Transakcyjna</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampania</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Postęp</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>W kolejce</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłane</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Doręczone</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Nieudane</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignMonitor</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <source>Check and &amp;Launch…</source>
            <translation>Sprawdź i &amp;uruchom…</translation>
        </message>
        <message>
            <source>Send &amp;Test…</source>
            <translation>Wyślij &amp;test…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Wstrzymaj</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>W&amp;znów</translation>
        </message>
        <message>
            <source>&amp;Cancel Campaign…</source>
            <translation>&amp;Anuluj kampanię…</translation>
        </message>
        <message>
            <source>Retry &amp;Failed</source>
            <translation>Ponów &amp;nieudane</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Błąd</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Odebrano</translation>
        </message>
        <message>
            <source>Keyword</source>
            <translation>Słowo kluczowe</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>W kolejce</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłana</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Doręczona</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Nieudana</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Wynik nieznany</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Pominięta</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Anulowana</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Wiadomość</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Błędy</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Odpowiedzi</translation>
        </message>
        <message>
            <source>Choose a campaign.</source>
            <translation>Wybierz kampanię.</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>Nie wybrano kampanii</translation>
        </message>
        <message>
            <source>Choose a campaign in the list, or write a new one.</source>
            <translation>Wybierz kampanię z listy lub utwórz nową.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Marketingowa</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>Transakcyjna</translation>
        </message>
        <message>
            <source>%1 — paused because: %2</source>
            <translation>%1 — wstrzymano z powodu: %2</translation>
        </message>
        <message>
            <source>Launched %1</source>
            <translation>Uruchomiono %1</translation>
        </message>
        <message>
            <source>Goes out when launched</source>
            <translation>Wysyłka po uruchomieniu</translation>
        </message>
        <message>
            <source>Scheduled for %1</source>
            <translation>Zaplanowano na %1</translation>
        </message>
        <message>
            <source>At %1 on %2 in each recipient's local time</source>
            <translation>O %1 dnia %2 w czasie lokalnym każdego odbiorcy</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln message(s) wait for their send time; the next at %2.</source>
            <translation>
                <numerusform>%1 — %Ln wiadomość czeka na swój czas wysyłki; następna o %2.</numerusform>
                <numerusform>%1 — %Ln wiadomości czekają na swój czas wysyłki; następna o %2.</numerusform>
                <numerusform>%1 — %Ln wiadomości czeka na swój czas wysyłki; następna o %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not launched yet</source>
            <translation>Jeszcze nieuruchomiona</translation>
        </message>
        <message>
            <source>%p% handed over or settled</source>
            <translation>%p% przekazano dostawcy lub ustalono stan</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>Błędy (%1)</translation>
        </message>
        <message>
            <source>Replies (%1)</source>
            <translation>Odpowiedzi (%1)</translation>
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
            <translation>Kampanie</translation>
        </message>
        <message>
            <source>&amp;New Campaign…</source>
            <translation>&amp;Nowa kampania…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edytuj…</translation>
        </message>
        <message>
            <source>Check and &amp;Launch…</source>
            <translation>Sprawdź i &amp;uruchom…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplikuj</translation>
        </message>
        <message>
            <source>&amp;Delete Draft…</source>
            <translation>U&amp;suń wersję roboczą…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Wstrzymaj</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>W&amp;znów</translation>
        </message>
        <message>
            <source>&amp;Cancel Campaign…</source>
            <translation>&amp;Anuluj kampanię…</translation>
        </message>
        <message>
            <source>Campaign %1 was paused: %2</source>
            <translation>Kampania %1 została wstrzymana: %2</translation>
        </message>
        <message>
            <source>Campaign %1 cannot be sent now: %2</source>
            <translation>Kampanii %1 nie można teraz wysłać: %2</translation>
        </message>
        <message>
            <source>Campaign “%1” was sending when Herald closed; it goes on.</source>
            <translation>Kampania „%1” była wysyłana, gdy zamknięto program Herald; wysyłka jest kontynuowana.</translation>
        </message>
        <message>
            <source>Saved the draft “%1”. Check and launch it when you are ready.</source>
            <translation>Zapisano wersję roboczą „%1”. Sprawdź ją i uruchom, gdy wszystko będzie gotowe.</translation>
        </message>
        <message>
            <source>“%1” is scheduled for %2. Keep Herald running: a campaign whose time passes while Herald is closed waits for your decision.</source>
            <translation>Kampania „%1” jest zaplanowana na %2. Nie zamykaj programu Herald: kampania, której termin minie, gdy Herald jest zamknięty, czeka na decyzję.</translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) wait for quiet hours to end or for their local send time; the last goes out at %2.</source>
            <translation>
                <numerusform>Uruchomiono „%1”: %Ln wiadomość czeka na koniec godzin ciszy lub na swój lokalny czas wysyłki; ostatnia wyjdzie o %2.</numerusform>
                <numerusform>Uruchomiono „%1”: %Ln wiadomości czekają na koniec godzin ciszy lub na swój lokalny czas wysyłki; ostatnia wyjdzie o %2.</numerusform>
                <numerusform>Uruchomiono „%1”: %Ln wiadomości czeka na koniec godzin ciszy lub na swój lokalny czas wysyłki; ostatnia wyjdzie o %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) are being sent.</source>
            <translation>
                <numerusform>Uruchomiono „%1”: trwa wysyłanie %Ln wiadomości.</numerusform>
                <numerusform>Uruchomiono „%1”: trwa wysyłanie %Ln wiadomości.</numerusform>
                <numerusform>Uruchomiono „%1”: trwa wysyłanie %Ln wiadomości.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (kopia)</translation>
        </message>
        <message>
            <source>Delete Draft</source>
            <translation>Usuń wersję roboczą</translation>
        </message>
        <message>
            <source>Delete the draft “%1”? This cannot be undone.</source>
            <translation>Usunąć wersję roboczą „%1”? Tej operacji nie można cofnąć.</translation>
        </message>
        <message>
            <source>Cancel Campaign</source>
            <translation>Anuluj kampanię</translation>
        </message>
        <message>
            <source>Cancel “%1”? Messages not sent yet will not be sent; those already sent stay sent.</source>
            <translation>Anulować „%1”? Niewysłane jeszcze wiadomości nie zostaną wysłane; już wysłane pozostaną wysłane.</translation>
        </message>
        <message>
            <source>No failed message to retry.</source>
            <translation>Brak nieudanych wiadomości do ponowienia.</translation>
        </message>
        <message numerus="yes">
            <source>Sending %Ln failed message(s) again.</source>
            <translation>
                <numerusform>Ponowne wysyłanie %Ln nieudanej wiadomości.</numerusform>
                <numerusform>Ponowne wysyłanie %Ln nieudanych wiadomości.</numerusform>
                <numerusform>Ponowne wysyłanie %Ln nieudanych wiadomości.</numerusform>
            </translation>
        </message>
        <message>
            <source>Campaign “%1” is due: launching it.</source>
            <translation>Nadszedł termin kampanii „%1”: uruchamianie.</translation>
        </message>
        <message>
            <source>Missed Campaign</source>
            <translation>Pominięta kampania</translation>
        </message>
        <message>
            <source>“%1” was scheduled for %2, but Herald was not running then, so it has not been sent.

Yes: check it and send it now.
No: turn it back into a draft to choose another time.
Ignore: leave it scheduled and ask again next time.</source>
            <translation>Kampania „%1” była zaplanowana na %2, ale program Herald wtedy nie działał, więc nie została wysłana.

Tak: sprawdź ją i wyślij teraz.
Nie: przywróć ją do wersji roboczej, aby wybrać inny termin.
Ignoruj: pozostaw ją zaplanowaną i zapytaj ponownie następnym razem.</translation>
        </message>
        <message>
            <source>“%1” is a draft again: edit it to choose another time.</source>
            <translation>Kampania „%1” jest znowu wersją roboczą: edytuj ją, aby wybrać inny termin.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConnectionTest</name>
        <message numerus="yes">
            <source>The provider did not answer within %n second(s).</source>
            <translation>
                <numerusform>Dostawca nie odpowiedział w ciągu %n sekundy.</numerusform>
                <numerusform>Dostawca nie odpowiedział w ciągu %n sekund.</numerusform>
                <numerusform>Dostawca nie odpowiedział w ciągu %n sekund.</numerusform>
            </translation>
        </message>
        <message>
            <source>The connection works: the provider accepted the credentials of “%1”.</source>
            <translation>Połączenie działa: dostawca zaakceptował dane uwierzytelniające konta „%1”.</translation>
        </message>
        <message>
            <source>The provider refused the credentials of “%1” (HTTP %2).</source>
            <translation>Dostawca odrzucił dane uwierzytelniające konta „%1” (HTTP %2).</translation>
        </message>
        <message>
            <source>The provider refused the credentials of “%1”: %2</source>
            <translation>Dostawca odrzucił dane uwierzytelniające konta „%1”: %2</translation>
        </message>
        <message>
            <source>The connection to “%1” failed (HTTP %2).</source>
            <translation>Połączenie z „%1” nie powiodło się (HTTP %2).</translation>
        </message>
        <message>
            <source>The connection to “%1” failed: %2</source>
            <translation>Połączenie z „%1” nie powiodło się: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConsentEventDialog</name>
        <message>
            <source>Record Opt-in for %1</source>
            <translation>Zarejestruj zgodę kontaktu %1</translation>
        </message>
        <message>
            <source>Record Opt-out for %1</source>
            <translation>Zarejestruj wycofanie zgody kontaktu %1</translation>
        </message>
        <message>
            <source>Marketing messages</source>
            <translation>Wiadomości marketingowe</translation>
        </message>
        <message>
            <source>Transactional messages (orders, shipping)</source>
            <translation>Wiadomości transakcyjne (zamówienia, wysyłka)</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>W sklepie</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Rozmowa telefoniczna</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>Formularz papierowy</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Formularz internetowy</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inny</translation>
        </message>
        <message>
            <source>Where it was given, e.g. shop counter in Kraków, form #12</source>
            <translation>Gdzie udzielono zgody, np. lada sklepu w Krakowie, formularz nr 12</translation>
        </message>
        <message>
            <source>How the person asked, e.g. phone call to the shop</source>
            <translation>Jak osoba o to poprosiła, np. telefon do sklepu</translation>
        </message>
        <message>
            <source>The exact words the person agreed to</source>
            <translation>Dokładna treść, na którą osoba się zgodziła</translation>
        </message>
        <message>
            <source>What the person said or wrote (optional)</source>
            <translation>Co osoba powiedziała lub napisała (opcjonalnie)</translation>
        </message>
        <message>
            <source>Where the proof is kept, e.g. signed form in the binder, call recording</source>
            <translation>Gdzie przechowywany jest dowód, np. podpisany formularz w segregatorze, nagranie rozmowy</translation>
        </message>
        <message>
            <source>The opt-in is added to the consent ledger of %1 with its proof. The ledger keeps every event: it cannot be edited or removed later.</source>
            <translation>Zgoda zostanie dodana do rejestru zgód kontaktu %1 wraz z dowodem. Rejestr przechowuje każde zdarzenie: zdarzeń nie można później edytować ani usuwać.</translation>
        </message>
        <message>
            <source>The opt-out is added to the consent ledger of %1 and applies at once: no marketing message will be sent to this number. The ledger keeps every event: it cannot be edited or removed later.</source>
            <translation>Wycofanie zgody zostanie dodane do rejestru zgód kontaktu %1 i obowiązuje od razu: na ten numer nie zostanie wysłana żadna wiadomość marketingowa. Rejestr przechowuje każde zdarzenie: zdarzeń nie można później edytować ani usuwać.</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Dotyczy:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Kiedy:</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Jak:</translation>
        </message>
        <message>
            <source>&amp;Source (required):</source>
            <translation>Ź&amp;ródło (wymagane):</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>Ź&amp;ródło:</translation>
        </message>
        <message>
            <source>Wor&amp;ding (required):</source>
            <translation>&amp;Treść zgody (wymagana):</translation>
        </message>
        <message>
            <source>Wor&amp;ding:</source>
            <translation>&amp;Treść:</translation>
        </message>
        <message>
            <source>&amp;Evidence:</source>
            <translation>Do&amp;wód:</translation>
        </message>
        <message>
            <source>Record &amp;Opt-in</source>
            <translation>Zarejestruj &amp;zgodę</translation>
        </message>
        <message>
            <source>Record &amp;Opt-out</source>
            <translation>Zarejestruj &amp;wycofanie zgody</translation>
        </message>
        <message>
            <source>Say where the consent was given.</source>
            <translation>Podaj, gdzie udzielono zgody.</translation>
        </message>
        <message>
            <source>Write the exact words the person agreed to.</source>
            <translation>Wpisz dokładną treść, na którą osoba się zgodziła.</translation>
        </message>
        <message>
            <source>The event cannot be in the future.</source>
            <translation>Zdarzenie nie może być w przyszłości.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactCardDialog</name>
        <message>
            <source>Contact: %1</source>
            <translation>Kontakt: %1</translation>
        </message>
        <message>
            <source>Orders:</source>
            <translation>Zamówienia:</translation>
        </message>
        <message>
            <source>Opted in</source>
            <translation>Zgoda wyrażona</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Zgoda wycofana</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Jak</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>Treść zgody</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dowód</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłana</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Odebrana</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Kierunek</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Treść</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Błąd</translation>
        </message>
        <message>
            <source>opted in</source>
            <translation>zgoda wyrażona</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>zgoda wycofana</translation>
        </message>
        <message>
            <source>no consent recorded</source>
            <translation>brak zapisanej zgody</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Szczegóły</translation>
        </message>
        <message>
            <source>&amp;Tags and fields</source>
            <translation>&amp;Tagi i pola</translation>
        </message>
        <message>
            <source>With the country code (+48 601 234 567), or as dialled in the contact's country</source>
            <translation>Z kodem kraju (+48 601 234 567) lub tak, jak wybiera się go w kraju kontaktu</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nie ustawiono</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nieznany</translation>
        </message>
        <message>
            <source>year unknown</source>
            <translation>rok nieznany</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>Miesiąc urodzin</translation>
        </message>
        <message>
            <source>Birthday day</source>
            <translation>Dzień urodzin</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Rok urodzenia</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Imię:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Nazwisko:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Tele&amp;fon:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;Kraj:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Miasto:</translation>
        </message>
        <message>
            <source>L&amp;anguage:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>Stref&amp;a czasowa:</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;Urodziny:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s), %1 in total</source>
            <translation>
                <numerusform>%Ln zamówienie, łącznie %1</numerusform>
                <numerusform>%Ln zamówienia, łącznie %1</numerusform>
                <numerusform>%Ln zamówień, łącznie %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, from %2</source>
            <translation>%1, źródło: %2</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>Dodano:</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Tagi oddzielone przecinkami</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>Tag&amp;i:</translation>
        </message>
        <message>
            <source>C&amp;ustom fields (usable in messages as {field:Name}):</source>
            <translation>&amp;Pola niestandardowe (do użycia w wiadomościach jako {field:Name}):</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Add &amp;Field</source>
            <translation>Dodaj p&amp;ole</translation>
        </message>
        <message>
            <source>&amp;Remove Field</source>
            <translation>U&amp;suń pole</translation>
        </message>
        <message>
            <source>Record Opt-&amp;in…</source>
            <translation>Zarejestruj &amp;zgodę…</translation>
        </message>
        <message>
            <source>Add an opt-in with its proof to the ledger, e.g. consent given in the shop</source>
            <translation>Dodaj do rejestru zgodę wraz z dowodem, np. zgodę wyrażoną w sklepie</translation>
        </message>
        <message>
            <source>Record Opt-ou&amp;t…</source>
            <translation>Zarejestruj &amp;wycofanie zgody…</translation>
        </message>
        <message>
            <source>Add an opt-out to the ledger, e.g. the person asked on the phone</source>
            <translation>Dodaj do rejestru wycofanie zgody, np. gdy osoba poprosiła o to telefonicznie</translation>
        </message>
        <message>
            <source>The ledger is the proof of consent: events are only ever added, never changed or removed.</source>
            <translation>Rejestr jest dowodem zgody: zdarzenia są tylko dodawane, nigdy zmieniane ani usuwane.</translation>
        </message>
        <message>
            <source>No messages yet. Messages sent to this number and replies from it will be listed here.</source>
            <translation>Brak wiadomości. Tutaj pojawią się wiadomości wysłane na ten numer i odpowiedzi z niego.</translation>
        </message>
        <message>
            <source>A contact needs a phone number.</source>
            <translation>Kontakt musi mieć numer telefonu.</translation>
        </message>
        <message>
            <source>Saved as %1 (%2, %3)</source>
            <translation>Zapisano jako %1 (%2, %3)</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>komórkowy</translation>
        </message>
        <message>
            <source>landline: cannot receive SMS in most countries</source>
            <translation>stacjonarny: w większości krajów nie odbiera SMS-ów</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Telefon: %1</translation>
        </message>
        <message>
            <source>“%1” is not an email address.</source>
            <translation>„%1” nie jest adresem e-mail.</translation>
        </message>
        <message>
            <source>“%1” is not a time zone; pick one from the list, e.g. Europe/Warsaw.</source>
            <translation>„%1” nie jest strefą czasową; wybierz ją z listy, np. Europe/Warsaw.</translation>
        </message>
        <message>
            <source>The birthday %1 %2 does not exist.</source>
            <translation>Taka data urodzin nie istnieje: %2 nie ma dnia %1.</translation>
        </message>
        <message>
            <source>The custom field with the value “%1” needs a name.</source>
            <translation>Pole niestandardowe o wartości „%1” musi mieć nazwę.</translation>
        </message>
        <message>
            <source>There are two custom fields named “%1”.</source>
            <translation>Istnieją dwa pola niestandardowe o nazwie „%1”.</translation>
        </message>
        <message>
            <source>The opt-in was added to the consent ledger.</source>
            <translation>Zgodę dodano do rejestru zgód.</translation>
        </message>
        <message>
            <source>The opt-out was added to the consent ledger.</source>
            <translation>Wycofanie zgody dodano do rejestru zgód.</translation>
        </message>
        <message>
            <source>Marketing: %1</source>
            <translation>Marketing: %1</translation>
        </message>
        <message>
            <source>Marketing: %1 since %2</source>
            <translation>Marketing: %1 od %2</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Marketingowe</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>Transakcyjne</translation>
        </message>
        <message>
            <source>&amp;Consent history (%1)</source>
            <translation>&amp;Historia zgód (%1)</translation>
        </message>
        <message>
            <source>&amp;Messages (%1)</source>
            <translation>&amp;Wiadomości (%1)</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>Zapisać zmiany w kontakcie %1?</translation>
        </message>
        <message>
            <source>Conversation with the contact</source>
            <translation>Rozmowa z kontaktem</translation>
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation>&amp;Rozmowa</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactListModel</name>
        <message>
            <source>Opted in</source>
            <translation>Zgoda wyrażona</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Zgoda wycofana</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>Brak zgody</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>Zgoda marketingowa</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Zamówienia</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>Łączne wydatki</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Data dodania</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactsPane</name>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importuj CSV…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <source>Search names, phone digits, emails, tags</source>
            <translation>Szukaj po imieniu, cyfrach telefonu, e-mailu, tagach</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Szukaj kontaktów</translation>
        </message>
        <message>
            <source>Any consent</source>
            <translation>Dowolna zgoda</translation>
        </message>
        <message>
            <source>Opted in</source>
            <translation>Zgoda wyrażona</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Zgoda wycofana</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>Brak zgody</translation>
        </message>
        <message>
            <source>Filter by marketing consent</source>
            <translation>Filtruj według zgody marketingowej</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Filtruj według tagu</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Dowolny tag</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;ksportuj…</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>&amp;Tagi</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>&amp;Open Contact</source>
            <translation>&amp;Otwórz kontakt</translation>
        </message>
        <message>
            <source>&amp;Add Tag…</source>
            <translation>&amp;Dodaj tag…</translation>
        </message>
        <message>
            <source>&amp;Remove Tag…</source>
            <translation>&amp;Usuń tag…</translation>
        </message>
        <message>
            <source>&amp;Delete Selected…</source>
            <translation>Usuń &amp;zaznaczone…</translation>
        </message>
        <message>
            <source>Delete All &amp;Matching…</source>
            <translation>Usuń wszystkie &amp;pasujące…</translation>
        </message>
        <message>
            <source>&amp;Find Contacts</source>
            <translation>&amp;Znajdź kontakty</translation>
        </message>
        <message>
            <source>Import customers from a CSV export (you can also drop the file here)</source>
            <translation>Importuj klientów z eksportu CSV (plik można też upuścić tutaj)</translation>
        </message>
        <message>
            <source>Save the selected contacts, the current view or a segment as a CSV file</source>
            <translation>Zapisz zaznaczone kontakty, bieżący widok lub segment jako plik CSV</translation>
        </message>
        <message>
            <source>Add a tag to, or remove it from, the selected contacts or all that match</source>
            <translation>Dodaj tag do zaznaczonych kontaktów lub wszystkich pasujących albo go z nich usuń</translation>
        </message>
        <message>
            <source>Delete the selected contacts, or all that match the search and filters</source>
            <translation>Usuń zaznaczone kontakty lub wszystkie pasujące do wyszukiwania i filtrów</translation>
        </message>
        <message>
            <source>Adding the tag “%1”…</source>
            <translation>Dodawanie tagu „%1”…</translation>
        </message>
        <message numerus="yes">
            <source>Added the tag “%1” to %Ln contact(s).</source>
            <translation>
                <numerusform>Dodano tag „%1” do %Ln kontaktu.</numerusform>
                <numerusform>Dodano tag „%1” do %Ln kontaktów.</numerusform>
                <numerusform>Dodano tag „%1” do %Ln kontaktów.</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing the tag “%1”…</source>
            <translation>Usuwanie tagu „%1”…</translation>
        </message>
        <message numerus="yes">
            <source>Removed the tag “%1” from %Ln contact(s).</source>
            <translation>
                <numerusform>Usunięto tag „%1” z %Ln kontaktu.</numerusform>
                <numerusform>Usunięto tag „%1” z %Ln kontaktów.</numerusform>
                <numerusform>Usunięto tag „%1” z %Ln kontaktów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the %Ln selected contact(s)?</source>
            <translation>
                <numerusform>Usunąć %Ln zaznaczony kontakt?</numerusform>
                <numerusform>Usunąć %Ln zaznaczone kontakty?</numerusform>
                <numerusform>Usunąć %Ln zaznaczonych kontaktów?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) in the workspace?</source>
            <translation>
                <numerusform>Usunąć %Ln kontakt z obszaru roboczego?</numerusform>
                <numerusform>Usunąć wszystkie %Ln kontakty z obszaru roboczego?</numerusform>
                <numerusform>Usunąć wszystkie %Ln kontaktów z obszaru roboczego?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) that match the current search and filters?</source>
            <translation>
                <numerusform>Usunąć %Ln kontakt pasujący do bieżącego wyszukiwania i filtrów?</numerusform>
                <numerusform>Usunąć wszystkie %Ln kontakty pasujące do bieżącego wyszukiwania i filtrów?</numerusform>
                <numerusform>Usunąć wszystkie %Ln kontaktów pasujących do bieżącego wyszukiwania i filtrów?</numerusform>
            </translation>
        </message>
        <message>
            <source>Their tags, custom fields, consent history and messages are deleted too, and this cannot be undone. Numbers that opted out stay on the suppression list, so a later import cannot subscribe them again.</source>
            <translation>Ich tagi, pola niestandardowe, historia zgód i wiadomości również zostaną usunięte; tej operacji nie można cofnąć. Numery, które wycofały zgodę, pozostają na liście wykluczeń, więc późniejszy import nie zapisze ich ponownie.</translation>
        </message>
        <message>
            <source>Delete Contacts</source>
            <translation>Usuń kontakty</translation>
        </message>
        <message numerus="yes">
            <source>Deleting %Ln contact(s)…</source>
            <translation>
                <numerusform>Usuwanie %Ln kontaktu…</numerusform>
                <numerusform>Usuwanie %Ln kontaktów…</numerusform>
                <numerusform>Usuwanie %Ln kontaktów…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contact(s).</source>
            <translation>
                <numerusform>Usunięto %Ln kontakt.</numerusform>
                <numerusform>Usunięto %Ln kontakty.</numerusform>
                <numerusform>Usunięto %Ln kontaktów.</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting matches…</source>
            <translation>Liczenie pasujących…</translation>
        </message>
        <message>
            <source>Counting contacts…</source>
            <translation>Liczenie kontaktów…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln contact(s)</source>
            <translation>
                <numerusform>%1 z %Ln kontaktu</numerusform>
                <numerusform>%1 z %Ln kontaktów</numerusform>
                <numerusform>%1 z %Ln kontaktów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln kontakt</numerusform>
                <numerusform>%Ln kontakty</numerusform>
                <numerusform>%Ln kontaktów</numerusform>
            </translation>
        </message>
        <message>
            <source>No contacts yet.

Drop a customer list (CSV) from Shopify, WooCommerce, Google Contacts, Outlook or Excel here, or click Import CSV.</source>
            <translation>Brak kontaktów.

Upuść tutaj listę klientów (CSV) z Shopify, WooCommerce, Kontaktów Google, programu Outlook lub Excel albo kliknij Importuj CSV.</translation>
        </message>
        <message>
            <source>No contacts match the search and filters.</source>
            <translation>Żaden kontakt nie pasuje do wyszukiwania i filtrów.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationDelegate</name>
        <message>
            <source>%1 • open</source>
            <translation>%1 • otwarta</translation>
        </message>
        <message>
            <source>%1 — re: %2</source>
            <translation>%1 — dot.: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationListModel</name>
        <message>
            <source>%1 (not in your contacts)</source>
            <translation>%1 (spoza kontaktów)</translation>
        </message>
        <message numerus="yes">
            <source>%1, %Ln unread, last message: %2</source>
            <translation>
                <numerusform>%1, %Ln nieprzeczytana, ostatnia wiadomość: %2</numerusform>
                <numerusform>%1, %Ln nieprzeczytane, ostatnia wiadomość: %2</numerusform>
                <numerusform>%1, %Ln nieprzeczytanych, ostatnia wiadomość: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Last reply</source>
            <translation>Ostatnia odpowiedź</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Odebrano</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Nieprzeczytane</translation>
        </message>
        <message>
            <source>Answers campaign</source>
            <translation>Odpowiedź na kampanię</translation>
        </message>
    </context>
    <context>
        <name>Herald::CredentialStore</name>
        <message>
            <source>The secret is empty.</source>
            <translation>Sekret jest pusty.</translation>
        </message>
        <message>
            <source>The secret is %1 bytes long; Herald accepts at most %2.</source>
            <translation>Sekret ma %1 bajtów; Herald akceptuje najwyżej %2.</translation>
        </message>
        <message>
            <source>Herald never keeps secrets in plain text. Start a keychain service (GNOME Keyring, KWallet or KeePassXC), or for headless use give the secret in an environment variable with herald-cli --secret-env VARIABLE.</source>
            <translation>Herald nigdy nie przechowuje sekretów jako zwykłego tekstu. Uruchom usługę pęku kluczy (GNOME Keyring, KWallet lub KeePassXC) albo, przy pracy bez interfejsu graficznego, podaj sekret w zmiennej środowiskowej za pomocą herald-cli --secret-env ZMIENNA.</translation>
        </message>
        <message>
            <source>No system keychain is available. %1</source>
            <translation>Systemowy pęk kluczy jest niedostępny. %1</translation>
        </message>
        <message>
            <source>No system keychain is available (%1). %2</source>
            <translation>Systemowy pęk kluczy jest niedostępny (%1). %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ExportDialog</name>
        <message>
            <source>The saved &amp;segment:</source>
            <translation>Zapisany &amp;segment:</translation>
        </message>
        <message>
            <source>&amp;Every contact in the workspace</source>
            <translation>&amp;Wszystkie kontakty w obszarze roboczym</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Przeglądaj…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;ksportuj</translation>
        </message>
        <message>
            <source>Export Contacts</source>
            <translation>Eksportuj kontakty</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln &amp;selected contact(s)</source>
            <translation>
                <numerusform>%Ln &amp;zaznaczony kontakt</numerusform>
                <numerusform>%Ln &amp;zaznaczone kontakty</numerusform>
                <numerusform>%Ln &amp;zaznaczonych kontaktów</numerusform>
            </translation>
        </message>
        <message>
            <source>The contacts in the current &amp;view (search and filters)</source>
            <translation>Kontakty w bieżącym &amp;widoku (wyszukiwanie i filtry)</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln contact(s) in the current &amp;view (search and filters)</source>
            <translation>
                <numerusform>%Ln kontakt w bieżącym &amp;widoku (wyszukiwanie i filtry)</numerusform>
                <numerusform>%Ln kontakty w bieżącym &amp;widoku (wyszukiwanie i filtry)</numerusform>
                <numerusform>%Ln kontaktów w bieżącym &amp;widoku (wyszukiwanie i filtry)</numerusform>
            </translation>
        </message>
        <message>
            <source>contacts %1.csv</source>
            <translation>contacts %1.csv</translation>
        </message>
        <message>
            <source>UTF-8 with a byte order mark, opens in spreadsheets and imports back into Herald.</source>
            <translation>UTF-8 ze znacznikiem kolejności bajtów (BOM); plik otwiera się w arkuszach kalkulacyjnych i można go ponownie zaimportować do programu Herald.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>&amp;To file:</source>
            <translation>&amp;Do pliku:</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Eksportowanie…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) written…</source>
            <translation>
                <numerusform>Zapisano %Ln kontakt…</numerusform>
                <numerusform>Zapisano %Ln kontakty…</numerusform>
                <numerusform>Zapisano %Ln kontaktów…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contact(s) to %1.</source>
            <translation>
                <numerusform>Wyeksportowano %Ln kontakt do %1.</numerusform>
                <numerusform>Wyeksportowano %Ln kontakty do %1.</numerusform>
                <numerusform>Wyeksportowano %Ln kontaktów do %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Anulowanie…</translation>
        </message>
    </context>
    <context>
        <name>Herald::HttpGateway</name>
        <message>
            <source>A generic HTTP account needs the address to send to: --option url=https://… (or --base-url).</source>
            <translation>Ogólne konto HTTP wymaga adresu, na który ma wysyłać: --option url=https://… (lub --base-url).</translation>
        </message>
        <message>
            <source>“%1” is not an http(s) address to send to.</source>
            <translation>„%1” nie jest adresem http(s), na który można wysyłać.</translation>
        </message>
        <message>
            <source>Plain http would carry the credentials in clear; use https for “%1”.</source>
            <translation>Zwykłe http przesyłałoby dane uwierzytelniające jawnym tekstem; użyj https dla „%1”.</translation>
        </message>
        <message>
            <source>The method of a generic HTTP account must be POST or GET, not “%1”.</source>
            <translation>Metodą ogólnego konta HTTP musi być POST lub GET, a nie „%1”.</translation>
        </message>
        <message>
            <source>The headers option must be a JSON object such as {"Authorization": "Bearer {secret}"}.</source>
            <translation>Opcja headers musi być obiektem JSON, np. {"Authorization": "Bearer {secret}"}.</translation>
        </message>
        <message>
            <source>The value of the header “%1” must be text.</source>
            <translation>Wartość nagłówka „%1” musi być tekstem.</translation>
        </message>
        <message>
            <source>“%1” is not a valid header name.</source>
            <translation>„%1” nie jest prawidłową nazwą nagłówka.</translation>
        </message>
        <message>
            <source>A GET request carries no body: put the fields into the url option.</source>
            <translation>Żądanie GET nie ma treści: umieść pola w opcji url.</translation>
        </message>
        <message>
            <source>A generic HTTP account needs the place of the message id in the answer: --option id_path=messages.0.id</source>
            <translation>Ogólne konto HTTP wymaga wskazania miejsca identyfikatora wiadomości w odpowiedzi: --option id_path=messages.0.id</translation>
        </message>
        <message>
            <source>success_value needs success_path: the place in the answer to compare it with.</source>
            <translation>success_value wymaga success_path: miejsca w odpowiedzi, z którym ma zostać porównane.</translation>
        </message>
        <message>
            <source>The test_url option must be an https address.</source>
            <translation>Opcja test_url musi być adresem https.</translation>
        </message>
        <message>
            <source>No message id at “%1” in the answer.</source>
            <translation>W odpowiedzi nie ma identyfikatora wiadomości w miejscu „%1”.</translation>
        </message>
        <message>
            <source>A generic HTTP provider cannot be asked about a message.</source>
            <translation>Ogólnego dostawcy HTTP nie można zapytać o wiadomość.</translation>
        </message>
        <message>
            <source>A generic HTTP provider has no delivery reports to poll.</source>
            <translation>Ogólny dostawca HTTP nie udostępnia raportów doręczeń do odpytywania.</translation>
        </message>
        <message>
            <source>A generic HTTP provider has no replies to poll.</source>
            <translation>Ogólny dostawca HTTP nie udostępnia odpowiedzi do odpytywania.</translation>
        </message>
        <message>
            <source>Nothing was checked: a generic HTTP account needs the option test_url, a read-only address of the provider, to test its credentials without sending.</source>
            <translation>Niczego nie sprawdzono: ogólne konto HTTP wymaga opcji test_url – adresu dostawcy tylko do odczytu – aby przetestować dane uwierzytelniające bez wysyłania.</translation>
        </message>
        <message>
            <source>The provider answered HTTP %1.</source>
            <translation>Dostawca odpowiedział HTTP %1.</translation>
        </message>
        <message>
            <source>The provider did not answer: %1</source>
            <translation>Dostawca nie odpowiedział: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::ImportDialog</name>
        <message>
            <source>comma</source>
            <translation>przecinek</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>średnik</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>pionowa kreska</translation>
        </message>
        <message>
            <source>Import Contacts from %1</source>
            <translation>Importuj kontakty z %1</translation>
        </message>
        <message>
            <source>Update them with the file's values</source>
            <translation>Zaktualizuj je wartościami z pliku</translation>
        </message>
        <message>
            <source>Keep them as they are</source>
            <translation>Zachowaj je bez zmian</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importuj</translation>
        </message>
        <message>
            <source>Numbers without a country code are from:</source>
            <translation>Numery bez kodu kraju pochodzą z:</translation>
        </message>
        <message>
            <source>Numbers already in the workspace:</source>
            <translation>Numery już obecne w obszarze roboczym:</translation>
        </message>
        <message>
            <source>The first rows, as they will be imported:</source>
            <translation>Pierwsze wiersze w postaci, w jakiej zostaną zaimportowane:</translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, recognised as %3 (%Ln column(s)).</source>
            <translation>
                <numerusform>Odczytano jako %1, separator kolumn: %2, rozpoznano jako %3 (%Ln kolumna).</numerusform>
                <numerusform>Odczytano jako %1, separator kolumn: %2, rozpoznano jako %3 (%Ln kolumny).</numerusform>
                <numerusform>Odczytano jako %1, separator kolumn: %2, rozpoznano jako %3 (%Ln kolumn).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Nie zaimportowano: %1</translation>
        </message>
        <message>
            <source>Same number as an earlier row: skipped</source>
            <translation>Ten sam numer co we wcześniejszym wierszu: pominięto</translation>
        </message>
        <message>
            <source>Imported, but: %1</source>
            <translation>Zaimportowano, ale: %1</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Zaimportowano</translation>
        </message>
        <message>
            <source>%1 - not imported.csv</source>
            <translation>%1 - not imported.csv</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importowanie…</translation>
        </message>
        <message>
            <source>%1 rows read · %2 rows/s · about %3 s left</source>
            <translation>Odczytane wiersze: %1 · %2 wierszy/s · pozostało około %3 s</translation>
        </message>
        <message>
            <source>%1 rows: %2 imported, %3 updated, %4 duplicates, %5 not imported, %6 kept opted out (on the suppression list).</source>
            <translation>Wiersze: %1; zaimportowano: %2, zaktualizowano: %3, duplikaty: %4, nie zaimportowano: %5, zgoda pozostaje wycofana (lista wykluczeń): %6.</translation>
        </message>
        <message>
            <source>The rows not imported, with the reason for each, are in %1: fix them there and import that file again.</source>
            <translation>Niezaimportowane wiersze wraz z powodem dla każdego z nich znajdują się w pliku %1: popraw je tam i zaimportuj ten plik ponownie.</translation>
        </message>
        <message>
            <source>Cancelling: nothing will be imported…</source>
            <translation>Anulowanie: nic nie zostanie zaimportowane…</translation>
        </message>
    </context>
    <context>
        <name>Herald::InboxPane</name>
        <message>
            <source>Contact &amp;card</source>
            <translation>&amp;Karta kontaktu</translation>
        </message>
        <message>
            <source>&amp;Send reply</source>
            <translation>&amp;Wyślij odpowiedź</translation>
        </message>
        <message>
            <source>Search replies, names and numbers (Ctrl+F)</source>
            <translation>Szukaj w odpowiedziach, nazwach i numerach (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the inbox</source>
            <translation>Szukaj w skrzynce odbiorczej</translation>
        </message>
        <message>
            <source>All conversations</source>
            <translation>Wszystkie rozmowy</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Nieprzeczytane</translation>
        </message>
        <message>
            <source>Not handled</source>
            <translation>Nieobsłużone</translation>
        </message>
        <message>
            <source>Conversations to show</source>
            <translation>Wyświetlane rozmowy</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Rozmowy</translation>
        </message>
        <message>
            <source>Mark every reply of this conversation handled, or open it again (Ctrl+D)</source>
            <translation>Oznacz wszystkie odpowiedzi w tej rozmowie jako obsłużone lub otwórz ją ponownie (Ctrl+D)</translation>
        </message>
        <message>
            <source>Messages of the conversation</source>
            <translation>Wiadomości rozmowy</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Odpowiedź</translation>
        </message>
        <message>
            <source>Write a reply… (Ctrl+Enter sends)</source>
            <translation>Napisz odpowiedź… (Ctrl+Enter wysyła)</translation>
        </message>
        <message>
            <source>Send the reply (Ctrl+Enter)</source>
            <translation>Wyślij odpowiedź (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Wyślij odpowiedź</translation>
        </message>
        <message>
            <source>Mark handled</source>
            <translation>Oznacz jako obsłużoną</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Wyczyść wyszukiwanie</translation>
        </message>
        <message>
            <source>Open a workspace to see the replies of your customers.</source>
            <translation>Otwórz obszar roboczy, aby zobaczyć odpowiedzi klientów.</translation>
        </message>
        <message>
            <source>No conversation matches.</source>
            <translation>Żadna rozmowa nie pasuje.</translation>
        </message>
        <message>
            <source>No replies yet. When customers answer a campaign, their messages appear here, grouped by person.</source>
            <translation>Brak odpowiedzi. Gdy klienci odpowiedzą na kampanię, ich wiadomości pojawią się tutaj, pogrupowane według osób.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln conversation(s)</source>
            <translation>
                <numerusform>%Ln rozmowa</numerusform>
                <numerusform>%Ln rozmowy</numerusform>
                <numerusform>%Ln rozmów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln nieprzeczytana</numerusform>
                <numerusform>%Ln nieprzeczytane</numerusform>
                <numerusform>%Ln nieprzeczytanych</numerusform>
            </translation>
        </message>
        <message>
            <source>No conversation selected</source>
            <translation>Nie wybrano rozmowy</translation>
        </message>
        <message>
            <source>not in your contacts</source>
            <translation>spoza kontaktów</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln odpowiedź</numerusform>
                <numerusform>%Ln odpowiedzi</numerusform>
                <numerusform>%Ln odpowiedzi</numerusform>
            </translation>
        </message>
        <message>
            <source>answers “%1”</source>
            <translation>odpowiedź na „%1”</translation>
        </message>
        <message>
            <source>handled</source>
            <translation>obsłużona</translation>
        </message>
        <message numerus="yes">
            <source>%Ln not handled</source>
            <translation>
                <numerusform>%Ln nieobsłużona</numerusform>
                <numerusform>%Ln nieobsłużone</numerusform>
                <numerusform>%Ln nieobsłużonych</numerusform>
            </translation>
        </message>
        <message>
            <source>Open &amp;again</source>
            <translation>Otwórz &amp;ponownie</translation>
        </message>
        <message>
            <source>Mark &amp;handled</source>
            <translation>Oznacz jako &amp;obsłużoną</translation>
        </message>
        <message>
            <source>Sent through “%1” as a transactional message.</source>
            <translation>Wysłano przez „%1” jako wiadomość transakcyjną.</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>Najpierw napisz odpowiedź.</translation>
        </message>
        <message numerus="yes">
            <source>Reply queued on “%1”; it is sent with the next check of replies (%Ln part(s)).</source>
            <translation>
                <numerusform>Odpowiedź dodana do kolejki konta „%1”; zostanie wysłana przy następnym sprawdzaniu odpowiedzi (%Ln część).</numerusform>
                <numerusform>Odpowiedź dodana do kolejki konta „%1”; zostanie wysłana przy następnym sprawdzaniu odpowiedzi (%Ln części).</numerusform>
                <numerusform>Odpowiedź dodana do kolejki konta „%1”; zostanie wysłana przy następnym sprawdzaniu odpowiedzi (%Ln części).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::InfobipGateway</name>
        <message>
            <source>The message has no key to look for at Infobip.</source>
            <translation>Wiadomość nie ma klucza, którego można by szukać w Infobip.</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1 while searching its logs.</source>
            <translation>Infobip odpowiedział HTTP %1 podczas przeszukiwania swoich dzienników.</translation>
        </message>
        <message>
            <source>Infobip keeps its logs for 48 hours only.</source>
            <translation>Infobip przechowuje dzienniki tylko przez 48 godzin.</translation>
        </message>
        <message>
            <source>Too early to be sure: Infobip's logs may not show the message yet.</source>
            <translation>Za wcześnie, aby mieć pewność: dzienniki Infobip mogą jeszcze nie pokazywać tej wiadomości.</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1 while handing out reports.</source>
            <translation>Infobip odpowiedział HTTP %1 podczas przekazywania raportów.</translation>
        </message>
        <message>
            <source>Infobip accepted the API key.</source>
            <translation>Infobip zaakceptował klucz API.</translation>
        </message>
        <message>
            <source>Infobip did not answer: %1</source>
            <translation>Infobip nie odpowiedział: %1</translation>
        </message>
        <message>
            <source>Infobip refused the API key (HTTP %1).</source>
            <translation>Infobip odrzucił klucz API (HTTP %1).</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1: %2</source>
            <translation>Infobip odpowiedział HTTP %1: %2</translation>
        </message>
        <message>
            <source>Infobip: reading reports and replies failed: %1</source>
            <translation>Infobip: nie udało się odczytać raportów i odpowiedzi: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::KeychainCredentialStore</name>
        <message numerus="yes">
            <source>it did not answer within %n second(s)</source>
            <translation>
                <numerusform>nie odpowiedział w ciągu %n sekundy</numerusform>
                <numerusform>nie odpowiedział w ciągu %n sekund</numerusform>
                <numerusform>nie odpowiedział w ciągu %n sekund</numerusform>
            </translation>
        </message>
        <message>
            <source>The system keychain holds no secret for this account.</source>
            <translation>Systemowy pęk kluczy nie zawiera sekretu dla tego konta.</translation>
        </message>
        <message>
            <source>Access to the system keychain was refused (%1).</source>
            <translation>Odmówiono dostępu do systemowego pęku kluczy (%1).</translation>
        </message>
        <message>
            <source>there is no D-Bus session bus</source>
            <translation>brak magistrali sesji D-Bus</translation>
        </message>
        <message>
            <source>The system keychain reported an error: %1</source>
            <translation>Systemowy pęk kluczy zgłosił błąd: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::LogModel</name>
        <message>
            <source>Info</source>
            <translation>Informacja</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Ostrzeżenie</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Błąd</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Poziom</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Zdarzenie</translation>
        </message>
    </context>
    <context>
        <name>Herald::LogPane</name>
        <message>
            <source>Clear</source>
            <translation>Wyczyść</translation>
        </message>
    </context>
    <context>
        <name>Herald::MainWindow</name>
        <message>
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmenty</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Szablony</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampanie</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Skrzynka odbiorcza</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Analityka</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Dziennik</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>&amp;Nowy obszar roboczy…</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>&amp;Otwórz obszar roboczy…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importuj CSV…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ustawienia…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Za&amp;kończ</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>&amp;About Herald</source>
            <translation>&amp;O programie Herald</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>O &amp;Qt</translation>
        </message>
        <message>
            <source>Sending: idle</source>
            <translation>Wysyłanie: bezczynne</translation>
        </message>
        <message>
            <source>State of the background sender: no campaign is sending.</source>
            <translation>Stan wysyłania w tle: żadna kampania nie jest wysyłana.</translation>
        </message>
        <message>
            <source>%1 — Herald</source>
            <translation>%1 — Herald</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>Obszar roboczy: %1</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>Brak otwartego obszaru roboczego</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln kontakt</numerusform>
                <numerusform>%Ln kontakty</numerusform>
                <numerusform>%Ln kontaktów</numerusform>
            </translation>
        </message>
        <message>
            <source>Herald workspaces (*.%1)</source>
            <translation>Obszary robocze Herald (*.%1)</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>Nowy obszar roboczy</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose another name, or use Open Workspace to open it.</source>
            <translation>„%1” już istnieje. Wybierz inną nazwę lub użyj polecenia Otwórz obszar roboczy, aby go otworzyć.</translation>
        </message>
        <message>
            <source>Herald workspaces (*.%1);;All files (*)</source>
            <translation>Obszary robocze Herald (*.%1);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Otwórz obszar roboczy</translation>
        </message>
        <message>
            <source>Import Contacts</source>
            <translation>Importuj kontakty</translation>
        </message>
        <message>
            <source>Customer lists (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Listy klientów (*.csv *.tsv *.txt);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Cannot read “%1”.</source>
            <translation>Nie można odczytać „%1”.</translation>
        </message>
        <message>
            <source>About Herald</source>
            <translation>O programie Herald</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for small shops: import your customers, choose who gets a message, write it with a live character counter, and watch deliveries, replies and opt-outs come back.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Kampanie SMS dla małych sklepów: zaimportuj klientów, wybierz odbiorców wiadomości, napisz ją z licznikiem znaków na żywo i obserwuj, jak spływają doręczenia, odpowiedzi i wypisania.&lt;/p&gt;&lt;p&gt;Zbudowano przy użyciu Qt %2.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Imported %1: %2 new, %3 updated, %4 not imported.</source>
            <translation>Zaimportowano %1: nowe: %2, zaktualizowane: %3, niezaimportowane: %4.</translation>
        </message>
        <message>
            <source>Imported %1: %2 rows, %3 new, %4 updated, %5 duplicates, %6 not imported.</source>
            <translation>Zaimportowano %1: wiersze: %2, nowe: %3, zaktualizowane: %4, duplikaty: %5, niezaimportowane: %6.</translation>
        </message>
        <message numerus="yes">
            <source>Sending: idle, checking replies of %Ln account(s)</source>
            <translation>
                <numerusform>Wysyłanie: bezczynne, sprawdzanie odpowiedzi z %Ln konta</numerusform>
                <numerusform>Wysyłanie: bezczynne, sprawdzanie odpowiedzi z %Ln kont</numerusform>
                <numerusform>Wysyłanie: bezczynne, sprawdzanie odpowiedzi z %Ln kont</numerusform>
            </translation>
        </message>
        <message>
            <source>Replies and delivery reports are checked in the background for: %1</source>
            <translation>Odpowiedzi i raporty doręczeń są sprawdzane w tle dla: %1</translation>
        </message>
        <message>
            <source>Provider &amp;Accounts…</source>
            <translation>&amp;Konta dostawców…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>pane name (unread replies)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread message(s)</source>
            <translation>
                <numerusform>%Ln nieprzeczytana wiadomość</numerusform>
                <numerusform>%Ln nieprzeczytane wiadomości</numerusform>
                <numerusform>%Ln nieprzeczytanych wiadomości</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageEditor</name>
        <message>
            <source>our shop</source>
            <translation>nasz sklep</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(usunięto)</translation>
        </message>
        <message>
            <source>Write your message. Insert placeholders such as {first_name|there} to greet each customer by name.</source>
            <translation>Napisz wiadomość. Wstaw symbole zastępcze, np. {first_name|there}, aby powitać każdego klienta po imieniu.</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>Treść wiadomości</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>Wstaw symbol zastępczy</translation>
        </message>
        <message>
            <source>Replace curly quotes, long dashes and similar characters by their plain GSM equivalents</source>
            <translation>Zamień cudzysłowy drukarskie, długie myślniki i podobne znaki na ich zwykłe odpowiedniki GSM</translation>
        </message>
        <message>
            <source>Language of the diacritics to remove</source>
            <translation>Język, z którego usunąć znaki diakrytyczne</translation>
        </message>
        <message>
            <source>&amp;Preview for:</source>
            <translation>Podgląd &amp;dla:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln część</numerusform>
                <numerusform>%Ln części</numerusform>
                <numerusform>%Ln części</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln znak</numerusform>
                <numerusform>%Ln znaki</numerusform>
                <numerusform>%Ln znaków</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln left in this part</source>
            <translation>
                <numerusform>Pozostał %Ln znak w tej części</numerusform>
                <numerusform>Pozostały %Ln znaki w tej części</numerusform>
                <numerusform>Pozostało %Ln znaków w tej części</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted as sent: placeholders filled in for the preview contact, opt-out footer included.</source>
            <translation>Liczone jak przy wysyłce: symbole zastępcze wypełnione dla kontaktu z podglądu, wraz ze stopką wypisu.</translation>
        </message>
        <message>
            <source>Counted as sent: placeholders filled in for the preview contact.</source>
            <translation>Liczone jak przy wysyłce: symbole zastępcze wypełnione dla kontaktu z podglądu.</translation>
        </message>
        <message>
            <source>Sent as UCS-2 because of %1: each part holds %2 characters instead of %3.</source>
            <translation>Wysyłane jako UCS-2 z powodu %1: każda część mieści %2 znaków zamiast %3.</translation>
        </message>
        <message>
            <source>(empty message)</source>
            <translation>(pusta wiadomość)</translation>
        </message>
        <message numerus="yes">
            <source>Make GSM-safe (saves %Ln part(s))</source>
            <translation>
                <numerusform>Zamień na znaki GSM (oszczędza %Ln część)</numerusform>
                <numerusform>Zamień na znaki GSM (oszczędza %Ln części)</numerusform>
                <numerusform>Zamień na znaki GSM (oszczędza %Ln części)</numerusform>
            </translation>
        </message>
        <message>
            <source>Make GSM-safe</source>
            <translation>Zamień na znaki GSM</translation>
        </message>
        <message>
            <source>No special punctuation or spaces to replace.</source>
            <translation>Brak specjalnej interpunkcji lub spacji do zamiany.</translation>
        </message>
        <message numerus="yes">
            <source>Remove diacritics (saves %Ln part(s))</source>
            <translation>
                <numerusform>Usuń znaki diakrytyczne (oszczędza %Ln część)</numerusform>
                <numerusform>Usuń znaki diakrytyczne (oszczędza %Ln części)</numerusform>
                <numerusform>Usuń znaki diakrytyczne (oszczędza %Ln części)</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove diacritics</source>
            <translation>Usuń znaki diakrytyczne</translation>
        </message>
        <message>
            <source>Changes what the customer reads:
%1</source>
            <translation>Zmienia to, co przeczyta klient:
%1</translation>
        </message>
        <message>
            <source>No letters to transliterate for this language.</source>
            <translation>Brak liter do transliteracji dla tego języka.</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <source>there</source>
            <comment>fallback greeting when the first name is unknown</comment>
            <translation>Kliencie</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>Nazwa sklepu</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Kraj</translation>
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
            <translation>Pola niestandardowe</translation>
        </message>
        <message>
            <source>Sample customer (fallbacks used)</source>
            <translation>Przykładowy klient (z wartościami zastępczymi)</translation>
        </message>
        <message>
            <source>%1: analysing…</source>
            <translation>%1: analizowanie…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt;: %Ln recipient(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln odbiorca</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln odbiorcy</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln odbiorców</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>longest: %Ln part(s)</source>
            <translation>
                <numerusform>najdłuższa: %Ln część</numerusform>
                <numerusform>najdłuższa: %Ln części</numerusform>
                <numerusform>najdłuższa: %Ln części</numerusform>
            </translation>
        </message>
        <message>
            <source>estimated cost %1</source>
            <translation>szacowany koszt: %1</translation>
        </message>
        <message>
            <source>Longest message:
%1</source>
            <translation>Najdłuższa wiadomość:
%1</translation>
        </message>
        <message>
            <source>Send &amp;without diacritics</source>
            <translation>Wyślij &amp;bez znaków diakrytycznych</translation>
        </message>
        <message>
            <source>Transliterate the message as it is sent (ą→a, ș→s, ж→zh…), including the names filled in, so it stays GSM-7 and cheaper. The preview and the counts show the result.</source>
            <translation>Transliteruj wiadomość przy wysyłce (ą→a, ș→s, ж→zh…), łącznie z wstawionymi imionami, aby pozostała w GSM-7 i była tańsza. Podgląd i liczniki pokazują wynik.</translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageHistoryModel</name>
        <message>
            <source>Received</source>
            <translation>Odebrana</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłana</translation>
        </message>
        <message>
            <source>One-off message</source>
            <translation>Pojedyncza wiadomość</translation>
        </message>
        <message>
            <source>Received %1: %2</source>
            <translation>Odebrano %1: %2</translation>
        </message>
        <message>
            <source>Sent %1, %2: %3</source>
            <translation>Wysłano %1, %2: %3</translation>
        </message>
        <message>
            <source>answers “%1”</source>
            <translation>odpowiedź na „%1”</translation>
        </message>
        <message>
            <source>campaign “%1”</source>
            <translation>kampania „%1”</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Kierunek</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Treść</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampania</translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageWidget</name>
        <message>
            <source>Close this message</source>
            <translation>Zamknij ten komunikat</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>Zamknij komunikat</translation>
        </message>
    </context>
    <context>
        <name>Herald::PlivoGateway</name>
        <message>
            <source>Plivo answered HTTP %1 while listing messages.</source>
            <translation>Plivo odpowiedział HTTP %1 podczas pobierania listy wiadomości.</translation>
        </message>
        <message>
            <source>Plivo answered HTTP %1 about the message.</source>
            <translation>Plivo odpowiedział HTTP %1 w sprawie wiadomości.</translation>
        </message>
        <message>
            <source>Without the time of the request, Plivo's records cannot tell this message from another one to the same number.</source>
            <translation>Bez czasu żądania rejestry Plivo nie pozwalają odróżnić tej wiadomości od innej wysłanej na ten sam numer.</translation>
        </message>
        <message>
            <source>Plivo shows too many messages to this number since then to tell which one is ours.</source>
            <translation>Plivo pokazuje od tego czasu zbyt wiele wiadomości na ten numer, aby ustalić, która jest nasza.</translation>
        </message>
        <message>
            <source>Too early to be sure: Plivo's records may not show the message yet.</source>
            <translation>Za wcześnie, aby mieć pewność: rejestry Plivo mogą jeszcze nie pokazywać tej wiadomości.</translation>
        </message>
        <message numerus="yes">
            <source>Plivo shows %n message(s) to this number since then; which one is ours cannot be told.</source>
            <translation>
                <numerusform>Plivo pokazuje od tego czasu %n wiadomość na ten numer; nie można ustalić, która jest nasza.</numerusform>
                <numerusform>Plivo pokazuje od tego czasu %n wiadomości na ten numer; nie można ustalić, która jest nasza.</numerusform>
                <numerusform>Plivo pokazuje od tego czasu %n wiadomości na ten numer; nie można ustalić, która jest nasza.</numerusform>
            </translation>
        </message>
        <message>
            <source>Plivo: listing messages failed: %1</source>
            <translation>Plivo: nie udało się pobrać listy wiadomości: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::Poller</name>
        <message>
            <source>Cannot poll the account “%1”: %2</source>
            <translation>Nie można odpytać konta „%1”: %2</translation>
        </message>
        <message>
            <source>Cannot read replies of “%1”: %2</source>
            <translation>Nie można odczytać odpowiedzi konta „%1”: %2</translation>
        </message>
        <message>
            <source>Cannot store replies of “%1”: %2</source>
            <translation>Nie można zapisać odpowiedzi konta „%1”: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) of “%1” got no final delivery report within %2 days; their outcome stays unknown.</source>
            <translation>
                <numerusform>%n wiadomość konta „%1” nie otrzymała końcowego raportu doręczenia w ciągu %2 dni; jej wynik pozostaje nieznany.</numerusform>
                <numerusform>%n wiadomości konta „%1” nie otrzymały końcowego raportu doręczenia w ciągu %2 dni; ich wynik pozostaje nieznany.</numerusform>
                <numerusform>%n wiadomości konta „%1” nie otrzymało końcowego raportu doręczenia w ciągu %2 dni; ich wynik pozostaje nieznany.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read delivery reports of “%1”: %2</source>
            <translation>Nie można odczytać raportów doręczeń konta „%1”: %2</translation>
        </message>
        <message numerus="yes">
            <source>No answer after %n attempt(s)</source>
            <translation>
                <numerusform>Brak odpowiedzi po %n próbie</numerusform>
                <numerusform>Brak odpowiedzi po %n próbach</numerusform>
                <numerusform>Brak odpowiedzi po %n próbach</numerusform>
            </translation>
        </message>
        <message>
            <source>The recipient unsubscribed at the provider (%1)</source>
            <translation>Odbiorca wypisał się u dostawcy (%1)</translation>
        </message>
        <message>
            <source>The provider refused the account “%1”: %2 (error %3).</source>
            <translation>Dostawca odrzucił konto „%1”: %2 (błąd %3).</translation>
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
            <translation>Odpowiedzi konta „%1” nie są odpytywane: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::PreflightDialog</name>
        <message>
            <source>Pre-flight Check — %1</source>
            <translation>Kontrola przed wysyłką — %1</translation>
        </message>
        <message>
            <source>Checking every recipient: consent, opt-outs, numbers, quiet hours, parts and cost…</source>
            <translation>Sprawdzanie każdego odbiorcy: zgody, wypisy, numery, godziny ciszy, części i koszt…</translation>
        </message>
        <message>
            <source>Who gets it</source>
            <translation>Kto otrzyma wiadomość</translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>Grupa odbiorców:</translation>
        </message>
        <message>
            <source>Recipients:</source>
            <translation>Odbiorcy:</translation>
        </message>
        <message>
            <source>Sending:</source>
            <translation>Wysyłka:</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Pominięci</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <source>Length and cost</source>
            <translation>Długość i koszt</translation>
        </message>
        <message>
            <source>Parts:</source>
            <translation>Części:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Kodowanie:</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <translation>Szacowany koszt:</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Odbiorcy</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Części</translation>
        </message>
        <message>
            <source>Price per part</source>
            <translation>Cena za część</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Ostrzeżenia</translation>
        </message>
        <message>
            <source>Send &amp;Test…</source>
            <translation>Wyślij &amp;test…</translation>
        </message>
        <message>
            <source>&amp;Schedule</source>
            <translation>&amp;Zaplanuj</translation>
        </message>
        <message>
            <source>&amp;Launch</source>
            <translation>&amp;Uruchom</translation>
        </message>
        <message>
            <source>The pre-flight check failed: %1</source>
            <translation>Kontrola przed wysyłką nie powiodła się: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — marketing campaign: only contacts who agreed to marketing messages, each message ends with the opt-out footer.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — kampania marketingowa: tylko kontakty, które wyraziły zgodę na wiadomości marketingowe; każda wiadomość kończy się stopką wypisu.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — transactional campaign: no marketing consent needed; opted-out and suppressed numbers are still left out.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — kampania transakcyjna: zgoda marketingowa nie jest wymagana; numery z wycofaną zgodą i z listy wykluczeń są nadal pomijane.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) selected</source>
            <translation>
                <numerusform>Wybrano %Ln kontakt</numerusform>
                <numerusform>Wybrano %Ln kontakty</numerusform>
                <numerusform>Wybrano %Ln kontaktów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) get the message</source>
            <translation>
                <numerusform>%Ln kontakt otrzyma wiadomość</numerusform>
                <numerusform>%Ln kontakty otrzymają wiadomość</numerusform>
                <numerusform>%Ln kontaktów otrzyma wiadomość</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at once, %2 held to a later time</source>
            <translation>od razu: %1, wstrzymane na później: %2</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>o %1</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>od %1 do %2</translation>
        </message>
        <message>
            <source>nothing to send</source>
            <translation>nic do wysłania</translation>
        </message>
        <message numerus="yes">
            <source>%1 × %Ln part(s)</source>
            <translation>
                <numerusform>%1 × %Ln część</numerusform>
                <numerusform>%1 × %Ln części</numerusform>
                <numerusform>%1 × %Ln części</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in total (%2)</source>
            <translation>łącznie %1 (%2)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln recipient(s) in UCS-2 (70 characters per part), forced by: %2</source>
            <translation>
                <numerusform>%1 — %Ln odbiorca w UCS-2 (70 znaków na część), z powodu: %2</numerusform>
                <numerusform>%1 — %Ln odbiorców w UCS-2 (70 znaków na część), z powodu: %2</numerusform>
                <numerusform>%1 — %Ln odbiorców w UCS-2 (70 znaków na część), z powodu: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nieznany</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>Brak ostrzeżeń.</translation>
        </message>
        <message numerus="yes">
            <source>Hands %Ln message(s) to the outbox and starts sending.</source>
            <translation>
                <numerusform>Przekazuje %Ln wiadomość do skrzynki nadawczej i rozpoczyna wysyłanie.</numerusform>
                <numerusform>Przekazuje %Ln wiadomości do skrzynki nadawczej i rozpoczyna wysyłanie.</numerusform>
                <numerusform>Przekazuje %Ln wiadomości do skrzynki nadawczej i rozpoczyna wysyłanie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody would get this campaign.</source>
            <translation>Nikt nie otrzymałby tej kampanii.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ReplyHeatMap</name>
        <message numerus="yes">
            <source>%1, %2:00–%2:59: %Ln reply(ies)</source>
            <translation>
                <numerusform>%1, %2:00–%2:59: %Ln odpowiedź</numerusform>
                <numerusform>%1, %2:00–%2:59: %Ln odpowiedzi</numerusform>
                <numerusform>%1, %2:00–%2:59: %Ln odpowiedzi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::RuleConditionWidget</name>
        <message>
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <source>Custom field name</source>
            <translation>Nazwa pola niestandardowego</translation>
        </message>
        <message>
            <source>Field name</source>
            <translation>Nazwa pola</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Porównanie</translation>
        </message>
        <message>
            <source>Remove this rule</source>
            <translation>Usuń tę regułę</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>Usuń regułę</translation>
        </message>
        <message>
            <source>Rule %1</source>
            <translation>Reguła %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::RuleGroupWidget</name>
        <message>
            <source>Contacts &amp;must match:</source>
            <translation>Kontakty &amp;muszą spełniać:</translation>
        </message>
        <message>
            <source>&amp;Match:</source>
            <translation>&amp;Dopasowanie:</translation>
        </message>
        <message>
            <source>Add &amp;rule</source>
            <translation>Dodaj &amp;regułę</translation>
        </message>
        <message>
            <source>Add &amp;group</source>
            <translation>Dodaj &amp;grupę</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>No rules yet: every contact matches.</source>
            <translation>Brak reguł: pasuje każdy kontakt.</translation>
        </message>
        <message>
            <source>all of these rules</source>
            <translation>wszystkie te reguły</translation>
        </message>
        <message>
            <source>any of these rules</source>
            <translation>dowolną z tych reguł</translation>
        </message>
        <message>
            <source>Add a group of rules with its own “all” or “any”</source>
            <translation>Dodaj grupę reguł z własnym warunkiem „wszystkie” lub „dowolna”</translation>
        </message>
        <message>
            <source>Remove this group and its rules</source>
            <translation>Usuń tę grupę i jej reguły</translation>
        </message>
        <message>
            <source>Group %1</source>
            <translation>Grupa %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::RuleValueEditor</name>
        <message>
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Tag names, separated by commas</source>
            <translation>Nazwy tagów oddzielone przecinkami</translation>
        </message>
        <message>
            <source>Values, separated by commas</source>
            <translation>Wartości oddzielone przecinkami</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>and</source>
            <translation>i</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
    </context>
    <context>
        <name>Herald::SegmentListModel</name>
        <message>
            <source>error</source>
            <translation>błąd</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>Wbudowany</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakty</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
    </context>
    <context>
        <name>Herald::SegmentsPane</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nowy</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplikuj</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>Built-in segments can't be changed: duplicate it to make your own.</source>
            <translation>Segmentów wbudowanych nie można zmieniać: zduplikuj segment, aby utworzyć własny.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Przywróć</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Segmenty</translation>
        </message>
        <message>
            <source>For example: Warsaw VIPs</source>
            <translation>Na przykład: VIP-y z Warszawy</translation>
        </message>
        <message>
            <source>Optional: who this segment is for</source>
            <translation>Opcjonalnie: dla kogo jest ten segment</translation>
        </message>
        <message>
            <source>Matching contacts</source>
            <translation>Pasujące kontakty</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Zgoda</translation>
        </message>
        <message>
            <source>First matching contacts</source>
            <translation>Pierwsze pasujące kontakty</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Nazw&amp;a:</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>&amp;Opis:</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Reguły</translation>
        </message>
        <message>
            <source>Fix the rule marked in red to see how many contacts match.</source>
            <translation>Popraw regułę zaznaczoną na czerwono, aby zobaczyć, ile kontaktów pasuje.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Liczenie…</translation>
        </message>
        <message>
            <source>Could not count the contacts: %1</source>
            <translation>Nie udało się policzyć kontaktów: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) match</source>
            <translation>
                <numerusform>Pasuje %Ln kontakt</numerusform>
                <numerusform>Pasują %Ln kontakty</numerusform>
                <numerusform>Pasuje %Ln kontaktów</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved Segment</source>
            <translation>Niezapisany segment</translation>
        </message>
        <message>
            <source>The segment “%1” has changes that are not saved. Save them?</source>
            <translation>Segment „%1” ma niezapisane zmiany. Zapisać je?</translation>
        </message>
        <message>
            <source>New segment</source>
            <translation>Nowy segment</translation>
        </message>
        <message>
            <source>The segment was not saved: %1</source>
            <translation>Segment nie został zapisany: %1</translation>
        </message>
        <message>
            <source>Delete Segment</source>
            <translation>Usuń segment</translation>
        </message>
        <message>
            <source>Delete the segment “%1”? This cannot be undone.</source>
            <translation>Usunąć segment „%1”? Tej operacji nie można cofnąć.</translation>
        </message>
    </context>
    <context>
        <name>Herald::SendWorker</name>
        <message>
            <source>Cannot open the workspace for sending: %1</source>
            <translation>Nie można otworzyć obszaru roboczego do wysyłania: %1</translation>
        </message>
        <message>
            <source>Campaign %1 has not been launched.</source>
            <translation>Kampania %1 nie została uruchomiona.</translation>
        </message>
        <message>
            <source>Campaign %1 cannot start: %2</source>
            <translation>Nie można rozpocząć kampanii %1: %2</translation>
        </message>
        <message>
            <source>Sending campaign %1 through %2</source>
            <translation>Wysyłanie kampanii %1 przez %2</translation>
        </message>
        <message numerus="yes">
            <source>Settling %n message(s) whose outcome was not recorded</source>
            <translation>
                <numerusform>Ustalanie stanu %n wiadomości bez zapisanego wyniku</numerusform>
                <numerusform>Ustalanie stanu %n wiadomości bez zapisanego wyniku</numerusform>
                <numerusform>Ustalanie stanu %n wiadomości bez zapisanego wyniku</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No answer after %n attempt(s)</source>
            <translation>
                <numerusform>Brak odpowiedzi po %n próbie</numerusform>
                <numerusform>Brak odpowiedzi po %n próbach</numerusform>
                <numerusform>Brak odpowiedzi po %n próbach</numerusform>
            </translation>
        </message>
        <message>
            <source>The workspace refused the next messages: %1</source>
            <translation>Obszar roboczy odrzucił kolejne wiadomości: %1</translation>
        </message>
        <message>
            <source>The workspace refused to record the next messages: %1</source>
            <translation>Obszar roboczy odmówił zapisania kolejnych wiadomości: %1</translation>
        </message>
        <message>
            <source>Message to %1 had reached the provider after all</source>
            <translation>Wiadomość do %1 jednak dotarła do dostawcy</translation>
        </message>
        <message>
            <source>The provider asked to slow down; waiting %1 ms</source>
            <translation>Dostawca poprosił o spowolnienie; oczekiwanie %1 ms</translation>
        </message>
        <message>
            <source>The recipient unsubscribed at the provider (%1)</source>
            <translation>Odbiorca wypisał się u dostawcy (%1)</translation>
        </message>
        <message>
            <source>The provider refused the account “%1”: %2 (error %3). Check its credentials and balance, then resume the campaign.</source>
            <translation>Dostawca odrzucił konto „%1”: %2 (błąd %3). Sprawdź dane uwierzytelniające i saldo, a następnie wznów kampanię.</translation>
        </message>
        <message numerus="yes">
            <source>The provider failed %n time(s) in a row (last: %1). Sending is paused; resume it when the provider works again.</source>
            <translation>
                <numerusform>Dostawca zawiódł %n raz z rzędu (ostatnio: %1). Wysyłanie wstrzymano; wznów je, gdy dostawca znów zacznie działać.</numerusform>
                <numerusform>Dostawca zawiódł %n razy z rzędu (ostatnio: %1). Wysyłanie wstrzymano; wznów je, gdy dostawca znów zacznie działać.</numerusform>
                <numerusform>Dostawca zawiódł %n razy z rzędu (ostatnio: %1). Wysyłanie wstrzymano; wznów je, gdy dostawca znów zacznie działać.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot record sending results: %1</source>
            <translation>Nie można zapisać wyników wysyłania: %1</translation>
        </message>
        <message>
            <source>The workspace cannot record sending results: %1</source>
            <translation>Obszar roboczy nie może zapisać wyników wysyłania: %1</translation>
        </message>
        <message>
            <source>Campaign %1 cancelled</source>
            <translation>Kampania %1 anulowana</translation>
        </message>
        <message>
            <source>Campaign %1 handed to the provider: %2 accepted, %3 failed, %4 unknown</source>
            <translation>Kampania %1 przekazana dostawcy: zaakceptowane %2, nieudane %3, nieznane %4</translation>
        </message>
        <message>
            <source>Cannot read delivery reports: %1</source>
            <translation>Nie można odczytać raportów doręczeń: %1</translation>
        </message>
        <message>
            <source>Too late to ask the provider again with the same key</source>
            <translation>Za późno, aby ponownie zapytać dostawcę z tym samym kluczem</translation>
        </message>
        <message>
            <source>The outcome of the message to %1 stays unknown: the provider no longer recognises its key</source>
            <translation>Wynik wiadomości do %1 pozostaje nieznany: dostawca nie rozpoznaje już jej klucza</translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1: %n message(s) held until the recipients' sending window opens</source>
            <translation>
                <numerusform>Kampania %1: %n wiadomość wstrzymana do otwarcia okna wysyłki odbiorcy</numerusform>
                <numerusform>Kampania %1: %n wiadomości wstrzymane do otwarcia okna wysyłki odbiorców</numerusform>
                <numerusform>Kampania %1: %n wiadomości wstrzymanych do otwarcia okna wysyłki odbiorców</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot poll for replies and delivery reports: %1</source>
            <translation>Nie można odpytywać o odpowiedzi i raporty doręczeń: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>Język systemu</translation>
        </message>
        <message numerus="yes">
            <source>%Ln message(s) per person per %1 days</source>
            <translation>
                <numerusform>%Ln wiadomość na osobę w ciągu %1 dni</numerusform>
                <numerusform>%Ln wiadomości na osobę w ciągu %1 dni</numerusform>
                <numerusform>%Ln wiadomości na osobę w ciągu %1 dni</numerusform>
            </translation>
        </message>
        <message>
            <source>The new interface language applies the next time Herald starts.</source>
            <translation>Nowy język interfejsu zostanie zastosowany przy następnym uruchomieniu programu Herald.</translation>
        </message>
    </context>
    <context>
        <name>Herald::Simulator</name>
        <message>
            <source>The Simulator cannot listen on 127.0.0.1:%1.</source>
            <translation>Symulator nie może nasłuchiwać na 127.0.0.1:%1.</translation>
        </message>
        <message>
            <source>Simulator listening on %1 (faults: %2)</source>
            <translation>Symulator nasłuchuje na %1 (symulowane błędy: %2)</translation>
        </message>
    </context>
    <context>
        <name>Herald::SmsApiGateway</name>
        <message>
            <source>SMSAPI cannot be asked about a message; send it again with the same key to find out whether it arrived.</source>
            <translation>SMSAPI nie pozwala zapytać o wiadomość; wyślij ją ponownie z tym samym kluczem, aby sprawdzić, czy dotarła.</translation>
        </message>
        <message>
            <source>SMSAPI reports deliveries and replies only to a web address, which a desktop cannot offer; there is nothing to poll.</source>
            <translation>SMSAPI przekazuje raporty doręczeń i odpowiedzi tylko na adres internetowy, którego aplikacja na komputer nie może udostępnić; nie ma czego odpytywać.</translation>
        </message>
        <message>
            <source>SMSAPI did not answer: %1</source>
            <translation>SMSAPI nie odpowiedział: %1</translation>
        </message>
        <message>
            <source>SMSAPI accepted the token.</source>
            <translation>SMSAPI zaakceptował token.</translation>
        </message>
        <message>
            <source>SMSAPI refused the token (HTTP %1). Check the token, its permissions and the account's allowed IP addresses.</source>
            <translation>SMSAPI odrzucił token (HTTP %1). Sprawdź token, jego uprawnienia i dozwolone adresy IP konta.</translation>
        </message>
        <message>
            <source>SMSAPI answered HTTP %1 with something unexpected.</source>
            <translation>SMSAPI odpowiedział HTTP %1 w nieoczekiwany sposób.</translation>
        </message>
    </context>
    <context>
        <name>Herald::SmsHighlighter</name>
        <message>
            <source>This character is not in the GSM alphabet: the whole message is sent as UCS-2.</source>
            <translation>Tego znaku nie ma w alfabecie GSM: cała wiadomość zostanie wysłana jako UCS-2.</translation>
        </message>
    </context>
    <context>
        <name>Herald::TemplateListModel</name>
        <message>
            <source>Any</source>
            <translation>Dowolny</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Marketingowy</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>Transakcyjny</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Części</translation>
        </message>
    </context>
    <context>
        <name>Herald::TemplatesPane</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nowy</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplikuj</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>Opt-out &amp;footers…</source>
            <translation>Stopki &amp;wypisu…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Przywróć</translation>
        </message>
        <message>
            <source>Search templates</source>
            <translation>Szukaj szablonów</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Wszystkie języki</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Dowolny język</translation>
        </message>
        <message>
            <source>Marketing (needs consent, opt-out footer added)</source>
            <translation>Marketingowy (wymaga zgody, dodawana stopka wypisu)</translation>
        </message>
        <message>
            <source>Transactional (orders, shipping)</source>
            <translation>Transakcyjny (zamówienia, wysyłka)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Nazw&amp;a:</translation>
        </message>
        <message>
            <source>Ca&amp;tegory and language:</source>
            <translation>Ka&amp;tegoria i język:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Rodzaj:</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Szablony</translation>
        </message>
        <message>
            <source>Opted-in contacts</source>
            <translation>Kontakty ze zgodą</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>Wszystkie kontakty</translation>
        </message>
        <message>
            <source>Unsaved Template</source>
            <translation>Niezapisany szablon</translation>
        </message>
        <message>
            <source>The template “%1” has changes that are not saved. Save them?</source>
            <translation>Szablon „%1” ma niezapisane zmiany. Zapisać je?</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>Nowy szablon</translation>
        </message>
        <message>
            <source>Delete Template</source>
            <translation>Usuń szablon</translation>
        </message>
        <message>
            <source>Delete the template “%1”? This cannot be undone.</source>
            <translation>Usunąć szablon „%1”? Tej operacji nie można cofnąć.</translation>
        </message>
        <message>
            <source>Opt-out Footers</source>
            <translation>Stopki wypisu</translation>
        </message>
        <message>
            <source>Every marketing message ends with the footer in the recipient's language. It is always counted in the message length. Leave a field empty for the default.</source>
            <translation>Każda wiadomość marketingowa kończy się stopką w języku odbiorcy. Stopka jest zawsze wliczana do długości wiadomości. Pozostaw pole puste, aby użyć domyślnej.</translation>
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
            <translation>Wyślij test — %1</translation>
        </message>
        <message>
            <source>Your own numbers, separated by commas</source>
            <translation>Własne numery oddzielone przecinkami</translation>
        </message>
        <message>
            <source>&amp;Send Test</source>
            <translation>&amp;Wyślij test</translation>
        </message>
        <message>
            <source>&amp;Numbers:</source>
            <translation>&amp;Numery:</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>Wiadomość:</translation>
        </message>
        <message>
            <source>Results:</source>
            <translation>Wyniki:</translation>
        </message>
        <message>
            <source>“%1” is not a phone number: %2</source>
            <translation>„%1” nie jest numerem telefonu: %2</translation>
        </message>
        <message>
            <source>Type at least one of your own numbers.</source>
            <translation>Wpisz co najmniej jeden własny numer.</translation>
        </message>
        <message>
            <source>A test goes to at most 5 numbers.</source>
            <translation>Test można wysłać najwyżej na 5 numerów.</translation>
        </message>
        <message>
            <source>%1: accepted by the provider (%2)</source>
            <translation>%1: zaakceptowano przez dostawcę (%2)</translation>
        </message>
        <message>
            <source>%1: not sent — %2</source>
            <translation>%1: nie wysłano — %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::TwilioGateway</name>
        <message>
            <source>HTTP %1 while listing messages</source>
            <translation>HTTP %1 podczas pobierania listy wiadomości</translation>
        </message>
        <message>
            <source>Too many messages to search for this recipient.</source>
            <translation>Zbyt wiele wiadomości do przeszukania dla tego odbiorcy.</translation>
        </message>
        <message>
            <source>Twilio: listing messages failed: %1</source>
            <translation>Twilio: nie udało się pobrać listy wiadomości: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::VonageGateway</name>
        <message>
            <source>%1 of %2 parts were accepted; the rest was refused: %3</source>
            <translation>Zaakceptowano %1 z %2 części; pozostałe zostały odrzucone: %3</translation>
        </message>
        <message>
            <source>Vonage refused the report (HTTP 403): the Reports API may not be enabled for this account.</source>
            <translation>Vonage odrzucił raport (HTTP 403): interfejs Reports API może nie być włączony dla tego konta.</translation>
        </message>
        <message>
            <source>Vonage answered HTTP %1 while reading reports.</source>
            <translation>Vonage odpowiedział HTTP %1 podczas odczytywania raportów.</translation>
        </message>
        <message>
            <source>Too early to be sure: Vonage's reports may not show the message yet.</source>
            <translation>Za wcześnie, aby mieć pewność: raporty Vonage mogą jeszcze nie pokazywać tej wiadomości.</translation>
        </message>
        <message>
            <source>Without the time and key of the request, Vonage's reports cannot name the message.</source>
            <translation>Bez czasu i klucza żądania raporty Vonage nie pozwalają wskazać wiadomości.</translation>
        </message>
        <message>
            <source>Too many messages to search in Vonage's reports.</source>
            <translation>Zbyt wiele wiadomości do przeszukania w raportach Vonage.</translation>
        </message>
        <message>
            <source>Vonage accepted the API key and secret.</source>
            <translation>Vonage zaakceptował klucz i sekret API.</translation>
        </message>
        <message>
            <source>Vonage accepted the API key and secret, but the Reports API is not enabled: delivery reports and replies cannot be polled.</source>
            <translation>Vonage zaakceptował klucz i sekret API, ale interfejs Reports API nie jest włączony: nie można odpytywać o raporty doręczeń i odpowiedzi.</translation>
        </message>
        <message>
            <source>Vonage did not answer: %1</source>
            <translation>Vonage nie odpowiedział: %1</translation>
        </message>
        <message>
            <source>Vonage refused the API key and secret (HTTP 401).</source>
            <translation>Vonage odrzucił klucz i sekret API (HTTP 401).</translation>
        </message>
        <message>
            <source>Vonage answered HTTP %1.</source>
            <translation>Vonage odpowiedział HTTP %1.</translation>
        </message>
        <message>
            <source>Vonage: reading delivery reports failed: %1</source>
            <translation>Vonage: nie udało się odczytać raportów doręczenia: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportValues</name>
        <message>
            <source>no phone number</source>
            <translation>brak numeru telefonu</translation>
        </message>
        <message>
            <source>a spreadsheet formula, not a phone number</source>
            <translation>formuła arkusza kalkulacyjnego, a nie numer telefonu</translation>
        </message>
        <message>
            <source>the number is in scientific notation (%1): the spreadsheet has lost its last digits. Format the column as text in the spreadsheet and export again</source>
            <translation>numer jest zapisany w notacji naukowej (%1): arkusz kalkulacyjny utracił jego ostatnie cyfry. Sformatuj kolumnę w arkuszu jako tekst i wyeksportuj plik ponownie</translation>
        </message>
    </context>
    <context>
        <name>InboundProcessor</name>
        <message>
            <source>Reply %1 (“%2”) is older than a later START of the same number; consent is unchanged.</source>
            <translation>Odpowiedź %1 („%2”) jest starsza niż późniejsze START z tego samego numeru; zgoda pozostaje bez zmian.</translation>
        </message>
        <message numerus="yes">
            <source>Contact %1 opted out by replying “%2”; %n waiting message(s) cancelled.</source>
            <translation>
                <numerusform>Kontakt %1 wypisał się, odpowiadając „%2”; anulowano %n oczekującą wiadomość.</numerusform>
                <numerusform>Kontakt %1 wypisał się, odpowiadając „%2”; anulowano %n oczekujące wiadomości.</numerusform>
                <numerusform>Kontakt %1 wypisał się, odpowiadając „%2”; anulowano %n oczekujących wiadomości.</numerusform>
            </translation>
        </message>
        <message>
            <source>A number without a contact opted out by replying “%1”; it is on the suppression list now.</source>
            <translation>Numer bez kontaktu wypisał się, odpowiadając „%1”; jest teraz na liście wykluczeń.</translation>
        </message>
        <message>
            <source>Reply %1 (“%2”) comes from a number without a contact; it stays on the suppression list if it is there.</source>
            <translation>Odpowiedź %1 („%2”) pochodzi z numeru bez kontaktu; jeśli numer jest na liście wykluczeń, pozostaje na niej.</translation>
        </message>
        <message>
            <source>Reply %1 (“%2”) is older than a later STOP of the same number; consent is unchanged.</source>
            <translation>Odpowiedź %1 („%2”) jest starsza niż późniejsze STOP z tego samego numeru; zgoda pozostaje bez zmian.</translation>
        </message>
        <message>
            <source>Contact %1 subscribed again by replying “%2”.</source>
            <translation>Kontakt %1 ponownie się zapisał, odpowiadając „%2”.</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>There are no replies from this person.</source>
            <translation>Brak odpowiedzi od tej osoby.</translation>
        </message>
        <message>
            <source>Contact %1 does not exist (any more).</source>
            <translation>Kontakt %1 nie istnieje (lub już nie istnieje).</translation>
        </message>
    </context>
    <context>
        <name>InboxReply</name>
        <message>
            <source>Choose a conversation to reply to.</source>
            <translation>Wybierz rozmowę, na którą chcesz odpowiedzieć.</translation>
        </message>
        <message>
            <source>There is no provider account to send the reply through. Add one in File → Provider Accounts.</source>
            <translation>Brak konta dostawcy, przez które można wysłać odpowiedź. Dodaj je w menu Plik → Konta dostawców.</translation>
        </message>
        <message>
            <source>%1 is on the suppression list: this number replied STOP or was opted out, so Herald sends it nothing, not even a reply. If the person texts START, they can be answered again.</source>
            <translation>%1 jest na liście wykluczeń: ten numer odpowiedział STOP lub jego zgoda została wycofana, więc Herald nie wysyła na niego niczego, nawet odpowiedzi. Jeśli osoba wyśle START, znów będzie można jej odpowiadać.</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>Najpierw napisz odpowiedź.</translation>
        </message>
        <message>
            <source>The reply has %1 characters; at most %2 can be sent in one message.</source>
            <translation>Odpowiedź ma %1 znaków; w jednej wiadomości można wysłać najwyżej %2.</translation>
        </message>
        <message>
            <source>%1 has just been put on the suppression list; the reply was not sent.</source>
            <translation>%1: numer właśnie trafił na listę wykluczeń; odpowiedź nie została wysłana.</translation>
        </message>
        <message numerus="yes">
            <source>Reply to %1 queued on “%2” (%n part(s)).</source>
            <translation>
                <numerusform>Odpowiedź do %1 dodana do kolejki konta „%2” (%n część).</numerusform>
                <numerusform>Odpowiedź do %1 dodana do kolejki konta „%2” (%n części).</numerusform>
                <numerusform>Odpowiedź do %1 dodana do kolejki konta „%2” (%n części).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has not written to you: the inbox only answers replies. To write first, create a campaign.</source>
            <translation>Od %1 nie przyszła żadna wiadomość: skrzynka odbiorcza służy tylko do odpowiadania. Aby rozpocząć rozmowę, utwórz kampanię.</translation>
        </message>
    </context>
    <context>
        <name>InboxTexts</name>
        <message>
            <source>Queued</source>
            <translation>W kolejce</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wysyłana</translation>
        </message>
        <message>
            <source>Handed to the provider</source>
            <translation>Przekazana dostawcy</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłana</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Doręczona</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>Niedoręczona</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Nieudana</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Pominięta</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Anulowana</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>Wynik nieznany</translation>
        </message>
    </context>
    <context>
        <name>MessageTemplate</name>
        <message>
            <source>A “}” at position %1 closes no placeholder; write “}}” for a literal brace.</source>
            <translation>Znak „}” na pozycji %1 nie zamyka żadnego symbolu zastępczego; aby wstawić sam nawias, napisz „}}”.</translation>
        </message>
        <message>
            <source>The placeholder “%1” is not closed with “}”; write “{{” for a literal brace.</source>
            <translation>Symbol zastępczy „%1” nie jest zamknięty znakiem „}”; aby wstawić sam nawias, napisz „{{”.</translation>
        </message>
        <message>
            <source>The placeholder “%1” has no name.</source>
            <translation>Symbol zastępczy „%1” nie ma nazwy.</translation>
        </message>
        <message>
            <source>The custom field name in “%1” is empty or contains characters other than letters, digits, “_”, “-” and “.”.</source>
            <translation>Nazwa pola niestandardowego w „%1” jest pusta lub zawiera znaki inne niż litery, cyfry, „_”, „-” i „.”.</translation>
        </message>
        <message>
            <source>Unknown placeholder “%1”; use one of %2 or {field:NAME} for a custom field.</source>
            <translation>Nieznany symbol zastępczy „%1”; użyj jednego z %2 lub {field:NAME} dla pola niestandardowego.</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>This workspace was saved by a newer version of Herald (schema %1; this version understands up to %2). Please update Herald.</source>
            <translation>Ten obszar roboczy został zapisany przez nowszą wersję programu Herald (schemat %1; ta wersja obsługuje schematy do %2). Zaktualizuj program Herald.</translation>
        </message>
        <message>
            <source>“%1” is an SQLite database, but not a Herald workspace.</source>
            <translation>„%1” jest bazą danych SQLite, ale nie obszarem roboczym programu Herald.</translation>
        </message>
        <message>
            <source>Could not back up the workspace before upgrading it, so it was left unchanged: %1</source>
            <translation>Nie udało się utworzyć kopii zapasowej obszaru roboczego przed aktualizacją, więc pozostawiono go bez zmian: %1</translation>
        </message>
        <message>
            <source>Upgrading the workspace to schema %1 (%2) failed: %3</source>
            <translation>Aktualizacja obszaru roboczego do schematu %1 (%2) nie powiodła się: %3</translation>
        </message>
        <message>
            <source>Backed up the workspace before upgrading it: %1</source>
            <translation>Przed aktualizacją utworzono kopię zapasową obszaru roboczego: %1</translation>
        </message>
        <message>
            <source>Upgraded the workspace to schema %1 (%2).</source>
            <translation>Zaktualizowano obszar roboczy do schematu %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>OptOutFooterStore</name>
        <message>
            <source>The opt-out footer must tell people to reply STOP.</source>
            <translation>Stopka wypisu musi informować, że można odpowiedzieć STOP.</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumbers</name>
        <message>
            <source>no phone number</source>
            <translation>brak numeru telefonu</translation>
        </message>
        <message>
            <source>no valid country code (and no default country for “%1”)</source>
            <translation>brak prawidłowego kodu kraju (i brak domyślnego kraju dla „%1”)</translation>
        </message>
        <message>
            <source>too short to be a phone number</source>
            <translation>za krótki na numer telefonu</translation>
        </message>
        <message>
            <source>too long to be a phone number</source>
            <translation>za długi na numer telefonu</translation>
        </message>
        <message>
            <source>not a phone number</source>
            <translation>to nie jest numer telefonu</translation>
        </message>
        <message>
            <source>not a valid number for its country</source>
            <translation>nieprawidłowy numer dla swojego kraju</translation>
        </message>
    </context>
    <context>
        <name>Preflight</name>
        <message numerus="yes">
            <source>%n contact(s) have not agreed to marketing messages.</source>
            <translation>
                <numerusform>%n kontakt nie wyraził zgody na wiadomości marketingowe.</numerusform>
                <numerusform>%n kontakty nie wyraziły zgody na wiadomości marketingowe.</numerusform>
                <numerusform>%n kontaktów nie wyraziło zgody na wiadomości marketingowe.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) opted out or are on the suppression list.</source>
            <translation>
                <numerusform>%n kontakt wycofał zgodę lub jest na liście wykluczeń.</numerusform>
                <numerusform>%n kontakty wycofały zgodę lub są na liście wykluczeń.</numerusform>
                <numerusform>%n kontaktów wycofało zgodę lub jest na liście wykluczeń.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) already reached the limit of %1 marketing messages in %2 days.</source>
            <translation>
                <numerusform>%n kontakt osiągnął już limit %1 wiadomości marketingowych w ciągu %2 dni.</numerusform>
                <numerusform>%n kontakty osiągnęły już limit %1 wiadomości marketingowych w ciągu %2 dni.</numerusform>
                <numerusform>%n kontaktów osiągnęło już limit %1 wiadomości marketingowych w ciągu %2 dni.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a phone number that is not valid.</source>
            <translation>
                <numerusform>%n kontakt ma nieprawidłowy numer telefonu.</numerusform>
                <numerusform>%n kontakty mają nieprawidłowy numer telefonu.</numerusform>
                <numerusform>%n kontaktów ma nieprawidłowy numer telefonu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a landline number, which cannot receive text messages.</source>
            <translation>
                <numerusform>%n kontakt ma numer stacjonarny, który nie może odbierać SMS-ów.</numerusform>
                <numerusform>%n kontakty mają numery stacjonarne, które nie mogą odbierać SMS-ów.</numerusform>
                <numerusform>%n kontaktów ma numery stacjonarne, które nie mogą odbierać SMS-ów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would be empty once the placeholders are filled in.</source>
            <translation>
                <numerusform>%n wiadomość byłaby pusta po wypełnieniu symboli zastępczych.</numerusform>
                <numerusform>%n wiadomości byłyby puste po wypełnieniu symboli zastępczych.</numerusform>
                <numerusform>%n wiadomości byłoby pustych po wypełnieniu symboli zastępczych.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) across segments removed: everyone gets one message.</source>
            <translation>
                <numerusform>Usunięto %n duplikat między segmentami: każdy otrzyma jedną wiadomość.</numerusform>
                <numerusform>Usunięto %n duplikaty między segmentami: każdy otrzyma jedną wiadomość.</numerusform>
                <numerusform>Usunięto %n duplikatów między segmentami: każdy otrzyma jedną wiadomość.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pre-flight check was cancelled.</source>
            <translation>Kontrola przed wysyłką została anulowana.</translation>
        </message>
        <message>
            <source>Nobody would get this campaign.</source>
            <translation>Nikt nie otrzymałby tej kampanii.</translation>
        </message>
        <message numerus="yes">
            <source>This marketing message tells none of its %n recipient(s) how to opt out: add the opt-out footer or a “STOP” line.</source>
            <translation>
                <numerusform>Ta wiadomość marketingowa nie informuje swojego %n odbiorcy, jak się wypisać: dodaj stopkę wypisu lub wiersz „STOP”.</numerusform>
                <numerusform>Ta wiadomość marketingowa nie informuje żadnego ze swoich %n odbiorców, jak się wypisać: dodaj stopkę wypisu lub wiersz „STOP”.</numerusform>
                <numerusform>Ta wiadomość marketingowa nie informuje żadnego ze swoich %n odbiorców, jak się wypisać: dodaj stopkę wypisu lub wiersz „STOP”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) in the United States or Canada cannot get messages from the sender name “%1”: networks there accept only phone numbers.</source>
            <translation>
                <numerusform>%n odbiorca w Stanach Zjednoczonych lub Kanadzie nie może otrzymywać wiadomości od nadawcy o nazwie „%1”: tamtejsze sieci akceptują tylko numery telefonów.</numerusform>
                <numerusform>%n odbiorcy w Stanach Zjednoczonych lub Kanadzie nie mogą otrzymywać wiadomości od nadawcy o nazwie „%1”: tamtejsze sieci akceptują tylko numery telefonów.</numerusform>
                <numerusform>%n odbiorców w Stanach Zjednoczonych lub Kanadzie nie może otrzymywać wiadomości od nadawcy o nazwie „%1”: tamtejsze sieci akceptują tylko numery telefonów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The provider account cannot report deliveries: you will not know which of the %n message(s) arrived.</source>
            <translation>
                <numerusform>Konto dostawcy nie raportuje doręczeń: nie będzie wiadomo, czy %n wiadomość dotarła.</numerusform>
                <numerusform>Konto dostawcy nie raportuje doręczeń: nie będzie wiadomo, które z %n wiadomości dotarły.</numerusform>
                <numerusform>Konto dostawcy nie raportuje doręczeń: nie będzie wiadomo, które z %n wiadomości dotarły.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The scheduled time %1 has already passed: %n message(s) would go out at once.</source>
            <translation>
                <numerusform>Zaplanowany czas %1 już minął: %n wiadomość zostałaby wysłana od razu.</numerusform>
                <numerusform>Zaplanowany czas %1 już minął: %n wiadomości zostałyby wysłane od razu.</numerusform>
                <numerusform>Zaplanowany czas %1 już minął: %n wiadomości zostałoby wysłanych od razu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 on %2 local time has already passed for %n recipient(s): their messages would go out at once.</source>
            <translation>
                <numerusform>Godzina %1 dnia %2 czasu lokalnego już minęła dla %n odbiorcy: wiadomość zostałaby wysłana od razu.</numerusform>
                <numerusform>Godzina %1 dnia %2 czasu lokalnego już minęła dla %n odbiorców: ich wiadomości zostałyby wysłane od razu.</numerusform>
                <numerusform>Godzina %1 dnia %2 czasu lokalnego już minęła dla %n odbiorców: ich wiadomości zostałyby wysłane od razu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The message uses {shop}, but the shop name is not set: %n message(s) would have a gap there.</source>
            <translation>
                <numerusform>Wiadomość używa {shop}, ale nazwa sklepu nie jest ustawiona: w %n wiadomości będzie w tym miejscu luka.</numerusform>
                <numerusform>Wiadomość używa {shop}, ale nazwa sklepu nie jest ustawiona: w %n wiadomościach będzie w tym miejscu luka.</numerusform>
                <numerusform>Wiadomość używa {shop}, ale nazwa sklepu nie jest ustawiona: w %n wiadomościach będzie w tym miejscu luka.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) have no “%1”: they get “%2” exactly as written.</source>
            <translation>
                <numerusform>%n odbiorca nie ma pola „%1”: otrzyma „%2” dokładnie w tej postaci.</numerusform>
                <numerusform>%n odbiorcy nie mają pola „%1”: otrzymają „%2” dokładnie w tej postaci.</numerusform>
                <numerusform>%n odbiorców nie ma pola „%1”: otrzymają „%2” dokładnie w tej postaci.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) go out in UCS-2 (70 characters per part instead of 160) because of: %1</source>
            <translation>
                <numerusform>%n wiadomość zostanie wysłana w UCS-2 (70 znaków na część zamiast 160) z powodu: %1</numerusform>
                <numerusform>%n wiadomości zostaną wysłane w UCS-2 (70 znaków na część zamiast 160) z powodu: %1</numerusform>
                <numerusform>%n wiadomości zostanie wysłanych w UCS-2 (70 znaków na część zamiast 160) z powodu: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) fall outside %1–%2 in the recipient's time zone and wait for the next morning.</source>
            <translation>
                <numerusform>%n wiadomość wypada poza godzinami %1–%2 w strefie czasowej odbiorcy i czeka do następnego ranka.</numerusform>
                <numerusform>%n wiadomości wypadają poza godzinami %1–%2 w strefie czasowej odbiorcy i czekają do następnego ranka.</numerusform>
                <numerusform>%n wiadomości wypada poza godzinami %1–%2 w strefie czasowej odbiorcy i czeka do następnego ranka.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would arrive on a Sunday and wait until Monday.</source>
            <translation>
                <numerusform>%n wiadomość dotarłaby w niedzielę, więc czeka do poniedziałku.</numerusform>
                <numerusform>%n wiadomości dotarłyby w niedzielę, więc czekają do poniedziałku.</numerusform>
                <numerusform>%n wiadomości dotarłoby w niedzielę, więc czeka do poniedziałku.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProviderAccounts</name>
        <message>
            <source>There is no provider account %1.</source>
            <translation>Nie ma konta dostawcy %1.</translation>
        </message>
        <message>
            <source>There is no provider account named “%1”.</source>
            <translation>Nie ma konta dostawcy o nazwie „%1”.</translation>
        </message>
        <message>
            <source>The workspace has no provider account.</source>
            <translation>Obszar roboczy nie ma konta dostawcy.</translation>
        </message>
        <message>
            <source>An account needs a name.</source>
            <translation>Konto musi mieć nazwę.</translation>
        </message>
        <message>
            <source>Unknown provider “%1”; Herald supports: %2.</source>
            <translation>Nieznany dostawca „%1”; Herald obsługuje: %2.</translation>
        </message>
        <message>
            <source>“%1” is not an http(s) address.</source>
            <translation>„%1” nie jest adresem http(s).</translation>
        </message>
        <message>
            <source>Only a local Simulator may use plain http; use https for “%1”.</source>
            <translation>Tylko lokalny symulator może używać zwykłego http; użyj https dla „%1”.</translation>
        </message>
        <message>
            <source>The rate must be a positive number of messages per second.</source>
            <translation>Szybkość musi być dodatnią liczbą wiadomości na sekundę.</translation>
        </message>
        <message>
            <source>A Twilio account needs its Account SID (AC followed by 32 hexadecimal digits): --option account_sid=AC…</source>
            <translation>Konto Twilio wymaga identyfikatora Account SID (AC, a po nim 32 cyfry szesnastkowe): --option account_sid=AC…</translation>
        </message>
        <message>
            <source>A Twilio account needs a sender number: --from +1…</source>
            <translation>Konto Twilio wymaga numeru nadawcy: --from +1…</translation>
        </message>
        <message>
            <source>An account named “%1” already exists.</source>
            <translation>Konto o nazwie „%1” już istnieje.</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
            <translation>Brak sekretu dla konta „%1”: podaj --secret-env ZMIENNA.</translation>
        </message>
        <message>
            <source>The environment variable %1 is empty or not set.</source>
            <translation>Zmienna środowiskowa %1 jest pusta lub nie jest ustawiona.</translation>
        </message>
        <message>
            <source>The Simulator is not running.</source>
            <translation>Symulator nie działa.</translation>
        </message>
        <message>
            <source>Herald cannot send through “%1” yet.</source>
            <translation>Herald nie może jeszcze wysyłać przez „%1”.</translation>
        </message>
        <message>
            <source>An Infobip account needs its personal API address: --base-url https://xxxxx.api.infobip.com</source>
            <translation>Konto Infobip wymaga osobistego adresu API: --base-url https://xxxxx.api.infobip.com</translation>
        </message>
        <message>
            <source>A Plivo account needs its Auth ID (20 letters and digits, e.g. MA…): --option auth_id=MA…</source>
            <translation>Konto Plivo wymaga identyfikatora Auth ID (20 liter i cyfr, np. MA…): --option auth_id=MA…</translation>
        </message>
        <message>
            <source>A Plivo account needs a sender (--from +1…) or a Powerpack: --option powerpack_uuid=…</source>
            <translation>Konto Plivo wymaga nadawcy (--from +1…) lub usługi Powerpack: --option powerpack_uuid=…</translation>
        </message>
        <message>
            <source>A Vonage account needs its API key (8 letters and digits): --option api_key=…</source>
            <translation>Konto Vonage wymaga klucza API (8 liter i cyfr): --option api_key=…</translation>
        </message>
        <message>
            <source>A Vonage account needs a sender, a number or a name: --from …</source>
            <translation>Konto Vonage wymaga nadawcy – numeru lub nazwy: --from …</translation>
        </message>
        <message>
            <source>“%1” is not an SMSAPI sender name (up to 11 letters and digits, or a number).</source>
            <translation>„%1” nie jest nazwą nadawcy SMSAPI (do 11 liter i cyfr lub numer).</translation>
        </message>
    </context>
    <context>
        <name>ReplyTexts</name>
        <message>
            <source>The answer to HELP must tell people to reply STOP to unsubscribe.</source>
            <translation>Odpowiedź na HELP musi informować, że aby się wypisać, należy odpowiedzieć STOP.</translation>
        </message>
        <message>
            <source>The opt-out confirmation must tell people to reply START to subscribe again.</source>
            <translation>Potwierdzenie wypisu musi informować, że aby ponownie się zapisać, należy odpowiedzieć START.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <source>Delivery rate</source>
            <translation>Wskaźnik doręczeń</translation>
        </message>
        <message>
            <source>%1 delivered of %2 sent</source>
            <translation>Doręczono %1 z %2 wysłanych</translation>
        </message>
        <message>
            <source>Opt-out rate (7 days)</source>
            <translation>Wskaźnik wypisów (7 dni)</translation>
        </message>
        <message>
            <source>above the %1 benchmark</source>
            <translation>powyżej wartości referencyjnej %1</translation>
        </message>
        <message>
            <source>benchmark %1</source>
            <translation>wartość referencyjna %1</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Wskaźnik odpowiedzi</translation>
        </message>
        <message>
            <source>%1 people replied (%2 replies)</source>
            <translation>Odpowiedziały osoby: %1 (odpowiedzi: %2)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Koszt</translation>
        </message>
        <message>
            <source>%1 reported by the provider, %2 estimated</source>
            <translation>%1 według dostawcy, %2 szacunkowo</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Części</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Jeszcze niewysłane</translation>
        </message>
        <message>
            <source>Waiting for a delivery report</source>
            <translation>Oczekujące na raport doręczenia</translation>
        </message>
        <message>
            <source>A PDF report needs the graphical libraries (no QApplication is running).</source>
            <translation>Raport PDF wymaga bibliotek graficznych (nie działa żadna aplikacja QApplication).</translation>
        </message>
        <message>
            <source>Campaign report: %1</source>
            <translation>Raport kampanii: %1</translation>
        </message>
        <message>
            <source>Cannot write the PDF “%1”.</source>
            <translation>Nie można zapisać pliku PDF „%1”.</translation>
        </message>
        <message>
            <source>not launched</source>
            <translation>nieuruchomiona</translation>
        </message>
        <message>
            <source>Campaign %1 · %2 · %3 · provider %4</source>
            <translation>Kampania %1 · %2 · %3 · dostawca: %4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>Launched: %1 · Report made: %2</source>
            <translation>Uruchomiono: %1 · Raport utworzono: %2</translation>
        </message>
        <message>
            <source>Why messages were not delivered</source>
            <translation>Dlaczego wiadomości nie zostały doręczone</translation>
        </message>
        <message>
            <source>No message failed.</source>
            <translation>Żadna wiadomość nie zakończyła się niepowodzeniem.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Wiadomości</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Znaczenie</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <source>How the figures are counted</source>
            <translation>Jak liczone są dane</translation>
        </message>
        <message>
            <source>Targeted: every recipient the campaign addressed; people left out by consent or the suppression list at launch are not included.</source>
            <translation>Adresaci: każdy odbiorca, do którego skierowano kampanię; osoby pominięte przy uruchomieniu z powodu braku zgody lub listy wykluczeń nie są uwzględniane.</translation>
        </message>
        <message>
            <source>Excluded: skipped (frequency cap, invalid number, landline) or cancelled (opted out after the launch).</source>
            <translation>Wykluczeni: pominięci (limit częstotliwości, nieprawidłowy numer, numer stacjonarny) lub anulowani (wypisali się po uruchomieniu).</translation>
        </message>
        <message>
            <source>Sent: handed to the provider. Delivery rate = delivered ÷ sent.</source>
            <translation>Wysłane: przekazane dostawcy. Wskaźnik doręczeń = doręczone ÷ wysłane.</translation>
        </message>
        <message>
            <source>Opt-out rate = people who opted out within 7 days of the launch ÷ sent; the industry benchmark is %1.</source>
            <translation>Wskaźnik wypisów = osoby, które wypisały się w ciągu 7 dni od uruchomienia ÷ wysłane; wartość referencyjna w branży wynosi %1.</translation>
        </message>
        <message>
            <source>Reply rate = people who replied (other than STOP or START) ÷ sent.</source>
            <translation>Wskaźnik odpowiedzi = osoby, które odpowiedziały (inaczej niż STOP lub START) ÷ wysłane.</translation>
        </message>
        <message>
            <source>Cost: the price the provider reported, or the estimate made at launch where no price was reported.</source>
            <translation>Koszt: cena podana przez dostawcę lub, jeśli dostawca nie podał ceny, szacunek wykonany przy uruchomieniu.</translation>
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
            <translation>Zgoda wyrażona</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>Zgoda wycofana</translation>
        </message>
        <message>
            <source>No consent recorded</source>
            <translation>Brak zapisanej zgody</translation>
        </message>
        <message>
            <source>is</source>
            <translation>jest</translation>
        </message>
        <message>
            <source>is not</source>
            <translation>nie jest</translation>
        </message>
        <message>
            <source>is any of</source>
            <translation>jest jednym z</translation>
        </message>
        <message>
            <source>is none of</source>
            <translation>nie jest żadnym z</translation>
        </message>
        <message>
            <source>contains</source>
            <translation>zawiera</translation>
        </message>
        <message>
            <source>does not contain</source>
            <translation>nie zawiera</translation>
        </message>
        <message>
            <source>starts with</source>
            <translation>zaczyna się od</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nigdy</translation>
        </message>
        <message>
            <source>is unknown</source>
            <translation>jest nieznane</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>jest puste</translation>
        </message>
        <message>
            <source>at least once</source>
            <translation>co najmniej raz</translation>
        </message>
        <message>
            <source>is known</source>
            <translation>jest znane</translation>
        </message>
        <message>
            <source>is not empty</source>
            <translation>nie jest puste</translation>
        </message>
        <message>
            <source>has any of</source>
            <translation>ma dowolny z</translation>
        </message>
        <message>
            <source>has all of</source>
            <translation>ma wszystkie z</translation>
        </message>
        <message>
            <source>has none of</source>
            <translation>nie ma żadnego z</translation>
        </message>
        <message>
            <source>is the number</source>
            <translation>jest liczbą równą</translation>
        </message>
        <message>
            <source>is equal to</source>
            <translation>jest równe</translation>
        </message>
        <message>
            <source>is not equal to</source>
            <translation>nie jest równe</translation>
        </message>
        <message>
            <source>is a number more than</source>
            <translation>jest liczbą większą niż</translation>
        </message>
        <message>
            <source>is more than</source>
            <translation>jest większe niż</translation>
        </message>
        <message>
            <source>is a number at least</source>
            <translation>jest liczbą co najmniej</translation>
        </message>
        <message>
            <source>is at least</source>
            <translation>wynosi co najmniej</translation>
        </message>
        <message>
            <source>is a number less than</source>
            <translation>jest liczbą mniejszą niż</translation>
        </message>
        <message>
            <source>is less than</source>
            <translation>jest mniejsze niż</translation>
        </message>
        <message>
            <source>is a number at most</source>
            <translation>jest liczbą co najwyżej</translation>
        </message>
        <message>
            <source>is at most</source>
            <translation>wynosi co najwyżej</translation>
        </message>
        <message>
            <source>is a number between</source>
            <translation>jest liczbą między</translation>
        </message>
        <message>
            <source>is between</source>
            <translation>jest między</translation>
        </message>
        <message>
            <source>in the last N days</source>
            <translation>w ciągu ostatnich N dni</translation>
        </message>
        <message>
            <source>not in the last N days</source>
            <translation>nie w ciągu ostatnich N dni</translation>
        </message>
        <message>
            <source>not in the last N days, or never</source>
            <translation>nie w ciągu ostatnich N dni lub nigdy</translation>
        </message>
        <message>
            <source>more than N days ago</source>
            <translation>ponad N dni temu</translation>
        </message>
        <message>
            <source>is a date before</source>
            <translation>jest datą przed</translation>
        </message>
        <message>
            <source>before</source>
            <translation>przed</translation>
        </message>
        <message>
            <source>is a date after</source>
            <translation>jest datą po</translation>
        </message>
        <message>
            <source>after</source>
            <translation>po</translation>
        </message>
        <message>
            <source>is the date</source>
            <translation>jest datą</translation>
        </message>
        <message>
            <source>on</source>
            <translation>w dniu</translation>
        </message>
        <message>
            <source>is a date between</source>
            <translation>jest datą między</translation>
        </message>
        <message>
            <source>between</source>
            <translation>między</translation>
        </message>
        <message>
            <source>is today</source>
            <translation>jest dzisiaj</translation>
        </message>
        <message>
            <source>is this month</source>
            <translation>jest w tym miesiącu</translation>
        </message>
        <message>
            <source>is in the next N days</source>
            <translation>jest w ciągu następnych N dni</translation>
        </message>
        <message>
            <source>is in the month</source>
            <translation>jest w miesiącu</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>The contact's tags. Tag names are compared ignoring case.</source>
            <translation>Tagi kontaktu. Nazwy tagów są porównywane bez rozróżniania wielkości liter.</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>Zgoda marketingowa</translation>
        </message>
        <message>
            <source>Whether the contact agreed to marketing messages, as of the latest consent record.</source>
            <translation>Czy kontakt zgodził się na wiadomości marketingowe, według najnowszego zapisu zgody.</translation>
        </message>
        <message>
            <source>When the contact opted in to marketing messages. Contacts who are not opted in now count as “never”.</source>
            <translation>Kiedy kontakt wyraził zgodę na wiadomości marketingowe. Kontakty, które obecnie nie mają zgody, liczą się jako „nigdy”.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>Two-letter country code such as PL or US, compared ignoring case.</source>
            <translation>Dwuliterowy kod kraju, np. PL lub US, porównywany bez rozróżniania wielkości liter.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Language code such as pl or zh_TW, compared ignoring case.</source>
            <translation>Kod języka, np. pl lub zh_TW, porównywany bez rozróżniania wielkości liter.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <source>City, compared ignoring case.</source>
            <translation>Miasto, porównywane bez rozróżniania wielkości liter.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Data dodania</translation>
        </message>
        <message>
            <source>When the contact was added to Herald, by hand or by an import.</source>
            <translation>Kiedy kontakt został dodany do programu Herald, ręcznie lub przez import.</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Urodziny</translation>
        </message>
        <message>
            <source>The contact's birthday in the current year, counted in days from today. People born on 29 February celebrate on 28 February in other years.</source>
            <translation>Urodziny kontaktu w bieżącym roku, liczone w dniach od dzisiaj. Osoby urodzone 29 lutego w pozostałe lata obchodzą urodziny 28 lutego.</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>Łączne wydatki</translation>
        </message>
        <message>
            <source>Everything the contact has spent in the shop, in the shop's currency.</source>
            <translation>Wszystko, co kontakt wydał w sklepie, w walucie sklepu.</translation>
        </message>
        <message>
            <source>Number of orders</source>
            <translation>Liczba zamówień</translation>
        </message>
        <message>
            <source>How many orders the contact has placed.</source>
            <translation>Ile zamówień złożył kontakt.</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>Ostatnie zamówienie</translation>
        </message>
        <message>
            <source>When the contact last ordered. Contacts who never ordered count as “never”.</source>
            <translation>Kiedy kontakt ostatnio złożył zamówienie. Kontakty, które nigdy nie zamawiały, liczą się jako „nigdy”.</translation>
        </message>
        <message>
            <source>Last message from us</source>
            <translation>Ostatnia wiadomość od nas</translation>
        </message>
        <message>
            <source>When we last sent the contact a message. Use “not in the last N days, or never” to respect a frequency cap.</source>
            <translation>Kiedy ostatnio wysłaliśmy kontaktowi wiadomość. Użyj „nie w ciągu ostatnich N dni lub nigdy”, aby przestrzegać limitu częstotliwości.</translation>
        </message>
        <message>
            <source>Last reply</source>
            <translation>Ostatnia odpowiedź</translation>
        </message>
        <message>
            <source>When the contact last sent us a message.</source>
            <translation>Kiedy kontakt ostatnio wysłał nam wiadomość.</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>Pole niestandardowe</translation>
        </message>
        <message>
            <source>A custom field from an import or typed by hand. A contact without the field counts as empty. Numbers may use a decimal point or comma; dates are written YYYY-MM-DD.</source>
            <translation>Pole niestandardowe z importu lub wpisane ręcznie. Kontakt bez tego pola liczy się jako pusty. Liczby mogą zawierać kropkę lub przecinek dziesiętny; daty zapisuje się jako RRRR-MM-DD.</translation>
        </message>
    </context>
    <context>
        <name>SegmentJson</name>
        <message>
            <source>The segment rules need a “rules” list.</source>
            <translation>Reguły segmentu wymagają listy „rules”.</translation>
        </message>
        <message>
            <source>rule %1: “rules” must be a list.</source>
            <translation>reguła %1: „rules” musi być listą.</translation>
        </message>
        <message>
            <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
            <translation>reguła %1: grupy są zagnieżdżone zbyt głęboko (maksymalnie %2 poziomów).</translation>
        </message>
        <message>
            <source>The segment rules' “match” must be “all” or “any”.</source>
            <translation>Pole „match” reguł segmentu musi mieć wartość „all” lub „any”.</translation>
        </message>
        <message>
            <source>rule %1: “match” must be “all” or “any”.</source>
            <translation>reguła %1: „match” musi mieć wartość „all” lub „any”.</translation>
        </message>
        <message>
            <source>rule %1: a rule must be a JSON object.</source>
            <translation>reguła %1: reguła musi być obiektem JSON.</translation>
        </message>
        <message>
            <source>rule %1: unknown key “%2”.</source>
            <translation>reguła %1: nieznany klucz „%2”.</translation>
        </message>
        <message>
            <source>rule %1: a rule needs a “field” (or, for a group, “rules”).</source>
            <translation>reguła %1: reguła wymaga pola „field” (lub, w przypadku grupy, „rules”).</translation>
        </message>
        <message>
            <source>rule %1: unknown field “%2”.</source>
            <translation>reguła %1: nieznane pole „%2”.</translation>
        </message>
        <message>
            <source>rule %1: the rule on “%2” needs an “op”.</source>
            <translation>reguła %1: reguła dla „%2” wymaga „op”.</translation>
        </message>
        <message>
            <source>rule %1: unknown operator “%2” for field “%3”.</source>
            <translation>reguła %1: nieznany operator „%2” dla pola „%3”.</translation>
        </message>
        <message>
            <source>rule %1: a custom field rule needs the field's “name”.</source>
            <translation>reguła %1: reguła pola niestandardowego wymaga nazwy pola („name”).</translation>
        </message>
        <message>
            <source>The segment rules are not valid JSON: %1 (at character %2).</source>
            <translation>Reguły segmentu nie są prawidłowym JSON: %1 (przy znaku %2).</translation>
        </message>
        <message>
            <source>The segment rules must be a JSON object with “version”, “match” and “rules”.</source>
            <translation>Reguły segmentu muszą być obiektem JSON z polami „version”, „match” i „rules”.</translation>
        </message>
        <message>
            <source>The segment rules have no “version”; this version of Herald writes %1.</source>
            <translation>Reguły segmentu nie mają pola „version”; ta wersja programu Herald zapisuje %1.</translation>
        </message>
        <message>
            <source>The segment rules have an invalid “version”; this version of Herald writes %1.</source>
            <translation>Reguły segmentu mają nieprawidłowe pole „version”; ta wersja programu Herald zapisuje %1.</translation>
        </message>
        <message>
            <source>These segment rules were saved in format %1 by a newer version of Herald, which this version (format %2) cannot read. Update Herald to use them.</source>
            <translation>Te reguły segmentu zostały zapisane w formacie %1 przez nowszą wersję programu Herald, której ta wersja (format %2) nie potrafi odczytać. Zaktualizuj program Herald, aby ich użyć.</translation>
        </message>
        <message>
            <source>The segment rules have an unknown key “%1”.</source>
            <translation>Reguły segmentu zawierają nieznany klucz „%1”.</translation>
        </message>
    </context>
    <context>
        <name>SegmentQuery</name>
        <message>
            <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
            <translation>reguła %1: grupy są zagnieżdżone zbyt głęboko (maksymalnie %2 poziomów).</translation>
        </message>
        <message>
            <source>The segment has too many rules (at most %1).</source>
            <translation>Segment ma zbyt wiele reguł (maksymalnie %1).</translation>
        </message>
        <message>
            <source>rule %1: unknown operator “%2” for field “%3”.</source>
            <translation>reguła %1: nieznany operator „%2” dla pola „%3”.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” takes no value.</source>
            <translation>reguła %1: „%2” dla „%3” nie przyjmuje wartości.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a text that is not empty.</source>
            <translation>reguła %1: „%2” dla „%3” wymaga niepustego tekstu.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a list of texts that are not empty.</source>
            <translation>reguła %1: „%2” dla „%3” wymaga listy niepustych tekstów.</translation>
        </message>
        <message>
            <source>rule %1: too many values (at most %2).</source>
            <translation>reguła %1: zbyt wiele wartości (maksymalnie %2).</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a whole number of days from 1 to %4.</source>
            <translation>reguła %1: „%2” dla „%3” wymaga całkowitej liczby dni od 1 do %4.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a list of tag names.</source>
            <translation>reguła %1: „%2” dla „%3” wymaga listy nazw tagów.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs one of: %4.</source>
            <translation>reguła %1: „%2” dla „%3” wymaga jednej z wartości: %4.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs two numbers, the smaller first.</source>
            <translation>reguła %1: „%2” dla „%3” wymaga dwóch liczb, mniejszej jako pierwszej.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a number.</source>
            <translation>reguła %1: „%2” dla „%3” wymaga liczby.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a date written YYYY-MM-DD.</source>
            <translation>reguła %1: „%2” dla „%3” wymaga daty w formacie RRRR-MM-DD.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs two dates written YYYY-MM-DD, the earlier first.</source>
            <translation>reguła %1: „%2” dla „%3” wymaga dwóch dat w formacie RRRR-MM-DD, wcześniejszej jako pierwszej.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a month from 1 to 12.</source>
            <translation>reguła %1: „%2” dla „%3” wymaga miesiąca od 1 do 12.</translation>
        </message>
        <message>
            <source>rule %1: a custom field rule needs the field's “name”.</source>
            <translation>reguła %1: reguła pola niestandardowego wymaga nazwy pola („name”).</translation>
        </message>
    </context>
    <context>
        <name>SegmentRepository</name>
        <message>
            <source>There is no segment with id %1.</source>
            <translation>Nie ma segmentu o identyfikatorze %1.</translation>
        </message>
        <message>
            <source>A segment needs a name.</source>
            <translation>Segment musi mieć nazwę.</translation>
        </message>
        <message>
            <source>A segment named “%1” already exists.</source>
            <translation>Segment o nazwie „%1” już istnieje.</translation>
        </message>
        <message>
            <source>“%1” is a built-in segment and cannot be changed. Duplicate it to make your own version.</source>
            <translation>„%1” to segment wbudowany i nie można go zmienić. Zduplikuj go, aby utworzyć własną wersję.</translation>
        </message>
        <message>
            <source>“%1” is a built-in segment and cannot be deleted.</source>
            <translation>„%1” to segment wbudowany i nie można go usunąć.</translation>
        </message>
        <message numerus="yes">
            <source>“%1” is the audience of %n campaign(s) and cannot be deleted.</source>
            <translation>
                <numerusform>Segment „%1” jest grupą odbiorców %n kampanii i nie można go usunąć.</numerusform>
                <numerusform>Segment „%1” jest grupą odbiorców %n kampanii i nie można go usunąć.</numerusform>
                <numerusform>Segment „%1” jest grupą odbiorców %n kampanii i nie można go usunąć.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (kopia)</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <translation>%1 (kopia %2)</translation>
        </message>
        <message>
            <source>All opted-in</source>
            <translation>Wszyscy ze zgodą</translation>
        </message>
        <message>
            <source>Everyone who agreed to marketing messages and has not opted out.</source>
            <translation>Wszyscy, którzy zgodzili się na wiadomości marketingowe i nie wypisali się.</translation>
        </message>
        <message>
            <source>New subscribers (last 7 days)</source>
            <translation>Nowi subskrybenci (ostatnie 7 dni)</translation>
        </message>
        <message>
            <source>Opted in to marketing messages in the last 7 days.</source>
            <translation>Osoby, które wyraziły zgodę na wiadomości marketingowe w ciągu ostatnich 7 dni.</translation>
        </message>
        <message>
            <source>Birthday this month</source>
            <translation>Urodziny w tym miesiącu</translation>
        </message>
        <message>
            <source>Contacts whose birthday falls in the current month.</source>
            <translation>Kontakty, których urodziny przypadają w bieżącym miesiącu.</translation>
        </message>
        <message>
            <source>VIP (top spenders)</source>
            <translation>VIP (najwięcej wydający)</translation>
        </message>
        <message>
            <source>Customers who have spent 1,000 or more in total.</source>
            <translation>Klienci, którzy wydali łącznie 1000 lub więcej.</translation>
        </message>
        <message>
            <source>Not messaged in 30 days</source>
            <translation>Bez wiadomości od 30 dni</translation>
        </message>
        <message>
            <source>Contacts we have not sent a message to in the last 30 days, including those never messaged.</source>
            <translation>Kontakty, do których nie wysłaliśmy wiadomości w ciągu ostatnich 30 dni, w tym te, do których nigdy nie pisaliśmy.</translation>
        </message>
        <message>
            <source>Lapsed customers (no order in 90 days)</source>
            <translation>Utraceni klienci (brak zamówienia od 90 dni)</translation>
        </message>
        <message>
            <source>Customers who ordered before, but not in the last 90 days.</source>
            <translation>Klienci, którzy zamawiali wcześniej, ale nie w ciągu ostatnich 90 dni.</translation>
        </message>
        <message>
            <source>Replied recently</source>
            <translation>Niedawno odpowiedzieli</translation>
        </message>
        <message>
            <source>Contacts who sent us a message in the last 14 days.</source>
            <translation>Kontakty, które wysłały nam wiadomość w ciągu ostatnich 14 dni.</translation>
        </message>
    </context>
    <context>
        <name>SenderId</name>
        <message>
            <source>The campaign has no sender: set one on the provider account or the campaign.</source>
            <translation>Kampania nie ma nadawcy: ustaw go na koncie dostawcy lub w kampanii.</translation>
        </message>
        <message>
            <source>The sender “%1” has more than %2 digits.</source>
            <translation>Nadawca „%1” ma więcej niż %2 cyfr.</translation>
        </message>
        <message>
            <source>The sender “%1” starts with “+” but is not a phone number.</source>
            <translation>Nadawca „%1” zaczyna się od „+”, ale nie jest numerem telefonu.</translation>
        </message>
        <message>
            <source>The sender name “%1” is longer than %2 characters.</source>
            <translation>Nazwa nadawcy „%1” jest dłuższa niż %2 znaków.</translation>
        </message>
        <message>
            <source>The sender name “%1” contains “%2”, which is not a plain GSM character.</source>
            <translation>Nazwa nadawcy „%1” zawiera znak „%2”, który nie jest zwykłym znakiem GSM.</translation>
        </message>
        <message>
            <source>The sender name “%1” needs at least one letter.</source>
            <translation>Nazwa nadawcy „%1” musi zawierać co najmniej jedną literę.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Ogólne</translation>
        </message>
        <message>
            <source>Shop &amp;name:</source>
            <translation>&amp;Nazwa sklepu:</translation>
        </message>
        <message>
            <source>Used for the {shop} placeholder</source>
            <translation>Używana w symbolu zastępczym {shop}</translation>
        </message>
        <message>
            <source>Default &amp;country for phone numbers:</source>
            <translation>Domyślny &amp;kraj numerów telefonów:</translation>
        </message>
        <message>
            <source>Numbers written without a country code (e.g. 601 234 567) are read as numbers of this country.</source>
            <translation>Numery zapisane bez kodu kraju (np. 601 234 567) są traktowane jako numery z tego kraju.</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Język interfejsu:</translation>
        </message>
        <message>
            <source>Marketing messages</source>
            <translation>Wiadomości marketingowe</translation>
        </message>
        <message>
            <source>Send only &amp;between:</source>
            <translation>Wysyłaj tylko &amp;między:</translation>
        </message>
        <message>
            <source>and</source>
            <translation>i</translation>
        </message>
        <message>
            <source>in each recipient's local time</source>
            <translation>w czasie lokalnym każdego odbiorcy</translation>
        </message>
        <message>
            <source>Avoid &amp;Sundays</source>
            <translation>Unikaj nie&amp;dziel</translation>
        </message>
        <message>
            <source>&amp;Frequency cap:</source>
            <translation>&amp;Limit częstotliwości:</translation>
        </message>
        <message>
            <source>Two to six marketing messages a month per person is the usual guideline.</source>
            <translation>Zwykle zaleca się od dwóch do sześciu wiadomości marketingowych miesięcznie na osobę.</translation>
        </message>
    </context>
    <context>
        <name>StarterLibrary</name>
        <message>
            <source>The starter templates “%1” cannot be read: %2</source>
            <translation>Nie można odczytać szablonów startowych „%1”: %2</translation>
        </message>
        <message>
            <source>The starter templates “%1” are not valid JSON: %2</source>
            <translation>Szablony startowe „%1” nie są prawidłowym JSON: %2</translation>
        </message>
        <message>
            <source>The starter templates “%1” are not a JSON array.</source>
            <translation>Szablony startowe „%1” nie są tablicą JSON.</translation>
        </message>
        <message>
            <source>Starter template %1 has no valid “%2”.</source>
            <translation>Szablon startowy %1 nie ma prawidłowego pola „%2”.</translation>
        </message>
        <message>
            <source>Starter template %1 has the unknown kind “%2”.</source>
            <translation>Szablon startowy %1 ma nieznany rodzaj „%2”.</translation>
        </message>
        <message>
            <source>Starter template %1 is invalid: %2</source>
            <translation>Szablon startowy %1 jest nieprawidłowy: %2</translation>
        </message>
    </context>
    <context>
        <name>Suppression</name>
        <message>
            <source>The workspace has no suppression key.</source>
            <translation>Obszar roboczy nie ma klucza wykluczeń.</translation>
        </message>
    </context>
    <context>
        <name>TemplateCategories</name>
        <message>
            <source>Welcome</source>
            <translation>Powitanie</translation>
        </message>
        <message>
            <source>Abandoned cart</source>
            <translation>Porzucony koszyk</translation>
        </message>
        <message>
            <source>Order confirmation</source>
            <translation>Potwierdzenie zamówienia</translation>
        </message>
        <message>
            <source>Shipping update</source>
            <translation>Aktualizacja wysyłki</translation>
        </message>
        <message>
            <source>Delivery today</source>
            <translation>Dostawa dzisiaj</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Urodziny</translation>
        </message>
        <message>
            <source>Loyalty anniversary</source>
            <translation>Rocznica lojalności</translation>
        </message>
        <message>
            <source>Flash sale</source>
            <translation>Błyskawiczna wyprzedaż</translation>
        </message>
        <message>
            <source>Back in stock</source>
            <translation>Ponownie dostępne</translation>
        </message>
        <message>
            <source>Review request</source>
            <translation>Prośba o opinię</translation>
        </message>
        <message>
            <source>Holiday greeting</source>
            <translation>Życzenia świąteczne</translation>
        </message>
        <message>
            <source>Store closure</source>
            <translation>Zamknięcie sklepu</translation>
        </message>
    </context>
    <context>
        <name>TemplateRenderer</name>
        <message>
            <source>The template “%1” cannot be used: %2</source>
            <translation>Nie można użyć szablonu „%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>TemplateRepository</name>
        <message>
            <source>A template needs a name.</source>
            <translation>Szablon musi mieć nazwę.</translation>
        </message>
        <message>
            <source>The template “%1” has no message text.</source>
            <translation>Szablon „%1” nie ma treści wiadomości.</translation>
        </message>
        <message>
            <source>The message text of “%1” is not valid: %2</source>
            <translation>Treść wiadomości szablonu „%1” jest nieprawidłowa: %2</translation>
        </message>
        <message>
            <source>There is no template with id %1.</source>
            <translation>Nie ma szablonu o identyfikatorze %1.</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (kopia)</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>No workspace file was given.</source>
            <translation>Nie podano pliku obszaru roboczego.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a workspace file.</source>
            <translation>„%1” to folder, a nie plik obszaru roboczego.</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”.</source>
            <translation>Nie można utworzyć folderu „%1”.</translation>
        </message>
        <message>
            <source>The workspace “%1” is already open in another Herald (%2, process %3). Close it there first.</source>
            <translation>Obszar roboczy „%1” jest już otwarty w innym programie Herald (%2, proces %3). Najpierw go tam zamknij.</translation>
        </message>
        <message>
            <source>unknown program</source>
            <translation>nieznany program</translation>
        </message>
        <message>
            <source>Cannot lock the workspace “%1”: is its folder writable?</source>
            <translation>Nie można zablokować obszaru roboczego „%1”: czy do jego folderu można zapisywać?</translation>
        </message>
        <message>
            <source>Opened workspace %1</source>
            <translation>Otwarto obszar roboczy %1</translation>
        </message>
    </context>
</TS>
