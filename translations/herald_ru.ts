<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AudienceAnalyzer</name>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message numerus="yes">
        <source>%1% %n part(s)</source>
        <translation>
            <numerusform>%1% — %n часть</numerusform>
            <numerusform>%1% — %n части</numerusform>
            <numerusform>%1% — %n частей</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>У кампании должно быть название.</translation>
    </message>
    <message>
        <source>A campaign needs a message.</source>
        <translation>У кампании должен быть текст сообщения.</translation>
    </message>
    <message>
        <source>Choose who gets the campaign: all contacts or one or more segments.</source>
        <translation>Выберите получателей кампании: все контакты или один либо несколько сегментов.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Кампании %1 не существует.</translation>
    </message>
    <message>
        <source>Campaign %1 was already launched (it is %2).</source>
        <translation>Кампания %1 уже запущена (состояние: %2).</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>usage: %1</source>
        <translation>использование: %1</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Other (columns guessed from their names)</source>
        <translation>Другое (столбцы определяются по названиям)</translation>
    </message>
    <message>
        <source>Herald export</source>
        <translation>Экспорт из Herald</translation>
    </message>
    <message>
        <source>Shopify customers</source>
        <translation>Клиенты Shopify</translation>
    </message>
    <message>
        <source>Shopify customers (older export)</source>
        <translation>Клиенты Shopify (старый формат экспорта)</translation>
    </message>
    <message>
        <source>WooCommerce customers</source>
        <translation>Клиенты WooCommerce</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Контакты</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Контакты Outlook</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <source>SMS marketing consent</source>
        <translation>Согласие на SMS-рассылку</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Дополнительное поле</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>usage: herald-cli [--db PATH] [--json] COMMAND [ARGS…]</source>
        <translation>использование: herald-cli [--db ПУТЬ] [--json] КОМАНДА [АРГУМЕНТЫ…]</translation>
    </message>
    <message>
        <source>Herald&apos;s command line: everything the app does, headless.</source>
        <translation>Командная строка Herald: всё, что умеет приложение, без графического интерфейса.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Глобальные параметры:</translation>
    </message>
    <message>
        <source>workspace file (default: %1)</source>
        <translation>файл рабочей области (по умолчанию: %1)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>вывод в машиночитаемом формате</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>показать эту справку</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
        <translation>Коды завершения: 0 — успех, 1 — операция не удалась, 2 — неверное использование или неверные входные данные.</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>для --db нужен путь к файлу</translation>
    </message>
    <message>
        <source>unknown command “%1”; see herald-cli --help</source>
        <translation>неизвестная команда «%1»; см. herald-cli --help</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit должен быть положительным числом</translation>
    </message>
    <message>
        <source>--after must be a contact id</source>
        <translation>--after должен быть идентификатором контакта</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>contacts show needs one contact id</source>
        <translation>для contacts show нужен один идентификатор контакта</translation>
    </message>
    <message>
        <source>contacts needs a subcommand</source>
        <translation>для contacts нужна подкоманда</translation>
    </message>
    <message>
        <source>unknown contacts subcommand “%1”</source>
        <translation>неизвестная подкоманда contacts: «%1»</translation>
    </message>
    <message>
        <source>contacts count takes no arguments</source>
        <translation>contacts count не принимает аргументов</translation>
    </message>
    <message>
        <source>version takes no arguments</source>
        <translation>version не принимает аргументов</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 100000</source>
        <translation>--count должен быть числом от 1 до 100000</translation>
    </message>
    <message>
        <source>Workspace ready: %1</source>
        <translation>Рабочая область готова: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation>
            <numerusform>Добавлен %n демонстрационный контакт.</numerusform>
            <numerusform>Добавлено %n демонстрационных контакта.</numerusform>
            <numerusform>Добавлено %n демонстрационных контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>показать версию</translation>
    </message>
    <message>
        <source>create the workspace (with --demo: invented contacts to try Herald with)</source>
        <translation>создать рабочую область (с --demo: вымышленные контакты, чтобы опробовать Herald)</translation>
    </message>
    <message>
        <source>septets</source>
        <translation>септетов</translation>
    </message>
    <message>
        <source>UTF-16 code units</source>
        <translation>кодовых единиц UTF-16</translation>
    </message>
    <message>
        <source>Encoding:   %1</source>
        <translation>Кодировка:  %1</translation>
    </message>
    <message>
        <source>Parts:      %1 (%2)</source>
        <translation>Частей:     %1 (%2)</translation>
    </message>
    <message>
        <source>Units:      %1 %2</source>
        <translation>Единиц:     %1 %2</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Символов:   %1</translation>
    </message>
    <message>
        <source>Left:       %1 in the last part</source>
        <translation>Осталось:   %1 в последней части</translation>
    </message>
    <message>
        <source>Not GSM-7:  %1</source>
        <translation>Не GSM-7:   %1</translation>
    </message>
    <message>
        <source>expected a JSON object {&quot;id&quot;:…,&quot;text&quot;:…}</source>
        <translation>ожидался объект JSON {&quot;id&quot;:…,&quot;text&quot;:…}</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>&quot;text&quot; должен быть строкой</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>count takes one TEXT; quote it</source>
        <translation>count принимает один ТЕКСТ; заключите его в кавычки</translation>
    </message>
    <message>
        <source>count --jsonl reads stdin and takes no TEXT</source>
        <translation>count --jsonl читает stdin и не принимает ТЕКСТ</translation>
    </message>
    <message>
        <source>stdin is not valid UTF-8</source>
        <translation>stdin содержит недопустимый UTF-8</translation>
    </message>
    <message>
        <source>count the encoding, parts and units of an SMS text (TEXT, or stdin)</source>
        <translation>подсчитать кодировку, части и единицы текста SMS (ТЕКСТ или stdin)</translation>
    </message>
    <message>
        <source>template show needs one template id</source>
        <translation>для template show нужен один идентификатор шаблона</translation>
    </message>
    <message>
        <source>--contact must be a contact id</source>
        <translation>--contact должен быть идентификатором контакта</translation>
    </message>
    <message>
        <source>“%1” is not a template id</source>
        <translation>«%1» не является идентификатором шаблона</translation>
    </message>
    <message>
        <source>template render needs a template id and --contact ID</source>
        <translation>для template render нужны идентификатор шаблона и --contact ID</translation>
    </message>
    <message>
        <source>template add needs --name and --body</source>
        <translation>для template add нужны --name и --body</translation>
    </message>
    <message>
        <source>--kind must be “marketing” or “transactional”, not “%1”</source>
        <translation>--kind должен быть «marketing» или «transactional», а не «%1»</translation>
    </message>
    <message>
        <source>Added template %1.</source>
        <translation>Добавлен шаблон %1.</translation>
    </message>
    <message>
        <source>template delete needs one template id</source>
        <translation>для template delete нужен один идентификатор шаблона</translation>
    </message>
    <message>
        <source>Deleted template %1.</source>
        <translation>Удалён шаблон %1.</translation>
    </message>
    <message>
        <source>template needs a subcommand</source>
        <translation>для template нужна подкоманда</translation>
    </message>
    <message>
        <source>unknown template subcommand “%1”</source>
        <translation>неизвестная подкоманда template: «%1»</translation>
    </message>
    <message>
        <source>list, show, render, add or delete message templates</source>
        <translation>вывести список, показать, заполнить, добавить или удалить шаблоны сообщений</translation>
    </message>
    <message>
        <source>--rate must be a number of messages per second</source>
        <translation>--rate должен быть числом сообщений в секунду</translation>
    </message>
    <message>
        <source>--option needs KEY=VALUE</source>
        <translation>для --option нужно КЛЮЧ=ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>account add needs --name and --provider</source>
        <translation>для account add нужны --name и --provider</translation>
    </message>
    <message>
        <source>Added account %1 (%2).</source>
        <translation>Добавлена учётная запись %1 (%2).</translation>
    </message>
    <message>
        <source>account needs a subcommand</source>
        <translation>для account нужна подкоманда</translation>
    </message>
    <message>
        <source>unknown account subcommand “%1”</source>
        <translation>неизвестная подкоманда account: «%1»</translation>
    </message>
    <message>
        <source>add or list SMS provider accounts</source>
        <translation>добавить учётные записи SMS-провайдеров или вывести их список</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: %3</source>
        <translation>Кампания %1 «%2»: %3</translation>
    </message>
    <message>
        <source>Paused because: %1</source>
        <translation>Приостановлено по причине: %1</translation>
    </message>
    <message>
        <source>bad value for %1</source>
        <translation>недопустимое значение для %1</translation>
    </message>
    <message>
        <source>campaign create needs --name, --body or --template, and --all or --segment</source>
        <translation>для campaign create нужны --name, --body или --template, а также --all или --segment</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>Шаблона %1 не существует.</translation>
    </message>
    <message>
        <source>Created campaign %1.</source>
        <translation>Создана кампания %1.</translation>
    </message>
    <message>
        <source>which campaign? Give its id</source>
        <translation>какая кампания? Укажите её идентификатор</translation>
    </message>
    <message>
        <source>Campaign %1 has not been launched.</source>
        <translation>Кампания %1 не запущена.</translation>
    </message>
    <message>
        <source>Campaign %1 is paused; resume it with: campaign resume %1</source>
        <translation>Кампания %1 приостановлена; возобновите её командой: campaign resume %1</translation>
    </message>
    <message>
        <source>Campaign %1 is not sending (it is %2).</source>
        <translation>Кампания %1 не отправляется (состояние: %2).</translation>
    </message>
    <message>
        <source>Campaign %1 is already %2.</source>
        <translation>Кампания %1 уже в состоянии «%2».</translation>
    </message>
    <message>
        <source>campaign needs a subcommand</source>
        <translation>для campaign нужна подкоманда</translation>
    </message>
    <message>
        <source>unknown campaign subcommand “%1”</source>
        <translation>неизвестная подкоманда campaign: «%1»</translation>
    </message>
    <message>
        <source>campaign %1 needs one campaign id</source>
        <translation>для campaign %1 нужен один идентификатор кампании</translation>
    </message>
    <message>
        <source>create, launch, pause, resume, cancel a campaign or show its status</source>
        <translation>создать, запустить, приостановить, возобновить, отменить кампанию или показать её состояние</translation>
    </message>
    <message>
        <source>unknown profile “%1”; profiles: %2</source>
        <translation>неизвестный профиль «%1»; доступные профили: %2</translation>
    </message>
    <message>
        <source>Simulator running (profile %1); ledger at %2/_simulator/ledger.json. Stop it with Ctrl+C.</source>
        <translation>Симулятор запущен (профиль %1); журнал в %2/_simulator/ledger.json. Остановите его нажатием Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Simulator stopped after %n message(s).</source>
        <translation>
            <numerusform>Симулятор остановлен после %n сообщения.</numerusform>
            <numerusform>Симулятор остановлен после %n сообщений.</numerusform>
            <numerusform>Симулятор остановлен после %n сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>run the SMS provider Simulator on 127.0.0.1 until stopped</source>
        <translation>запустить симулятор SMS-провайдера на 127.0.0.1 до остановки</translation>
    </message>
    <message>
        <source>Contact %1 erased; only a keyed hash of the number stays on the suppression list.</source>
        <translation>Контакт %1 удалён; в стоп-листе остался только хеш номера с ключом.</translation>
    </message>
    <message>
        <source>contacts %1 needs one contact id</source>
        <translation>для contacts %1 нужен один идентификатор контакта</translation>
    </message>
    <message>
        <source>count, list, show, erase or export (GDPR) the workspace&apos;s contacts</source>
        <translation>подсчитать, вывести список, показать, удалить или экспортировать (GDPR) контакты рабочей области</translation>
    </message>
    <message>
        <source>unknown region “%1”</source>
        <translation>неизвестный регион «%1»</translation>
    </message>
    <message>
        <source>Format: %1, %2, delimiter %3</source>
        <translation>Формат: %1, %2, разделитель %3</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Обновлено: %1</translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation>Дубликатов: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Недопустимых: %1</translation>
    </message>
    <message>
        <source>Suppressed (kept opted out): %1</source>
        <translation>В стоп-листе (согласие остаётся отозванным): %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Line %1 (warning): %2</source>
        <translation>Строка %1 (предупреждение): %2</translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation>Отклонённые строки записаны в %1</translation>
    </message>
    <message>
        <source>unknown preset “%1” (generic, herald, shopify, shopify-legacy, woocommerce, google, outlook)</source>
        <translation>неизвестный набор настроек «%1» (generic, herald, shopify, shopify-legacy, woocommerce, google, outlook)</translation>
    </message>
    <message>
        <source>--on-duplicate must be update or skip</source>
        <translation>--on-duplicate должен быть update или skip</translation>
    </message>
    <message>
        <source>--delimiter must be one character or TAB</source>
        <translation>--delimiter должен быть одним символом или TAB</translation>
    </message>
    <message>
        <source>import needs a CSV file</source>
        <translation>для import нужен CSV-файл</translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation>«%1» не существует</translation>
    </message>
    <message>
        <source>--map %1: expected COLUMN=FIELD with a column of the file and a field (phone, first_name, last_name, name, email, country, city, language, time_zone, birthday, total_spent, currency, orders, last_order, consent, consent_date, tags, custom:NAME, ignore)</source>
        <translation>--map %1: ожидалось СТОЛБЕЦ=ПОЛЕ, где столбец — из файла, а поле — одно из: phone, first_name, last_name, name, email, country, city, language, time_zone, birthday, total_spent, currency, orders, last_order, consent, consent_date, tags, custom:NAME, ignore</translation>
    </message>
    <message>
        <source>--segment must be a segment id</source>
        <translation>--segment должен быть идентификатором сегмента</translation>
    </message>
    <message>
        <source>export needs an output file</source>
        <translation>для export нужен выходной файл</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1</source>
        <translation>
            <numerusform>Экспортирован %n контакт в %1</numerusform>
            <numerusform>Экспортировано %n контакта в %1</numerusform>
            <numerusform>Экспортировано %n контактов в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>normalise phone numbers from stdin (raw or raw&lt;TAB&gt;CC per line) to E.164</source>
        <translation>нормализовать телефонные номера из stdin (в каждой строке номер или номер&lt;TAB&gt;CC) в формат E.164</translation>
    </message>
    <message>
        <source>import contacts from a CSV file</source>
        <translation>импортировать контакты из CSV-файла</translation>
    </message>
    <message>
        <source>export contacts to a CSV file (UTF-8, formula-safe, re-importable)</source>
        <translation>экспортировать контакты в CSV-файл (UTF-8, защита от формул, пригоден для повторного импорта)</translation>
    </message>
    <message>
        <source>segment count needs either --rules or --id</source>
        <translation>для segment count нужен --rules или --id</translation>
    </message>
    <message>
        <source>cannot read the rules from standard input</source>
        <translation>не удаётся прочитать правила из стандартного ввода</translation>
    </message>
    <message>
        <source>--id must be a segment id</source>
        <translation>--id должен быть идентификатором сегмента</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>идентификатор: %1</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>название: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>описание: %1</translation>
    </message>
    <message>
        <source>built-in: %1</source>
        <translation>встроенный: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>rules: %1</source>
        <translation>правила: %1</translation>
    </message>
    <message>
        <source>count: %1</source>
        <translation>количество: %1</translation>
    </message>
    <message>
        <source>segment needs a subcommand</source>
        <translation>для segment нужна подкоманда</translation>
    </message>
    <message>
        <source>unknown segment subcommand “%1”</source>
        <translation>неизвестная подкоманда segment: «%1»</translation>
    </message>
    <message>
        <source>segment list takes no arguments</source>
        <translation>segment list не принимает аргументов</translation>
    </message>
    <message>
        <source>segment show needs one segment id</source>
        <translation>для segment show нужен один идентификатор сегмента</translation>
    </message>
    <message>
        <source>list, count or show segments (saved audiences)</source>
        <translation>вывести список, подсчитать или показать сегменты (сохранённые аудитории)</translation>
    </message>
