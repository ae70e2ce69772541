<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AccountCredentials</name>
        <message>
            <source>No secret is stored for the account “%1”. Save one in Herald’s Accounts dialog or with herald-cli account set-secret "%1" (the secret on standard input), or pass --secret-env VARIABLE.</source>
            <translation>Для учётной записи «%1» не сохранён секрет. Сохраните его в окне «Учётные записи» Herald или командой herald-cli account set-secret "%1" (секрет подаётся на стандартный ввод) либо укажите --secret-env VARIABLE.</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: the environment variable %2 is not set and the system keychain holds no secret for it.</source>
            <translation>Нет секрета для учётной записи «%1»: переменная окружения %2 не задана, а в системном хранилище ключей нет секрета для неё.</translation>
        </message>
        <message>
            <source>The secret of the account “%1” cannot be read: %2</source>
            <translation>Не удаётся прочитать секрет учётной записи «%1»: %2</translation>
        </message>
        <message>
            <source>The environment variable %1 is not set, and the secret of the account “%2” cannot be read from the keychain: %3</source>
            <translation>Переменная окружения %1 не задана, а секрет учётной записи «%2» не удаётся прочитать из хранилища ключей: %3</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
            <translation>Нет секрета для учётной записи «%1»: укажите --secret-env VARIABLE.</translation>
        </message>
        <message>
            <source>The environment variable %1 is empty or not set.</source>
            <translation>Переменная окружения %1 пуста или не задана.</translation>
        </message>
        <message>
            <source>The credentials could not be read.</source>
            <translation>Не удалось прочитать учётные данные.</translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <source>An account named “%1” already exists.</source>
            <translation>Учётная запись с именем «%1» уже существует.</translation>
        </message>
        <message numerus="yes">
            <source>The account “%1” is used by %n campaign(s) that have not finished. Let them finish or cancel them first.</source>
            <translation>
                <numerusform>Учётная запись «%1» используется %n незавершённой кампанией. Дождитесь её завершения или сначала отмените её.</numerusform>
                <numerusform>Учётная запись «%1» используется %n незавершёнными кампаниями. Дождитесь их завершения или сначала отмените их.</numerusform>
                <numerusform>Учётная запись «%1» используется %n незавершёнными кампаниями. Дождитесь их завершения или сначала отмените их.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnalyticsCharts</name>
        <message>
            <source>Targeted</source>
            <translation>Адресовано</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Исключено</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>С ошибкой</translation>
        </message>
        <message>
            <source>Undelivered</source>
            <translation>Не доставлено</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
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
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Получатели</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>funnel step: count</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Deliveries over time</source>
            <translation>Доставка по времени</translation>
        </message>
        <message>
            <source>Delivered per day</source>
            <translation>Доставлено за день</translation>
        </message>
        <message>
            <source>Delivered per hour</source>
            <translation>Доставлено за час</translation>
        </message>
        <message>
            <source>Delivered per 15 minutes</source>
            <translation>Доставлено за 15 минут</translation>
        </message>
        <message>
            <source>Delivered in total</source>
            <translation>Доставлено всего</translation>
        </message>
        <message>
            <source>Delivery rate per month</source>
            <translation>Доля доставленных по месяцам</translation>
        </message>
        <message>
            <source>Delivery rate</source>
            <translation>Доля доставленных</translation>
        </message>
        <message>
            <source>No campaigns yet</source>
            <translation>Кампаний пока нет</translation>
        </message>
        <message>
            <source>%</source>
            <comment>axis unit: percent</comment>
            <translation>%</translation>
        </message>
        <message>
            <source>Opt-out and reply rates per month</source>
            <translation>Доля отписок и ответов по месяцам</translation>
        </message>
        <message>
            <source>Opt-out rate</source>
            <translation>Доля отписок</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Доля ответов</translation>
        </message>
        <message>
            <source>Benchmark %1</source>
            <translation>Ориентир %1</translation>
        </message>
        <message>
            <source>Cost per month (%1)</source>
            <translation>Стоимость по месяцам (%1)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Стоимость</translation>
        </message>
        <message>
            <source>Marketing messages per contact per month (last 12 months)</source>
            <translation>Маркетинговые сообщения на контакт в месяц (последние 12 месяцев)</translation>
        </message>
        <message>
            <source>Fewer than %1</source>
            <translation>Меньше %1</translation>
        </message>
        <message>
            <source>%1–%2: the guideline</source>
            <translation>%1–%2: рекомендуемое количество</translation>
        </message>
        <message>
            <source>More than %1</source>
            <translation>Больше %1</translation>
        </message>
        <message>
            <source>%1+</source>
            <translation>%1+</translation>
        </message>
        <message>
            <source>Messages in the month</source>
            <translation>Сообщений за месяц</translation>
        </message>
        <message>
            <source>Contact-months</source>
            <translation>Контакто-месяцы</translation>
        </message>
    </context>
    <context>
        <name>AudienceAnalyzer</name>
        <message>
            <source>nobody</source>
            <translation>никто</translation>
        </message>
        <message numerus="yes">
            <source>%1% %Ln part(s)</source>
            <translation>
                <numerusform>%1% — %Ln часть</numerusform>
                <numerusform>%1% — %Ln части</numerusform>
                <numerusform>%1% — %Ln частей</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
    </context>
    <context>
        <name>CampaignAnalytics</name>
        <message>
            <source>There is no campaign %1.</source>
            <translation>Кампании %1 не существует.</translation>
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
        <message>
            <source>A scheduled campaign needs a date and time.</source>
            <translation>Для запланированной кампании нужны дата и время.</translation>
        </message>
        <message>
            <source>A campaign sent at each recipient's local time needs a date and a time of day.</source>
            <translation>Для кампании, отправляемой по местному времени каждого получателя, нужны дата и время суток.</translation>
        </message>
        <message>
            <source>Only a draft can be scheduled; campaign %1 is %2.</source>
            <translation>Запланировать можно только черновик; кампания %1 находится в состоянии «%2».</translation>
        </message>
        <message>
            <source>Campaign %1 has no schedule: launch it instead.</source>
            <translation>У кампании %1 нет расписания: запустите её вместо этого.</translation>
        </message>
        <message>
            <source>The scheduled time of campaign %1 has already passed.</source>
            <translation>Запланированное время кампании %1 уже прошло.</translation>
        </message>
        <message>
            <source>The local send time of campaign %1 has already passed everywhere.</source>
            <translation>Местное время отправки кампании %1 уже прошло во всех часовых поясах.</translation>
        </message>
        <message>
            <source>Only a draft can be changed; campaign %1 is %2.</source>
            <translation>Изменить можно только черновик; кампания %1 находится в состоянии «%2».</translation>
        </message>
        <message>
            <source>Campaign %1 is no longer a draft.</source>
            <translation>Кампания %1 больше не является черновиком.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted; campaign %1 is not one.</source>
            <translation>Удалить можно только черновик; кампания %1 им не является.</translation>
        </message>
        <message>
            <source>Failed messages can be retried once campaign %1 has finished or is paused.</source>
            <translation>Повторить отправку неудавшихся сообщений можно, когда кампания %1 завершена или приостановлена.</translation>
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
            <source>Herald's command line: everything the app does, headless.</source>
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
            <source>expected a JSON object {"id":…,"text":…}</source>
            <translation>ожидался объект JSON {"id":…,"text":…}</translation>
        </message>
        <message>
            <source>"text" must be a string</source>
            <translation>"text" должен быть строкой</translation>
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
            <source>count, list, show, erase or export (GDPR) the workspace's contacts</source>
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
        <message>
            <source>cannot read stdin</source>
            <translation>не удаётся прочитать stdin</translation>
        </message>
        <message>
            <source>No secret on stdin: %1</source>
            <translation>Нет секрета в stdin: %1</translation>
        </message>
        <message>
            <source>%1 is set by Herald itself</source>
            <translation>%1 задаётся самим Herald</translation>
        </message>
        <message>
            <source>give the secret either with --secret-env or with --secret-stdin</source>
            <translation>укажите секрет либо через --secret-env, либо через --secret-stdin</translation>
        </message>
        <message>
            <source>The account “%1” was not added: %2</source>
            <translation>Учётная запись «%1» не добавлена: %2</translation>
        </message>
        <message>
            <source>The secret is stored in the system keychain.</source>
            <translation>Секрет сохранён в системном хранилище ключей.</translation>
        </message>
        <message>
            <source>which account? Give its name</source>
            <translation>какая учётная запись? Укажите её имя</translation>
        </message>
        <message>
            <source>account set-secret needs one account name</source>
            <translation>для account set-secret нужно одно имя учётной записи</translation>
        </message>
        <message>
            <source>The secret of “%1” is stored in the system keychain.</source>
            <translation>Секрет «%1» сохранён в системном хранилище ключей.</translation>
        </message>
        <message>
            <source>account remove needs one account name</source>
            <translation>для account remove нужно одно имя учётной записи</translation>
        </message>
        <message>
            <source>The account “%1” was kept: its secret could not be removed from the system keychain. %2</source>
            <translation>Учётная запись «%1» сохранена: её секрет не удалось удалить из системного хранилища ключей. %2</translation>
        </message>
        <message>
            <source>Removed account %1 (%2).</source>
            <translation>Удалена учётная запись %1 (%2).</translation>
        </message>
        <message>
            <source>add, list, test or remove SMS provider accounts; secrets go to the system keychain</source>
            <translation>добавить, вывести список, проверить или удалить учётные записи SMS-провайдеров; секреты хранятся в системном хранилище ключей</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for their send time; the next at %1.</source>
            <translation>
                <numerusform>%n сообщение ожидает своего времени отправки; следующее — в %1.</numerusform>
                <numerusform>%n сообщения ожидают своего времени отправки; следующее — в %1.</numerusform>
                <numerusform>%n сообщений ожидают своего времени отправки; следующее — в %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>--date goes with --local-time</source>
            <translation>--date используется вместе с --local-time</translation>
        </message>
        <message>
            <source>%1 on %2 in each recipient's local time</source>
            <translation>%2 в %1 по местному времени каждого получателя</translation>
        </message>
        <message>
            <source>Campaign %1 is scheduled for %2. Herald launches it then while it is running; to send it now: campaign launch %1 --now</source>
            <translation>Кампания %1 запланирована на %2. Herald запустит её в это время, если будет работать; чтобы отправить её сейчас: campaign launch %1 --now</translation>
        </message>
        <message>
            <source>Campaign %1 was scheduled for %2, which has passed; launching it now as asked.</source>
            <translation>Кампания %1 была запланирована на %2, это время прошло; запускаем её сейчас, как было запрошено.</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for quiet hours to end or for their local send time; the last goes out at %1.</source>
            <translation>
                <numerusform>%n сообщение ожидает окончания тихих часов или своего местного времени отправки; последнее уйдёт в %1.</numerusform>
                <numerusform>%n сообщения ожидают окончания тихих часов или своего местного времени отправки; последнее уйдёт в %1.</numerusform>
                <numerusform>%n сообщений ожидают окончания тихих часов или своего местного времени отправки; последнее уйдёт в %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Campaign %1 “%2” was scheduled for %3 and has not been sent: launch it with “campaign launch %1” or cancel it with “campaign cancel %1”.</source>
            <translation>Кампания %1 «%2» была запланирована на %3 и не отправлена: запустите её командой «campaign launch %1» или отмените командой «campaign cancel %1».</translation>
        </message>
        <message>
            <source>Campaign %1 “%2” (%3)</source>
            <translation>Кампания %1 «%2» (%3)</translation>
        </message>
        <message numerus="yes">
            <source>Audience: %n contact(s)</source>
            <translation>
                <numerusform>Аудитория: %n контакт</numerusform>
                <numerusform>Аудитория: %n контакта</numerusform>
                <numerusform>Аудитория: %n контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recipients: %n, of them %1 at once and %2 later</source>
            <translation>
                <numerusform>Получателей: %n, из них %1 сразу и %2 позже</numerusform>
                <numerusform>Получателей: %n, из них %1 сразу и %2 позже</numerusform>
                <numerusform>Получателей: %n, из них %1 сразу и %2 позже</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending from %1 to %2</source>
            <translation>Отправка с %1 по %2</translation>
        </message>
        <message>
            <source>Parts: %1 (%2)</source>
            <translation>Частей: %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln часть</numerusform>
                <numerusform>%Ln части</numerusform>
                <numerusform>%Ln частей</numerusform>
            </translation>
        </message>
        <message>
            <source>Estimated cost: %1 %2</source>
            <translation>Примерная стоимость: %1 %2</translation>
        </message>
        <message>
            <source>campaign list takes no arguments</source>
            <translation>campaign list не принимает аргументов</translation>
        </message>
        <message>
            <source>create, check, launch, pause, resume, cancel and list campaigns</source>
            <translation>создать, проверить, запустить, приостановить, возобновить, отменить кампании и вывести их список</translation>
        </message>
        <message>
            <source>Accounts polled: %1</source>
            <translation>Опрошено учётных записей: %1</translation>
        </message>
        <message>
            <source>Delivery statuses updated: %1</source>
            <translation>Обновлено статусов доставки: %1</translation>
        </message>
        <message>
            <source>Replies stored: %1</source>
            <translation>Сохранено ответов: %1</translation>
        </message>
        <message>
            <source>Opt-outs: %1</source>
            <translation>Отписок: %1</translation>
        </message>
        <message>
            <source>Re-subscribes: %1</source>
            <translation>Повторных подписок: %1</translation>
        </message>
        <message>
            <source>Help replies queued: %1</source>
            <translation>Ответов на HELP в очереди: %1</translation>
        </message>
        <message>
            <source>Opt-out confirmations queued: %1</source>
            <translation>Подтверждений отписки в очереди: %1</translation>
        </message>
        <message>
            <source>Waiting messages cancelled by opt-outs: %1</source>
            <translation>Ожидающих сообщений отменено из-за отписок: %1</translation>
        </message>
        <message>
            <source>Automatic replies sent: %1</source>
            <translation>Отправлено автоматических ответов: %1</translation>
        </message>
        <message>
            <source>Without a final report after 7 days (now unknown): %1</source>
            <translation>Без итогового отчёта через 7 дней (теперь неизвестно): %1</translation>
        </message>
        <message>
            <source>--secret-env needs --account</source>
            <translation>для --secret-env нужен --account</translation>
        </message>
        <message>
            <source>skipping the account “%1”: %2</source>
            <translation>учётная запись «%1» пропущена: %2</translation>
        </message>
        <message>
            <source>There is no account to poll.</source>
            <translation>Нет учётных записей для опроса.</translation>
        </message>
        <message numerus="yes">
            <source>Polling every %n second(s); stop with Ctrl+C.</source>
            <translation>
                <numerusform>Интервал опроса: %n секунда; остановка — Ctrl+C.</numerusform>
                <numerusform>Интервал опроса: %n секунды; остановка — Ctrl+C.</numerusform>
                <numerusform>Интервал опроса: %n секунд; остановка — Ctrl+C.</numerusform>
            </translation>
        </message>
        <message>
            <source>read delivery reports and replies (STOP, START, HELP) of every account: one round with --once, else until stopped</source>
            <translation>прочитать отчёты о доставке и ответы (STOP, START, HELP) всех учётных записей: один цикл с --once, иначе до остановки</translation>
        </message>
        <message>
            <source>“%1” is neither a contact id nor a number in +E.164 form</source>
            <translation>«%1» не является ни идентификатором контакта, ни номером в формате +E.164</translation>
        </message>
        <message>
            <source>--limit must be a number (0: no limit)</source>
            <translation>--limit должен быть числом (0 — без ограничения)</translation>
        </message>
        <message>
            <source>inbox reply needs --body TEXT</source>
            <translation>для inbox reply нужен --body ТЕКСТ</translation>
        </message>
        <message>
            <source>Reply %1 to %2 queued on “%3”; `herald-cli poll --once` sends it.</source>
            <translation>Ответ %1 для %2 поставлен в очередь на отправку через «%3»; его отправит `herald-cli poll --once`.</translation>
        </message>
        <message numerus="yes">
            <source>%n reply(ies) changed.</source>
            <translation>
                <numerusform>Изменён %n ответ.</numerusform>
                <numerusform>Изменено %n ответа.</numerusform>
                <numerusform>Изменено %n ответов.</numerusform>
            </translation>
        </message>
        <message>
            <source>inbox needs a subcommand</source>
            <translation>для inbox нужна подкоманда</translation>
        </message>
        <message>
            <source>unknown inbox subcommand “%1”</source>
            <translation>неизвестная подкоманда inbox: «%1»</translation>
        </message>
        <message>
            <source>inbox %1 needs a contact id or a number</source>
            <translation>для inbox %1 нужен идентификатор контакта или номер</translation>
        </message>
        <message>
            <source>list conversations (replies grouped by person), show one, reply, mark handled</source>
            <translation>вывести список переписок (ответы, сгруппированные по людям), показать одну, ответить, отметить как обработанную</translation>
        </message>
        <message>
            <source>“%1” is not a campaign id</source>
            <translation>«%1» не является идентификатором кампании</translation>
        </message>
        <message>
            <source>campaign report needs one campaign id</source>
            <translation>для campaign report нужен один идентификатор кампании</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Не удаётся записать «%1»: %2</translation>
        </message>
        <message>
            <source>Targeted %1, excluded %2, sent %3, delivered %4, failed %5, undelivered %6, unknown %7</source>
            <translation>Адресовано %1, исключено %2, отправлено %3, доставлено %4, с ошибкой %5, не доставлено %6, неизвестно %7</translation>
        </message>
        <message>
            <source>Delivery rate %1, opt-out rate %2 (benchmark %3), reply rate %4</source>
            <translation>Доля доставленных %1, доля отписок %2 (ориентир %3), доля ответов %4</translation>
        </message>
        <message>
            <source>Parts %1, cost %2 %3</source>
            <translation>Частей %1, стоимость %2 %3</translation>
        </message>
        <message>
            <source>PDF report written to %1</source>
            <translation>Отчёт PDF записан в %1</translation>
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
        <message>
            <source>A contact needs a phone number.</source>
            <translation>У контакта должен быть номер телефона.</translation>
        </message>
        <message>
            <source>Another contact already has the number %1.</source>
            <translation>Номер %1 уже есть у другого контакта.</translation>
        </message>
        <message>
            <source>Type the name of a tag.</source>
            <translation>Введите название метки.</translation>
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
            <source>Unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each inner quote doubled ("").</source>
            <translation>Неожиданный текст после закрывающей кавычки. Поле, содержащее кавычки, должно быть целиком заключено в кавычки, а каждая внутренняя кавычка — удвоена ("").</translation>
        </message>
        <message>
            <source>A quoted field starts here but is not closed properly: the quote on line %1 is followed by other text.</source>
            <translation>Здесь начинается поле в кавычках, но оно закрыто неправильно: за кавычкой в строке %1 следует другой текст.</translation>
        </message>
        <message>
            <source>A quote character appears inside a field that does not start with a quote. Quote the whole field and double the inner quote ("").</source>
            <translation>Внутри поля, которое не начинается с кавычки, встречается кавычка. Заключите всё поле в кавычки и удвойте внутреннюю кавычку ("").</translation>
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
        <name>ErrorCodes</name>
        <message>
            <source>The phone number is not valid.</source>
            <translation>Номер телефона недопустим.</translation>
        </message>
        <message>
            <source>Sending to this country is not enabled on the account.</source>
            <translation>Отправка в эту страну не включена в учётной записи.</translation>
        </message>
        <message>
            <source>The recipient replied STOP earlier: the provider blocks messages to them.</source>
            <translation>Получатель ранее ответил STOP: провайдер блокирует сообщения ему.</translation>
        </message>
        <message>
            <source>The sender's queue was full: too many messages at once.</source>
            <translation>Очередь отправителя переполнена: слишком много сообщений одновременно.</translation>
        </message>
        <message>
            <source>The provider cannot route a message between these two numbers.</source>
            <translation>Провайдер не может доставить сообщение между этими двумя номерами.</translation>
        </message>
        <message>
            <source>The number is not a mobile number.</source>
            <translation>Номер не является мобильным.</translation>
        </message>
        <message>
            <source>Too many requests: the provider asked to slow down.</source>
            <translation>Слишком много запросов: провайдер попросил снизить скорость.</translation>
        </message>
        <message>
            <source>The message waited too long in the provider's queue.</source>
            <translation>Сообщение слишком долго ждало в очереди провайдера.</translation>
        </message>
        <message>
            <source>The provider account is suspended.</source>
            <translation>Учётная запись провайдера заблокирована.</translation>
        </message>
        <message>
            <source>The handset is switched off or out of reach.</source>
            <translation>Телефон выключен или вне зоны доступа.</translation>
        </message>
        <message>
            <source>The recipient blocked messages from this sender.</source>
            <translation>Получатель заблокировал сообщения от этого отправителя.</translation>
        </message>
        <message>
            <source>The number does not exist or is no longer in use.</source>
            <translation>Номер не существует или больше не используется.</translation>
        </message>
        <message>
            <source>A landline or a number the carrier cannot reach.</source>
            <translation>Стационарный номер или номер, недоступный для оператора.</translation>
        </message>
        <message>
            <source>The carrier filtered the message as spam.</source>
            <translation>Оператор отфильтровал сообщение как спам.</translation>
        </message>
        <message>
            <source>The carrier did not say why the message was not delivered.</source>
            <translation>Оператор не сообщил, почему сообщение не доставлено.</translation>
        </message>
        <message>
            <source>The sender number is not registered for US 10DLC messaging.</source>
            <translation>Номер отправителя не зарегистрирован для рассылок US 10DLC.</translation>
        </message>
        <message>
            <source>The message expired before it could be delivered.</source>
            <translation>Срок действия сообщения истёк до доставки.</translation>
        </message>
        <message>
            <source>The carrier did not deliver the message (provider error %1).</source>
            <translation>Оператор не доставил сообщение (ошибка провайдера %1).</translation>
        </message>
        <message>
            <source>The provider refused the message when it was sent (error %1).</source>
            <translation>Провайдер отклонил сообщение при отправке (ошибка %1).</translation>
        </message>
        <message>
            <source>The provider refused the request (account or API error %1).</source>
            <translation>Провайдер отклонил запрос (ошибка учётной записи или API %1).</translation>
        </message>
        <message>
            <source>The carrier does not allow messages to this number.</source>
            <translation>Оператор не разрешает отправку сообщений на этот номер.</translation>
        </message>
        <message>
            <source>The recipient's line is barred.</source>
            <translation>Линия получателя заблокирована.</translation>
        </message>
        <message>
            <source>The handset's memory is full or it is busy.</source>
            <translation>Память телефона заполнена, или он занят.</translation>
        </message>
        <message>
            <source>The carrier failed to deliver the message.</source>
            <translation>Оператору не удалось доставить сообщение.</translation>
        </message>
        <message>
            <source>The carrier rejected the content of the message.</source>
            <translation>Оператор отклонил содержимое сообщения.</translation>
        </message>
        <message>
            <source>A network error at the carrier.</source>
            <translation>Сетевая ошибка у оператора.</translation>
        </message>
        <message>
            <source>The sender number is not valid for this destination.</source>
            <translation>Номер отправителя недопустим для этого направления.</translation>
        </message>
        <message>
            <source>A message loop was detected.</source>
            <translation>Обнаружено зацикливание сообщения.</translation>
        </message>
        <message>
            <source>The provider has no route to this destination.</source>
            <translation>У провайдера нет маршрута к этому направлению.</translation>
        </message>
        <message>
            <source>The carrier prohibits this message.</source>
            <translation>Оператор запрещает это сообщение.</translation>
        </message>
        <message>
            <source>The message is too long.</source>
            <translation>Сообщение слишком длинное.</translation>
        </message>
        <message>
            <source>The provider account has no credit left.</source>
            <translation>На счёте учётной записи провайдера закончились средства.</translation>
        </message>
        <message>
            <source>The carrier blocks messages to this number.</source>
            <translation>Оператор блокирует сообщения на этот номер.</translation>
        </message>
        <message>
            <source>The sender ID is not allowed.</source>
            <translation>Этот идентификатор отправителя не разрешён.</translation>
        </message>
        <message>
            <source>The message is empty or too long.</source>
            <translation>Сообщение пустое или слишком длинное.</translation>
        </message>
        <message>
            <source>The phone number is not valid or is blacklisted.</source>
            <translation>Номер телефона недопустим или находится в чёрном списке.</translation>
        </message>
        <message>
            <source>Too many messages to one number in a short time.</source>
            <translation>Слишком много сообщений на один номер за короткое время.</translation>
        </message>
        <message>
            <source>The recipient is on the account's blacklist.</source>
            <translation>Получатель находится в чёрном списке учётной записи.</translation>
        </message>
        <message>
            <source>The provider did not accept the credentials.</source>
            <translation>Провайдер не принял учётные данные.</translation>
        </message>
        <message>
            <source>The provider refused this computer's IP address.</source>
            <translation>Провайдер отклонил IP-адрес этого компьютера.</translation>
        </message>
        <message>
            <source>No error code was given.</source>
            <translation>Код ошибки не указан.</translation>
        </message>
        <message>
            <source>No delivery report came within 7 days: the outcome is unknown.</source>
            <translation>Отчёт о доставке не поступил в течение 7 дней: результат неизвестен.</translation>
        </message>
        <message>
            <source>The provider's answer could not be read.</source>
            <translation>Не удалось прочитать ответ провайдера.</translation>
        </message>
        <message>
            <source>The provider refused the message without saying why.</source>
            <translation>Провайдер отклонил сообщение без объяснения причин.</translation>
        </message>
        <message>
            <source>The provider had an internal problem (HTTP %1).</source>
            <translation>У провайдера произошла внутренняя ошибка (HTTP %1).</translation>
        </message>
        <message>
            <source>The provider refused the request (HTTP %1).</source>
            <translation>Провайдер отклонил запрос (HTTP %1).</translation>
        </message>
        <message>
            <source>A network or provider problem (%1).</source>
            <translation>Ошибка сети или провайдера (%1).</translation>
        </message>
        <message>
            <source>Provider error %1: see the provider's list of error codes.</source>
            <translation>Ошибка провайдера %1: см. список кодов ошибок провайдера.</translation>
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
        <name>Herald::AccountsDialog</name>
        <message>
            <source>Simulator (built in)</source>
            <translation>Симулятор (встроенный)</translation>
        </message>
        <message>
            <source>Generic HTTP</source>
            <translation>Универсальный HTTP</translation>
        </message>
        <message>
            <source>Provider Accounts</source>
            <translation>Учётные записи провайдеров</translation>
        </message>
        <message>
            <source>&amp;Accounts:</source>
            <translation>Учётные &amp;записи:</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Учётная запись</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>П&amp;ровайдер:</translation>
        </message>
        <message>
            <source>Add&amp;ress:</source>
            <translation>&amp;Адрес:</translation>
        </message>
        <message>
            <source>Phone number or sender name</source>
            <translation>Номер телефона или имя отправителя</translation>
        </message>
        <message>
            <source>&amp;Sender:</source>
            <translation>&amp;Отправитель:</translation>
        </message>
        <message>
            <source>Provider default</source>
            <translation>По умолчанию у провайдера</translation>
        </message>
        <message>
            <source> messages/s</source>
            <translation> сообщ./с</translation>
        </message>
        <message>
            <source>Ra&amp;te:</source>
            <translation>&amp;Скорость:</translation>
        </message>
        <message>
            <source>Use for new campaigns (de&amp;fault account)</source>
            <translation>Использовать для новых кампаний (учётная запись по умол&amp;чанию)</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Параметр</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Add &amp;Option</source>
            <translation>Добавить параме&amp;тр</translation>
        </message>
        <message>
            <source>De&amp;lete Option</source>
            <translation>Уда&amp;лить параметр</translation>
        </message>
        <message>
            <source>Opt&amp;ions:</source>
            <translation>Пара&amp;метры:</translation>
        </message>
        <message>
            <source>The secret is stored in the system keychain, never in the workspace, the settings or the logs.</source>
            <translation>Секрет хранится в системном хранилище ключей и никогда — в рабочей области, настройках или журналах.</translation>
        </message>
        <message>
            <source>S&amp;ecret:</source>
            <translation>Се&amp;крет:</translation>
        </message>
        <message>
            <source>Test &amp;Connection</source>
            <translation>Проверить &amp;подключение</translation>
        </message>
        <message>
            <source>Testing the connection</source>
            <translation>Проверка подключения</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Со&amp;хранить</translation>
        </message>
        <message>
            <source>&amp;Undo Changes</source>
            <translation>Отм&amp;енить изменения</translation>
        </message>
        <message>
            <source>%1 — %2 (default)</source>
            <translation>%1 — %2 (по умолчанию)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Empty: run the Simulator inside Herald</source>
            <translation>Пусто: запустить симулятор внутри Herald</translation>
        </message>
        <message>
            <source>The Simulator answers like Twilio on this computer and needs no secret.</source>
            <translation>Симулятор отвечает как Twilio на этом компьютере, и секрет ему не нужен.</translation>
        </message>
        <message>
            <source>Empty: Twilio’s public address</source>
            <translation>Пусто: публичный адрес Twilio</translation>
        </message>
        <message>
            <source>account_sid: the Account SID (AC…). api_key: the API key SID (SK…) when the secret is an API key secret rather than the auth token.</source>
            <translation>account_sid: Account SID (AC…). api_key: SID ключа API (SK…), если секрет — это секрет ключа API, а не auth token.</translation>
        </message>
        <message>
            <source>Empty: the provider’s public address</source>
            <translation>Пусто: публичный адрес провайдера</translation>
        </message>
        <message>
            <source>The options this provider needs are listed in Herald’s documentation.</source>
            <translation>Параметры, необходимые этому провайдеру, перечислены в документации Herald.</translation>
        </message>
        <message>
            <source>A secret is stored in the system keychain. Type a new one to replace it.</source>
            <translation>Секрет сохранён в системном хранилище ключей. Введите новый, чтобы заменить его.</translation>
        </message>
        <message>
            <source>Stored in the system keychain</source>
            <translation>Сохранён в системном хранилище ключей</translation>
        </message>
        <message>
            <source>The command line reads the secret from the environment variable %1. Type one here to store it in the system keychain.</source>
            <translation>Командная строка читает секрет из переменной окружения %1. Введите его здесь, чтобы сохранить в системном хранилище ключей.</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>Не сохранён</translation>
        </message>
        <message>
            <source>The Simulator needs no secret.</source>
            <translation>Симулятору секрет не нужен.</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Не требуется</translation>
        </message>
        <message>
            <source>No secret is stored yet: type it to store it in the system keychain.</source>
            <translation>Секрет ещё не сохранён: введите его, чтобы сохранить в системном хранилище ключей.</translation>
        </message>
        <message>
            <source>Save the new account?</source>
            <translation>Сохранить новую учётную запись?</translation>
        </message>
        <message>
            <source>Save the changes to “%1”?</source>
            <translation>Сохранить изменения в «%1»?</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>«%1» сохранена.</translation>
        </message>
        <message>
            <source>Saved “%1”; storing its secret in the system keychain…</source>
            <translation>«%1» сохранена; сохранение секрета в системном хранилище ключей…</translation>
        </message>
        <message>
            <source>Saved “%1”; its secret is stored in the system keychain.</source>
            <translation>«%1» сохранена; её секрет сохранён в системном хранилище ключей.</translation>
        </message>
        <message>
            <source>“%1” was saved, but its secret was not: %2</source>
            <translation>«%1» сохранена, но её секрет — нет: %2</translation>
        </message>
        <message>
            <source>Remove Account</source>
            <translation>Удаление учётной записи</translation>
        </message>
        <message>
            <source>Remove the account “%1”? Its secret is deleted from the system keychain. Campaigns already sent keep their history.</source>
            <translation>Удалить учётную запись «%1»? Её секрет будет удалён из системного хранилища ключей. Уже отправленные кампании сохранят свою историю.</translation>
        </message>
        <message>
            <source>Removed “%1”.</source>
            <translation>«%1» удалена.</translation>
        </message>
        <message>
            <source>“%1” was kept: its secret could not be removed from the system keychain. %2</source>
            <translation>«%1» сохранена: её секрет не удалось удалить из системного хранилища ключей. %2</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Проверка подключения…</translation>
        </message>
        <message>
            <source>Waiting for the system keychain to answer before closing.</source>
            <translation>Ожидание ответа системного хранилища ключей перед закрытием.</translation>
        </message>
    </context>
    <context>
        <name>Herald::AnalyticsPane</name>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Экспорт CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Экспорт PDF…</translation>
        </message>
        <message>
            <source>Campaign:</source>
            <translation>Кампания:</translation>
        </message>
        <message>
            <source>Delivery rate</source>
            <translation>Доля доставленных</translation>
        </message>
        <message>
            <source>Opt-out rate (7 days)</source>
            <translation>Доля отписок (7 дней)</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Доля ответов</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Стоимость</translation>
        </message>
        <message>
            <source>Why messages were not delivered</source>
            <translation>Почему сообщения не доставлены</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Сообщения</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Replies by weekday and hour (local time)</source>
            <translation>Ответы по дням недели и часам (местное время)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Кампания</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Тенденции</translation>
        </message>
        <message>
            <source>No campaign yet. Once a campaign has been launched, its deliveries, opt-outs, replies and cost appear here.</source>
            <translation>Кампаний пока нет. Когда кампания будет запущена, здесь появятся данные о её доставке, отписках, ответах и стоимости.</translation>
        </message>
        <message>
            <source>The figures could not be computed: %1</source>
            <translation>Не удалось рассчитать показатели: %1</translation>
        </message>
        <message>
            <source>not launched</source>
            <translation>не запущена</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>campaign name (launch date)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The trends could not be computed: %1</source>
            <translation>Не удалось рассчитать тенденции: %1</translation>
        </message>
        <message>
            <source>“%1” — launched %2, %3</source>
            <translation>«%1» — запущена %2, %3</translation>
        </message>
        <message>
            <source>“%1” — not launched yet</source>
            <translation>«%1» — ещё не запущена</translation>
        </message>
        <message numerus="yes">
            <source>%1 delivered of %Ln sent</source>
            <translation>
                <numerusform>Доставлено %1 из %Ln отправленного</numerusform>
                <numerusform>Доставлено %1 из %Ln отправленных</numerusform>
                <numerusform>Доставлено %1 из %Ln отправленных</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); above the %1 benchmark</source>
            <translation>
                <numerusform>%Ln отписка; выше ориентира %1</numerusform>
                <numerusform>%Ln отписки; выше ориентира %1</numerusform>
                <numerusform>%Ln отписок; выше ориентира %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); benchmark %1</source>
            <translation>
                <numerusform>%Ln отписка; ориентир %1</numerusform>
                <numerusform>%Ln отписки; ориентир %1</numerusform>
                <numerusform>%Ln отписок; ориентир %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (the 7 days are not over yet)</source>
            <translation>%1 (7 дней ещё не прошли)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>two facts side by side</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s) replied</source>
            <translation>
                <numerusform>Ответил %Ln человек</numerusform>
                <numerusform>Ответили %Ln человека</numerusform>
                <numerusform>Ответили %Ln человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln ответ</numerusform>
                <numerusform>%Ln ответа</numerusform>
                <numerusform>%Ln ответов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln часть</numerusform>
                <numerusform>%Ln части</numerusform>
                <numerusform>%Ln частей</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 estimated</source>
            <translation>%1 по оценке</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>Provider said: %1</source>
            <translation>Ответ провайдера: %1</translation>
        </message>
        <message>
            <source>No marketing message in the last 12 months.</source>
            <translation>За последние 12 месяцев маркетинговых сообщений не было.</translation>
        </message>
        <message>
            <source>%1 of %2 contact-months got more than %3 marketing messages (guideline: %4–%3 a month).</source>
            <translation>В %1 из %2 контакто-месяцев отправлено больше %3 маркетинговых сообщений (рекомендация: %4–%3 в месяц).</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Не удаётся записать «%1»: %2</translation>
        </message>
        <message>
            <source>Report saved as %1.</source>
            <translation>Отчёт сохранён как %1.</translation>
        </message>
        <message>
            <source>Export the campaign report</source>
            <translation>Экспорт отчёта о кампании</translation>
        </message>
        <message>
            <source>campaign-%1-report.csv</source>
            <translation>кампания-%1-отчёт.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-файлы (*.csv)</translation>
        </message>
        <message>
            <source>campaign-%1-report.pdf</source>
            <translation>кампания-%1-отчёт.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-файлы (*.pdf)</translation>
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
        <name>Herald::BulkTagDialog</name>
        <message>
            <source>Add Tag</source>
            <translation>Добавление метки</translation>
        </message>
        <message>
            <source>Remove Tag</source>
            <translation>Удаление метки</translation>
        </message>
        <message>
            <source>A tag, new or existing</source>
            <translation>Метка, новая или существующая</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln selected contact(s)</source>
            <translation>
                <numerusform>%Ln выбранный контакт</numerusform>
                <numerusform>%Ln выбранных контакта</numerusform>
                <numerusform>%Ln выбранных контактов</numerusform>
            </translation>
        </message>
        <message>
            <source>All contacts matching the current search and filters</source>
            <translation>Все контакты, соответствующие текущему поиску и фильтрам</translation>
        </message>
        <message numerus="yes">
            <source>All %Ln contact(s) matching the current search and filters</source>
            <translation>
                <numerusform>Все %Ln контакт, соответствующий текущему поиску и фильтрам</numerusform>
                <numerusform>Все %Ln контакта, соответствующие текущему поиску и фильтрам</numerusform>
                <numerusform>Все %Ln контактов, соответствующие текущему поиску и фильтрам</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts that already have the tag keep it.</source>
            <translation>Контакты, у которых уже есть эта метка, сохранят её.</translation>
        </message>
        <message>
            <source>Only the tag is removed; the contacts stay.</source>
            <translation>Удаляется только метка; контакты остаются.</translation>
        </message>
        <message>
            <source>Add it to</source>
            <translation>Кому добавить</translation>
        </message>
        <message>
            <source>Remove it from</source>
            <translation>У кого удалить</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>&amp;Метка:</translation>
        </message>
        <message>
            <source>&amp;Add Tag</source>
            <translation>&amp;Добавить метку</translation>
        </message>
        <message>
            <source>&amp;Remove Tag</source>
            <translation>&amp;Удалить метку</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignComposer</name>
        <message>
            <source>Tag links for your analytics (utm_source=sms…)</source>
            <translation>Помечать ссылки для аналитики (utm_source=sms…)</translation>
        </message>
        <message>
            <source>End with the opt-out footer (“Reply STOP to opt out”)</source>
            <translation>Добавлять в конец строку отписки («Ответьте STOP, чтобы отписаться»)</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>Все контакты</translation>
        </message>
        <message>
            <source>Contacts in any of these segments:</source>
            <translation>Контакты из любого из этих сегментов:</translation>
        </message>
        <message>
            <source>When I launch it</source>
            <translation>При запуске</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Запланировать на</translation>
        </message>
        <message>
            <source>At each recipient's local time</source>
            <translation>По местному времени каждого получателя</translation>
        </message>
        <message>
            <source>Edit Campaign</source>
            <translation>Изменение кампании</translation>
        </message>
        <message>
            <source>New Campaign</source>
            <translation>Новая кампания</translation>
        </message>
        <message>
            <source>Winter sale</source>
            <translation>Зимняя распродажа</translation>
        </message>
        <message>
            <source>Marketing (opted-in contacts, opt-out footer)</source>
            <translation>Маркетинговая (контакты с согласием, строка отписки)</translation>
        </message>
        <message>
            <source>Transactional (order and shipping updates)</source>
            <translation>Транзакционная (статусы заказов и доставки)</translation>
        </message>
        <message>
            <source>Save Draft</source>
            <translation>Сохранить черновик</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Шаблон:</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Аудитория</translation>
        </message>
        <message>
            <source>A person in several segments gets one message.</source>
            <translation>Человек, входящий в несколько сегментов, получит одно сообщение.</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>Отправитель</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Учётная запись:</translation>
        </message>
        <message>
            <source>Sender &amp;ID:</source>
            <translation>Идентификатор &amp;отправителя:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <source>Write my own</source>
            <translation>Написать своё</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (по умолчанию)</translation>
        </message>
        <message>
            <source>The counter includes the tracking tags added to links (utm_campaign=%1).</source>
            <translation>Счётчик учитывает метки отслеживания, добавленные к ссылкам (utm_campaign=%1).</translation>
        </message>
        <message>
            <source>The account's sender</source>
            <translation>Отправитель из учётной записи</translation>
        </message>
        <message>
            <source>The provider chooses the sender.</source>
            <translation>Отправителя выбирает провайдер.</translation>
        </message>
        <message>
            <source>A name as sender: nobody can reply to it, and US and Canadian numbers refuse it.</source>
            <translation>Имя в качестве отправителя: на него нельзя ответить, а номера в США и Канаде его не принимают.</translation>
        </message>
        <message>
            <source>A number as sender: customers can reply, and STOP works.</source>
            <translation>Номер в качестве отправителя: клиенты могут отвечать, и STOP работает.</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignListModel</name>
        <message>
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Запланирована</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Отправляется</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Приостановлена</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завершена</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменена</translation>
        </message>
        <message>
            <source>Paused because: %1</source>
            <translation>Приостановлена по причине: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln recipient(s) handed to the provider or settled</source>
            <translation>
                <numerusform>%1 из %Ln получателя передано провайдеру или обработано</numerusform>
                <numerusform>%1 из %Ln получателей передано провайдеру или обработано</numerusform>
                <numerusform>%1 из %Ln получателей передано провайдеру или обработано</numerusform>
            </translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Маркетинговая</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>Транзакционная</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Кампания</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Ход выполнения</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>В очереди</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>С ошибкой</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignMonitor</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>Check and &amp;Launch…</source>
            <translation>Проверить и &amp;запустить…</translation>
        </message>
        <message>
            <source>Send &amp;Test…</source>
            <translation>&amp;Тестовая отправка…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Приостановить</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Возобновить</translation>
        </message>
        <message>
            <source>&amp;Cancel Campaign…</source>
            <translation>&amp;Отменить кампанию…</translation>
        </message>
        <message>
            <source>Retry &amp;Failed</source>
            <translation>Повторить &amp;неудавшиеся</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Keyword</source>
            <translation>Ключевое слово</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>В очереди</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>С ошибкой</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Пропущено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Ошибки</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Ответы</translation>
        </message>
        <message>
            <source>Choose a campaign.</source>
            <translation>Выберите кампанию.</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>Кампания не выбрана</translation>
        </message>
        <message>
            <source>Choose a campaign in the list, or write a new one.</source>
            <translation>Выберите кампанию в списке или создайте новую.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Маркетинговая</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>Транзакционная</translation>
        </message>
        <message>
            <source>%1 — paused because: %2</source>
            <translation>%1 — приостановлена по причине: %2</translation>
        </message>
        <message>
            <source>Launched %1</source>
            <translation>Запущена %1</translation>
        </message>
        <message>
            <source>Goes out when launched</source>
            <translation>Будет отправлена при запуске</translation>
        </message>
        <message>
            <source>Scheduled for %1</source>
            <translation>Запланирована на %1</translation>
        </message>
        <message>
            <source>At %1 on %2 in each recipient's local time</source>
            <translation>%2 в %1 по местному времени каждого получателя</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln message(s) wait for their send time; the next at %2.</source>
            <translation>
                <numerusform>%1 — %Ln сообщение ожидает своего времени отправки; следующее — в %2.</numerusform>
                <numerusform>%1 — %Ln сообщения ожидают своего времени отправки; следующее — в %2.</numerusform>
                <numerusform>%1 — %Ln сообщений ожидают своего времени отправки; следующее — в %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not launched yet</source>
            <translation>Ещё не запущена</translation>
        </message>
        <message>
            <source>%p% handed over or settled</source>
            <translation>%p% передано или обработано</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>Ошибки (%1)</translation>
        </message>
        <message>
            <source>Replies (%1)</source>
            <translation>Ответы (%1)</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignSender</name>
        <message>
            <source>“%1”: %2</source>
            <translation>«%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignsPane</name>
        <message>
            <source>Campaigns</source>
            <translation>Кампании</translation>
        </message>
        <message>
            <source>&amp;New Campaign…</source>
            <translation>&amp;Новая кампания…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>Check and &amp;Launch…</source>
            <translation>Проверить и &amp;запустить…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>Д&amp;ублировать</translation>
        </message>
        <message>
            <source>&amp;Delete Draft…</source>
            <translation>&amp;Удалить черновик…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Приостановить</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Возобновить</translation>
        </message>
        <message>
            <source>&amp;Cancel Campaign…</source>
            <translation>&amp;Отменить кампанию…</translation>
        </message>
        <message>
            <source>Campaign %1 was paused: %2</source>
            <translation>Кампания %1 приостановлена: %2</translation>
        </message>
        <message>
            <source>Campaign %1 cannot be sent now: %2</source>
            <translation>Кампанию %1 сейчас нельзя отправить: %2</translation>
        </message>
        <message>
            <source>Campaign “%1” was sending when Herald closed; it goes on.</source>
            <translation>Кампания «%1» отправлялась, когда Herald был закрыт; отправка продолжается.</translation>
        </message>
        <message>
            <source>Saved the draft “%1”. Check and launch it when you are ready.</source>
            <translation>Черновик «%1» сохранён. Проверьте и запустите его, когда будете готовы.</translation>
        </message>
        <message>
            <source>“%1” is scheduled for %2. Keep Herald running: a campaign whose time passes while Herald is closed waits for your decision.</source>
            <translation>Кампания «%1» запланирована на %2. Не закрывайте Herald: кампания, время которой наступит, пока Herald закрыт, будет ждать вашего решения.</translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) wait for quiet hours to end or for their local send time; the last goes out at %2.</source>
            <translation>
                <numerusform>Кампания «%1» запущена: %Ln сообщение ожидает окончания тихих часов или своего местного времени отправки; последнее уйдёт в %2.</numerusform>
                <numerusform>Кампания «%1» запущена: %Ln сообщения ожидают окончания тихих часов или своего местного времени отправки; последнее уйдёт в %2.</numerusform>
                <numerusform>Кампания «%1» запущена: %Ln сообщений ожидают окончания тихих часов или своего местного времени отправки; последнее уйдёт в %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) are being sent.</source>
            <translation>
                <numerusform>Кампания «%1» запущена: отправляется %Ln сообщение.</numerusform>
                <numerusform>Кампания «%1» запущена: отправляются %Ln сообщения.</numerusform>
                <numerusform>Кампания «%1» запущена: отправляются %Ln сообщений.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (копия)</translation>
        </message>
        <message>
            <source>Delete Draft</source>
            <translation>Удаление черновика</translation>
        </message>
        <message>
            <source>Delete the draft “%1”? This cannot be undone.</source>
            <translation>Удалить черновик «%1»? Это действие нельзя отменить.</translation>
        </message>
        <message>
            <source>Cancel Campaign</source>
            <translation>Отмена кампании</translation>
        </message>
        <message>
            <source>Cancel “%1”? Messages not sent yet will not be sent; those already sent stay sent.</source>
            <translation>Отменить «%1»? Ещё не отправленные сообщения отправлены не будут; уже отправленные останутся отправленными.</translation>
        </message>
        <message>
            <source>No failed message to retry.</source>
            <translation>Нет неудавшихся сообщений для повторной отправки.</translation>
        </message>
        <message numerus="yes">
            <source>Sending %Ln failed message(s) again.</source>
            <translation>
                <numerusform>Повторная отправка %Ln неудавшегося сообщения.</numerusform>
                <numerusform>Повторная отправка %Ln неудавшихся сообщений.</numerusform>
                <numerusform>Повторная отправка %Ln неудавшихся сообщений.</numerusform>
            </translation>
        </message>
        <message>
            <source>Campaign “%1” is due: launching it.</source>
            <translation>Наступило время кампании «%1»: запуск.</translation>
        </message>
        <message>
            <source>Missed Campaign</source>
            <translation>Пропущенная кампания</translation>
        </message>
        <message>
            <source>“%1” was scheduled for %2, but Herald was not running then, so it has not been sent.

