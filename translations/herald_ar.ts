<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AudienceAnalyzer</name>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message numerus="yes">
        <source>%1% %n part(s)</source>
        <translation>
            <numerusform>%1% — %n أجزاء</numerusform>
            <numerusform>%1% — %n جزء</numerusform>
            <numerusform>%1% — %n جزآن</numerusform>
            <numerusform>%1% — %n أجزاء</numerusform>
            <numerusform>%1% — %n جزء</numerusform>
            <numerusform>%1% — %n جزء</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
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
        <source>Herald&apos;s command line: everything the app does, headless.</source>
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
        <source>expected a JSON object {&quot;id&quot;:…,&quot;text&quot;:…}</source>
        <translation>كان المتوقع كائن JSON {&quot;id&quot;:…,&quot;text&quot;:…}</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>يجب أن يكون &quot;text&quot; سلسلة نصية</translation>
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
        <source>add or list SMS provider accounts</source>
        <translation>إضافة حسابات مزوّدي SMS أو سردها</translation>
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
        <source>create, launch, pause, resume, cancel a campaign or show its status</source>
        <translation>إنشاء حملة أو إطلاقها أو إيقافها مؤقتًا أو استئنافها أو إلغاؤها أو عرض حالتها</translation>
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
        <source>count, list, show, erase or export (GDPR) the workspace&apos;s contacts</source>
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
        <source>Unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each inner quote doubled (&quot;&quot;).</source>
        <translation>نص غير متوقع بعد علامة اقتباس ختامية. يجب وضع الحقل الذي يحتوي على علامات اقتباس بالكامل بين علامتي اقتباس، مع مضاعفة كل علامة اقتباس داخلية (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field starts here but is not closed properly: the quote on line %1 is followed by other text.</source>
        <translation>يبدأ هنا حقل بين علامتي اقتباس لكنه لم يُغلق بشكل صحيح: علامة الاقتباس في السطر %1 يليها نص آخر.</translation>
    </message>
    <message>
        <source>A quote character appears inside a field that does not start with a quote. Quote the whole field and double the inner quote (&quot;&quot;).</source>
        <translation>تظهر علامة اقتباس داخل حقل لا يبدأ بعلامة اقتباس. ضع الحقل بأكمله بين علامتي اقتباس وضاعف علامة الاقتباس الداخلية (&quot;&quot;).</translation>
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
    <name>Herald::ContactCardDialog</name>
    <message>
        <source>Contact: %1</source>
        <translation>جهة الاتصال: %1</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>City and country:</source>
        <translation>المدينة والبلد:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>الطلبات:</translation>
    </message>
    <message>
        <source>%1 orders, %2 in total</source>
        <translation>الطلبات: %1، بإجمالي %2</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
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
        <source>Consent history (%1)</source>
        <translation>سجل الموافقة (%1)</translation>
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
        <source>Messages (%1)</source>
        <translation>الرسائل (%1)</translation>
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
        <source>Import customers from a CSV export (you can also drop the file on the window)</source>
        <translation>استيراد العملاء من ملف CSV مصدَّر (يمكنك أيضًا إفلات الملف على النافذة)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <translation>
            <numerusform>%1 من أصل %n جهات اتصال</numerusform>
            <numerusform>%1 من أصل %n جهة اتصال</numerusform>
            <numerusform>%1 من أصل %n جهتي اتصال</numerusform>
            <numerusform>%1 من أصل %n جهات اتصال</numerusform>
            <numerusform>%1 من أصل %n جهة اتصال</numerusform>
            <numerusform>%1 من أصل %n جهة اتصال</numerusform>
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
        <translation type="unfinished">السطر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
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
        <source>Write, check and launch campaigns. Before you confirm, a pre-flight report shows who is left out and why, how many parts each message takes and what it will cost; afterwards, follow deliveries live and pause, resume or cancel at any moment.</source>
        <translation>اكتب الحملات وراجعها وأطلقها. قبل التأكيد، يعرض تقرير ما قبل الإرسال من سيُستبعد ولماذا، وعدد أجزاء كل رسالة وتكلفتها؛ وبعد ذلك تابع عمليات التسليم مباشرةً، وأوقف الإرسال مؤقتًا أو استأنفه أو ألغِه في أي لحظة.</translation>
    </message>
    <message>
        <source>Replies from your customers, grouped by person, with unread counts. STOP, START and HELP are understood in every supported language and change consent automatically.</source>
        <translation>ردود عملائك مجمّعة حسب الشخص، مع عدد الرسائل غير المقروءة. تُفهم STOP وSTART وHELP بكل اللغات المدعومة وتغيّر الموافقة تلقائيًا.</translation>
    </message>
    <message>
        <source>Delivery, opt-out and reply rates per campaign and over time, compared with the 2.55% opt-out benchmark, with costs, charts, and reports to export as PDF or CSV.</source>
        <translation>معدلات التسليم وإلغاء الاشتراك والرد لكل حملة وعبر الزمن، مقارنةً بالمعدل المرجعي لإلغاء الاشتراك البالغ 2.55%، مع التكاليف والرسوم البيانية والتقارير القابلة للتصدير بصيغة PDF أو CSV.</translation>
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
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
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
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n أجزاء</numerusform>
            <numerusform>%n جزء</numerusform>
            <numerusform>%n جزآن</numerusform>
            <numerusform>%n أجزاء</numerusform>
            <numerusform>%n جزء</numerusform>
            <numerusform>%n جزء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرف</numerusform>
            <numerusform>%n حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرف</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this part</source>
        <translation>
            <numerusform>يتبقى %n أحرف في هذا الجزء</numerusform>
            <numerusform>يتبقى %n حرف في هذا الجزء</numerusform>
            <numerusform>يتبقى %n حرفان في هذا الجزء</numerusform>
            <numerusform>يتبقى %n أحرف في هذا الجزء</numerusform>
            <numerusform>يتبقى %n حرف في هذا الجزء</numerusform>
            <numerusform>يتبقى %n حرف في هذا الجزء</numerusform>
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
        <source>Make GSM-safe (saves %n part(s))</source>
        <translation>
            <numerusform>تحويل إلى أحرف GSM (يوفر %n أجزاء)</numerusform>
            <numerusform>تحويل إلى أحرف GSM (يوفر %n جزءًا)</numerusform>
            <numerusform>تحويل إلى أحرف GSM (يوفر %n جزأين)</numerusform>
            <numerusform>تحويل إلى أحرف GSM (يوفر %n أجزاء)</numerusform>
            <numerusform>تحويل إلى أحرف GSM (يوفر %n جزءًا)</numerusform>
            <numerusform>تحويل إلى أحرف GSM (يوفر %n جزءًا)</numerusform>
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
        <source>Remove diacritics (saves %n part(s))</source>
        <translation>
            <numerusform>إزالة علامات التشكيل (يوفر %n أجزاء)</numerusform>
            <numerusform>إزالة علامات التشكيل (يوفر %n جزءًا)</numerusform>
            <numerusform>إزالة علامات التشكيل (يوفر %n جزأين)</numerusform>
            <numerusform>إزالة علامات التشكيل (يوفر %n أجزاء)</numerusform>
            <numerusform>إزالة علامات التشكيل (يوفر %n جزءًا)</numerusform>
            <numerusform>إزالة علامات التشكيل (يوفر %n جزءًا)</numerusform>
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
        <source>&lt;b&gt;%1&lt;/b&gt;: %n recipient(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n مستلمين</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n مستلم</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n مستلمان</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n مستلمين</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n مستلم</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n مستلم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n part(s)</source>
        <translation>
            <numerusform>الأطول: %n أجزاء</numerusform>
            <numerusform>الأطول: %n جزء</numerusform>
            <numerusform>الأطول: %n جزآن</numerusform>
            <numerusform>الأطول: %n أجزاء</numerusform>
            <numerusform>الأطول: %n جزء</numerusform>
            <numerusform>الأطول: %n جزء</numerusform>
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
        <source>Built-in segments can&apos;t be changed: duplicate it to make your own.</source>
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
</context>
<context>
    <name>Herald::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) per person per %1 days</source>
        <translation>
            <numerusform>%n رسائل لكل شخص كل %1 يوم</numerusform>
            <numerusform>%n رسالة لكل شخص كل %1 يوم</numerusform>
            <numerusform>%n رسالتان لكل شخص كل %1 يوم</numerusform>
            <numerusform>%n رسائل لكل شخص كل %1 يوم</numerusform>
            <numerusform>%n رسالة لكل شخص كل %1 يوم</numerusform>
            <numerusform>%n رسالة لكل شخص كل %1 يوم</numerusform>
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
        <source>Every marketing message ends with the footer in the recipient&apos;s language. It is always counted in the message length. Leave a field empty for the default.</source>
        <translation>تنتهي كل رسالة تسويقية بالتذييل بلغة المستلم. ويُحتسب دائمًا ضمن طول الرسالة. اترك الحقل فارغًا لاستخدام التذييل الافتراضي.</translation>
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
        <translation>HTTP %1 أثناء سرد الرسائل</translation>
    </message>
    <message>
        <source>Too many messages to search for this recipient.</source>
        <translation>عدد الرسائل كبير جدًا للبحث عنها لهذا المستلم.</translation>
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
    <name>Outbox</name>
    <message>
        <source>Message %1 is no longer waiting to be sent.</source>
        <translation>الرسالة %1 لم تعد بانتظار الإرسال.</translation>
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
        <source>The contact&apos;s tags. Tag names are compared ignoring case.</source>
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
        <source>The contact&apos;s birthday in the current year, counted in days from today. People born on 29 February celebrate on 28 February in other years.</source>
        <translation>تاريخ ميلاد جهة الاتصال في السنة الحالية، محسوبًا بالأيام من اليوم. من وُلدوا في 29 فبراير يحتفلون في 28 فبراير في السنوات الأخرى.</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>إجمالي الإنفاق</translation>
    </message>
    <message>
        <source>Everything the contact has spent in the shop, in the shop&apos;s currency.</source>
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
        <source>The segment rules&apos; “match” must be “all” or “any”.</source>
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
        <source>rule %1: a custom field rule needs the field&apos;s “name”.</source>
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
        <source>rule %1: a custom field rule needs the field&apos;s “name”.</source>
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
        <source>in each recipient&apos;s local time</source>
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