</context>
<context>
    <name>ContactEraser</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Контакта с идентификатором %1 не существует.</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>no phone number</source>
        <translation>нет номера телефона</translation>
    </message>
    <message>
        <source>%1 “%2” was not understood and was left out</source>
        <translation>Значение поля «%1» («%2») не распознано и пропущено</translation>
    </message>
    <message>
        <source>%1 is a landline number: it may not receive text messages</source>
        <translation>%1 — стационарный номер: он может не принимать SMS</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Не удаётся открыть «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>Не удаётся импортировать «%1»: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>No column of “%1” is mapped to the phone number. Choose the column that holds the phone numbers.</source>
        <translation>Ни один столбец файла «%1» не сопоставлен с номером телефона. Выберите столбец с номерами телефонов.</translation>
    </message>
    <message>
        <source>The number is on the suppression list.</source>
        <translation>Номер находится в стоп-листе.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Контакта с идентификатором %1 не существует.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported.</source>
        <translation>Кодировка «%1» не поддерживается.</translation>
    </message>
    <message>
        <source>The row is longer than %1 characters; it was skipped.</source>
        <translation>Строка длиннее %1 символов; она пропущена.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %1 fields, but the header has %n.</source>
        <translation>
            <numerusform>В строке %1 полей, а в заголовке — %n.</numerusform>
            <numerusform>В строке %1 полей, а в заголовке — %n.</numerusform>
            <numerusform>В строке %1 полей, а в заголовке — %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %1 fields, but the first row has %n.</source>
        <translation>
            <numerusform>В строке %1 полей, а в первой строке — %n.</numerusform>
            <numerusform>В строке %1 полей, а в первой строке — %n.</numerusform>
            <numerusform>В строке %1 полей, а в первой строке — %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quoted field starts here and is still open after %1 characters; the closing quote is probably missing.</source>
        <translation>Здесь начинается поле в кавычках, которое через %1 символов всё ещё не закрыто; вероятно, пропущена закрывающая кавычка.</translation>
    </message>
    <message>
        <source>A quoted field starts here but its closing quote is missing.</source>
        <translation>Здесь начинается поле в кавычках, но закрывающая кавычка отсутствует.</translation>
    </message>
    <message numerus="yes">
        <source>A quoted field starts here and is still open after %n line(s); the closing quote is probably missing.</source>
        <translation>
            <numerusform>Здесь начинается поле в кавычках, которое через %n строку всё ещё не закрыто; вероятно, пропущена закрывающая кавычка.</numerusform>
            <numerusform>Здесь начинается поле в кавычках, которое через %n строки всё ещё не закрыто; вероятно, пропущена закрывающая кавычка.</numerusform>
            <numerusform>Здесь начинается поле в кавычках, которое через %n строк всё ещё не закрыто; вероятно, пропущена закрывающая кавычка.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each inner quote doubled (&quot;&quot;).</source>
        <translation>Неожиданный текст после закрывающей кавычки. Поле, содержащее кавычки, должно быть целиком заключено в кавычки, а каждая внутренняя кавычка — удвоена (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field starts here but is not closed properly: the quote on line %1 is followed by other text.</source>
        <translation>Здесь начинается поле в кавычках, но оно закрыто неправильно: за кавычкой в строке %1 следует другой текст.</translation>
    </message>
    <message>
        <source>A quote character appears inside a field that does not start with a quote. Quote the whole field and double the inner quote (&quot;&quot;).</source>
        <translation>Внутри поля, которое не начинается с кавычки, встречается кавычка. Заключите всё поле в кавычки и удвойте внутреннюю кавычку (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file could not be read further: %1</source>
        <translation>Не удаётся прочитать файл дальше: %1</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>The file is an Excel workbook (.xlsx) or another ZIP archive, not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
        <translation>Файл является книгой Excel (.xlsx) или другим ZIP-архивом, а не CSV-файлом. Откройте его в Excel и сохраните как «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is an old Excel workbook (.xls), not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
        <translation>Файл является книгой Excel старого формата (.xls), а не CSV-файлом. Откройте его в Excel и сохраните как «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), so it is not a CSV text file.</source>
        <translation>Файл содержит двоичные данные (байты NUL), поэтому это не текстовый CSV-файл.</translation>
    </message>
    <message>
        <source>The file contains binary data (control characters), so it is not a CSV text file.</source>
        <translation>Файл содержит двоичные данные (управляющие символы), поэтому это не текстовый CSV-файл.</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Файл не открыт для чтения.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Файл пуст (0 байт).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported.</source>
        <translation>Кодировка «%1» не поддерживается.</translation>
    </message>
    <message>
        <source>No readable row was found in the first %1 KiB of the file.</source>
        <translation>В первых %1 КиБ файла не найдено ни одной читаемой строки.</translation>
    </message>
    <message>
        <source>The file contains no readable row.</source>
        <translation>В файле нет ни одной читаемой строки.</translation>
    </message>
    <message>
        <source>The file contains no data, only empty lines or empty cells.</source>
        <translation>В файле нет данных, только пустые строки или пустые ячейки.</translation>
    </message>
    <message>
        <source>The file contains only a header row and no contacts.</source>
        <translation>В файле только строка заголовка и нет контактов.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Herald workspace: it is not an SQLite database file.</source>
        <translation>«%1» не является рабочей областью Herald: это не файл базы данных SQLite.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) не установлен.</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>Не удаётся открыть рабочую область «%1»: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged or not a database (%2).</source>
        <translation>Рабочая область «%1» повреждена или не является базой данных (%2).</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot use write-ahead logging (journal mode is %2). Is it on a network drive or read-only medium?</source>
        <translation>Рабочая область «%1» не может использовать журнал упреждающей записи (режим журнала: %2). Возможно, она находится на сетевом диске или на носителе только для чтения?</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data can only be added to an empty workspace.</source>
        <translation>Демонстрационные данные можно добавить только в пустую рабочую область.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n demo contact(s).</source>
        <translation>
            <numerusform>Создан %n демонстрационный контакт.</numerusform>
            <numerusform>Создано %n демонстрационных контакта.</numerusform>
            <numerusform>Создано %n демонстрационных контактов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GsmSafe</name>
    <message>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Румынский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Чешский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