Yes: check it and send it now.
No: turn it back into a draft to choose another time.
Ignore: leave it scheduled and ask again next time.</source>
            <translation>Кампания «%1» была запланирована на %2, но Herald в это время не работал, поэтому она не отправлена.

Да: проверить её и отправить сейчас.
Нет: вернуть её в черновики, чтобы выбрать другое время.
Пропустить: оставить её запланированной и спросить снова в следующий раз.</translation>
        </message>
        <message>
            <source>“%1” is a draft again: edit it to choose another time.</source>
            <translation>«%1» снова черновик: измените её, чтобы выбрать другое время.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConnectionTest</name>
        <message numerus="yes">
            <source>The provider did not answer within %n second(s).</source>
            <translation>
                <numerusform>Провайдер не ответил в течение %n секунды.</numerusform>
                <numerusform>Провайдер не ответил в течение %n секунд.</numerusform>
                <numerusform>Провайдер не ответил в течение %n секунд.</numerusform>
            </translation>
        </message>
        <message>
            <source>The connection works: the provider accepted the credentials of “%1”.</source>
            <translation>Подключение работает: провайдер принял учётные данные «%1».</translation>
        </message>
        <message>
            <source>The provider refused the credentials of “%1” (HTTP %2).</source>
            <translation>Провайдер отклонил учётные данные «%1» (HTTP %2).</translation>
        </message>
        <message>
            <source>The provider refused the credentials of “%1”: %2</source>
            <translation>Провайдер отклонил учётные данные «%1»: %2</translation>
        </message>
        <message>
            <source>The connection to “%1” failed (HTTP %2).</source>
            <translation>Не удалось подключиться к «%1» (HTTP %2).</translation>
        </message>
        <message>
            <source>The connection to “%1” failed: %2</source>
            <translation>Не удалось подключиться к «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConsentEventDialog</name>
        <message>
            <source>Record Opt-in for %1</source>
            <translation>Запись согласия: %1</translation>
        </message>
        <message>
            <source>Record Opt-out for %1</source>
            <translation>Запись отписки: %1</translation>
        </message>
        <message>
            <source>Marketing messages</source>
            <translation>Маркетинговые сообщения</translation>
        </message>
        <message>
            <source>Transactional messages (orders, shipping)</source>
            <translation>Транзакционные сообщения (заказы, доставка)</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>В магазине</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Телефонный звонок</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>Бумажная форма</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Веб-форма</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Where it was given, e.g. shop counter in Kraków, form #12</source>
            <translation>Где оно было дано, например: касса магазина в Кракове, форма № 12</translation>
        </message>
        <message>
            <source>How the person asked, e.g. phone call to the shop</source>
            <translation>Как человек попросил об этом, например: звонок в магазин</translation>
        </message>
        <message>
            <source>The exact words the person agreed to</source>
            <translation>Точная формулировка, на которую согласился человек</translation>
        </message>
        <message>
            <source>What the person said or wrote (optional)</source>
            <translation>Что человек сказал или написал (необязательно)</translation>
        </message>
        <message>
            <source>Where the proof is kept, e.g. signed form in the binder, call recording</source>
            <translation>Где хранится подтверждение, например: подписанная форма в папке, запись звонка</translation>
        </message>
        <message>
            <source>The opt-in is added to the consent ledger of %1 with its proof. The ledger keeps every event: it cannot be edited or removed later.</source>
            <translation>Согласие с подтверждением добавляется в журнал согласий контакта %1. Журнал хранит все события: их нельзя будет изменить или удалить.</translation>
        </message>
        <message>
            <source>The opt-out is added to the consent ledger of %1 and applies at once: no marketing message will be sent to this number. The ledger keeps every event: it cannot be edited or removed later.</source>
            <translation>Отписка добавляется в журнал согласий контакта %1 и действует сразу: маркетинговые сообщения на этот номер отправляться не будут. Журнал хранит все события: их нельзя будет изменить или удалить.</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Цель:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Когда:</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>К&amp;ак:</translation>
        </message>
        <message>
            <source>&amp;Source (required):</source>
            <translation>&amp;Источник (обязательно):</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Источник:</translation>
        </message>
        <message>
            <source>Wor&amp;ding (required):</source>
            <translation>&amp;Формулировка (обязательно):</translation>
        </message>
        <message>
            <source>Wor&amp;ding:</source>
            <translation>&amp;Формулировка:</translation>
        </message>
        <message>
            <source>&amp;Evidence:</source>
            <translation>&amp;Подтверждение:</translation>
        </message>
        <message>
            <source>Record &amp;Opt-in</source>
            <translation>Записать &amp;согласие</translation>
        </message>
        <message>
            <source>Record &amp;Opt-out</source>
            <translation>Записать &amp;отписку</translation>
        </message>
        <message>
            <source>Say where the consent was given.</source>
            <translation>Укажите, где было дано согласие.</translation>
        </message>
        <message>
            <source>Write the exact words the person agreed to.</source>
            <translation>Напишите точную формулировку, на которую согласился человек.</translation>
        </message>
        <message>
            <source>The event cannot be in the future.</source>
            <translation>Событие не может быть в будущем.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactCardDialog</name>
        <message>
            <source>Contact: %1</source>
            <translation>Контакт: %1</translation>
        </message>
        <message>
            <source>Orders:</source>
            <translation>Заказы:</translation>
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
            <source>opted in</source>
            <translation>согласие дано</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>согласие отозвано</translation>
        </message>
        <message>
            <source>no consent recorded</source>
            <translation>согласие не записано</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Сведения</translation>
        </message>
        <message>
            <source>&amp;Tags and fields</source>
            <translation>&amp;Метки и поля</translation>
        </message>
        <message>
            <source>With the country code (+48 601 234 567), or as dialled in the contact's country</source>
            <translation>С кодом страны (+48 601 234 567) или в том виде, в каком его набирают в стране контакта</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Не задано</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>year unknown</source>
            <translation>год неизвестен</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>Месяц рождения</translation>
        </message>
        <message>
            <source>Birthday day</source>
            <translation>День рождения (число)</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Год рождения</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Фамилия:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Телефон:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Эл. почта:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>Стр&amp;ана:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Город:</translation>
        </message>
        <message>
            <source>L&amp;anguage:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Часовой пояс:</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;День рождения:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s), %1 in total</source>
            <translation>
                <numerusform>%Ln заказ, всего %1</numerusform>
                <numerusform>%Ln заказа, всего %1</numerusform>
                <numerusform>%Ln заказов, всего %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, from %2</source>
            <translation>%1, источник: %2</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>Добавлен:</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Метки через запятую</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>Мет&amp;ки:</translation>
        </message>
        <message>
            <source>C&amp;ustom fields (usable in messages as {field:Name}):</source>
            <translation>Дополнительные п&amp;оля (в сообщениях — как {field:Name}):</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Add &amp;Field</source>
            <translation>Добавить &amp;поле</translation>
        </message>
        <message>
            <source>&amp;Remove Field</source>
            <translation>&amp;Удалить поле</translation>
        </message>
        <message>
            <source>Record Opt-&amp;in…</source>
            <translation>Записать сог&amp;ласие…</translation>
        </message>
        <message>
            <source>Add an opt-in with its proof to the ledger, e.g. consent given in the shop</source>
            <translation>Добавить в журнал согласие с подтверждением, например: согласие дано в магазине</translation>
        </message>
        <message>
            <source>Record Opt-ou&amp;t…</source>
            <translation>Записать о&amp;тписку…</translation>
        </message>
        <message>
            <source>Add an opt-out to the ledger, e.g. the person asked on the phone</source>
            <translation>Добавить в журнал отписку, например: человек попросил об этом по телефону</translation>
        </message>
        <message>
            <source>The ledger is the proof of consent: events are only ever added, never changed or removed.</source>
            <translation>Журнал — это подтверждение согласия: события в него только добавляются и никогда не изменяются и не удаляются.</translation>
        </message>
        <message>
            <source>No messages yet. Messages sent to this number and replies from it will be listed here.</source>
            <translation>Сообщений пока нет. Здесь будут показаны сообщения, отправленные на этот номер, и ответы с него.</translation>
        </message>
        <message>
            <source>A contact needs a phone number.</source>
            <translation>У контакта должен быть номер телефона.</translation>
        </message>
        <message>
            <source>Saved as %1 (%2, %3)</source>
            <translation>Будет сохранён как %1 (%2, %3)</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>мобильный</translation>
        </message>
        <message>
            <source>landline: cannot receive SMS in most countries</source>
            <translation>стационарный: в большинстве стран не может принимать SMS</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Телефон: %1</translation>
        </message>
        <message>
            <source>“%1” is not an email address.</source>
            <translation>«%1» не является адресом эл. почты.</translation>
        </message>
        <message>
            <source>“%1” is not a time zone; pick one from the list, e.g. Europe/Warsaw.</source>
            <translation>«%1» не является часовым поясом; выберите его из списка, например Europe/Warsaw.</translation>
        </message>
        <message>
            <source>The birthday %1 %2 does not exist.</source>
            <translation>Недопустимая дата рождения: в месяце «%2» нет %1-го числа.</translation>
        </message>
        <message>
            <source>The custom field with the value “%1” needs a name.</source>
            <translation>У дополнительного поля со значением «%1» должно быть имя.</translation>
        </message>
        <message>
            <source>There are two custom fields named “%1”.</source>
            <translation>Есть два дополнительных поля с именем «%1».</translation>
        </message>
        <message>
            <source>The opt-in was added to the consent ledger.</source>
            <translation>Согласие добавлено в журнал согласий.</translation>
        </message>
        <message>
            <source>The opt-out was added to the consent ledger.</source>
            <translation>Отписка добавлена в журнал согласий.</translation>
        </message>
        <message>
            <source>Marketing: %1</source>
            <translation>Маркетинг: %1</translation>
        </message>
        <message>
            <source>Marketing: %1 since %2</source>
            <translation>Маркетинг: %1 с %2</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Маркетинговые</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>Транзакционные</translation>
        </message>
        <message>
            <source>&amp;Consent history (%1)</source>
            <translation>История согласи&amp;й (%1)</translation>
        </message>
        <message>
            <source>&amp;Messages (%1)</source>
            <translation>Сооб&amp;щения (%1)</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>Сохранить изменения контакта %1?</translation>
        </message>
        <message>
            <source>Conversation with the contact</source>
            <translation>Переписка с контактом</translation>
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation>&amp;Переписка</translation>
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
            <source>Contacts</source>
            <translation>Контакты</translation>
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
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>&amp;Метки</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>&amp;Open Contact</source>
            <translation>&amp;Открыть контакт</translation>
        </message>
        <message>
            <source>&amp;Add Tag…</source>
            <translation>&amp;Добавить метку…</translation>
        </message>
        <message>
            <source>&amp;Remove Tag…</source>
            <translation>&amp;Удалить метку…</translation>
        </message>
        <message>
            <source>&amp;Delete Selected…</source>
            <translation>Удалить &amp;выбранные…</translation>
        </message>
        <message>
            <source>Delete All &amp;Matching…</source>
            <translation>Удалить все &amp;подходящие…</translation>
        </message>
        <message>
            <source>&amp;Find Contacts</source>
            <translation>&amp;Найти контакты</translation>
        </message>
        <message>
            <source>Import customers from a CSV export (you can also drop the file here)</source>
            <translation>Импортировать клиентов из экспорта CSV (файл также можно перетащить сюда)</translation>
        </message>
        <message>
            <source>Save the selected contacts, the current view or a segment as a CSV file</source>
            <translation>Сохранить выбранные контакты, текущее представление или сегмент в CSV-файл</translation>
        </message>
        <message>
            <source>Add a tag to, or remove it from, the selected contacts or all that match</source>
            <translation>Добавить метку выбранным контактам или всем подходящим либо удалить её у них</translation>
        </message>
        <message>
            <source>Delete the selected contacts, or all that match the search and filters</source>
            <translation>Удалить выбранные контакты или все, что соответствуют поиску и фильтрам</translation>
        </message>
        <message>
            <source>Adding the tag “%1”…</source>
            <translation>Добавление метки «%1»…</translation>
        </message>
        <message numerus="yes">
            <source>Added the tag “%1” to %Ln contact(s).</source>
            <translation>
                <numerusform>Метка «%1» добавлена %Ln контакту.</numerusform>
                <numerusform>Метка «%1» добавлена %Ln контактам.</numerusform>
                <numerusform>Метка «%1» добавлена %Ln контактам.</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing the tag “%1”…</source>
            <translation>Удаление метки «%1»…</translation>
        </message>
        <message numerus="yes">
            <source>Removed the tag “%1” from %Ln contact(s).</source>
            <translation>
                <numerusform>Метка «%1» удалена у %Ln контакта.</numerusform>
                <numerusform>Метка «%1» удалена у %Ln контактов.</numerusform>
                <numerusform>Метка «%1» удалена у %Ln контактов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the %Ln selected contact(s)?</source>
            <translation>
                <numerusform>Удалить %Ln выбранный контакт?</numerusform>
                <numerusform>Удалить %Ln выбранных контакта?</numerusform>
                <numerusform>Удалить %Ln выбранных контактов?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) in the workspace?</source>
            <translation>
                <numerusform>Удалить весь %Ln контакт в рабочей области?</numerusform>
                <numerusform>Удалить все %Ln контакта в рабочей области?</numerusform>
                <numerusform>Удалить все %Ln контактов в рабочей области?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) that match the current search and filters?</source>
            <translation>
                <numerusform>Удалить %Ln контакт, соответствующий текущему поиску и фильтрам?</numerusform>
                <numerusform>Удалить все %Ln контакта, соответствующие текущему поиску и фильтрам?</numerusform>
                <numerusform>Удалить все %Ln контактов, соответствующих текущему поиску и фильтрам?</numerusform>
            </translation>
        </message>
        <message>
            <source>Their tags, custom fields, consent history and messages are deleted too, and this cannot be undone. Numbers that opted out stay on the suppression list, so a later import cannot subscribe them again.</source>
            <translation>Их метки, дополнительные поля, история согласий и сообщения тоже будут удалены, и это действие нельзя отменить. Номера, отказавшиеся от рассылки, остаются в стоп-листе, поэтому последующий импорт не сможет снова их подписать.</translation>
        </message>
        <message>
            <source>Delete Contacts</source>
            <translation>Удаление контактов</translation>
        </message>
        <message numerus="yes">
            <source>Deleting %Ln contact(s)…</source>
            <translation>
                <numerusform>Удаление %Ln контакта…</numerusform>
                <numerusform>Удаление %Ln контактов…</numerusform>
                <numerusform>Удаление %Ln контактов…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contact(s).</source>
            <translation>
                <numerusform>Удалён %Ln контакт.</numerusform>
                <numerusform>Удалено %Ln контакта.</numerusform>
                <numerusform>Удалено %Ln контактов.</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting matches…</source>
            <translation>Подсчёт подходящих…</translation>
        </message>
        <message>
            <source>Counting contacts…</source>
            <translation>Подсчёт контактов…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln contact(s)</source>
            <translation>
                <numerusform>%1 из %Ln контакта</numerusform>
                <numerusform>%1 из %Ln контактов</numerusform>
                <numerusform>%1 из %Ln контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln контакт</numerusform>
                <numerusform>%Ln контакта</numerusform>
                <numerusform>%Ln контактов</numerusform>
            </translation>
        </message>
        <message>
            <source>No contacts yet.

