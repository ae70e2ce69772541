<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AccountCredentials</name>
        <message>
            <source>No secret is stored for the account “%1”. Save one in Herald’s Accounts dialog or with herald-cli account set-secret "%1" (the secret on standard input), or pass --secret-env VARIABLE.</source>
            <translation>لا يوجد سر محفوظ للحساب «%1». احفظ سرًا في نافذة «الحسابات» في Herald أو باستخدام herald-cli account set-secret "%1" (مع تمرير السر عبر الإدخال القياسي)، أو مرّر --secret-env VARIABLE.</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: the environment variable %2 is not set and the system keychain holds no secret for it.</source>
            <translation>لا يوجد سر للحساب «%1»: متغير البيئة %2 غير معيّن ولا تحتوي سلسلة مفاتيح النظام على سر له.</translation>
        </message>
        <message>
            <source>The secret of the account “%1” cannot be read: %2</source>
            <translation>تعذّرت قراءة سر الحساب «%1»: %2</translation>
        </message>
        <message>
            <source>The environment variable %1 is not set, and the secret of the account “%2” cannot be read from the keychain: %3</source>
            <translation>متغير البيئة %1 غير معيّن، وتعذّرت قراءة سر الحساب «%2» من سلسلة المفاتيح: %3</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
            <translation>لا يوجد سر للحساب «%1»: مرّر --secret-env VARIABLE.</translation>
        </message>
        <message>
            <source>The environment variable %1 is empty or not set.</source>
            <translation>متغير البيئة %1 فارغ أو غير معيّن.</translation>
        </message>
        <message>
            <source>The credentials could not be read.</source>
            <translation>تعذّرت قراءة بيانات الاعتماد.</translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <source>An account named “%1” already exists.</source>
            <translation>يوجد حساب باسم «%1» بالفعل.</translation>
        </message>
        <message numerus="yes">
            <source>The account “%1” is used by %n campaign(s) that have not finished. Let them finish or cancel them first.</source>
            <translation>
                <numerusform>يُستخدم الحساب «%1» في %n من الحملات التي لم تنتهِ بعد. انتظر حتى تنتهي أو ألغِها أولًا.</numerusform>
                <numerusform>يُستخدم الحساب «%1» في %n حملة لم تنتهِ بعد. انتظر حتى تنتهي أو ألغِها أولًا.</numerusform>
                <numerusform>يُستخدم الحساب «%1» في %n حملتين لم تنتهيا بعد. انتظر حتى تنتهيا أو ألغِهما أولًا.</numerusform>
                <numerusform>يُستخدم الحساب «%1» في %n حملات لم تنتهِ بعد. انتظر حتى تنتهي أو ألغِها أولًا.</numerusform>
                <numerusform>يُستخدم الحساب «%1» في %n حملة لم تنتهِ بعد. انتظر حتى تنتهي أو ألغِها أولًا.</numerusform>
                <numerusform>يُستخدم الحساب «%1» في %n حملة لم تنتهِ بعد. انتظر حتى تنتهي أو ألغِها أولًا.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnalyticsCharts</name>
        <message>
            <source>Targeted</source>
            <translation>المستهدفة</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>المستبعدة</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>مُرسلة</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>مُسلّمة</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>فاشلة</translation>
        </message>
        <message>
            <source>Undelivered</source>
            <translation>غير مُسلّمة</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروفة</translation>
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
            <translation>المستلمون</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>funnel step: count</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Deliveries over time</source>
            <translation>عمليات التسليم بمرور الوقت</translation>
        </message>
        <message>
            <source>Delivered per day</source>
            <translation>المُسلّمة يوميًا</translation>
        </message>
        <message>
            <source>Delivered per hour</source>
            <translation>المُسلّمة في كل ساعة</translation>
        </message>
        <message>
            <source>Delivered per 15 minutes</source>
            <translation>المُسلّمة في كل 15 دقيقة</translation>
        </message>
        <message>
            <source>Delivered in total</source>
            <translation>المُسلّمة إجمالًا</translation>
        </message>
        <message>
            <source>Delivery rate per month</source>
            <translation>معدل التسليم شهريًا</translation>
        </message>
        <message>
            <source>Delivery rate</source>
            <translation>معدل التسليم</translation>
        </message>
        <message>
            <source>No campaigns yet</source>
            <translation>لا توجد حملات بعد</translation>
        </message>
        <message>
            <source>%</source>
            <comment>axis unit: percent</comment>
            <translation>%</translation>
        </message>
        <message>
            <source>Opt-out and reply rates per month</source>
            <translation>معدلا إلغاء الاشتراك والرد شهريًا</translation>
        </message>
        <message>
            <source>Opt-out rate</source>
            <translation>معدل إلغاء الاشتراك</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>معدل الرد</translation>
        </message>
        <message>
            <source>Benchmark %1</source>
            <translation>المعيار المرجعي %1</translation>
        </message>
        <message>
            <source>Cost per month (%1)</source>
            <translation>التكلفة الشهرية (%1)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>التكلفة</translation>
        </message>
        <message>
            <source>Marketing messages per contact per month (last 12 months)</source>
            <translation>الرسائل التسويقية لكل جهة اتصال شهريًا (آخر 12 شهرًا)</translation>
        </message>
        <message>
            <source>Fewer than %1</source>
            <translation>أقل من %1</translation>
        </message>
        <message>
            <source>%1–%2: the guideline</source>
            <translation>%1–%2: النطاق الإرشادي</translation>
        </message>
        <message>
            <source>More than %1</source>
            <translation>أكثر من %1</translation>
        </message>
        <message>
            <source>%1+</source>
            <translation>%1+</translation>
        </message>
        <message>
            <source>Messages in the month</source>
            <translation>الرسائل في الشهر</translation>
        </message>
        <message>
            <source>Contact-months</source>
            <translation>حالات (جهة اتصال في شهر)</translation>
        </message>
    </context>
    <context>
        <name>AudienceAnalyzer</name>
        <message>
            <source>nobody</source>
            <translation>لا أحد</translation>
        </message>
        <message numerus="yes">
            <source>%1% %Ln part(s)</source>
            <translation>
                <numerusform>%1% — %Ln أجزاء</numerusform>
                <numerusform>%1% — %Ln جزء</numerusform>
                <numerusform>%1% — %Ln جزآن</numerusform>
                <numerusform>%1% — %Ln أجزاء</numerusform>
                <numerusform>%1% — %Ln جزء</numerusform>
                <numerusform>%1% — %Ln جزء</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>أُلغي.</translation>
        </message>
    </context>
    <context>
        <name>CampaignAnalytics</name>
        <message>
            <source>There is no campaign %1.</source>
            <translation>لا توجد حملة %1.</translation>
        </message>
    </context>
    <context>
        <name>CampaignRepository</name>
        <message>
            <source>A campaign needs a name.</source>
            <translation>تحتاج الحملة إلى اسم.</translation>
        </message>
        <message>
            <source>A campaign needs a message.</source>
            <translation>تحتاج الحملة إلى رسالة.</translation>
        </message>
        <message>
            <source>Choose who gets the campaign: all contacts or one or more segments.</source>
            <translation>اختر من يتلقى الحملة: جميع جهات الاتصال أو شريحة واحدة أو أكثر.</translation>
        </message>
        <message>
            <source>There is no campaign %1.</source>
            <translation>لا توجد حملة %1.</translation>
        </message>
        <message>
            <source>Campaign %1 was already launched (it is %2).</source>
            <translation>تم إطلاق الحملة %1 بالفعل (حالتها: %2).</translation>
        </message>
        <message>
            <source>A scheduled campaign needs a date and time.</source>
            <translation>تحتاج الحملة المجدولة إلى تاريخ ووقت.</translation>
        </message>
        <message>
            <source>A campaign sent at each recipient's local time needs a date and a time of day.</source>
            <translation>تحتاج الحملة التي تُرسل بالتوقيت المحلي لكل مستلم إلى تاريخ ووقت من اليوم.</translation>
        </message>
        <message>
            <source>Only a draft can be scheduled; campaign %1 is %2.</source>
            <translation>لا يمكن جدولة إلا المسودة؛ الحملة %1 حالتها: %2.</translation>
        </message>
        <message>
            <source>Campaign %1 has no schedule: launch it instead.</source>
            <translation>الحملة %1 ليس لها موعد مجدول: أطلقها بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>The scheduled time of campaign %1 has already passed.</source>
            <translation>انقضى بالفعل الموعد المجدول للحملة %1.</translation>
        </message>
        <message>
            <source>The local send time of campaign %1 has already passed everywhere.</source>
            <translation>انقضى بالفعل وقت الإرسال المحلي للحملة %1 في كل المناطق.</translation>
        </message>
        <message>
            <source>Only a draft can be changed; campaign %1 is %2.</source>
            <translation>لا يمكن تغيير إلا المسودة؛ الحملة %1 حالتها: %2.</translation>
        </message>
        <message>
            <source>Campaign %1 is no longer a draft.</source>
            <translation>لم تعد الحملة %1 مسودة.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted; campaign %1 is not one.</source>
            <translation>لا يمكن حذف إلا المسودة؛ الحملة %1 ليست مسودة.</translation>
        </message>
        <message>
            <source>Failed messages can be retried once campaign %1 has finished or is paused.</source>
            <translation>يمكن إعادة محاولة إرسال الرسائل الفاشلة بعد انتهاء الحملة %1 أو إيقافها مؤقتًا.</translation>
        </message>
    </context>
    <context>
        <name>CliContext</name>
        <message>
            <source>usage: %1</source>
            <translation>الاستخدام: %1</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>Other (columns guessed from their names)</source>
            <translation>أخرى (تُستنتج الأعمدة من أسمائها)</translation>
        </message>
        <message>
            <source>Herald export</source>
            <translation>تصدير Herald</translation>
        </message>
        <message>
            <source>Shopify customers</source>
            <translation>عملاء Shopify</translation>
        </message>
        <message>
            <source>Shopify customers (older export)</source>
            <translation>عملاء Shopify (تصدير أقدم)</translation>
        </message>
        <message>
            <source>WooCommerce customers</source>
            <translation>عملاء WooCommerce</translation>
        </message>
        <message>
            <source>Google Contacts</source>
            <translation>جهات اتصال Google</translation>
        </message>
        <message>
            <source>Outlook contacts</source>
            <translation>جهات اتصال Outlook</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>عدم الاستيراد</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>المنطقة الزمنية</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>إجمالي الإنفاق</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>آخر طلب</translation>
        </message>
        <message>
            <source>SMS marketing consent</source>
            <translation>الموافقة على التسويق عبر SMS</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>تاريخ الموافقة</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>حقل مخصص</translation>
        </message>
    </context>
    <context>
        <name>CommandRegistry</name>
        <message>
            <source>usage: herald-cli [--db PATH] [--json] COMMAND [ARGS…]</source>
            <translation>الاستخدام: herald-cli [--db PATH] [--json] COMMAND [ARGS…]</translation>
        </message>
        <message>
            <source>Herald's command line: everything the app does, headless.</source>
            <translation>سطر أوامر Herald: كل ما يفعله التطبيق، دون واجهة رسومية.</translation>
        </message>
        <message>
            <source>Global options:</source>
            <translation>خيارات عامة:</translation>
        </message>
        <message>
            <source>workspace file (default: %1)</source>
            <translation>ملف مساحة العمل (الافتراضي: %1)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>مخرجات قابلة للقراءة آليًا</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>عرض هذه المساعدة</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>الأوامر:</translation>
        </message>
        <message>
            <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
            <translation>رموز الخروج: 0 نجاح، 1 فشلت العملية، 2 استخدام خاطئ أو مدخلات خاطئة.</translation>
        </message>
        <message>
            <source>--db needs a file path</source>
            <translation>يحتاج --db إلى مسار ملف</translation>
        </message>
        <message>
            <source>unknown command “%1”; see herald-cli --help</source>
            <translation>أمر غير معروف «%1»؛ راجع herald-cli --help</translation>
        </message>
        <message>
            <source>--limit must be a positive number</source>
            <translation>يجب أن يكون --limit عددًا موجبًا</translation>
        </message>
        <message>
            <source>--after must be a contact id</source>
            <translation>يجب أن يكون --after معرّف جهة اتصال</translation>
        </message>
        <message>
            <source>unexpected argument “%1”</source>
            <translation>وسيط غير متوقع «%1»</translation>
        </message>
        <message>
            <source>contacts show needs one contact id</source>
            <translation>يحتاج contacts show إلى معرّف جهة اتصال واحد</translation>
        </message>
        <message>
            <source>contacts needs a subcommand</source>
            <translation>يحتاج contacts إلى أمر فرعي</translation>
        </message>
        <message>
            <source>unknown contacts subcommand “%1”</source>
            <translation>أمر فرعي غير معروف لـ contacts: «%1»</translation>
        </message>
        <message>
            <source>contacts count takes no arguments</source>
            <translation>لا يقبل contacts count أي وسائط</translation>
        </message>
        <message>
            <source>version takes no arguments</source>
            <translation>لا يقبل version أي وسائط</translation>
        </message>
        <message>
            <source>--count must be a number from 1 to 100000</source>
            <translation>يجب أن يكون --count عددًا من 1 إلى 100000</translation>
        </message>
        <message>
            <source>Workspace ready: %1</source>
            <translation>مساحة العمل جاهزة: %1</translation>
        </message>
        <message numerus="yes">
            <source>Added %n demo contact(s).</source>
            <translation>
                <numerusform>تمت إضافة %n من جهات الاتصال التجريبية.</numerusform>
                <numerusform>تمت إضافة %n من جهات الاتصال التجريبية.</numerusform>
                <numerusform>تمت إضافة %n من جهات الاتصال التجريبية.</numerusform>
                <numerusform>تمت إضافة %n من جهات الاتصال التجريبية.</numerusform>
                <numerusform>تمت إضافة %n من جهات الاتصال التجريبية.</numerusform>
                <numerusform>تمت إضافة %n من جهات الاتصال التجريبية.</numerusform>
            </translation>
        </message>
        <message>
            <source>print the version</source>
            <translation>عرض الإصدار</translation>
        </message>
        <message>
            <source>create the workspace (with --demo: invented contacts to try Herald with)</source>
            <translation>إنشاء مساحة العمل (مع --demo: جهات اتصال وهمية لتجربة Herald)</translation>
        </message>
        <message>
            <source>septets</source>
            <translation>سباعيات</translation>
        </message>
        <message>
            <source>UTF-16 code units</source>
            <translation>وحدات ترميز UTF-16</translation>
        </message>
        <message>
            <source>Encoding:   %1</source>
            <translation>الترميز:       %1</translation>
        </message>
        <message>
            <source>Parts:      %1 (%2)</source>
            <translation>الأجزاء:       %1 (%2)</translation>
        </message>
        <message>
            <source>Units:      %1 %2</source>
            <translation>الوحدات:       %1 %2</translation>
        </message>
        <message>
            <source>Characters: %1</source>
            <translation>الأحرف:        %1</translation>
        </message>
        <message>
            <source>Left:       %1 in the last part</source>
            <translation>المتبقي:       %1 في الجزء الأخير</translation>
        </message>
        <message>
            <source>Not GSM-7:  %1</source>
            <translation>خارج GSM-7:    %1</translation>
        </message>
        <message>
            <source>expected a JSON object {"id":…,"text":…}</source>
            <translation>كان المتوقع كائن JSON {"id":…,"text":…}</translation>
        </message>
        <message>
            <source>"text" must be a string</source>
            <translation>يجب أن يكون "text" سلسلة نصية</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>السطر %1: %2</translation>
        </message>
        <message>
            <source>count takes one TEXT; quote it</source>
            <translation>يقبل count نصًا واحدًا TEXT؛ ضعه بين علامتي اقتباس</translation>
        </message>
        <message>
            <source>count --jsonl reads stdin and takes no TEXT</source>
            <translation>يقرأ count --jsonl من stdin ولا يقبل TEXT</translation>
        </message>
        <message>
            <source>stdin is not valid UTF-8</source>
            <translation>stdin ليس UTF-8 صالحًا</translation>
        </message>
        <message>
            <source>count the encoding, parts and units of an SMS text (TEXT, or stdin)</source>
            <translation>حساب الترميز والأجزاء والوحدات لنص SMS ‏(TEXT أو stdin)</translation>
        </message>
        <message>
            <source>template show needs one template id</source>
            <translation>يحتاج template show إلى معرّف قالب واحد</translation>
        </message>
        <message>
            <source>--contact must be a contact id</source>
            <translation>يجب أن يكون --contact معرّف جهة اتصال</translation>
        </message>
        <message>
            <source>“%1” is not a template id</source>
            <translation>«%1» ليس معرّف قالب</translation>
        </message>
        <message>
            <source>template render needs a template id and --contact ID</source>
            <translation>يحتاج template render إلى معرّف قالب و--contact ID</translation>
        </message>
        <message>
            <source>template add needs --name and --body</source>
            <translation>يحتاج template add إلى --name و--body</translation>
        </message>
        <message>
            <source>--kind must be “marketing” or “transactional”, not “%1”</source>
            <translation>يجب أن تكون قيمة --kind «marketing» أو «transactional»، وليس «%1»</translation>
        </message>
        <message>
            <source>Added template %1.</source>
            <translation>تمت إضافة القالب %1.</translation>
        </message>
        <message>
            <source>template delete needs one template id</source>
            <translation>يحتاج template delete إلى معرّف قالب واحد</translation>
        </message>
        <message>
            <source>Deleted template %1.</source>
            <translation>تم حذف القالب %1.</translation>
        </message>
        <message>
            <source>template needs a subcommand</source>
            <translation>يحتاج template إلى أمر فرعي</translation>
        </message>
        <message>
            <source>unknown template subcommand “%1”</source>
            <translation>أمر فرعي غير معروف لـ template: «%1»</translation>
        </message>
        <message>
            <source>list, show, render, add or delete message templates</source>
            <translation>سرد قوالب الرسائل أو عرضها أو تطبيقها أو إضافتها أو حذفها</translation>
        </message>
        <message>
            <source>--rate must be a number of messages per second</source>
            <translation>يجب أن يكون --rate عدد الرسائل في الثانية</translation>
        </message>
        <message>
            <source>--option needs KEY=VALUE</source>
            <translation>يحتاج --option إلى KEY=VALUE</translation>
        </message>
        <message>
            <source>account add needs --name and --provider</source>
            <translation>يحتاج account add إلى --name و--provider</translation>
        </message>
        <message>
            <source>Added account %1 (%2).</source>
            <translation>تمت إضافة الحساب %1 (%2).</translation>
        </message>
        <message>
            <source>account needs a subcommand</source>
            <translation>يحتاج account إلى أمر فرعي</translation>
        </message>
        <message>
            <source>unknown account subcommand “%1”</source>
            <translation>أمر فرعي غير معروف لـ account: «%1»</translation>
        </message>
        <message>
            <source>Campaign %1 “%2”: %3</source>
            <translation>الحملة %1 «%2»: %3</translation>
        </message>
        <message>
            <source>Paused because: %1</source>
            <translation>أُوقفت مؤقتًا بسبب: %1</translation>
        </message>
        <message>
            <source>bad value for %1</source>
            <translation>قيمة غير صالحة لـ %1</translation>
        </message>
        <message>
            <source>campaign create needs --name, --body or --template, and --all or --segment</source>
            <translation>يحتاج campaign create إلى --name و--body أو --template، و--all أو --segment</translation>
        </message>
        <message>
            <source>There is no template %1.</source>
            <translation>لا يوجد قالب %1.</translation>
        </message>
        <message>
            <source>Created campaign %1.</source>
            <translation>تم إنشاء الحملة %1.</translation>
        </message>
        <message>
            <source>which campaign? Give its id</source>
            <translation>أي حملة؟ أدخل معرّفها</translation>
        </message>
        <message>
            <source>Campaign %1 has not been launched.</source>
            <translation>لم يتم إطلاق الحملة %1.</translation>
        </message>
        <message>
            <source>Campaign %1 is paused; resume it with: campaign resume %1</source>
            <translation>الحملة %1 متوقفة مؤقتًا؛ استأنفها باستخدام: campaign resume %1</translation>
        </message>
        <message>
            <source>Campaign %1 is not sending (it is %2).</source>
            <translation>الحملة %1 لا يجري إرسالها (حالتها: %2).</translation>
        </message>
        <message>
            <source>Campaign %1 is already %2.</source>
            <translation>الحملة %1 في حالة %2 بالفعل.</translation>
        </message>
        <message>
            <source>campaign needs a subcommand</source>
            <translation>يحتاج campaign إلى أمر فرعي</translation>
        </message>
        <message>
            <source>unknown campaign subcommand “%1”</source>
            <translation>أمر فرعي غير معروف لـ campaign: «%1»</translation>
        </message>
        <message>
            <source>campaign %1 needs one campaign id</source>
            <translation>يحتاج campaign %1 إلى معرّف حملة واحد</translation>
        </message>
        <message>
            <source>unknown profile “%1”; profiles: %2</source>
            <translation>ملف تعريف غير معروف «%1»؛ ملفات التعريف المتاحة: %2</translation>
        </message>
        <message>
            <source>Simulator running (profile %1); ledger at %2/_simulator/ledger.json. Stop it with Ctrl+C.</source>
            <translation>المحاكي قيد التشغيل (ملف التعريف %1)؛ السجل في %2/_simulator/ledger.json. أوقفه بالضغط على Ctrl+C.</translation>
        </message>
        <message numerus="yes">
            <source>Simulator stopped after %n message(s).</source>
            <translation>
                <numerusform>توقف المحاكي بعد %n رسائل.</numerusform>
                <numerusform>توقف المحاكي بعد %n رسالة.</numerusform>
                <numerusform>توقف المحاكي بعد %n رسالتين.</numerusform>
                <numerusform>توقف المحاكي بعد %n رسائل.</numerusform>
                <numerusform>توقف المحاكي بعد %n رسالة.</numerusform>
                <numerusform>توقف المحاكي بعد %n رسالة.</numerusform>
            </translation>
        </message>
        <message>
            <source>run the SMS provider Simulator on 127.0.0.1 until stopped</source>
            <translation>تشغيل محاكي مزوّد SMS على 127.0.0.1 حتى يتم إيقافه</translation>
        </message>
        <message>
            <source>Contact %1 erased; only a keyed hash of the number stays on the suppression list.</source>
            <translation>تم محو جهة الاتصال %1؛ لا يبقى في قائمة الاستبعاد سوى تجزئة مفتاحية للرقم.</translation>
        </message>
        <message>
            <source>contacts %1 needs one contact id</source>
            <translation>يحتاج contacts %1 إلى معرّف جهة اتصال واحد</translation>
        </message>
        <message>
            <source>count, list, show, erase or export (GDPR) the workspace's contacts</source>
            <translation>عدّ جهات اتصال مساحة العمل أو سردها أو عرضها أو محوها أو تصديرها (GDPR)</translation>
        </message>
        <message>
            <source>unknown region “%1”</source>
            <translation>منطقة غير معروفة «%1»</translation>
        </message>
        <message>
            <source>Format: %1, %2, delimiter %3</source>
            <translation>التنسيق: %1، %2، الفاصل %3</translation>
        </message>
        <message>
            <source>Rows: %1</source>
            <translation>الصفوف: %1</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>المستورَدة: %1</translation>
        </message>
        <message>
            <source>Updated: %1</source>
            <translation>المحدَّثة: %1</translation>
        </message>
        <message>
            <source>Duplicates: %1</source>
            <translation>المكررة: %1</translation>
        </message>
        <message>
            <source>Invalid: %1</source>
            <translation>غير الصالحة: %1</translation>
        </message>
        <message>
            <source>Suppressed (kept opted out): %1</source>
            <translation>المستبعدة (تبقى ملغاة الاشتراك): %1</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>السطر %1: %2</translation>
        </message>
        <message>
            <source>Line %1 (warning): %2</source>
            <translation>السطر %1 (تحذير): %2</translation>
        </message>
        <message>
            <source>Rejected rows written to %1</source>
            <translation>كُتبت الصفوف المرفوضة في %1</translation>
        </message>
        <message>
            <source>unknown preset “%1” (generic, herald, shopify, shopify-legacy, woocommerce, google, outlook)</source>
            <translation>إعداد مسبق غير معروف «%1» (generic، herald، shopify، shopify-legacy، woocommerce، google، outlook)</translation>
        </message>
        <message>
            <source>--on-duplicate must be update or skip</source>
            <translation>يجب أن تكون قيمة --on-duplicate هي update أو skip</translation>
        </message>
        <message>
            <source>--delimiter must be one character or TAB</source>
            <translation>يجب أن يكون --delimiter حرفًا واحدًا أو TAB</translation>
        </message>
        <message>
            <source>import needs a CSV file</source>
            <translation>يحتاج import إلى ملف CSV</translation>
        </message>
        <message>
            <source>“%1” does not exist</source>
            <translation>«%1» غير موجود</translation>
        </message>
        <message>
            <source>--map %1: expected COLUMN=FIELD with a column of the file and a field (phone, first_name, last_name, name, email, country, city, language, time_zone, birthday, total_spent, currency, orders, last_order, consent, consent_date, tags, custom:NAME, ignore)</source>
            <translation>--map %1: كان المتوقع COLUMN=FIELD مع عمود من الملف وحقل (phone، first_name، last_name، name، email، country، city، language، time_zone، birthday، total_spent، currency، orders، last_order، consent، consent_date، tags، custom:NAME، ignore)</translation>
        </message>
        <message>
            <source>--segment must be a segment id</source>
            <translation>يجب أن يكون --segment معرّف شريحة</translation>
        </message>
        <message>
            <source>export needs an output file</source>
            <translation>يحتاج export إلى ملف إخراج</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to %1</source>
            <translation>
                <numerusform>تم تصدير %n من جهات الاتصال إلى %1</numerusform>
                <numerusform>تم تصدير %n من جهات الاتصال إلى %1</numerusform>
                <numerusform>تم تصدير %n من جهات الاتصال إلى %1</numerusform>
                <numerusform>تم تصدير %n من جهات الاتصال إلى %1</numerusform>
                <numerusform>تم تصدير %n من جهات الاتصال إلى %1</numerusform>
                <numerusform>تم تصدير %n من جهات الاتصال إلى %1</numerusform>
            </translation>
        </message>
        <message>
            <source>normalise phone numbers from stdin (raw or raw&lt;TAB&gt;CC per line) to E.164</source>
            <translation>توحيد أرقام الهواتف من stdin (رقم خام أو رقم&lt;TAB&gt;CC في كل سطر) إلى صيغة E.164</translation>
        </message>
        <message>
            <source>import contacts from a CSV file</source>
            <translation>استيراد جهات الاتصال من ملف CSV</translation>
        </message>
        <message>
            <source>export contacts to a CSV file (UTF-8, formula-safe, re-importable)</source>
            <translation>تصدير جهات الاتصال إلى ملف CSV ‏(UTF-8، آمن من الصيغ، قابل لإعادة الاستيراد)</translation>
        </message>
        <message>
            <source>segment count needs either --rules or --id</source>
            <translation>يحتاج segment count إلى --rules أو --id</translation>
        </message>
        <message>
            <source>cannot read the rules from standard input</source>
            <translation>تعذّرت قراءة القواعد من الإدخال القياسي</translation>
        </message>
        <message>
            <source>--id must be a segment id</source>
            <translation>يجب أن يكون --id معرّف شريحة</translation>
        </message>
        <message>
            <source>id: %1</source>
            <translation>المعرّف: %1</translation>
        </message>
        <message>
            <source>name: %1</source>
            <translation>الاسم: %1</translation>
        </message>
        <message>
            <source>description: %1</source>
            <translation>الوصف: %1</translation>
        </message>
        <message>
            <source>built-in: %1</source>
            <translation>مضمّنة: %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>rules: %1</source>
            <translation>القواعد: %1</translation>
        </message>
        <message>
            <source>count: %1</source>
            <translation>العدد: %1</translation>
        </message>
        <message>
            <source>segment needs a subcommand</source>
            <translation>يحتاج segment إلى أمر فرعي</translation>
        </message>
        <message>
            <source>unknown segment subcommand “%1”</source>
            <translation>أمر فرعي غير معروف لـ segment: «%1»</translation>
        </message>
        <message>
            <source>segment list takes no arguments</source>
            <translation>لا يقبل segment list أي وسائط</translation>
        </message>
        <message>
            <source>segment show needs one segment id</source>
            <translation>يحتاج segment show إلى معرّف شريحة واحد</translation>
        </message>
        <message>
            <source>list, count or show segments (saved audiences)</source>
            <translation>سرد الشرائح (الجماهير المحفوظة) أو عدّها أو عرضها</translation>
        </message>
        <message>
            <source>cannot read stdin</source>
            <translation>تعذّرت قراءة stdin</translation>
        </message>
        <message>
            <source>No secret on stdin: %1</source>
            <translation>لا يوجد سر في stdin: %1</translation>
        </message>
        <message>
            <source>%1 is set by Herald itself</source>
            <translation>يعيّن Herald نفسه %1</translation>
        </message>
        <message>
            <source>give the secret either with --secret-env or with --secret-stdin</source>
            <translation>قدّم السر إما باستخدام --secret-env أو باستخدام --secret-stdin</translation>
        </message>
        <message>
            <source>The account “%1” was not added: %2</source>
            <translation>لم تتم إضافة الحساب «%1»: %2</translation>
        </message>
        <message>
            <source>The secret is stored in the system keychain.</source>
            <translation>السر محفوظ في سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <source>which account? Give its name</source>
            <translation>أي حساب؟ أدخل اسمه</translation>
        </message>
        <message>
            <source>account set-secret needs one account name</source>
            <translation>يحتاج account set-secret إلى اسم حساب واحد</translation>
        </message>
        <message>
            <source>The secret of “%1” is stored in the system keychain.</source>
            <translation>سر «%1» محفوظ في سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <source>account remove needs one account name</source>
            <translation>يحتاج account remove إلى اسم حساب واحد</translation>
        </message>
        <message>
            <source>The account “%1” was kept: its secret could not be removed from the system keychain. %2</source>
            <translation>تم الإبقاء على الحساب «%1»: تعذّرت إزالة سره من سلسلة مفاتيح النظام. %2</translation>
        </message>
        <message>
            <source>Removed account %1 (%2).</source>
            <translation>تمت إزالة الحساب %1 (%2).</translation>
        </message>
        <message>
            <source>add, list, test or remove SMS provider accounts; secrets go to the system keychain</source>
            <translation>إضافة حسابات مزوّدي SMS أو سردها أو اختبارها أو إزالتها؛ تُحفظ الأسرار في سلسلة مفاتيح النظام</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for their send time; the next at %1.</source>
            <translation>
                <numerusform>%n من الرسائل تنتظر موعد إرسالها؛ التالية في %1.</numerusform>
                <numerusform>%n رسالة تنتظر موعد إرسالها؛ التالية في %1.</numerusform>
                <numerusform>%n رسالتان تنتظران موعد إرسالهما؛ التالية في %1.</numerusform>
                <numerusform>%n رسائل تنتظر موعد إرسالها؛ التالية في %1.</numerusform>
                <numerusform>%n رسالة تنتظر موعد إرسالها؛ التالية في %1.</numerusform>
                <numerusform>%n رسالة تنتظر موعد إرسالها؛ التالية في %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>--date goes with --local-time</source>
            <translation>يُستخدم --date مع --local-time</translation>
        </message>
        <message>
            <source>%1 on %2 in each recipient's local time</source>
            <translation>%1 في %2 بالتوقيت المحلي لكل مستلم</translation>
        </message>
        <message>
            <source>Campaign %1 is scheduled for %2. Herald launches it then while it is running; to send it now: campaign launch %1 --now</source>
            <translation>الحملة %1 مجدولة في %2. يطلقها Herald حينها إذا كان قيد التشغيل؛ لإرسالها الآن: campaign launch %1 --now</translation>
        </message>
        <message>
            <source>Campaign %1 was scheduled for %2, which has passed; launching it now as asked.</source>
            <translation>كانت الحملة %1 مجدولة في %2، وقد انقضى هذا الموعد؛ يجري إطلاقها الآن كما طُلب.</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for quiet hours to end or for their local send time; the last goes out at %1.</source>
            <translation>
                <numerusform>%n من الرسائل تنتظر انتهاء ساعات الهدوء أو موعد إرسالها المحلي؛ تُرسل آخرها في %1.</numerusform>
                <numerusform>%n رسالة تنتظر انتهاء ساعات الهدوء أو موعد إرسالها المحلي؛ تُرسل في %1.</numerusform>
                <numerusform>%n رسالتان تنتظران انتهاء ساعات الهدوء أو موعد إرسالهما المحلي؛ تُرسل آخرهما في %1.</numerusform>
                <numerusform>%n رسائل تنتظر انتهاء ساعات الهدوء أو موعد إرسالها المحلي؛ تُرسل آخرها في %1.</numerusform>
                <numerusform>%n رسالة تنتظر انتهاء ساعات الهدوء أو موعد إرسالها المحلي؛ تُرسل آخرها في %1.</numerusform>
                <numerusform>%n رسالة تنتظر انتهاء ساعات الهدوء أو موعد إرسالها المحلي؛ تُرسل آخرها في %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Campaign %1 “%2” was scheduled for %3 and has not been sent: launch it with “campaign launch %1” or cancel it with “campaign cancel %1”.</source>
            <translation>كانت الحملة %1 «%2» مجدولة في %3 ولم تُرسل: أطلقها باستخدام «campaign launch %1» أو ألغِها باستخدام «campaign cancel %1».</translation>
        </message>
        <message>
            <source>Campaign %1 “%2” (%3)</source>
            <translation>الحملة %1 «%2» (%3)</translation>
        </message>
        <message numerus="yes">
            <source>Audience: %n contact(s)</source>
            <translation>
                <numerusform>الجمهور: %n من جهات الاتصال</numerusform>
                <numerusform>الجمهور: %n جهة اتصال</numerusform>
                <numerusform>الجمهور: %n جهتا اتصال</numerusform>
                <numerusform>الجمهور: %n جهات اتصال</numerusform>
                <numerusform>الجمهور: %n جهة اتصال</numerusform>
                <numerusform>الجمهور: %n جهة اتصال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recipients: %n, of them %1 at once and %2 later</source>
            <translation>
                <numerusform>المستلمون: %n، منهم %1 فورًا و%2 لاحقًا</numerusform>
                <numerusform>المستلمون: %n، منهم %1 فورًا و%2 لاحقًا</numerusform>
                <numerusform>المستلمون: %n، منهم %1 فورًا و%2 لاحقًا</numerusform>
                <numerusform>المستلمون: %n، منهم %1 فورًا و%2 لاحقًا</numerusform>
                <numerusform>المستلمون: %n، منهم %1 فورًا و%2 لاحقًا</numerusform>
                <numerusform>المستلمون: %n، منهم %1 فورًا و%2 لاحقًا</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending from %1 to %2</source>
            <translation>الإرسال من %1 إلى %2</translation>
        </message>
        <message>
            <source>Parts: %1 (%2)</source>
            <translation>الأجزاء: %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln أجزاء</numerusform>
                <numerusform>%Ln جزء</numerusform>
                <numerusform>%Ln جزآن</numerusform>
                <numerusform>%Ln أجزاء</numerusform>
                <numerusform>%Ln جزءًا</numerusform>
                <numerusform>%Ln جزء</numerusform>
            </translation>
        </message>
        <message>
            <source>Estimated cost: %1 %2</source>
            <translation>التكلفة التقديرية: %1 %2</translation>
        </message>
        <message>
            <source>campaign list takes no arguments</source>
            <translation>لا يقبل campaign list أي وسائط</translation>
        </message>
        <message>
            <source>create, check, launch, pause, resume, cancel and list campaigns</source>
            <translation>إنشاء الحملات أو فحصها أو إطلاقها أو إيقافها مؤقتًا أو استئنافها أو إلغاؤها أو سردها</translation>
        </message>
        <message>
            <source>Accounts polled: %1</source>
            <translation>الحسابات التي تم الاستعلام منها: %1</translation>
        </message>
        <message>
            <source>Delivery statuses updated: %1</source>
            <translation>حالات التسليم المحدَّثة: %1</translation>
        </message>
        <message>
            <source>Replies stored: %1</source>
            <translation>الردود المحفوظة: %1</translation>
        </message>
        <message>
            <source>Opt-outs: %1</source>
            <translation>إلغاءات الاشتراك: %1</translation>
        </message>
        <message>
            <source>Re-subscribes: %1</source>
            <translation>إعادات الاشتراك: %1</translation>
        </message>
        <message>
            <source>Help replies queued: %1</source>
            <translation>ردود المساعدة في قائمة الانتظار: %1</translation>
        </message>
        <message>
            <source>Opt-out confirmations queued: %1</source>
            <translation>تأكيدات إلغاء الاشتراك في قائمة الانتظار: %1</translation>
        </message>
        <message>
            <source>Waiting messages cancelled by opt-outs: %1</source>
            <translation>الرسائل المنتظرة التي أُلغيت بسبب إلغاء الاشتراك: %1</translation>
        </message>
        <message>
            <source>Automatic replies sent: %1</source>
            <translation>الردود التلقائية المُرسلة: %1</translation>
        </message>
        <message>
            <source>Without a final report after 7 days (now unknown): %1</source>
            <translation>دون تقرير نهائي بعد 7 أيام (أصبحت غير معروفة الآن): %1</translation>
        </message>
        <message>
            <source>--secret-env needs --account</source>
            <translation>يحتاج --secret-env إلى --account</translation>
        </message>
        <message>
            <source>skipping the account “%1”: %2</source>
            <translation>تخطي الحساب «%1»: %2</translation>
        </message>
        <message>
            <source>There is no account to poll.</source>
            <translation>لا يوجد حساب للاستعلام منه.</translation>
        </message>
        <message numerus="yes">
            <source>Polling every %n second(s); stop with Ctrl+C.</source>
            <translation>
                <numerusform>الاستعلام كل %n ثانية؛ أوقفه بالضغط على Ctrl+C.</numerusform>
                <numerusform>الاستعلام كل %n ثانية؛ أوقفه بالضغط على Ctrl+C.</numerusform>
                <numerusform>الاستعلام كل %n ثانيتين؛ أوقفه بالضغط على Ctrl+C.</numerusform>
                <numerusform>الاستعلام كل %n ثوانٍ؛ أوقفه بالضغط على Ctrl+C.</numerusform>
                <numerusform>الاستعلام كل %n ثانية؛ أوقفه بالضغط على Ctrl+C.</numerusform>
                <numerusform>الاستعلام كل %n ثانية؛ أوقفه بالضغط على Ctrl+C.</numerusform>
            </translation>
        </message>
        <message>
            <source>read delivery reports and replies (STOP, START, HELP) of every account: one round with --once, else until stopped</source>
            <translation>قراءة تقارير التسليم والردود (STOP وSTART وHELP) لكل الحسابات: جولة واحدة مع --once، وإلا فحتى الإيقاف</translation>
        </message>
        <message>
            <source>“%1” is neither a contact id nor a number in +E.164 form</source>
            <translation>«%1» ليس معرّف جهة اتصال ولا رقمًا بصيغة +E.164</translation>
        </message>
        <message>
            <source>--limit must be a number (0: no limit)</source>
            <translation>يجب أن يكون --limit عددًا (0: بلا حد)</translation>
        </message>
        <message>
            <source>inbox reply needs --body TEXT</source>
            <translation>يحتاج inbox reply إلى --body TEXT</translation>
        </message>
        <message>
            <source>Reply %1 to %2 queued on “%3”; `herald-cli poll --once` sends it.</source>
            <translation>وُضع الرد %1 إلى %2 في قائمة الانتظار على «%3»؛ ويُرسله الأمر `herald-cli poll --once`.</translation>
        </message>
        <message numerus="yes">
            <source>%n reply(ies) changed.</source>
            <translation>
                <numerusform>تم تغيير %n من الردود.</numerusform>
                <numerusform>تم تغيير %n رد.</numerusform>
                <numerusform>تم تغيير %n ردّين.</numerusform>
                <numerusform>تم تغيير %n ردود.</numerusform>
                <numerusform>تم تغيير %n ردًا.</numerusform>
                <numerusform>تم تغيير %n رد.</numerusform>
            </translation>
        </message>
        <message>
            <source>inbox needs a subcommand</source>
            <translation>يحتاج inbox إلى أمر فرعي</translation>
        </message>
        <message>
            <source>unknown inbox subcommand “%1”</source>
            <translation>أمر فرعي غير معروف لـ inbox: «%1»</translation>
        </message>
        <message>
            <source>inbox %1 needs a contact id or a number</source>
            <translation>يحتاج inbox %1 إلى معرّف جهة اتصال أو رقم</translation>
        </message>
        <message>
            <source>list conversations (replies grouped by person), show one, reply, mark handled</source>
            <translation>سرد المحادثات (الردود مجمّعة حسب الشخص) أو عرض إحداها أو الرد أو تعليمها كمعالَجة</translation>
        </message>
        <message>
            <source>“%1” is not a campaign id</source>
            <translation>«%1» ليس معرّف حملة</translation>
        </message>
        <message>
            <source>campaign report needs one campaign id</source>
            <translation>يحتاج campaign report إلى معرّف حملة واحد</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>تعذّرت كتابة «%1»: %2</translation>
        </message>
        <message>
            <source>Targeted %1, excluded %2, sent %3, delivered %4, failed %5, undelivered %6, unknown %7</source>
            <translation>المستهدفة %1، المستبعدة %2، المُرسلة %3، المُسلّمة %4، الفاشلة %5، غير المُسلّمة %6، غير المعروفة %7</translation>
        </message>
        <message>
            <source>Delivery rate %1, opt-out rate %2 (benchmark %3), reply rate %4</source>
            <translation>معدل التسليم %1، معدل إلغاء الاشتراك %2 (المعيار المرجعي %3)، معدل الرد %4</translation>
        </message>
        <message>
            <source>Parts %1, cost %2 %3</source>
            <translation>الأجزاء %1، التكلفة %2 %3</translation>
        </message>
        <message>
            <source>PDF report written to %1</source>
            <translation>كُتب تقرير PDF في %1</translation>
        </message>
    </context>
    <context>
        <name>ContactEraser</name>
        <message>
            <source>There is no contact with id %1.</source>
            <translation>لا توجد جهة اتصال بالمعرّف %1.</translation>
        </message>
    </context>
    <context>
        <name>ContactExporter</name>
        <message>
            <source>The export was cancelled.</source>
            <translation>تم إلغاء التصدير.</translation>
        </message>
    </context>
    <context>
        <name>ContactImporter</name>
        <message>
            <source>no phone number</source>
            <translation>لا يوجد رقم هاتف</translation>
        </message>
        <message>
            <source>%1 “%2” was not understood and was left out</source>
            <translation>لم يُفهم %1 «%2» فتم تجاهله</translation>
        </message>
        <message>
            <source>%1 is a landline number: it may not receive text messages</source>
            <translation>%1 رقم هاتف أرضي: قد لا يستقبل الرسائل النصية</translation>
        </message>
        <message>
            <source>Cannot open “%1”: %2</source>
            <translation>تعذّر فتح «%1»: %2</translation>
        </message>
        <message>
            <source>“%1” cannot be imported: %2</source>
            <translation>تعذّر استيراد «%1»: %2</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>العمود %1</translation>
        </message>
        <message>
            <source>No column of “%1” is mapped to the phone number. Choose the column that holds the phone numbers.</source>
            <translation>لا يوجد عمود في «%1» مرتبط برقم الهاتف. اختر العمود الذي يحتوي على أرقام الهواتف.</translation>
        </message>
        <message>
            <source>The number is on the suppression list.</source>
            <translation>الرقم موجود في قائمة الاستبعاد.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>تم إلغاء الاستيراد؛ لم يُستورد أي شيء.</translation>
        </message>
    </context>
    <context>
        <name>ContactRepository</name>
        <message>
            <source>There is no contact with id %1.</source>
            <translation>لا توجد جهة اتصال بالمعرّف %1.</translation>
        </message>
        <message>
            <source>A contact needs a phone number.</source>
            <translation>تحتاج جهة الاتصال إلى رقم هاتف.</translation>
        </message>
        <message>
            <source>Another contact already has the number %1.</source>
            <translation>توجد جهة اتصال أخرى بالرقم %1 بالفعل.</translation>
        </message>
        <message>
            <source>Type the name of a tag.</source>
            <translation>اكتب اسم وسم.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>Line %1: %2</source>
            <translation>السطر %1: %2</translation>
        </message>
        <message>
            <source>The encoding “%1” is not supported.</source>
            <translation>الترميز «%1» غير مدعوم.</translation>
        </message>
        <message>
            <source>The row is longer than %1 characters; it was skipped.</source>
            <translation>الصف أطول من %1 حرف؛ تم تخطيه.</translation>
        </message>
        <message numerus="yes">
            <source>The row has %1 fields, but the header has %n.</source>
            <translation>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن صف العناوين يحتوي على %n.</numerusform>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن صف العناوين يحتوي على %n.</numerusform>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن صف العناوين يحتوي على %n.</numerusform>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن صف العناوين يحتوي على %n.</numerusform>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن صف العناوين يحتوي على %n.</numerusform>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن صف العناوين يحتوي على %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The row has %1 fields, but the first row has %n.</source>
            <translation>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن الصف الأول يحتوي على %n.</numerusform>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن الصف الأول يحتوي على %n.</numerusform>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن الصف الأول يحتوي على %n.</numerusform>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن الصف الأول يحتوي على %n.</numerusform>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن الصف الأول يحتوي على %n.</numerusform>
                <numerusform>يحتوي الصف على %1 من الحقول، لكن الصف الأول يحتوي على %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>A quoted field starts here and is still open after %1 characters; the closing quote is probably missing.</source>
            <translation>يبدأ هنا حقل بين علامتي اقتباس وما زال مفتوحًا بعد %1 حرف؛ على الأرجح أن علامة الاقتباس الختامية مفقودة.</translation>
        </message>
        <message>
            <source>A quoted field starts here but its closing quote is missing.</source>
            <translation>يبدأ هنا حقل بين علامتي اقتباس لكن علامة الاقتباس الختامية مفقودة.</translation>
        </message>
        <message numerus="yes">
            <source>A quoted field starts here and is still open after %n line(s); the closing quote is probably missing.</source>
            <translation>
                <numerusform>يبدأ هنا حقل بين علامتي اقتباس وما زال مفتوحًا بعد %n أسطر؛ على الأرجح أن علامة الاقتباس الختامية مفقودة.</numerusform>
                <numerusform>يبدأ هنا حقل بين علامتي اقتباس وما زال مفتوحًا بعد %n سطر؛ على الأرجح أن علامة الاقتباس الختامية مفقودة.</numerusform>
                <numerusform>يبدأ هنا حقل بين علامتي اقتباس وما زال مفتوحًا بعد %n سطرين؛ على الأرجح أن علامة الاقتباس الختامية مفقودة.</numerusform>
                <numerusform>يبدأ هنا حقل بين علامتي اقتباس وما زال مفتوحًا بعد %n أسطر؛ على الأرجح أن علامة الاقتباس الختامية مفقودة.</numerusform>
                <numerusform>يبدأ هنا حقل بين علامتي اقتباس وما زال مفتوحًا بعد %n سطر؛ على الأرجح أن علامة الاقتباس الختامية مفقودة.</numerusform>
                <numerusform>يبدأ هنا حقل بين علامتي اقتباس وما زال مفتوحًا بعد %n سطر؛ على الأرجح أن علامة الاقتباس الختامية مفقودة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each inner quote doubled ("").</source>
            <translation>نص غير متوقع بعد علامة اقتباس ختامية. يجب وضع الحقل الذي يحتوي على علامات اقتباس بالكامل بين علامتي اقتباس، مع مضاعفة كل علامة اقتباس داخلية ("").</translation>
        </message>
        <message>
            <source>A quoted field starts here but is not closed properly: the quote on line %1 is followed by other text.</source>
            <translation>يبدأ هنا حقل بين علامتي اقتباس لكنه لم يُغلق بشكل صحيح: علامة الاقتباس في السطر %1 يليها نص آخر.</translation>
        </message>
        <message>
            <source>A quote character appears inside a field that does not start with a quote. Quote the whole field and double the inner quote ("").</source>
            <translation>تظهر علامة اقتباس داخل حقل لا يبدأ بعلامة اقتباس. ضع الحقل بأكمله بين علامتي اقتباس وضاعف علامة الاقتباس الداخلية ("").</translation>
        </message>
        <message>
            <source>The file could not be read further: %1</source>
            <translation>تعذّرت متابعة قراءة الملف: %1</translation>
        </message>
    </context>
    <context>
        <name>CsvSniffer</name>
        <message>
            <source>The file is an Excel workbook (.xlsx) or another ZIP archive, not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
            <translation>الملف مصنف Excel ‏(.xlsx) أو أرشيف ZIP آخر، وليس ملف CSV. افتحه في Excel واحفظه بصيغة «CSV UTF-8».</translation>
        </message>
        <message>
            <source>The file is an old Excel workbook (.xls), not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
            <translation>الملف مصنف Excel قديم (.xls)، وليس ملف CSV. افتحه في Excel واحفظه بصيغة «CSV UTF-8».</translation>
        </message>
        <message>
            <source>The file contains binary data (NUL bytes), so it is not a CSV text file.</source>
            <translation>يحتوي الملف على بيانات ثنائية (بايتات NUL)، لذا فهو ليس ملف CSV نصيًا.</translation>
        </message>
        <message>
            <source>The file contains binary data (control characters), so it is not a CSV text file.</source>
            <translation>يحتوي الملف على بيانات ثنائية (أحرف تحكم)، لذا فهو ليس ملف CSV نصيًا.</translation>
        </message>
        <message>
            <source>The file is not open for reading.</source>
            <translation>الملف غير مفتوح للقراءة.</translation>
        </message>
        <message>
            <source>The file is empty (0 bytes).</source>
            <translation>الملف فارغ (0 بايت).</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>تعذّرت قراءة الملف.</translation>
        </message>
        <message>
            <source>The encoding “%1” is not supported.</source>
            <translation>الترميز «%1» غير مدعوم.</translation>
        </message>
        <message>
            <source>No readable row was found in the first %1 KiB of the file.</source>
            <translation>لم يُعثر على أي صف قابل للقراءة في أول %1 كيلوبايت من الملف.</translation>
        </message>
        <message>
            <source>The file contains no readable row.</source>
            <translation>لا يحتوي الملف على أي صف قابل للقراءة.</translation>
        </message>
        <message>
            <source>The file contains no data, only empty lines or empty cells.</source>
            <translation>لا يحتوي الملف على بيانات، بل على أسطر فارغة أو خلايا فارغة فقط.</translation>
        </message>
        <message>
            <source>The file contains only a header row and no contacts.</source>
            <translation>يحتوي الملف على صف عناوين فقط ولا توجد فيه جهات اتصال.</translation>
        </message>
    </context>
    <context>
        <name>CsvWriter</name>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>تعذّرت كتابة «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot read “%1”: %2</source>
            <translation>تعذّرت قراءة «%1»: %2</translation>
        </message>
        <message>
            <source>“%1” is not a Herald workspace: it is not an SQLite database file.</source>
            <translation>«%1» ليس مساحة عمل Herald: إنه ليس ملف قاعدة بيانات SQLite.</translation>
        </message>
        <message>
            <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
            <translation>برنامج تشغيل SQLite الخاص بـ Qt ‏(QSQLITE) غير مثبّت.</translation>
        </message>
        <message>
            <source>Cannot open the workspace “%1”: %2</source>
            <translation>تعذّر فتح مساحة العمل «%1»: %2</translation>
        </message>
        <message>
            <source>The workspace “%1” is damaged or not a database (%2).</source>
            <translation>مساحة العمل «%1» تالفة أو ليست قاعدة بيانات (%2).</translation>
        </message>
        <message>
            <source>The workspace “%1” cannot use write-ahead logging (journal mode is %2). Is it on a network drive or read-only medium?</source>
            <translation>لا يمكن لمساحة العمل «%1» استخدام السجل المسبق للكتابة (وضع السجل هو %2). هل هي على محرك أقراص شبكي أو وسيط للقراءة فقط؟</translation>
        </message>
        <message>
            <source>Database error: %1</source>
            <translation>خطأ في قاعدة البيانات: %1</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>خطأ غير معروف</translation>
        </message>
    </context>
    <context>
        <name>DemoWorkspace</name>
        <message>
            <source>The demo data can only be added to an empty workspace.</source>
            <translation>لا يمكن إضافة البيانات التجريبية إلا إلى مساحة عمل فارغة.</translation>
        </message>
        <message numerus="yes">
            <source>Created %n demo contact(s).</source>
            <translation>
                <numerusform>تم إنشاء %n من جهات الاتصال التجريبية.</numerusform>
                <numerusform>تم إنشاء %n من جهات الاتصال التجريبية.</numerusform>
                <numerusform>تم إنشاء %n من جهات الاتصال التجريبية.</numerusform>
                <numerusform>تم إنشاء %n من جهات الاتصال التجريبية.</numerusform>
                <numerusform>تم إنشاء %n من جهات الاتصال التجريبية.</numerusform>
                <numerusform>تم إنشاء %n من جهات الاتصال التجريبية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorCodes</name>
        <message>
            <source>The phone number is not valid.</source>
            <translation>رقم الهاتف غير صالح.</translation>
        </message>
        <message>
            <source>Sending to this country is not enabled on the account.</source>
            <translation>الإرسال إلى هذا البلد غير مفعّل في الحساب.</translation>
        </message>
        <message>
            <source>The recipient replied STOP earlier: the provider blocks messages to them.</source>
            <translation>ردّ المستلم سابقًا بـ STOP: يحظر المزوّد الرسائل إليه.</translation>
        </message>
        <message>
            <source>The sender's queue was full: too many messages at once.</source>
            <translation>كانت قائمة انتظار المرسِل ممتلئة: رسائل كثيرة جدًا في وقت واحد.</translation>
        </message>
        <message>
            <source>The provider cannot route a message between these two numbers.</source>
            <translation>لا يستطيع المزوّد توجيه رسالة بين هذين الرقمين.</translation>
        </message>
        <message>
            <source>The number is not a mobile number.</source>
            <translation>الرقم ليس رقم هاتف محمول.</translation>
        </message>
        <message>
            <source>Too many requests: the provider asked to slow down.</source>
            <translation>طلبات كثيرة جدًا: طلب المزوّد الإبطاء.</translation>
        </message>
        <message>
            <source>The message waited too long in the provider's queue.</source>
            <translation>انتظرت الرسالة وقتًا طويلًا جدًا في قائمة انتظار المزوّد.</translation>
        </message>
        <message>
            <source>The provider account is suspended.</source>
            <translation>حساب المزوّد معلّق.</translation>
        </message>
        <message>
            <source>The handset is switched off or out of reach.</source>
            <translation>الهاتف مغلق أو خارج نطاق التغطية.</translation>
        </message>
        <message>
            <source>The recipient blocked messages from this sender.</source>
            <translation>حظر المستلم الرسائل من هذا المرسِل.</translation>
        </message>
        <message>
            <source>The number does not exist or is no longer in use.</source>
            <translation>الرقم غير موجود أو لم يعد مستخدمًا.</translation>
        </message>
        <message>
            <source>A landline or a number the carrier cannot reach.</source>
            <translation>رقم أرضي أو رقم لا يستطيع مشغّل الشبكة الوصول إليه.</translation>
        </message>
        <message>
            <source>The carrier filtered the message as spam.</source>
            <translation>صنّف مشغّل الشبكة الرسالة على أنها رسالة مزعجة (spam) وحجبها.</translation>
        </message>
        <message>
            <source>The carrier did not say why the message was not delivered.</source>
            <translation>لم يوضّح مشغّل الشبكة سبب عدم تسليم الرسالة.</translation>
        </message>
        <message>
            <source>The sender number is not registered for US 10DLC messaging.</source>
            <translation>رقم المرسِل غير مسجّل للمراسلة عبر 10DLC في الولايات المتحدة.</translation>
        </message>
        <message>
            <source>The message expired before it could be delivered.</source>
            <translation>انتهت صلاحية الرسالة قبل أن يتسنى تسليمها.</translation>
        </message>
        <message>
            <source>The carrier did not deliver the message (provider error %1).</source>
            <translation>لم يسلّم مشغّل الشبكة الرسالة (خطأ المزوّد %1).</translation>
        </message>
        <message>
            <source>The provider refused the message when it was sent (error %1).</source>
            <translation>رفض المزوّد الرسالة عند إرسالها (الخطأ %1).</translation>
        </message>
        <message>
            <source>The provider refused the request (account or API error %1).</source>
            <translation>رفض المزوّد الطلب (خطأ في الحساب أو في API: %1).</translation>
        </message>
        <message>
            <source>The carrier does not allow messages to this number.</source>
            <translation>لا يسمح مشغّل الشبكة بالرسائل إلى هذا الرقم.</translation>
        </message>
        <message>
            <source>The recipient's line is barred.</source>
            <translation>خط المستلم محظور.</translation>
        </message>
        <message>
            <source>The handset's memory is full or it is busy.</source>
            <translation>ذاكرة الهاتف ممتلئة أو أنه مشغول.</translation>
        </message>
        <message>
            <source>The carrier failed to deliver the message.</source>
            <translation>فشل مشغّل الشبكة في تسليم الرسالة.</translation>
        </message>
        <message>
            <source>The carrier rejected the content of the message.</source>
            <translation>رفض مشغّل الشبكة محتوى الرسالة.</translation>
        </message>
        <message>
            <source>A network error at the carrier.</source>
            <translation>خطأ في الشبكة لدى مشغّل الشبكة.</translation>
        </message>
        <message>
            <source>The sender number is not valid for this destination.</source>
            <translation>رقم المرسِل غير صالح لهذه الوجهة.</translation>
        </message>
        <message>
            <source>A message loop was detected.</source>
            <translation>اكتُشفت حلقة رسائل.</translation>
        </message>
        <message>
            <source>The provider has no route to this destination.</source>
            <translation>لا يملك المزوّد مسارًا إلى هذه الوجهة.</translation>
        </message>
        <message>
            <source>The carrier prohibits this message.</source>
            <translation>يحظر مشغّل الشبكة هذه الرسالة.</translation>
        </message>
        <message>
            <source>The message is too long.</source>
            <translation>الرسالة طويلة جدًا.</translation>
        </message>
        <message>
            <source>The provider account has no credit left.</source>
            <translation>لم يتبقَّ رصيد في حساب المزوّد.</translation>
        </message>
        <message>
            <source>The carrier blocks messages to this number.</source>
            <translation>يحجب مشغّل الشبكة الرسائل إلى هذا الرقم.</translation>
        </message>
        <message>
            <source>The sender ID is not allowed.</source>
            <translation>معرّف المرسِل غير مسموح به.</translation>
        </message>
        <message>
            <source>The message is empty or too long.</source>
            <translation>الرسالة فارغة أو طويلة جدًا.</translation>
        </message>
        <message>
            <source>The phone number is not valid or is blacklisted.</source>
            <translation>رقم الهاتف غير صالح أو مدرج في القائمة السوداء.</translation>
        </message>
        <message>
            <source>Too many messages to one number in a short time.</source>
            <translation>رسائل كثيرة جدًا إلى رقم واحد في وقت قصير.</translation>
        </message>
        <message>
            <source>The recipient is on the account's blacklist.</source>
            <translation>المستلم مدرج في القائمة السوداء للحساب.</translation>
        </message>
        <message>
            <source>The provider did not accept the credentials.</source>
            <translation>لم يقبل المزوّد بيانات الاعتماد.</translation>
        </message>
        <message>
            <source>The provider refused this computer's IP address.</source>
            <translation>رفض المزوّد عنوان IP الخاص بهذا الحاسوب.</translation>
        </message>
        <message>
            <source>No error code was given.</source>
            <translation>لم يُذكر أي رمز خطأ.</translation>
        </message>
        <message>
            <source>No delivery report came within 7 days: the outcome is unknown.</source>
            <translation>لم يصل أي تقرير تسليم خلال 7 أيام: النتيجة غير معروفة.</translation>
        </message>
        <message>
            <source>The provider's answer could not be read.</source>
            <translation>تعذّرت قراءة استجابة المزوّد.</translation>
        </message>
        <message>
            <source>The provider refused the message without saying why.</source>
            <translation>رفض المزوّد الرسالة دون ذكر السبب.</translation>
        </message>
        <message>
            <source>The provider had an internal problem (HTTP %1).</source>
            <translation>واجه المزوّد مشكلة داخلية (HTTP %1).</translation>
        </message>
        <message>
            <source>The provider refused the request (HTTP %1).</source>
            <translation>رفض المزوّد الطلب (HTTP %1).</translation>
        </message>
        <message>
            <source>A network or provider problem (%1).</source>
            <translation>مشكلة في الشبكة أو لدى المزوّد (%1).</translation>
        </message>
        <message>
            <source>Provider error %1: see the provider's list of error codes.</source>
            <translation>خطأ المزوّد %1: راجع قائمة رموز الأخطاء لدى المزوّد.</translation>
        </message>
    </context>
    <context>
        <name>GsmSafe</name>
        <message>
            <source>Polish</source>
            <translation>البولندية</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>الرومانية</translation>
        </message>
        <message>
            <source>German</source>
            <translation>الألمانية</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>التشيكية</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>التركية</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>الروسية</translation>
        </message>
    </context>
    <context>
        <name>Herald::AccountsDialog</name>
        <message>
            <source>Simulator (built in)</source>
            <translation>المحاكي (مضمّن)</translation>
        </message>
        <message>
            <source>Generic HTTP</source>
            <translation>HTTP عام</translation>
        </message>
        <message>
            <source>Provider Accounts</source>
            <translation>حسابات المزوّدين</translation>
        </message>
        <message>
            <source>&amp;Accounts:</source>
            <translation>الحسابات(&amp;A):</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>إضافة(&amp;D)</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>إزالة(&amp;M)…</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الاسم(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>المزوّد(&amp;P):</translation>
        </message>
        <message>
            <source>Add&amp;ress:</source>
            <translation>العنوان(&amp;R):</translation>
        </message>
        <message>
            <source>Phone number or sender name</source>
            <translation>رقم الهاتف أو اسم المرسِل</translation>
        </message>
        <message>
            <source>&amp;Sender:</source>
            <translation>المرسِل(&amp;S):</translation>
        </message>
        <message>
            <source>Provider default</source>
            <translation>الافتراضي لدى المزوّد</translation>
        </message>
        <message>
            <source> messages/s</source>
            <translation> رسالة/ثانية</translation>
        </message>
        <message>
            <source>Ra&amp;te:</source>
            <translation>المعدل(&amp;T):</translation>
        </message>
        <message>
            <source>Use for new campaigns (de&amp;fault account)</source>
            <translation>الحساب الافتراضي للحملات الجديدة(&amp;F)</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>الخيار</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Add &amp;Option</source>
            <translation>إضافة خيار(&amp;O)</translation>
        </message>
        <message>
            <source>De&amp;lete Option</source>
            <translation>حذف الخيار(&amp;L)</translation>
        </message>
        <message>
            <source>Opt&amp;ions:</source>
            <translation>الخيارات(&amp;I):</translation>
        </message>
        <message>
            <source>The secret is stored in the system keychain, never in the workspace, the settings or the logs.</source>
            <translation>يُحفظ السر في سلسلة مفاتيح النظام، وليس أبدًا في مساحة العمل أو الإعدادات أو السجلات.</translation>
        </message>
        <message>
            <source>S&amp;ecret:</source>
            <translation>السر(&amp;E):</translation>
        </message>
        <message>
            <source>Test &amp;Connection</source>
            <translation>اختبار الاتصال(&amp;C)</translation>
        </message>
        <message>
            <source>Testing the connection</source>
            <translation>اختبار الاتصال</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>حفظ(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Undo Changes</source>
            <translation>التراجع عن التغييرات(&amp;U)</translation>
        </message>
        <message>
            <source>%1 — %2 (default)</source>
            <translation>%1 — %2 (افتراضي)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Empty: run the Simulator inside Herald</source>
            <translation>فارغ: تشغيل المحاكي داخل Herald</translation>
        </message>
        <message>
            <source>The Simulator answers like Twilio on this computer and needs no secret.</source>
            <translation>يستجيب المحاكي مثل Twilio على هذا الحاسوب ولا يحتاج إلى سر.</translation>
        </message>
        <message>
            <source>Empty: Twilio’s public address</source>
            <translation>فارغ: العنوان العام لـ Twilio</translation>
        </message>
        <message>
            <source>account_sid: the Account SID (AC…). api_key: the API key SID (SK…) when the secret is an API key secret rather than the auth token.</source>
            <translation>account_sid: معرّف Account SID ‏(AC…). api_key: معرّف مفتاح API ‏(SK…) عندما يكون السر هو سر مفتاح API وليس رمز المصادقة (auth token).</translation>
        </message>
        <message>
            <source>Empty: the provider’s public address</source>
            <translation>فارغ: العنوان العام للمزوّد</translation>
        </message>
        <message>
            <source>The options this provider needs are listed in Herald’s documentation.</source>
            <translation>الخيارات التي يحتاجها هذا المزوّد مذكورة في وثائق Herald.</translation>
        </message>
        <message>
            <source>A secret is stored in the system keychain. Type a new one to replace it.</source>
            <translation>يوجد سر محفوظ في سلسلة مفاتيح النظام. اكتب سرًا جديدًا لاستبداله.</translation>
        </message>
        <message>
            <source>Stored in the system keychain</source>
            <translation>محفوظ في سلسلة مفاتيح النظام</translation>
        </message>
        <message>
            <source>The command line reads the secret from the environment variable %1. Type one here to store it in the system keychain.</source>
            <translation>يقرأ سطر الأوامر السر من متغير البيئة %1. اكتب سرًا هنا لحفظه في سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>غير محفوظ</translation>
        </message>
        <message>
            <source>The Simulator needs no secret.</source>
            <translation>لا يحتاج المحاكي إلى سر.</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>غير مطلوب</translation>
        </message>
        <message>
            <source>No secret is stored yet: type it to store it in the system keychain.</source>
            <translation>لا يوجد سر محفوظ بعد: اكتبه لحفظه في سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <source>Save the new account?</source>
            <translation>هل تريد حفظ الحساب الجديد؟</translation>
        </message>
        <message>
            <source>Save the changes to “%1”?</source>
            <translation>هل تريد حفظ التغييرات على «%1»؟</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>تم حفظ «%1».</translation>
        </message>
        <message>
            <source>Saved “%1”; storing its secret in the system keychain…</source>
            <translation>تم حفظ «%1»؛ جارٍ حفظ سره في سلسلة مفاتيح النظام…</translation>
        </message>
        <message>
            <source>Saved “%1”; its secret is stored in the system keychain.</source>
            <translation>تم حفظ «%1»؛ سره محفوظ في سلسلة مفاتيح النظام.</translation>
        </message>
        <message>
            <source>“%1” was saved, but its secret was not: %2</source>
            <translation>تم حفظ «%1»، لكن لم يُحفظ سره: %2</translation>
        </message>
        <message>
            <source>Remove Account</source>
            <translation>إزالة الحساب</translation>
        </message>
        <message>
            <source>Remove the account “%1”? Its secret is deleted from the system keychain. Campaigns already sent keep their history.</source>
            <translation>هل تريد إزالة الحساب «%1»؟ سيُحذف سره من سلسلة مفاتيح النظام. وتحتفظ الحملات المُرسلة سابقًا بسجلها.</translation>
        </message>
        <message>
            <source>Removed “%1”.</source>
            <translation>تمت إزالة «%1».</translation>
        </message>
        <message>
            <source>“%1” was kept: its secret could not be removed from the system keychain. %2</source>
            <translation>تم الإبقاء على «%1»: تعذّرت إزالة سره من سلسلة مفاتيح النظام. %2</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>جارٍ اختبار الاتصال…</translation>
        </message>
        <message>
            <source>Waiting for the system keychain to answer before closing.</source>
            <translation>في انتظار استجابة سلسلة مفاتيح النظام قبل الإغلاق.</translation>
        </message>
    </context>
    <context>
        <name>Herald::AnalyticsPane</name>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>تصدير CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>تصدير PDF…</translation>
        </message>
        <message>
            <source>Campaign:</source>
            <translation>الحملة:</translation>
        </message>
        <message>
            <source>Delivery rate</source>
            <translation>معدل التسليم</translation>
        </message>
        <message>
            <source>Opt-out rate (7 days)</source>
            <translation>معدل إلغاء الاشتراك (7 أيام)</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>معدل الرد</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>التكلفة</translation>
        </message>
        <message>
            <source>Why messages were not delivered</source>
            <translation>أسباب عدم تسليم الرسائل</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>الرسائل</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>المعنى</translation>
        </message>
        <message>
            <source>Replies by weekday and hour (local time)</source>
            <translation>الردود حسب يوم الأسبوع والساعة (بالتوقيت المحلي)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>الاتجاهات</translation>
        </message>
        <message>
            <source>No campaign yet. Once a campaign has been launched, its deliveries, opt-outs, replies and cost appear here.</source>
            <translation>لا توجد حملة بعد. بعد إطلاق حملة، تظهر هنا عمليات تسليمها وإلغاءات الاشتراك والردود وتكلفتها.</translation>
        </message>
        <message>
            <source>The figures could not be computed: %1</source>
            <translation>تعذّر حساب الأرقام: %1</translation>
        </message>
        <message>
            <source>not launched</source>
            <translation>لم تُطلق</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>campaign name (launch date)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The trends could not be computed: %1</source>
            <translation>تعذّر حساب الاتجاهات: %1</translation>
        </message>
        <message>
            <source>“%1” — launched %2, %3</source>
            <translation>«%1» — أُطلقت في %2، %3</translation>
        </message>
        <message>
            <source>“%1” — not launched yet</source>
            <translation>«%1» — لم تُطلق بعد</translation>
        </message>
        <message numerus="yes">
            <source>%1 delivered of %Ln sent</source>
            <translation>
                <numerusform>%1 مُسلّمة من أصل %Ln من الرسائل المُرسلة</numerusform>
                <numerusform>%1 مُسلّمة من أصل %Ln رسالة مُرسلة</numerusform>
                <numerusform>%1 مُسلّمة من أصل %Ln رسالتين مُرسلتين</numerusform>
                <numerusform>%1 مُسلّمة من أصل %Ln رسائل مُرسلة</numerusform>
                <numerusform>%1 مُسلّمة من أصل %Ln رسالة مُرسلة</numerusform>
                <numerusform>%1 مُسلّمة من أصل %Ln رسالة مُرسلة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); above the %1 benchmark</source>
            <translation>
                <numerusform>إلغاءات الاشتراك: %Ln؛ أعلى من المعيار المرجعي %1</numerusform>
                <numerusform>إلغاءات الاشتراك: %Ln؛ أعلى من المعيار المرجعي %1</numerusform>
                <numerusform>إلغاءات الاشتراك: %Ln؛ أعلى من المعيار المرجعي %1</numerusform>
                <numerusform>إلغاءات الاشتراك: %Ln؛ أعلى من المعيار المرجعي %1</numerusform>
                <numerusform>إلغاءات الاشتراك: %Ln؛ أعلى من المعيار المرجعي %1</numerusform>
                <numerusform>إلغاءات الاشتراك: %Ln؛ أعلى من المعيار المرجعي %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); benchmark %1</source>
            <translation>
                <numerusform>إلغاءات الاشتراك: %Ln؛ المعيار المرجعي %1</numerusform>
                <numerusform>إلغاءات الاشتراك: %Ln؛ المعيار المرجعي %1</numerusform>
                <numerusform>إلغاءات الاشتراك: %Ln؛ المعيار المرجعي %1</numerusform>
                <numerusform>إلغاءات الاشتراك: %Ln؛ المعيار المرجعي %1</numerusform>
                <numerusform>إلغاءات الاشتراك: %Ln؛ المعيار المرجعي %1</numerusform>
                <numerusform>إلغاءات الاشتراك: %Ln؛ المعيار المرجعي %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (the 7 days are not over yet)</source>
            <translation>%1 (لم تنقضِ الأيام السبعة بعد)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>two facts side by side</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s) replied</source>
            <translation>
                <numerusform>ردّ %Ln من الأشخاص</numerusform>
                <numerusform>ردّ %Ln شخص</numerusform>
                <numerusform>ردّ %Ln شخصان</numerusform>
                <numerusform>ردّ %Ln أشخاص</numerusform>
                <numerusform>ردّ %Ln شخصًا</numerusform>
                <numerusform>ردّ %Ln شخص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln من الردود</numerusform>
                <numerusform>%Ln رد</numerusform>
                <numerusform>%Ln ردّان</numerusform>
                <numerusform>%Ln ردود</numerusform>
                <numerusform>%Ln ردًا</numerusform>
                <numerusform>%Ln رد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln أجزاء</numerusform>
                <numerusform>%Ln جزء</numerusform>
                <numerusform>%Ln جزآن</numerusform>
                <numerusform>%Ln أجزاء</numerusform>
                <numerusform>%Ln جزءًا</numerusform>
                <numerusform>%Ln جزء</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 estimated</source>
            <translation>%1 تقديريًا</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(لا يوجد)</translation>
        </message>
        <message>
            <source>Provider said: %1</source>
            <translation>ردّ المزوّد: %1</translation>
        </message>
        <message>
            <source>No marketing message in the last 12 months.</source>
            <translation>لا توجد رسائل تسويقية في آخر 12 شهرًا.</translation>
        </message>
        <message>
            <source>%1 of %2 contact-months got more than %3 marketing messages (guideline: %4–%3 a month).</source>
            <translation>%1 من أصل %2 حالة (جهة اتصال في شهر) تلقّت أكثر من %3 رسائل تسويقية (الإرشاد: %4–%3 شهريًا).</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>تعذّرت كتابة «%1»: %2</translation>
        </message>
        <message>
            <source>Report saved as %1.</source>
            <translation>حُفظ التقرير باسم %1.</translation>
        </message>
        <message>
            <source>Export the campaign report</source>
            <translation>تصدير تقرير الحملة</translation>
        </message>
        <message>
            <source>campaign-%1-report.csv</source>
            <translation>تقرير-الحملة-%1.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV ‏(*.csv)</translation>
        </message>
        <message>
            <source>campaign-%1-report.pdf</source>
            <translation>تقرير-الحملة-%1.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF ‏(*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Herald::Application</name>
        <message>
            <source>Herald: SMS campaigns for small shops</source>
            <translation>Herald: حملات SMS للمتاجر الصغيرة</translation>
        </message>
        <message>
            <source>Open the workspace file &lt;path&gt;.</source>
            <translation>فتح ملف مساحة العمل المحدد بـ &lt;path&gt;.</translation>
        </message>
        <message>
            <source>path</source>
            <translation>path</translation>
        </message>
        <message>
            <source>Could not add the demo data: %1</source>
            <translation>تعذّرت إضافة البيانات التجريبية: %1</translation>
        </message>
        <message>
            <source>Herald cannot start</source>
            <translation>يتعذّر تشغيل Herald</translation>
        </message>
        <message>
            <source>Could not add the starter templates: %1</source>
            <translation>تعذّرت إضافة القوالب المبدئية: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::BulkTagDialog</name>
        <message>
            <source>Add Tag</source>
            <translation>إضافة وسم</translation>
        </message>
        <message>
            <source>Remove Tag</source>
            <translation>إزالة وسم</translation>
        </message>
        <message>
            <source>A tag, new or existing</source>
            <translation>وسم جديد أو موجود</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln selected contact(s)</source>
            <translation>
                <numerusform>جهات الاتصال المحددة (%Ln)</numerusform>
                <numerusform>جهة الاتصال المحددة (%Ln)</numerusform>
                <numerusform>جهتا الاتصال المحددتان (%Ln)</numerusform>
                <numerusform>جهات الاتصال المحددة (%Ln)</numerusform>
                <numerusform>جهات الاتصال المحددة (%Ln)</numerusform>
                <numerusform>جهات الاتصال المحددة (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>All contacts matching the current search and filters</source>
            <translation>كل جهات الاتصال المطابقة للبحث وعوامل التصفية الحالية</translation>
        </message>
        <message numerus="yes">
            <source>All %Ln contact(s) matching the current search and filters</source>
            <translation>
                <numerusform>كل جهات الاتصال المطابقة للبحث وعوامل التصفية الحالية (%Ln)</numerusform>
                <numerusform>جهة الاتصال المطابقة للبحث وعوامل التصفية الحالية (%Ln)</numerusform>
                <numerusform>جهتا الاتصال المطابقتان للبحث وعوامل التصفية الحالية (%Ln)</numerusform>
                <numerusform>كل جهات الاتصال المطابقة للبحث وعوامل التصفية الحالية (%Ln)</numerusform>
                <numerusform>كل جهات الاتصال المطابقة للبحث وعوامل التصفية الحالية (%Ln)</numerusform>
                <numerusform>كل جهات الاتصال المطابقة للبحث وعوامل التصفية الحالية (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts that already have the tag keep it.</source>
            <translation>جهات الاتصال التي لديها الوسم بالفعل تحتفظ به.</translation>
        </message>
        <message>
            <source>Only the tag is removed; the contacts stay.</source>
            <translation>يُزال الوسم فقط؛ وتبقى جهات الاتصال.</translation>
        </message>
        <message>
            <source>Add it to</source>
            <translation>إضافته إلى</translation>
        </message>
        <message>
            <source>Remove it from</source>
            <translation>إزالته من</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>الوسم(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Add Tag</source>
            <translation>إضافة الوسم(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove Tag</source>
            <translation>إزالة الوسم(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignComposer</name>
        <message>
            <source>Tag links for your analytics (utm_source=sms…)</source>
            <translation>وسم الروابط لأغراض التحليلات (utm_source=sms…)</translation>
        </message>
        <message>
            <source>End with the opt-out footer (“Reply STOP to opt out”)</source>
            <translation>الإنهاء بتذييل إلغاء الاشتراك («أرسل STOP لإلغاء الاشتراك»)</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>كل جهات الاتصال</translation>
        </message>
        <message>
            <source>Contacts in any of these segments:</source>
            <translation>جهات الاتصال في أي من هذه الشرائح:</translation>
        </message>
        <message>
            <source>When I launch it</source>
            <translation>عند إطلاقها</translation>
        </message>
        <message>
            <source>At</source>
            <translation>في</translation>
        </message>
        <message>
            <source>At each recipient's local time</source>
            <translation>بالتوقيت المحلي لكل مستلم</translation>
        </message>
        <message>
            <source>Edit Campaign</source>
            <translation>تعديل الحملة</translation>
        </message>
        <message>
            <source>New Campaign</source>
            <translation>حملة جديدة</translation>
        </message>
        <message>
            <source>Winter sale</source>
            <translation>تخفيضات الشتاء</translation>
        </message>
        <message>
            <source>Marketing (opted-in contacts, opt-out footer)</source>
            <translation>تسويقي (جهات الاتصال المشتركة، تذييل إلغاء الاشتراك)</translation>
        </message>
        <message>
            <source>Transactional (order and shipping updates)</source>
            <translation>معاملات (تحديثات الطلبات والشحن)</translation>
        </message>
        <message>
            <source>Save Draft</source>
            <translation>حفظ المسودة</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>الرسالة</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>القالب(&amp;T):</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <source>A person in several segments gets one message.</source>
            <translation>يتلقى الشخص الموجود في عدة شرائح رسالة واحدة.</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>المرسِل</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>الحساب(&amp;A):</translation>
        </message>
        <message>
            <source>Sender &amp;ID:</source>
            <translation>معرّف المرسِل(&amp;I):</translation>
        </message>
        <message>
            <source>When</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الاسم(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>النوع(&amp;K):</translation>
        </message>
        <message>
            <source>Write my own</source>
            <translation>كتابة رسالتي الخاصة</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (افتراضي)</translation>
        </message>
        <message>
            <source>The counter includes the tracking tags added to links (utm_campaign=%1).</source>
            <translation>يشمل العدّاد وسوم التتبع المضافة إلى الروابط (utm_campaign=%1).</translation>
        </message>
        <message>
            <source>The account's sender</source>
            <translation>مرسِل الحساب</translation>
        </message>
        <message>
            <source>The provider chooses the sender.</source>
            <translation>يختار المزوّد المرسِل.</translation>
        </message>
        <message>
            <source>A name as sender: nobody can reply to it, and US and Canadian numbers refuse it.</source>
            <translation>اسم كمرسِل: لا يمكن لأحد الرد عليه، وترفضه الأرقام في الولايات المتحدة وكندا.</translation>
        </message>
        <message>
            <source>A number as sender: customers can reply, and STOP works.</source>
            <translation>رقم كمرسِل: يمكن للعملاء الرد، ويعمل الرد بـ STOP.</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignListModel</name>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>مجدولة</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>قيد الإرسال</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>متوقفة مؤقتًا</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>مكتملة</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <source>Paused because: %1</source>
            <translation>أُوقفت مؤقتًا بسبب: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln recipient(s) handed to the provider or settled</source>
            <translation>
                <numerusform>%1 من أصل %Ln من المستلمين سُلّمت رسائلهم إلى المزوّد أو سُوّيت</numerusform>
                <numerusform>%1 من أصل %Ln من المستلمين سُلّمت رسائلهم إلى المزوّد أو سُوّيت</numerusform>
                <numerusform>%1 من أصل %Ln من المستلمين سُلّمت رسائلهم إلى المزوّد أو سُوّيت</numerusform>
                <numerusform>%1 من أصل %Ln من المستلمين سُلّمت رسائلهم إلى المزوّد أو سُوّيت</numerusform>
                <numerusform>%1 من أصل %Ln من المستلمين سُلّمت رسائلهم إلى المزوّد أو سُوّيت</numerusform>
                <numerusform>%1 من أصل %Ln من المستلمين سُلّمت رسائلهم إلى المزوّد أو سُوّيت</numerusform>
            </translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>تسويقي</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>معاملات</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>التقدّم</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>في قائمة الانتظار</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>مُرسلة</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>مُسلّمة</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>فاشلة</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignMonitor</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>تعديل(&amp;E)…</translation>
        </message>
        <message>
            <source>Check and &amp;Launch…</source>
            <translation>فحص وإطلاق(&amp;L)…</translation>
        </message>
        <message>
            <source>Send &amp;Test…</source>
            <translation>إرسال اختبار(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>إيقاف مؤقت(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>استئناف(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Cancel Campaign…</source>
            <translation>إلغاء الحملة(&amp;C)…</translation>
        </message>
        <message>
            <source>Retry &amp;Failed</source>
            <translation>إعادة محاولة الفاشلة(&amp;F)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>الخطأ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>وقت الاستلام</translation>
        </message>
        <message>
            <source>Keyword</source>
            <translation>الكلمة المفتاحية</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>الرد</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>في قائمة الانتظار</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>مُرسلة</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>مُسلّمة</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>فاشلة</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروفة</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>متخطاة</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>الرسالة</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>الأخطاء</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>الردود</translation>
        </message>
        <message>
            <source>Choose a campaign.</source>
            <translation>اختر حملة.</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>لم تُحدَّد أي حملة</translation>
        </message>
        <message>
            <source>Choose a campaign in the list, or write a new one.</source>
            <translation>اختر حملة من القائمة، أو اكتب حملة جديدة.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>تسويقي</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>معاملات</translation>
        </message>
        <message>
            <source>%1 — paused because: %2</source>
            <translation>%1 — أُوقفت مؤقتًا بسبب: %2</translation>
        </message>
        <message>
            <source>Launched %1</source>
            <translation>أُطلقت في %1</translation>
        </message>
        <message>
            <source>Goes out when launched</source>
            <translation>تُرسل عند إطلاقها</translation>
        </message>
        <message>
            <source>Scheduled for %1</source>
            <translation>مجدولة في %1</translation>
        </message>
        <message>
            <source>At %1 on %2 in each recipient's local time</source>
            <translation>في الساعة %1 يوم %2 بالتوقيت المحلي لكل مستلم</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln message(s) wait for their send time; the next at %2.</source>
            <translation>
                <numerusform>%1 — %Ln من الرسائل تنتظر موعد إرسالها؛ التالية في %2.</numerusform>
                <numerusform>%1 — %Ln رسالة تنتظر موعد إرسالها؛ التالية في %2.</numerusform>
                <numerusform>%1 — %Ln رسالتان تنتظران موعد إرسالهما؛ التالية في %2.</numerusform>
                <numerusform>%1 — %Ln رسائل تنتظر موعد إرسالها؛ التالية في %2.</numerusform>
                <numerusform>%1 — %Ln رسالة تنتظر موعد إرسالها؛ التالية في %2.</numerusform>
                <numerusform>%1 — %Ln رسالة تنتظر موعد إرسالها؛ التالية في %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not launched yet</source>
            <translation>لم تُطلق بعد</translation>
        </message>
        <message>
            <source>%p% handed over or settled</source>
            <translation>%p% سُلّمت إلى المزوّد أو سُوّيت</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>الأخطاء (%1)</translation>
        </message>
        <message>
            <source>Replies (%1)</source>
            <translation>الردود (%1)</translation>
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
            <translation>الحملات</translation>
        </message>
        <message>
            <source>&amp;New Campaign…</source>
            <translation>حملة جديدة(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>تعديل(&amp;E)…</translation>
        </message>
        <message>
            <source>Check and &amp;Launch…</source>
            <translation>فحص وإطلاق(&amp;L)…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>تكرار(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Delete Draft…</source>
            <translation>حذف المسودة(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>إيقاف مؤقت(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>استئناف(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Cancel Campaign…</source>
            <translation>إلغاء الحملة(&amp;C)…</translation>
        </message>
        <message>
            <source>Campaign %1 was paused: %2</source>
            <translation>أُوقفت الحملة %1 مؤقتًا: %2</translation>
        </message>
        <message>
            <source>Campaign %1 cannot be sent now: %2</source>
            <translation>يتعذّر إرسال الحملة %1 الآن: %2</translation>
        </message>
        <message>
            <source>Campaign “%1” was sending when Herald closed; it goes on.</source>
            <translation>كانت الحملة «%1» قيد الإرسال عند إغلاق Herald؛ ويستمر إرسالها.</translation>
        </message>
        <message>
            <source>Saved the draft “%1”. Check and launch it when you are ready.</source>
            <translation>تم حفظ المسودة «%1». افحصها وأطلقها عندما تكون جاهزًا.</translation>
        </message>
        <message>
            <source>“%1” is scheduled for %2. Keep Herald running: a campaign whose time passes while Herald is closed waits for your decision.</source>
            <translation>«%1» مجدولة في %2. أبقِ Herald قيد التشغيل: الحملة التي يحين موعدها بينما Herald مغلق تنتظر قرارك.</translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) wait for quiet hours to end or for their local send time; the last goes out at %2.</source>
            <translation>
                <numerusform>أُطلقت «%1»: %Ln من الرسائل تنتظر انتهاء ساعات الهدوء أو موعد إرسالها المحلي؛ تُرسل آخرها في %2.</numerusform>
                <numerusform>أُطلقت «%1»: %Ln رسالة تنتظر انتهاء ساعات الهدوء أو موعد إرسالها المحلي؛ تُرسل في %2.</numerusform>
                <numerusform>أُطلقت «%1»: %Ln رسالتان تنتظران انتهاء ساعات الهدوء أو موعد إرسالهما المحلي؛ تُرسل آخرهما في %2.</numerusform>
                <numerusform>أُطلقت «%1»: %Ln رسائل تنتظر انتهاء ساعات الهدوء أو موعد إرسالها المحلي؛ تُرسل آخرها في %2.</numerusform>
                <numerusform>أُطلقت «%1»: %Ln رسالة تنتظر انتهاء ساعات الهدوء أو موعد إرسالها المحلي؛ تُرسل آخرها في %2.</numerusform>
                <numerusform>أُطلقت «%1»: %Ln رسالة تنتظر انتهاء ساعات الهدوء أو موعد إرسالها المحلي؛ تُرسل آخرها في %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) are being sent.</source>
            <translation>
                <numerusform>أُطلقت «%1»: يجري إرسال %Ln من الرسائل.</numerusform>
                <numerusform>أُطلقت «%1»: يجري إرسال %Ln رسالة.</numerusform>
                <numerusform>أُطلقت «%1»: يجري إرسال %Ln رسالتين.</numerusform>
                <numerusform>أُطلقت «%1»: يجري إرسال %Ln رسائل.</numerusform>
                <numerusform>أُطلقت «%1»: يجري إرسال %Ln رسالة.</numerusform>
                <numerusform>أُطلقت «%1»: يجري إرسال %Ln رسالة.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (نسخة)</translation>
        </message>
        <message>
            <source>Delete Draft</source>
            <translation>حذف المسودة</translation>
        </message>
        <message>
            <source>Delete the draft “%1”? This cannot be undone.</source>
            <translation>هل تريد حذف المسودة «%1»؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>Cancel Campaign</source>
            <translation>إلغاء الحملة</translation>
        </message>
        <message>
            <source>Cancel “%1”? Messages not sent yet will not be sent; those already sent stay sent.</source>
            <translation>هل تريد إلغاء «%1»؟ لن تُرسل الرسائل التي لم تُرسل بعد، وتبقى الرسائل المُرسلة كما هي.</translation>
        </message>
        <message>
            <source>No failed message to retry.</source>
            <translation>لا توجد رسالة فاشلة لإعادة المحاولة.</translation>
        </message>
        <message numerus="yes">
            <source>Sending %Ln failed message(s) again.</source>
            <translation>
                <numerusform>جارٍ إرسال %Ln من الرسائل الفاشلة مجددًا.</numerusform>
                <numerusform>جارٍ إرسال %Ln رسالة فاشلة مجددًا.</numerusform>
                <numerusform>جارٍ إرسال %Ln رسالتين فاشلتين مجددًا.</numerusform>
                <numerusform>جارٍ إرسال %Ln رسائل فاشلة مجددًا.</numerusform>
                <numerusform>جارٍ إرسال %Ln رسالة فاشلة مجددًا.</numerusform>
                <numerusform>جارٍ إرسال %Ln رسالة فاشلة مجددًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>Campaign “%1” is due: launching it.</source>
            <translation>حان موعد الحملة «%1»: جارٍ إطلاقها.</translation>
        </message>
        <message>
            <source>Missed Campaign</source>
            <translation>حملة فائتة</translation>
        </message>
        <message>
            <source>“%1” was scheduled for %2, but Herald was not running then, so it has not been sent.

Yes: check it and send it now.
No: turn it back into a draft to choose another time.
Ignore: leave it scheduled and ask again next time.</source>
            <translation>كانت «%1» مجدولة في %2، لكن Herald لم يكن قيد التشغيل حينها، لذا لم تُرسل.

نعم: افحصها وأرسلها الآن.
لا: أعدها إلى مسودة لاختيار موعد آخر.
تجاهل: أبقِها مجدولة واسألني مجددًا في المرة القادمة.</translation>
        </message>
        <message>
            <source>“%1” is a draft again: edit it to choose another time.</source>
            <translation>«%1» مسودة مجددًا: عدّلها لاختيار موعد آخر.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConnectionTest</name>
        <message numerus="yes">
            <source>The provider did not answer within %n second(s).</source>
            <translation>
                <numerusform>لم يستجب المزوّد خلال %n ثانية.</numerusform>
                <numerusform>لم يستجب المزوّد خلال %n ثانية.</numerusform>
                <numerusform>لم يستجب المزوّد خلال %n ثانيتين.</numerusform>
                <numerusform>لم يستجب المزوّد خلال %n ثوانٍ.</numerusform>
                <numerusform>لم يستجب المزوّد خلال %n ثانية.</numerusform>
                <numerusform>لم يستجب المزوّد خلال %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <source>The connection works: the provider accepted the credentials of “%1”.</source>
            <translation>الاتصال يعمل: قبِل المزوّد بيانات اعتماد «%1».</translation>
        </message>
        <message>
            <source>The provider refused the credentials of “%1” (HTTP %2).</source>
            <translation>رفض المزوّد بيانات اعتماد «%1» ‏(HTTP %2).</translation>
        </message>
        <message>
            <source>The provider refused the credentials of “%1”: %2</source>
            <translation>رفض المزوّد بيانات اعتماد «%1»: %2</translation>
        </message>
        <message>
            <source>The connection to “%1” failed (HTTP %2).</source>
            <translation>فشل الاتصال بـ «%1» ‏(HTTP %2).</translation>
        </message>
        <message>
            <source>The connection to “%1” failed: %2</source>
            <translation>فشل الاتصال بـ «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConsentEventDialog</name>
        <message>
            <source>Record Opt-in for %1</source>
            <translation>تسجيل اشتراك لـ %1</translation>
        </message>
        <message>
            <source>Record Opt-out for %1</source>
            <translation>تسجيل إلغاء اشتراك لـ %1</translation>
        </message>
        <message>
            <source>Marketing messages</source>
            <translation>الرسائل التسويقية</translation>
        </message>
        <message>
            <source>Transactional messages (orders, shipping)</source>
            <translation>رسائل المعاملات (الطلبات، الشحن)</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>في المتجر</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>مكالمة هاتفية</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>نموذج ورقي</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>نموذج ويب</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Where it was given, e.g. shop counter in Kraków, form #12</source>
            <translation>أين أُعطيت، مثل: مكتب المتجر في كراكوف، النموذج رقم 12</translation>
        </message>
        <message>
            <source>How the person asked, e.g. phone call to the shop</source>
            <translation>كيف طلب الشخص ذلك، مثل: مكالمة هاتفية إلى المتجر</translation>
        </message>
        <message>
            <source>The exact words the person agreed to</source>
            <translation>الكلمات الدقيقة التي وافق عليها الشخص</translation>
        </message>
        <message>
            <source>What the person said or wrote (optional)</source>
            <translation>ما قاله الشخص أو كتبه (اختياري)</translation>
        </message>
        <message>
            <source>Where the proof is kept, e.g. signed form in the binder, call recording</source>
            <translation>أين يُحفظ الدليل، مثل: النموذج الموقّع في الملف، تسجيل المكالمة</translation>
        </message>
        <message>
            <source>The opt-in is added to the consent ledger of %1 with its proof. The ledger keeps every event: it cannot be edited or removed later.</source>
            <translation>يُضاف الاشتراك إلى سجل موافقات %1 مع دليله. يحتفظ السجل بكل حدث: لا يمكن تعديله أو إزالته لاحقًا.</translation>
        </message>
        <message>
            <source>The opt-out is added to the consent ledger of %1 and applies at once: no marketing message will be sent to this number. The ledger keeps every event: it cannot be edited or removed later.</source>
            <translation>يُضاف إلغاء الاشتراك إلى سجل موافقات %1 ويسري فورًا: لن تُرسل أي رسالة تسويقية إلى هذا الرقم. يحتفظ السجل بكل حدث: لا يمكن تعديله أو إزالته لاحقًا.</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>لـ(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>متى(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>الطريقة(&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Source (required):</source>
            <translation>المصدر (مطلوب)(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>المصدر(&amp;S):</translation>
        </message>
        <message>
            <source>Wor&amp;ding (required):</source>
            <translation>الصياغة (مطلوبة)(&amp;D):</translation>
        </message>
        <message>
            <source>Wor&amp;ding:</source>
            <translation>الصياغة(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Evidence:</source>
            <translation>الدليل(&amp;E):</translation>
        </message>
        <message>
            <source>Record &amp;Opt-in</source>
            <translation>تسجيل الاشتراك(&amp;O)</translation>
        </message>
        <message>
            <source>Record &amp;Opt-out</source>
            <translation>تسجيل إلغاء الاشتراك(&amp;O)</translation>
        </message>
        <message>
            <source>Say where the consent was given.</source>
            <translation>اذكر أين أُعطيت الموافقة.</translation>
        </message>
        <message>
            <source>Write the exact words the person agreed to.</source>
            <translation>اكتب الكلمات الدقيقة التي وافق عليها الشخص.</translation>
        </message>
        <message>
            <source>The event cannot be in the future.</source>
            <translation>لا يمكن أن يكون الحدث في المستقبل.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactCardDialog</name>
        <message>
            <source>Contact: %1</source>
            <translation>جهة الاتصال: %1</translation>
        </message>
        <message>
            <source>Orders:</source>
            <translation>الطلبات:</translation>
        </message>
        <message>
            <source>Opted in</source>
            <translation>مشترك</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>ألغى الاشتراك</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>الغرض</translation>
        </message>
        <message>
            <source>How</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>الصياغة</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>مُرسلة</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>مُستلمة</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>الخطأ</translation>
        </message>
        <message>
            <source>opted in</source>
            <translation>مشترك</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>ألغى الاشتراك</translation>
        </message>
        <message>
            <source>no consent recorded</source>
            <translation>لم تُسجَّل موافقة</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>التفاصيل(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Tags and fields</source>
            <translation>الوسوم والحقول(&amp;T)</translation>
        </message>
        <message>
            <source>With the country code (+48 601 234 567), or as dialled in the contact's country</source>
            <translation>مع رمز البلد (+48 601 234 567)، أو كما يُطلب داخل بلد جهة الاتصال</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>year unknown</source>
            <translation>السنة غير معروفة</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>شهر الميلاد</translation>
        </message>
        <message>
            <source>Birthday day</source>
            <translation>يوم الميلاد</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>سنة الميلاد</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>الاسم الأول(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>اسم العائلة(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>الهاتف(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>البريد الإلكتروني(&amp;E):</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>البلد(&amp;O):</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>المدينة(&amp;I):</translation>
        </message>
        <message>
            <source>L&amp;anguage:</source>
            <translation>اللغة(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>المنطقة الزمنية(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>تاريخ الميلاد(&amp;B):</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s), %1 in total</source>
            <translation>
                <numerusform>%Ln طلبات، بإجمالي %1</numerusform>
                <numerusform>%Ln طلب، بإجمالي %1</numerusform>
                <numerusform>%Ln طلبان، بإجمالي %1</numerusform>
                <numerusform>%Ln طلبات، بإجمالي %1</numerusform>
                <numerusform>%Ln طلبًا، بإجمالي %1</numerusform>
                <numerusform>%Ln طلب، بإجمالي %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, from %2</source>
            <translation>%1، من %2</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>تاريخ الإضافة:</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>الوسوم، مفصولة بفواصل</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>الوسوم(&amp;A):</translation>
        </message>
        <message>
            <source>C&amp;ustom fields (usable in messages as {field:Name}):</source>
            <translation>الحقول المخصصة (يمكن استخدامها في الرسائل بصيغة {field:Name})(&amp;U):</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Add &amp;Field</source>
            <translation>إضافة حقل(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Remove Field</source>
            <translation>إزالة الحقل(&amp;R)</translation>
        </message>
        <message>
            <source>Record Opt-&amp;in…</source>
            <translation>تسجيل اشتراك(&amp;I)…</translation>
        </message>
        <message>
            <source>Add an opt-in with its proof to the ledger, e.g. consent given in the shop</source>
            <translation>إضافة اشتراك مع دليله إلى السجل، مثل موافقة أُعطيت في المتجر</translation>
        </message>
        <message>
            <source>Record Opt-ou&amp;t…</source>
            <translation>تسجيل إلغاء اشتراك(&amp;T)…</translation>
        </message>
        <message>
            <source>Add an opt-out to the ledger, e.g. the person asked on the phone</source>
            <translation>إضافة إلغاء اشتراك إلى السجل، مثل طلب الشخص ذلك عبر الهاتف</translation>
        </message>
        <message>
            <source>The ledger is the proof of consent: events are only ever added, never changed or removed.</source>
            <translation>السجل هو دليل الموافقة: تُضاف الأحداث إليه فقط، ولا تُغيَّر أو تُزال أبدًا.</translation>
        </message>
        <message>
            <source>No messages yet. Messages sent to this number and replies from it will be listed here.</source>
            <translation>لا توجد رسائل بعد. ستظهر هنا الرسائل المُرسلة إلى هذا الرقم والردود الواردة منه.</translation>
        </message>
        <message>
            <source>A contact needs a phone number.</source>
            <translation>تحتاج جهة الاتصال إلى رقم هاتف.</translation>
        </message>
        <message>
            <source>Saved as %1 (%2, %3)</source>
            <translation>حُفظ بالصيغة %1 (%2، %3)</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>جوال</translation>
        </message>
        <message>
            <source>landline: cannot receive SMS in most countries</source>
            <translation>أرضي: لا يمكنه استقبال SMS في معظم البلدان</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>الهاتف: %1</translation>
        </message>
        <message>
            <source>“%1” is not an email address.</source>
            <translation>«%1» ليس عنوان بريد إلكتروني.</translation>
        </message>
        <message>
            <source>“%1” is not a time zone; pick one from the list, e.g. Europe/Warsaw.</source>
            <translation>«%1» ليست منطقة زمنية؛ اختر واحدة من القائمة، مثل Europe/Warsaw.</translation>
        </message>
        <message>
            <source>The birthday %1 %2 does not exist.</source>
            <translation>تاريخ الميلاد %1 %2 غير موجود.</translation>
        </message>
        <message>
            <source>The custom field with the value “%1” needs a name.</source>
            <translation>يحتاج الحقل المخصص ذو القيمة «%1» إلى اسم.</translation>
        </message>
        <message>
            <source>There are two custom fields named “%1”.</source>
            <translation>يوجد حقلان مخصصان باسم «%1».</translation>
        </message>
        <message>
            <source>The opt-in was added to the consent ledger.</source>
            <translation>تمت إضافة الاشتراك إلى سجل الموافقات.</translation>
        </message>
        <message>
            <source>The opt-out was added to the consent ledger.</source>
            <translation>تمت إضافة إلغاء الاشتراك إلى سجل الموافقات.</translation>
        </message>
        <message>
            <source>Marketing: %1</source>
            <translation>التسويق: %1</translation>
        </message>
        <message>
            <source>Marketing: %1 since %2</source>
            <translation>التسويق: %1 منذ %2</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>تسويقي</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>معاملات</translation>
        </message>
        <message>
            <source>&amp;Consent history (%1)</source>
            <translation>سجل الموافقة (%1)(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Messages (%1)</source>
            <translation>الرسائل (%1)(&amp;M)</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>هل تريد حفظ التغييرات على %1؟</translation>
        </message>
        <message>
            <source>Conversation with the contact</source>
            <translation>المحادثة مع جهة الاتصال</translation>
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation>المحادثة(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactListModel</name>
        <message>
            <source>Opted in</source>
            <translation>مشترك</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>ألغى الاشتراك</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>لا توجد موافقة</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>الموافقة التسويقية</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>الطلبات</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>إجمالي الإنفاق</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>تاريخ الإضافة</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactsPane</name>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>استيراد CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Search names, phone digits, emails, tags</source>
            <translation>ابحث في الأسماء وأرقام الهواتف والبريد الإلكتروني والوسوم</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>البحث في جهات الاتصال</translation>
        </message>
        <message>
            <source>Any consent</source>
            <translation>أي موافقة</translation>
        </message>
        <message>
            <source>Opted in</source>
            <translation>مشترك</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>ألغى الاشتراك</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>لا توجد موافقة</translation>
        </message>
        <message>
            <source>Filter by marketing consent</source>
            <translation>التصفية حسب الموافقة التسويقية</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>التصفية حسب الوسم</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>أي وسم</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>تصدير(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>الوسوم(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>حذف(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Open Contact</source>
            <translation>فتح جهة الاتصال(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Add Tag…</source>
            <translation>إضافة وسم(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove Tag…</source>
            <translation>إزالة وسم(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Delete Selected…</source>
            <translation>حذف المحدد(&amp;D)…</translation>
        </message>
        <message>
            <source>Delete All &amp;Matching…</source>
            <translation>حذف كل المطابق(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Find Contacts</source>
            <translation>البحث عن جهات الاتصال(&amp;F)</translation>
        </message>
        <message>
            <source>Import customers from a CSV export (you can also drop the file here)</source>
            <translation>استيراد العملاء من ملف CSV مُصدَّر (يمكنك أيضًا إفلات الملف هنا)</translation>
        </message>
        <message>
            <source>Save the selected contacts, the current view or a segment as a CSV file</source>
            <translation>حفظ جهات الاتصال المحددة أو العرض الحالي أو شريحة كملف CSV</translation>
        </message>
        <message>
            <source>Add a tag to, or remove it from, the selected contacts or all that match</source>
            <translation>إضافة وسم إلى جهات الاتصال المحددة أو كل المطابقة، أو إزالته منها</translation>
        </message>
        <message>
            <source>Delete the selected contacts, or all that match the search and filters</source>
            <translation>حذف جهات الاتصال المحددة، أو كل المطابقة للبحث وعوامل التصفية</translation>
        </message>
        <message>
            <source>Adding the tag “%1”…</source>
            <translation>جارٍ إضافة الوسم «%1»…</translation>
        </message>
        <message numerus="yes">
            <source>Added the tag “%1” to %Ln contact(s).</source>
            <translation>
                <numerusform>تمت إضافة الوسم «%1» إلى %Ln من جهات الاتصال.</numerusform>
                <numerusform>تمت إضافة الوسم «%1» إلى %Ln جهة اتصال.</numerusform>
                <numerusform>تمت إضافة الوسم «%1» إلى %Ln جهتي اتصال.</numerusform>
                <numerusform>تمت إضافة الوسم «%1» إلى %Ln جهات اتصال.</numerusform>
                <numerusform>تمت إضافة الوسم «%1» إلى %Ln جهة اتصال.</numerusform>
                <numerusform>تمت إضافة الوسم «%1» إلى %Ln جهة اتصال.</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing the tag “%1”…</source>
            <translation>جارٍ إزالة الوسم «%1»…</translation>
        </message>
        <message numerus="yes">
            <source>Removed the tag “%1” from %Ln contact(s).</source>
            <translation>
                <numerusform>تمت إزالة الوسم «%1» من %Ln من جهات الاتصال.</numerusform>
                <numerusform>تمت إزالة الوسم «%1» من %Ln جهة اتصال.</numerusform>
                <numerusform>تمت إزالة الوسم «%1» من %Ln جهتي اتصال.</numerusform>
                <numerusform>تمت إزالة الوسم «%1» من %Ln جهات اتصال.</numerusform>
                <numerusform>تمت إزالة الوسم «%1» من %Ln جهة اتصال.</numerusform>
                <numerusform>تمت إزالة الوسم «%1» من %Ln جهة اتصال.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the %Ln selected contact(s)?</source>
            <translation>
                <numerusform>هل تريد حذف جهات الاتصال المحددة (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف جهة الاتصال المحددة (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف جهتي الاتصال المحددتين (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف جهات الاتصال المحددة (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف جهات الاتصال المحددة (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف جهات الاتصال المحددة (%Ln)؟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) in the workspace?</source>
            <translation>
                <numerusform>هل تريد حذف كل جهات الاتصال في مساحة العمل (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف جهة الاتصال الوحيدة في مساحة العمل (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف جهتي الاتصال في مساحة العمل (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف كل جهات الاتصال في مساحة العمل (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف كل جهات الاتصال في مساحة العمل (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف كل جهات الاتصال في مساحة العمل (%Ln)؟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) that match the current search and filters?</source>
            <translation>
                <numerusform>هل تريد حذف كل جهات الاتصال المطابقة للبحث وعوامل التصفية الحالية (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف جهة الاتصال المطابقة للبحث وعوامل التصفية الحالية (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف جهتي الاتصال المطابقتين للبحث وعوامل التصفية الحالية (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف كل جهات الاتصال المطابقة للبحث وعوامل التصفية الحالية (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف كل جهات الاتصال المطابقة للبحث وعوامل التصفية الحالية (%Ln)؟</numerusform>
                <numerusform>هل تريد حذف كل جهات الاتصال المطابقة للبحث وعوامل التصفية الحالية (%Ln)؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Their tags, custom fields, consent history and messages are deleted too, and this cannot be undone. Numbers that opted out stay on the suppression list, so a later import cannot subscribe them again.</source>
            <translation>ستُحذف أيضًا وسومها وحقولها المخصصة وسجل موافقاتها ورسائلها، ولا يمكن التراجع عن ذلك. تبقى الأرقام التي ألغت اشتراكها في قائمة الاستبعاد، فلا يمكن لاستيراد لاحق أن يعيد اشتراكها.</translation>
        </message>
        <message>
            <source>Delete Contacts</source>
            <translation>حذف جهات الاتصال</translation>
        </message>
        <message numerus="yes">
            <source>Deleting %Ln contact(s)…</source>
            <translation>
                <numerusform>جارٍ حذف %Ln من جهات الاتصال…</numerusform>
                <numerusform>جارٍ حذف %Ln جهة اتصال…</numerusform>
                <numerusform>جارٍ حذف %Ln جهتي اتصال…</numerusform>
                <numerusform>جارٍ حذف %Ln جهات اتصال…</numerusform>
                <numerusform>جارٍ حذف %Ln جهة اتصال…</numerusform>
                <numerusform>جارٍ حذف %Ln جهة اتصال…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contact(s).</source>
            <translation>
                <numerusform>تم حذف %Ln من جهات الاتصال.</numerusform>
                <numerusform>تم حذف %Ln جهة اتصال.</numerusform>
                <numerusform>تم حذف %Ln جهتي اتصال.</numerusform>
                <numerusform>تم حذف %Ln جهات اتصال.</numerusform>
                <numerusform>تم حذف %Ln جهة اتصال.</numerusform>
                <numerusform>تم حذف %Ln جهة اتصال.</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting matches…</source>
            <translation>جارٍ عدّ المطابقات…</translation>
        </message>
        <message>
            <source>Counting contacts…</source>
            <translation>جارٍ عدّ جهات الاتصال…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln contact(s)</source>
            <translation>
                <numerusform>%1 من أصل %Ln من جهات الاتصال</numerusform>
                <numerusform>%1 من أصل %Ln جهة اتصال</numerusform>
                <numerusform>%1 من أصل %Ln جهتي اتصال</numerusform>
                <numerusform>%1 من أصل %Ln جهات اتصال</numerusform>
                <numerusform>%1 من أصل %Ln جهة اتصال</numerusform>
                <numerusform>%1 من أصل %Ln جهة اتصال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln جهات اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
                <numerusform>%Ln جهتا اتصال</numerusform>
                <numerusform>%Ln جهات اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
            </translation>
        </message>
        <message>
            <source>No contacts yet.

Drop a customer list (CSV) from Shopify, WooCommerce, Google Contacts, Outlook or Excel here, or click Import CSV.</source>
            <translation>لا توجد جهات اتصال بعد.

أفلت هنا قائمة عملاء (CSV) من Shopify أو WooCommerce أو Google Contacts أو Outlook أو Excel، أو انقر «استيراد CSV».</translation>
        </message>
        <message>
            <source>No contacts match the search and filters.</source>
            <translation>لا توجد جهات اتصال تطابق البحث وعوامل التصفية.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationDelegate</name>
        <message>
            <source>%1 • open</source>
            <translation>%1 • مفتوحة</translation>
        </message>
        <message>
            <source>%1 — re: %2</source>
            <translation>%1 — ردًا على: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationListModel</name>
        <message>
            <source>%1 (not in your contacts)</source>
            <translation>%1 (ليس في جهات اتصالك)</translation>
        </message>
        <message numerus="yes">
            <source>%1, %Ln unread, last message: %2</source>
            <translation>
                <numerusform>%1، %Ln غير مقروءة، آخر رسالة: %2</numerusform>
                <numerusform>%1، %Ln غير مقروءة، آخر رسالة: %2</numerusform>
                <numerusform>%1، %Ln غير مقروءة، آخر رسالة: %2</numerusform>
                <numerusform>%1، %Ln غير مقروءة، آخر رسالة: %2</numerusform>
                <numerusform>%1، %Ln غير مقروءة، آخر رسالة: %2</numerusform>
                <numerusform>%1، %Ln غير مقروءة، آخر رسالة: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <source>Last reply</source>
            <translation>آخر رد</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>وقت الاستلام</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>غير مقروءة</translation>
        </message>
        <message>
            <source>Answers campaign</source>
            <translation>ردًا على الحملة</translation>
        </message>
    </context>
    <context>
        <name>Herald::CredentialStore</name>
        <message>
            <source>The secret is empty.</source>
            <translation>السر فارغ.</translation>
        </message>
        <message>
            <source>The secret is %1 bytes long; Herald accepts at most %2.</source>
            <translation>طول السر %1 بايت؛ يقبل Herald %2 بايت على الأكثر.</translation>
        </message>
        <message>
            <source>Herald never keeps secrets in plain text. Start a keychain service (GNOME Keyring, KWallet or KeePassXC), or for headless use give the secret in an environment variable with herald-cli --secret-env VARIABLE.</source>
            <translation>لا يحتفظ Herald أبدًا بالأسرار كنص عادي. شغّل خدمة سلسلة مفاتيح (GNOME Keyring أو KWallet أو KeePassXC)، أو للاستخدام دون واجهة رسومية قدّم السر في متغير بيئة باستخدام herald-cli --secret-env VARIABLE.</translation>
        </message>
        <message>
            <source>No system keychain is available. %1</source>
            <translation>لا تتوفر سلسلة مفاتيح للنظام. %1</translation>
        </message>
        <message>
            <source>No system keychain is available (%1). %2</source>
            <translation>لا تتوفر سلسلة مفاتيح للنظام (%1). %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ExportDialog</name>
        <message>
            <source>The saved &amp;segment:</source>
            <translation>الشريحة المحفوظة(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Every contact in the workspace</source>
            <translation>كل جهات الاتصال في مساحة العمل(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>استعراض(&amp;B)…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>تصدير(&amp;X)</translation>
        </message>
        <message>
            <source>Export Contacts</source>
            <translation>تصدير جهات الاتصال</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln &amp;selected contact(s)</source>
            <translation>
                <numerusform>جهات الاتصال المحددة (%Ln)(&amp;S)</numerusform>
                <numerusform>جهة الاتصال المحددة (%Ln)(&amp;S)</numerusform>
                <numerusform>جهتا الاتصال المحددتان (%Ln)(&amp;S)</numerusform>
                <numerusform>جهات الاتصال المحددة (%Ln)(&amp;S)</numerusform>
                <numerusform>جهات الاتصال المحددة (%Ln)(&amp;S)</numerusform>
                <numerusform>جهات الاتصال المحددة (%Ln)(&amp;S)</numerusform>
            </translation>
        </message>
        <message>
            <source>The contacts in the current &amp;view (search and filters)</source>
            <translation>جهات الاتصال في العرض الحالي (البحث وعوامل التصفية)(&amp;V)</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln contact(s) in the current &amp;view (search and filters)</source>
            <translation>
                <numerusform>جهات الاتصال في العرض الحالي (%Ln، حسب البحث وعوامل التصفية)(&amp;V)</numerusform>
                <numerusform>جهة الاتصال في العرض الحالي (%Ln، حسب البحث وعوامل التصفية)(&amp;V)</numerusform>
                <numerusform>جهتا الاتصال في العرض الحالي (%Ln، حسب البحث وعوامل التصفية)(&amp;V)</numerusform>
                <numerusform>جهات الاتصال في العرض الحالي (%Ln، حسب البحث وعوامل التصفية)(&amp;V)</numerusform>
                <numerusform>جهات الاتصال في العرض الحالي (%Ln، حسب البحث وعوامل التصفية)(&amp;V)</numerusform>
                <numerusform>جهات الاتصال في العرض الحالي (%Ln، حسب البحث وعوامل التصفية)(&amp;V)</numerusform>
            </translation>
        </message>
        <message>
            <source>contacts %1.csv</source>
            <translation>جهات الاتصال %1.csv</translation>
        </message>
        <message>
            <source>UTF-8 with a byte order mark, opens in spreadsheets and imports back into Herald.</source>
            <translation>UTF-8 مع علامة ترتيب البايت (BOM)، يُفتح في جداول البيانات ويمكن استيراده مجددًا إلى Herald.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>&amp;To file:</source>
            <translation>إلى الملف(&amp;T):</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>ملفات CSV ‏(*.csv);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>جارٍ التصدير…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) written…</source>
            <translation>
                <numerusform>كُتب %Ln من جهات الاتصال…</numerusform>
                <numerusform>كُتبت %Ln جهة اتصال…</numerusform>
                <numerusform>كُتبت %Ln جهتا اتصال…</numerusform>
                <numerusform>كُتبت %Ln جهات اتصال…</numerusform>
                <numerusform>كُتبت %Ln جهة اتصال…</numerusform>
                <numerusform>كُتبت %Ln جهة اتصال…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contact(s) to %1.</source>
            <translation>
                <numerusform>تم تصدير %Ln من جهات الاتصال إلى %1.</numerusform>
                <numerusform>تم تصدير %Ln جهة اتصال إلى %1.</numerusform>
                <numerusform>تم تصدير %Ln جهتي اتصال إلى %1.</numerusform>
                <numerusform>تم تصدير %Ln جهات اتصال إلى %1.</numerusform>
                <numerusform>تم تصدير %Ln جهة اتصال إلى %1.</numerusform>
                <numerusform>تم تصدير %Ln جهة اتصال إلى %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>Herald::HttpGateway</name>
        <message>
            <source>A generic HTTP account needs the address to send to: --option url=https://… (or --base-url).</source>
            <translation>يحتاج حساب HTTP العام إلى العنوان الذي يُرسل إليه: --option url=https://… (أو --base-url).</translation>
        </message>
        <message>
            <source>“%1” is not an http(s) address to send to.</source>
            <translation>«%1» ليس عنوان http(s) صالحًا للإرسال إليه.</translation>
        </message>
        <message>
            <source>Plain http would carry the credentials in clear; use https for “%1”.</source>
            <translation>سينقل http العادي بيانات الاعتماد دون تشفير؛ استخدم https لـ «%1».</translation>
        </message>
        <message>
            <source>The method of a generic HTTP account must be POST or GET, not “%1”.</source>
            <translation>يجب أن تكون طريقة حساب HTTP العام POST أو GET، وليس «%1».</translation>
        </message>
        <message>
            <source>The headers option must be a JSON object such as {"Authorization": "Bearer {secret}"}.</source>
            <translation>يجب أن يكون الخيار headers كائن JSON مثل {"Authorization": "Bearer {secret}"}.</translation>
        </message>
        <message>
            <source>The value of the header “%1” must be text.</source>
            <translation>يجب أن تكون قيمة الترويسة «%1» نصًا.</translation>
        </message>
        <message>
            <source>“%1” is not a valid header name.</source>
            <translation>«%1» ليس اسم ترويسة صالحًا.</translation>
        </message>
        <message>
            <source>A GET request carries no body: put the fields into the url option.</source>
            <translation>لا يحمل طلب GET أي متن: ضع الحقول في الخيار url.</translation>
        </message>
        <message>
            <source>A generic HTTP account needs the place of the message id in the answer: --option id_path=messages.0.id</source>
            <translation>يحتاج حساب HTTP العام إلى موضع معرّف الرسالة في الاستجابة: --option id_path=messages.0.id</translation>
        </message>
        <message>
            <source>success_value needs success_path: the place in the answer to compare it with.</source>
            <translation>يحتاج success_value إلى success_path: الموضع في الاستجابة الذي تُقارن به القيمة.</translation>
        </message>
        <message>
            <source>The test_url option must be an https address.</source>
            <translation>يجب أن يكون الخيار test_url عنوان https.</translation>
        </message>
        <message>
            <source>No message id at “%1” in the answer.</source>
            <translation>لا يوجد معرّف رسالة عند «%1» في الاستجابة.</translation>
        </message>
        <message>
            <source>A generic HTTP provider cannot be asked about a message.</source>
            <translation>لا يمكن الاستعلام من مزوّد HTTP عام عن رسالة.</translation>
        </message>
        <message>
            <source>A generic HTTP provider has no delivery reports to poll.</source>
            <translation>لا توجد لدى مزوّد HTTP العام تقارير تسليم للاستعلام عنها.</translation>
        </message>
        <message>
            <source>A generic HTTP provider has no replies to poll.</source>
            <translation>لا توجد لدى مزوّد HTTP العام ردود للاستعلام عنها.</translation>
        </message>
        <message>
            <source>Nothing was checked: a generic HTTP account needs the option test_url, a read-only address of the provider, to test its credentials without sending.</source>
            <translation>لم يُفحص أي شيء: يحتاج حساب HTTP العام إلى الخيار test_url، وهو عنوان لدى المزوّد للقراءة فقط، لاختبار بيانات الاعتماد دون إرسال.</translation>
        </message>
        <message>
            <source>The provider answered HTTP %1.</source>
            <translation>ردّ المزوّد بـ HTTP %1.</translation>
        </message>
        <message>
            <source>The provider did not answer: %1</source>
            <translation>لم يستجب المزوّد: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::ImportDialog</name>
        <message>
            <source>comma</source>
            <translation>فاصلة</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>فاصلة منقوطة</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>علامة جدولة</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>شريط عمودي</translation>
        </message>
        <message>
            <source>Import Contacts from %1</source>
            <translation>استيراد جهات الاتصال من %1</translation>
        </message>
        <message>
            <source>Update them with the file's values</source>
            <translation>تحديثها بقيم الملف</translation>
        </message>
        <message>
            <source>Keep them as they are</source>
            <translation>إبقاؤها كما هي</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>استيراد(&amp;I)</translation>
        </message>
        <message>
            <source>Numbers without a country code are from:</source>
            <translation>الأرقام التي ليس لها رمز بلد تابعة لـ:</translation>
        </message>
        <message>
            <source>Numbers already in the workspace:</source>
            <translation>الأرقام الموجودة بالفعل في مساحة العمل:</translation>
        </message>
        <message>
            <source>The first rows, as they will be imported:</source>
            <translation>الصفوف الأولى، كما ستُستورد:</translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, recognised as %3 (%Ln column(s)).</source>
            <translation>
                <numerusform>قُرئ بترميز %1، والأعمدة مفصولة بـ %2، وتم التعرف عليه كـ %3 (%Ln من الأعمدة).</numerusform>
                <numerusform>قُرئ بترميز %1، والأعمدة مفصولة بـ %2، وتم التعرف عليه كـ %3 (%Ln عمود).</numerusform>
                <numerusform>قُرئ بترميز %1، والأعمدة مفصولة بـ %2، وتم التعرف عليه كـ %3 (%Ln عمودان).</numerusform>
                <numerusform>قُرئ بترميز %1، والأعمدة مفصولة بـ %2، وتم التعرف عليه كـ %3 (%Ln أعمدة).</numerusform>
                <numerusform>قُرئ بترميز %1، والأعمدة مفصولة بـ %2، وتم التعرف عليه كـ %3 (%Ln عمودًا).</numerusform>
                <numerusform>قُرئ بترميز %1، والأعمدة مفصولة بـ %2، وتم التعرف عليه كـ %3 (%Ln عمود).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>لم يُستورد: %1</translation>
        </message>
        <message>
            <source>Same number as an earlier row: skipped</source>
            <translation>الرقم نفسه موجود في صف سابق: تم التخطي</translation>
        </message>
        <message>
            <source>Imported, but: %1</source>
            <translation>استُورد، ولكن: %1</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>استُورد</translation>
        </message>
        <message>
            <source>%1 - not imported.csv</source>
            <translation>%1 - غير المستورد.csv</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>جارٍ الاستيراد…</translation>
        </message>
        <message>
            <source>%1 rows read · %2 rows/s · about %3 s left</source>
            <translation>قُرئ %1 صف · %2 صف/ثانية · يتبقى %3 ثانية تقريبًا</translation>
        </message>
        <message>
            <source>%1 rows: %2 imported, %3 updated, %4 duplicates, %5 not imported, %6 kept opted out (on the suppression list).</source>
            <translation>%1 صف: %2 مستورد، %3 محدَّث، %4 مكرر، %5 غير مستورد، %6 بقي ملغى الاشتراك (في قائمة الاستبعاد).</translation>
        </message>
        <message>
            <source>The rows not imported, with the reason for each, are in %1: fix them there and import that file again.</source>
            <translation>الصفوف التي لم تُستورد، مع سبب كل منها، موجودة في %1: أصلحها هناك ثم استورد ذلك الملف مجددًا.</translation>
        </message>
        <message>
            <source>Cancelling: nothing will be imported…</source>
            <translation>جارٍ الإلغاء: لن يُستورد أي شيء…</translation>
        </message>
    </context>
    <context>
        <name>Herald::InboxPane</name>
        <message>
            <source>Contact &amp;card</source>
            <translation>بطاقة جهة الاتصال(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Send reply</source>
            <translation>إرسال الرد(&amp;S)</translation>
        </message>
        <message>
            <source>Search replies, names and numbers (Ctrl+F)</source>
            <translation>ابحث في الردود والأسماء والأرقام (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the inbox</source>
            <translation>البحث في صندوق الوارد</translation>
        </message>
        <message>
            <source>All conversations</source>
            <translation>كل المحادثات</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>غير المقروءة</translation>
        </message>
        <message>
            <source>Not handled</source>
            <translation>غير المعالَجة</translation>
        </message>
        <message>
            <source>Conversations to show</source>
            <translation>المحادثات المعروضة</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>المحادثات</translation>
        </message>
        <message>
            <source>Mark every reply of this conversation handled, or open it again (Ctrl+D)</source>
            <translation>تعليم كل ردود هذه المحادثة كمعالَجة، أو إعادة فتحها (Ctrl+D)</translation>
        </message>
        <message>
            <source>Messages of the conversation</source>
            <translation>رسائل المحادثة</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>الرد</translation>
        </message>
        <message>
            <source>Write a reply… (Ctrl+Enter sends)</source>
            <translation>اكتب ردًا… (Ctrl+Enter للإرسال)</translation>
        </message>
        <message>
            <source>Send the reply (Ctrl+Enter)</source>
            <translation>إرسال الرد (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>إرسال الرد</translation>
        </message>
        <message>
            <source>Mark handled</source>
            <translation>تعليم كمعالَجة</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <source>Open a workspace to see the replies of your customers.</source>
            <translation>افتح مساحة عمل لرؤية ردود عملائك.</translation>
        </message>
        <message>
            <source>No conversation matches.</source>
            <translation>لا توجد محادثة مطابقة.</translation>
        </message>
        <message>
            <source>No replies yet. When customers answer a campaign, their messages appear here, grouped by person.</source>
            <translation>لا توجد ردود بعد. عندما يرد العملاء على حملة، تظهر رسائلهم هنا مجمّعة حسب الشخص.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln conversation(s)</source>
            <translation>
                <numerusform>%Ln محادثات</numerusform>
                <numerusform>%Ln محادثة</numerusform>
                <numerusform>%Ln محادثتان</numerusform>
                <numerusform>%Ln محادثات</numerusform>
                <numerusform>%Ln محادثة</numerusform>
                <numerusform>%Ln محادثة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln غير مقروءة</numerusform>
                <numerusform>%Ln غير مقروءة</numerusform>
                <numerusform>%Ln غير مقروءة</numerusform>
                <numerusform>%Ln غير مقروءة</numerusform>
                <numerusform>%Ln غير مقروءة</numerusform>
                <numerusform>%Ln غير مقروءة</numerusform>
            </translation>
        </message>
        <message>
            <source>No conversation selected</source>
            <translation>لم تُحدَّد أي محادثة</translation>
        </message>
        <message>
            <source>not in your contacts</source>
            <translation>ليس في جهات اتصالك</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln من الردود</numerusform>
                <numerusform>%Ln رد</numerusform>
                <numerusform>%Ln ردّان</numerusform>
                <numerusform>%Ln ردود</numerusform>
                <numerusform>%Ln ردًا</numerusform>
                <numerusform>%Ln رد</numerusform>
            </translation>
        </message>
        <message>
            <source>answers “%1”</source>
            <translation>ردًا على «%1»</translation>
        </message>
        <message>
            <source>handled</source>
            <translation>معالَجة</translation>
        </message>
        <message numerus="yes">
            <source>%Ln not handled</source>
            <translation>
                <numerusform>%Ln غير معالَجة</numerusform>
                <numerusform>%Ln غير معالَجة</numerusform>
                <numerusform>%Ln غير معالَجة</numerusform>
                <numerusform>%Ln غير معالَجة</numerusform>
                <numerusform>%Ln غير معالَجة</numerusform>
                <numerusform>%Ln غير معالَجة</numerusform>
            </translation>
        </message>
        <message>
            <source>Open &amp;again</source>
            <translation>إعادة الفتح(&amp;A)</translation>
        </message>
        <message>
            <source>Mark &amp;handled</source>
            <translation>تعليم كمعالَجة(&amp;H)</translation>
        </message>
        <message>
            <source>Sent through “%1” as a transactional message.</source>
            <translation>يُرسل عبر «%1» كرسالة معاملات.</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>اكتب ردًا أولًا.</translation>
        </message>
        <message numerus="yes">
            <source>Reply queued on “%1”; it is sent with the next check of replies (%Ln part(s)).</source>
            <translation>
                <numerusform>وُضع الرد في قائمة الانتظار على «%1»؛ ويُرسل مع التحقق التالي من الردود (%Ln أجزاء).</numerusform>
                <numerusform>وُضع الرد في قائمة الانتظار على «%1»؛ ويُرسل مع التحقق التالي من الردود (%Ln جزء).</numerusform>
                <numerusform>وُضع الرد في قائمة الانتظار على «%1»؛ ويُرسل مع التحقق التالي من الردود (%Ln جزآن).</numerusform>
                <numerusform>وُضع الرد في قائمة الانتظار على «%1»؛ ويُرسل مع التحقق التالي من الردود (%Ln أجزاء).</numerusform>
                <numerusform>وُضع الرد في قائمة الانتظار على «%1»؛ ويُرسل مع التحقق التالي من الردود (%Ln جزءًا).</numerusform>
                <numerusform>وُضع الرد في قائمة الانتظار على «%1»؛ ويُرسل مع التحقق التالي من الردود (%Ln جزء).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::InfobipGateway</name>
        <message>
            <source>The message has no key to look for at Infobip.</source>
            <translation>لا تحتوي الرسالة على مفتاح للبحث عنه لدى Infobip.</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1 while searching its logs.</source>
            <translation>ردّ Infobip بـ HTTP %1 أثناء البحث في سجلاته.</translation>
        </message>
        <message>
            <source>Infobip keeps its logs for 48 hours only.</source>
            <translation>يحتفظ Infobip بسجلاته لمدة 48 ساعة فقط.</translation>
        </message>
        <message>
            <source>Too early to be sure: Infobip's logs may not show the message yet.</source>
            <translation>من المبكر التأكد: قد لا تُظهر سجلات Infobip الرسالة بعد.</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1 while handing out reports.</source>
            <translation>ردّ Infobip بـ HTTP %1 أثناء تسليم التقارير.</translation>
        </message>
        <message>
            <source>Infobip accepted the API key.</source>
            <translation>قبِل Infobip مفتاح API.</translation>
        </message>
        <message>
            <source>Infobip did not answer: %1</source>
            <translation>لم يستجب Infobip: %1</translation>
        </message>
        <message>
            <source>Infobip refused the API key (HTTP %1).</source>
            <translation>رفض Infobip مفتاح API ‏(HTTP %1).</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1: %2</source>
            <translation>ردّ Infobip بـ HTTP %1: %2</translation>
        </message>
        <message>
            <source>Infobip: reading reports and replies failed: %1</source>
            <translation>Infobip: تعذّرت قراءة التقارير والردود: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::KeychainCredentialStore</name>
        <message numerus="yes">
            <source>it did not answer within %n second(s)</source>
            <translation>
                <numerusform>لم تستجب خلال %n ثانية</numerusform>
                <numerusform>لم تستجب خلال %n ثانية</numerusform>
                <numerusform>لم تستجب خلال %n ثانيتين</numerusform>
                <numerusform>لم تستجب خلال %n ثوانٍ</numerusform>
                <numerusform>لم تستجب خلال %n ثانية</numerusform>
                <numerusform>لم تستجب خلال %n ثانية</numerusform>
            </translation>
        </message>
        <message>
            <source>The system keychain holds no secret for this account.</source>
            <translation>لا تحتوي سلسلة مفاتيح النظام على سر لهذا الحساب.</translation>
        </message>
        <message>
            <source>Access to the system keychain was refused (%1).</source>
            <translation>رُفض الوصول إلى سلسلة مفاتيح النظام (%1).</translation>
        </message>
        <message>
            <source>there is no D-Bus session bus</source>
            <translation>لا يوجد ناقل جلسة D-Bus</translation>
        </message>
        <message>
            <source>The system keychain reported an error: %1</source>
            <translation>أبلغت سلسلة مفاتيح النظام عن خطأ: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::LogModel</name>
        <message>
            <source>Info</source>
            <translation>معلومات</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>تحذير</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>الخطأ</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>الحدث</translation>
        </message>
    </context>
    <context>
        <name>Herald::LogPane</name>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
    </context>
    <context>
        <name>Herald::MainWindow</name>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>الشرائح</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>القوالب</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>الحملات</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>صندوق الوارد</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>التحليلات</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ملف(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>مساحة عمل جديدة(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>فتح مساحة عمل(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>استيراد CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>الإعدادات(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إنهاء(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>عرض(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مساعدة(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Herald</source>
            <translation>حول Herald(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>حول &amp;Qt</translation>
        </message>
        <message>
            <source>Sending: idle</source>
            <translation>الإرسال: خامل</translation>
        </message>
        <message>
            <source>State of the background sender: no campaign is sending.</source>
            <translation>حالة المرسِل في الخلفية: لا توجد حملة قيد الإرسال.</translation>
        </message>
        <message>
            <source>%1 — Herald</source>
            <translation>%1 — Herald</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>مساحة العمل: %1</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>لا توجد مساحة عمل مفتوحة</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln جهات اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
                <numerusform>%Ln جهتا اتصال</numerusform>
                <numerusform>%Ln جهات اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
                <numerusform>%Ln جهة اتصال</numerusform>
            </translation>
        </message>
        <message>
            <source>Herald workspaces (*.%1)</source>
            <translation>مساحات عمل Herald ‏(*.%1)</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>مساحة عمل جديدة</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose another name, or use Open Workspace to open it.</source>
            <translation>«%1» موجود بالفعل. اختر اسمًا آخر، أو استخدم «فتح مساحة عمل» لفتحه.</translation>
        </message>
        <message>
            <source>Herald workspaces (*.%1);;All files (*)</source>
            <translation>مساحات عمل Herald ‏(*.%1);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>فتح مساحة عمل</translation>
        </message>
        <message>
            <source>Import Contacts</source>
            <translation>استيراد جهات الاتصال</translation>
        </message>
        <message>
            <source>Customer lists (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>قوائم العملاء (*.csv *.tsv *.txt);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Cannot read “%1”.</source>
            <translation>تعذّرت قراءة «%1».</translation>
        </message>
        <message>
            <source>About Herald</source>
            <translation>حول Herald</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for small shops: import your customers, choose who gets a message, write it with a live character counter, and watch deliveries, replies and opt-outs come back.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;حملات SMS للمتاجر الصغيرة: استورد عملاءك، واختر من يتلقى الرسالة، واكتبها مع عدّاد أحرف مباشر، وتابع عمليات التسليم والردود وإلغاءات الاشتراك فور وصولها.&lt;/p&gt;&lt;p&gt;مبني باستخدام Qt %2.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Imported %1: %2 new, %3 updated, %4 not imported.</source>
            <translation>تم استيراد %1: %2 جديدة، %3 محدَّثة، %4 لم تُستورد.</translation>
        </message>
        <message>
            <source>Imported %1: %2 rows, %3 new, %4 updated, %5 duplicates, %6 not imported.</source>
            <translation>تم استيراد %1: %2 صف، %3 جديدة، %4 محدَّثة، %5 مكررة، %6 لم تُستورد.</translation>
        </message>
        <message numerus="yes">
            <source>Sending: idle, checking replies of %Ln account(s)</source>
            <translation>
                <numerusform>الإرسال: خامل، جارٍ التحقق من ردود %Ln من الحسابات</numerusform>
                <numerusform>الإرسال: خامل، جارٍ التحقق من ردود %Ln حساب</numerusform>
                <numerusform>الإرسال: خامل، جارٍ التحقق من ردود %Ln حسابين</numerusform>
                <numerusform>الإرسال: خامل، جارٍ التحقق من ردود %Ln حسابات</numerusform>
                <numerusform>الإرسال: خامل، جارٍ التحقق من ردود %Ln حسابًا</numerusform>
                <numerusform>الإرسال: خامل، جارٍ التحقق من ردود %Ln حساب</numerusform>
            </translation>
        </message>
        <message>
            <source>Replies and delivery reports are checked in the background for: %1</source>
            <translation>يجري التحقق من الردود وتقارير التسليم في الخلفية لـ: %1</translation>
        </message>
        <message>
            <source>Provider &amp;Accounts…</source>
            <translation>حسابات المزوّدين(&amp;A)…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>pane name (unread replies)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread message(s)</source>
            <translation>
                <numerusform>لا توجد رسائل غير مقروءة (%Ln)</numerusform>
                <numerusform>رسالة واحدة غير مقروءة (%Ln)</numerusform>
                <numerusform>رسالتان غير مقروءتين (%Ln)</numerusform>
                <numerusform>%Ln رسائل غير مقروءة</numerusform>
                <numerusform>%Ln رسالة غير مقروءة</numerusform>
                <numerusform>%Ln رسالة غير مقروءة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageEditor</name>
        <message>
            <source>our shop</source>
            <translation>متجرنا</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(أُزيل)</translation>
        </message>
        <message>
            <source>Write your message. Insert placeholders such as {first_name|there} to greet each customer by name.</source>
            <translation>اكتب رسالتك. أدرج عناصر نائبة مثل {first_name|there} لتحية كل عميل باسمه.</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>نص الرسالة</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>إدراج عنصر نائب</translation>
        </message>
        <message>
            <source>Replace curly quotes, long dashes and similar characters by their plain GSM equivalents</source>
            <translation>استبدال علامات الاقتباس المنحنية والشرطات الطويلة والأحرف المشابهة بمقابلاتها البسيطة في GSM</translation>
        </message>
        <message>
            <source>Language of the diacritics to remove</source>
            <translation>لغة علامات التشكيل المراد إزالتها</translation>
        </message>
        <message>
            <source>&amp;Preview for:</source>
            <translation>معاينة لـ(&amp;P):</translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln أجزاء</numerusform>
                <numerusform>%Ln جزء</numerusform>
                <numerusform>%Ln جزآن</numerusform>
                <numerusform>%Ln أجزاء</numerusform>
                <numerusform>%Ln جزء</numerusform>
                <numerusform>%Ln جزء</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln أحرف</numerusform>
                <numerusform>%Ln حرف</numerusform>
                <numerusform>%Ln حرفان</numerusform>
                <numerusform>%Ln أحرف</numerusform>
                <numerusform>%Ln حرف</numerusform>
                <numerusform>%Ln حرف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln left in this part</source>
            <translation>
                <numerusform>يتبقى %Ln أحرف في هذا الجزء</numerusform>
                <numerusform>يتبقى %Ln حرف في هذا الجزء</numerusform>
                <numerusform>يتبقى %Ln حرفان في هذا الجزء</numerusform>
                <numerusform>يتبقى %Ln أحرف في هذا الجزء</numerusform>
                <numerusform>يتبقى %Ln حرف في هذا الجزء</numerusform>
                <numerusform>يتبقى %Ln حرف في هذا الجزء</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted as sent: placeholders filled in for the preview contact, opt-out footer included.</source>
            <translation>محسوبة كما ستُرسل: العناصر النائبة مملوءة لجهة اتصال المعاينة، مع تذييل إلغاء الاشتراك.</translation>
        </message>
        <message>
            <source>Counted as sent: placeholders filled in for the preview contact.</source>
            <translation>محسوبة كما ستُرسل: العناصر النائبة مملوءة لجهة اتصال المعاينة.</translation>
        </message>
        <message>
            <source>Sent as UCS-2 because of %1: each part holds %2 characters instead of %3.</source>
            <translation>تُرسل بترميز UCS-2 بسبب %1: يتسع كل جزء لـ %2 حرفًا بدلًا من %3.</translation>
        </message>
        <message>
            <source>(empty message)</source>
            <translation>(رسالة فارغة)</translation>
        </message>
        <message numerus="yes">
            <source>Make GSM-safe (saves %Ln part(s))</source>
            <translation>
                <numerusform>تحويل إلى أحرف GSM (يوفر %Ln أجزاء)</numerusform>
                <numerusform>تحويل إلى أحرف GSM (يوفر %Ln جزءًا)</numerusform>
                <numerusform>تحويل إلى أحرف GSM (يوفر %Ln جزأين)</numerusform>
                <numerusform>تحويل إلى أحرف GSM (يوفر %Ln أجزاء)</numerusform>
                <numerusform>تحويل إلى أحرف GSM (يوفر %Ln جزءًا)</numerusform>
                <numerusform>تحويل إلى أحرف GSM (يوفر %Ln جزءًا)</numerusform>
            </translation>
        </message>
        <message>
            <source>Make GSM-safe</source>
            <translation>تحويل إلى أحرف GSM</translation>
        </message>
        <message>
            <source>No special punctuation or spaces to replace.</source>
            <translation>لا توجد علامات ترقيم أو مسافات خاصة لاستبدالها.</translation>
        </message>
        <message numerus="yes">
            <source>Remove diacritics (saves %Ln part(s))</source>
            <translation>
                <numerusform>إزالة علامات التشكيل (يوفر %Ln أجزاء)</numerusform>
                <numerusform>إزالة علامات التشكيل (يوفر %Ln جزءًا)</numerusform>
                <numerusform>إزالة علامات التشكيل (يوفر %Ln جزأين)</numerusform>
                <numerusform>إزالة علامات التشكيل (يوفر %Ln أجزاء)</numerusform>
                <numerusform>إزالة علامات التشكيل (يوفر %Ln جزءًا)</numerusform>
                <numerusform>إزالة علامات التشكيل (يوفر %Ln جزءًا)</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove diacritics</source>
            <translation>إزالة علامات التشكيل</translation>
        </message>
        <message>
            <source>Changes what the customer reads:
%1</source>
            <translation>يغيّر ما سيقرؤه العميل:
%1</translation>
        </message>
        <message>
            <source>No letters to transliterate for this language.</source>
            <translation>لا توجد أحرف تحتاج إلى نقل حرفي في هذه اللغة.</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>there</source>
            <comment>fallback greeting when the first name is unknown</comment>
            <translation>عزيزي العميل</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>اسم العائلة</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>اسم المتجر</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>الحقول المخصصة</translation>
        </message>
        <message>
            <source>Sample customer (fallbacks used)</source>
            <translation>عميل نموذجي (تُستخدم القيم البديلة)</translation>
        </message>
        <message>
            <source>%1: analysing…</source>
            <translation>%1: جارٍ التحليل…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt;: %Ln recipient(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln مستلمين</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln مستلم</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln مستلمان</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln مستلمين</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln مستلم</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln مستلم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>longest: %Ln part(s)</source>
            <translation>
                <numerusform>الأطول: %Ln أجزاء</numerusform>
                <numerusform>الأطول: %Ln جزء</numerusform>
                <numerusform>الأطول: %Ln جزآن</numerusform>
                <numerusform>الأطول: %Ln أجزاء</numerusform>
                <numerusform>الأطول: %Ln جزء</numerusform>
                <numerusform>الأطول: %Ln جزء</numerusform>
            </translation>
        </message>
        <message>
            <source>estimated cost %1</source>
            <translation>التكلفة التقديرية %1</translation>
        </message>
        <message>
            <source>Longest message:
%1</source>
            <translation>أطول رسالة:
%1</translation>
        </message>
        <message>
            <source>Send &amp;without diacritics</source>
            <translation>إرسال بدون علامات التشكيل(&amp;W)</translation>
        </message>
        <message>
            <source>Transliterate the message as it is sent (ą→a, ș→s, ж→zh…), including the names filled in, so it stays GSM-7 and cheaper. The preview and the counts show the result.</source>
            <translation>نقل الرسالة حرفيًا عند إرسالها (ą→a، ș→s، ж→zh…)، بما في ذلك الأسماء المُدرجة، لتبقى بترميز GSM-7 وبتكلفة أقل. تعرض المعاينة والعدّادات النتيجة.</translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageHistoryModel</name>
        <message>
            <source>Received</source>
            <translation>مُستلمة</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>مُرسلة</translation>
        </message>
        <message>
            <source>One-off message</source>
            <translation>رسالة فردية</translation>
        </message>
        <message>
            <source>Received %1: %2</source>
            <translation>مُستلمة %1: %2</translation>
        </message>
        <message>
            <source>Sent %1, %2: %3</source>
            <translation>مُرسلة %1، %2: %3</translation>
        </message>
        <message>
            <source>answers “%1”</source>
            <translation>ردًا على «%1»</translation>
        </message>
        <message>
            <source>campaign “%1”</source>
            <translation>الحملة «%1»</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageWidget</name>
        <message>
            <source>Close this message</source>
            <translation>إغلاق هذه الرسالة</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>إغلاق الرسالة</translation>
        </message>
    </context>
    <context>
        <name>Herald::PlivoGateway</name>
        <message>
            <source>Plivo answered HTTP %1 while listing messages.</source>
            <translation>ردّ Plivo بـ HTTP %1 أثناء سرد الرسائل.</translation>
        </message>
        <message>
            <source>Plivo answered HTTP %1 about the message.</source>
            <translation>ردّ Plivo بـ HTTP %1 بشأن الرسالة.</translation>
        </message>
        <message>
            <source>Without the time of the request, Plivo's records cannot tell this message from another one to the same number.</source>
            <translation>دون وقت الطلب، لا يمكن لسجلات Plivo تمييز هذه الرسالة عن رسالة أخرى إلى الرقم نفسه.</translation>
        </message>
        <message>
            <source>Plivo shows too many messages to this number since then to tell which one is ours.</source>
            <translation>تُظهر Plivo رسائل كثيرة جدًا إلى هذا الرقم منذ ذلك الحين بحيث يتعذّر تحديد رسالتنا.</translation>
        </message>
        <message>
            <source>Too early to be sure: Plivo's records may not show the message yet.</source>
            <translation>من المبكر التأكد: قد لا تُظهر سجلات Plivo الرسالة بعد.</translation>
        </message>
        <message numerus="yes">
            <source>Plivo shows %n message(s) to this number since then; which one is ours cannot be told.</source>
            <translation>
                <numerusform>تُظهر Plivo %n من الرسائل إلى هذا الرقم منذ ذلك الحين؛ ويتعذّر تحديد أيها رسالتنا.</numerusform>
                <numerusform>تُظهر Plivo %n رسالة إلى هذا الرقم منذ ذلك الحين؛ ويتعذّر التأكد من أنها رسالتنا.</numerusform>
                <numerusform>تُظهر Plivo %n رسالتين إلى هذا الرقم منذ ذلك الحين؛ ويتعذّر تحديد أيهما رسالتنا.</numerusform>
                <numerusform>تُظهر Plivo %n رسائل إلى هذا الرقم منذ ذلك الحين؛ ويتعذّر تحديد أيها رسالتنا.</numerusform>
                <numerusform>تُظهر Plivo %n رسالة إلى هذا الرقم منذ ذلك الحين؛ ويتعذّر تحديد أيها رسالتنا.</numerusform>
                <numerusform>تُظهر Plivo %n رسالة إلى هذا الرقم منذ ذلك الحين؛ ويتعذّر تحديد أيها رسالتنا.</numerusform>
            </translation>
        </message>
        <message>
            <source>Plivo: listing messages failed: %1</source>
            <translation>Plivo: تعذّر سرد الرسائل: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::Poller</name>
        <message>
            <source>Cannot poll the account “%1”: %2</source>
            <translation>تعذّر الاستعلام من الحساب «%1»: %2</translation>
        </message>
        <message>
            <source>Cannot read replies of “%1”: %2</source>
            <translation>تعذّرت قراءة ردود «%1»: %2</translation>
        </message>
        <message>
            <source>Cannot store replies of “%1”: %2</source>
            <translation>تعذّر حفظ ردود «%1»: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) of “%1” got no final delivery report within %2 days; their outcome stays unknown.</source>
            <translation>
                <numerusform>%n من رسائل «%1» لم تتلقَّ تقرير تسليم نهائيًا خلال %2 يوم؛ وتبقى نتيجتها غير معروفة.</numerusform>
                <numerusform>%n رسالة من «%1» لم تتلقَّ تقرير تسليم نهائيًا خلال %2 يوم؛ وتبقى نتيجتها غير معروفة.</numerusform>
                <numerusform>%n رسالتان من «%1» لم تتلقيا تقرير تسليم نهائيًا خلال %2 يوم؛ وتبقى نتيجتهما غير معروفة.</numerusform>
                <numerusform>%n رسائل من «%1» لم تتلقَّ تقرير تسليم نهائيًا خلال %2 يوم؛ وتبقى نتيجتها غير معروفة.</numerusform>
                <numerusform>%n رسالة من «%1» لم تتلقَّ تقرير تسليم نهائيًا خلال %2 يوم؛ وتبقى نتيجتها غير معروفة.</numerusform>
                <numerusform>%n رسالة من «%1» لم تتلقَّ تقرير تسليم نهائيًا خلال %2 يوم؛ وتبقى نتيجتها غير معروفة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read delivery reports of “%1”: %2</source>
            <translation>تعذّرت قراءة تقارير تسليم «%1»: %2</translation>
        </message>
        <message numerus="yes">
            <source>No answer after %n attempt(s)</source>
            <translation>
                <numerusform>لا استجابة بعد %n محاولات</numerusform>
                <numerusform>لا استجابة بعد %n محاولة</numerusform>
                <numerusform>لا استجابة بعد %n محاولتين</numerusform>
                <numerusform>لا استجابة بعد %n محاولات</numerusform>
                <numerusform>لا استجابة بعد %n محاولة</numerusform>
                <numerusform>لا استجابة بعد %n محاولة</numerusform>
            </translation>
        </message>
        <message>
            <source>The recipient unsubscribed at the provider (%1)</source>
            <translation>ألغى المستلم اشتراكه لدى المزوّد (%1)</translation>
        </message>
        <message>
            <source>The provider refused the account “%1”: %2 (error %3).</source>
            <translation>رفض المزوّد الحساب «%1»: %2 (الخطأ %3).</translation>
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
            <translation>لا يجري الاستعلام عن ردود «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::PreflightDialog</name>
        <message>
            <source>Pre-flight Check — %1</source>
            <translation>فحص ما قبل الإرسال — %1</translation>
        </message>
        <message>
            <source>Checking every recipient: consent, opt-outs, numbers, quiet hours, parts and cost…</source>
            <translation>جارٍ فحص كل مستلم: الموافقة وإلغاءات الاشتراك والأرقام وساعات الهدوء والأجزاء والتكلفة…</translation>
        </message>
        <message>
            <source>Who gets it</source>
            <translation>من يتلقاها</translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>الجمهور:</translation>
        </message>
        <message>
            <source>Recipients:</source>
            <translation>المستلمون:</translation>
        </message>
        <message>
            <source>Sending:</source>
            <translation>الإرسال:</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>المستبعَدون</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Length and cost</source>
            <translation>الطول والتكلفة</translation>
        </message>
        <message>
            <source>Parts:</source>
            <translation>الأجزاء:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>الترميز:</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <translation>التكلفة التقديرية:</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>المستلمون</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>الأجزاء</translation>
        </message>
        <message>
            <source>Price per part</source>
            <translation>السعر لكل جزء</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>التكلفة</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>التحذيرات</translation>
        </message>
        <message>
            <source>Send &amp;Test…</source>
            <translation>إرسال اختبار(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Schedule</source>
            <translation>جدولة(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Launch</source>
            <translation>إطلاق(&amp;L)</translation>
        </message>
        <message>
            <source>The pre-flight check failed: %1</source>
            <translation>فشل فحص ما قبل الإرسال: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — marketing campaign: only contacts who agreed to marketing messages, each message ends with the opt-out footer.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — حملة تسويقية: جهات الاتصال التي وافقت على الرسائل التسويقية فقط، وتنتهي كل رسالة بتذييل إلغاء الاشتراك.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — transactional campaign: no marketing consent needed; opted-out and suppressed numbers are still left out.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — حملة معاملات: لا حاجة إلى موافقة تسويقية؛ ومع ذلك تُستبعد الأرقام التي ألغت اشتراكها والأرقام الموجودة في قائمة الاستبعاد.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) selected</source>
            <translation>
                <numerusform>%Ln من جهات الاتصال محددة</numerusform>
                <numerusform>%Ln جهة اتصال محددة</numerusform>
                <numerusform>%Ln جهتا اتصال محددتان</numerusform>
                <numerusform>%Ln جهات اتصال محددة</numerusform>
                <numerusform>%Ln جهة اتصال محددة</numerusform>
                <numerusform>%Ln جهة اتصال محددة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) get the message</source>
            <translation>
                <numerusform>%Ln من جهات الاتصال تتلقى الرسالة</numerusform>
                <numerusform>%Ln جهة اتصال تتلقى الرسالة</numerusform>
                <numerusform>%Ln جهتا اتصال تتلقيان الرسالة</numerusform>
                <numerusform>%Ln جهات اتصال تتلقى الرسالة</numerusform>
                <numerusform>%Ln جهة اتصال تتلقى الرسالة</numerusform>
                <numerusform>%Ln جهة اتصال تتلقى الرسالة</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at once, %2 held to a later time</source>
            <translation>%1 فورًا، و%2 مؤجلة إلى وقت لاحق</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>في %1</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>nothing to send</source>
            <translation>لا شيء للإرسال</translation>
        </message>
        <message numerus="yes">
            <source>%1 × %Ln part(s)</source>
            <translation>
                <numerusform>%1 × %Ln أجزاء</numerusform>
                <numerusform>%1 × %Ln جزء</numerusform>
                <numerusform>%1 × %Ln جزآن</numerusform>
                <numerusform>%1 × %Ln أجزاء</numerusform>
                <numerusform>%1 × %Ln جزءًا</numerusform>
                <numerusform>%1 × %Ln جزء</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in total (%2)</source>
            <translation>%1 إجمالًا (%2)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln recipient(s) in UCS-2 (70 characters per part), forced by: %2</source>
            <translation>
                <numerusform>%1 — %Ln من المستلمين بترميز UCS-2 ‏(70 حرفًا لكل جزء)، بسبب: %2</numerusform>
                <numerusform>%1 — %Ln مستلم بترميز UCS-2 ‏(70 حرفًا لكل جزء)، بسبب: %2</numerusform>
                <numerusform>%1 — %Ln مستلمان بترميز UCS-2 ‏(70 حرفًا لكل جزء)، بسبب: %2</numerusform>
                <numerusform>%1 — %Ln مستلمين بترميز UCS-2 ‏(70 حرفًا لكل جزء)، بسبب: %2</numerusform>
                <numerusform>%1 — %Ln مستلمًا بترميز UCS-2 ‏(70 حرفًا لكل جزء)، بسبب: %2</numerusform>
                <numerusform>%1 — %Ln مستلم بترميز UCS-2 ‏(70 حرفًا لكل جزء)، بسبب: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>لا توجد تحذيرات.</translation>
        </message>
        <message numerus="yes">
            <source>Hands %Ln message(s) to the outbox and starts sending.</source>
            <translation>
                <numerusform>يسلّم %Ln من الرسائل إلى صندوق الصادر ويبدأ الإرسال.</numerusform>
                <numerusform>يسلّم %Ln رسالة إلى صندوق الصادر ويبدأ الإرسال.</numerusform>
                <numerusform>يسلّم %Ln رسالتين إلى صندوق الصادر ويبدأ الإرسال.</numerusform>
                <numerusform>يسلّم %Ln رسائل إلى صندوق الصادر ويبدأ الإرسال.</numerusform>
                <numerusform>يسلّم %Ln رسالة إلى صندوق الصادر ويبدأ الإرسال.</numerusform>
                <numerusform>يسلّم %Ln رسالة إلى صندوق الصادر ويبدأ الإرسال.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody would get this campaign.</source>
            <translation>لن يتلقى أحد هذه الحملة.</translation>
        </message>
    </context>
    <context>
        <name>Herald::ReplyHeatMap</name>
        <message numerus="yes">
            <source>%1, %2:00–%2:59: %Ln reply(ies)</source>
            <translation>
                <numerusform>%1، %2:00–%2:59: %Ln من الردود</numerusform>
                <numerusform>%1، %2:00–%2:59: %Ln رد</numerusform>
                <numerusform>%1، %2:00–%2:59: %Ln ردّان</numerusform>
                <numerusform>%1، %2:00–%2:59: %Ln ردود</numerusform>
                <numerusform>%1، %2:00–%2:59: %Ln ردًا</numerusform>
                <numerusform>%1، %2:00–%2:59: %Ln رد</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::RuleConditionWidget</name>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>Custom field name</source>
            <translation>اسم الحقل المخصص</translation>
        </message>
        <message>
            <source>Field name</source>
            <translation>اسم الحقل</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>المقارنة</translation>
        </message>
        <message>
            <source>Remove this rule</source>
            <translation>إزالة هذه القاعدة</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>إزالة القاعدة</translation>
        </message>
        <message>
            <source>Rule %1</source>
            <translation>القاعدة %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::RuleGroupWidget</name>
        <message>
            <source>Contacts &amp;must match:</source>
            <translation>يجب أن تطابق جهات الاتصال(&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Match:</source>
            <translation>مطابقة(&amp;M):</translation>
        </message>
        <message>
            <source>Add &amp;rule</source>
            <translation>إضافة قاعدة(&amp;R)</translation>
        </message>
        <message>
            <source>Add &amp;group</source>
            <translation>إضافة مجموعة(&amp;G)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>No rules yet: every contact matches.</source>
            <translation>لا توجد قواعد بعد: كل جهات الاتصال مطابقة.</translation>
        </message>
        <message>
            <source>all of these rules</source>
            <translation>كل هذه القواعد</translation>
        </message>
        <message>
            <source>any of these rules</source>
            <translation>أيًّا من هذه القواعد</translation>
        </message>
        <message>
            <source>Add a group of rules with its own “all” or “any”</source>
            <translation>إضافة مجموعة قواعد لها «الكل» أو «أي» الخاص بها</translation>
        </message>
        <message>
            <source>Remove this group and its rules</source>
            <translation>إزالة هذه المجموعة وقواعدها</translation>
        </message>
        <message>
            <source>Group %1</source>
            <translation>المجموعة %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::RuleValueEditor</name>
        <message>
            <source> days</source>
            <translation> يوم</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Tag names, separated by commas</source>
            <translation>أسماء الوسوم، مفصولة بفواصل</translation>
        </message>
        <message>
            <source>Values, separated by commas</source>
            <translation>القيم، مفصولة بفواصل</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>and</source>
            <translation>و</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
    </context>
    <context>
        <name>Herald::SegmentListModel</name>
        <message>
            <source>error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>مضمّنة</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
    </context>
    <context>
        <name>Herald::SegmentsPane</name>
        <message>
            <source>&amp;New</source>
            <translation>جديد(&amp;N)</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>تكرار(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>حذف(&amp;D)…</translation>
        </message>
        <message>
            <source>Built-in segments can't be changed: duplicate it to make your own.</source>
            <translation>لا يمكن تغيير الشرائح المضمّنة: كرّرها لإنشاء شريحتك الخاصة.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>حفظ(&amp;S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>استرجاع(&amp;V)</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>الشرائح</translation>
        </message>
        <message>
            <source>For example: Warsaw VIPs</source>
            <translation>مثال: كبار العملاء في وارسو</translation>
        </message>
        <message>
            <source>Optional: who this segment is for</source>
            <translation>اختياري: لمن هذه الشريحة</translation>
        </message>
        <message>
            <source>Matching contacts</source>
            <translation>جهات الاتصال المطابقة</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <source>First matching contacts</source>
            <translation>أوائل جهات الاتصال المطابقة</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الاسم(&amp;N):</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>الوصف(&amp;P):</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>القواعد</translation>
        </message>
        <message>
            <source>Fix the rule marked in red to see how many contacts match.</source>
            <translation>أصلح القاعدة المميزة باللون الأحمر لمعرفة عدد جهات الاتصال المطابقة.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>جارٍ العدّ…</translation>
        </message>
        <message>
            <source>Could not count the contacts: %1</source>
            <translation>تعذّر عدّ جهات الاتصال: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) match</source>
            <translation>
                <numerusform>تطابق %Ln جهات اتصال</numerusform>
                <numerusform>تطابق %Ln جهة اتصال</numerusform>
                <numerusform>تطابق %Ln جهتا اتصال</numerusform>
                <numerusform>تطابق %Ln جهات اتصال</numerusform>
                <numerusform>تطابق %Ln جهة اتصال</numerusform>
                <numerusform>تطابق %Ln جهة اتصال</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved Segment</source>
            <translation>شريحة غير محفوظة</translation>
        </message>
        <message>
            <source>The segment “%1” has changes that are not saved. Save them?</source>
            <translation>في الشريحة «%1» تغييرات غير محفوظة. هل تريد حفظها؟</translation>
        </message>
        <message>
            <source>New segment</source>
            <translation>شريحة جديدة</translation>
        </message>
        <message>
            <source>The segment was not saved: %1</source>
            <translation>لم تُحفظ الشريحة: %1</translation>
        </message>
        <message>
            <source>Delete Segment</source>
            <translation>حذف الشريحة</translation>
        </message>
        <message>
            <source>Delete the segment “%1”? This cannot be undone.</source>
            <translation>هل تريد حذف الشريحة «%1»؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
    </context>
    <context>
        <name>Herald::SendWorker</name>
        <message>
            <source>Cannot open the workspace for sending: %1</source>
            <translation>تعذّر فتح مساحة العمل للإرسال: %1</translation>
        </message>
        <message>
            <source>Campaign %1 has not been launched.</source>
            <translation>لم يتم إطلاق الحملة %1.</translation>
        </message>
        <message>
            <source>Campaign %1 cannot start: %2</source>
            <translation>يتعذّر بدء الحملة %1: %2</translation>
        </message>
        <message>
            <source>Sending campaign %1 through %2</source>
            <translation>جارٍ إرسال الحملة %1 عبر %2</translation>
        </message>
        <message numerus="yes">
            <source>Settling %n message(s) whose outcome was not recorded</source>
            <translation>
                <numerusform>جارٍ تسوية %n من الرسائل التي لم تُسجَّل نتيجتها</numerusform>
                <numerusform>جارٍ تسوية %n من الرسائل التي لم تُسجَّل نتيجتها</numerusform>
                <numerusform>جارٍ تسوية %n من الرسائل التي لم تُسجَّل نتيجتها</numerusform>
                <numerusform>جارٍ تسوية %n من الرسائل التي لم تُسجَّل نتيجتها</numerusform>
                <numerusform>جارٍ تسوية %n من الرسائل التي لم تُسجَّل نتيجتها</numerusform>
                <numerusform>جارٍ تسوية %n من الرسائل التي لم تُسجَّل نتيجتها</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No answer after %n attempt(s)</source>
            <translation>
                <numerusform>لا استجابة بعد %n محاولات</numerusform>
                <numerusform>لا استجابة بعد %n محاولة</numerusform>
                <numerusform>لا استجابة بعد %n محاولتين</numerusform>
                <numerusform>لا استجابة بعد %n محاولات</numerusform>
                <numerusform>لا استجابة بعد %n محاولة</numerusform>
                <numerusform>لا استجابة بعد %n محاولة</numerusform>
            </translation>
        </message>
        <message>
            <source>The workspace refused the next messages: %1</source>
            <translation>رفضت مساحة العمل الرسائل التالية: %1</translation>
        </message>
        <message>
            <source>The workspace refused to record the next messages: %1</source>
            <translation>رفضت مساحة العمل تسجيل الرسائل التالية: %1</translation>
        </message>
        <message>
            <source>Message to %1 had reached the provider after all</source>
            <translation>الرسالة إلى %1 كانت قد وصلت إلى المزوّد في النهاية</translation>
        </message>
        <message>
            <source>The provider asked to slow down; waiting %1 ms</source>
            <translation>طلب المزوّد الإبطاء؛ الانتظار %1 مللي ثانية</translation>
        </message>
        <message>
            <source>The recipient unsubscribed at the provider (%1)</source>
            <translation>ألغى المستلم اشتراكه لدى المزوّد (%1)</translation>
        </message>
        <message>
            <source>The provider refused the account “%1”: %2 (error %3). Check its credentials and balance, then resume the campaign.</source>
            <translation>رفض المزوّد الحساب «%1»: %2 (الخطأ %3). تحقق من بيانات اعتماده ورصيده، ثم استأنف الحملة.</translation>
        </message>
        <message numerus="yes">
            <source>The provider failed %n time(s) in a row (last: %1). Sending is paused; resume it when the provider works again.</source>
            <translation>
                <numerusform>أخفق المزوّد %n مرات على التوالي (آخرها: %1). تم إيقاف الإرسال مؤقتًا؛ استأنفه عندما يعمل المزوّد مجددًا.</numerusform>
                <numerusform>أخفق المزوّد %n مرة على التوالي (آخرها: %1). تم إيقاف الإرسال مؤقتًا؛ استأنفه عندما يعمل المزوّد مجددًا.</numerusform>
                <numerusform>أخفق المزوّد %n مرتين على التوالي (آخرها: %1). تم إيقاف الإرسال مؤقتًا؛ استأنفه عندما يعمل المزوّد مجددًا.</numerusform>
                <numerusform>أخفق المزوّد %n مرات على التوالي (آخرها: %1). تم إيقاف الإرسال مؤقتًا؛ استأنفه عندما يعمل المزوّد مجددًا.</numerusform>
                <numerusform>أخفق المزوّد %n مرة على التوالي (آخرها: %1). تم إيقاف الإرسال مؤقتًا؛ استأنفه عندما يعمل المزوّد مجددًا.</numerusform>
                <numerusform>أخفق المزوّد %n مرة على التوالي (آخرها: %1). تم إيقاف الإرسال مؤقتًا؛ استأنفه عندما يعمل المزوّد مجددًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot record sending results: %1</source>
            <translation>تعذّر تسجيل نتائج الإرسال: %1</translation>
        </message>
        <message>
            <source>The workspace cannot record sending results: %1</source>
            <translation>لا يمكن لمساحة العمل تسجيل نتائج الإرسال: %1</translation>
        </message>
        <message>
            <source>Campaign %1 cancelled</source>
            <translation>أُلغيت الحملة %1</translation>
        </message>
        <message>
            <source>Campaign %1 handed to the provider: %2 accepted, %3 failed, %4 unknown</source>
            <translation>سُلّمت الحملة %1 إلى المزوّد: %2 مقبولة، %3 فاشلة، %4 غير معروفة</translation>
        </message>
        <message>
            <source>Cannot read delivery reports: %1</source>
            <translation>تعذّرت قراءة تقارير التسليم: %1</translation>
        </message>
        <message>
            <source>Too late to ask the provider again with the same key</source>
            <translation>فات أوان سؤال المزوّد مجددًا بالمفتاح نفسه</translation>
        </message>
        <message>
            <source>The outcome of the message to %1 stays unknown: the provider no longer recognises its key</source>
            <translation>تبقى نتيجة الرسالة إلى %1 غير معروفة: لم يعد المزوّد يتعرّف على مفتاحها</translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1: %n message(s) held until the recipients' sending window opens</source>
            <translation>
                <numerusform>الحملة %1: %n من الرسائل محتجزة حتى تبدأ نافذة الإرسال لدى المستلمين</numerusform>
                <numerusform>الحملة %1: %n رسالة محتجزة حتى تبدأ نافذة الإرسال لدى المستلم</numerusform>
                <numerusform>الحملة %1: %n رسالتان محتجزتان حتى تبدأ نافذة الإرسال لدى المستلمين</numerusform>
                <numerusform>الحملة %1: %n رسائل محتجزة حتى تبدأ نافذة الإرسال لدى المستلمين</numerusform>
                <numerusform>الحملة %1: %n رسالة محتجزة حتى تبدأ نافذة الإرسال لدى المستلمين</numerusform>
                <numerusform>الحملة %1: %n رسالة محتجزة حتى تبدأ نافذة الإرسال لدى المستلمين</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot poll for replies and delivery reports: %1</source>
            <translation>تعذّر الاستعلام عن الردود وتقارير التسليم: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
        <message numerus="yes">
            <source>%Ln message(s) per person per %1 days</source>
            <translation>
                <numerusform>%Ln رسائل لكل شخص كل %1 يوم</numerusform>
                <numerusform>%Ln رسالة لكل شخص كل %1 يوم</numerusform>
                <numerusform>%Ln رسالتان لكل شخص كل %1 يوم</numerusform>
                <numerusform>%Ln رسائل لكل شخص كل %1 يوم</numerusform>
                <numerusform>%Ln رسالة لكل شخص كل %1 يوم</numerusform>
                <numerusform>%Ln رسالة لكل شخص كل %1 يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>The new interface language applies the next time Herald starts.</source>
            <translation>تُطبَّق لغة الواجهة الجديدة عند تشغيل Herald في المرة القادمة.</translation>
        </message>
    </context>
    <context>
        <name>Herald::Simulator</name>
        <message>
            <source>The Simulator cannot listen on 127.0.0.1:%1.</source>
            <translation>لا يمكن للمحاكي الاستماع على 127.0.0.1:%1.</translation>
        </message>
        <message>
            <source>Simulator listening on %1 (faults: %2)</source>
            <translation>المحاكي يستمع على %1 (الأعطال: %2)</translation>
        </message>
    </context>
    <context>
        <name>Herald::SmsApiGateway</name>
        <message>
            <source>SMSAPI cannot be asked about a message; send it again with the same key to find out whether it arrived.</source>
            <translation>لا يمكن سؤال SMSAPI عن رسالة؛ أرسلها مجددًا بالمفتاح نفسه لمعرفة ما إذا كانت قد وصلت.</translation>
        </message>
        <message>
            <source>SMSAPI reports deliveries and replies only to a web address, which a desktop cannot offer; there is nothing to poll.</source>
            <translation>لا يُبلغ SMSAPI عن عمليات التسليم والردود إلا إلى عنوان ويب، وهو ما لا يستطيع تطبيق سطح المكتب توفيره؛ لذا لا يوجد ما يُستعلم عنه.</translation>
        </message>
        <message>
            <source>SMSAPI did not answer: %1</source>
            <translation>لم يستجب SMSAPI: %1</translation>
        </message>
        <message>
            <source>SMSAPI accepted the token.</source>
            <translation>قبِل SMSAPI الرمز المميز (token).</translation>
        </message>
        <message>
            <source>SMSAPI refused the token (HTTP %1). Check the token, its permissions and the account's allowed IP addresses.</source>
            <translation>رفض SMSAPI الرمز المميز ‏(HTTP %1). تحقق من الرمز وصلاحياته وعناوين IP المسموح بها للحساب.</translation>
        </message>
        <message>
            <source>SMSAPI answered HTTP %1 with something unexpected.</source>
            <translation>ردّ SMSAPI بـ HTTP %1 بمحتوى غير متوقع.</translation>
        </message>
    </context>
    <context>
        <name>Herald::SmsHighlighter</name>
        <message>
            <source>This character is not in the GSM alphabet: the whole message is sent as UCS-2.</source>
            <translation>هذا الحرف ليس من أبجدية GSM: ستُرسل الرسالة كلها بترميز UCS-2.</translation>
        </message>
    </context>
    <context>
        <name>Herald::TemplateListModel</name>
        <message>
            <source>Any</source>
            <translation>أي لغة</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>تسويقي</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>معاملات</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>الأجزاء</translation>
        </message>
    </context>
    <context>
        <name>Herald::TemplatesPane</name>
        <message>
            <source>&amp;New</source>
            <translation>جديد(&amp;N)</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>تكرار(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>حذف(&amp;D)…</translation>
        </message>
        <message>
            <source>Opt-out &amp;footers…</source>
            <translation>تذييلات إلغاء الاشتراك(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>حفظ(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>استرجاع(&amp;R)</translation>
        </message>
        <message>
            <source>Search templates</source>
            <translation>البحث في القوالب</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>كل اللغات</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>أي لغة</translation>
        </message>
        <message>
            <source>Marketing (needs consent, opt-out footer added)</source>
            <translation>تسويقي (يتطلب موافقة، ويُضاف تذييل إلغاء الاشتراك)</translation>
        </message>
        <message>
            <source>Transactional (orders, shipping)</source>
            <translation>معاملات (الطلبات، الشحن)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الاسم(&amp;N):</translation>
        </message>
        <message>
            <source>Ca&amp;tegory and language:</source>
            <translation>الفئة واللغة(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>النوع(&amp;K):</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>القوالب</translation>
        </message>
        <message>
            <source>Opted-in contacts</source>
            <translation>جهات الاتصال المشتركة</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>كل جهات الاتصال</translation>
        </message>
        <message>
            <source>Unsaved Template</source>
            <translation>قالب غير محفوظ</translation>
        </message>
        <message>
            <source>The template “%1” has changes that are not saved. Save them?</source>
            <translation>في القالب «%1» تغييرات غير محفوظة. هل تريد حفظها؟</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>قالب جديد</translation>
        </message>
        <message>
            <source>Delete Template</source>
            <translation>حذف القالب</translation>
        </message>
        <message>
            <source>Delete the template “%1”? This cannot be undone.</source>
            <translation>هل تريد حذف القالب «%1»؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>Opt-out Footers</source>
            <translation>تذييلات إلغاء الاشتراك</translation>
        </message>
        <message>
            <source>Every marketing message ends with the footer in the recipient's language. It is always counted in the message length. Leave a field empty for the default.</source>
            <translation>تنتهي كل رسالة تسويقية بالتذييل بلغة المستلم. ويُحتسب دائمًا ضمن طول الرسالة. اترك الحقل فارغًا لاستخدام التذييل الافتراضي.</translation>
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
            <translation>إرسال اختبار — %1</translation>
        </message>
        <message>
            <source>Your own numbers, separated by commas</source>
            <translation>أرقامك الخاصة، مفصولة بفواصل</translation>
        </message>
        <message>
            <source>&amp;Send Test</source>
            <translation>إرسال الاختبار(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Numbers:</source>
            <translation>الأرقام(&amp;N):</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>الرسالة:</translation>
        </message>
        <message>
            <source>Results:</source>
            <translation>النتائج:</translation>
        </message>
        <message>
            <source>“%1” is not a phone number: %2</source>
            <translation>«%1» ليس رقم هاتف: %2</translation>
        </message>
        <message>
            <source>Type at least one of your own numbers.</source>
            <translation>اكتب رقمًا واحدًا على الأقل من أرقامك.</translation>
        </message>
        <message>
            <source>A test goes to at most 5 numbers.</source>
            <translation>يُرسل الاختبار إلى 5 أرقام على الأكثر.</translation>
        </message>
        <message>
            <source>%1: accepted by the provider (%2)</source>
            <translation>%1: قبِله المزوّد (%2)</translation>
        </message>
        <message>
            <source>%1: not sent — %2</source>
            <translation>%1: لم يُرسل — %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::TwilioGateway</name>
        <message>
            <source>HTTP %1 while listing messages</source>
            <translation>HTTP %1 أثناء سرد الرسائل</translation>
        </message>
        <message>
            <source>Too many messages to search for this recipient.</source>
            <translation>عدد الرسائل كبير جدًا للبحث عنها لهذا المستلم.</translation>
        </message>
        <message>
            <source>Twilio: listing messages failed: %1</source>
            <translation>Twilio: تعذّر سرد الرسائل: %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::VonageGateway</name>
        <message>
            <source>%1 of %2 parts were accepted; the rest was refused: %3</source>
            <translation>قُبل %1 من أصل %2 من الأجزاء؛ ورُفض الباقي: %3</translation>
        </message>
        <message>
            <source>Vonage refused the report (HTTP 403): the Reports API may not be enabled for this account.</source>
            <translation>رفضت Vonage التقرير (HTTP 403): قد لا تكون واجهة Reports API مفعّلة لهذا الحساب.</translation>
        </message>
        <message>
            <source>Vonage answered HTTP %1 while reading reports.</source>
            <translation>ردّت Vonage بـ HTTP %1 أثناء قراءة التقارير.</translation>
        </message>
        <message>
            <source>Too early to be sure: Vonage's reports may not show the message yet.</source>
            <translation>من المبكر التأكد: قد لا تُظهر تقارير Vonage الرسالة بعد.</translation>
        </message>
        <message>
            <source>Without the time and key of the request, Vonage's reports cannot name the message.</source>
            <translation>دون وقت الطلب ومفتاحه، لا يمكن لتقارير Vonage تحديد الرسالة.</translation>
        </message>
        <message>
            <source>Too many messages to search in Vonage's reports.</source>
            <translation>عدد الرسائل كبير جدًا للبحث عنها في تقارير Vonage.</translation>
        </message>
        <message>
            <source>Vonage accepted the API key and secret.</source>
            <translation>قبِلت Vonage مفتاح API والسر.</translation>
        </message>
        <message>
            <source>Vonage accepted the API key and secret, but the Reports API is not enabled: delivery reports and replies cannot be polled.</source>
            <translation>قبِلت Vonage مفتاح API والسر، لكن واجهة Reports API غير مفعّلة: لا يمكن الاستعلام عن تقارير التسليم والردود.</translation>
        </message>
        <message>
            <source>Vonage did not answer: %1</source>
            <translation>لم تستجب Vonage: %1</translation>
        </message>
        <message>
            <source>Vonage refused the API key and secret (HTTP 401).</source>
            <translation>رفضت Vonage مفتاح API والسر (HTTP 401).</translation>
        </message>
        <message>
            <source>Vonage answered HTTP %1.</source>
            <translation>ردّت Vonage بـ HTTP %1.</translation>
        </message>
        <message>
            <source>Vonage: reading delivery reports failed: %1</source>
            <translation>Vonage: تعذّرت قراءة تقارير التسليم: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportValues</name>
        <message>
            <source>no phone number</source>
            <translation>لا يوجد رقم هاتف</translation>
        </message>
        <message>
            <source>a spreadsheet formula, not a phone number</source>
            <translation>صيغة جدول بيانات، وليست رقم هاتف</translation>
        </message>
        <message>
            <source>the number is in scientific notation (%1): the spreadsheet has lost its last digits. Format the column as text in the spreadsheet and export again</source>
            <translation>الرقم مكتوب بالتدوين العلمي (%1): فقد جدول البيانات آخر أرقامه. نسّق العمود كنص في جدول البيانات ثم صدّره مرة أخرى</translation>
        </message>
    </context>
    <context>
        <name>InboundProcessor</name>
        <message>
            <source>Reply %1 (“%2”) is older than a later START of the same number; consent is unchanged.</source>
            <translation>الرد %1 («%2») أقدم من START لاحق من الرقم نفسه؛ لم تتغير الموافقة.</translation>
        </message>
        <message numerus="yes">
            <source>Contact %1 opted out by replying “%2”; %n waiting message(s) cancelled.</source>
            <translation>
                <numerusform>ألغت جهة الاتصال %1 اشتراكها بالرد بـ «%2»؛ وأُلغيت %n من الرسائل المنتظرة.</numerusform>
                <numerusform>ألغت جهة الاتصال %1 اشتراكها بالرد بـ «%2»؛ وأُلغيت %n رسالة منتظرة.</numerusform>
                <numerusform>ألغت جهة الاتصال %1 اشتراكها بالرد بـ «%2»؛ وأُلغيت %n رسالتان منتظرتان.</numerusform>
                <numerusform>ألغت جهة الاتصال %1 اشتراكها بالرد بـ «%2»؛ وأُلغيت %n رسائل منتظرة.</numerusform>
                <numerusform>ألغت جهة الاتصال %1 اشتراكها بالرد بـ «%2»؛ وأُلغيت %n رسالة منتظرة.</numerusform>
                <numerusform>ألغت جهة الاتصال %1 اشتراكها بالرد بـ «%2»؛ وأُلغيت %n رسالة منتظرة.</numerusform>
            </translation>
        </message>
        <message>
            <source>A number without a contact opted out by replying “%1”; it is on the suppression list now.</source>
            <translation>ألغى رقم غير مرتبط بجهة اتصال اشتراكه بالرد بـ «%1»؛ وأصبح الآن في قائمة الاستبعاد.</translation>
        </message>
        <message>
            <source>Reply %1 (“%2”) comes from a number without a contact; it stays on the suppression list if it is there.</source>
            <translation>الرد %1 («%2») وارد من رقم غير مرتبط بجهة اتصال؛ ويبقى في قائمة الاستبعاد إن كان فيها.</translation>
        </message>
        <message>
            <source>Reply %1 (“%2”) is older than a later STOP of the same number; consent is unchanged.</source>
            <translation>الرد %1 («%2») أقدم من STOP لاحق من الرقم نفسه؛ لم تتغير الموافقة.</translation>
        </message>
        <message>
            <source>Contact %1 subscribed again by replying “%2”.</source>
            <translation>اشتركت جهة الاتصال %1 مجددًا بالرد بـ «%2».</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>There are no replies from this person.</source>
            <translation>لا توجد ردود من هذا الشخص.</translation>
        </message>
        <message>
            <source>Contact %1 does not exist (any more).</source>
            <translation>جهة الاتصال %1 غير موجودة (لم تعد موجودة).</translation>
        </message>
    </context>
    <context>
        <name>InboxReply</name>
        <message>
            <source>Choose a conversation to reply to.</source>
            <translation>اختر محادثة للرد عليها.</translation>
        </message>
        <message>
            <source>There is no provider account to send the reply through. Add one in File → Provider Accounts.</source>
            <translation>لا يوجد حساب مزوّد لإرسال الرد عبره. أضف حسابًا من ملف ← حسابات المزوّدين.</translation>
        </message>
        <message>
            <source>%1 is on the suppression list: this number replied STOP or was opted out, so Herald sends it nothing, not even a reply. If the person texts START, they can be answered again.</source>
            <translation>%1 في قائمة الاستبعاد: ردّ هذا الرقم بـ STOP أو أُلغي اشتراكه، لذا لا يرسل إليه Herald أي شيء، ولا حتى ردًا. إذا أرسل الشخص START، يمكن الرد عليه مجددًا.</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>اكتب ردًا أولًا.</translation>
        </message>
        <message>
            <source>The reply has %1 characters; at most %2 can be sent in one message.</source>
            <translation>يحتوي الرد على %1 حرف؛ ويمكن إرسال %2 حرف على الأكثر في رسالة واحدة.</translation>
        </message>
        <message>
            <source>%1 has just been put on the suppression list; the reply was not sent.</source>
            <translation>أُضيف %1 للتو إلى قائمة الاستبعاد؛ لم يُرسل الرد.</translation>
        </message>
        <message numerus="yes">
            <source>Reply to %1 queued on “%2” (%n part(s)).</source>
            <translation>
                <numerusform>وُضع الرد إلى %1 في قائمة الانتظار على «%2» (%n أجزاء).</numerusform>
                <numerusform>وُضع الرد إلى %1 في قائمة الانتظار على «%2» (%n جزء).</numerusform>
                <numerusform>وُضع الرد إلى %1 في قائمة الانتظار على «%2» (%n جزآن).</numerusform>
                <numerusform>وُضع الرد إلى %1 في قائمة الانتظار على «%2» (%n أجزاء).</numerusform>
                <numerusform>وُضع الرد إلى %1 في قائمة الانتظار على «%2» (%n جزءًا).</numerusform>
                <numerusform>وُضع الرد إلى %1 في قائمة الانتظار على «%2» (%n جزء).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has not written to you: the inbox only answers replies. To write first, create a campaign.</source>
            <translation>لم يراسلك %1: صندوق الوارد يرد على الردود فقط. لبدء المراسلة، أنشئ حملة.</translation>
        </message>
    </context>
    <context>
        <name>InboxTexts</name>
        <message>
            <source>Queued</source>
            <translation>في قائمة الانتظار</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>قيد الإرسال</translation>
        </message>
        <message>
            <source>Handed to the provider</source>
            <translation>سُلّمت إلى المزوّد</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>مُرسلة</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>مُسلّمة</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>لم تُسلَّم</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>فاشلة</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>متخطاة</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>النتيجة غير معروفة</translation>
        </message>
    </context>
    <context>
        <name>MessageTemplate</name>
        <message>
            <source>A “}” at position %1 closes no placeholder; write “}}” for a literal brace.</source>
            <translation>علامة «}» في الموضع %1 لا تُغلق أي عنصر نائب؛ اكتب «}}» للحصول على قوس معقوف حرفي.</translation>
        </message>
        <message>
            <source>The placeholder “%1” is not closed with “}”; write “{{” for a literal brace.</source>
            <translation>العنصر النائب «%1» غير مُغلق بعلامة «}»؛ اكتب «{{» للحصول على قوس معقوف حرفي.</translation>
        </message>
        <message>
            <source>The placeholder “%1” has no name.</source>
            <translation>العنصر النائب «%1» ليس له اسم.</translation>
        </message>
        <message>
            <source>The custom field name in “%1” is empty or contains characters other than letters, digits, “_”, “-” and “.”.</source>
            <translation>اسم الحقل المخصص في «%1» فارغ أو يحتوي على أحرف غير الحروف والأرقام و«_» و«-» و«.».</translation>
        </message>
        <message>
            <source>Unknown placeholder “%1”; use one of %2 or {field:NAME} for a custom field.</source>
            <translation>عنصر نائب غير معروف «%1»؛ استخدم أحد %2 أو {field:NAME} لحقل مخصص.</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>This workspace was saved by a newer version of Herald (schema %1; this version understands up to %2). Please update Herald.</source>
            <translation>حُفظت مساحة العمل هذه بإصدار أحدث من Herald (المخطط %1؛ يفهم هذا الإصدار حتى %2). يُرجى تحديث Herald.</translation>
        </message>
        <message>
            <source>“%1” is an SQLite database, but not a Herald workspace.</source>
            <translation>«%1» قاعدة بيانات SQLite، لكنها ليست مساحة عمل Herald.</translation>
        </message>
        <message>
            <source>Could not back up the workspace before upgrading it, so it was left unchanged: %1</source>
            <translation>تعذّر نسخ مساحة العمل احتياطيًا قبل ترقيتها، لذا تُركت دون تغيير: %1</translation>
        </message>
        <message>
            <source>Upgrading the workspace to schema %1 (%2) failed: %3</source>
            <translation>فشلت ترقية مساحة العمل إلى المخطط %1 (%2): %3</translation>
        </message>
        <message>
            <source>Backed up the workspace before upgrading it: %1</source>
            <translation>تم نسخ مساحة العمل احتياطيًا قبل ترقيتها: %1</translation>
        </message>
        <message>
            <source>Upgraded the workspace to schema %1 (%2).</source>
            <translation>تمت ترقية مساحة العمل إلى المخطط %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>OptOutFooterStore</name>
        <message>
            <source>The opt-out footer must tell people to reply STOP.</source>
            <translation>يجب أن يخبر تذييل إلغاء الاشتراك المستلمين بالرد بكلمة STOP.</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumbers</name>
        <message>
            <source>no phone number</source>
            <translation>لا يوجد رقم هاتف</translation>
        </message>
        <message>
            <source>no valid country code (and no default country for “%1”)</source>
            <translation>لا يوجد رمز بلد صالح (ولا بلد افتراضي لـ «%1»)</translation>
        </message>
        <message>
            <source>too short to be a phone number</source>
            <translation>أقصر من أن يكون رقم هاتف</translation>
        </message>
        <message>
            <source>too long to be a phone number</source>
            <translation>أطول من أن يكون رقم هاتف</translation>
        </message>
        <message>
            <source>not a phone number</source>
            <translation>ليس رقم هاتف</translation>
        </message>
        <message>
            <source>not a valid number for its country</source>
            <translation>ليس رقمًا صالحًا لبلده</translation>
        </message>
    </context>
    <context>
        <name>Preflight</name>
        <message numerus="yes">
            <source>%n contact(s) have not agreed to marketing messages.</source>
            <translation>
                <numerusform>%n من جهات الاتصال لم توافق على الرسائل التسويقية.</numerusform>
                <numerusform>%n جهة اتصال لم توافق على الرسائل التسويقية.</numerusform>
                <numerusform>%n جهتا اتصال لم توافقا على الرسائل التسويقية.</numerusform>
                <numerusform>%n جهات اتصال لم توافق على الرسائل التسويقية.</numerusform>
                <numerusform>%n جهة اتصال لم توافق على الرسائل التسويقية.</numerusform>
                <numerusform>%n جهة اتصال لم توافق على الرسائل التسويقية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) opted out or are on the suppression list.</source>
            <translation>
                <numerusform>%n من جهات الاتصال ألغت اشتراكها أو موجودة في قائمة الاستبعاد.</numerusform>
                <numerusform>%n جهة اتصال ألغت اشتراكها أو موجودة في قائمة الاستبعاد.</numerusform>
                <numerusform>%n جهتا اتصال ألغتا اشتراكهما أو موجودتان في قائمة الاستبعاد.</numerusform>
                <numerusform>%n جهات اتصال ألغت اشتراكها أو موجودة في قائمة الاستبعاد.</numerusform>
                <numerusform>%n جهة اتصال ألغت اشتراكها أو موجودة في قائمة الاستبعاد.</numerusform>
                <numerusform>%n جهة اتصال ألغت اشتراكها أو موجودة في قائمة الاستبعاد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) already reached the limit of %1 marketing messages in %2 days.</source>
            <translation>
                <numerusform>%n من جهات الاتصال بلغت بالفعل حد %1 من الرسائل التسويقية خلال %2 يوم.</numerusform>
                <numerusform>%n جهة اتصال بلغت بالفعل حد %1 من الرسائل التسويقية خلال %2 يوم.</numerusform>
                <numerusform>%n جهتا اتصال بلغتا بالفعل حد %1 من الرسائل التسويقية خلال %2 يوم.</numerusform>
                <numerusform>%n جهات اتصال بلغت بالفعل حد %1 من الرسائل التسويقية خلال %2 يوم.</numerusform>
                <numerusform>%n جهة اتصال بلغت بالفعل حد %1 من الرسائل التسويقية خلال %2 يوم.</numerusform>
                <numerusform>%n جهة اتصال بلغت بالفعل حد %1 من الرسائل التسويقية خلال %2 يوم.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a phone number that is not valid.</source>
            <translation>
                <numerusform>%n من جهات الاتصال لديها رقم هاتف غير صالح.</numerusform>
                <numerusform>%n جهة اتصال لديها رقم هاتف غير صالح.</numerusform>
                <numerusform>%n جهتا اتصال لديهما رقم هاتف غير صالح.</numerusform>
                <numerusform>%n جهات اتصال لديها رقم هاتف غير صالح.</numerusform>
                <numerusform>%n جهة اتصال لديها رقم هاتف غير صالح.</numerusform>
                <numerusform>%n جهة اتصال لديها رقم هاتف غير صالح.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a landline number, which cannot receive text messages.</source>
            <translation>
                <numerusform>%n من جهات الاتصال لديها رقم أرضي لا يمكنه استقبال الرسائل النصية.</numerusform>
                <numerusform>%n جهة اتصال لديها رقم أرضي لا يمكنه استقبال الرسائل النصية.</numerusform>
                <numerusform>%n جهتا اتصال لديهما رقم أرضي لا يمكنه استقبال الرسائل النصية.</numerusform>
                <numerusform>%n جهات اتصال لديها رقم أرضي لا يمكنه استقبال الرسائل النصية.</numerusform>
                <numerusform>%n جهة اتصال لديها رقم أرضي لا يمكنه استقبال الرسائل النصية.</numerusform>
                <numerusform>%n جهة اتصال لديها رقم أرضي لا يمكنه استقبال الرسائل النصية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would be empty once the placeholders are filled in.</source>
            <translation>
                <numerusform>%n من الرسائل ستكون فارغة بعد ملء العناصر النائبة.</numerusform>
                <numerusform>%n رسالة ستكون فارغة بعد ملء العناصر النائبة.</numerusform>
                <numerusform>%n رسالتان ستكونان فارغتين بعد ملء العناصر النائبة.</numerusform>
                <numerusform>%n رسائل ستكون فارغة بعد ملء العناصر النائبة.</numerusform>
                <numerusform>%n رسالة ستكون فارغة بعد ملء العناصر النائبة.</numerusform>
                <numerusform>%n رسالة ستكون فارغة بعد ملء العناصر النائبة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) across segments removed: everyone gets one message.</source>
            <translation>
                <numerusform>أُزيل %n من التكرارات بين الشرائح: يتلقى كل شخص رسالة واحدة.</numerusform>
                <numerusform>أُزيل %n تكرار بين الشرائح: يتلقى كل شخص رسالة واحدة.</numerusform>
                <numerusform>أُزيل %n تكراران بين الشرائح: يتلقى كل شخص رسالة واحدة.</numerusform>
                <numerusform>أُزيلت %n تكرارات بين الشرائح: يتلقى كل شخص رسالة واحدة.</numerusform>
                <numerusform>أُزيل %n تكرارًا بين الشرائح: يتلقى كل شخص رسالة واحدة.</numerusform>
                <numerusform>أُزيل %n تكرار بين الشرائح: يتلقى كل شخص رسالة واحدة.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pre-flight check was cancelled.</source>
            <translation>أُلغي فحص ما قبل الإرسال.</translation>
        </message>
        <message>
            <source>Nobody would get this campaign.</source>
            <translation>لن يتلقى أحد هذه الحملة.</translation>
        </message>
        <message numerus="yes">
            <source>This marketing message tells none of its %n recipient(s) how to opt out: add the opt-out footer or a “STOP” line.</source>
            <translation>
                <numerusform>لا تخبر هذه الرسالة التسويقية أيًا من مستلميها (%n) بكيفية إلغاء الاشتراك: أضف تذييل إلغاء الاشتراك أو سطرًا يتضمن «STOP».</numerusform>
                <numerusform>لا تخبر هذه الرسالة التسويقية مستلمها (%n) بكيفية إلغاء الاشتراك: أضف تذييل إلغاء الاشتراك أو سطرًا يتضمن «STOP».</numerusform>
                <numerusform>لا تخبر هذه الرسالة التسويقية أيًا من مستلميها (%n) بكيفية إلغاء الاشتراك: أضف تذييل إلغاء الاشتراك أو سطرًا يتضمن «STOP».</numerusform>
                <numerusform>لا تخبر هذه الرسالة التسويقية أيًا من مستلميها (%n) بكيفية إلغاء الاشتراك: أضف تذييل إلغاء الاشتراك أو سطرًا يتضمن «STOP».</numerusform>
                <numerusform>لا تخبر هذه الرسالة التسويقية أيًا من مستلميها (%n) بكيفية إلغاء الاشتراك: أضف تذييل إلغاء الاشتراك أو سطرًا يتضمن «STOP».</numerusform>
                <numerusform>لا تخبر هذه الرسالة التسويقية أيًا من مستلميها (%n) بكيفية إلغاء الاشتراك: أضف تذييل إلغاء الاشتراك أو سطرًا يتضمن «STOP».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) in the United States or Canada cannot get messages from the sender name “%1”: networks there accept only phone numbers.</source>
            <translation>
                <numerusform>%n من المستلمين في الولايات المتحدة أو كندا لا يمكنهم تلقي رسائل من اسم المرسِل «%1»: لا تقبل الشبكات هناك إلا أرقام الهواتف.</numerusform>
                <numerusform>%n مستلم في الولايات المتحدة أو كندا لا يمكنه تلقي رسائل من اسم المرسِل «%1»: لا تقبل الشبكات هناك إلا أرقام الهواتف.</numerusform>
                <numerusform>%n مستلمان في الولايات المتحدة أو كندا لا يمكنهما تلقي رسائل من اسم المرسِل «%1»: لا تقبل الشبكات هناك إلا أرقام الهواتف.</numerusform>
                <numerusform>%n مستلمين في الولايات المتحدة أو كندا لا يمكنهم تلقي رسائل من اسم المرسِل «%1»: لا تقبل الشبكات هناك إلا أرقام الهواتف.</numerusform>
                <numerusform>%n مستلمًا في الولايات المتحدة أو كندا لا يمكنهم تلقي رسائل من اسم المرسِل «%1»: لا تقبل الشبكات هناك إلا أرقام الهواتف.</numerusform>
                <numerusform>%n مستلم في الولايات المتحدة أو كندا لا يمكنهم تلقي رسائل من اسم المرسِل «%1»: لا تقبل الشبكات هناك إلا أرقام الهواتف.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The provider account cannot report deliveries: you will not know which of the %n message(s) arrived.</source>
            <translation>
                <numerusform>لا يستطيع حساب المزوّد الإبلاغ عن عمليات التسليم: لن تعرف أيًا من الرسائل (%n) وصل.</numerusform>
                <numerusform>لا يستطيع حساب المزوّد الإبلاغ عن عمليات التسليم: لن تعرف ما إذا كانت الرسالة (%n) قد وصلت.</numerusform>
                <numerusform>لا يستطيع حساب المزوّد الإبلاغ عن عمليات التسليم: لن تعرف أيًا من الرسالتين (%n) وصل.</numerusform>
                <numerusform>لا يستطيع حساب المزوّد الإبلاغ عن عمليات التسليم: لن تعرف أيًا من الرسائل الـ %n وصل.</numerusform>
                <numerusform>لا يستطيع حساب المزوّد الإبلاغ عن عمليات التسليم: لن تعرف أيًا من الرسائل الـ %n وصل.</numerusform>
                <numerusform>لا يستطيع حساب المزوّد الإبلاغ عن عمليات التسليم: لن تعرف أيًا من الرسائل الـ %n وصل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The scheduled time %1 has already passed: %n message(s) would go out at once.</source>
            <translation>
                <numerusform>انقضى بالفعل الموعد المجدول %1: ستُرسل %n من الرسائل فورًا.</numerusform>
                <numerusform>انقضى بالفعل الموعد المجدول %1: ستُرسل %n رسالة فورًا.</numerusform>
                <numerusform>انقضى بالفعل الموعد المجدول %1: ستُرسل %n رسالتان فورًا.</numerusform>
                <numerusform>انقضى بالفعل الموعد المجدول %1: ستُرسل %n رسائل فورًا.</numerusform>
                <numerusform>انقضى بالفعل الموعد المجدول %1: ستُرسل %n رسالة فورًا.</numerusform>
                <numerusform>انقضى بالفعل الموعد المجدول %1: ستُرسل %n رسالة فورًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 on %2 local time has already passed for %n recipient(s): their messages would go out at once.</source>
            <translation>
                <numerusform>انقضى %1 في %2 بالتوقيت المحلي بالفعل لدى %n من المستلمين: ستُرسل رسائلهم فورًا.</numerusform>
                <numerusform>انقضى %1 في %2 بالتوقيت المحلي بالفعل لدى %n مستلم: ستُرسل رسالته فورًا.</numerusform>
                <numerusform>انقضى %1 في %2 بالتوقيت المحلي بالفعل لدى %n مستلمَين: ستُرسل رسالتاهما فورًا.</numerusform>
                <numerusform>انقضى %1 في %2 بالتوقيت المحلي بالفعل لدى %n مستلمين: ستُرسل رسائلهم فورًا.</numerusform>
                <numerusform>انقضى %1 في %2 بالتوقيت المحلي بالفعل لدى %n مستلمًا: ستُرسل رسائلهم فورًا.</numerusform>
                <numerusform>انقضى %1 في %2 بالتوقيت المحلي بالفعل لدى %n مستلم: ستُرسل رسائلهم فورًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The message uses {shop}, but the shop name is not set: %n message(s) would have a gap there.</source>
            <translation>
                <numerusform>تستخدم الرسالة {shop}، لكن اسم المتجر غير محدد: سيكون في %n من الرسائل فراغ في ذلك الموضع.</numerusform>
                <numerusform>تستخدم الرسالة {shop}، لكن اسم المتجر غير محدد: سيكون في %n رسالة فراغ في ذلك الموضع.</numerusform>
                <numerusform>تستخدم الرسالة {shop}، لكن اسم المتجر غير محدد: سيكون في %n رسالتين فراغ في ذلك الموضع.</numerusform>
                <numerusform>تستخدم الرسالة {shop}، لكن اسم المتجر غير محدد: سيكون في %n رسائل فراغ في ذلك الموضع.</numerusform>
                <numerusform>تستخدم الرسالة {shop}، لكن اسم المتجر غير محدد: سيكون في %n رسالة فراغ في ذلك الموضع.</numerusform>
                <numerusform>تستخدم الرسالة {shop}، لكن اسم المتجر غير محدد: سيكون في %n رسالة فراغ في ذلك الموضع.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) have no “%1”: they get “%2” exactly as written.</source>
            <translation>
                <numerusform>%n من المستلمين ليس لديهم «%1»: سيتلقون «%2» كما هي مكتوبة تمامًا.</numerusform>
                <numerusform>%n مستلم ليس لديه «%1»: سيتلقى «%2» كما هي مكتوبة تمامًا.</numerusform>
                <numerusform>%n مستلمان ليس لديهما «%1»: سيتلقيان «%2» كما هي مكتوبة تمامًا.</numerusform>
                <numerusform>%n مستلمين ليس لديهم «%1»: سيتلقون «%2» كما هي مكتوبة تمامًا.</numerusform>
                <numerusform>%n مستلمًا ليس لديهم «%1»: سيتلقون «%2» كما هي مكتوبة تمامًا.</numerusform>
                <numerusform>%n مستلم ليس لديهم «%1»: سيتلقون «%2» كما هي مكتوبة تمامًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) go out in UCS-2 (70 characters per part instead of 160) because of: %1</source>
            <translation>
                <numerusform>%n من الرسائل تُرسل بترميز UCS-2 ‏(70 حرفًا لكل جزء بدلًا من 160) بسبب: %1</numerusform>
                <numerusform>%n رسالة تُرسل بترميز UCS-2 ‏(70 حرفًا لكل جزء بدلًا من 160) بسبب: %1</numerusform>
                <numerusform>%n رسالتان تُرسلان بترميز UCS-2 ‏(70 حرفًا لكل جزء بدلًا من 160) بسبب: %1</numerusform>
                <numerusform>%n رسائل تُرسل بترميز UCS-2 ‏(70 حرفًا لكل جزء بدلًا من 160) بسبب: %1</numerusform>
                <numerusform>%n رسالة تُرسل بترميز UCS-2 ‏(70 حرفًا لكل جزء بدلًا من 160) بسبب: %1</numerusform>
                <numerusform>%n رسالة تُرسل بترميز UCS-2 ‏(70 حرفًا لكل جزء بدلًا من 160) بسبب: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) fall outside %1–%2 in the recipient's time zone and wait for the next morning.</source>
            <translation>
                <numerusform>%n من الرسائل تقع خارج الفترة %1–%2 حسب المنطقة الزمنية للمستلم وتنتظر حتى صباح اليوم التالي.</numerusform>
                <numerusform>%n رسالة تقع خارج الفترة %1–%2 حسب المنطقة الزمنية للمستلم وتنتظر حتى صباح اليوم التالي.</numerusform>
                <numerusform>%n رسالتان تقعان خارج الفترة %1–%2 حسب المنطقة الزمنية للمستلم وتنتظران حتى صباح اليوم التالي.</numerusform>
                <numerusform>%n رسائل تقع خارج الفترة %1–%2 حسب المنطقة الزمنية للمستلم وتنتظر حتى صباح اليوم التالي.</numerusform>
                <numerusform>%n رسالة تقع خارج الفترة %1–%2 حسب المنطقة الزمنية للمستلم وتنتظر حتى صباح اليوم التالي.</numerusform>
                <numerusform>%n رسالة تقع خارج الفترة %1–%2 حسب المنطقة الزمنية للمستلم وتنتظر حتى صباح اليوم التالي.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would arrive on a Sunday and wait until Monday.</source>
            <translation>
                <numerusform>%n من الرسائل ستصل يوم الأحد فتنتظر حتى يوم الاثنين.</numerusform>
                <numerusform>%n رسالة ستصل يوم الأحد فتنتظر حتى يوم الاثنين.</numerusform>
                <numerusform>%n رسالتان ستصلان يوم الأحد فتنتظران حتى يوم الاثنين.</numerusform>
                <numerusform>%n رسائل ستصل يوم الأحد فتنتظر حتى يوم الاثنين.</numerusform>
                <numerusform>%n رسالة ستصل يوم الأحد فتنتظر حتى يوم الاثنين.</numerusform>
                <numerusform>%n رسالة ستصل يوم الأحد فتنتظر حتى يوم الاثنين.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProviderAccounts</name>
        <message>
            <source>There is no provider account %1.</source>
            <translation>لا يوجد حساب مزوّد %1.</translation>
        </message>
        <message>
            <source>There is no provider account named “%1”.</source>
            <translation>لا يوجد حساب مزوّد باسم «%1».</translation>
        </message>
        <message>
            <source>The workspace has no provider account.</source>
            <translation>لا يوجد في مساحة العمل حساب مزوّد.</translation>
        </message>
        <message>
            <source>An account needs a name.</source>
            <translation>يحتاج الحساب إلى اسم.</translation>
        </message>
        <message>
            <source>Unknown provider “%1”; Herald supports: %2.</source>
            <translation>مزوّد غير معروف «%1»؛ يدعم Herald: %2.</translation>
        </message>
        <message>
            <source>“%1” is not an http(s) address.</source>
            <translation>«%1» ليس عنوان http(s).</translation>
        </message>
        <message>
            <source>Only a local Simulator may use plain http; use https for “%1”.</source>
            <translation>لا يمكن استخدام http العادي إلا لمحاكٍ محلي؛ استخدم https لـ «%1».</translation>
        </message>
        <message>
            <source>The rate must be a positive number of messages per second.</source>
            <translation>يجب أن يكون المعدل عددًا موجبًا من الرسائل في الثانية.</translation>
        </message>
        <message>
            <source>A Twilio account needs its Account SID (AC followed by 32 hexadecimal digits): --option account_sid=AC…</source>
            <translation>يحتاج حساب Twilio إلى Account SID ‏(AC متبوعة بـ 32 رقمًا ست عشريًا): --option account_sid=AC…</translation>
        </message>
        <message>
            <source>A Twilio account needs a sender number: --from +1…</source>
            <translation>يحتاج حساب Twilio إلى رقم مرسِل: --from +1…</translation>
        </message>
        <message>
            <source>An account named “%1” already exists.</source>
            <translation>يوجد حساب باسم «%1» بالفعل.</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
            <translation>لا يوجد سر للحساب «%1»: مرّر --secret-env VARIABLE.</translation>
        </message>
        <message>
            <source>The environment variable %1 is empty or not set.</source>
            <translation>متغير البيئة %1 فارغ أو غير معيّن.</translation>
        </message>
        <message>
            <source>The Simulator is not running.</source>
            <translation>المحاكي لا يعمل.</translation>
        </message>
        <message>
            <source>Herald cannot send through “%1” yet.</source>
            <translation>لا يستطيع Herald الإرسال عبر «%1» بعد.</translation>
        </message>
        <message>
            <source>An Infobip account needs its personal API address: --base-url https://xxxxx.api.infobip.com</source>
            <translation>يحتاج حساب Infobip إلى عنوان API الشخصي الخاص به: --base-url https://xxxxx.api.infobip.com</translation>
        </message>
        <message>
            <source>A Plivo account needs its Auth ID (20 letters and digits, e.g. MA…): --option auth_id=MA…</source>
            <translation>يحتاج حساب Plivo إلى Auth ID الخاص به (20 حرفًا ورقمًا، مثل MA…): --option auth_id=MA…</translation>
        </message>
        <message>
            <source>A Plivo account needs a sender (--from +1…) or a Powerpack: --option powerpack_uuid=…</source>
            <translation>يحتاج حساب Plivo إلى مرسِل (--from +1…) أو Powerpack: --option powerpack_uuid=…</translation>
        </message>
        <message>
            <source>A Vonage account needs its API key (8 letters and digits): --option api_key=…</source>
            <translation>يحتاج حساب Vonage إلى مفتاح API الخاص به (8 أحرف وأرقام): --option api_key=…</translation>
        </message>
        <message>
            <source>A Vonage account needs a sender, a number or a name: --from …</source>
            <translation>يحتاج حساب Vonage إلى مرسِل، رقم أو اسم: --from …</translation>
        </message>
        <message>
            <source>“%1” is not an SMSAPI sender name (up to 11 letters and digits, or a number).</source>
            <translation>«%1» ليس اسم مرسِل صالحًا لـ SMSAPI ‏(حتى 11 حرفًا ورقمًا، أو رقم هاتف).</translation>
        </message>
    </context>
    <context>
        <name>ReplyTexts</name>
        <message>
            <source>The answer to HELP must tell people to reply STOP to unsubscribe.</source>
            <translation>يجب أن يخبر الرد على HELP المستلمين بالرد بكلمة STOP لإلغاء الاشتراك.</translation>
        </message>
        <message>
            <source>The opt-out confirmation must tell people to reply START to subscribe again.</source>
            <translation>يجب أن يخبر تأكيد إلغاء الاشتراك المستلمين بالرد بكلمة START للاشتراك مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <source>Delivery rate</source>
            <translation>معدل التسليم</translation>
        </message>
        <message>
            <source>%1 delivered of %2 sent</source>
            <translation>%1 مُسلّمة من أصل %2 مُرسلة</translation>
        </message>
        <message>
            <source>Opt-out rate (7 days)</source>
            <translation>معدل إلغاء الاشتراك (7 أيام)</translation>
        </message>
        <message>
            <source>above the %1 benchmark</source>
            <translation>أعلى من المعيار المرجعي %1</translation>
        </message>
        <message>
            <source>benchmark %1</source>
            <translation>المعيار المرجعي %1</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>معدل الرد</translation>
        </message>
        <message>
            <source>%1 people replied (%2 replies)</source>
            <translation>عدد من ردّوا: %1 (عدد الردود: %2)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>التكلفة</translation>
        </message>
        <message>
            <source>%1 reported by the provider, %2 estimated</source>
            <translation>%1 حسب ما أبلغ عنه المزوّد، و%2 تقديريًا</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>الأجزاء</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>لم تُرسل بعد</translation>
        </message>
        <message>
            <source>Waiting for a delivery report</source>
            <translation>في انتظار تقرير التسليم</translation>
        </message>
        <message>
            <source>A PDF report needs the graphical libraries (no QApplication is running).</source>
            <translation>يحتاج تقرير PDF إلى المكتبات الرسومية (لا يوجد QApplication قيد التشغيل).</translation>
        </message>
        <message>
            <source>Campaign report: %1</source>
            <translation>تقرير الحملة: %1</translation>
        </message>
        <message>
            <source>Cannot write the PDF “%1”.</source>
            <translation>تعذّرت كتابة ملف PDF «%1».</translation>
        </message>
        <message>
            <source>not launched</source>
            <translation>لم تُطلق</translation>
        </message>
        <message>
            <source>Campaign %1 · %2 · %3 · provider %4</source>
            <translation>الحملة %1 · %2 · %3 · المزوّد %4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <source>Launched: %1 · Report made: %2</source>
            <translation>تاريخ الإطلاق: %1 · تاريخ إعداد التقرير: %2</translation>
        </message>
        <message>
            <source>Why messages were not delivered</source>
            <translation>أسباب عدم تسليم الرسائل</translation>
        </message>
        <message>
            <source>No message failed.</source>
            <translation>لم تفشل أي رسالة.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>الرسائل</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>المعنى</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(لا يوجد)</translation>
        </message>
        <message>
            <source>How the figures are counted</source>
            <translation>كيف تُحتسب الأرقام</translation>
        </message>
        <message>
            <source>Targeted: every recipient the campaign addressed; people left out by consent or the suppression list at launch are not included.</source>
            <translation>المستهدفة: كل مستلم وجّهت إليه الحملة رسالة؛ ولا يشمل ذلك الأشخاص المستبعدين بسبب الموافقة أو قائمة الاستبعاد عند الإطلاق.</translation>
        </message>
        <message>
            <source>Excluded: skipped (frequency cap, invalid number, landline) or cancelled (opted out after the launch).</source>
            <translation>المستبعدة: متخطاة (حد التكرار، رقم غير صالح، رقم أرضي) أو ملغاة (إلغاء الاشتراك بعد الإطلاق).</translation>
        </message>
        <message>
            <source>Sent: handed to the provider. Delivery rate = delivered ÷ sent.</source>
            <translation>المُرسلة: سُلّمت إلى المزوّد. معدل التسليم = المُسلّمة ÷ المُرسلة.</translation>
        </message>
        <message>
            <source>Opt-out rate = people who opted out within 7 days of the launch ÷ sent; the industry benchmark is %1.</source>
            <translation>معدل إلغاء الاشتراك = الأشخاص الذين ألغوا اشتراكهم خلال 7 أيام من الإطلاق ÷ المُرسلة؛ والمعيار المرجعي في القطاع هو %1.</translation>
        </message>
        <message>
            <source>Reply rate = people who replied (other than STOP or START) ÷ sent.</source>
            <translation>معدل الرد = الأشخاص الذين ردّوا (بغير STOP أو START) ÷ المُرسلة.</translation>
        </message>
        <message>
            <source>Cost: the price the provider reported, or the estimate made at launch where no price was reported.</source>
            <translation>التكلفة: السعر الذي أبلغ عنه المزوّد، أو التقدير المُعدّ عند الإطلاق إذا لم يُبلَّغ عن سعر.</translation>
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
            <translation>مشترك</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>ألغى الاشتراك</translation>
        </message>
        <message>
            <source>No consent recorded</source>
            <translation>لا توجد موافقة مسجلة</translation>
        </message>
        <message>
            <source>is</source>
            <translation>يساوي</translation>
        </message>
        <message>
            <source>is not</source>
            <translation>لا يساوي</translation>
        </message>
        <message>
            <source>is any of</source>
            <translation>أي من</translation>
        </message>
        <message>
            <source>is none of</source>
            <translation>ليس أيًّا من</translation>
        </message>
        <message>
            <source>contains</source>
            <translation>يحتوي على</translation>
        </message>
        <message>
            <source>does not contain</source>
            <translation>لا يحتوي على</translation>
        </message>
        <message>
            <source>starts with</source>
            <translation>يبدأ بـ</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>is unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>فارغ</translation>
        </message>
        <message>
            <source>at least once</source>
            <translation>مرة واحدة على الأقل</translation>
        </message>
        <message>
            <source>is known</source>
            <translation>معروف</translation>
        </message>
        <message>
            <source>is not empty</source>
            <translation>غير فارغ</translation>
        </message>
        <message>
            <source>has any of</source>
            <translation>يحتوي على أي من</translation>
        </message>
        <message>
            <source>has all of</source>
            <translation>يحتوي على كل من</translation>
        </message>
        <message>
            <source>has none of</source>
            <translation>لا يحتوي على أي من</translation>
        </message>
        <message>
            <source>is the number</source>
            <translation>هو الرقم</translation>
        </message>
        <message>
            <source>is equal to</source>
            <translation>يساوي</translation>
        </message>
        <message>
            <source>is not equal to</source>
            <translation>لا يساوي</translation>
        </message>
        <message>
            <source>is a number more than</source>
            <translation>رقم أكبر من</translation>
        </message>
        <message>
            <source>is more than</source>
            <translation>أكبر من</translation>
        </message>
        <message>
            <source>is a number at least</source>
            <translation>رقم لا يقل عن</translation>
        </message>
        <message>
            <source>is at least</source>
            <translation>لا يقل عن</translation>
        </message>
        <message>
            <source>is a number less than</source>
            <translation>رقم أصغر من</translation>
        </message>
        <message>
            <source>is less than</source>
            <translation>أصغر من</translation>
        </message>
        <message>
            <source>is a number at most</source>
            <translation>رقم لا يزيد على</translation>
        </message>
        <message>
            <source>is at most</source>
            <translation>لا يزيد على</translation>
        </message>
        <message>
            <source>is a number between</source>
            <translation>رقم بين</translation>
        </message>
        <message>
            <source>is between</source>
            <translation>بين</translation>
        </message>
        <message>
            <source>in the last N days</source>
            <translation>خلال آخر N يوم</translation>
        </message>
        <message>
            <source>not in the last N days</source>
            <translation>ليس خلال آخر N يوم</translation>
        </message>
        <message>
            <source>not in the last N days, or never</source>
            <translation>ليس خلال آخر N يوم، أو أبدًا</translation>
        </message>
        <message>
            <source>more than N days ago</source>
            <translation>قبل أكثر من N يوم</translation>
        </message>
        <message>
            <source>is a date before</source>
            <translation>تاريخ قبل</translation>
        </message>
        <message>
            <source>before</source>
            <translation>قبل</translation>
        </message>
        <message>
            <source>is a date after</source>
            <translation>تاريخ بعد</translation>
        </message>
        <message>
            <source>after</source>
            <translation>بعد</translation>
        </message>
        <message>
            <source>is the date</source>
            <translation>هو التاريخ</translation>
        </message>
        <message>
            <source>on</source>
            <translation>في</translation>
        </message>
        <message>
            <source>is a date between</source>
            <translation>تاريخ بين</translation>
        </message>
        <message>
            <source>between</source>
            <translation>بين</translation>
        </message>
        <message>
            <source>is today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>is this month</source>
            <translation>هذا الشهر</translation>
        </message>
        <message>
            <source>is in the next N days</source>
            <translation>خلال الـ N يوم القادمة</translation>
        </message>
        <message>
            <source>is in the month</source>
            <translation>في الشهر</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <source>The contact's tags. Tag names are compared ignoring case.</source>
            <translation>وسوم جهة الاتصال. تُقارن أسماء الوسوم دون تمييز حالة الأحرف.</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>الموافقة التسويقية</translation>
        </message>
        <message>
            <source>Whether the contact agreed to marketing messages, as of the latest consent record.</source>
            <translation>هل وافقت جهة الاتصال على الرسائل التسويقية، وفقًا لأحدث سجل موافقة.</translation>
        </message>
        <message>
            <source>When the contact opted in to marketing messages. Contacts who are not opted in now count as “never”.</source>
            <translation>متى اشتركت جهة الاتصال في الرسائل التسويقية. جهات الاتصال غير المشتركة حاليًا تُحتسب «أبدًا».</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Two-letter country code such as PL or US, compared ignoring case.</source>
            <translation>رمز البلد المكوّن من حرفين مثل PL أو US، ويُقارن دون تمييز حالة الأحرف.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Language code such as pl or zh_TW, compared ignoring case.</source>
            <translation>رمز اللغة مثل pl أو zh_TW، ويُقارن دون تمييز حالة الأحرف.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>City, compared ignoring case.</source>
            <translation>المدينة، وتُقارن دون تمييز حالة الأحرف.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>تاريخ الإضافة</translation>
        </message>
        <message>
            <source>When the contact was added to Herald, by hand or by an import.</source>
            <translation>متى أُضيفت جهة الاتصال إلى Herald، يدويًا أو عبر الاستيراد.</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <source>The contact's birthday in the current year, counted in days from today. People born on 29 February celebrate on 28 February in other years.</source>
            <translation>تاريخ ميلاد جهة الاتصال في السنة الحالية، محسوبًا بالأيام من اليوم. من وُلدوا في 29 فبراير يحتفلون في 28 فبراير في السنوات الأخرى.</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>إجمالي الإنفاق</translation>
        </message>
        <message>
            <source>Everything the contact has spent in the shop, in the shop's currency.</source>
            <translation>كل ما أنفقته جهة الاتصال في المتجر، بعملة المتجر.</translation>
        </message>
        <message>
            <source>Number of orders</source>
            <translation>عدد الطلبات</translation>
        </message>
        <message>
            <source>How many orders the contact has placed.</source>
            <translation>كم طلبًا قدّمت جهة الاتصال.</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>آخر طلب</translation>
        </message>
        <message>
            <source>When the contact last ordered. Contacts who never ordered count as “never”.</source>
            <translation>متى طلبت جهة الاتصال آخر مرة. جهات الاتصال التي لم تطلب أبدًا تُحتسب «أبدًا».</translation>
        </message>
        <message>
            <source>Last message from us</source>
            <translation>آخر رسالة منا</translation>
        </message>
        <message>
            <source>When we last sent the contact a message. Use “not in the last N days, or never” to respect a frequency cap.</source>
            <translation>متى أرسلنا آخر رسالة إلى جهة الاتصال. استخدم «ليس خلال آخر N يوم، أو أبدًا» لاحترام حد التكرار.</translation>
        </message>
        <message>
            <source>Last reply</source>
            <translation>آخر رد</translation>
        </message>
        <message>
            <source>When the contact last sent us a message.</source>
            <translation>متى أرسلت جهة الاتصال إلينا رسالة آخر مرة.</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>حقل مخصص</translation>
        </message>
        <message>
            <source>A custom field from an import or typed by hand. A contact without the field counts as empty. Numbers may use a decimal point or comma; dates are written YYYY-MM-DD.</source>
            <translation>حقل مخصص من استيراد أو مكتوب يدويًا. جهة الاتصال التي ليس لديها الحقل تُحتسب فارغة. يمكن أن تستخدم الأرقام نقطة أو فاصلة عشرية؛ وتُكتب التواريخ بصيغة YYYY-MM-DD.</translation>
        </message>
    </context>
    <context>
        <name>SegmentJson</name>
        <message>
            <source>The segment rules need a “rules” list.</source>
            <translation>تحتاج قواعد الشريحة إلى قائمة «rules».</translation>
        </message>
        <message>
            <source>rule %1: “rules” must be a list.</source>
            <translation>القاعدة %1: يجب أن تكون «rules» قائمة.</translation>
        </message>
        <message>
            <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
            <translation>القاعدة %1: المجموعات متداخلة بعمق زائد (%2 مستويات على الأكثر).</translation>
        </message>
        <message>
            <source>The segment rules' “match” must be “all” or “any”.</source>
            <translation>يجب أن تكون قيمة «match» في قواعد الشريحة «all» أو «any».</translation>
        </message>
        <message>
            <source>rule %1: “match” must be “all” or “any”.</source>
            <translation>القاعدة %1: يجب أن تكون قيمة «match» هي «all» أو «any».</translation>
        </message>
        <message>
            <source>rule %1: a rule must be a JSON object.</source>
            <translation>القاعدة %1: يجب أن تكون القاعدة كائن JSON.</translation>
        </message>
        <message>
            <source>rule %1: unknown key “%2”.</source>
            <translation>القاعدة %1: مفتاح غير معروف «%2».</translation>
        </message>
        <message>
            <source>rule %1: a rule needs a “field” (or, for a group, “rules”).</source>
            <translation>القاعدة %1: تحتاج القاعدة إلى «field» (أو «rules» في حالة المجموعة).</translation>
        </message>
        <message>
            <source>rule %1: unknown field “%2”.</source>
            <translation>القاعدة %1: حقل غير معروف «%2».</translation>
        </message>
        <message>
            <source>rule %1: the rule on “%2” needs an “op”.</source>
            <translation>القاعدة %1: القاعدة على «%2» تحتاج إلى «op».</translation>
        </message>
        <message>
            <source>rule %1: unknown operator “%2” for field “%3”.</source>
            <translation>القاعدة %1: عامل غير معروف «%2» للحقل «%3».</translation>
        </message>
        <message>
            <source>rule %1: a custom field rule needs the field's “name”.</source>
            <translation>القاعدة %1: تحتاج قاعدة الحقل المخصص إلى «name» الحقل.</translation>
        </message>
        <message>
            <source>The segment rules are not valid JSON: %1 (at character %2).</source>
            <translation>قواعد الشريحة ليست JSON صالحًا: %1 (عند الحرف %2).</translation>
        </message>
        <message>
            <source>The segment rules must be a JSON object with “version”, “match” and “rules”.</source>
            <translation>يجب أن تكون قواعد الشريحة كائن JSON يحتوي على «version» و«match» و«rules».</translation>
        </message>
        <message>
            <source>The segment rules have no “version”; this version of Herald writes %1.</source>
            <translation>لا تحتوي قواعد الشريحة على «version»؛ هذا الإصدار من Herald يكتب %1.</translation>
        </message>
        <message>
            <source>The segment rules have an invalid “version”; this version of Herald writes %1.</source>
            <translation>قيمة «version» في قواعد الشريحة غير صالحة؛ هذا الإصدار من Herald يكتب %1.</translation>
        </message>
        <message>
            <source>These segment rules were saved in format %1 by a newer version of Herald, which this version (format %2) cannot read. Update Herald to use them.</source>
            <translation>حُفظت قواعد الشريحة هذه بالتنسيق %1 بإصدار أحدث من Herald، ولا يستطيع هذا الإصدار (التنسيق %2) قراءتها. حدّث Herald لاستخدامها.</translation>
        </message>
        <message>
            <source>The segment rules have an unknown key “%1”.</source>
            <translation>تحتوي قواعد الشريحة على مفتاح غير معروف «%1».</translation>
        </message>
    </context>
    <context>
        <name>SegmentQuery</name>
        <message>
            <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
            <translation>القاعدة %1: المجموعات متداخلة بعمق زائد (%2 مستويات على الأكثر).</translation>
        </message>
        <message>
            <source>The segment has too many rules (at most %1).</source>
            <translation>تحتوي الشريحة على عدد كبير جدًا من القواعد (%1 على الأكثر).</translation>
        </message>
        <message>
            <source>rule %1: unknown operator “%2” for field “%3”.</source>
            <translation>القاعدة %1: عامل غير معروف «%2» للحقل «%3».</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” takes no value.</source>
            <translation>القاعدة %1: «%2» على «%3» لا يقبل أي قيمة.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a text that is not empty.</source>
            <translation>القاعدة %1: «%2» على «%3» يحتاج إلى نص غير فارغ.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a list of texts that are not empty.</source>
            <translation>القاعدة %1: «%2» على «%3» يحتاج إلى قائمة نصوص غير فارغة.</translation>
        </message>
        <message>
            <source>rule %1: too many values (at most %2).</source>
            <translation>القاعدة %1: عدد كبير جدًا من القيم (%2 على الأكثر).</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a whole number of days from 1 to %4.</source>
            <translation>القاعدة %1: «%2» على «%3» يحتاج إلى عدد صحيح من الأيام من 1 إلى %4.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a list of tag names.</source>
            <translation>القاعدة %1: «%2» على «%3» يحتاج إلى قائمة بأسماء الوسوم.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs one of: %4.</source>
            <translation>القاعدة %1: «%2» على «%3» يحتاج إلى واحد من: %4.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs two numbers, the smaller first.</source>
            <translation>القاعدة %1: «%2» على «%3» يحتاج إلى رقمين، الأصغر أولًا.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a number.</source>
            <translation>القاعدة %1: «%2» على «%3» يحتاج إلى رقم.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a date written YYYY-MM-DD.</source>
            <translation>القاعدة %1: «%2» على «%3» يحتاج إلى تاريخ مكتوب بصيغة YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs two dates written YYYY-MM-DD, the earlier first.</source>
            <translation>القاعدة %1: «%2» على «%3» يحتاج إلى تاريخين مكتوبين بصيغة YYYY-MM-DD، الأقدم أولًا.</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a month from 1 to 12.</source>
            <translation>القاعدة %1: «%2» على «%3» يحتاج إلى شهر من 1 إلى 12.</translation>
        </message>
        <message>
            <source>rule %1: a custom field rule needs the field's “name”.</source>
            <translation>القاعدة %1: تحتاج قاعدة الحقل المخصص إلى «name» الحقل.</translation>
        </message>
    </context>
    <context>
        <name>SegmentRepository</name>
        <message>
            <source>There is no segment with id %1.</source>
            <translation>لا توجد شريحة بالمعرّف %1.</translation>
        </message>
        <message>
            <source>A segment needs a name.</source>
            <translation>تحتاج الشريحة إلى اسم.</translation>
        </message>
        <message>
            <source>A segment named “%1” already exists.</source>
            <translation>توجد شريحة باسم «%1» بالفعل.</translation>
        </message>
        <message>
            <source>“%1” is a built-in segment and cannot be changed. Duplicate it to make your own version.</source>
            <translation>«%1» شريحة مضمّنة ولا يمكن تغييرها. كرّرها لإنشاء نسختك الخاصة.</translation>
        </message>
        <message>
            <source>“%1” is a built-in segment and cannot be deleted.</source>
            <translation>«%1» شريحة مضمّنة ولا يمكن حذفها.</translation>
        </message>
        <message numerus="yes">
            <source>“%1” is the audience of %n campaign(s) and cannot be deleted.</source>
            <translation>
                <numerusform>«%1» هي جمهور %n من الحملات ولا يمكن حذفها.</numerusform>
                <numerusform>«%1» هي جمهور %n من الحملات ولا يمكن حذفها.</numerusform>
                <numerusform>«%1» هي جمهور %n من الحملات ولا يمكن حذفها.</numerusform>
                <numerusform>«%1» هي جمهور %n من الحملات ولا يمكن حذفها.</numerusform>
                <numerusform>«%1» هي جمهور %n من الحملات ولا يمكن حذفها.</numerusform>
                <numerusform>«%1» هي جمهور %n من الحملات ولا يمكن حذفها.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (نسخة)</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <translation>%1 (نسخة %2)</translation>
        </message>
        <message>
            <source>All opted-in</source>
            <translation>كل المشتركين</translation>
        </message>
        <message>
            <source>Everyone who agreed to marketing messages and has not opted out.</source>
            <translation>كل من وافق على الرسائل التسويقية ولم يُلغِ اشتراكه.</translation>
        </message>
        <message>
            <source>New subscribers (last 7 days)</source>
            <translation>المشتركون الجدد (آخر 7 أيام)</translation>
        </message>
        <message>
            <source>Opted in to marketing messages in the last 7 days.</source>
            <translation>اشتركوا في الرسائل التسويقية خلال آخر 7 أيام.</translation>
        </message>
        <message>
            <source>Birthday this month</source>
            <translation>عيد الميلاد هذا الشهر</translation>
        </message>
        <message>
            <source>Contacts whose birthday falls in the current month.</source>
            <translation>جهات الاتصال التي يحل عيد ميلادها في الشهر الحالي.</translation>
        </message>
        <message>
            <source>VIP (top spenders)</source>
            <translation>كبار العملاء (الأعلى إنفاقًا)</translation>
        </message>
        <message>
            <source>Customers who have spent 1,000 or more in total.</source>
            <translation>العملاء الذين أنفقوا 1,000 أو أكثر إجمالًا.</translation>
        </message>
        <message>
            <source>Not messaged in 30 days</source>
            <translation>لم تُراسَل منذ 30 يومًا</translation>
        </message>
        <message>
            <source>Contacts we have not sent a message to in the last 30 days, including those never messaged.</source>
            <translation>جهات الاتصال التي لم نرسل إليها رسالة خلال آخر 30 يومًا، بما فيها التي لم نراسلها أبدًا.</translation>
        </message>
        <message>
            <source>Lapsed customers (no order in 90 days)</source>
            <translation>العملاء المنقطعون (لا طلبات منذ 90 يومًا)</translation>
        </message>
        <message>
            <source>Customers who ordered before, but not in the last 90 days.</source>
            <translation>العملاء الذين طلبوا من قبل، ولكن ليس خلال آخر 90 يومًا.</translation>
        </message>
        <message>
            <source>Replied recently</source>
            <translation>ردّوا مؤخرًا</translation>
        </message>
        <message>
            <source>Contacts who sent us a message in the last 14 days.</source>
            <translation>جهات الاتصال التي أرسلت إلينا رسالة خلال آخر 14 يومًا.</translation>
        </message>
    </context>
    <context>
        <name>SenderId</name>
        <message>
            <source>The campaign has no sender: set one on the provider account or the campaign.</source>
            <translation>لا يوجد مرسِل للحملة: حدّد مرسِلًا في حساب المزوّد أو في الحملة.</translation>
        </message>
        <message>
            <source>The sender “%1” has more than %2 digits.</source>
            <translation>يحتوي المرسِل «%1» على أكثر من %2 رقم.</translation>
        </message>
        <message>
            <source>The sender “%1” starts with “+” but is not a phone number.</source>
            <translation>يبدأ المرسِل «%1» بعلامة «+» لكنه ليس رقم هاتف.</translation>
        </message>
        <message>
            <source>The sender name “%1” is longer than %2 characters.</source>
            <translation>اسم المرسِل «%1» أطول من %2 حرف.</translation>
        </message>
        <message>
            <source>The sender name “%1” contains “%2”, which is not a plain GSM character.</source>
            <translation>يحتوي اسم المرسِل «%1» على «%2»، وهو ليس حرف GSM بسيطًا.</translation>
        </message>
        <message>
            <source>The sender name “%1” needs at least one letter.</source>
            <translation>يحتاج اسم المرسِل «%1» إلى حرف واحد على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>General</source>
            <translation>عام</translation>
        </message>
        <message>
            <source>Shop &amp;name:</source>
            <translation>اسم المتجر(&amp;N):</translation>
        </message>
        <message>
            <source>Used for the {shop} placeholder</source>
            <translation>يُستخدم للعنصر النائب {shop}</translation>
        </message>
        <message>
            <source>Default &amp;country for phone numbers:</source>
            <translation>البلد الافتراضي لأرقام الهواتف(&amp;C):</translation>
        </message>
        <message>
            <source>Numbers written without a country code (e.g. 601 234 567) are read as numbers of this country.</source>
            <translation>الأرقام المكتوبة دون رمز البلد (مثل 601 234 567) تُقرأ على أنها أرقام من هذا البلد.</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>لغة الواجهة(&amp;L):</translation>
        </message>
        <message>
            <source>Marketing messages</source>
            <translation>الرسائل التسويقية</translation>
        </message>
        <message>
            <source>Send only &amp;between:</source>
            <translation>الإرسال فقط بين(&amp;B):</translation>
        </message>
        <message>
            <source>and</source>
            <translation>و</translation>
        </message>
        <message>
            <source>in each recipient's local time</source>
            <translation>بالتوقيت المحلي لكل مستلم</translation>
        </message>
        <message>
            <source>Avoid &amp;Sundays</source>
            <translation>تجنّب أيام الأحد(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Frequency cap:</source>
            <translation>حد التكرار(&amp;F):</translation>
        </message>
        <message>
            <source>Two to six marketing messages a month per person is the usual guideline.</source>
            <translation>من رسالتين إلى ست رسائل تسويقية شهريًا لكل شخص هو الإرشاد المعتاد.</translation>
        </message>
    </context>
    <context>
        <name>StarterLibrary</name>
        <message>
            <source>The starter templates “%1” cannot be read: %2</source>
            <translation>تعذّرت قراءة القوالب المبدئية «%1»: %2</translation>
        </message>
        <message>
            <source>The starter templates “%1” are not valid JSON: %2</source>
            <translation>القوالب المبدئية «%1» ليست JSON صالحًا: %2</translation>
        </message>
        <message>
            <source>The starter templates “%1” are not a JSON array.</source>
            <translation>القوالب المبدئية «%1» ليست مصفوفة JSON.</translation>
        </message>
        <message>
            <source>Starter template %1 has no valid “%2”.</source>
            <translation>القالب المبدئي %1 ليس له «%2» صالح.</translation>
        </message>
        <message>
            <source>Starter template %1 has the unknown kind “%2”.</source>
            <translation>القالب المبدئي %1 من نوع غير معروف «%2».</translation>
        </message>
        <message>
            <source>Starter template %1 is invalid: %2</source>
            <translation>القالب المبدئي %1 غير صالح: %2</translation>
        </message>
    </context>
    <context>
        <name>Suppression</name>
        <message>
            <source>The workspace has no suppression key.</source>
            <translation>لا يوجد في مساحة العمل مفتاح استبعاد.</translation>
        </message>
    </context>
    <context>
        <name>TemplateCategories</name>
        <message>
            <source>Welcome</source>
            <translation>ترحيب</translation>
        </message>
        <message>
            <source>Abandoned cart</source>
            <translation>سلة متروكة</translation>
        </message>
        <message>
            <source>Order confirmation</source>
            <translation>تأكيد الطلب</translation>
        </message>
        <message>
            <source>Shipping update</source>
            <translation>تحديث الشحن</translation>
        </message>
        <message>
            <source>Delivery today</source>
            <translation>التسليم اليوم</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <source>Loyalty anniversary</source>
            <translation>ذكرى الولاء</translation>
        </message>
        <message>
            <source>Flash sale</source>
            <translation>تخفيضات خاطفة</translation>
        </message>
        <message>
            <source>Back in stock</source>
            <translation>متوفر من جديد</translation>
        </message>
        <message>
            <source>Review request</source>
            <translation>طلب تقييم</translation>
        </message>
        <message>
            <source>Holiday greeting</source>
            <translation>تهنئة بالعيد</translation>
        </message>
        <message>
            <source>Store closure</source>
            <translation>إغلاق المتجر</translation>
        </message>
    </context>
    <context>
        <name>TemplateRenderer</name>
        <message>
            <source>The template “%1” cannot be used: %2</source>
            <translation>لا يمكن استخدام القالب «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>TemplateRepository</name>
        <message>
            <source>A template needs a name.</source>
            <translation>يحتاج القالب إلى اسم.</translation>
        </message>
        <message>
            <source>The template “%1” has no message text.</source>
            <translation>لا يحتوي القالب «%1» على نص رسالة.</translation>
        </message>
        <message>
            <source>The message text of “%1” is not valid: %2</source>
            <translation>نص رسالة «%1» غير صالح: %2</translation>
        </message>
        <message>
            <source>There is no template with id %1.</source>
            <translation>لا يوجد قالب بالمعرّف %1.</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (نسخة)</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>No workspace file was given.</source>
            <translation>لم يُحدَّد ملف مساحة عمل.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a workspace file.</source>
            <translation>«%1» مجلد، وليس ملف مساحة عمل.</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”.</source>
            <translation>تعذّر إنشاء المجلد «%1».</translation>
        </message>
        <message>
            <source>The workspace “%1” is already open in another Herald (%2, process %3). Close it there first.</source>
            <translation>مساحة العمل «%1» مفتوحة بالفعل في نسخة أخرى من Herald ‏(%2، العملية %3). أغلقها هناك أولًا.</translation>
        </message>
        <message>
            <source>unknown program</source>
            <translation>برنامج غير معروف</translation>
        </message>
        <message>
            <source>Cannot lock the workspace “%1”: is its folder writable?</source>
            <translation>تعذّر قفل مساحة العمل «%1»: هل يمكن الكتابة في مجلدها؟</translation>
        </message>
        <message>
            <source>Opened workspace %1</source>
            <translation>تم فتح مساحة العمل %1</translation>
        </message>
    </context>
</TS>