</context>
<context>
    <name>Herald::Application</name>
    <message>
        <source>Herald: SMS campaigns for small shops</source>
        <translation>Herald: SMS-кампании для небольших магазинов</translation>
    </message>
    <message>
        <source>Open the workspace file &lt;path&gt;.</source>
        <translation>Открыть файл рабочей области, указанный как &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Could not add the demo data: %1</source>
        <translation>Не удалось добавить демонстрационные данные: %1</translation>
    </message>
    <message>
        <source>Herald cannot start</source>
        <translation>Не удаётся запустить Herald</translation>
    </message>
    <message>
        <source>Could not add the starter templates: %1</source>
        <translation>Не удалось добавить стартовые шаблоны: %1</translation>
    </message>
</context>
<context>
    <name>Herald::ContactCardDialog</name>
    <message>
        <source>Contact: %1</source>
        <translation>Контакт: %1</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>City and country:</source>
        <translation>Город и страна:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>День рождения:</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Заказы:</translation>
    </message>
    <message>
        <source>%1 orders, %2 in total</source>
        <translation>Заказов: %1, всего на сумму %2</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Consent history (%1)</source>
        <translation>История согласий (%1)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Сообщения (%1)</translation>
    </message>
</context>
<context>
    <name>Herald::ContactListModel</name>
    <message>
        <source>Opted in</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на маркетинг</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Дата добавления</translation>
    </message>