Drop a customer list (CSV) from Shopify, WooCommerce, Google Contacts, Outlook or Excel here, or click Import CSV.</source>
            <translation>Контактов пока нет.

Перетащите сюда список клиентов (CSV) из Shopify, WooCommerce, Google Контактов, Outlook или Excel либо нажмите «Импорт CSV».</translation>
        </message>
        <message>
            <source>No contacts match the search and filters.</source>
            <translation>Нет контактов, соответствующих поиску и фильтрам.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationDelegate</name>
        <message>
            <source>%1 • open</source>
            <translation>%1 • открыта</translation>
        </message>
        <message>
            <source>%1 — re: %2</source>
            <translation>%1 — ответ на: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationListModel</name>
        <message>
            <source>%1 (not in your contacts)</source>
            <translation>%1 (нет в ваших контактах)</translation>
        </message>
        <message numerus="yes">
            <source>%1, %Ln unread, last message: %2</source>
            <translation>
                <numerusform>%1, %Ln непрочитанное, последнее сообщение: %2</numerusform>
                <numerusform>%1, %Ln непрочитанных, последнее сообщение: %2</numerusform>
                <numerusform>%1, %Ln непрочитанных, последнее сообщение: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Собеседник</translation>
        </message>
        <message>
            <source>Last reply</source>
            <translation>Последний ответ</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Непрочитанные</translation>
        </message>
        <message>
            <source>Answers campaign</source>
            <translation>Ответ на кампанию</translation>
        </message>
    </context>
    <context>
        <name>Herald::CredentialStore</name>
        <message>
            <source>The secret is empty.</source>
            <translation>Секрет пуст.</translation>
        </message>
        <message>
            <source>The secret is %1 bytes long; Herald accepts at most %2.</source>
            <translation>Длина секрета — %1 байт; Herald принимает не более %2.</translation>
        </message>
        <message>
            <source>Herald never keeps secrets in plain text. Start a keychain service (GNOME Keyring, KWallet or KeePassXC), or for headless use give the secret in an environment variable with herald-cli --secret-env VARIABLE.</source>
            <translation>Herald никогда не хранит секреты в открытом виде. Запустите службу хранилища ключей (GNOME Keyring, KWallet или KeePassXC) или, для работы без графического интерфейса, передайте секрет в переменной окружения с помощью herald-cli --secret-env VARIABLE.</translation>
        </message>
        <message>
            <source>No system keychain is available. %1</source>
            <translation>Системное хранилище ключей недоступно. %1</translation>
        </message>
        <message>
            <source>No system keychain is available (%1). %2</source>
            <translation>Системное хранилище ключей недоступно (%1). %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ExportDialog</name>
        <message>
            <source>The saved &amp;segment:</source>
            <translation>Сохранённый &amp;сегмент:</translation>
        </message>
        <message>
            <source>&amp;Every contact in the workspace</source>
            <translation>&amp;Все контакты рабочей области</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>&amp;Экспортировать</translation>
        </message>
        <message>
            <source>Export Contacts</source>
            <translation>Экспорт контактов</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln &amp;selected contact(s)</source>
            <translation>
                <numerusform>%Ln в&amp;ыбранный контакт</numerusform>
                <numerusform>%Ln в&amp;ыбранных контакта</numerusform>
                <numerusform>%Ln в&amp;ыбранных контактов</numerusform>
            </translation>
        </message>
        <message>
            <source>The contacts in the current &amp;view (search and filters)</source>
            <translation>Контакты в текущем &amp;представлении (поиск и фильтры)</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln contact(s) in the current &amp;view (search and filters)</source>
            <translation>
                <numerusform>%Ln контакт в текущем &amp;представлении (поиск и фильтры)</numerusform>
                <numerusform>%Ln контакта в текущем &amp;представлении (поиск и фильтры)</numerusform>
                <numerusform>%Ln контактов в текущем &amp;представлении (поиск и фильтры)</numerusform>
            </translation>
        </message>
        <message>
            <source>contacts %1.csv</source>
            <translation>контакты %1.csv</translation>
        </message>
        <message>
            <source>UTF-8 with a byte order mark, opens in spreadsheets and imports back into Herald.</source>
            <translation>UTF-8 с меткой порядка байтов (BOM): открывается в электронных таблицах и импортируется обратно в Herald.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>&amp;To file:</source>
            <translation>В &amp;файл:</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-файлы (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) written…</source>
            <translation>
                <numerusform>Записан %Ln контакт…</numerusform>
                <numerusform>Записано %Ln контакта…</numerusform>
                <numerusform>Записано %Ln контактов…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contact(s) to %1.</source>
            <translation>
                <numerusform>Экспортирован %Ln контакт в %1.</numerusform>
                <numerusform>Экспортировано %Ln контакта в %1.</numerusform>
                <numerusform>Экспортировано %Ln контактов в %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
    </context>
    <context>
        <name>Herald::HttpGateway</name>
        <message>
            <source>A generic HTTP account needs the address to send to: --option url=https://… (or --base-url).</source>
            <translation>Для универсальной учётной записи HTTP нужен адрес для отправки: --option url=https://… (или --base-url).</translation>
        </message>
        <message>
            <source>“%1” is not an http(s) address to send to.</source>
            <translation>«%1» не является адресом http(s) для отправки.</translation>
        </message>
        <message>
            <source>Plain http would carry the credentials in clear; use https for “%1”.</source>
            <translation>Обычный http передавал бы учётные данные в открытом виде; используйте https для «%1».</translation>
        </message>
        <message>
            <source>The method of a generic HTTP account must be POST or GET, not “%1”.</source>
            <translation>Методом универсальной учётной записи HTTP должен быть POST или GET, а не «%1».</translation>
        </message>
        <message>
            <source>The headers option must be a JSON object such as {"Authorization": "Bearer {secret}"}.</source>
            <translation>Параметр headers должен быть объектом JSON, например {"Authorization": "Bearer {secret}"}.</translation>
        </message>
        <message>
            <source>The value of the header “%1” must be text.</source>
            <translation>Значение заголовка «%1» должно быть текстом.</translation>
        </message>
        <message>
            <source>“%1” is not a valid header name.</source>
            <translation>«%1» — недопустимое имя заголовка.</translation>
        </message>
        <message>
            <source>A GET request carries no body: put the fields into the url option.</source>
            <translation>У запроса GET нет тела: поместите поля в параметр url.</translation>
        </message>
        <message>
            <source>A generic HTTP account needs the place of the message id in the answer: --option id_path=messages.0.id</source>
            <translation>Для универсальной учётной записи HTTP нужно место идентификатора сообщения в ответе: --option id_path=messages.0.id</translation>
        </message>
        <message>
            <source>success_value needs success_path: the place in the answer to compare it with.</source>
            <translation>Для success_value нужен success_path: место в ответе, с которым его сравнивать.</translation>
        </message>
        <message>
            <source>The test_url option must be an https address.</source>
            <translation>Параметр test_url должен быть адресом https.</translation>
        </message>
        <message>
            <source>No message id at “%1” in the answer.</source>
            <translation>В ответе нет идентификатора сообщения по пути «%1».</translation>
        </message>
        <message>
            <source>A generic HTTP provider cannot be asked about a message.</source>
            <translation>Универсального HTTP-провайдера нельзя запросить о сообщении.</translation>
        </message>
        <message>
            <source>A generic HTTP provider has no delivery reports to poll.</source>
            <translation>У универсального HTTP-провайдера нет отчётов о доставке для опроса.</translation>
        </message>
        <message>
            <source>A generic HTTP provider has no replies to poll.</source>
            <translation>У универсального HTTP-провайдера нет ответов для опроса.</translation>
        </message>
        <message>
            <source>Nothing was checked: a generic HTTP account needs the option test_url, a read-only address of the provider, to test its credentials without sending.</source>
            <translation>Ничего не проверено: для универсальной учётной записи HTTP нужен параметр test_url — адрес провайдера только для чтения, чтобы проверить учётные данные без отправки.</translation>
        </message>
        <message>
            <source>The provider answered HTTP %1.</source>
            <translation>Провайдер ответил HTTP %1.</translation>
        </message>
        <message>
            <source>The provider did not answer: %1</source>
            <translation>Провайдер не ответил: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::ImportDialog</name>
        <message>
            <source>comma</source>
            <translation>запятая</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>точка с запятой</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>табуляция</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>вертикальная черта</translation>
        </message>
        <message>
            <source>Import Contacts from %1</source>
            <translation>Импорт контактов из %1</translation>
        </message>
        <message>
            <source>Update them with the file's values</source>
            <translation>Обновить их значениями из файла</translation>
        </message>
        <message>
            <source>Keep them as they are</source>
            <translation>Оставить их без изменений</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>Numbers without a country code are from:</source>
            <translation>Номера без кода страны относятся к стране:</translation>
        </message>
        <message>
            <source>Numbers already in the workspace:</source>
            <translation>Номера, уже имеющиеся в рабочей области:</translation>
        </message>
        <message>
            <source>The first rows, as they will be imported:</source>
            <translation>Первые строки в том виде, в каком они будут импортированы:</translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, recognised as %3 (%Ln column(s)).</source>
            <translation>
                <numerusform>Прочитано как %1, разделитель столбцов — %2, распознано как %3 (%Ln столбец).</numerusform>
                <numerusform>Прочитано как %1, разделитель столбцов — %2, распознано как %3 (%Ln столбца).</numerusform>
                <numerusform>Прочитано как %1, разделитель столбцов — %2, распознано как %3 (%Ln столбцов).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Не импортировано: %1</translation>
        </message>
        <message>
            <source>Same number as an earlier row: skipped</source>
            <translation>Тот же номер, что в одной из предыдущих строк: пропущено</translation>
        </message>
        <message>
            <source>Imported, but: %1</source>
            <translation>Импортировано, но: %1</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Импортировано</translation>
        </message>
        <message>
            <source>%1 - not imported.csv</source>
            <translation>%1 - не импортировано.csv</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>%1 rows read · %2 rows/s · about %3 s left</source>
            <translation>Прочитано строк: %1 · %2 строк/с · осталось около %3 с</translation>
        </message>
        <message>
            <source>%1 rows: %2 imported, %3 updated, %4 duplicates, %5 not imported, %6 kept opted out (on the suppression list).</source>
            <translation>Строк: %1; импортировано: %2, обновлено: %3, дубликатов: %4, не импортировано: %5, оставлено с отозванным согласием (в стоп-листе): %6.</translation>
        </message>
        <message>
            <source>The rows not imported, with the reason for each, are in %1: fix them there and import that file again.</source>
            <translation>Неимпортированные строки с указанием причины для каждой сохранены в %1: исправьте их там и импортируйте этот файл снова.</translation>
        </message>
        <message>
            <source>Cancelling: nothing will be imported…</source>
            <translation>Отмена: ничего не будет импортировано…</translation>
        </message>
    </context>
    <context>
        <name>Herald::InboxPane</name>
        <message>
            <source>Contact &amp;card</source>
            <translation>&amp;Карточка контакта</translation>
        </message>
        <message>
            <source>&amp;Send reply</source>
            <translation>&amp;Отправить ответ</translation>
        </message>
        <message>
            <source>Search replies, names and numbers (Ctrl+F)</source>
            <translation>Поиск по ответам, именам и номерам (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the inbox</source>
            <translation>Поиск во входящих</translation>
        </message>
        <message>
            <source>All conversations</source>
            <translation>Все переписки</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Непрочитанные</translation>
        </message>
        <message>
            <source>Not handled</source>
            <translation>Необработанные</translation>
        </message>
        <message>
            <source>Conversations to show</source>
            <translation>Какие переписки показывать</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Переписки</translation>
        </message>
        <message>
            <source>Mark every reply of this conversation handled, or open it again (Ctrl+D)</source>
            <translation>Отметить все ответы этой переписки как обработанные или открыть её снова (Ctrl+D)</translation>
        </message>
        <message>
            <source>Messages of the conversation</source>
            <translation>Сообщения переписки</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Write a reply… (Ctrl+Enter sends)</source>
            <translation>Напишите ответ… (Ctrl+Enter — отправить)</translation>
        </message>
        <message>
            <source>Send the reply (Ctrl+Enter)</source>
            <translation>Отправить ответ (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Отправить ответ</translation>
        </message>
        <message>
            <source>Mark handled</source>
            <translation>Отметить как обработанную</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Очистить поиск</translation>
        </message>
        <message>
            <source>Open a workspace to see the replies of your customers.</source>
            <translation>Откройте рабочую область, чтобы увидеть ответы клиентов.</translation>
        </message>
        <message>
            <source>No conversation matches.</source>
            <translation>Нет подходящих переписок.</translation>
        </message>
        <message>
            <source>No replies yet. When customers answer a campaign, their messages appear here, grouped by person.</source>
            <translation>Ответов пока нет. Когда клиенты ответят на кампанию, их сообщения появятся здесь, сгруппированные по людям.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln conversation(s)</source>
            <translation>
                <numerusform>%Ln переписка</numerusform>
                <numerusform>%Ln переписки</numerusform>
                <numerusform>%Ln переписок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln непрочитанное</numerusform>
                <numerusform>%Ln непрочитанных</numerusform>
                <numerusform>%Ln непрочитанных</numerusform>
            </translation>
        </message>
        <message>
            <source>No conversation selected</source>
            <translation>Переписка не выбрана</translation>
        </message>
        <message>
            <source>not in your contacts</source>
            <translation>нет в ваших контактах</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln ответ</numerusform>
                <numerusform>%Ln ответа</numerusform>
                <numerusform>%Ln ответов</numerusform>
            </translation>
        </message>
        <message>
            <source>answers “%1”</source>
            <translation>ответ на «%1»</translation>
        </message>
        <message>
            <source>handled</source>
            <translation>обработана</translation>
        </message>
        <message numerus="yes">
            <source>%Ln not handled</source>
            <translation>
                <numerusform>%Ln необработанный</numerusform>
                <numerusform>%Ln необработанных</numerusform>
                <numerusform>%Ln необработанных</numerusform>
            </translation>
        </message>
        <message>
            <source>Open &amp;again</source>
            <translation>Открыть &amp;снова</translation>
        </message>
        <message>
            <source>Mark &amp;handled</source>
            <translation>&amp;Отметить как обработанную</translation>
        </message>
        <message>
            <source>Sent through “%1” as a transactional message.</source>
            <translation>Отправлено через «%1» как транзакционное сообщение.</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>Сначала напишите ответ.</translation>
        </message>
        <message numerus="yes">
            <source>Reply queued on “%1”; it is sent with the next check of replies (%Ln part(s)).</source>
            <translation>
                <numerusform>Ответ поставлен в очередь на отправку через «%1»; он будет отправлен при следующей проверке ответов (%Ln часть).</numerusform>
                <numerusform>Ответ поставлен в очередь на отправку через «%1»; он будет отправлен при следующей проверке ответов (%Ln части).</numerusform>
                <numerusform>Ответ поставлен в очередь на отправку через «%1»; он будет отправлен при следующей проверке ответов (%Ln частей).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::InfobipGateway</name>
        <message>
            <source>The message has no key to look for at Infobip.</source>
            <translation>У сообщения нет ключа для поиска в Infobip.</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1 while searching its logs.</source>
            <translation>Infobip ответил HTTP %1 при поиске в журналах.</translation>
        </message>
        <message>
            <source>Infobip keeps its logs for 48 hours only.</source>
            <translation>Infobip хранит журналы только 48 часов.</translation>
        </message>
        <message>
            <source>Too early to be sure: Infobip's logs may not show the message yet.</source>
            <translation>Слишком рано для уверенности: в журналах Infobip сообщение может ещё не отображаться.</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1 while handing out reports.</source>
            <translation>Infobip ответил HTTP %1 при выдаче отчётов.</translation>
        </message>
        <message>
            <source>Infobip accepted the API key.</source>
            <translation>Infobip принял ключ API.</translation>
        </message>
        <message>
            <source>Infobip did not answer: %1</source>
            <translation>Infobip не ответил: %1</translation>
        </message>
        <message>
            <source>Infobip refused the API key (HTTP %1).</source>
            <translation>Infobip отклонил ключ API (HTTP %1).</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1: %2</source>
            <translation>Infobip ответил HTTP %1: %2</translation>
        </message>
        <message>
            <source>Infobip: reading reports and replies failed: %1</source>
            <translation>Infobip: не удалось прочитать отчёты и ответы: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::KeychainCredentialStore</name>
        <message numerus="yes">
            <source>it did not answer within %n second(s)</source>
            <translation>
                <numerusform>нет ответа в течение %n секунды</numerusform>
                <numerusform>нет ответа в течение %n секунд</numerusform>
                <numerusform>нет ответа в течение %n секунд</numerusform>
            </translation>
        </message>
        <message>
            <source>The system keychain holds no secret for this account.</source>
            <translation>В системном хранилище ключей нет секрета для этой учётной записи.</translation>
        </message>
        <message>
            <source>Access to the system keychain was refused (%1).</source>
            <translation>Доступ к системному хранилищу ключей запрещён (%1).</translation>
        </message>
        <message>
            <source>there is no D-Bus session bus</source>
            <translation>нет сеансовой шины D-Bus</translation>
        </message>
        <message>
            <source>The system keychain reported an error: %1</source>
            <translation>Системное хранилище ключей сообщило об ошибке: %1</translation>
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
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln контакт</numerusform>
                <numerusform>%Ln контакта</numerusform>
                <numerusform>%Ln контактов</numerusform>
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
            <translation>Импорт из %1: новых — %2, обновлено — %3, не импортировано — %4.</translation>
        </message>
        <message>
            <source>Imported %1: %2 rows, %3 new, %4 updated, %5 duplicates, %6 not imported.</source>
            <translation>Импорт из %1: строк — %2, новых — %3, обновлено — %4, дубликатов — %5, не импортировано — %6.</translation>
        </message>
        <message numerus="yes">
            <source>Sending: idle, checking replies of %Ln account(s)</source>
            <translation>
                <numerusform>Отправка: простой, проверка ответов для %Ln учётной записи</numerusform>
                <numerusform>Отправка: простой, проверка ответов для %Ln учётных записей</numerusform>
                <numerusform>Отправка: простой, проверка ответов для %Ln учётных записей</numerusform>
            </translation>
        </message>
        <message>
            <source>Replies and delivery reports are checked in the background for: %1</source>
            <translation>Ответы и отчёты о доставке проверяются в фоновом режиме для: %1</translation>
        </message>
        <message>
            <source>Provider &amp;Accounts…</source>
            <translation>&amp;Учётные записи провайдеров…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>pane name (unread replies)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread message(s)</source>
            <translation>
                <numerusform>%Ln непрочитанное сообщение</numerusform>
                <numerusform>%Ln непрочитанных сообщения</numerusform>
                <numerusform>%Ln непрочитанных сообщений</numerusform>
            </translation>
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
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln часть</numerusform>
                <numerusform>%Ln части</numerusform>
                <numerusform>%Ln частей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln символ</numerusform>
                <numerusform>%Ln символа</numerusform>
                <numerusform>%Ln символов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln left in this part</source>
            <translation>
                <numerusform>В этой части остался %Ln символ</numerusform>
                <numerusform>В этой части осталось %Ln символа</numerusform>
                <numerusform>В этой части осталось %Ln символов</numerusform>
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
            <source>Make GSM-safe (saves %Ln part(s))</source>
            <translation>
                <numerusform>Привести к GSM (экономия: %Ln часть)</numerusform>
                <numerusform>Привести к GSM (экономия: %Ln части)</numerusform>
                <numerusform>Привести к GSM (экономия: %Ln частей)</numerusform>
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
            <source>Remove diacritics (saves %Ln part(s))</source>
            <translation>
                <numerusform>Удалить диакритику (экономия: %Ln часть)</numerusform>
                <numerusform>Удалить диакритику (экономия: %Ln части)</numerusform>
                <numerusform>Удалить диакритику (экономия: %Ln частей)</numerusform>
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
            <source>&lt;b&gt;%1&lt;/b&gt;: %Ln recipient(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln получатель</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln получателя</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln получателей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>longest: %Ln part(s)</source>
            <translation>
                <numerusform>самое длинное: %Ln часть</numerusform>
                <numerusform>самое длинное: %Ln части</numerusform>
                <numerusform>самое длинное: %Ln частей</numerusform>
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
        <name>Herald::MessageHistoryModel</name>
        <message>
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>One-off message</source>
            <translation>Разовое сообщение</translation>
        </message>
        <message>
            <source>Received %1: %2</source>
            <translation>Получено %1: %2</translation>
        </message>
        <message>
            <source>Sent %1, %2: %3</source>
            <translation>Отправлено %1, %2: %3</translation>
        </message>
        <message>
            <source>answers “%1”</source>
            <translation>ответ на «%1»</translation>
        </message>
        <message>
            <source>campaign “%1”</source>
            <translation>кампания «%1»</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
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
            <source>Campaign</source>
            <translation>Кампания</translation>
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
        <name>Herald::PlivoGateway</name>
        <message>
            <source>Plivo answered HTTP %1 while listing messages.</source>
            <translation>Plivo ответил HTTP %1 при получении списка сообщений.</translation>
        </message>
        <message>
            <source>Plivo answered HTTP %1 about the message.</source>
            <translation>Plivo ответил HTTP %1 о сообщении.</translation>
        </message>
        <message>
            <source>Without the time of the request, Plivo's records cannot tell this message from another one to the same number.</source>
            <translation>Без времени запроса по записям Plivo нельзя отличить это сообщение от другого на тот же номер.</translation>
        </message>
        <message>
            <source>Plivo shows too many messages to this number since then to tell which one is ours.</source>
            <translation>Plivo показывает с того момента слишком много сообщений на этот номер, чтобы определить, какое из них наше.</translation>
        </message>
        <message>
            <source>Too early to be sure: Plivo's records may not show the message yet.</source>
            <translation>Слишком рано для уверенности: в записях Plivo сообщение может ещё не отображаться.</translation>
        </message>
        <message numerus="yes">
            <source>Plivo shows %n message(s) to this number since then; which one is ours cannot be told.</source>
            <translation>
                <numerusform>С того момента Plivo показывает %n сообщение на этот номер; определить, какое из них наше, нельзя.</numerusform>
                <numerusform>С того момента Plivo показывает %n сообщения на этот номер; определить, какое из них наше, нельзя.</numerusform>
                <numerusform>С того момента Plivo показывает %n сообщений на этот номер; определить, какое из них наше, нельзя.</numerusform>
            </translation>
        </message>
        <message>
            <source>Plivo: listing messages failed: %1</source>
            <translation>Plivo: не удалось получить список сообщений: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::Poller</name>
        <message>
            <source>Cannot poll the account “%1”: %2</source>
            <translation>Не удаётся опросить учётную запись «%1»: %2</translation>
        </message>
        <message>
            <source>Cannot read replies of “%1”: %2</source>
            <translation>Не удаётся прочитать ответы «%1»: %2</translation>
        </message>
        <message>
            <source>Cannot store replies of “%1”: %2</source>
            <translation>Не удаётся сохранить ответы «%1»: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) of “%1” got no final delivery report within %2 days; their outcome stays unknown.</source>
            <translation>
                <numerusform>Для %n сообщения «%1» не получен итоговый отчёт о доставке в течение %2 дн.; его результат остаётся неизвестным.</numerusform>
                <numerusform>Для %n сообщений «%1» не получен итоговый отчёт о доставке в течение %2 дн.; их результат остаётся неизвестным.</numerusform>
                <numerusform>Для %n сообщений «%1» не получен итоговый отчёт о доставке в течение %2 дн.; их результат остаётся неизвестным.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read delivery reports of “%1”: %2</source>
            <translation>Не удаётся прочитать отчёты о доставке «%1»: %2</translation>
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
            <source>The recipient unsubscribed at the provider (%1)</source>
            <translation>Получатель отписался у провайдера (%1)</translation>
        </message>
        <message>
            <source>The provider refused the account “%1”: %2 (error %3).</source>
            <translation>Провайдер отклонил учётную запись «%1»: %2 (ошибка %3).</translation>
        </message>
    </context>
    <context>
        <name>Herald::PollingSession</name>
        <message>
            <source>“%1”: %2</source>
            <translation>«%1»: %2</translation>
        </message>
        <message>
            <source>Replies of “%1” are not polled: %2</source>
            <translation>Ответы «%1» не опрашиваются: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::PreflightDialog</name>
        <message>
            <source>Pre-flight Check — %1</source>
            <translation>Предварительная проверка — %1</translation>
        </message>
        <message>
            <source>Checking every recipient: consent, opt-outs, numbers, quiet hours, parts and cost…</source>
            <translation>Проверка каждого получателя: согласие, отписки, номера, тихие часы, части и стоимость…</translation>
        </message>
        <message>
            <source>Who gets it</source>
            <translation>Кто получит</translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>Аудитория:</translation>
        </message>
        <message>
            <source>Recipients:</source>
            <translation>Получатели:</translation>
        </message>
        <message>
            <source>Sending:</source>
            <translation>Отправка:</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Исключены</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>Length and cost</source>
            <translation>Длина и стоимость</translation>
        </message>
        <message>
            <source>Parts:</source>
            <translation>Части:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Кодировка:</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <translation>Примерная стоимость:</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Получатели</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Части</translation>
        </message>
        <message>
            <source>Price per part</source>
            <translation>Цена за часть</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Стоимость</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <source>Send &amp;Test…</source>
            <translation>&amp;Тестовая отправка…</translation>
        </message>
        <message>
            <source>&amp;Schedule</source>
            <translation>&amp;Запланировать</translation>
        </message>
        <message>
            <source>&amp;Launch</source>
            <translation>&amp;Запустить</translation>
        </message>
        <message>
            <source>The pre-flight check failed: %1</source>
            <translation>Предварительная проверка не удалась: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — marketing campaign: only contacts who agreed to marketing messages, each message ends with the opt-out footer.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — маркетинговая кампания: только контакты, давшие согласие на маркетинговые сообщения; каждое сообщение заканчивается строкой отписки.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — transactional campaign: no marketing consent needed; opted-out and suppressed numbers are still left out.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — транзакционная кампания: согласие на маркетинг не требуется; отписавшиеся номера и номера из стоп-листа всё равно исключаются.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) selected</source>
            <translation>
                <numerusform>Выбран %Ln контакт</numerusform>
                <numerusform>Выбрано %Ln контакта</numerusform>
                <numerusform>Выбрано %Ln контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) get the message</source>
            <translation>
                <numerusform>Сообщение получит %Ln контакт</numerusform>
                <numerusform>Сообщение получат %Ln контакта</numerusform>
                <numerusform>Сообщение получат %Ln контактов</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at once, %2 held to a later time</source>
            <translation>%1 сразу, %2 отложено на более позднее время</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>в %1</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>с %1 по %2</translation>
        </message>
        <message>
            <source>nothing to send</source>
            <translation>нечего отправлять</translation>
        </message>
        <message numerus="yes">
            <source>%1 × %Ln part(s)</source>
            <translation>
                <numerusform>%1 × %Ln часть</numerusform>
                <numerusform>%1 × %Ln части</numerusform>
                <numerusform>%1 × %Ln частей</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in total (%2)</source>
            <translation>Всего %1 (%2)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln recipient(s) in UCS-2 (70 characters per part), forced by: %2</source>
            <translation>
                <numerusform>%1 — %Ln получатель в UCS-2 (70 символов на часть) из-за: %2</numerusform>
                <numerusform>%1 — %Ln получателя в UCS-2 (70 символов на часть) из-за: %2</numerusform>
                <numerusform>%1 — %Ln получателей в UCS-2 (70 символов на часть) из-за: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>Предупреждений нет.</translation>
        </message>
        <message numerus="yes">
            <source>Hands %Ln message(s) to the outbox and starts sending.</source>
            <translation>
                <numerusform>Передаёт %Ln сообщение в очередь отправки и начинает отправку.</numerusform>
                <numerusform>Передаёт %Ln сообщения в очередь отправки и начинает отправку.</numerusform>
                <numerusform>Передаёт %Ln сообщений в очередь отправки и начинает отправку.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody would get this campaign.</source>
            <translation>Эту кампанию никто не получит.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ReplyHeatMap</name>
        <message numerus="yes">
            <source>%1, %2:00–%2:59: %Ln reply(ies)</source>
            <translation>
                <numerusform>%1, %2:00–%2:59: %Ln ответ</numerusform>
                <numerusform>%1, %2:00–%2:59: %Ln ответа</numerusform>
                <numerusform>%1, %2:00–%2:59: %Ln ответов</numerusform>
            </translation>
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
            <source>Built-in segments can't be changed: duplicate it to make your own.</source>
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
        <message>
            <source>Too late to ask the provider again with the same key</source>
            <translation>Слишком поздно повторно обращаться к провайдеру с тем же ключом</translation>
        </message>
        <message>
            <source>The outcome of the message to %1 stays unknown: the provider no longer recognises its key</source>
            <translation>Результат сообщения для %1 остаётся неизвестным: провайдер больше не распознаёт его ключ</translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1: %n message(s) held until the recipients' sending window opens</source>
            <translation>
                <numerusform>Кампания %1: %n сообщение отложено до открытия окна отправки получателей</numerusform>
                <numerusform>Кампания %1: %n сообщения отложены до открытия окна отправки получателей</numerusform>
                <numerusform>Кампания %1: %n сообщений отложены до открытия окна отправки получателей</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot poll for replies and delivery reports: %1</source>
            <translation>Не удаётся запросить ответы и отчёты о доставке: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>Язык системы</translation>
        </message>
        <message numerus="yes">
            <source>%Ln message(s) per person per %1 days</source>
            <translation>
                <numerusform>%Ln сообщение на человека за %1 дн.</numerusform>
                <numerusform>%Ln сообщения на человека за %1 дн.</numerusform>
                <numerusform>%Ln сообщений на человека за %1 дн.</numerusform>
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
        <name>Herald::SmsApiGateway</name>
        <message>
            <source>SMSAPI cannot be asked about a message; send it again with the same key to find out whether it arrived.</source>
            <translation>SMSAPI нельзя запросить о сообщении; отправьте его снова с тем же ключом, чтобы узнать, дошло ли оно.</translation>
        </message>
        <message>
            <source>SMSAPI reports deliveries and replies only to a web address, which a desktop cannot offer; there is nothing to poll.</source>
            <translation>SMSAPI сообщает о доставке и ответах только на веб-адрес, которого у настольного приложения нет; опрашивать нечего.</translation>
        </message>
        <message>
            <source>SMSAPI did not answer: %1</source>
            <translation>SMSAPI не ответил: %1</translation>
        </message>
        <message>
            <source>SMSAPI accepted the token.</source>
            <translation>SMSAPI принял токен.</translation>
        </message>
        <message>
            <source>SMSAPI refused the token (HTTP %1). Check the token, its permissions and the account's allowed IP addresses.</source>
            <translation>SMSAPI отклонил токен (HTTP %1). Проверьте токен, его права и разрешённые IP-адреса учётной записи.</translation>
        </message>
        <message>
            <source>SMSAPI answered HTTP %1 with something unexpected.</source>
            <translation>SMSAPI вернул HTTP %1 с неожиданным ответом.</translation>
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
            <source>Every marketing message ends with the footer in the recipient's language. It is always counted in the message length. Leave a field empty for the default.</source>
            <translation>Каждое маркетинговое сообщение заканчивается строкой отписки на языке получателя. Она всегда учитывается в длине сообщения. Оставьте поле пустым, чтобы использовать вариант по умолчанию.</translation>
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
            <translation>Тестовая отправка — %1</translation>
        </message>
        <message>
            <source>Your own numbers, separated by commas</source>
            <translation>Ваши собственные номера через запятую</translation>
        </message>
        <message>
            <source>&amp;Send Test</source>
            <translation>&amp;Отправить тест</translation>
        </message>
        <message>
            <source>&amp;Numbers:</source>
            <translation>&amp;Номера:</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>Сообщение:</translation>
        </message>
        <message>
            <source>Results:</source>
            <translation>Результаты:</translation>
        </message>
        <message>
            <source>“%1” is not a phone number: %2</source>
            <translation>«%1» не является номером телефона: %2</translation>
        </message>
        <message>
            <source>Type at least one of your own numbers.</source>
            <translation>Введите хотя бы один свой номер.</translation>
        </message>
        <message>
            <source>A test goes to at most 5 numbers.</source>
            <translation>Тест можно отправить не более чем на 5 номеров.</translation>
        </message>
        <message>
            <source>%1: accepted by the provider (%2)</source>
            <translation>%1: принято провайдером (%2)</translation>
        </message>
        <message>
            <source>%1: not sent — %2</source>
            <translation>%1: не отправлено — %2</translation>
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
        <message>
            <source>Twilio: listing messages failed: %1</source>
            <translation>Twilio: не удалось получить список сообщений: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::VonageGateway</name>
        <message>
            <source>%1 of %2 parts were accepted; the rest was refused: %3</source>
            <translation>Принято частей: %1 из %2; остальные отклонены: %3</translation>
        </message>
        <message>
            <source>Vonage refused the report (HTTP 403): the Reports API may not be enabled for this account.</source>
            <translation>Vonage отклонил запрос отчёта (HTTP 403): возможно, для этой учётной записи не включён Reports API.</translation>
        </message>
        <message>
            <source>Vonage answered HTTP %1 while reading reports.</source>
            <translation>Vonage ответил HTTP %1 при чтении отчётов.</translation>
        </message>
        <message>
            <source>Too early to be sure: Vonage's reports may not show the message yet.</source>
            <translation>Слишком рано для уверенности: в отчётах Vonage сообщение может ещё не отображаться.</translation>
        </message>
        <message>
            <source>Without the time and key of the request, Vonage's reports cannot name the message.</source>
            <translation>Без времени и ключа запроса по отчётам Vonage нельзя определить сообщение.</translation>
        </message>
        <message>
            <source>Too many messages to search in Vonage's reports.</source>
            <translation>Слишком много сообщений для поиска в отчётах Vonage.</translation>
        </message>
        <message>
            <source>Vonage accepted the API key and secret.</source>
            <translation>Vonage принял ключ и секрет API.</translation>
        </message>
        <message>
            <source>Vonage accepted the API key and secret, but the Reports API is not enabled: delivery reports and replies cannot be polled.</source>
            <translation>Vonage принял ключ и секрет API, но Reports API не включён: отчёты о доставке и ответы нельзя опрашивать.</translation>
        </message>
        <message>
            <source>Vonage did not answer: %1</source>
            <translation>Vonage не ответил: %1</translation>
        </message>
        <message>
            <source>Vonage refused the API key and secret (HTTP 401).</source>
            <translation>Vonage отклонил ключ и секрет API (HTTP 401).</translation>
        </message>
        <message>
            <source>Vonage answered HTTP %1.</source>
            <translation>Vonage ответил HTTP %1.</translation>
        </message>
        <message>
            <source>Vonage: reading delivery reports failed: %1</source>
            <translation>Vonage: не удалось прочитать отчёты о доставке: %1</translation>
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
        <name>InboundProcessor</name>
        <message>
            <source>Reply %1 (“%2”) is older than a later START of the same number; consent is unchanged.</source>
            <translation>Ответ %1 («%2») старше более позднего START с того же номера; согласие не изменено.</translation>
        </message>
        <message numerus="yes">
            <source>Contact %1 opted out by replying “%2”; %n waiting message(s) cancelled.</source>
            <translation>
                <numerusform>Контакт %1 отписался, ответив «%2»; отменено %n ожидающее сообщение.</numerusform>
                <numerusform>Контакт %1 отписался, ответив «%2»; отменено %n ожидающих сообщения.</numerusform>
                <numerusform>Контакт %1 отписался, ответив «%2»; отменено %n ожидающих сообщений.</numerusform>
            </translation>
        </message>
        <message>
            <source>A number without a contact opted out by replying “%1”; it is on the suppression list now.</source>
            <translation>Номер без контакта отписался, ответив «%1»; теперь он в стоп-листе.</translation>
        </message>
        <message>
            <source>Reply %1 (“%2”) comes from a number without a contact; it stays on the suppression list if it is there.</source>
            <translation>Ответ %1 («%2») пришёл с номера без контакта; номер остаётся в стоп-листе, если он там есть.</translation>
        </message>
        <message>
            <source>Reply %1 (“%2”) is older than a later STOP of the same number; consent is unchanged.</source>
            <translation>Ответ %1 («%2») старше более позднего STOP с того же номера; согласие не изменено.</translation>
        </message>
        <message>
            <source>Contact %1 subscribed again by replying “%2”.</source>
            <translation>Контакт %1 снова подписался, ответив «%2».</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>There are no replies from this person.</source>
            <translation>От этого человека нет ответов.</translation>
        </message>
        <message>
            <source>Contact %1 does not exist (any more).</source>
            <translation>Контакт %1 не существует (или уже удалён).</translation>
        </message>
    </context>
    <context>
        <name>InboxReply</name>
        <message>
            <source>Choose a conversation to reply to.</source>
            <translation>Выберите переписку, на которую нужно ответить.</translation>
        </message>
        <message>
            <source>There is no provider account to send the reply through. Add one in File → Provider Accounts.</source>
            <translation>Нет учётной записи провайдера для отправки ответа. Добавьте её в меню «Файл → Учётные записи провайдеров».</translation>
        </message>
        <message>
            <source>%1 is on the suppression list: this number replied STOP or was opted out, so Herald sends it nothing, not even a reply. If the person texts START, they can be answered again.</source>
            <translation>%1 в стоп-листе: с этого номера ответили STOP или согласие было отозвано, поэтому Herald ничего на него не отправляет, даже ответ. Если человек пришлёт START, ему снова можно будет ответить.</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>Сначала напишите ответ.</translation>
        </message>
        <message>
            <source>The reply has %1 characters; at most %2 can be sent in one message.</source>
            <translation>Длина ответа — %1 симв.; в одном сообщении можно отправить не более %2.</translation>
        </message>
        <message>
            <source>%1 has just been put on the suppression list; the reply was not sent.</source>
            <translation>%1 только что внесён в стоп-лист; ответ не отправлен.</translation>
        </message>
        <message numerus="yes">
            <source>Reply to %1 queued on “%2” (%n part(s)).</source>
            <translation>
                <numerusform>Ответ для %1 поставлен в очередь на отправку через «%2» (%n часть).</numerusform>
                <numerusform>Ответ для %1 поставлен в очередь на отправку через «%2» (%n части).</numerusform>
                <numerusform>Ответ для %1 поставлен в очередь на отправку через «%2» (%n частей).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has not written to you: the inbox only answers replies. To write first, create a campaign.</source>
            <translation>С номера %1 вам не писали: во входящих можно только отвечать на полученные сообщения. Чтобы написать первыми, создайте кампанию.</translation>
        </message>
    </context>
    <context>
        <name>InboxTexts</name>
        <message>
            <source>Queued</source>
            <translation>В очереди</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Отправляется</translation>
        </message>
        <message>
            <source>Handed to the provider</source>
            <translation>Передано провайдеру</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>Не доставлено</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Пропущено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>Результат неизвестен</translation>
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
        <name>Preflight</name>
        <message numerus="yes">
            <source>%n contact(s) have not agreed to marketing messages.</source>
            <translation>
                <numerusform>%n контакт не дал согласия на маркетинговые сообщения.</numerusform>
                <numerusform>%n контакта не дали согласия на маркетинговые сообщения.</numerusform>
                <numerusform>%n контактов не дали согласия на маркетинговые сообщения.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) opted out or are on the suppression list.</source>
            <translation>
                <numerusform>%n контакт отписался или находится в стоп-листе.</numerusform>
                <numerusform>%n контакта отписались или находятся в стоп-листе.</numerusform>
                <numerusform>%n контактов отписались или находятся в стоп-листе.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) already reached the limit of %1 marketing messages in %2 days.</source>
            <translation>
                <numerusform>%n контакт уже достиг лимита: %1 маркетинговых сообщений за %2 дн.</numerusform>
                <numerusform>%n контакта уже достигли лимита: %1 маркетинговых сообщений за %2 дн.</numerusform>
                <numerusform>%n контактов уже достигли лимита: %1 маркетинговых сообщений за %2 дн.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a phone number that is not valid.</source>
            <translation>
                <numerusform>У %n контакта недопустимый номер телефона.</numerusform>
                <numerusform>У %n контактов недопустимый номер телефона.</numerusform>
                <numerusform>У %n контактов недопустимый номер телефона.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a landline number, which cannot receive text messages.</source>
            <translation>
                <numerusform>У %n контакта стационарный номер, который не может принимать SMS.</numerusform>
                <numerusform>У %n контактов стационарные номера, которые не могут принимать SMS.</numerusform>
                <numerusform>У %n контактов стационарные номера, которые не могут принимать SMS.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would be empty once the placeholders are filled in.</source>
            <translation>
                <numerusform>%n сообщение окажется пустым после заполнения подстановок.</numerusform>
                <numerusform>%n сообщения окажутся пустыми после заполнения подстановок.</numerusform>
                <numerusform>%n сообщений окажутся пустыми после заполнения подстановок.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) across segments removed: everyone gets one message.</source>
            <translation>
                <numerusform>Удалён %n дубликат между сегментами: каждый получит одно сообщение.</numerusform>
                <numerusform>Удалено %n дубликата между сегментами: каждый получит одно сообщение.</numerusform>
                <numerusform>Удалено %n дубликатов между сегментами: каждый получит одно сообщение.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pre-flight check was cancelled.</source>
            <translation>Предварительная проверка отменена.</translation>
        </message>
        <message>
            <source>Nobody would get this campaign.</source>
            <translation>Эту кампанию никто не получит.</translation>
        </message>
        <message numerus="yes">
            <source>This marketing message tells none of its %n recipient(s) how to opt out: add the opt-out footer or a “STOP” line.</source>
            <translation>
                <numerusform>Это маркетинговое сообщение не сообщает ни одному из %n получателя, как отписаться: добавьте строку отписки или строку «STOP».</numerusform>
                <numerusform>Это маркетинговое сообщение не сообщает ни одному из %n получателей, как отписаться: добавьте строку отписки или строку «STOP».</numerusform>
                <numerusform>Это маркетинговое сообщение не сообщает ни одному из %n получателей, как отписаться: добавьте строку отписки или строку «STOP».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) in the United States or Canada cannot get messages from the sender name “%1”: networks there accept only phone numbers.</source>
            <translation>
                <numerusform>%n получатель в США или Канаде не может получать сообщения от имени отправителя «%1»: сети там принимают только номера телефонов.</numerusform>
                <numerusform>%n получателя в США или Канаде не могут получать сообщения от имени отправителя «%1»: сети там принимают только номера телефонов.</numerusform>
                <numerusform>%n получателей в США или Канаде не могут получать сообщения от имени отправителя «%1»: сети там принимают только номера телефонов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The provider account cannot report deliveries: you will not know which of the %n message(s) arrived.</source>
            <translation>
                <numerusform>Учётная запись провайдера не сообщает о доставке: вы не узнаете, какие из %n сообщения дошли.</numerusform>
                <numerusform>Учётная запись провайдера не сообщает о доставке: вы не узнаете, какие из %n сообщений дошли.</numerusform>
                <numerusform>Учётная запись провайдера не сообщает о доставке: вы не узнаете, какие из %n сообщений дошли.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The scheduled time %1 has already passed: %n message(s) would go out at once.</source>
            <translation>
                <numerusform>Запланированное время %1 уже прошло: %n сообщение будет отправлено сразу.</numerusform>
                <numerusform>Запланированное время %1 уже прошло: %n сообщения будут отправлены сразу.</numerusform>
                <numerusform>Запланированное время %1 уже прошло: %n сообщений будут отправлены сразу.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 on %2 local time has already passed for %n recipient(s): their messages would go out at once.</source>
            <translation>
                <numerusform>%2 в %1 по местному времени уже прошло для %n получателя: сообщения будут отправлены сразу.</numerusform>
                <numerusform>%2 в %1 по местному времени уже прошло для %n получателей: их сообщения будут отправлены сразу.</numerusform>
                <numerusform>%2 в %1 по местному времени уже прошло для %n получателей: их сообщения будут отправлены сразу.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The message uses {shop}, but the shop name is not set: %n message(s) would have a gap there.</source>
            <translation>
                <numerusform>В сообщении используется {shop}, но название магазина не задано: в %n сообщении на этом месте будет пропуск.</numerusform>
                <numerusform>В сообщении используется {shop}, но название магазина не задано: в %n сообщениях на этом месте будет пропуск.</numerusform>
                <numerusform>В сообщении используется {shop}, но название магазина не задано: в %n сообщениях на этом месте будет пропуск.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) have no “%1”: they get “%2” exactly as written.</source>
            <translation>
                <numerusform>У %n получателя нет поля «%1»: вместо него будет подставлено «%2» в точности как написано.</numerusform>
                <numerusform>У %n получателей нет поля «%1»: вместо него будет подставлено «%2» в точности как написано.</numerusform>
                <numerusform>У %n получателей нет поля «%1»: вместо него будет подставлено «%2» в точности как написано.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) go out in UCS-2 (70 characters per part instead of 160) because of: %1</source>
            <translation>
                <numerusform>%n сообщение будет отправлено в UCS-2 (70 символов на часть вместо 160) из-за: %1</numerusform>
                <numerusform>%n сообщения будут отправлены в UCS-2 (70 символов на часть вместо 160) из-за: %1</numerusform>
                <numerusform>%n сообщений будут отправлены в UCS-2 (70 символов на часть вместо 160) из-за: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) fall outside %1–%2 in the recipient's time zone and wait for the next morning.</source>
            <translation>
                <numerusform>%n сообщение приходится на время вне интервала %1–%2 по часовому поясу получателя и будет ждать до следующего утра.</numerusform>
                <numerusform>%n сообщения приходятся на время вне интервала %1–%2 по часовому поясу получателя и будут ждать до следующего утра.</numerusform>
                <numerusform>%n сообщений приходятся на время вне интервала %1–%2 по часовому поясу получателя и будут ждать до следующего утра.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would arrive on a Sunday and wait until Monday.</source>
            <translation>
                <numerusform>%n сообщение придётся на воскресенье и будет отложено до понедельника.</numerusform>
                <numerusform>%n сообщения придутся на воскресенье и будут отложены до понедельника.</numerusform>
                <numerusform>%n сообщений придутся на воскресенье и будут отложены до понедельника.</numerusform>
            </translation>
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
        <message>
            <source>An Infobip account needs its personal API address: --base-url https://xxxxx.api.infobip.com</source>
            <translation>Для учётной записи Infobip нужен её персональный адрес API: --base-url https://xxxxx.api.infobip.com</translation>
        </message>
        <message>
            <source>A Plivo account needs its Auth ID (20 letters and digits, e.g. MA…): --option auth_id=MA…</source>
            <translation>Для учётной записи Plivo нужен её Auth ID (20 букв и цифр, например MA…): --option auth_id=MA…</translation>
        </message>
        <message>
            <source>A Plivo account needs a sender (--from +1…) or a Powerpack: --option powerpack_uuid=…</source>
            <translation>Для учётной записи Plivo нужен отправитель (--from +1…) или Powerpack: --option powerpack_uuid=…</translation>
        </message>
        <message>
            <source>A Vonage account needs its API key (8 letters and digits): --option api_key=…</source>
            <translation>Для учётной записи Vonage нужен её ключ API (8 букв и цифр): --option api_key=…</translation>
        </message>
        <message>
            <source>A Vonage account needs a sender, a number or a name: --from …</source>
            <translation>Для учётной записи Vonage нужен отправитель — номер или имя: --from …</translation>
        </message>
        <message>
            <source>“%1” is not an SMSAPI sender name (up to 11 letters and digits, or a number).</source>
            <translation>«%1» не является именем отправителя SMSAPI (до 11 букв и цифр или номер).</translation>
        </message>
    </context>
    <context>
        <name>ReplyTexts</name>
        <message>
            <source>The answer to HELP must tell people to reply STOP to unsubscribe.</source>
            <translation>Ответ на HELP должен сообщать, что для отписки нужно ответить STOP.</translation>
        </message>
        <message>
            <source>The opt-out confirmation must tell people to reply START to subscribe again.</source>
            <translation>Подтверждение отписки должно сообщать, что для повторной подписки нужно ответить START.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <source>Delivery rate</source>
            <translation>Доля доставленных</translation>
        </message>
        <message>
            <source>%1 delivered of %2 sent</source>
            <translation>Доставлено %1 из %2 отправленных</translation>
        </message>
        <message>
            <source>Opt-out rate (7 days)</source>
            <translation>Доля отписок (7 дней)</translation>
        </message>
        <message>
            <source>above the %1 benchmark</source>
            <translation>выше ориентира %1</translation>
        </message>
        <message>
            <source>benchmark %1</source>
            <translation>ориентир %1</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Доля ответов</translation>
        </message>
        <message>
            <source>%1 people replied (%2 replies)</source>
            <translation>Ответили человек: %1 (ответов: %2)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Стоимость</translation>
        </message>
        <message>
            <source>%1 reported by the provider, %2 estimated</source>
            <translation>%1 по данным провайдера, %2 по оценке</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Части</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Ещё не отправлено</translation>
        </message>
        <message>
            <source>Waiting for a delivery report</source>
            <translation>Ожидается отчёт о доставке</translation>
        </message>
        <message>
            <source>A PDF report needs the graphical libraries (no QApplication is running).</source>
            <translation>Для отчёта PDF нужны графические библиотеки (QApplication не запущен).</translation>
        </message>
        <message>
            <source>Campaign report: %1</source>
            <translation>Отчёт о кампании: %1</translation>
        </message>
        <message>
            <source>Cannot write the PDF “%1”.</source>
            <translation>Не удаётся записать PDF «%1».</translation>
        </message>
        <message>
            <source>not launched</source>
            <translation>не запущена</translation>
        </message>
        <message>
            <source>Campaign %1 · %2 · %3 · provider %4</source>
            <translation>Кампания %1 · %2 · %3 · провайдер %4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Launched: %1 · Report made: %2</source>
            <translation>Запущена: %1 · Отчёт составлен: %2</translation>
        </message>
        <message>
            <source>Why messages were not delivered</source>
            <translation>Почему сообщения не доставлены</translation>
        </message>
        <message>
            <source>No message failed.</source>
            <translation>Ни одно сообщение не завершилось ошибкой.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Сообщения</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>How the figures are counted</source>
            <translation>Как считаются показатели</translation>
        </message>
        <message>
            <source>Targeted: every recipient the campaign addressed; people left out by consent or the suppression list at launch are not included.</source>
            <translation>Адресовано: все получатели, которым была адресована кампания; люди, исключённые при запуске из-за согласия или стоп-листа, не учитываются.</translation>
        </message>
        <message>
            <source>Excluded: skipped (frequency cap, invalid number, landline) or cancelled (opted out after the launch).</source>
            <translation>Исключено: пропущенные (ограничение частоты, недопустимый номер, стационарный номер) или отменённые (отписка после запуска).</translation>
        </message>
        <message>
            <source>Sent: handed to the provider. Delivery rate = delivered ÷ sent.</source>
            <translation>Отправлено: передано провайдеру. Доля доставленных = доставлено ÷ отправлено.</translation>
        </message>
        <message>
            <source>Opt-out rate = people who opted out within 7 days of the launch ÷ sent; the industry benchmark is %1.</source>
            <translation>Доля отписок = люди, отписавшиеся в течение 7 дней после запуска ÷ отправлено; отраслевой ориентир — %1.</translation>
        </message>
        <message>
            <source>Reply rate = people who replied (other than STOP or START) ÷ sent.</source>
            <translation>Доля ответов = люди, которые ответили (не считая STOP и START) ÷ отправлено.</translation>
        </message>
        <message>
            <source>Cost: the price the provider reported, or the estimate made at launch where no price was reported.</source>
            <translation>Стоимость: цена, сообщённая провайдером, или оценка, сделанная при запуске, если цена не сообщалась.</translation>
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
            <source>The contact's tags. Tag names are compared ignoring case.</source>
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
            <source>The contact's birthday in the current year, counted in days from today. People born on 29 February celebrate on 28 February in other years.</source>
            <translation>День рождения контакта в текущем году, в днях от сегодняшнего дня. Родившиеся 29 февраля в остальные годы отмечают 28 февраля.</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>Сумма покупок</translation>
        </message>
        <message>
            <source>Everything the contact has spent in the shop, in the shop's currency.</source>
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
            <source>The segment rules' “match” must be “all” or “any”.</source>
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
            <source>rule %1: a custom field rule needs the field's “name”.</source>
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
            <source>rule %1: a custom field rule needs the field's “name”.</source>
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
        <name>SenderId</name>
        <message>
            <source>The campaign has no sender: set one on the provider account or the campaign.</source>
            <translation>У кампании нет отправителя: укажите его в учётной записи провайдера или в кампании.</translation>
        </message>
        <message>
            <source>The sender “%1” has more than %2 digits.</source>
            <translation>В отправителе «%1» больше %2 цифр.</translation>
        </message>
        <message>
            <source>The sender “%1” starts with “+” but is not a phone number.</source>
            <translation>Отправитель «%1» начинается с «+», но не является номером телефона.</translation>
        </message>
        <message>
            <source>The sender name “%1” is longer than %2 characters.</source>
            <translation>Имя отправителя «%1» длиннее %2 символов.</translation>
        </message>
        <message>
            <source>The sender name “%1” contains “%2”, which is not a plain GSM character.</source>
            <translation>Имя отправителя «%1» содержит «%2» — символ, которого нет в базовом алфавите GSM.</translation>
        </message>
        <message>
            <source>The sender name “%1” needs at least one letter.</source>
            <translation>В имени отправителя «%1» должна быть хотя бы одна буква.</translation>
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
            <source>in each recipient's local time</source>
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