</context>
<context>
    <name>Herald::ContactsPane</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Import customers from a CSV export (you can also drop the file on the window)</source>
        <translation>Импортировать клиентов из CSV-экспорта (можно также перетащить файл в окно)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names, phone digits, emails, tags</source>
        <translation>Поиск по именам, цифрам телефона, эл. почте, меткам</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Любое согласие</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <source>Filter by marketing consent</source>
        <translation>Фильтр по согласию на маркетинг</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <translation>
            <numerusform>%1 из %n контакта</numerusform>
            <numerusform>%1 из %n контактов</numerusform>
            <numerusform>%1 из %n контактов</numerusform>
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
        <translation type="unfinished">Строка</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
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
        <translation>Информация</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
</context>
<context>
    <name>Herald::LogPane</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>Herald::MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>Write, check and launch campaigns. Before you confirm, a pre-flight report shows who is left out and why, how many parts each message takes and what it will cost; afterwards, follow deliveries live and pause, resume or cancel at any moment.</source>
        <translation>Составляйте, проверяйте и запускайте кампании. Перед подтверждением предварительный отчёт показывает, кто будет исключён и почему, из скольких частей состоит каждое сообщение и сколько это будет стоить; затем следите за доставкой в реальном времени и в любой момент приостанавливайте, возобновляйте или отменяйте рассылку.</translation>
    </message>
    <message>
        <source>Replies from your customers, grouped by person, with unread counts. STOP, START and HELP are understood in every supported language and change consent automatically.</source>
        <translation>Ответы ваших клиентов, сгруппированные по людям, со счётчиками непрочитанных. STOP, START и HELP распознаются на всех поддерживаемых языках и автоматически изменяют согласие.</translation>
    </message>
    <message>
        <source>Delivery, opt-out and reply rates per campaign and over time, compared with the 2.55% opt-out benchmark, with costs, charts, and reports to export as PDF or CSV.</source>
        <translation>Доля доставленных, отписок и ответов по каждой кампании и во времени в сравнении с эталонным уровнем отписок 2,55%, а также расходы, графики и отчёты для экспорта в PDF или CSV.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Новая рабочая область…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Открыть рабочую область…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>&amp;О программе Herald</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Sending: idle</source>
        <translation>Отправка: простой</translation>
    </message>
    <message>
        <source>State of the background sender: no campaign is sending.</source>
        <translation>Состояние фоновой отправки: ни одна кампания не отправляется.</translation>
    </message>
    <message>
        <source>%1 — Herald</source>
        <translation>%1 — Herald</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочая область: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Рабочая область не открыта</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Herald workspaces (*.%1)</source>
        <translation>Рабочие области Herald (*.%1)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Новая рабочая область</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or use Open Workspace to open it.</source>
        <translation>«%1» уже существует. Выберите другое имя или откройте его командой «Открыть рабочую область».</translation>
    </message>
    <message>
        <source>Herald workspaces (*.%1);;All files (*)</source>
        <translation>Рабочие области Herald (*.%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Открыть рабочую область</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Списки клиентов (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>Не удаётся прочитать «%1».</translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation>О программе Herald</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for small shops: import your customers, choose who gets a message, write it with a live character counter, and watch deliveries, replies and opt-outs come back.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;SMS-кампании для небольших магазинов: импортируйте клиентов, выберите получателей, напишите сообщение со счётчиком символов в реальном времени и следите за доставкой, ответами и отписками.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2.&lt;/p&gt;</translation>
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
        <translation>наш магазин</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>Write your message. Insert placeholders such as {first_name|there} to greet each customer by name.</source>
        <translation>Напишите сообщение. Вставляйте подстановки, например {first_name|there}, чтобы обратиться к каждому клиенту по имени.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Вставить подстановку</translation>
    </message>
    <message>
        <source>Replace curly quotes, long dashes and similar characters by their plain GSM equivalents</source>
        <translation>Заменить типографские кавычки, длинные тире и подобные символы их простыми аналогами из GSM</translation>
    </message>
    <message>
        <source>Language of the diacritics to remove</source>
        <translation>Язык, диакритические знаки которого нужно удалить</translation>
    </message>
    <message>
        <source>&amp;Preview for:</source>
        <translation>&amp;Предпросмотр для:</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n часть</numerusform>
            <numerusform>%n части</numerusform>
            <numerusform>%n частей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this part</source>
        <translation>
            <numerusform>В этой части остался %n символ</numerusform>
            <numerusform>В этой части осталось %n символа</numerusform>
            <numerusform>В этой части осталось %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted as sent: placeholders filled in for the preview contact, opt-out footer included.</source>
        <translation>Подсчитано как при отправке: подстановки заполнены для контакта предпросмотра, строка отписки включена.</translation>
    </message>
    <message>
        <source>Counted as sent: placeholders filled in for the preview contact.</source>
        <translation>Подсчитано как при отправке: подстановки заполнены для контакта предпросмотра.</translation>
    </message>
    <message>
        <source>Sent as UCS-2 because of %1: each part holds %2 characters instead of %3.</source>
        <translation>Отправляется в UCS-2 из-за %1: каждая часть вмещает %2 символов вместо %3.</translation>
    </message>
    <message>
        <source>(empty message)</source>
        <translation>(пустое сообщение)</translation>
    </message>
    <message numerus="yes">
        <source>Make GSM-safe (saves %n part(s))</source>
        <translation>
            <numerusform>Привести к GSM (экономия: %n часть)</numerusform>
            <numerusform>Привести к GSM (экономия: %n части)</numerusform>
            <numerusform>Привести к GSM (экономия: %n частей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Make GSM-safe</source>
        <translation>Привести к GSM</translation>
    </message>
    <message>
        <source>No special punctuation or spaces to replace.</source>
        <translation>Нет особой пунктуации или пробелов для замены.</translation>
    </message>
    <message numerus="yes">
        <source>Remove diacritics (saves %n part(s))</source>
        <translation>
            <numerusform>Удалить диакритику (экономия: %n часть)</numerusform>
            <numerusform>Удалить диакритику (экономия: %n части)</numerusform>
            <numerusform>Удалить диакритику (экономия: %n частей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove diacritics</source>
        <translation>Удалить диакритику</translation>
    </message>
    <message>
        <source>Changes what the customer reads:
%1</source>
        <translation>Изменяет то, что прочитает клиент:
%1</translation>
    </message>
    <message>
        <source>No letters to transliterate for this language.</source>
        <translation>Для этого языка нет букв для транслитерации.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>there</source>
        <comment>fallback greeting when the first name is unknown</comment>
        <translation>друг</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Sample customer (fallbacks used)</source>
        <translation>Пример клиента (со значениями по умолчанию)</translation>
    </message>
    <message>
        <source>%1: analysing…</source>
        <translation>%1: анализ…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n recipient(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n получатель</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n получателя</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n получателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n part(s)</source>
        <translation>
            <numerusform>самое длинное: %n часть</numerusform>
            <numerusform>самое длинное: %n части</numerusform>
            <numerusform>самое длинное: %n частей</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated cost %1</source>
        <translation>примерная стоимость: %1</translation>
    </message>
    <message>
        <source>Longest message:
%1</source>
        <translation>Самое длинное сообщение:
%1</translation>
    </message>
    <message>
        <source>Send &amp;without diacritics</source>
        <translation>Отправлять &amp;без диакритики</translation>
    </message>
    <message>
        <source>Transliterate the message as it is sent (ą→a, ș→s, ж→zh…), including the names filled in, so it stays GSM-7 and cheaper. The preview and the counts show the result.</source>
        <translation>Транслитерировать сообщение при отправке (ą→a, ș→s, ж→zh…), включая подставленные имена, чтобы оно оставалось в GSM-7 и стоило дешевле. Предпросмотр и счётчики показывают результат.</translation>
    </message>
</context>
<context>
    <name>Herald::MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>Herald::RuleConditionWidget</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>Имя дополнительного поля</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Имя поля</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Удалить это правило</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Правило %1</translation>
    </message>
</context>
<context>
    <name>Herald::RuleGroupWidget</name>
    <message>
        <source>Contacts &amp;must match:</source>
        <translation>Контакты &amp;должны соответствовать:</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>У&amp;словие:</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>Добавить &amp;правило</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Добавить &amp;группу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No rules yet: every contact matches.</source>
        <translation>Правил пока нет: подходит любой контакт.</translation>
    </message>
    <message>
        <source>all of these rules</source>
        <translation>всем этим правилам</translation>
    </message>
    <message>
        <source>any of these rules</source>
        <translation>любому из этих правил</translation>
    </message>
    <message>
        <source>Add a group of rules with its own “all” or “any”</source>
        <translation>Добавить группу правил со своим условием «все» или «любое»</translation>
    </message>
    <message>
        <source>Remove this group and its rules</source>
        <translation>Удалить эту группу и её правила</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
</context>
<context>
    <name>Herald::RuleValueEditor</name>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Tag names, separated by commas</source>
        <translation>Названия меток через запятую</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Значения через запятую</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>Herald::SegmentListModel</name>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>Herald::SegmentsPane</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублировать</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Built-in segments can&apos;t be changed: duplicate it to make your own.</source>
        <translation>Встроенные сегменты нельзя изменять: создайте копию, чтобы сделать собственный.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>For example: Warsaw VIPs</source>
        <translation>Например: VIP-клиенты из Варшавы</translation>
    </message>
    <message>
        <source>Optional: who this segment is for</source>
        <translation>Необязательно: для кого этот сегмент</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Подходящие контакты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>First matching contacts</source>
        <translation>Первые подходящие контакты</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Fix the rule marked in red to see how many contacts match.</source>
        <translation>Исправьте правило, отмеченное красным, чтобы увидеть, сколько контактов подходит.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Could not count the contacts: %1</source>
        <translation>Не удалось подсчитать контакты: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>Подходит %Ln контакт</numerusform>
            <numerusform>Подходят %Ln контакта</numerusform>
            <numerusform>Подходят %Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Segment</source>
        <translation>Несохранённый сегмент</translation>
    </message>
    <message>
        <source>The segment “%1” has changes that are not saved. Save them?</source>
        <translation>В сегменте «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Новый сегмент</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>Сегмент не сохранён: %1</translation>
    </message>
    <message>
        <source>Delete Segment</source>
        <translation>Удаление сегмента</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? This cannot be undone.</source>
        <translation>Удалить сегмент «%1»? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>Herald::SendWorker</name>
    <message>
        <source>Cannot open the workspace for sending: %1</source>
        <translation>Не удаётся открыть рабочую область для отправки: %1</translation>
    </message>
    <message>
        <source>Campaign %1 has not been launched.</source>
        <translation>Кампания %1 не запущена.</translation>
    </message>
    <message>
        <source>Campaign %1 cannot start: %2</source>
        <translation>Не удаётся запустить кампанию %1: %2</translation>
    </message>
    <message>
        <source>Sending campaign %1 through %2</source>
        <translation>Отправка кампании %1 через %2</translation>
    </message>
    <message numerus="yes">
        <source>Settling %n message(s) whose outcome was not recorded</source>
        <translation>
            <numerusform>Уточнение состояния %n сообщения, результат которого не был записан</numerusform>
            <numerusform>Уточнение состояния %n сообщений, результат которых не был записан</numerusform>
            <numerusform>Уточнение состояния %n сообщений, результат которых не был записан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer after %n attempt(s)</source>
        <translation>
            <numerusform>Нет ответа после %n попытки</numerusform>
            <numerusform>Нет ответа после %n попыток</numerusform>
            <numerusform>Нет ответа после %n попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace refused the next messages: %1</source>
        <translation>Рабочая область отклонила следующие сообщения: %1</translation>
    </message>
    <message>
        <source>The workspace refused to record the next messages: %1</source>
        <translation>Рабочая область не смогла записать следующие сообщения: %1</translation>
    </message>
    <message>
        <source>Message to %1 had reached the provider after all</source>
        <translation>Сообщение для %1 всё-таки дошло до провайдера</translation>
    </message>
    <message>
        <source>The provider asked to slow down; waiting %1 ms</source>
        <translation>Провайдер попросил снизить скорость; ожидание %1 мс</translation>
    </message>
    <message>
        <source>The recipient unsubscribed at the provider (%1)</source>
        <translation>Получатель отписался у провайдера (%1)</translation>
    </message>
    <message>
        <source>The provider refused the account “%1”: %2 (error %3). Check its credentials and balance, then resume the campaign.</source>
        <translation>Провайдер отклонил учётную запись «%1»: %2 (ошибка %3). Проверьте учётные данные и баланс, затем возобновите кампанию.</translation>
    </message>
    <message numerus="yes">
        <source>The provider failed %n time(s) in a row (last: %1). Sending is paused; resume it when the provider works again.</source>
        <translation>
            <numerusform>Провайдер дал сбой %n раз подряд (последний: %1). Отправка приостановлена; возобновите её, когда провайдер снова заработает.</numerusform>
            <numerusform>Провайдер дал сбой %n раза подряд (последний: %1). Отправка приостановлена; возобновите её, когда провайдер снова заработает.</numerusform>
            <numerusform>Провайдер дал сбой %n раз подряд (последний: %1). Отправка приостановлена; возобновите её, когда провайдер снова заработает.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record sending results: %1</source>
        <translation>Не удаётся записать результаты отправки: %1</translation>
    </message>
    <message>
        <source>The workspace cannot record sending results: %1</source>
        <translation>Рабочая область не может записать результаты отправки: %1</translation>
    </message>
    <message>
        <source>Campaign %1 cancelled</source>
        <translation>Кампания %1 отменена</translation>
    </message>
    <message>
        <source>Campaign %1 handed to the provider: %2 accepted, %3 failed, %4 unknown</source>
        <translation>Кампания %1 передана провайдеру: принято %2, с ошибкой %3, неизвестно %4</translation>
    </message>
    <message>
        <source>Cannot read delivery reports: %1</source>
        <translation>Не удаётся прочитать отчёты о доставке: %1</translation>
    </message>
</context>
<context>
    <name>Herald::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) per person per %1 days</source>
        <translation>
            <numerusform>%n сообщение на человека за %1 дн.</numerusform>
            <numerusform>%n сообщения на человека за %1 дн.</numerusform>
            <numerusform>%n сообщений на человека за %1 дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new interface language applies the next time Herald starts.</source>
        <translation>Новый язык интерфейса будет применён при следующем запуске Herald.</translation>
    </message>
</context>
<context>
    <name>Herald::Simulator</name>
    <message>
        <source>The Simulator cannot listen on 127.0.0.1:%1.</source>
        <translation>Симулятор не может прослушивать 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>Simulator listening on %1 (faults: %2)</source>
        <translation>Симулятор прослушивает %1 (сбои: %2)</translation>
    </message>
</context>
<context>
    <name>Herald::SmsHighlighter</name>
    <message>
        <source>This character is not in the GSM alphabet: the whole message is sent as UCS-2.</source>
        <translation>Этого символа нет в алфавите GSM: всё сообщение будет отправлено в UCS-2.</translation>
    </message>
</context>
<context>
    <name>Herald::TemplateListModel</name>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Маркетинговый</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Транзакционный</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Части</translation>
    </message>
</context>
<context>
    <name>Herald::TemplatesPane</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублировать</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Opt-out &amp;footers…</source>
        <translation>Строки &amp;отписки…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Поиск шаблонов</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Marketing (needs consent, opt-out footer added)</source>
        <translation>Маркетинговый (нужно согласие, добавляется строка отписки)</translation>
    </message>
    <message>
        <source>Transactional (orders, shipping)</source>
        <translation>Транзакционный (заказы, доставка)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory and language:</source>
        <translation>&amp;Категория и язык:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Opted-in contacts</source>
        <translation>Контакты с согласием</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Все контакты</translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation>Несохранённый шаблон</translation>
    </message>
    <message>
        <source>The template “%1” has changes that are not saved. Save them?</source>
        <translation>В шаблоне «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Удаление шаблона</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Удалить шаблон «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Opt-out Footers</source>
        <translation>Строки отписки</translation>
    </message>
    <message>
        <source>Every marketing message ends with the footer in the recipient&apos;s language. It is always counted in the message length. Leave a field empty for the default.</source>
        <translation>Каждое маркетинговое сообщение заканчивается строкой отписки на языке получателя. Она всегда учитывается в длине сообщения. Оставьте поле пустым, чтобы использовать вариант по умолчанию.</translation>
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
        <translation>HTTP %1 при получении списка сообщений</translation>
    </message>
    <message>
        <source>Too many messages to search for this recipient.</source>
        <translation>Слишком много сообщений для поиска по этому получателю.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>no phone number</source>
        <translation>нет номера телефона</translation>
    </message>
    <message>
        <source>a spreadsheet formula, not a phone number</source>
        <translation>формула электронной таблицы, а не номер телефона</translation>
    </message>
    <message>
        <source>the number is in scientific notation (%1): the spreadsheet has lost its last digits. Format the column as text in the spreadsheet and export again</source>
        <translation>число записано в экспоненциальном формате (%1): в таблице потеряны последние цифры. Задайте для столбца текстовый формат и экспортируйте снова</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>A “}” at position %1 closes no placeholder; write “}}” for a literal brace.</source>
        <translation>Символ «}» в позиции %1 не закрывает ни одной подстановки; чтобы получить саму скобку, напишите «}}».</translation>
    </message>
    <message>
        <source>The placeholder “%1” is not closed with “}”; write “{{” for a literal brace.</source>
        <translation>Подстановка «%1» не закрыта символом «}»; чтобы получить саму скобку, напишите «{{».</translation>
    </message>
    <message>
        <source>The placeholder “%1” has no name.</source>
        <translation>У подстановки «%1» нет имени.</translation>
    </message>
    <message>
        <source>The custom field name in “%1” is empty or contains characters other than letters, digits, “_”, “-” and “.”.</source>
        <translation>Имя дополнительного поля в «%1» пустое или содержит символы, кроме букв, цифр, «_», «-» и «.».</translation>
    </message>
    <message>
        <source>Unknown placeholder “%1”; use one of %2 or {field:NAME} for a custom field.</source>
        <translation>Неизвестная подстановка «%1»; используйте одну из %2 или {field:NAME} для дополнительного поля.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This workspace was saved by a newer version of Herald (schema %1; this version understands up to %2). Please update Herald.</source>
        <translation>Эта рабочая область сохранена более новой версией Herald (схема %1; эта версия поддерживает схемы до %2). Обновите Herald.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Herald workspace.</source>
        <translation>«%1» — база данных SQLite, но не рабочая область Herald.</translation>
    </message>
    <message>
        <source>Could not back up the workspace before upgrading it, so it was left unchanged: %1</source>
        <translation>Не удалось создать резервную копию рабочей области перед обновлением, поэтому она оставлена без изменений: %1</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 (%2) failed: %3</source>
        <translation>Не удалось обновить рабочую область до схемы %1 (%2): %3</translation>
    </message>
    <message>
        <source>Backed up the workspace before upgrading it: %1</source>
        <translation>Перед обновлением создана резервная копия рабочей области: %1</translation>
    </message>
    <message>
        <source>Upgraded the workspace to schema %1 (%2).</source>
        <translation>Рабочая область обновлена до схемы %1 (%2).</translation>
    </message>
</context>
<context>
    <name>OptOutFooterStore</name>
    <message>
        <source>The opt-out footer must tell people to reply STOP.</source>
        <translation>Строка отписки должна сообщать, что можно ответить STOP.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Message %1 is no longer waiting to be sent.</source>
        <translation>Сообщение %1 больше не ожидает отправки.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>no phone number</source>
        <translation>нет номера телефона</translation>
    </message>
    <message>
        <source>no valid country code (and no default country for “%1”)</source>
        <translation>нет допустимого кода страны (и нет страны по умолчанию для «%1»)</translation>
    </message>
    <message>
        <source>too short to be a phone number</source>
        <translation>слишком короткий для номера телефона</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>слишком длинный для номера телефона</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>не номер телефона</translation>
    </message>
    <message>
        <source>not a valid number for its country</source>
        <translation>недопустимый номер для своей страны</translation>
    </message>
</context>
<context>
    <name>ProviderAccounts</name>
    <message>
        <source>There is no provider account %1.</source>
        <translation>Учётной записи провайдера %1 не существует.</translation>
    </message>
    <message>
        <source>There is no provider account named “%1”.</source>
        <translation>Учётной записи провайдера с именем «%1» не существует.</translation>
    </message>
    <message>
        <source>The workspace has no provider account.</source>
        <translation>В рабочей области нет учётной записи провайдера.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>У учётной записи должно быть имя.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”; Herald supports: %2.</source>
        <translation>Неизвестный провайдер «%1»; Herald поддерживает: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation>«%1» не является адресом http(s).</translation>
    </message>
    <message>
        <source>Only a local Simulator may use plain http; use https for “%1”.</source>
        <translation>Обычный http может использовать только локальный симулятор; используйте https для «%1».</translation>
    </message>
    <message>
        <source>The rate must be a positive number of messages per second.</source>
        <translation>Скорость должна быть положительным числом сообщений в секунду.</translation>
    </message>
    <message>
        <source>A Twilio account needs its Account SID (AC followed by 32 hexadecimal digits): --option account_sid=AC…</source>
        <translation>Для учётной записи Twilio нужен Account SID (AC и 32 шестнадцатеричные цифры): --option account_sid=AC…</translation>
    </message>
    <message>
        <source>A Twilio account needs a sender number: --from +1…</source>
        <translation>Для учётной записи Twilio нужен номер отправителя: --from +1…</translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation>Учётная запись с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
        <translation>Нет секрета для учётной записи «%1»: укажите --secret-env ПЕРЕМЕННАЯ.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Переменная окружения %1 пуста или не задана.</translation>
    </message>
    <message>
        <source>The Simulator is not running.</source>
        <translation>Симулятор не запущен.</translation>
    </message>
    <message>
        <source>Herald cannot send through “%1” yet.</source>
        <translation>Herald пока не умеет отправлять через «%1».</translation>
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
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Согласие не записано</translation>
    </message>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>равно одному из</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>не равно ни одному из</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>не содержит</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>at least once</source>
        <translation>хотя бы раз</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>известно</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>не пусто</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>содержит любую из</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>содержит все из</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>не содержит ни одной из</translation>
    </message>
    <message>
        <source>is the number</source>
        <translation>равно числу</translation>
    </message>
    <message>
        <source>is equal to</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>is a number more than</source>
        <translation>число больше</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>больше</translation>
    </message>
    <message>
        <source>is a number at least</source>
        <translation>число не меньше</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <source>is a number less than</source>
        <translation>число меньше</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <source>is a number at most</source>
        <translation>число не больше</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <source>is a number between</source>
        <translation>число между</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>между</translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation>за последние N дней</translation>
    </message>
    <message>
        <source>not in the last N days</source>
        <translation>не за последние N дней</translation>
    </message>
    <message>
        <source>not in the last N days, or never</source>
        <translation>не за последние N дней или никогда</translation>
    </message>
    <message>
        <source>more than N days ago</source>
        <translation>более N дней назад</translation>
    </message>
    <message>
        <source>is a date before</source>
        <translation>дата до</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <source>is a date after</source>
        <translation>дата после</translation>
    </message>
    <message>
        <source>after</source>
        <translation>после</translation>
    </message>
    <message>
        <source>is the date</source>
        <translation>дата равна</translation>
    </message>
    <message>
        <source>on</source>
        <translation>в день</translation>
    </message>
    <message>
        <source>is a date between</source>
        <translation>дата между</translation>
    </message>
    <message>
        <source>between</source>
        <translation>между</translation>
    </message>
    <message>
        <source>is today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>is this month</source>
        <translation>в этом месяце</translation>
    </message>
    <message>
        <source>is in the next N days</source>
        <translation>в ближайшие N дней</translation>
    </message>
    <message>
        <source>is in the month</source>
        <translation>в месяце</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>The contact&apos;s tags. Tag names are compared ignoring case.</source>
        <translation>Метки контакта. Названия меток сравниваются без учёта регистра.</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на маркетинг</translation>
    </message>
    <message>
        <source>Whether the contact agreed to marketing messages, as of the latest consent record.</source>
        <translation>Согласился ли контакт на маркетинговые сообщения — по последней записи о согласии.</translation>
    </message>
    <message>
        <source>When the contact opted in to marketing messages. Contacts who are not opted in now count as “never”.</source>
        <translation>Когда контакт дал согласие на маркетинговые сообщения. Контакты, у которых сейчас нет согласия, считаются как «никогда».</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Two-letter country code such as PL or US, compared ignoring case.</source>
        <translation>Двухбуквенный код страны, например PL или US; сравнивается без учёта регистра.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language code such as pl or zh_TW, compared ignoring case.</source>
        <translation>Код языка, например pl или zh_TW; сравнивается без учёта регистра.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>City, compared ignoring case.</source>
        <translation>Город; сравнивается без учёта регистра.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <source>When the contact was added to Herald, by hand or by an import.</source>
        <translation>Когда контакт был добавлен в Herald — вручную или при импорте.</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>The contact&apos;s birthday in the current year, counted in days from today. People born on 29 February celebrate on 28 February in other years.</source>
        <translation>День рождения контакта в текущем году, в днях от сегодняшнего дня. Родившиеся 29 февраля в остальные годы отмечают 28 февраля.</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <source>Everything the contact has spent in the shop, in the shop&apos;s currency.</source>
        <translation>Всё, что контакт потратил в магазине, в валюте магазина.</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Количество заказов</translation>
    </message>
    <message>
        <source>How many orders the contact has placed.</source>
        <translation>Сколько заказов сделал контакт.</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <source>When the contact last ordered. Contacts who never ordered count as “never”.</source>
        <translation>Когда контакт в последний раз сделал заказ. Контакты, которые ни разу не заказывали, считаются как «никогда».</translation>
    </message>
    <message>
        <source>Last message from us</source>
        <translation>Последнее сообщение от нас</translation>
    </message>
    <message>
        <source>When we last sent the contact a message. Use “not in the last N days, or never” to respect a frequency cap.</source>
        <translation>Когда мы в последний раз отправили контакту сообщение. Используйте «не за последние N дней или никогда», чтобы соблюдать ограничение частоты.</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Последний ответ</translation>
    </message>
    <message>
        <source>When the contact last sent us a message.</source>
        <translation>Когда контакт в последний раз написал нам.</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Дополнительное поле</translation>
    </message>
    <message>
        <source>A custom field from an import or typed by hand. A contact without the field counts as empty. Numbers may use a decimal point or comma; dates are written YYYY-MM-DD.</source>
        <translation>Дополнительное поле из импорта или введённое вручную. Контакт без этого поля считается пустым. В числах можно использовать десятичную точку или запятую; даты записываются как ГГГГ-ММ-ДД.</translation>
    </message>
</context>
<context>
    <name>SegmentJson</name>
    <message>
        <source>The segment rules need a “rules” list.</source>
        <translation>В правилах сегмента нужен список «rules».</translation>
    </message>
    <message>
        <source>rule %1: “rules” must be a list.</source>
        <translation>правило %1: «rules» должен быть списком.</translation>
    </message>
    <message>
        <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
        <translation>правило %1: группы вложены слишком глубоко (не более %2 уровней).</translation>
    </message>
    <message>
        <source>The segment rules&apos; “match” must be “all” or “any”.</source>
        <translation>Значение «match» в правилах сегмента должно быть «all» или «any».</translation>
    </message>
    <message>
        <source>rule %1: “match” must be “all” or “any”.</source>
        <translation>правило %1: «match» должно быть «all» или «any».</translation>
    </message>
    <message>
        <source>rule %1: a rule must be a JSON object.</source>
        <translation>правило %1: правило должно быть объектом JSON.</translation>
    </message>
    <message>
        <source>rule %1: unknown key “%2”.</source>
        <translation>правило %1: неизвестный ключ «%2».</translation>
    </message>
    <message>
        <source>rule %1: a rule needs a “field” (or, for a group, “rules”).</source>
        <translation>правило %1: в правиле нужно поле «field» (или, для группы, «rules»).</translation>
    </message>
    <message>
        <source>rule %1: unknown field “%2”.</source>
        <translation>правило %1: неизвестное поле «%2».</translation>
    </message>
    <message>
        <source>rule %1: the rule on “%2” needs an “op”.</source>
        <translation>правило %1: в правиле для «%2» нужен «op».</translation>
    </message>
    <message>
        <source>rule %1: unknown operator “%2” for field “%3”.</source>
        <translation>правило %1: неизвестный оператор «%2» для поля «%3».</translation>
    </message>
    <message>
        <source>rule %1: a custom field rule needs the field&apos;s “name”.</source>
        <translation>правило %1: в правиле для дополнительного поля нужно имя поля («name»).</translation>
    </message>
    <message>
        <source>The segment rules are not valid JSON: %1 (at character %2).</source>
        <translation>Правила сегмента — недопустимый JSON: %1 (в символе %2).</translation>
    </message>
    <message>
        <source>The segment rules must be a JSON object with “version”, “match” and “rules”.</source>
        <translation>Правила сегмента должны быть объектом JSON с «version», «match» и «rules».</translation>
    </message>
    <message>
        <source>The segment rules have no “version”; this version of Herald writes %1.</source>
        <translation>В правилах сегмента нет «version»; эта версия Herald записывает %1.</translation>
    </message>
    <message>
        <source>The segment rules have an invalid “version”; this version of Herald writes %1.</source>
        <translation>В правилах сегмента недопустимое значение «version»; эта версия Herald записывает %1.</translation>
    </message>
    <message>
        <source>These segment rules were saved in format %1 by a newer version of Herald, which this version (format %2) cannot read. Update Herald to use them.</source>
        <translation>Эти правила сегмента сохранены в формате %1 более новой версией Herald, и эта версия (формат %2) не может их прочитать. Обновите Herald, чтобы использовать их.</translation>
    </message>
    <message>
        <source>The segment rules have an unknown key “%1”.</source>
        <translation>В правилах сегмента неизвестный ключ «%1».</translation>
    </message>
</context>
<context>
    <name>SegmentQuery</name>
    <message>
        <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
        <translation>правило %1: группы вложены слишком глубоко (не более %2 уровней).</translation>
    </message>
    <message>
        <source>The segment has too many rules (at most %1).</source>
        <translation>В сегменте слишком много правил (не более %1).</translation>
    </message>
    <message>
        <source>rule %1: unknown operator “%2” for field “%3”.</source>
        <translation>правило %1: неизвестный оператор «%2» для поля «%3».</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” takes no value.</source>
        <translation>правило %1: «%2» для «%3» не принимает значения.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a text that is not empty.</source>
        <translation>правило %1: «%2» для «%3» требует непустого текста.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a list of texts that are not empty.</source>
        <translation>правило %1: «%2» для «%3» требует списка непустых текстов.</translation>
    </message>
    <message>
        <source>rule %1: too many values (at most %2).</source>
        <translation>правило %1: слишком много значений (не более %2).</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a whole number of days from 1 to %4.</source>
        <translation>правило %1: «%2» для «%3» требует целого числа дней от 1 до %4.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a list of tag names.</source>
        <translation>правило %1: «%2» для «%3» требует списка названий меток.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs one of: %4.</source>
        <translation>правило %1: «%2» для «%3» требует одного из значений: %4.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs two numbers, the smaller first.</source>
        <translation>правило %1: «%2» для «%3» требует двух чисел, меньшее первым.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a number.</source>
        <translation>правило %1: «%2» для «%3» требует числа.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a date written YYYY-MM-DD.</source>
        <translation>правило %1: «%2» для «%3» требует даты в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs two dates written YYYY-MM-DD, the earlier first.</source>
        <translation>правило %1: «%2» для «%3» требует двух дат в формате ГГГГ-ММ-ДД, более раннюю первой.</translation>
    </message>
    <message>
        <source>rule %1: “%2” on “%3” needs a month from 1 to 12.</source>
        <translation>правило %1: «%2» для «%3» требует месяца от 1 до 12.</translation>
    </message>
    <message>
        <source>rule %1: a custom field rule needs the field&apos;s “name”.</source>
        <translation>правило %1: в правиле для дополнительного поля нужно имя поля («name»).</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>There is no segment with id %1.</source>
        <translation>Сегмента с идентификатором %1 не существует.</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>У сегмента должно быть название.</translation>
    </message>
    <message>
        <source>A segment named “%1” already exists.</source>
        <translation>Сегмент с названием «%1» уже существует.</translation>
    </message>
    <message>
        <source>“%1” is a built-in segment and cannot be changed. Duplicate it to make your own version.</source>
        <translation>«%1» — встроенный сегмент, его нельзя изменить. Создайте копию, чтобы сделать собственную версию.</translation>
    </message>
    <message>
        <source>“%1” is a built-in segment and cannot be deleted.</source>
        <translation>«%1» — встроенный сегмент, его нельзя удалить.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the audience of %n campaign(s) and cannot be deleted.</source>
        <translation>
            <numerusform>«%1» — аудитория %n кампании, его нельзя удалить.</numerusform>
            <numerusform>«%1» — аудитория %n кампаний, его нельзя удалить.</numerusform>
            <numerusform>«%1» — аудитория %n кампаний, его нельзя удалить.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (копия %2)</translation>
    </message>
    <message>
        <source>All opted-in</source>
        <translation>Все с согласием</translation>
    </message>
    <message>
        <source>Everyone who agreed to marketing messages and has not opted out.</source>
        <translation>Все, кто согласился на маркетинговые сообщения и не отписался.</translation>
    </message>
    <message>
        <source>New subscribers (last 7 days)</source>
        <translation>Новые подписчики (последние 7 дней)</translation>
    </message>
    <message>
        <source>Opted in to marketing messages in the last 7 days.</source>
        <translation>Дали согласие на маркетинговые сообщения за последние 7 дней.</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>День рождения в этом месяце</translation>
    </message>
    <message>
        <source>Contacts whose birthday falls in the current month.</source>
        <translation>Контакты, у которых день рождения в текущем месяце.</translation>
    </message>
    <message>
        <source>VIP (top spenders)</source>
        <translation>VIP (самые щедрые покупатели)</translation>
    </message>
    <message>
        <source>Customers who have spent 1,000 or more in total.</source>
        <translation>Клиенты, потратившие в общей сложности 1000 или больше.</translation>
    </message>
    <message>
        <source>Not messaged in 30 days</source>
        <translation>Без сообщений 30 дней</translation>
    </message>
    <message>
        <source>Contacts we have not sent a message to in the last 30 days, including those never messaged.</source>
        <translation>Контакты, которым мы не отправляли сообщений за последние 30 дней, включая тех, кому не писали никогда.</translation>
    </message>
    <message>
        <source>Lapsed customers (no order in 90 days)</source>
        <translation>Ушедшие клиенты (нет заказов 90 дней)</translation>
    </message>
    <message>
        <source>Customers who ordered before, but not in the last 90 days.</source>
        <translation>Клиенты, которые делали заказы раньше, но не за последние 90 дней.</translation>
    </message>
    <message>
        <source>Replied recently</source>
        <translation>Недавно ответили</translation>
    </message>
    <message>
        <source>Contacts who sent us a message in the last 14 days.</source>
        <translation>Контакты, написавшие нам за последние 14 дней.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Название магазина:</translation>
    </message>
    <message>
        <source>Used for the {shop} placeholder</source>
        <translation>Используется для подстановки {shop}</translation>
    </message>
    <message>
        <source>Default &amp;country for phone numbers:</source>
        <translation>&amp;Страна по умолчанию для номеров телефонов:</translation>
    </message>
    <message>
        <source>Numbers written without a country code (e.g. 601 234 567) are read as numbers of this country.</source>
        <translation>Номера без кода страны (например, 601 234 567) считаются номерами этой страны.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation>Маркетинговые сообщения</translation>
    </message>
    <message>
        <source>Send only &amp;between:</source>
        <translation>Отправлять только &amp;между:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>in each recipient&apos;s local time</source>
        <translation>по местному времени каждого получателя</translation>
    </message>
    <message>
        <source>Avoid &amp;Sundays</source>
        <translation>Не отправлять по &amp;воскресеньям</translation>
    </message>
    <message>
        <source>&amp;Frequency cap:</source>
        <translation>&amp;Ограничение частоты:</translation>
    </message>
    <message>
        <source>Two to six marketing messages a month per person is the usual guideline.</source>
        <translation>Обычно рекомендуется от двух до шести маркетинговых сообщений в месяц на человека.</translation>
    </message>
</context>
<context>
    <name>StarterLibrary</name>
    <message>
        <source>The starter templates “%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать стартовые шаблоны «%1»: %2</translation>
    </message>
    <message>
        <source>The starter templates “%1” are not valid JSON: %2</source>
        <translation>Стартовые шаблоны «%1» — недопустимый JSON: %2</translation>
    </message>
    <message>
        <source>The starter templates “%1” are not a JSON array.</source>
        <translation>Стартовые шаблоны «%1» не являются массивом JSON.</translation>
    </message>
    <message>
        <source>Starter template %1 has no valid “%2”.</source>
        <translation>В стартовом шаблоне %1 нет допустимого «%2».</translation>
    </message>
    <message>
        <source>Starter template %1 has the unknown kind “%2”.</source>
        <translation>У стартового шаблона %1 неизвестный тип «%2».</translation>
    </message>
    <message>
        <source>Starter template %1 is invalid: %2</source>
        <translation>Стартовый шаблон %1 недопустим: %2</translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message>
        <source>The workspace has no suppression key.</source>
        <translation>В рабочей области нет ключа стоп-листа.</translation>
    </message>
</context>
<context>
    <name>TemplateCategories</name>
    <message>
        <source>Welcome</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <source>Abandoned cart</source>
        <translation>Брошенная корзина</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Подтверждение заказа</translation>
    </message>
    <message>
        <source>Shipping update</source>
        <translation>Статус доставки</translation>
    </message>
    <message>
        <source>Delivery today</source>
        <translation>Доставка сегодня</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Loyalty anniversary</source>
        <translation>Годовщина с нами</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Распродажа</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Снова в наличии</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>Просьба об отзыве</translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation>Праздничное поздравление</translation>
    </message>
    <message>
        <source>Store closure</source>
        <translation>Закрытие магазина</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The template “%1” cannot be used: %2</source>
        <translation>Шаблон «%1» нельзя использовать: %2</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation>У шаблона должно быть название.</translation>
    </message>
    <message>
        <source>The template “%1” has no message text.</source>
        <translation>В шаблоне «%1» нет текста сообщения.</translation>
    </message>
    <message>
        <source>The message text of “%1” is not valid: %2</source>
        <translation>Текст сообщения шаблона «%1» недопустим: %2</translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation>Шаблона с идентификатором %1 не существует.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>Файл рабочей области не указан.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>«%1» — папка, а не файл рабочей области.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>The workspace “%1” is already open in another Herald (%2, process %3). Close it there first.</source>
        <translation>Рабочая область «%1» уже открыта в другом экземпляре Herald (%2, процесс %3). Сначала закройте её там.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>неизвестная программа</translation>
    </message>
    <message>
        <source>Cannot lock the workspace “%1”: is its folder writable?</source>
        <translation>Не удаётся заблокировать рабочую область «%1»: доступна ли её папка для записи?</translation>
    </message>
    <message>
        <source>Opened workspace %1</source>
        <translation>Открыта рабочая область %1</translation>
    </message>
</context>
</TS>
