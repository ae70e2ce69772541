<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AccountCredentials</name>
        <message>
            <source>No secret is stored for the account “%1”. Save one in Herald’s Accounts dialog or with herald-cli account set-secret "%1" (the secret on standard input), or pass --secret-env VARIABLE.</source>
            <translation>帳號「%1」沒有儲存密鑰。請在 Herald 的「服務商帳號」對話方塊中儲存，或使用 herald-cli account set-secret "%1"（從標準輸入提供密鑰），或傳入 --secret-env VARIABLE。</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: the environment variable %2 is not set and the system keychain holds no secret for it.</source>
            <translation>帳號「%1」沒有密鑰：未設定環境變數 %2，系統鑰匙圈中也沒有它的密鑰。</translation>
        </message>
        <message>
            <source>The secret of the account “%1” cannot be read: %2</source>
            <translation>無法讀取帳號「%1」的密鑰：%2</translation>
        </message>
        <message>
            <source>The environment variable %1 is not set, and the secret of the account “%2” cannot be read from the keychain: %3</source>
            <translation>未設定環境變數 %1，且無法從鑰匙圈讀取帳號「%2」的密鑰：%3</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
            <translation>帳號「%1」沒有密鑰：請傳入 --secret-env VARIABLE。</translation>
        </message>
        <message>
            <source>The environment variable %1 is empty or not set.</source>
            <translation>環境變數 %1 是空的或未設定。</translation>
        </message>
        <message>
            <source>The credentials could not be read.</source>
            <translation>無法讀取憑證。</translation>
        </message>
    </context>
    <context>
        <name>AccountEditor</name>
        <message>
            <source>An account named “%1” already exists.</source>
            <translation>名為「%1」的帳號已存在。</translation>
        </message>
        <message numerus="yes">
            <source>The account “%1” is used by %n campaign(s) that have not finished. Let them finish or cancel them first.</source>
            <translation>
                <numerusform>帳號「%1」正由 %n 個尚未結束的行銷活動使用。請等待它們結束，或先將其取消。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnalyticsCharts</name>
        <message>
            <source>Targeted</source>
            <translation>目標對象</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>已剔除</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已傳送</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已送達</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Undelivered</source>
            <translation>未送達</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
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
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>收件人</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>funnel step: count</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Deliveries over time</source>
            <translation>送達數趨勢</translation>
        </message>
        <message>
            <source>Delivered per day</source>
            <translation>每日送達數</translation>
        </message>
        <message>
            <source>Delivered per hour</source>
            <translation>每小時送達數</translation>
        </message>
        <message>
            <source>Delivered per 15 minutes</source>
            <translation>每 15 分鐘送達數</translation>
        </message>
        <message>
            <source>Delivered in total</source>
            <translation>送達總數</translation>
        </message>
        <message>
            <source>Delivery rate per month</source>
            <translation>每月送達率</translation>
        </message>
        <message>
            <source>Delivery rate</source>
            <translation>送達率</translation>
        </message>
        <message>
            <source>No campaigns yet</source>
            <translation>尚無行銷活動</translation>
        </message>
        <message>
            <source>%</source>
            <comment>axis unit: percent</comment>
            <translation>%</translation>
        </message>
        <message>
            <source>Opt-out and reply rates per month</source>
            <translation>每月退訂率與回覆率</translation>
        </message>
        <message>
            <source>Opt-out rate</source>
            <translation>退訂率</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>回覆率</translation>
        </message>
        <message>
            <source>Benchmark %1</source>
            <translation>基準 %1</translation>
        </message>
        <message>
            <source>Cost per month (%1)</source>
            <translation>每月費用（%1）</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>費用</translation>
        </message>
        <message>
            <source>Marketing messages per contact per month (last 12 months)</source>
            <translation>每位聯絡人每月收到的行銷訊息數（最近 12 個月）</translation>
        </message>
        <message>
            <source>Fewer than %1</source>
            <translation>少於 %1</translation>
        </message>
        <message>
            <source>%1–%2: the guideline</source>
            <translation>%1–%2：建議範圍</translation>
        </message>
        <message>
            <source>More than %1</source>
            <translation>多於 %1</translation>
        </message>
        <message>
            <source>%1+</source>
            <translation>%1+</translation>
        </message>
        <message>
            <source>Messages in the month</source>
            <translation>當月訊息數</translation>
        </message>
        <message>
            <source>Contact-months</source>
            <translation>聯絡人月數</translation>
        </message>
    </context>
    <context>
        <name>AudienceAnalyzer</name>
        <message>
            <source>nobody</source>
            <translation>無人</translation>
        </message>
        <message numerus="yes">
            <source>%1% %Ln part(s)</source>
            <translation>
                <numerusform>%1% %Ln 則</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
    </context>
    <context>
        <name>CampaignAnalytics</name>
        <message>
            <source>There is no campaign %1.</source>
            <translation>沒有行銷活動 %1。</translation>
        </message>
    </context>
    <context>
        <name>CampaignRepository</name>
        <message>
            <source>A campaign needs a name.</source>
            <translation>行銷活動需要名稱。</translation>
        </message>
        <message>
            <source>A campaign needs a message.</source>
            <translation>行銷活動需要訊息內容。</translation>
        </message>
        <message>
            <source>Choose who gets the campaign: all contacts or one or more segments.</source>
            <translation>請選擇行銷活動的收件對象：所有聯絡人，或一個以上的區隔。</translation>
        </message>
        <message>
            <source>There is no campaign %1.</source>
            <translation>沒有行銷活動 %1。</translation>
        </message>
        <message>
            <source>Campaign %1 was already launched (it is %2).</source>
            <translation>行銷活動 %1 已經啟動（目前狀態：%2）。</translation>
        </message>
        <message>
            <source>A scheduled campaign needs a date and time.</source>
            <translation>排程的行銷活動需要日期與時間。</translation>
        </message>
        <message>
            <source>A campaign sent at each recipient's local time needs a date and a time of day.</source>
            <translation>依每位收件人當地時間傳送的行銷活動，需要日期與當日的傳送時刻。</translation>
        </message>
        <message>
            <source>Only a draft can be scheduled; campaign %1 is %2.</source>
            <translation>只有草稿才能排程；行銷活動 %1 目前狀態：%2。</translation>
        </message>
        <message>
            <source>Campaign %1 has no schedule: launch it instead.</source>
            <translation>行銷活動 %1 沒有排程：請改為直接啟動。</translation>
        </message>
        <message>
            <source>The scheduled time of campaign %1 has already passed.</source>
            <translation>行銷活動 %1 的排程時間已經過了。</translation>
        </message>
        <message>
            <source>The local send time of campaign %1 has already passed everywhere.</source>
            <translation>行銷活動 %1 的當地傳送時間在所有地區都已經過了。</translation>
        </message>
        <message>
            <source>Only a draft can be changed; campaign %1 is %2.</source>
            <translation>只有草稿才能變更；行銷活動 %1 目前狀態：%2。</translation>
        </message>
        <message>
            <source>Campaign %1 is no longer a draft.</source>
            <translation>行銷活動 %1 已不再是草稿。</translation>
        </message>
        <message>
            <source>Only a draft can be deleted; campaign %1 is not one.</source>
            <translation>只有草稿才能刪除；行銷活動 %1 不是草稿。</translation>
        </message>
        <message>
            <source>Failed messages can be retried once campaign %1 has finished or is paused.</source>
            <translation>行銷活動 %1 結束或暫停後，才能重試失敗的訊息。</translation>
        </message>
    </context>
    <context>
        <name>CliContext</name>
        <message>
            <source>usage: %1</source>
            <translation>用法：%1</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>Other (columns guessed from their names)</source>
            <translation>其他（依欄位名稱推測）</translation>
        </message>
        <message>
            <source>Herald export</source>
            <translation>Herald 匯出檔</translation>
        </message>
        <message>
            <source>Shopify customers</source>
            <translation>Shopify 顧客</translation>
        </message>
        <message>
            <source>Shopify customers (older export)</source>
            <translation>Shopify 顧客（舊版匯出檔）</translation>
        </message>
        <message>
            <source>WooCommerce customers</source>
            <translation>WooCommerce 顧客</translation>
        </message>
        <message>
            <source>Google Contacts</source>
            <translation>Google 聯絡人</translation>
        </message>
        <message>
            <source>Outlook contacts</source>
            <translation>Outlook 聯絡人</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>不匯入</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>名字</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>姓氏</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>全名</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>時區</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>消費總額</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>幣別</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>訂單數</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>最近一筆訂單</translation>
        </message>
        <message>
            <source>SMS marketing consent</source>
            <translation>SMS 行銷同意</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>同意日期</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>自訂欄位</translation>
        </message>
    </context>
    <context>
        <name>CommandRegistry</name>
        <message>
            <source>usage: herald-cli [--db PATH] [--json] COMMAND [ARGS…]</source>
            <translation>用法：herald-cli [--db 路徑] [--json] 命令 [引數…]</translation>
        </message>
        <message>
            <source>Herald's command line: everything the app does, headless.</source>
            <translation>Herald 命令列：不需圖形介面，即可完成應用程式的所有功能。</translation>
        </message>
        <message>
            <source>Global options:</source>
            <translation>全域選項：</translation>
        </message>
        <message>
            <source>workspace file (default: %1)</source>
            <translation>工作區檔案（預設：%1）</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>機器可讀的輸出</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>顯示本說明</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
            <translation>結束代碼：0 成功，1 操作失敗，2 用法錯誤或輸入錯誤。</translation>
        </message>
        <message>
            <source>--db needs a file path</source>
            <translation>--db 需要檔案路徑</translation>
        </message>
        <message>
            <source>unknown command “%1”; see herald-cli --help</source>
            <translation>不明的命令「%1」；請參閱 herald-cli --help</translation>
        </message>
        <message>
            <source>--limit must be a positive number</source>
            <translation>--limit 必須是正數</translation>
        </message>
        <message>
            <source>--after must be a contact id</source>
            <translation>--after 必須是聯絡人 ID</translation>
        </message>
        <message>
            <source>unexpected argument “%1”</source>
            <translation>非預期的引數「%1」</translation>
        </message>
        <message>
            <source>contacts show needs one contact id</source>
            <translation>contacts show 需要一個聯絡人 ID</translation>
        </message>
        <message>
            <source>contacts needs a subcommand</source>
            <translation>contacts 需要子命令</translation>
        </message>
        <message>
            <source>unknown contacts subcommand “%1”</source>
            <translation>不明的 contacts 子命令「%1」</translation>
        </message>
        <message>
            <source>contacts count takes no arguments</source>
            <translation>contacts count 不接受任何引數</translation>
        </message>
        <message>
            <source>version takes no arguments</source>
            <translation>version 不接受任何引數</translation>
        </message>
        <message>
            <source>--count must be a number from 1 to 100000</source>
            <translation>--count 必須是 1 到 100000 之間的數字</translation>
        </message>
        <message>
            <source>Workspace ready: %1</source>
            <translation>工作區已就緒：%1</translation>
        </message>
        <message numerus="yes">
            <source>Added %n demo contact(s).</source>
            <translation>
                <numerusform>已新增 %n 位示範聯絡人。</numerusform>
            </translation>
        </message>
        <message>
            <source>print the version</source>
            <translation>顯示版本</translation>
        </message>
        <message>
            <source>create the workspace (with --demo: invented contacts to try Herald with)</source>
            <translation>建立工作區（加上 --demo：加入虛構的聯絡人，方便試用 Herald）</translation>
        </message>
        <message>
            <source>septets</source>
            <translation>個七位元組</translation>
        </message>
        <message>
            <source>UTF-16 code units</source>
            <translation>個 UTF-16 編碼單位</translation>
        </message>
        <message>
            <source>Encoding:   %1</source>
            <translation>編碼：      %1</translation>
        </message>
        <message>
            <source>Parts:      %1 (%2)</source>
            <translation>則數：      %1（%2）</translation>
        </message>
        <message>
            <source>Units:      %1 %2</source>
            <translation>單位：      %1 %2</translation>
        </message>
        <message>
            <source>Characters: %1</source>
            <translation>字元數：    %1</translation>
        </message>
        <message>
            <source>Left:       %1 in the last part</source>
            <translation>剩餘：      最後一則還可用 %1</translation>
        </message>
        <message>
            <source>Not GSM-7:  %1</source>
            <translation>非 GSM-7：  %1</translation>
        </message>
        <message>
            <source>expected a JSON object {"id":…,"text":…}</source>
            <translation>預期為 JSON 物件 {"id":…,"text":…}</translation>
        </message>
        <message>
            <source>"text" must be a string</source>
            <translation>"text" 必須是字串</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>count takes one TEXT; quote it</source>
            <translation>count 只接受一個 TEXT；請加上引號</translation>
        </message>
        <message>
            <source>count --jsonl reads stdin and takes no TEXT</source>
            <translation>count --jsonl 會讀取 stdin，不接受 TEXT</translation>
        </message>
        <message>
            <source>stdin is not valid UTF-8</source>
            <translation>stdin 不是有效的 UTF-8</translation>
        </message>
        <message>
            <source>count the encoding, parts and units of an SMS text (TEXT, or stdin)</source>
            <translation>計算 SMS 文字的編碼、則數與單位（TEXT 或 stdin）</translation>
        </message>
        <message>
            <source>template show needs one template id</source>
            <translation>template show 需要一個範本 ID</translation>
        </message>
        <message>
            <source>--contact must be a contact id</source>
            <translation>--contact 必須是聯絡人 ID</translation>
        </message>
        <message>
            <source>“%1” is not a template id</source>
            <translation>「%1」不是範本 ID</translation>
        </message>
        <message>
            <source>template render needs a template id and --contact ID</source>
            <translation>template render 需要範本 ID 與 --contact ID</translation>
        </message>
        <message>
            <source>template add needs --name and --body</source>
            <translation>template add 需要 --name 與 --body</translation>
        </message>
        <message>
            <source>--kind must be “marketing” or “transactional”, not “%1”</source>
            <translation>--kind 必須是「marketing」或「transactional」，而不是「%1」</translation>
        </message>
        <message>
            <source>Added template %1.</source>
            <translation>已新增範本 %1。</translation>
        </message>
        <message>
            <source>template delete needs one template id</source>
            <translation>template delete 需要一個範本 ID</translation>
        </message>
        <message>
            <source>Deleted template %1.</source>
            <translation>已刪除範本 %1。</translation>
        </message>
        <message>
            <source>template needs a subcommand</source>
            <translation>template 需要子命令</translation>
        </message>
        <message>
            <source>unknown template subcommand “%1”</source>
            <translation>不明的 template 子命令「%1」</translation>
        </message>
        <message>
            <source>list, show, render, add or delete message templates</source>
            <translation>列出、顯示、套用、新增或刪除訊息範本</translation>
        </message>
        <message>
            <source>--rate must be a number of messages per second</source>
            <translation>--rate 必須是每秒訊息數</translation>
        </message>
        <message>
            <source>--option needs KEY=VALUE</source>
            <translation>--option 需要 KEY=VALUE</translation>
        </message>
        <message>
            <source>account add needs --name and --provider</source>
            <translation>account add 需要 --name 與 --provider</translation>
        </message>
        <message>
            <source>Added account %1 (%2).</source>
            <translation>已新增帳號 %1（%2）。</translation>
        </message>
        <message>
            <source>account needs a subcommand</source>
            <translation>account 需要子命令</translation>
        </message>
        <message>
            <source>unknown account subcommand “%1”</source>
            <translation>不明的 account 子命令「%1」</translation>
        </message>
        <message>
            <source>Campaign %1 “%2”: %3</source>
            <translation>行銷活動 %1「%2」：%3</translation>
        </message>
        <message>
            <source>Paused because: %1</source>
            <translation>暫停原因：%1</translation>
        </message>
        <message>
            <source>bad value for %1</source>
            <translation>%1 的值不正確</translation>
        </message>
        <message>
            <source>campaign create needs --name, --body or --template, and --all or --segment</source>
            <translation>campaign create 需要 --name、--body 或 --template，以及 --all 或 --segment</translation>
        </message>
        <message>
            <source>There is no template %1.</source>
            <translation>沒有範本 %1。</translation>
        </message>
        <message>
            <source>Created campaign %1.</source>
            <translation>已建立行銷活動 %1。</translation>
        </message>
        <message>
            <source>which campaign? Give its id</source>
            <translation>要哪個行銷活動？請提供其 ID</translation>
        </message>
        <message>
            <source>Campaign %1 has not been launched.</source>
            <translation>行銷活動 %1 尚未啟動。</translation>
        </message>
        <message>
            <source>Campaign %1 is paused; resume it with: campaign resume %1</source>
            <translation>行銷活動 %1 已暫停；請用以下命令繼續：campaign resume %1</translation>
        </message>
        <message>
            <source>Campaign %1 is not sending (it is %2).</source>
            <translation>行銷活動 %1 未在傳送中（目前狀態：%2）。</translation>
        </message>
        <message>
            <source>Campaign %1 is already %2.</source>
            <translation>行銷活動 %1 已經是%2狀態。</translation>
        </message>
        <message>
            <source>campaign needs a subcommand</source>
            <translation>campaign 需要子命令</translation>
        </message>
        <message>
            <source>unknown campaign subcommand “%1”</source>
            <translation>不明的 campaign 子命令「%1」</translation>
        </message>
        <message>
            <source>campaign %1 needs one campaign id</source>
            <translation>campaign %1 需要一個行銷活動 ID</translation>
        </message>
        <message>
            <source>unknown profile “%1”; profiles: %2</source>
            <translation>不明的設定檔「%1」；可用的設定檔：%2</translation>
        </message>
        <message>
            <source>Simulator running (profile %1); ledger at %2/_simulator/ledger.json. Stop it with Ctrl+C.</source>
            <translation>模擬器執行中（設定檔 %1）；紀錄檔位於 %2/_simulator/ledger.json。按 Ctrl+C 即可停止。</translation>
        </message>
        <message numerus="yes">
            <source>Simulator stopped after %n message(s).</source>
            <translation>
                <numerusform>模擬器在處理 %n 則訊息後停止。</numerusform>
            </translation>
        </message>
        <message>
            <source>run the SMS provider Simulator on 127.0.0.1 until stopped</source>
            <translation>在 127.0.0.1 上執行 SMS 服務商模擬器，直到停止為止</translation>
        </message>
        <message>
            <source>Contact %1 erased; only a keyed hash of the number stays on the suppression list.</source>
            <translation>已清除聯絡人 %1；排除清單上只保留該號碼的金鑰雜湊值。</translation>
        </message>
        <message>
            <source>contacts %1 needs one contact id</source>
            <translation>contacts %1 需要一個聯絡人 ID</translation>
        </message>
        <message>
            <source>count, list, show, erase or export (GDPR) the workspace's contacts</source>
            <translation>計算、列出、顯示、清除或匯出（GDPR）工作區的聯絡人</translation>
        </message>
        <message>
            <source>unknown region “%1”</source>
            <translation>不明的地區「%1」</translation>
        </message>
        <message>
            <source>Format: %1, %2, delimiter %3</source>
            <translation>格式：%1，%2，分隔符號 %3</translation>
        </message>
        <message>
            <source>Rows: %1</source>
            <translation>列數：%1</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>已匯入：%1</translation>
        </message>
        <message>
            <source>Updated: %1</source>
            <translation>已更新：%1</translation>
        </message>
        <message>
            <source>Duplicates: %1</source>
            <translation>重複：%1</translation>
        </message>
        <message>
            <source>Invalid: %1</source>
            <translation>無效：%1</translation>
        </message>
        <message>
            <source>Suppressed (kept opted out): %1</source>
            <translation>已排除（維持退訂）：%1</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>Line %1 (warning): %2</source>
            <translation>第 %1 行（警告）：%2</translation>
        </message>
        <message>
            <source>Rejected rows written to %1</source>
            <translation>被拒絕的列已寫入 %1</translation>
        </message>
        <message>
            <source>unknown preset “%1” (generic, herald, shopify, shopify-legacy, woocommerce, google, outlook)</source>
            <translation>不明的預設格式「%1」（generic、herald、shopify、shopify-legacy、woocommerce、google、outlook）</translation>
        </message>
        <message>
            <source>--on-duplicate must be update or skip</source>
            <translation>--on-duplicate 必須是 update 或 skip</translation>
        </message>
        <message>
            <source>--delimiter must be one character or TAB</source>
            <translation>--delimiter 必須是單一字元或 TAB</translation>
        </message>
        <message>
            <source>import needs a CSV file</source>
            <translation>import 需要 CSV 檔案</translation>
        </message>
        <message>
            <source>“%1” does not exist</source>
            <translation>「%1」不存在</translation>
        </message>
        <message>
            <source>--map %1: expected COLUMN=FIELD with a column of the file and a field (phone, first_name, last_name, name, email, country, city, language, time_zone, birthday, total_spent, currency, orders, last_order, consent, consent_date, tags, custom:NAME, ignore)</source>
            <translation>--map %1：預期格式為 COLUMN=FIELD，COLUMN 為檔案中的欄位，FIELD 為以下之一：phone、first_name、last_name、name、email、country、city、language、time_zone、birthday、total_spent、currency、orders、last_order、consent、consent_date、tags、custom:NAME、ignore</translation>
        </message>
        <message>
            <source>--segment must be a segment id</source>
            <translation>--segment 必須是區隔 ID</translation>
        </message>
        <message>
            <source>export needs an output file</source>
            <translation>export 需要輸出檔案</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to %1</source>
            <translation>
                <numerusform>已將 %n 位聯絡人匯出至 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>normalise phone numbers from stdin (raw or raw&lt;TAB&gt;CC per line) to E.164</source>
            <translation>將 stdin 中的電話號碼（每行為號碼，或號碼&lt;TAB&gt;CC）正規化為 E.164</translation>
        </message>
        <message>
            <source>import contacts from a CSV file</source>
            <translation>從 CSV 檔案匯入聯絡人</translation>
        </message>
        <message>
            <source>export contacts to a CSV file (UTF-8, formula-safe, re-importable)</source>
            <translation>將聯絡人匯出為 CSV 檔案（UTF-8、防範公式注入、可重新匯入）</translation>
        </message>
        <message>
            <source>segment count needs either --rules or --id</source>
            <translation>segment count 需要 --rules 或 --id</translation>
        </message>
        <message>
            <source>cannot read the rules from standard input</source>
            <translation>無法從標準輸入讀取規則</translation>
        </message>
        <message>
            <source>--id must be a segment id</source>
            <translation>--id 必須是區隔 ID</translation>
        </message>
        <message>
            <source>id: %1</source>
            <translation>ID：%1</translation>
        </message>
        <message>
            <source>name: %1</source>
            <translation>名稱：%1</translation>
        </message>
        <message>
            <source>description: %1</source>
            <translation>說明：%1</translation>
        </message>
        <message>
            <source>built-in: %1</source>
            <translation>內建：%1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>rules: %1</source>
            <translation>規則：%1</translation>
        </message>
        <message>
            <source>count: %1</source>
            <translation>數量：%1</translation>
        </message>
        <message>
            <source>segment needs a subcommand</source>
            <translation>segment 需要子命令</translation>
        </message>
        <message>
            <source>unknown segment subcommand “%1”</source>
            <translation>不明的 segment 子命令「%1」</translation>
        </message>
        <message>
            <source>segment list takes no arguments</source>
            <translation>segment list 不接受任何引數</translation>
        </message>
        <message>
            <source>segment show needs one segment id</source>
            <translation>segment show 需要一個區隔 ID</translation>
        </message>
        <message>
            <source>list, count or show segments (saved audiences)</source>
            <translation>列出、計算或顯示區隔（已儲存的受眾）</translation>
        </message>
        <message>
            <source>cannot read stdin</source>
            <translation>無法讀取 stdin</translation>
        </message>
        <message>
            <source>No secret on stdin: %1</source>
            <translation>stdin 中沒有密鑰：%1</translation>
        </message>
        <message>
            <source>%1 is set by Herald itself</source>
            <translation>%1 由 Herald 自行設定</translation>
        </message>
        <message>
            <source>give the secret either with --secret-env or with --secret-stdin</source>
            <translation>請以 --secret-env 或 --secret-stdin 提供密鑰</translation>
        </message>
        <message>
            <source>The account “%1” was not added: %2</source>
            <translation>未新增帳號「%1」：%2</translation>
        </message>
        <message>
            <source>The secret is stored in the system keychain.</source>
            <translation>密鑰已儲存在系統鑰匙圈中。</translation>
        </message>
        <message>
            <source>which account? Give its name</source>
            <translation>要哪個帳號？請提供其名稱</translation>
        </message>
        <message>
            <source>account set-secret needs one account name</source>
            <translation>account set-secret 需要一個帳號名稱</translation>
        </message>
        <message>
            <source>The secret of “%1” is stored in the system keychain.</source>
            <translation>「%1」的密鑰已儲存在系統鑰匙圈中。</translation>
        </message>
        <message>
            <source>account remove needs one account name</source>
            <translation>account remove 需要一個帳號名稱</translation>
        </message>
        <message>
            <source>The account “%1” was kept: its secret could not be removed from the system keychain. %2</source>
            <translation>已保留帳號「%1」：無法從系統鑰匙圈移除其密鑰。%2</translation>
        </message>
        <message>
            <source>Removed account %1 (%2).</source>
            <translation>已移除帳號 %1（%2）。</translation>
        </message>
        <message>
            <source>add, list, test or remove SMS provider accounts; secrets go to the system keychain</source>
            <translation>新增、列出、測試或移除 SMS 服務商帳號；密鑰存放於系統鑰匙圈</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for their send time; the next at %1.</source>
            <translation>
                <numerusform>%n 則訊息正在等待傳送時間；下一則於 %1 傳送。</numerusform>
            </translation>
        </message>
        <message>
            <source>--date goes with --local-time</source>
            <translation>--date 需搭配 --local-time 使用</translation>
        </message>
        <message>
            <source>%1 on %2 in each recipient's local time</source>
            <translation>%2 %1（依每位收件人的當地時間）</translation>
        </message>
        <message>
            <source>Campaign %1 is scheduled for %2. Herald launches it then while it is running; to send it now: campaign launch %1 --now</source>
            <translation>行銷活動 %1 已排程於 %2。屆時若 Herald 正在執行，就會啟動它；若要立即傳送：campaign launch %1 --now</translation>
        </message>
        <message>
            <source>Campaign %1 was scheduled for %2, which has passed; launching it now as asked.</source>
            <translation>行銷活動 %1 原排程於 %2，該時間已過；依要求立即啟動。</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) wait for quiet hours to end or for their local send time; the last goes out at %1.</source>
            <translation>
                <numerusform>%n 則訊息正在等待勿擾時段結束或當地傳送時間；最後一則將於 %1 送出。</numerusform>
            </translation>
        </message>
        <message>
            <source>Campaign %1 “%2” was scheduled for %3 and has not been sent: launch it with “campaign launch %1” or cancel it with “campaign cancel %1”.</source>
            <translation>行銷活動 %1「%2」原排程於 %3，但尚未傳送：請用「campaign launch %1」啟動，或用「campaign cancel %1」取消。</translation>
        </message>
        <message>
            <source>Campaign %1 “%2” (%3)</source>
            <translation>行銷活動 %1「%2」（%3）</translation>
        </message>
        <message numerus="yes">
            <source>Audience: %n contact(s)</source>
            <translation>
                <numerusform>受眾：%n 位聯絡人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recipients: %n, of them %1 at once and %2 later</source>
            <translation>
                <numerusform>收件人：%n 位，其中 %1 位立即傳送，%2 位稍後傳送</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending from %1 to %2</source>
            <translation>傳送期間：%1 至 %2</translation>
        </message>
        <message>
            <source>Parts: %1 (%2)</source>
            <translation>則數：%1（%2）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln 則</numerusform>
            </translation>
        </message>
        <message>
            <source>Estimated cost: %1 %2</source>
            <translation>預估費用：%1 %2</translation>
        </message>
        <message>
            <source>campaign list takes no arguments</source>
            <translation>campaign list 不接受任何引數</translation>
        </message>
        <message>
            <source>create, check, launch, pause, resume, cancel and list campaigns</source>
            <translation>建立、檢查、啟動、暫停、繼續、取消及列出行銷活動</translation>
        </message>
        <message>
            <source>Accounts polled: %1</source>
            <translation>已輪詢的帳號：%1</translation>
        </message>
        <message>
            <source>Delivery statuses updated: %1</source>
            <translation>已更新的送達狀態：%1</translation>
        </message>
        <message>
            <source>Replies stored: %1</source>
            <translation>已儲存的回覆：%1</translation>
        </message>
        <message>
            <source>Opt-outs: %1</source>
            <translation>退訂：%1</translation>
        </message>
        <message>
            <source>Re-subscribes: %1</source>
            <translation>重新訂閱：%1</translation>
        </message>
        <message>
            <source>Help replies queued: %1</source>
            <translation>已排入佇列的 HELP 回覆：%1</translation>
        </message>
        <message>
            <source>Opt-out confirmations queued: %1</source>
            <translation>已排入佇列的退訂確認：%1</translation>
        </message>
        <message>
            <source>Waiting messages cancelled by opt-outs: %1</source>
            <translation>因退訂而取消的等待中訊息：%1</translation>
        </message>
        <message>
            <source>Automatic replies sent: %1</source>
            <translation>已傳送的自動回覆：%1</translation>
        </message>
        <message>
            <source>Without a final report after 7 days (now unknown): %1</source>
            <translation>7 天後仍無最終報告（現標示為不明）：%1</translation>
        </message>
        <message>
            <source>--secret-env needs --account</source>
            <translation>--secret-env 需要 --account</translation>
        </message>
        <message>
            <source>skipping the account “%1”: %2</source>
            <translation>略過帳號「%1」：%2</translation>
        </message>
        <message>
            <source>There is no account to poll.</source>
            <translation>沒有可輪詢的帳號。</translation>
        </message>
        <message numerus="yes">
            <source>Polling every %n second(s); stop with Ctrl+C.</source>
            <translation>
                <numerusform>每 %n 秒輪詢一次；按 Ctrl+C 即可停止。</numerusform>
            </translation>
        </message>
        <message>
            <source>read delivery reports and replies (STOP, START, HELP) of every account: one round with --once, else until stopped</source>
            <translation>讀取每個帳號的送達報告與回覆（STOP、START、HELP）：加上 --once 只執行一輪，否則持續執行直到停止</translation>
        </message>
        <message>
            <source>“%1” is neither a contact id nor a number in +E.164 form</source>
            <translation>「%1」既不是聯絡人 ID，也不是 +E.164 格式的號碼</translation>
        </message>
        <message>
            <source>--limit must be a number (0: no limit)</source>
            <translation>--limit 必須是數字（0：不限制）</translation>
        </message>
        <message>
            <source>inbox reply needs --body TEXT</source>
            <translation>inbox reply 需要 --body TEXT</translation>
        </message>
        <message>
            <source>Reply %1 to %2 queued on “%3”; `herald-cli poll --once` sends it.</source>
            <translation>給 %2 的回覆 %1 已在「%3」排入佇列；`herald-cli poll --once` 會將其送出。</translation>
        </message>
        <message numerus="yes">
            <source>%n reply(ies) changed.</source>
            <translation>
                <numerusform>已變更 %n 則回覆。</numerusform>
            </translation>
        </message>
        <message>
            <source>inbox needs a subcommand</source>
            <translation>inbox 需要子命令</translation>
        </message>
        <message>
            <source>unknown inbox subcommand “%1”</source>
            <translation>不明的 inbox 子命令「%1」</translation>
        </message>
        <message>
            <source>inbox %1 needs a contact id or a number</source>
            <translation>inbox %1 需要聯絡人 ID 或號碼</translation>
        </message>
        <message>
            <source>list conversations (replies grouped by person), show one, reply, mark handled</source>
            <translation>列出對話（依人分組的回覆）、顯示單一對話、回覆、標示為已處理</translation>
        </message>
        <message>
            <source>“%1” is not a campaign id</source>
            <translation>「%1」不是行銷活動 ID</translation>
        </message>
        <message>
            <source>campaign report needs one campaign id</source>
            <translation>campaign report 需要一個行銷活動 ID</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>無法寫入「%1」：%2</translation>
        </message>
        <message>
            <source>Targeted %1, excluded %2, sent %3, delivered %4, failed %5, undelivered %6, unknown %7</source>
            <translation>目標對象 %1，已剔除 %2，已傳送 %3，已送達 %4，失敗 %5，未送達 %6，不明 %7</translation>
        </message>
        <message>
            <source>Delivery rate %1, opt-out rate %2 (benchmark %3), reply rate %4</source>
            <translation>送達率 %1，退訂率 %2（基準 %3），回覆率 %4</translation>
        </message>
        <message>
            <source>Parts %1, cost %2 %3</source>
            <translation>則數 %1，費用 %2 %3</translation>
        </message>
        <message>
            <source>PDF report written to %1</source>
            <translation>PDF 報告已寫入 %1</translation>
        </message>
    </context>
    <context>
        <name>ContactEraser</name>
        <message>
            <source>There is no contact with id %1.</source>
            <translation>沒有 ID 為 %1 的聯絡人。</translation>
        </message>
    </context>
    <context>
        <name>ContactExporter</name>
        <message>
            <source>The export was cancelled.</source>
            <translation>已取消匯出。</translation>
        </message>
    </context>
    <context>
        <name>ContactImporter</name>
        <message>
            <source>no phone number</source>
            <translation>沒有電話號碼</translation>
        </message>
        <message>
            <source>%1 “%2” was not understood and was left out</source>
            <translation>無法辨識%1「%2」，已略過</translation>
        </message>
        <message>
            <source>%1 is a landline number: it may not receive text messages</source>
            <translation>%1 是市話號碼：可能無法接收簡訊</translation>
        </message>
        <message>
            <source>Cannot open “%1”: %2</source>
            <translation>無法開啟「%1」：%2</translation>
        </message>
        <message>
            <source>“%1” cannot be imported: %2</source>
            <translation>無法匯入「%1」：%2</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>第 %1 欄</translation>
        </message>
        <message>
            <source>No column of “%1” is mapped to the phone number. Choose the column that holds the phone numbers.</source>
            <translation>「%1」中沒有任何欄位對應到電話號碼。請選擇含有電話號碼的欄位。</translation>
        </message>
        <message>
            <source>The number is on the suppression list.</source>
            <translation>此號碼在排除清單上。</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>已取消匯入；未匯入任何資料。</translation>
        </message>
    </context>
    <context>
        <name>ContactRepository</name>
        <message>
            <source>There is no contact with id %1.</source>
            <translation>沒有 ID 為 %1 的聯絡人。</translation>
        </message>
        <message>
            <source>A contact needs a phone number.</source>
            <translation>聯絡人需要電話號碼。</translation>
        </message>
        <message>
            <source>Another contact already has the number %1.</source>
            <translation>已有其他聯絡人使用號碼 %1。</translation>
        </message>
        <message>
            <source>Type the name of a tag.</source>
            <translation>請輸入標籤名稱。</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>The encoding “%1” is not supported.</source>
            <translation>不支援「%1」編碼。</translation>
        </message>
        <message>
            <source>The row is longer than %1 characters; it was skipped.</source>
            <translation>此列超過 %1 個字元，已略過。</translation>
        </message>
        <message numerus="yes">
            <source>The row has %1 fields, but the header has %n.</source>
            <translation>
                <numerusform>此列有 %1 個欄位，但標題列有 %n 個。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The row has %1 fields, but the first row has %n.</source>
            <translation>
                <numerusform>此列有 %1 個欄位，但第一列有 %n 個。</numerusform>
            </translation>
        </message>
        <message>
            <source>A quoted field starts here and is still open after %1 characters; the closing quote is probably missing.</source>
            <translation>加引號的欄位從這裡開始，經過 %1 個字元後仍未結束；可能缺少結尾引號。</translation>
        </message>
        <message>
            <source>A quoted field starts here but its closing quote is missing.</source>
            <translation>加引號的欄位從這裡開始，但缺少結尾引號。</translation>
        </message>
        <message numerus="yes">
            <source>A quoted field starts here and is still open after %n line(s); the closing quote is probably missing.</source>
            <translation>
                <numerusform>加引號的欄位從這裡開始，經過 %n 行後仍未結束；可能缺少結尾引號。</numerusform>
            </translation>
        </message>
        <message>
            <source>Unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each inner quote doubled ("").</source>
            <translation>結尾引號後出現非預期的文字。含有引號的欄位必須整個加上引號，且其中每個引號都要重複一次 ("")。</translation>
        </message>
        <message>
            <source>A quoted field starts here but is not closed properly: the quote on line %1 is followed by other text.</source>
            <translation>加引號的欄位從這裡開始，但沒有正確結束：第 %1 行的引號後面還有其他文字。</translation>
        </message>
        <message>
            <source>A quote character appears inside a field that does not start with a quote. Quote the whole field and double the inner quote ("").</source>
            <translation>不是以引號開頭的欄位中出現了引號。請將整個欄位加上引號，並將其中的引號重複一次 ("")。</translation>
        </message>
        <message>
            <source>The file could not be read further: %1</source>
            <translation>無法繼續讀取檔案：%1</translation>
        </message>
    </context>
    <context>
        <name>CsvSniffer</name>
        <message>
            <source>The file is an Excel workbook (.xlsx) or another ZIP archive, not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
            <translation>此檔案是 Excel 活頁簿 (.xlsx) 或其他 ZIP 壓縮檔，不是 CSV 檔案。請在 Excel 中開啟，並另存為「CSV UTF-8」。</translation>
        </message>
        <message>
            <source>The file is an old Excel workbook (.xls), not a CSV file. Open it in Excel and save it as “CSV UTF-8”.</source>
            <translation>此檔案是舊版 Excel 活頁簿 (.xls)，不是 CSV 檔案。請在 Excel 中開啟，並另存為「CSV UTF-8」。</translation>
        </message>
        <message>
            <source>The file contains binary data (NUL bytes), so it is not a CSV text file.</source>
            <translation>此檔案含有二進位資料（NUL 位元組），因此不是 CSV 文字檔。</translation>
        </message>
        <message>
            <source>The file contains binary data (control characters), so it is not a CSV text file.</source>
            <translation>此檔案含有二進位資料（控制字元），因此不是 CSV 文字檔。</translation>
        </message>
        <message>
            <source>The file is not open for reading.</source>
            <translation>檔案未以讀取模式開啟。</translation>
        </message>
        <message>
            <source>The file is empty (0 bytes).</source>
            <translation>檔案是空的（0 位元組）。</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>無法讀取檔案。</translation>
        </message>
        <message>
            <source>The encoding “%1” is not supported.</source>
            <translation>不支援「%1」編碼。</translation>
        </message>
        <message>
            <source>No readable row was found in the first %1 KiB of the file.</source>
            <translation>檔案的前 %1 KiB 中找不到任何可讀取的列。</translation>
        </message>
        <message>
            <source>The file contains no readable row.</source>
            <translation>檔案中沒有任何可讀取的列。</translation>
        </message>
        <message>
            <source>The file contains no data, only empty lines or empty cells.</source>
            <translation>檔案中沒有資料，只有空白行或空白儲存格。</translation>
        </message>
        <message>
            <source>The file contains only a header row and no contacts.</source>
            <translation>檔案中只有標題列，沒有任何聯絡人。</translation>
        </message>
    </context>
    <context>
        <name>CsvWriter</name>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>無法寫入「%1」：%2</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Cannot read “%1”: %2</source>
            <translation>無法讀取「%1」：%2</translation>
        </message>
        <message>
            <source>“%1” is not a Herald workspace: it is not an SQLite database file.</source>
            <translation>「%1」不是 Herald 工作區：它不是 SQLite 資料庫檔案。</translation>
        </message>
        <message>
            <source>The SQLite driver for Qt (QSQLITE) is not installed.</source>
            <translation>未安裝 Qt 的 SQLite 驅動程式 (QSQLITE)。</translation>
        </message>
        <message>
            <source>Cannot open the workspace “%1”: %2</source>
            <translation>無法開啟工作區「%1」：%2</translation>
        </message>
        <message>
            <source>The workspace “%1” is damaged or not a database (%2).</source>
            <translation>工作區「%1」已損毀或不是資料庫（%2）。</translation>
        </message>
        <message>
            <source>The workspace “%1” cannot use write-ahead logging (journal mode is %2). Is it on a network drive or read-only medium?</source>
            <translation>工作區「%1」無法使用預寫式記錄（日誌模式為 %2）。它是否位於網路磁碟機或唯讀媒體上？</translation>
        </message>
        <message>
            <source>Database error: %1</source>
            <translation>資料庫錯誤：%1</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>不明錯誤</translation>
        </message>
    </context>
    <context>
        <name>DemoWorkspace</name>
        <message>
            <source>The demo data can only be added to an empty workspace.</source>
            <translation>示範資料只能加入空白的工作區。</translation>
        </message>
        <message numerus="yes">
            <source>Created %n demo contact(s).</source>
            <translation>
                <numerusform>已建立 %n 位示範聯絡人。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorCodes</name>
        <message>
            <source>The phone number is not valid.</source>
            <translation>電話號碼無效。</translation>
        </message>
        <message>
            <source>Sending to this country is not enabled on the account.</source>
            <translation>此帳號未開放傳送到這個國家/地區。</translation>
        </message>
        <message>
            <source>The recipient replied STOP earlier: the provider blocks messages to them.</source>
            <translation>收件人先前曾回覆 STOP：服務商會封鎖傳給對方的訊息。</translation>
        </message>
        <message>
            <source>The sender's queue was full: too many messages at once.</source>
            <translation>寄件者的佇列已滿：同時傳送的訊息太多。</translation>
        </message>
        <message>
            <source>The provider cannot route a message between these two numbers.</source>
            <translation>服務商無法在這兩個號碼之間傳遞訊息。</translation>
        </message>
        <message>
            <source>The number is not a mobile number.</source>
            <translation>此號碼不是手機號碼。</translation>
        </message>
        <message>
            <source>Too many requests: the provider asked to slow down.</source>
            <translation>要求過多：服務商要求放慢速度。</translation>
        </message>
        <message>
            <source>The message waited too long in the provider's queue.</source>
            <translation>訊息在服務商的佇列中等待太久。</translation>
        </message>
        <message>
            <source>The provider account is suspended.</source>
            <translation>服務商帳號已遭停權。</translation>
        </message>
        <message>
            <source>The handset is switched off or out of reach.</source>
            <translation>手機已關機或不在服務範圍內。</translation>
        </message>
        <message>
            <source>The recipient blocked messages from this sender.</source>
            <translation>收件人已封鎖此寄件者的訊息。</translation>
        </message>
        <message>
            <source>The number does not exist or is no longer in use.</source>
            <translation>此號碼不存在或已停用。</translation>
        </message>
        <message>
            <source>A landline or a number the carrier cannot reach.</source>
            <translation>市話，或電信業者無法送達的號碼。</translation>
        </message>
        <message>
            <source>The carrier filtered the message as spam.</source>
            <translation>電信業者將此訊息判定為垃圾訊息而過濾。</translation>
        </message>
        <message>
            <source>The carrier did not say why the message was not delivered.</source>
            <translation>電信業者未說明訊息未送達的原因。</translation>
        </message>
        <message>
            <source>The sender number is not registered for US 10DLC messaging.</source>
            <translation>寄件者號碼未註冊美國 10DLC 傳訊。</translation>
        </message>
        <message>
            <source>The message expired before it could be delivered.</source>
            <translation>訊息在送達前已過期。</translation>
        </message>
        <message>
            <source>The carrier did not deliver the message (provider error %1).</source>
            <translation>電信業者未送達此訊息（服務商錯誤 %1）。</translation>
        </message>
        <message>
            <source>The provider refused the message when it was sent (error %1).</source>
            <translation>服務商在傳送時拒絕了此訊息（錯誤 %1）。</translation>
        </message>
        <message>
            <source>The provider refused the request (account or API error %1).</source>
            <translation>服務商拒絕了此要求（帳號或 API 錯誤 %1）。</translation>
        </message>
        <message>
            <source>The carrier does not allow messages to this number.</source>
            <translation>電信業者不允許傳送訊息到此號碼。</translation>
        </message>
        <message>
            <source>The recipient's line is barred.</source>
            <translation>收件人的門號已被限制通訊。</translation>
        </message>
        <message>
            <source>The handset's memory is full or it is busy.</source>
            <translation>手機記憶體已滿或忙碌中。</translation>
        </message>
        <message>
            <source>The carrier failed to deliver the message.</source>
            <translation>電信業者未能送達此訊息。</translation>
        </message>
        <message>
            <source>The carrier rejected the content of the message.</source>
            <translation>電信業者拒絕了此訊息的內容。</translation>
        </message>
        <message>
            <source>A network error at the carrier.</source>
            <translation>電信業者端發生網路錯誤。</translation>
        </message>
        <message>
            <source>The sender number is not valid for this destination.</source>
            <translation>寄件者號碼不適用於此目的地。</translation>
        </message>
        <message>
            <source>A message loop was detected.</source>
            <translation>偵測到訊息迴圈。</translation>
        </message>
        <message>
            <source>The provider has no route to this destination.</source>
            <translation>服務商沒有通往此目的地的路由。</translation>
        </message>
        <message>
            <source>The carrier prohibits this message.</source>
            <translation>電信業者禁止此訊息。</translation>
        </message>
        <message>
            <source>The message is too long.</source>
            <translation>訊息太長。</translation>
        </message>
        <message>
            <source>The provider account has no credit left.</source>
            <translation>服務商帳號已無餘額。</translation>
        </message>
        <message>
            <source>The carrier blocks messages to this number.</source>
            <translation>電信業者封鎖傳到此號碼的訊息。</translation>
        </message>
        <message>
            <source>The sender ID is not allowed.</source>
            <translation>不允許使用此寄件者 ID。</translation>
        </message>
        <message>
            <source>The message is empty or too long.</source>
            <translation>訊息是空的或太長。</translation>
        </message>
        <message>
            <source>The phone number is not valid or is blacklisted.</source>
            <translation>電話號碼無效或已列入黑名單。</translation>
        </message>
        <message>
            <source>Too many messages to one number in a short time.</source>
            <translation>短時間內傳給同一號碼的訊息太多。</translation>
        </message>
        <message>
            <source>The recipient is on the account's blacklist.</source>
            <translation>收件人在此帳號的黑名單上。</translation>
        </message>
        <message>
            <source>The provider did not accept the credentials.</source>
            <translation>服務商不接受此憑證。</translation>
        </message>
        <message>
            <source>The provider refused this computer's IP address.</source>
            <translation>服務商拒絕了這台電腦的 IP 位址。</translation>
        </message>
        <message>
            <source>No error code was given.</source>
            <translation>未提供錯誤代碼。</translation>
        </message>
        <message>
            <source>No delivery report came within 7 days: the outcome is unknown.</source>
            <translation>7 天內未收到送達報告：結果不明。</translation>
        </message>
        <message>
            <source>The provider's answer could not be read.</source>
            <translation>無法讀取服務商的回應。</translation>
        </message>
        <message>
            <source>The provider refused the message without saying why.</source>
            <translation>服務商未說明原因即拒絕了此訊息。</translation>
        </message>
        <message>
            <source>The provider had an internal problem (HTTP %1).</source>
            <translation>服務商發生內部問題（HTTP %1）。</translation>
        </message>
        <message>
            <source>The provider refused the request (HTTP %1).</source>
            <translation>服務商拒絕了此要求（HTTP %1）。</translation>
        </message>
        <message>
            <source>A network or provider problem (%1).</source>
            <translation>網路或服務商發生問題（%1）。</translation>
        </message>
        <message>
            <source>Provider error %1: see the provider's list of error codes.</source>
            <translation>服務商錯誤 %1：請參閱服務商的錯誤代碼清單。</translation>
        </message>
    </context>
    <context>
        <name>GsmSafe</name>
        <message>
            <source>Polish</source>
            <translation>波蘭文</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>羅馬尼亞文</translation>
        </message>
        <message>
            <source>German</source>
            <translation>德文</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>捷克文</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>土耳其文</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>俄文</translation>
        </message>
    </context>
    <context>
        <name>Herald::AccountsDialog</name>
        <message>
            <source>Simulator (built in)</source>
            <translation>模擬器（內建）</translation>
        </message>
        <message>
            <source>Generic HTTP</source>
            <translation>通用 HTTP</translation>
        </message>
        <message>
            <source>Provider Accounts</source>
            <translation>服務商帳號</translation>
        </message>
        <message>
            <source>&amp;Accounts:</source>
            <translation>帳號(&amp;A)：</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>新增(&amp;D)</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>移除(&amp;M)…</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>帳號</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>服務商(&amp;P)：</translation>
        </message>
        <message>
            <source>Add&amp;ress:</source>
            <translation>網址(&amp;R)：</translation>
        </message>
        <message>
            <source>Phone number or sender name</source>
            <translation>電話號碼或寄件者名稱</translation>
        </message>
        <message>
            <source>&amp;Sender:</source>
            <translation>寄件者(&amp;S)：</translation>
        </message>
        <message>
            <source>Provider default</source>
            <translation>服務商預設值</translation>
        </message>
        <message>
            <source> messages/s</source>
            <translation> 則訊息/秒</translation>
        </message>
        <message>
            <source>Ra&amp;te:</source>
            <translation>速率(&amp;T)：</translation>
        </message>
        <message>
            <source>Use for new campaigns (de&amp;fault account)</source>
            <translation>用於新的行銷活動（預設帳號）(&amp;F)</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>選項</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Add &amp;Option</source>
            <translation>新增選項(&amp;O)</translation>
        </message>
        <message>
            <source>De&amp;lete Option</source>
            <translation>刪除選項(&amp;L)</translation>
        </message>
        <message>
            <source>Opt&amp;ions:</source>
            <translation>選項(&amp;I)：</translation>
        </message>
        <message>
            <source>The secret is stored in the system keychain, never in the workspace, the settings or the logs.</source>
            <translation>密鑰儲存在系統鑰匙圈中，絕不會存放在工作區、設定或紀錄中。</translation>
        </message>
        <message>
            <source>S&amp;ecret:</source>
            <translation>密鑰(&amp;E)：</translation>
        </message>
        <message>
            <source>Test &amp;Connection</source>
            <translation>測試連線(&amp;C)</translation>
        </message>
        <message>
            <source>Testing the connection</source>
            <translation>正在測試連線</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>儲存(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Undo Changes</source>
            <translation>復原變更(&amp;U)</translation>
        </message>
        <message>
            <source>%1 — %2 (default)</source>
            <translation>%1 — %2（預設）</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Empty: run the Simulator inside Herald</source>
            <translation>留白：在 Herald 內執行模擬器</translation>
        </message>
        <message>
            <source>The Simulator answers like Twilio on this computer and needs no secret.</source>
            <translation>模擬器會在這台電腦上以 Twilio 的方式回應，不需要密鑰。</translation>
        </message>
        <message>
            <source>Empty: Twilio’s public address</source>
            <translation>留白：使用 Twilio 的公開網址</translation>
        </message>
        <message>
            <source>account_sid: the Account SID (AC…). api_key: the API key SID (SK…) when the secret is an API key secret rather than the auth token.</source>
            <translation>account_sid：Account SID（AC…）。api_key：若密鑰是 API 金鑰密碼而非 auth token，請填入 API 金鑰 SID（SK…）。</translation>
        </message>
        <message>
            <source>Empty: the provider’s public address</source>
            <translation>留白：使用服務商的公開網址</translation>
        </message>
        <message>
            <source>The options this provider needs are listed in Herald’s documentation.</source>
            <translation>此服務商需要的選項列於 Herald 的說明文件中。</translation>
        </message>
        <message>
            <source>A secret is stored in the system keychain. Type a new one to replace it.</source>
            <translation>系統鑰匙圈中已儲存密鑰。輸入新的密鑰即可取代。</translation>
        </message>
        <message>
            <source>Stored in the system keychain</source>
            <translation>已儲存在系統鑰匙圈中</translation>
        </message>
        <message>
            <source>The command line reads the secret from the environment variable %1. Type one here to store it in the system keychain.</source>
            <translation>命令列會從環境變數 %1 讀取密鑰。在此輸入密鑰，即可將其儲存在系統鑰匙圈中。</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>未儲存</translation>
        </message>
        <message>
            <source>The Simulator needs no secret.</source>
            <translation>模擬器不需要密鑰。</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>不需要</translation>
        </message>
        <message>
            <source>No secret is stored yet: type it to store it in the system keychain.</source>
            <translation>尚未儲存密鑰：請在此輸入，以儲存在系統鑰匙圈中。</translation>
        </message>
        <message>
            <source>Save the new account?</source>
            <translation>要儲存新帳號嗎？</translation>
        </message>
        <message>
            <source>Save the changes to “%1”?</source>
            <translation>要儲存對「%1」的變更嗎？</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>已儲存「%1」。</translation>
        </message>
        <message>
            <source>Saved “%1”; storing its secret in the system keychain…</source>
            <translation>已儲存「%1」；正在將其密鑰儲存到系統鑰匙圈…</translation>
        </message>
        <message>
            <source>Saved “%1”; its secret is stored in the system keychain.</source>
            <translation>已儲存「%1」；其密鑰已儲存在系統鑰匙圈中。</translation>
        </message>
        <message>
            <source>“%1” was saved, but its secret was not: %2</source>
            <translation>已儲存「%1」，但未儲存其密鑰：%2</translation>
        </message>
        <message>
            <source>Remove Account</source>
            <translation>移除帳號</translation>
        </message>
        <message>
            <source>Remove the account “%1”? Its secret is deleted from the system keychain. Campaigns already sent keep their history.</source>
            <translation>要移除帳號「%1」嗎？其密鑰會從系統鑰匙圈中刪除。已傳送的行銷活動會保留其歷程記錄。</translation>
        </message>
        <message>
            <source>Removed “%1”.</source>
            <translation>已移除「%1」。</translation>
        </message>
        <message>
            <source>“%1” was kept: its secret could not be removed from the system keychain. %2</source>
            <translation>已保留「%1」：無法從系統鑰匙圈移除其密鑰。%2</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>正在測試連線…</translation>
        </message>
        <message>
            <source>Waiting for the system keychain to answer before closing.</source>
            <translation>正在等待系統鑰匙圈回應，之後才會關閉。</translation>
        </message>
    </context>
    <context>
        <name>Herald::AnalyticsPane</name>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>匯出 CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>匯出 PDF…</translation>
        </message>
        <message>
            <source>Campaign:</source>
            <translation>行銷活動：</translation>
        </message>
        <message>
            <source>Delivery rate</source>
            <translation>送達率</translation>
        </message>
        <message>
            <source>Opt-out rate (7 days)</source>
            <translation>退訂率（7 天）</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>回覆率</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>費用</translation>
        </message>
        <message>
            <source>Why messages were not delivered</source>
            <translation>訊息未送達的原因</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代碼</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>訊息數</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>Replies by weekday and hour (local time)</source>
            <translation>依星期與時段統計的回覆（當地時間）</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>行銷活動</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>趨勢</translation>
        </message>
        <message>
            <source>No campaign yet. Once a campaign has been launched, its deliveries, opt-outs, replies and cost appear here.</source>
            <translation>尚無行銷活動。行銷活動啟動後，其送達、退訂、回覆與費用都會顯示在這裡。</translation>
        </message>
        <message>
            <source>The figures could not be computed: %1</source>
            <translation>無法計算數據：%1</translation>
        </message>
        <message>
            <source>not launched</source>
            <translation>未啟動</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>campaign name (launch date)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>The trends could not be computed: %1</source>
            <translation>無法計算趨勢：%1</translation>
        </message>
        <message>
            <source>“%1” — launched %2, %3</source>
            <translation>「%1」— 於 %2 啟動，%3</translation>
        </message>
        <message>
            <source>“%1” — not launched yet</source>
            <translation>「%1」— 尚未啟動</translation>
        </message>
        <message numerus="yes">
            <source>%1 delivered of %Ln sent</source>
            <translation>
                <numerusform>已傳送 %Ln 則，其中 %1 則已送達</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); above the %1 benchmark</source>
            <translation>
                <numerusform>%Ln 位退訂；高於 %1 的基準</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln opt-out(s); benchmark %1</source>
            <translation>
                <numerusform>%Ln 位退訂；基準 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (the 7 days are not over yet)</source>
            <translation>%1（7 天尚未結束）</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>two facts side by side</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s) replied</source>
            <translation>
                <numerusform>%Ln 人回覆</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln 則回覆</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln 則</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 estimated</source>
            <translation>預估 %1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
        <message>
            <source>Provider said: %1</source>
            <translation>服務商的說明：%1</translation>
        </message>
        <message>
            <source>No marketing message in the last 12 months.</source>
            <translation>最近 12 個月內沒有行銷訊息。</translation>
        </message>
        <message>
            <source>%1 of %2 contact-months got more than %3 marketing messages (guideline: %4–%3 a month).</source>
            <translation>%2 個聯絡人月中，有 %1 個收到超過 %3 則行銷訊息（建議：每月 %4–%3 則）。</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>無法寫入「%1」：%2</translation>
        </message>
        <message>
            <source>Report saved as %1.</source>
            <translation>報告已儲存為 %1。</translation>
        </message>
        <message>
            <source>Export the campaign report</source>
            <translation>匯出行銷活動報告</translation>
        </message>
        <message>
            <source>campaign-%1-report.csv</source>
            <translation>行銷活動-%1-報告.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>campaign-%1-report.pdf</source>
            <translation>行銷活動-%1-報告.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Herald::Application</name>
        <message>
            <source>Herald: SMS campaigns for small shops</source>
            <translation>Herald：專為小商店打造的 SMS 行銷活動</translation>
        </message>
        <message>
            <source>Open the workspace file &lt;path&gt;.</source>
            <translation>開啟以 &lt;path&gt; 指定的工作區檔案。</translation>
        </message>
        <message>
            <source>path</source>
            <translation>path</translation>
        </message>
        <message>
            <source>Could not add the demo data: %1</source>
            <translation>無法加入示範資料：%1</translation>
        </message>
        <message>
            <source>Herald cannot start</source>
            <translation>Herald 無法啟動</translation>
        </message>
        <message>
            <source>Could not add the starter templates: %1</source>
            <translation>無法加入入門範本：%1</translation>
        </message>
    </context>
    <context>
        <name>Herald::BulkTagDialog</name>
        <message>
            <source>Add Tag</source>
            <translation>新增標籤</translation>
        </message>
        <message>
            <source>Remove Tag</source>
            <translation>移除標籤</translation>
        </message>
        <message>
            <source>A tag, new or existing</source>
            <translation>標籤（新的或現有的）</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln selected contact(s)</source>
            <translation>
                <numerusform>選取的 %Ln 位聯絡人</numerusform>
            </translation>
        </message>
        <message>
            <source>All contacts matching the current search and filters</source>
            <translation>所有符合目前搜尋與篩選條件的聯絡人</translation>
        </message>
        <message numerus="yes">
            <source>All %Ln contact(s) matching the current search and filters</source>
            <translation>
                <numerusform>所有符合目前搜尋與篩選條件的 %Ln 位聯絡人</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts that already have the tag keep it.</source>
            <translation>已有此標籤的聯絡人會保留它。</translation>
        </message>
        <message>
            <source>Only the tag is removed; the contacts stay.</source>
            <translation>只會移除標籤；聯絡人會保留。</translation>
        </message>
        <message>
            <source>Add it to</source>
            <translation>新增至</translation>
        </message>
        <message>
            <source>Remove it from</source>
            <translation>移除自</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>標籤(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Add Tag</source>
            <translation>新增標籤(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove Tag</source>
            <translation>移除標籤(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignComposer</name>
        <message>
            <source>Tag links for your analytics (utm_source=sms…)</source>
            <translation>為連結加上分析追蹤標記（utm_source=sms…）</translation>
        </message>
        <message>
            <source>End with the opt-out footer (“Reply STOP to opt out”)</source>
            <translation>結尾加上退訂頁尾（「回覆 STOP 即可退訂」）</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>所有聯絡人</translation>
        </message>
        <message>
            <source>Contacts in any of these segments:</source>
            <translation>屬於下列任一區隔的聯絡人：</translation>
        </message>
        <message>
            <source>When I launch it</source>
            <translation>在我啟動時</translation>
        </message>
        <message>
            <source>At</source>
            <translation>於</translation>
        </message>
        <message>
            <source>At each recipient's local time</source>
            <translation>依每位收件人的當地時間</translation>
        </message>
        <message>
            <source>Edit Campaign</source>
            <translation>編輯行銷活動</translation>
        </message>
        <message>
            <source>New Campaign</source>
            <translation>新增行銷活動</translation>
        </message>
        <message>
            <source>Winter sale</source>
            <translation>冬季特賣</translation>
        </message>
        <message>
            <source>Marketing (opted-in contacts, opt-out footer)</source>
            <translation>行銷（已訂閱的聯絡人，加上退訂頁尾）</translation>
        </message>
        <message>
            <source>Transactional (order and shipping updates)</source>
            <translation>交易（訂單與出貨通知）</translation>
        </message>
        <message>
            <source>Save Draft</source>
            <translation>儲存草稿</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>訊息</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>範本(&amp;T)：</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>受眾</translation>
        </message>
        <message>
            <source>A person in several segments gets one message.</source>
            <translation>同時屬於多個區隔的人只會收到一則訊息。</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>寄件者</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>帳號(&amp;A)：</translation>
        </message>
        <message>
            <source>Sender &amp;ID:</source>
            <translation>寄件者 ID(&amp;I)：</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>類型(&amp;K)：</translation>
        </message>
        <message>
            <source>Write my own</source>
            <translation>自行撰寫</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1（預設）</translation>
        </message>
        <message>
            <source>The counter includes the tracking tags added to links (utm_campaign=%1).</source>
            <translation>計數已包含加在連結上的追蹤標記（utm_campaign=%1）。</translation>
        </message>
        <message>
            <source>The account's sender</source>
            <translation>帳號的寄件者</translation>
        </message>
        <message>
            <source>The provider chooses the sender.</source>
            <translation>由服務商選擇寄件者。</translation>
        </message>
        <message>
            <source>A name as sender: nobody can reply to it, and US and Canadian numbers refuse it.</source>
            <translation>以名稱作為寄件者：無法回覆，且美國與加拿大的號碼會拒收。</translation>
        </message>
        <message>
            <source>A number as sender: customers can reply, and STOP works.</source>
            <translation>以號碼作為寄件者：顧客可以回覆，STOP 也能生效。</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignListModel</name>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>已排程</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>傳送中</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暫停</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Paused because: %1</source>
            <translation>暫停原因：%1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln recipient(s) handed to the provider or settled</source>
            <translation>
                <numerusform>%Ln 位收件人中已有 %1 位交給服務商或已處理完畢</numerusform>
            </translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>行銷</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>行銷活動</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>進度</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>佇列中</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已傳送</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已送達</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignMonitor</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>編輯(&amp;E)…</translation>
        </message>
        <message>
            <source>Check and &amp;Launch…</source>
            <translation>檢查並啟動(&amp;L)…</translation>
        </message>
        <message>
            <source>Send &amp;Test…</source>
            <translation>傳送測試(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>暫停(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>繼續(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Cancel Campaign…</source>
            <translation>取消行銷活動(&amp;C)…</translation>
        </message>
        <message>
            <source>Retry &amp;Failed</source>
            <translation>重試失敗的訊息(&amp;F)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代碼</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>From</source>
            <translation>來自</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>接收時間</translation>
        </message>
        <message>
            <source>Keyword</source>
            <translation>關鍵字</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>回覆</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>佇列中</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已傳送</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已送達</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已略過</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>訊息</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>回覆</translation>
        </message>
        <message>
            <source>Choose a campaign.</source>
            <translation>請選擇行銷活動。</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>未選取行銷活動</translation>
        </message>
        <message>
            <source>Choose a campaign in the list, or write a new one.</source>
            <translation>請從清單中選擇行銷活動，或撰寫新的行銷活動。</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>行銷</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>%1 — paused because: %2</source>
            <translation>%1 — 暫停原因：%2</translation>
        </message>
        <message>
            <source>Launched %1</source>
            <translation>已於 %1 啟動</translation>
        </message>
        <message>
            <source>Goes out when launched</source>
            <translation>啟動後立即送出</translation>
        </message>
        <message>
            <source>Scheduled for %1</source>
            <translation>已排程於 %1</translation>
        </message>
        <message>
            <source>At %1 on %2 in each recipient's local time</source>
            <translation>於每位收件人當地時間 %2 %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln message(s) wait for their send time; the next at %2.</source>
            <translation>
                <numerusform>%1 — %Ln 則訊息正在等待傳送時間；下一則於 %2 傳送。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not launched yet</source>
            <translation>尚未啟動</translation>
        </message>
        <message>
            <source>%p% handed over or settled</source>
            <translation>%p% 已交給服務商或已處理完畢</translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>錯誤（%1）</translation>
        </message>
        <message>
            <source>Replies (%1)</source>
            <translation>回覆（%1）</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignSender</name>
        <message>
            <source>“%1”: %2</source>
            <translation>「%1」：%2</translation>
        </message>
    </context>
    <context>
        <name>Herald::CampaignsPane</name>
        <message>
            <source>Campaigns</source>
            <translation>行銷活動</translation>
        </message>
        <message>
            <source>&amp;New Campaign…</source>
            <translation>新增行銷活動(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>編輯(&amp;E)…</translation>
        </message>
        <message>
            <source>Check and &amp;Launch…</source>
            <translation>檢查並啟動(&amp;L)…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>複製(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Delete Draft…</source>
            <translation>刪除草稿(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>暫停(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>繼續(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Cancel Campaign…</source>
            <translation>取消行銷活動(&amp;C)…</translation>
        </message>
        <message>
            <source>Campaign %1 was paused: %2</source>
            <translation>行銷活動 %1 已暫停：%2</translation>
        </message>
        <message>
            <source>Campaign %1 cannot be sent now: %2</source>
            <translation>行銷活動 %1 目前無法傳送：%2</translation>
        </message>
        <message>
            <source>Campaign “%1” was sending when Herald closed; it goes on.</source>
            <translation>Herald 關閉時行銷活動「%1」正在傳送中；現已繼續傳送。</translation>
        </message>
        <message>
            <source>Saved the draft “%1”. Check and launch it when you are ready.</source>
            <translation>已儲存草稿「%1」。準備好後，請檢查並啟動。</translation>
        </message>
        <message>
            <source>“%1” is scheduled for %2. Keep Herald running: a campaign whose time passes while Herald is closed waits for your decision.</source>
            <translation>「%1」已排程於 %2。請讓 Herald 保持執行：若排程時間在 Herald 關閉期間經過，該行銷活動會等待您決定如何處理。</translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) wait for quiet hours to end or for their local send time; the last goes out at %2.</source>
            <translation>
                <numerusform>已啟動「%1」：%Ln 則訊息正在等待勿擾時段結束或當地傳送時間；最後一則將於 %2 送出。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Launched “%1”: %Ln message(s) are being sent.</source>
            <translation>
                <numerusform>已啟動「%1」：正在傳送 %Ln 則訊息。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1（副本）</translation>
        </message>
        <message>
            <source>Delete Draft</source>
            <translation>刪除草稿</translation>
        </message>
        <message>
            <source>Delete the draft “%1”? This cannot be undone.</source>
            <translation>要刪除草稿「%1」嗎？此動作無法復原。</translation>
        </message>
        <message>
            <source>Cancel Campaign</source>
            <translation>取消行銷活動</translation>
        </message>
        <message>
            <source>Cancel “%1”? Messages not sent yet will not be sent; those already sent stay sent.</source>
            <translation>要取消「%1」嗎？尚未傳送的訊息將不會傳送；已傳送的訊息不受影響。</translation>
        </message>
        <message>
            <source>No failed message to retry.</source>
            <translation>沒有可重試的失敗訊息。</translation>
        </message>
        <message numerus="yes">
            <source>Sending %Ln failed message(s) again.</source>
            <translation>
                <numerusform>正在重新傳送 %Ln 則失敗的訊息。</numerusform>
            </translation>
        </message>
        <message>
            <source>Campaign “%1” is due: launching it.</source>
            <translation>行銷活動「%1」已到排程時間：正在啟動。</translation>
        </message>
        <message>
            <source>Missed Campaign</source>
            <translation>錯過的行銷活動</translation>
        </message>
        <message>
            <source>“%1” was scheduled for %2, but Herald was not running then, so it has not been sent.

Yes: check it and send it now.
No: turn it back into a draft to choose another time.
Ignore: leave it scheduled and ask again next time.</source>
            <translation>「%1」原排程於 %2，但當時 Herald 未在執行，因此尚未傳送。

是：檢查後立即傳送。
否：改回草稿，以便選擇其他時間。
忽略：維持排程，下次再詢問。</translation>
        </message>
        <message>
            <source>“%1” is a draft again: edit it to choose another time.</source>
            <translation>「%1」已改回草稿：請編輯以選擇其他時間。</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConnectionTest</name>
        <message numerus="yes">
            <source>The provider did not answer within %n second(s).</source>
            <translation>
                <numerusform>服務商未在 %n 秒內回應。</numerusform>
            </translation>
        </message>
        <message>
            <source>The connection works: the provider accepted the credentials of “%1”.</source>
            <translation>連線正常：服務商已接受「%1」的憑證。</translation>
        </message>
        <message>
            <source>The provider refused the credentials of “%1” (HTTP %2).</source>
            <translation>服務商拒絕了「%1」的憑證（HTTP %2）。</translation>
        </message>
        <message>
            <source>The provider refused the credentials of “%1”: %2</source>
            <translation>服務商拒絕了「%1」的憑證：%2</translation>
        </message>
        <message>
            <source>The connection to “%1” failed (HTTP %2).</source>
            <translation>連線到「%1」失敗（HTTP %2）。</translation>
        </message>
        <message>
            <source>The connection to “%1” failed: %2</source>
            <translation>連線到「%1」失敗：%2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConsentEventDialog</name>
        <message>
            <source>Record Opt-in for %1</source>
            <translation>為 %1 記錄訂閱</translation>
        </message>
        <message>
            <source>Record Opt-out for %1</source>
            <translation>為 %1 記錄退訂</translation>
        </message>
        <message>
            <source>Marketing messages</source>
            <translation>行銷訊息</translation>
        </message>
        <message>
            <source>Transactional messages (orders, shipping)</source>
            <translation>交易訊息（訂單、出貨）</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>店內</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Paper form</source>
            <translation>紙本表單</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>網頁表單</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Where it was given, e.g. shop counter in Kraków, form #12</source>
            <translation>同意的取得地點，例如：台北門市櫃檯、第 12 號表單</translation>
        </message>
        <message>
            <source>How the person asked, e.g. phone call to the shop</source>
            <translation>對方提出要求的方式，例如：打電話到店裡</translation>
        </message>
        <message>
            <source>The exact words the person agreed to</source>
            <translation>對方同意的確切文字</translation>
        </message>
        <message>
            <source>What the person said or wrote (optional)</source>
            <translation>對方所說或所寫的內容（選填）</translation>
        </message>
        <message>
            <source>Where the proof is kept, e.g. signed form in the binder, call recording</source>
            <translation>證明的保存位置，例如：資料夾中的簽名表單、通話錄音</translation>
        </message>
        <message>
            <source>The opt-in is added to the consent ledger of %1 with its proof. The ledger keeps every event: it cannot be edited or removed later.</source>
            <translation>訂閱紀錄及其證明會加入 %1 的同意紀錄簿。紀錄簿會保留每個事件：日後無法編輯或移除。</translation>
        </message>
        <message>
            <source>The opt-out is added to the consent ledger of %1 and applies at once: no marketing message will be sent to this number. The ledger keeps every event: it cannot be edited or removed later.</source>
            <translation>退訂紀錄會加入 %1 的同意紀錄簿，並立即生效：不會再傳送任何行銷訊息到此號碼。紀錄簿會保留每個事件：日後無法編輯或移除。</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>目的(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>時間(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>方式(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Source (required):</source>
            <translation>來源（必填）(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>來源(&amp;S)：</translation>
        </message>
        <message>
            <source>Wor&amp;ding (required):</source>
            <translation>同意文字（必填）(&amp;D)：</translation>
        </message>
        <message>
            <source>Wor&amp;ding:</source>
            <translation>同意文字(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Evidence:</source>
            <translation>證明(&amp;E)：</translation>
        </message>
        <message>
            <source>Record &amp;Opt-in</source>
            <translation>記錄訂閱(&amp;O)</translation>
        </message>
        <message>
            <source>Record &amp;Opt-out</source>
            <translation>記錄退訂(&amp;O)</translation>
        </message>
        <message>
            <source>Say where the consent was given.</source>
            <translation>請說明在何處取得同意。</translation>
        </message>
        <message>
            <source>Write the exact words the person agreed to.</source>
            <translation>請填寫對方同意的確切文字。</translation>
        </message>
        <message>
            <source>The event cannot be in the future.</source>
            <translation>事件時間不能是未來。</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactCardDialog</name>
        <message>
            <source>Contact: %1</source>
            <translation>聯絡人：%1</translation>
        </message>
        <message>
            <source>Orders:</source>
            <translation>訂單：</translation>
        </message>
        <message>
            <source>Opted in</source>
            <translation>已訂閱</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>已退訂</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>What</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>同意文字</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>證明</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已傳送</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已接收</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>opted in</source>
            <translation>已訂閱</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>已退訂</translation>
        </message>
        <message>
            <source>no consent recorded</source>
            <translation>未記錄同意</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>詳細資料(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Tags and fields</source>
            <translation>標籤與欄位(&amp;T)</translation>
        </message>
        <message>
            <source>With the country code (+48 601 234 567), or as dialled in the contact's country</source>
            <translation>加上國碼（+886 912 345 678），或依聯絡人所在國家/地區的撥號方式輸入</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>未設定</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>year unknown</source>
            <translation>年份不明</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>生日月份</translation>
        </message>
        <message>
            <source>Birthday day</source>
            <translation>生日日期</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>出生年份</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>名字(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>姓氏(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>電話(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>電子郵件(&amp;E)：</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>國家/地區(&amp;O)：</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>城市(&amp;I)：</translation>
        </message>
        <message>
            <source>L&amp;anguage:</source>
            <translation>語言(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>時區(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>生日(&amp;B)：</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s), %1 in total</source>
            <translation>
                <numerusform>%Ln 筆訂單，總計 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, from %2</source>
            <translation>%1，來源：%2</translation>
        </message>
        <message>
            <source>Added:</source>
            <translation>新增日期：</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>標籤，以逗號分隔</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>標籤(&amp;A)：</translation>
        </message>
        <message>
            <source>C&amp;ustom fields (usable in messages as {field:Name}):</source>
            <translation>自訂欄位（可在訊息中以 {field:Name} 使用）(&amp;U)：</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Add &amp;Field</source>
            <translation>新增欄位(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Remove Field</source>
            <translation>移除欄位(&amp;R)</translation>
        </message>
        <message>
            <source>Record Opt-&amp;in…</source>
            <translation>記錄訂閱(&amp;I)…</translation>
        </message>
        <message>
            <source>Add an opt-in with its proof to the ledger, e.g. consent given in the shop</source>
            <translation>將訂閱及其證明加入紀錄簿，例如：在店內取得的同意</translation>
        </message>
        <message>
            <source>Record Opt-ou&amp;t…</source>
            <translation>記錄退訂(&amp;T)…</translation>
        </message>
        <message>
            <source>Add an opt-out to the ledger, e.g. the person asked on the phone</source>
            <translation>將退訂加入紀錄簿，例如：對方在電話中提出要求</translation>
        </message>
        <message>
            <source>The ledger is the proof of consent: events are only ever added, never changed or removed.</source>
            <translation>紀錄簿是同意的證明：事件只會新增，絕不會變更或移除。</translation>
        </message>
        <message>
            <source>No messages yet. Messages sent to this number and replies from it will be listed here.</source>
            <translation>尚無訊息。傳送到此號碼的訊息及來自此號碼的回覆都會列在這裡。</translation>
        </message>
        <message>
            <source>A contact needs a phone number.</source>
            <translation>聯絡人需要電話號碼。</translation>
        </message>
        <message>
            <source>Saved as %1 (%2, %3)</source>
            <translation>已儲存為 %1（%2，%3）</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>手機</translation>
        </message>
        <message>
            <source>landline: cannot receive SMS in most countries</source>
            <translation>市話：在大多數國家/地區無法接收簡訊</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>電話：%1</translation>
        </message>
        <message>
            <source>“%1” is not an email address.</source>
            <translation>「%1」不是電子郵件地址。</translation>
        </message>
        <message>
            <source>“%1” is not a time zone; pick one from the list, e.g. Europe/Warsaw.</source>
            <translation>「%1」不是時區；請從清單中選擇，例如 Asia/Taipei。</translation>
        </message>
        <message>
            <source>The birthday %1 %2 does not exist.</source>
            <translation>生日 %2%1日不存在。</translation>
        </message>
        <message>
            <source>The custom field with the value “%1” needs a name.</source>
            <translation>值為「%1」的自訂欄位需要名稱。</translation>
        </message>
        <message>
            <source>There are two custom fields named “%1”.</source>
            <translation>有兩個名為「%1」的自訂欄位。</translation>
        </message>
        <message>
            <source>The opt-in was added to the consent ledger.</source>
            <translation>已將訂閱加入同意紀錄簿。</translation>
        </message>
        <message>
            <source>The opt-out was added to the consent ledger.</source>
            <translation>已將退訂加入同意紀錄簿。</translation>
        </message>
        <message>
            <source>Marketing: %1</source>
            <translation>行銷：%1</translation>
        </message>
        <message>
            <source>Marketing: %1 since %2</source>
            <translation>行銷：自 %2 起%1</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>行銷</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>&amp;Consent history (%1)</source>
            <translation>同意歷程（%1）(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Messages (%1)</source>
            <translation>訊息（%1）(&amp;M)</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>要儲存對 %1 的變更嗎？</translation>
        </message>
        <message>
            <source>Conversation with the contact</source>
            <translation>與此聯絡人的對話</translation>
        </message>
        <message>
            <source>C&amp;onversation</source>
            <translation>對話(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactListModel</name>
        <message>
            <source>Opted in</source>
            <translation>已訂閱</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>已退訂</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>未同意</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>行銷同意</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>訂單數</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>消費總額</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>新增日期</translation>
        </message>
    </context>
    <context>
        <name>Herald::ContactsPane</name>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>匯入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Search names, phone digits, emails, tags</source>
            <translation>搜尋姓名、電話號碼、電子郵件、標籤</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>搜尋聯絡人</translation>
        </message>
        <message>
            <source>Any consent</source>
            <translation>任何同意狀態</translation>
        </message>
        <message>
            <source>Opted in</source>
            <translation>已訂閱</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>已退訂</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>未同意</translation>
        </message>
        <message>
            <source>Filter by marketing consent</source>
            <translation>依行銷同意篩選</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>依標籤篩選</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>任何標籤</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>匯出(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>標籤(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>刪除(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Open Contact</source>
            <translation>開啟聯絡人(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Add Tag…</source>
            <translation>新增標籤(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove Tag…</source>
            <translation>移除標籤(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Delete Selected…</source>
            <translation>刪除選取的聯絡人(&amp;D)…</translation>
        </message>
        <message>
            <source>Delete All &amp;Matching…</source>
            <translation>刪除所有符合的聯絡人(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Find Contacts</source>
            <translation>尋找聯絡人(&amp;F)</translation>
        </message>
        <message>
            <source>Import customers from a CSV export (you can also drop the file here)</source>
            <translation>從 CSV 匯出檔匯入顧客（也可以將檔案拖放到這裡）</translation>
        </message>
        <message>
            <source>Save the selected contacts, the current view or a segment as a CSV file</source>
            <translation>將選取的聯絡人、目前的檢視或區隔儲存為 CSV 檔案</translation>
        </message>
        <message>
            <source>Add a tag to, or remove it from, the selected contacts or all that match</source>
            <translation>為選取的聯絡人或所有符合的聯絡人新增或移除標籤</translation>
        </message>
        <message>
            <source>Delete the selected contacts, or all that match the search and filters</source>
            <translation>刪除選取的聯絡人，或所有符合搜尋與篩選條件的聯絡人</translation>
        </message>
        <message>
            <source>Adding the tag “%1”…</source>
            <translation>正在新增標籤「%1」…</translation>
        </message>
        <message numerus="yes">
            <source>Added the tag “%1” to %Ln contact(s).</source>
            <translation>
                <numerusform>已為 %Ln 位聯絡人新增標籤「%1」。</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing the tag “%1”…</source>
            <translation>正在移除標籤「%1」…</translation>
        </message>
        <message numerus="yes">
            <source>Removed the tag “%1” from %Ln contact(s).</source>
            <translation>
                <numerusform>已從 %Ln 位聯絡人移除標籤「%1」。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the %Ln selected contact(s)?</source>
            <translation>
                <numerusform>要刪除選取的 %Ln 位聯絡人嗎？</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) in the workspace?</source>
            <translation>
                <numerusform>要刪除工作區中的全部 %Ln 位聯絡人嗎？</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %Ln contact(s) that match the current search and filters?</source>
            <translation>
                <numerusform>要刪除符合目前搜尋與篩選條件的全部 %Ln 位聯絡人嗎？</numerusform>
            </translation>
        </message>
        <message>
            <source>Their tags, custom fields, consent history and messages are deleted too, and this cannot be undone. Numbers that opted out stay on the suppression list, so a later import cannot subscribe them again.</source>
            <translation>他們的標籤、自訂欄位、同意歷程與訊息也會一併刪除，且此動作無法復原。已退訂的號碼會保留在排除清單上，因此日後匯入時也無法再為其訂閱。</translation>
        </message>
        <message>
            <source>Delete Contacts</source>
            <translation>刪除聯絡人</translation>
        </message>
        <message numerus="yes">
            <source>Deleting %Ln contact(s)…</source>
            <translation>
                <numerusform>正在刪除 %Ln 位聯絡人…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contact(s).</source>
            <translation>
                <numerusform>已刪除 %Ln 位聯絡人。</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting matches…</source>
            <translation>正在計算符合項目…</translation>
        </message>
        <message>
            <source>Counting contacts…</source>
            <translation>正在計算聯絡人…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln contact(s)</source>
            <translation>
                <numerusform>%Ln 位聯絡人中的 %1 位</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln 位聯絡人</numerusform>
            </translation>
        </message>
        <message>
            <source>No contacts yet.

Drop a customer list (CSV) from Shopify, WooCommerce, Google Contacts, Outlook or Excel here, or click Import CSV.</source>
            <translation>尚無聯絡人。

請將來自 Shopify、WooCommerce、Google 聯絡人、Outlook 或 Excel 的顧客名單 (CSV) 拖放到這裡，或按一下「匯入 CSV」。</translation>
        </message>
        <message>
            <source>No contacts match the search and filters.</source>
            <translation>沒有符合搜尋與篩選條件的聯絡人。</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationDelegate</name>
        <message>
            <source>%1 • open</source>
            <translation>%1 • 待處理</translation>
        </message>
        <message>
            <source>%1 — re: %2</source>
            <translation>%1 — 回覆：%2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ConversationListModel</name>
        <message>
            <source>%1 (not in your contacts)</source>
            <translation>%1（不在您的聯絡人中）</translation>
        </message>
        <message numerus="yes">
            <source>%1, %Ln unread, last message: %2</source>
            <translation>
                <numerusform>%1，%Ln 則未讀，最後一則訊息：%2</numerusform>
            </translation>
        </message>
        <message>
            <source>Person</source>
            <translation>聯絡對象</translation>
        </message>
        <message>
            <source>Last reply</source>
            <translation>最近一次回覆</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>接收時間</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未讀</translation>
        </message>
        <message>
            <source>Answers campaign</source>
            <translation>回覆的行銷活動</translation>
        </message>
    </context>
    <context>
        <name>Herald::CredentialStore</name>
        <message>
            <source>The secret is empty.</source>
            <translation>密鑰是空的。</translation>
        </message>
        <message>
            <source>The secret is %1 bytes long; Herald accepts at most %2.</source>
            <translation>密鑰長度為 %1 位元組；Herald 最多接受 %2 位元組。</translation>
        </message>
        <message>
            <source>Herald never keeps secrets in plain text. Start a keychain service (GNOME Keyring, KWallet or KeePassXC), or for headless use give the secret in an environment variable with herald-cli --secret-env VARIABLE.</source>
            <translation>Herald 絕不以純文字保存密鑰。請啟動鑰匙圈服務（GNOME Keyring、KWallet 或 KeePassXC），或在無圖形介面的環境中，以 herald-cli --secret-env VARIABLE 透過環境變數提供密鑰。</translation>
        </message>
        <message>
            <source>No system keychain is available. %1</source>
            <translation>沒有可用的系統鑰匙圈。%1</translation>
        </message>
        <message>
            <source>No system keychain is available (%1). %2</source>
            <translation>沒有可用的系統鑰匙圈（%1）。%2</translation>
        </message>
    </context>
    <context>
        <name>Herald::ExportDialog</name>
        <message>
            <source>The saved &amp;segment:</source>
            <translation>已儲存的區隔(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Every contact in the workspace</source>
            <translation>工作區中的所有聯絡人(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>瀏覽(&amp;B)…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>匯出(&amp;X)</translation>
        </message>
        <message>
            <source>Export Contacts</source>
            <translation>匯出聯絡人</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln &amp;selected contact(s)</source>
            <translation>
                <numerusform>選取的 %Ln 位聯絡人(&amp;S)</numerusform>
            </translation>
        </message>
        <message>
            <source>The contacts in the current &amp;view (search and filters)</source>
            <translation>目前檢視中的聯絡人（搜尋與篩選條件）(&amp;V)</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln contact(s) in the current &amp;view (search and filters)</source>
            <translation>
                <numerusform>目前檢視中的 %Ln 位聯絡人（搜尋與篩選條件）(&amp;V)</numerusform>
            </translation>
        </message>
        <message>
            <source>contacts %1.csv</source>
            <translation>聯絡人 %1.csv</translation>
        </message>
        <message>
            <source>UTF-8 with a byte order mark, opens in spreadsheets and imports back into Herald.</source>
            <translation>含位元組順序標記 (BOM) 的 UTF-8，可在試算表中開啟，也能重新匯入 Herald。</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <source>&amp;To file:</source>
            <translation>目標檔案(&amp;T)：</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在匯出…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) written…</source>
            <translation>
                <numerusform>已寫入 %Ln 位聯絡人…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln contact(s) to %1.</source>
            <translation>
                <numerusform>已將 %Ln 位聯絡人匯出至 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>Herald::HttpGateway</name>
        <message>
            <source>A generic HTTP account needs the address to send to: --option url=https://… (or --base-url).</source>
            <translation>通用 HTTP 帳號需要傳送目標網址：--option url=https://…（或 --base-url）。</translation>
        </message>
        <message>
            <source>“%1” is not an http(s) address to send to.</source>
            <translation>「%1」不是可供傳送的 http(s) 網址。</translation>
        </message>
        <message>
            <source>Plain http would carry the credentials in clear; use https for “%1”.</source>
            <translation>一般 http 會以明文傳送憑證；「%1」請使用 https。</translation>
        </message>
        <message>
            <source>The method of a generic HTTP account must be POST or GET, not “%1”.</source>
            <translation>通用 HTTP 帳號的方法必須是 POST 或 GET，而不是「%1」。</translation>
        </message>
        <message>
            <source>The headers option must be a JSON object such as {"Authorization": "Bearer {secret}"}.</source>
            <translation>headers 選項必須是 JSON 物件，例如 {"Authorization": "Bearer {secret}"}。</translation>
        </message>
        <message>
            <source>The value of the header “%1” must be text.</source>
            <translation>標頭「%1」的值必須是文字。</translation>
        </message>
        <message>
            <source>“%1” is not a valid header name.</source>
            <translation>「%1」不是有效的標頭名稱。</translation>
        </message>
        <message>
            <source>A GET request carries no body: put the fields into the url option.</source>
            <translation>GET 要求不含本文：請將欄位放入 url 選項中。</translation>
        </message>
        <message>
            <source>A generic HTTP account needs the place of the message id in the answer: --option id_path=messages.0.id</source>
            <translation>通用 HTTP 帳號需要回應中訊息 ID 的位置：--option id_path=messages.0.id</translation>
        </message>
        <message>
            <source>success_value needs success_path: the place in the answer to compare it with.</source>
            <translation>success_value 需要 success_path：回應中要與其比對的位置。</translation>
        </message>
        <message>
            <source>The test_url option must be an https address.</source>
            <translation>test_url 選項必須是 https 網址。</translation>
        </message>
        <message>
            <source>No message id at “%1” in the answer.</source>
            <translation>回應中的「%1」處沒有訊息 ID。</translation>
        </message>
        <message>
            <source>A generic HTTP provider cannot be asked about a message.</source>
            <translation>無法向通用 HTTP 服務商查詢訊息。</translation>
        </message>
        <message>
            <source>A generic HTTP provider has no delivery reports to poll.</source>
            <translation>通用 HTTP 服務商沒有可輪詢的送達報告。</translation>
        </message>
        <message>
            <source>A generic HTTP provider has no replies to poll.</source>
            <translation>通用 HTTP 服務商沒有可輪詢的回覆。</translation>
        </message>
        <message>
            <source>Nothing was checked: a generic HTTP account needs the option test_url, a read-only address of the provider, to test its credentials without sending.</source>
            <translation>未進行任何檢查：通用 HTTP 帳號需要 test_url 選項（服務商的唯讀網址），才能在不傳送訊息的情況下測試憑證。</translation>
        </message>
        <message>
            <source>The provider answered HTTP %1.</source>
            <translation>服務商回應 HTTP %1。</translation>
        </message>
        <message>
            <source>The provider did not answer: %1</source>
            <translation>服務商沒有回應：%1</translation>
        </message>
    </context>
    <context>
        <name>Herald::ImportDialog</name>
        <message>
            <source>comma</source>
            <translation>逗號</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>分號</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tab 字元</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>直線符號</translation>
        </message>
        <message>
            <source>Import Contacts from %1</source>
            <translation>從 %1 匯入聯絡人</translation>
        </message>
        <message>
            <source>Update them with the file's values</source>
            <translation>以檔案中的值更新</translation>
        </message>
        <message>
            <source>Keep them as they are</source>
            <translation>保持不變</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>匯入(&amp;I)</translation>
        </message>
        <message>
            <source>Numbers without a country code are from:</source>
            <translation>未加國碼的號碼屬於：</translation>
        </message>
        <message>
            <source>Numbers already in the workspace:</source>
            <translation>工作區中已有的號碼：</translation>
        </message>
        <message>
            <source>The first rows, as they will be imported:</source>
            <translation>前幾列（依實際匯入方式顯示）：</translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, recognised as %3 (%Ln column(s)).</source>
            <translation>
                <numerusform>以 %1 讀取，欄位以%2分隔，辨識為 %3（%Ln 欄）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>未匯入：%1</translation>
        </message>
        <message>
            <source>Same number as an earlier row: skipped</source>
            <translation>與前面某列的號碼相同：已略過</translation>
        </message>
        <message>
            <source>Imported, but: %1</source>
            <translation>已匯入，但：%1</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已匯入</translation>
        </message>
        <message>
            <source>%1 - not imported.csv</source>
            <translation>%1 - 未匯入.csv</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在匯入…</translation>
        </message>
        <message>
            <source>%1 rows read · %2 rows/s · about %3 s left</source>
            <translation>已讀取 %1 列 · 每秒 %2 列 · 約剩 %3 秒</translation>
        </message>
        <message>
            <source>%1 rows: %2 imported, %3 updated, %4 duplicates, %5 not imported, %6 kept opted out (on the suppression list).</source>
            <translation>%1 列：已匯入 %2 列，已更新 %3 列，重複 %4 列，未匯入 %5 列，%6 列維持退訂（在排除清單上）。</translation>
        </message>
        <message>
            <source>The rows not imported, with the reason for each, are in %1: fix them there and import that file again.</source>
            <translation>未匯入的列及各自的原因已寫入 %1：請在該檔案中修正，然後再次匯入該檔案。</translation>
        </message>
        <message>
            <source>Cancelling: nothing will be imported…</source>
            <translation>正在取消：不會匯入任何資料…</translation>
        </message>
    </context>
    <context>
        <name>Herald::InboxPane</name>
        <message>
            <source>Contact &amp;card</source>
            <translation>聯絡人資料卡(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Send reply</source>
            <translation>傳送回覆(&amp;S)</translation>
        </message>
        <message>
            <source>Search replies, names and numbers (Ctrl+F)</source>
            <translation>搜尋回覆、姓名與號碼 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the inbox</source>
            <translation>搜尋收件匣</translation>
        </message>
        <message>
            <source>All conversations</source>
            <translation>所有對話</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未讀</translation>
        </message>
        <message>
            <source>Not handled</source>
            <translation>未處理</translation>
        </message>
        <message>
            <source>Conversations to show</source>
            <translation>要顯示的對話</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>對話</translation>
        </message>
        <message>
            <source>Mark every reply of this conversation handled, or open it again (Ctrl+D)</source>
            <translation>將此對話的所有回覆標示為已處理，或重新開啟 (Ctrl+D)</translation>
        </message>
        <message>
            <source>Messages of the conversation</source>
            <translation>對話中的訊息</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>回覆</translation>
        </message>
        <message>
            <source>Write a reply… (Ctrl+Enter sends)</source>
            <translation>撰寫回覆…（按 Ctrl+Enter 傳送）</translation>
        </message>
        <message>
            <source>Send the reply (Ctrl+Enter)</source>
            <translation>傳送回覆 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>傳送回覆</translation>
        </message>
        <message>
            <source>Mark handled</source>
            <translation>標示為已處理</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>清除搜尋</translation>
        </message>
        <message>
            <source>Open a workspace to see the replies of your customers.</source>
            <translation>開啟工作區，即可查看顧客的回覆。</translation>
        </message>
        <message>
            <source>No conversation matches.</source>
            <translation>沒有符合的對話。</translation>
        </message>
        <message>
            <source>No replies yet. When customers answer a campaign, their messages appear here, grouped by person.</source>
            <translation>尚無回覆。顧客回覆行銷活動後，其訊息會依人分組顯示在這裡。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln conversation(s)</source>
            <translation>
                <numerusform>%Ln 個對話</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln 則未讀</numerusform>
            </translation>
        </message>
        <message>
            <source>No conversation selected</source>
            <translation>未選取對話</translation>
        </message>
        <message>
            <source>not in your contacts</source>
            <translation>不在您的聯絡人中</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reply(ies)</source>
            <translation>
                <numerusform>%Ln 則回覆</numerusform>
            </translation>
        </message>
        <message>
            <source>answers “%1”</source>
            <translation>回覆「%1」</translation>
        </message>
        <message>
            <source>handled</source>
            <translation>已處理</translation>
        </message>
        <message numerus="yes">
            <source>%Ln not handled</source>
            <translation>
                <numerusform>%Ln 則未處理</numerusform>
            </translation>
        </message>
        <message>
            <source>Open &amp;again</source>
            <translation>重新開啟(&amp;A)</translation>
        </message>
        <message>
            <source>Mark &amp;handled</source>
            <translation>標示為已處理(&amp;H)</translation>
        </message>
        <message>
            <source>Sent through “%1” as a transactional message.</source>
            <translation>已透過「%1」以交易訊息傳送。</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>請先撰寫回覆。</translation>
        </message>
        <message numerus="yes">
            <source>Reply queued on “%1”; it is sent with the next check of replies (%Ln part(s)).</source>
            <translation>
                <numerusform>回覆已在「%1」排入佇列；將在下次檢查回覆時傳送（%Ln 則）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::InfobipGateway</name>
        <message>
            <source>The message has no key to look for at Infobip.</source>
            <translation>此訊息沒有可在 Infobip 查詢的識別碼。</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1 while searching its logs.</source>
            <translation>Infobip 在搜尋其紀錄時回應 HTTP %1。</translation>
        </message>
        <message>
            <source>Infobip keeps its logs for 48 hours only.</source>
            <translation>Infobip 只保留 48 小時內的紀錄。</translation>
        </message>
        <message>
            <source>Too early to be sure: Infobip's logs may not show the message yet.</source>
            <translation>時間太早，尚無法確定：Infobip 的紀錄可能還沒有顯示此訊息。</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1 while handing out reports.</source>
            <translation>Infobip 在提供報告時回應 HTTP %1。</translation>
        </message>
        <message>
            <source>Infobip accepted the API key.</source>
            <translation>Infobip 已接受 API 金鑰。</translation>
        </message>
        <message>
            <source>Infobip did not answer: %1</source>
            <translation>Infobip 沒有回應：%1</translation>
        </message>
        <message>
            <source>Infobip refused the API key (HTTP %1).</source>
            <translation>Infobip 拒絕了 API 金鑰（HTTP %1）。</translation>
        </message>
        <message>
            <source>Infobip answered HTTP %1: %2</source>
            <translation>Infobip 回應 HTTP %1：%2</translation>
        </message>
        <message>
            <source>Infobip: reading reports and replies failed: %1</source>
            <translation>Infobip：無法讀取報告與回覆：%1</translation>
        </message>
    </context>
    <context>
        <name>Herald::KeychainCredentialStore</name>
        <message numerus="yes">
            <source>it did not answer within %n second(s)</source>
            <translation>
                <numerusform>未在 %n 秒內回應</numerusform>
            </translation>
        </message>
        <message>
            <source>The system keychain holds no secret for this account.</source>
            <translation>系統鑰匙圈中沒有此帳號的密鑰。</translation>
        </message>
        <message>
            <source>Access to the system keychain was refused (%1).</source>
            <translation>存取系統鑰匙圈遭拒（%1）。</translation>
        </message>
        <message>
            <source>there is no D-Bus session bus</source>
            <translation>沒有 D-Bus 工作階段匯流排</translation>
        </message>
        <message>
            <source>The system keychain reported an error: %1</source>
            <translation>系統鑰匙圈回報錯誤：%1</translation>
        </message>
    </context>
    <context>
        <name>Herald::LogModel</name>
        <message>
            <source>Info</source>
            <translation>資訊</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>層級</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
    </context>
    <context>
        <name>Herald::LogPane</name>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
    </context>
    <context>
        <name>Herald::MainWindow</name>
        <message>
            <source>Contacts</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>區隔</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>範本</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>行銷活動</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>收件匣</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>分析</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>紀錄</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>新增工作區(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>開啟工作區(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>匯入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Herald</source>
            <translation>關於 Herald(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>關於 &amp;Qt</translation>
        </message>
        <message>
            <source>Sending: idle</source>
            <translation>傳送：閒置</translation>
        </message>
        <message>
            <source>State of the background sender: no campaign is sending.</source>
            <translation>背景傳送狀態：目前沒有正在傳送的行銷活動。</translation>
        </message>
        <message>
            <source>%1 — Herald</source>
            <translation>%1 — Herald</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>工作區：%1</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>未開啟工作區</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln 位聯絡人</numerusform>
            </translation>
        </message>
        <message>
            <source>Herald workspaces (*.%1)</source>
            <translation>Herald 工作區 (*.%1)</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>新增工作區</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose another name, or use Open Workspace to open it.</source>
            <translation>「%1」已存在。請選擇其他名稱，或使用「開啟工作區」開啟它。</translation>
        </message>
        <message>
            <source>Herald workspaces (*.%1);;All files (*)</source>
            <translation>Herald 工作區 (*.%1);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>開啟工作區</translation>
        </message>
        <message>
            <source>Import Contacts</source>
            <translation>匯入聯絡人</translation>
        </message>
        <message>
            <source>Customer lists (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>顧客名單 (*.csv *.tsv *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Cannot read “%1”.</source>
            <translation>無法讀取「%1」。</translation>
        </message>
        <message>
            <source>About Herald</source>
            <translation>關於 Herald</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for small shops: import your customers, choose who gets a message, write it with a live character counter, and watch deliveries, replies and opt-outs come back.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;專為小商店打造的 SMS 行銷活動：匯入顧客、選擇收件對象、透過即時字數統計撰寫訊息，並查看送達、回覆與退訂的結果。&lt;/p&gt;&lt;p&gt;以 Qt %2 建置。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Imported %1: %2 new, %3 updated, %4 not imported.</source>
            <translation>已匯入 %1：新增 %2 位，更新 %3 位，%4 位未匯入。</translation>
        </message>
        <message>
            <source>Imported %1: %2 rows, %3 new, %4 updated, %5 duplicates, %6 not imported.</source>
            <translation>已匯入 %1：%2 列，新增 %3 位，更新 %4 位，重複 %5 位，%6 位未匯入。</translation>
        </message>
        <message numerus="yes">
            <source>Sending: idle, checking replies of %Ln account(s)</source>
            <translation>
                <numerusform>傳送：閒置，正在檢查 %Ln 個帳號的回覆</numerusform>
            </translation>
        </message>
        <message>
            <source>Replies and delivery reports are checked in the background for: %1</source>
            <translation>正在背景檢查以下帳號的回覆與送達報告：%1</translation>
        </message>
        <message>
            <source>Provider &amp;Accounts…</source>
            <translation>服務商帳號(&amp;A)…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>pane name (unread replies)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread message(s)</source>
            <translation>
                <numerusform>%Ln 則未讀訊息</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageEditor</name>
        <message>
            <source>our shop</source>
            <translation>本店</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>（已移除）</translation>
        </message>
        <message>
            <source>Write your message. Insert placeholders such as {first_name|there} to greet each customer by name.</source>
            <translation>撰寫訊息。插入預留位置（例如 {first_name|there}），即可用名字問候每位顧客。</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>訊息內容</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>插入預留位置</translation>
        </message>
        <message>
            <source>Replace curly quotes, long dashes and similar characters by their plain GSM equivalents</source>
            <translation>將彎引號、長破折號等字元替換為一般的 GSM 對應字元</translation>
        </message>
        <message>
            <source>Language of the diacritics to remove</source>
            <translation>要移除變音符號的語言</translation>
        </message>
        <message>
            <source>&amp;Preview for:</source>
            <translation>預覽對象(&amp;P)：</translation>
        </message>
        <message numerus="yes">
            <source>%Ln part(s)</source>
            <translation>
                <numerusform>%Ln 則</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln 個字元</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln left in this part</source>
            <translation>
                <numerusform>這一則還剩 %Ln 個字元</numerusform>
            </translation>
        </message>
        <message>
            <source>Counted as sent: placeholders filled in for the preview contact, opt-out footer included.</source>
            <translation>依實際傳送內容計算：已為預覽聯絡人填入預留位置，並包含退訂頁尾。</translation>
        </message>
        <message>
            <source>Counted as sent: placeholders filled in for the preview contact.</source>
            <translation>依實際傳送內容計算：已為預覽聯絡人填入預留位置。</translation>
        </message>
        <message>
            <source>Sent as UCS-2 because of %1: each part holds %2 characters instead of %3.</source>
            <translation>因為 %1 而以 UCS-2 傳送：每則可容納 %2 個字元，而非 %3 個。</translation>
        </message>
        <message>
            <source>(empty message)</source>
            <translation>（空白訊息）</translation>
        </message>
        <message numerus="yes">
            <source>Make GSM-safe (saves %Ln part(s))</source>
            <translation>
                <numerusform>轉為 GSM 安全字元（可省 %Ln 則）</numerusform>
            </translation>
        </message>
        <message>
            <source>Make GSM-safe</source>
            <translation>轉為 GSM 安全字元</translation>
        </message>
        <message>
            <source>No special punctuation or spaces to replace.</source>
            <translation>沒有需要替換的特殊標點或空格。</translation>
        </message>
        <message numerus="yes">
            <source>Remove diacritics (saves %Ln part(s))</source>
            <translation>
                <numerusform>移除變音符號（可省 %Ln 則）</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove diacritics</source>
            <translation>移除變音符號</translation>
        </message>
        <message>
            <source>Changes what the customer reads:
%1</source>
            <translation>會改變顧客看到的內容：
%1</translation>
        </message>
        <message>
            <source>No letters to transliterate for this language.</source>
            <translation>此語言沒有需要轉寫的字母。</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>名字</translation>
        </message>
        <message>
            <source>there</source>
            <comment>fallback greeting when the first name is unknown</comment>
            <translation>朋友</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>姓氏</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>商店名稱</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>電子郵件</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>自訂欄位</translation>
        </message>
        <message>
            <source>Sample customer (fallbacks used)</source>
            <translation>範例顧客（使用備用值）</translation>
        </message>
        <message>
            <source>%1: analysing…</source>
            <translation>%1：分析中…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt;: %Ln recipient(s)</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;：%Ln 位收件人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>longest: %Ln part(s)</source>
            <translation>
                <numerusform>最長：%Ln 則</numerusform>
            </translation>
        </message>
        <message>
            <source>estimated cost %1</source>
            <translation>預估費用 %1</translation>
        </message>
        <message>
            <source>Longest message:
%1</source>
            <translation>最長的訊息：
%1</translation>
        </message>
        <message>
            <source>Send &amp;without diacritics</source>
            <translation>不含變音符號傳送(&amp;W)</translation>
        </message>
        <message>
            <source>Transliterate the message as it is sent (ą→a, ș→s, ж→zh…), including the names filled in, so it stays GSM-7 and cheaper. The preview and the counts show the result.</source>
            <translation>傳送時轉寫訊息（ą→a、ș→s、ж→zh…），包括填入的姓名，讓訊息維持 GSM-7 編碼，費用更低。預覽與計數會顯示結果。</translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageHistoryModel</name>
        <message>
            <source>Received</source>
            <translation>已接收</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已傳送</translation>
        </message>
        <message>
            <source>One-off message</source>
            <translation>單次訊息</translation>
        </message>
        <message>
            <source>Received %1: %2</source>
            <translation>已接收 %1：%2</translation>
        </message>
        <message>
            <source>Sent %1, %2: %3</source>
            <translation>已傳送 %1，%2：%3</translation>
        </message>
        <message>
            <source>answers “%1”</source>
            <translation>回覆「%1」</translation>
        </message>
        <message>
            <source>campaign “%1”</source>
            <translation>行銷活動「%1」</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>行銷活動</translation>
        </message>
    </context>
    <context>
        <name>Herald::MessageWidget</name>
        <message>
            <source>Close this message</source>
            <translation>關閉此訊息</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>關閉訊息</translation>
        </message>
    </context>
    <context>
        <name>Herald::PlivoGateway</name>
        <message>
            <source>Plivo answered HTTP %1 while listing messages.</source>
            <translation>Plivo 在列出訊息時回應 HTTP %1。</translation>
        </message>
        <message>
            <source>Plivo answered HTTP %1 about the message.</source>
            <translation>Plivo 針對此訊息回應 HTTP %1。</translation>
        </message>
        <message>
            <source>Without the time of the request, Plivo's records cannot tell this message from another one to the same number.</source>
            <translation>沒有要求的時間，Plivo 的紀錄就無法區分此訊息與傳到同一號碼的其他訊息。</translation>
        </message>
        <message>
            <source>Plivo shows too many messages to this number since then to tell which one is ours.</source>
            <translation>自那時起，Plivo 顯示傳到此號碼的訊息太多，無法判斷哪一則是我們的。</translation>
        </message>
        <message>
            <source>Too early to be sure: Plivo's records may not show the message yet.</source>
            <translation>時間太早，尚無法確定：Plivo 的紀錄可能還沒有顯示此訊息。</translation>
        </message>
        <message numerus="yes">
            <source>Plivo shows %n message(s) to this number since then; which one is ours cannot be told.</source>
            <translation>
                <numerusform>自那時起，Plivo 顯示有 %n 則訊息傳到此號碼；無法判斷哪一則是我們的。</numerusform>
            </translation>
        </message>
        <message>
            <source>Plivo: listing messages failed: %1</source>
            <translation>Plivo：無法列出訊息：%1</translation>
        </message>
    </context>
    <context>
        <name>Herald::Poller</name>
        <message>
            <source>Cannot poll the account “%1”: %2</source>
            <translation>無法輪詢帳號「%1」：%2</translation>
        </message>
        <message>
            <source>Cannot read replies of “%1”: %2</source>
            <translation>無法讀取「%1」的回覆：%2</translation>
        </message>
        <message>
            <source>Cannot store replies of “%1”: %2</source>
            <translation>無法儲存「%1」的回覆：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) of “%1” got no final delivery report within %2 days; their outcome stays unknown.</source>
            <translation>
                <numerusform>「%1」的 %n 則訊息在 %2 天內未收到最終送達報告；其結果維持不明。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read delivery reports of “%1”: %2</source>
            <translation>無法讀取「%1」的送達報告：%2</translation>
        </message>
        <message numerus="yes">
            <source>No answer after %n attempt(s)</source>
            <translation>
                <numerusform>嘗試 %n 次後仍無回應</numerusform>
            </translation>
        </message>
        <message>
            <source>The recipient unsubscribed at the provider (%1)</source>
            <translation>收件人已在服務商端取消訂閱（%1）</translation>
        </message>
        <message>
            <source>The provider refused the account “%1”: %2 (error %3).</source>
            <translation>服務商拒絕了帳號「%1」：%2（錯誤 %3）。</translation>
        </message>
    </context>
    <context>
        <name>Herald::PollingSession</name>
        <message>
            <source>“%1”: %2</source>
            <translation>「%1」：%2</translation>
        </message>
        <message>
            <source>Replies of “%1” are not polled: %2</source>
            <translation>未輪詢「%1」的回覆：%2</translation>
        </message>
    </context>
    <context>
        <name>Herald::PreflightDialog</name>
        <message>
            <source>Pre-flight Check — %1</source>
            <translation>發送前檢查 — %1</translation>
        </message>
        <message>
            <source>Checking every recipient: consent, opt-outs, numbers, quiet hours, parts and cost…</source>
            <translation>正在檢查每位收件人：同意、退訂、號碼、勿擾時段、則數與費用…</translation>
        </message>
        <message>
            <source>Who gets it</source>
            <translation>收件對象</translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>受眾：</translation>
        </message>
        <message>
            <source>Recipients:</source>
            <translation>收件人：</translation>
        </message>
        <message>
            <source>Sending:</source>
            <translation>傳送時間：</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>未納入</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Length and cost</source>
            <translation>長度與費用</translation>
        </message>
        <message>
            <source>Parts:</source>
            <translation>則數：</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>編碼：</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <translation>預估費用：</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>收件人</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>則數</translation>
        </message>
        <message>
            <source>Price per part</source>
            <translation>每則價格</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>費用</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Send &amp;Test…</source>
            <translation>傳送測試(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Schedule</source>
            <translation>排程(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Launch</source>
            <translation>啟動(&amp;L)</translation>
        </message>
        <message>
            <source>The pre-flight check failed: %1</source>
            <translation>發送前檢查失敗：%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — marketing campaign: only contacts who agreed to marketing messages, each message ends with the opt-out footer.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — 行銷類活動：只傳送給同意接收行銷訊息的聯絡人，每則訊息結尾都會加上退訂頁尾。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — transactional campaign: no marketing consent needed; opted-out and suppressed numbers are still left out.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — 交易類活動：不需要行銷同意；已退訂及在排除清單上的號碼仍不會納入。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) selected</source>
            <translation>
                <numerusform>已選取 %Ln 位聯絡人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) get the message</source>
            <translation>
                <numerusform>%Ln 位聯絡人會收到訊息</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at once, %2 held to a later time</source>
            <translation>%1 位立即傳送，%2 位延後傳送</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>於 %1</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>從 %1 到 %2</translation>
        </message>
        <message>
            <source>nothing to send</source>
            <translation>沒有要傳送的內容</translation>
        </message>
        <message numerus="yes">
            <source>%1 × %Ln part(s)</source>
            <translation>
                <numerusform>%1 × %Ln 則</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in total (%2)</source>
            <translation>共 %1 則（%2）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %Ln recipient(s) in UCS-2 (70 characters per part), forced by: %2</source>
            <translation>
                <numerusform>%1 — %Ln 位收件人以 UCS-2 傳送（每則 70 個字元），原因：%2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>沒有警告。</translation>
        </message>
        <message numerus="yes">
            <source>Hands %Ln message(s) to the outbox and starts sending.</source>
            <translation>
                <numerusform>將 %Ln 則訊息交給寄件匣並開始傳送。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody would get this campaign.</source>
            <translation>沒有任何人會收到此行銷活動。</translation>
        </message>
    </context>
    <context>
        <name>Herald::ReplyHeatMap</name>
        <message numerus="yes">
            <source>%1, %2:00–%2:59: %Ln reply(ies)</source>
            <translation>
                <numerusform>%1 %2:00–%2:59：%Ln 則回覆</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Herald::RuleConditionWidget</name>
        <message>
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Custom field name</source>
            <translation>自訂欄位名稱</translation>
        </message>
        <message>
            <source>Field name</source>
            <translation>欄位名稱</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>比較方式</translation>
        </message>
        <message>
            <source>Remove this rule</source>
            <translation>移除此規則</translation>
        </message>
        <message>
            <source>Remove rule</source>
            <translation>移除規則</translation>
        </message>
        <message>
            <source>Rule %1</source>
            <translation>規則 %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::RuleGroupWidget</name>
        <message>
            <source>Contacts &amp;must match:</source>
            <translation>聯絡人必須符合(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Match:</source>
            <translation>符合(&amp;M)：</translation>
        </message>
        <message>
            <source>Add &amp;rule</source>
            <translation>新增規則(&amp;R)</translation>
        </message>
        <message>
            <source>Add &amp;group</source>
            <translation>新增群組(&amp;G)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>No rules yet: every contact matches.</source>
            <translation>尚無規則：所有聯絡人都符合。</translation>
        </message>
        <message>
            <source>all of these rules</source>
            <translation>以下所有規則</translation>
        </message>
        <message>
            <source>any of these rules</source>
            <translation>以下任一規則</translation>
        </message>
        <message>
            <source>Add a group of rules with its own “all” or “any”</source>
            <translation>新增一組規則，可自行設定「全部」或「任一」</translation>
        </message>
        <message>
            <source>Remove this group and its rules</source>
            <translation>移除此群組及其規則</translation>
        </message>
        <message>
            <source>Group %1</source>
            <translation>群組 %1</translation>
        </message>
    </context>
    <context>
        <name>Herald::RuleValueEditor</name>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Tag names, separated by commas</source>
            <translation>標籤名稱，以逗號分隔</translation>
        </message>
        <message>
            <source>Values, separated by commas</source>
            <translation>值，以逗號分隔</translation>
        </message>
        <message>
            <source>From</source>
            <translation>從</translation>
        </message>
        <message>
            <source>and</source>
            <translation>和</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
    </context>
    <context>
        <name>Herald::SegmentListModel</name>
        <message>
            <source>error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>內建</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
    </context>
    <context>
        <name>Herald::SegmentsPane</name>
        <message>
            <source>&amp;New</source>
            <translation>新增(&amp;N)</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>複製(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>刪除(&amp;D)…</translation>
        </message>
        <message>
            <source>Built-in segments can't be changed: duplicate it to make your own.</source>
            <translation>內建區隔無法變更：請複製一份來建立您自己的區隔。</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>還原(&amp;V)</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>區隔</translation>
        </message>
        <message>
            <source>For example: Warsaw VIPs</source>
            <translation>例如：台北 VIP</translation>
        </message>
        <message>
            <source>Optional: who this segment is for</source>
            <translation>選填：此區隔的對象</translation>
        </message>
        <message>
            <source>Matching contacts</source>
            <translation>符合的聯絡人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>First matching contacts</source>
            <translation>前幾位符合的聯絡人</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>說明(&amp;P)：</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>規則</translation>
        </message>
        <message>
            <source>Fix the rule marked in red to see how many contacts match.</source>
            <translation>請修正標示為紅色的規則，才能看到符合的聯絡人數量。</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>計算中…</translation>
        </message>
        <message>
            <source>Could not count the contacts: %1</source>
            <translation>無法計算聯絡人數量：%1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s) match</source>
            <translation>
                <numerusform>%Ln 位聯絡人符合</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved Segment</source>
            <translation>未儲存的區隔</translation>
        </message>
        <message>
            <source>The segment “%1” has changes that are not saved. Save them?</source>
            <translation>區隔「%1」有尚未儲存的變更。要儲存嗎？</translation>
        </message>
        <message>
            <source>New segment</source>
            <translation>新區隔</translation>
        </message>
        <message>
            <source>The segment was not saved: %1</source>
            <translation>未儲存區隔：%1</translation>
        </message>
        <message>
            <source>Delete Segment</source>
            <translation>刪除區隔</translation>
        </message>
        <message>
            <source>Delete the segment “%1”? This cannot be undone.</source>
            <translation>要刪除區隔「%1」嗎？此動作無法復原。</translation>
        </message>
    </context>
    <context>
        <name>Herald::SendWorker</name>
        <message>
            <source>Cannot open the workspace for sending: %1</source>
            <translation>無法開啟工作區以進行傳送：%1</translation>
        </message>
        <message>
            <source>Campaign %1 has not been launched.</source>
            <translation>行銷活動 %1 尚未啟動。</translation>
        </message>
        <message>
            <source>Campaign %1 cannot start: %2</source>
            <translation>行銷活動 %1 無法開始：%2</translation>
        </message>
        <message>
            <source>Sending campaign %1 through %2</source>
            <translation>正在透過 %2 傳送行銷活動 %1</translation>
        </message>
        <message numerus="yes">
            <source>Settling %n message(s) whose outcome was not recorded</source>
            <translation>
                <numerusform>正在確認 %n 則未記錄結果的訊息</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No answer after %n attempt(s)</source>
            <translation>
                <numerusform>嘗試 %n 次後仍無回應</numerusform>
            </translation>
        </message>
        <message>
            <source>The workspace refused the next messages: %1</source>
            <translation>工作區拒絕了接下來的訊息：%1</translation>
        </message>
        <message>
            <source>The workspace refused to record the next messages: %1</source>
            <translation>工作區拒絕記錄接下來的訊息：%1</translation>
        </message>
        <message>
            <source>Message to %1 had reached the provider after all</source>
            <translation>傳給 %1 的訊息其實已送達服務商</translation>
        </message>
        <message>
            <source>The provider asked to slow down; waiting %1 ms</source>
            <translation>服務商要求放慢速度；等待 %1 毫秒</translation>
        </message>
        <message>
            <source>The recipient unsubscribed at the provider (%1)</source>
            <translation>收件人已在服務商端取消訂閱（%1）</translation>
        </message>
        <message>
            <source>The provider refused the account “%1”: %2 (error %3). Check its credentials and balance, then resume the campaign.</source>
            <translation>服務商拒絕了帳號「%1」：%2（錯誤 %3）。請檢查其憑證與餘額，然後繼續行銷活動。</translation>
        </message>
        <message numerus="yes">
            <source>The provider failed %n time(s) in a row (last: %1). Sending is paused; resume it when the provider works again.</source>
            <translation>
                <numerusform>服務商已連續失敗 %n 次（最近一次：%1）。傳送已暫停；待服務商恢復正常後請繼續。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot record sending results: %1</source>
            <translation>無法記錄傳送結果：%1</translation>
        </message>
        <message>
            <source>The workspace cannot record sending results: %1</source>
            <translation>工作區無法記錄傳送結果：%1</translation>
        </message>
        <message>
            <source>Campaign %1 cancelled</source>
            <translation>行銷活動 %1 已取消</translation>
        </message>
        <message>
            <source>Campaign %1 handed to the provider: %2 accepted, %3 failed, %4 unknown</source>
            <translation>行銷活動 %1 已交給服務商：%2 則已接受，%3 則失敗，%4 則不明</translation>
        </message>
        <message>
            <source>Cannot read delivery reports: %1</source>
            <translation>無法讀取送達報告：%1</translation>
        </message>
        <message>
            <source>Too late to ask the provider again with the same key</source>
            <translation>已來不及以相同識別碼再次詢問服務商</translation>
        </message>
        <message>
            <source>The outcome of the message to %1 stays unknown: the provider no longer recognises its key</source>
            <translation>傳給 %1 的訊息結果維持不明：服務商已無法辨識其識別碼</translation>
        </message>
        <message numerus="yes">
            <source>Campaign %1: %n message(s) held until the recipients' sending window opens</source>
            <translation>
                <numerusform>行銷活動 %1：%n 則訊息暫緩傳送，直到收件人的傳送時段開始</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot poll for replies and delivery reports: %1</source>
            <translation>無法輪詢回覆與送達報告：%1</translation>
        </message>
    </context>
    <context>
        <name>Herald::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>系統語言</translation>
        </message>
        <message numerus="yes">
            <source>%Ln message(s) per person per %1 days</source>
            <translation>
                <numerusform>每人每 %1 天 %Ln 則訊息</numerusform>
            </translation>
        </message>
        <message>
            <source>The new interface language applies the next time Herald starts.</source>
            <translation>新的介面語言將在下次啟動 Herald 時套用。</translation>
        </message>
    </context>
    <context>
        <name>Herald::Simulator</name>
        <message>
            <source>The Simulator cannot listen on 127.0.0.1:%1.</source>
            <translation>模擬器無法在 127.0.0.1:%1 上接聽。</translation>
        </message>
        <message>
            <source>Simulator listening on %1 (faults: %2)</source>
            <translation>模擬器正在 %1 上接聽（故障：%2）</translation>
        </message>
    </context>
    <context>
        <name>Herald::SmsApiGateway</name>
        <message>
            <source>SMSAPI cannot be asked about a message; send it again with the same key to find out whether it arrived.</source>
            <translation>無法向 SMSAPI 查詢訊息；請以相同識別碼再次傳送，即可得知是否已送達。</translation>
        </message>
        <message>
            <source>SMSAPI reports deliveries and replies only to a web address, which a desktop cannot offer; there is nothing to poll.</source>
            <translation>SMSAPI 只會將送達狀態與回覆回報到網址，而桌面應用程式無法提供網址；因此沒有可輪詢的內容。</translation>
        </message>
        <message>
            <source>SMSAPI did not answer: %1</source>
            <translation>SMSAPI 沒有回應：%1</translation>
        </message>
        <message>
            <source>SMSAPI accepted the token.</source>
            <translation>SMSAPI 已接受權杖。</translation>
        </message>
        <message>
            <source>SMSAPI refused the token (HTTP %1). Check the token, its permissions and the account's allowed IP addresses.</source>
            <translation>SMSAPI 拒絕了權杖（HTTP %1）。請檢查權杖、其權限，以及帳號允許的 IP 位址。</translation>
        </message>
        <message>
            <source>SMSAPI answered HTTP %1 with something unexpected.</source>
            <translation>SMSAPI 回應 HTTP %1，內容不符預期。</translation>
        </message>
    </context>
    <context>
        <name>Herald::SmsHighlighter</name>
        <message>
            <source>This character is not in the GSM alphabet: the whole message is sent as UCS-2.</source>
            <translation>此字元不在 GSM 字母表中：整則訊息將以 UCS-2 傳送。</translation>
        </message>
    </context>
    <context>
        <name>Herald::TemplateListModel</name>
        <message>
            <source>Any</source>
            <translation>任何</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>行銷</translation>
        </message>
        <message>
            <source>Transactional</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>則數</translation>
        </message>
    </context>
    <context>
        <name>Herald::TemplatesPane</name>
        <message>
            <source>&amp;New</source>
            <translation>新增(&amp;N)</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>複製(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>刪除(&amp;D)…</translation>
        </message>
        <message>
            <source>Opt-out &amp;footers…</source>
            <translation>退訂頁尾(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>還原(&amp;R)</translation>
        </message>
        <message>
            <source>Search templates</source>
            <translation>搜尋範本</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>所有語言</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>任何語言</translation>
        </message>
        <message>
            <source>Marketing (needs consent, opt-out footer added)</source>
            <translation>行銷（需要同意，會加上退訂頁尾）</translation>
        </message>
        <message>
            <source>Transactional (orders, shipping)</source>
            <translation>交易（訂單、出貨）</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <source>Ca&amp;tegory and language:</source>
            <translation>類別與語言(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>類型(&amp;K)：</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>範本</translation>
        </message>
        <message>
            <source>Opted-in contacts</source>
            <translation>已訂閱的聯絡人</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>所有聯絡人</translation>
        </message>
        <message>
            <source>Unsaved Template</source>
            <translation>未儲存的範本</translation>
        </message>
        <message>
            <source>The template “%1” has changes that are not saved. Save them?</source>
            <translation>範本「%1」有尚未儲存的變更。要儲存嗎？</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>新範本</translation>
        </message>
        <message>
            <source>Delete Template</source>
            <translation>刪除範本</translation>
        </message>
        <message>
            <source>Delete the template “%1”? This cannot be undone.</source>
            <translation>要刪除範本「%1」嗎？此動作無法復原。</translation>
        </message>
        <message>
            <source>Opt-out Footers</source>
            <translation>退訂頁尾</translation>
        </message>
        <message>
            <source>Every marketing message ends with the footer in the recipient's language. It is always counted in the message length. Leave a field empty for the default.</source>
            <translation>每則行銷訊息結尾都會加上收件人語言的頁尾，且一律計入訊息長度。欄位留白即使用預設值。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>Herald::TestSendDialog</name>
        <message>
            <source>Send a Test — %1</source>
            <translation>傳送測試 — %1</translation>
        </message>
        <message>
            <source>Your own numbers, separated by commas</source>
            <translation>您自己的號碼，以逗號分隔</translation>
        </message>
        <message>
            <source>&amp;Send Test</source>
            <translation>傳送測試(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Numbers:</source>
            <translation>號碼(&amp;N)：</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>訊息：</translation>
        </message>
        <message>
            <source>Results:</source>
            <translation>結果：</translation>
        </message>
        <message>
            <source>“%1” is not a phone number: %2</source>
            <translation>「%1」不是電話號碼：%2</translation>
        </message>
        <message>
            <source>Type at least one of your own numbers.</source>
            <translation>請至少輸入一個您自己的號碼。</translation>
        </message>
        <message>
            <source>A test goes to at most 5 numbers.</source>
            <translation>測試訊息最多只能傳送到 5 個號碼。</translation>
        </message>
        <message>
            <source>%1: accepted by the provider (%2)</source>
            <translation>%1：服務商已接受（%2）</translation>
        </message>
        <message>
            <source>%1: not sent — %2</source>
            <translation>%1：未傳送 — %2</translation>
        </message>
    </context>
    <context>
        <name>Herald::TwilioGateway</name>
        <message>
            <source>HTTP %1 while listing messages</source>
            <translation>列出訊息時發生 HTTP %1</translation>
        </message>
        <message>
            <source>Too many messages to search for this recipient.</source>
            <translation>此收件人的訊息太多，無法搜尋。</translation>
        </message>
        <message>
            <source>Twilio: listing messages failed: %1</source>
            <translation>Twilio：無法列出訊息：%1</translation>
        </message>
    </context>
    <context>
        <name>Herald::VonageGateway</name>
        <message>
            <source>%1 of %2 parts were accepted; the rest was refused: %3</source>
            <translation>%2 則中有 %1 則已被接受；其餘遭拒：%3</translation>
        </message>
        <message>
            <source>Vonage refused the report (HTTP 403): the Reports API may not be enabled for this account.</source>
            <translation>Vonage 拒絕了報告要求（HTTP 403）：此帳號可能未啟用 Reports API。</translation>
        </message>
        <message>
            <source>Vonage answered HTTP %1 while reading reports.</source>
            <translation>Vonage 在讀取報告時回應 HTTP %1。</translation>
        </message>
        <message>
            <source>Too early to be sure: Vonage's reports may not show the message yet.</source>
            <translation>時間太早，尚無法確定：Vonage 的報告可能還沒有顯示此訊息。</translation>
        </message>
        <message>
            <source>Without the time and key of the request, Vonage's reports cannot name the message.</source>
            <translation>沒有要求的時間與識別碼，Vonage 的報告就無法指出是哪一則訊息。</translation>
        </message>
        <message>
            <source>Too many messages to search in Vonage's reports.</source>
            <translation>在 Vonage 的報告中要搜尋的訊息太多。</translation>
        </message>
        <message>
            <source>Vonage accepted the API key and secret.</source>
            <translation>Vonage 已接受 API 金鑰與密鑰。</translation>
        </message>
        <message>
            <source>Vonage accepted the API key and secret, but the Reports API is not enabled: delivery reports and replies cannot be polled.</source>
            <translation>Vonage 已接受 API 金鑰與密鑰，但未啟用 Reports API：無法輪詢送達報告與回覆。</translation>
        </message>
        <message>
            <source>Vonage did not answer: %1</source>
            <translation>Vonage 沒有回應：%1</translation>
        </message>
        <message>
            <source>Vonage refused the API key and secret (HTTP 401).</source>
            <translation>Vonage 拒絕了 API 金鑰與密鑰（HTTP 401）。</translation>
        </message>
        <message>
            <source>Vonage answered HTTP %1.</source>
            <translation>Vonage 回應 HTTP %1。</translation>
        </message>
        <message>
            <source>Vonage: reading delivery reports failed: %1</source>
            <translation>Vonage：無法讀取送達報告：%1</translation>
        </message>
    </context>
    <context>
        <name>ImportValues</name>
        <message>
            <source>no phone number</source>
            <translation>沒有電話號碼</translation>
        </message>
        <message>
            <source>a spreadsheet formula, not a phone number</source>
            <translation>試算表公式，不是電話號碼</translation>
        </message>
        <message>
            <source>the number is in scientific notation (%1): the spreadsheet has lost its last digits. Format the column as text in the spreadsheet and export again</source>
            <translation>號碼是以科學記號表示（%1）：試算表已遺失最後幾位數字。請在試算表中將該欄格式設為文字，然後重新匯出</translation>
        </message>
    </context>
    <context>
        <name>InboundProcessor</name>
        <message>
            <source>Reply %1 (“%2”) is older than a later START of the same number; consent is unchanged.</source>
            <translation>回覆 %1（「%2」）早於同一號碼之後傳來的 START；同意狀態不變。</translation>
        </message>
        <message numerus="yes">
            <source>Contact %1 opted out by replying “%2”; %n waiting message(s) cancelled.</source>
            <translation>
                <numerusform>聯絡人 %1 回覆「%2」而退訂；已取消 %n 則等待中的訊息。</numerusform>
            </translation>
        </message>
        <message>
            <source>A number without a contact opted out by replying “%1”; it is on the suppression list now.</source>
            <translation>一個沒有對應聯絡人的號碼回覆「%1」而退訂；該號碼現已列入排除清單。</translation>
        </message>
        <message>
            <source>Reply %1 (“%2”) comes from a number without a contact; it stays on the suppression list if it is there.</source>
            <translation>回覆 %1（「%2」）來自沒有對應聯絡人的號碼；若該號碼已在排除清單上，將繼續保留。</translation>
        </message>
        <message>
            <source>Reply %1 (“%2”) is older than a later STOP of the same number; consent is unchanged.</source>
            <translation>回覆 %1（「%2」）早於同一號碼之後傳來的 STOP；同意狀態不變。</translation>
        </message>
        <message>
            <source>Contact %1 subscribed again by replying “%2”.</source>
            <translation>聯絡人 %1 回覆「%2」而重新訂閱。</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>There are no replies from this person.</source>
            <translation>此人沒有任何回覆。</translation>
        </message>
        <message>
            <source>Contact %1 does not exist (any more).</source>
            <translation>聯絡人 %1 不存在（或已不存在）。</translation>
        </message>
    </context>
    <context>
        <name>InboxReply</name>
        <message>
            <source>Choose a conversation to reply to.</source>
            <translation>請選擇要回覆的對話。</translation>
        </message>
        <message>
            <source>There is no provider account to send the reply through. Add one in File → Provider Accounts.</source>
            <translation>沒有可用來傳送回覆的服務商帳號。請在「檔案 → 服務商帳號」中新增一個。</translation>
        </message>
        <message>
            <source>%1 is on the suppression list: this number replied STOP or was opted out, so Herald sends it nothing, not even a reply. If the person texts START, they can be answered again.</source>
            <translation>%1 在排除清單上：此號碼曾回覆 STOP 或已被退訂，因此 Herald 不會傳送任何內容給它，連回覆也不會。若對方傳送 START，就能再次回覆對方。</translation>
        </message>
        <message>
            <source>Write a reply first.</source>
            <translation>請先撰寫回覆。</translation>
        </message>
        <message>
            <source>The reply has %1 characters; at most %2 can be sent in one message.</source>
            <translation>回覆有 %1 個字元；一則訊息最多只能傳送 %2 個字元。</translation>
        </message>
        <message>
            <source>%1 has just been put on the suppression list; the reply was not sent.</source>
            <translation>%1 剛被列入排除清單；未傳送回覆。</translation>
        </message>
        <message numerus="yes">
            <source>Reply to %1 queued on “%2” (%n part(s)).</source>
            <translation>
                <numerusform>給 %1 的回覆已在「%2」排入佇列（%n 則）。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has not written to you: the inbox only answers replies. To write first, create a campaign.</source>
            <translation>%1 尚未傳訊息給您：收件匣只能回覆對方的訊息。若要主動傳送訊息，請建立行銷活動。</translation>
        </message>
    </context>
    <context>
        <name>InboxTexts</name>
        <message>
            <source>Queued</source>
            <translation>佇列中</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>傳送中</translation>
        </message>
        <message>
            <source>Handed to the provider</source>
            <translation>已交給服務商</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已傳送</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已送達</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>未送達</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已略過</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>結果不明</translation>
        </message>
    </context>
    <context>
        <name>MessageTemplate</name>
        <message>
            <source>A “}” at position %1 closes no placeholder; write “}}” for a literal brace.</source>
            <translation>位置 %1 的「}」沒有對應的預留位置；若要輸入大括號本身，請寫成「}}」。</translation>
        </message>
        <message>
            <source>The placeholder “%1” is not closed with “}”; write “{{” for a literal brace.</source>
            <translation>預留位置「%1」沒有以「}」結束；若要輸入大括號本身，請寫成「{{」。</translation>
        </message>
        <message>
            <source>The placeholder “%1” has no name.</source>
            <translation>預留位置「%1」沒有名稱。</translation>
        </message>
        <message>
            <source>The custom field name in “%1” is empty or contains characters other than letters, digits, “_”, “-” and “.”.</source>
            <translation>「%1」中的自訂欄位名稱是空的，或含有字母、數字、「_」、「-」和「.」以外的字元。</translation>
        </message>
        <message>
            <source>Unknown placeholder “%1”; use one of %2 or {field:NAME} for a custom field.</source>
            <translation>不明的預留位置「%1」；請使用 %2 之一，或以 {field:NAME} 表示自訂欄位。</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>This workspace was saved by a newer version of Herald (schema %1; this version understands up to %2). Please update Herald.</source>
            <translation>此工作區是由較新版本的 Herald 儲存的（結構描述 %1；此版本最多支援 %2）。請更新 Herald。</translation>
        </message>
        <message>
            <source>“%1” is an SQLite database, but not a Herald workspace.</source>
            <translation>「%1」是 SQLite 資料庫，但不是 Herald 工作區。</translation>
        </message>
        <message>
            <source>Could not back up the workspace before upgrading it, so it was left unchanged: %1</source>
            <translation>升級前無法備份工作區，因此未做任何變更：%1</translation>
        </message>
        <message>
            <source>Upgrading the workspace to schema %1 (%2) failed: %3</source>
            <translation>將工作區升級至結構描述 %1（%2）失敗：%3</translation>
        </message>
        <message>
            <source>Backed up the workspace before upgrading it: %1</source>
            <translation>升級前已備份工作區：%1</translation>
        </message>
        <message>
            <source>Upgraded the workspace to schema %1 (%2).</source>
            <translation>已將工作區升級至結構描述 %1（%2）。</translation>
        </message>
    </context>
    <context>
        <name>OptOutFooterStore</name>
        <message>
            <source>The opt-out footer must tell people to reply STOP.</source>
            <translation>退訂頁尾必須告知收件人回覆 STOP。</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumbers</name>
        <message>
            <source>no phone number</source>
            <translation>沒有電話號碼</translation>
        </message>
        <message>
            <source>no valid country code (and no default country for “%1”)</source>
            <translation>沒有有效的國碼（且「%1」沒有預設國家/地區）</translation>
        </message>
        <message>
            <source>too short to be a phone number</source>
            <translation>太短，不是電話號碼</translation>
        </message>
        <message>
            <source>too long to be a phone number</source>
            <translation>太長，不是電話號碼</translation>
        </message>
        <message>
            <source>not a phone number</source>
            <translation>不是電話號碼</translation>
        </message>
        <message>
            <source>not a valid number for its country</source>
            <translation>不是該國家/地區的有效號碼</translation>
        </message>
    </context>
    <context>
        <name>Preflight</name>
        <message numerus="yes">
            <source>%n contact(s) have not agreed to marketing messages.</source>
            <translation>
                <numerusform>%n 位聯絡人未同意接收行銷訊息。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) opted out or are on the suppression list.</source>
            <translation>
                <numerusform>%n 位聯絡人已退訂或在排除清單上。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) already reached the limit of %1 marketing messages in %2 days.</source>
            <translation>
                <numerusform>%n 位聯絡人已達到 %2 天內 %1 則行銷訊息的上限。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a phone number that is not valid.</source>
            <translation>
                <numerusform>%n 位聯絡人的電話號碼無效。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) have a landline number, which cannot receive text messages.</source>
            <translation>
                <numerusform>%n 位聯絡人的號碼是市話，無法接收簡訊。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would be empty once the placeholders are filled in.</source>
            <translation>
                <numerusform>%n 則訊息在填入預留位置後會是空的。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) across segments removed: everyone gets one message.</source>
            <translation>
                <numerusform>已移除 %n 筆跨區隔的重複項目：每人只會收到一則訊息。</numerusform>
            </translation>
        </message>
        <message>
            <source>The pre-flight check was cancelled.</source>
            <translation>已取消發送前檢查。</translation>
        </message>
        <message>
            <source>Nobody would get this campaign.</source>
            <translation>沒有任何人會收到此行銷活動。</translation>
        </message>
        <message numerus="yes">
            <source>This marketing message tells none of its %n recipient(s) how to opt out: add the opt-out footer or a “STOP” line.</source>
            <translation>
                <numerusform>此行銷訊息沒有告知 %n 位收件人如何退訂：請加上退訂頁尾或一行「STOP」說明。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) in the United States or Canada cannot get messages from the sender name “%1”: networks there accept only phone numbers.</source>
            <translation>
                <numerusform>美國或加拿大的 %n 位收件人無法接收來自寄件者名稱「%1」的訊息：當地電信網路只接受電話號碼。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The provider account cannot report deliveries: you will not know which of the %n message(s) arrived.</source>
            <translation>
                <numerusform>此服務商帳號無法回報送達狀態：您將無法得知 %n 則訊息中哪些已送達。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The scheduled time %1 has already passed: %n message(s) would go out at once.</source>
            <translation>
                <numerusform>排程時間 %1 已經過了：%n 則訊息將立即送出。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 on %2 local time has already passed for %n recipient(s): their messages would go out at once.</source>
            <translation>
                <numerusform>對 %n 位收件人而言，當地時間 %2 %1 已經過了：他們的訊息將立即送出。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The message uses {shop}, but the shop name is not set: %n message(s) would have a gap there.</source>
            <translation>
                <numerusform>訊息使用了 {shop}，但尚未設定商店名稱：%n 則訊息會在該處留下空白。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) have no “%1”: they get “%2” exactly as written.</source>
            <translation>
                <numerusform>%n 位收件人沒有「%1」：他們會收到備用文字「%2」，原樣照送。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) go out in UCS-2 (70 characters per part instead of 160) because of: %1</source>
            <translation>
                <numerusform>%n 則訊息會以 UCS-2 傳送（每則 70 個字元，而非 160 個），原因是：%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) fall outside %1–%2 in the recipient's time zone and wait for the next morning.</source>
            <translation>
                <numerusform>%n 則訊息落在收件人時區的 %1–%2 時段之外，將等到隔天早上傳送。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) would arrive on a Sunday and wait until Monday.</source>
            <translation>
                <numerusform>%n 則訊息會在星期日送達，因此將等到星期一。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProviderAccounts</name>
        <message>
            <source>There is no provider account %1.</source>
            <translation>沒有服務商帳號 %1。</translation>
        </message>
        <message>
            <source>There is no provider account named “%1”.</source>
            <translation>沒有名為「%1」的服務商帳號。</translation>
        </message>
        <message>
            <source>The workspace has no provider account.</source>
            <translation>工作區沒有服務商帳號。</translation>
        </message>
        <message>
            <source>An account needs a name.</source>
            <translation>帳號需要名稱。</translation>
        </message>
        <message>
            <source>Unknown provider “%1”; Herald supports: %2.</source>
            <translation>不明的服務商「%1」；Herald 支援：%2。</translation>
        </message>
        <message>
            <source>“%1” is not an http(s) address.</source>
            <translation>「%1」不是 http(s) 網址。</translation>
        </message>
        <message>
            <source>Only a local Simulator may use plain http; use https for “%1”.</source>
            <translation>只有本機模擬器可以使用一般 http；「%1」請使用 https。</translation>
        </message>
        <message>
            <source>The rate must be a positive number of messages per second.</source>
            <translation>速率必須是每秒正數則訊息。</translation>
        </message>
        <message>
            <source>A Twilio account needs its Account SID (AC followed by 32 hexadecimal digits): --option account_sid=AC…</source>
            <translation>Twilio 帳號需要 Account SID（AC 加上 32 位十六進位數字）：--option account_sid=AC…</translation>
        </message>
        <message>
            <source>A Twilio account needs a sender number: --from +1…</source>
            <translation>Twilio 帳號需要寄件者號碼：--from +1…</translation>
        </message>
        <message>
            <source>An account named “%1” already exists.</source>
            <translation>名為「%1」的帳號已存在。</translation>
        </message>
        <message>
            <source>No secret for the account “%1”: pass --secret-env VARIABLE.</source>
            <translation>帳號「%1」沒有密鑰：請傳入 --secret-env VARIABLE。</translation>
        </message>
        <message>
            <source>The environment variable %1 is empty or not set.</source>
            <translation>環境變數 %1 是空的或未設定。</translation>
        </message>
        <message>
            <source>The Simulator is not running.</source>
            <translation>模擬器未在執行。</translation>
        </message>
        <message>
            <source>Herald cannot send through “%1” yet.</source>
            <translation>Herald 目前還無法透過「%1」傳送。</translation>
        </message>
        <message>
            <source>An Infobip account needs its personal API address: --base-url https://xxxxx.api.infobip.com</source>
            <translation>Infobip 帳號需要其專屬 API 網址：--base-url https://xxxxx.api.infobip.com</translation>
        </message>
        <message>
            <source>A Plivo account needs its Auth ID (20 letters and digits, e.g. MA…): --option auth_id=MA…</source>
            <translation>Plivo 帳號需要其 Auth ID（20 個字母與數字，例如 MA…）：--option auth_id=MA…</translation>
        </message>
        <message>
            <source>A Plivo account needs a sender (--from +1…) or a Powerpack: --option powerpack_uuid=…</source>
            <translation>Plivo 帳號需要寄件者（--from +1…）或 Powerpack：--option powerpack_uuid=…</translation>
        </message>
        <message>
            <source>A Vonage account needs its API key (8 letters and digits): --option api_key=…</source>
            <translation>Vonage 帳號需要其 API 金鑰（8 個字母與數字）：--option api_key=…</translation>
        </message>
        <message>
            <source>A Vonage account needs a sender, a number or a name: --from …</source>
            <translation>Vonage 帳號需要寄件者（號碼或名稱）：--from …</translation>
        </message>
        <message>
            <source>“%1” is not an SMSAPI sender name (up to 11 letters and digits, or a number).</source>
            <translation>「%1」不是 SMSAPI 寄件者名稱（最多 11 個字母與數字，或是一個號碼）。</translation>
        </message>
    </context>
    <context>
        <name>ReplyTexts</name>
        <message>
            <source>The answer to HELP must tell people to reply STOP to unsubscribe.</source>
            <translation>HELP 的回覆必須告知收件人回覆 STOP 即可取消訂閱。</translation>
        </message>
        <message>
            <source>The opt-out confirmation must tell people to reply START to subscribe again.</source>
            <translation>退訂確認必須告知收件人回覆 START 即可重新訂閱。</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <source>Delivery rate</source>
            <translation>送達率</translation>
        </message>
        <message>
            <source>%1 delivered of %2 sent</source>
            <translation>已傳送 %2 則，其中 %1 則已送達</translation>
        </message>
        <message>
            <source>Opt-out rate (7 days)</source>
            <translation>退訂率（7 天）</translation>
        </message>
        <message>
            <source>above the %1 benchmark</source>
            <translation>高於 %1 的基準</translation>
        </message>
        <message>
            <source>benchmark %1</source>
            <translation>基準 %1</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>回覆率</translation>
        </message>
        <message>
            <source>%1 people replied (%2 replies)</source>
            <translation>%1 人回覆（%2 則回覆）</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>費用</translation>
        </message>
        <message>
            <source>%1 reported by the provider, %2 estimated</source>
            <translation>服務商回報 %1，預估 %2</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>則數</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>尚未傳送</translation>
        </message>
        <message>
            <source>Waiting for a delivery report</source>
            <translation>正在等待送達報告</translation>
        </message>
        <message>
            <source>A PDF report needs the graphical libraries (no QApplication is running).</source>
            <translation>PDF 報告需要圖形函式庫（沒有執行中的 QApplication）。</translation>
        </message>
        <message>
            <source>Campaign report: %1</source>
            <translation>行銷活動報告：%1</translation>
        </message>
        <message>
            <source>Cannot write the PDF “%1”.</source>
            <translation>無法寫入 PDF「%1」。</translation>
        </message>
        <message>
            <source>not launched</source>
            <translation>未啟動</translation>
        </message>
        <message>
            <source>Campaign %1 · %2 · %3 · provider %4</source>
            <translation>行銷活動 %1 · %2 · %3 · 服務商 %4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Launched: %1 · Report made: %2</source>
            <translation>啟動時間：%1 · 報告產生時間：%2</translation>
        </message>
        <message>
            <source>Why messages were not delivered</source>
            <translation>訊息未送達的原因</translation>
        </message>
        <message>
            <source>No message failed.</source>
            <translation>沒有失敗的訊息。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代碼</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>訊息數</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
        <message>
            <source>How the figures are counted</source>
            <translation>數據的計算方式</translation>
        </message>
        <message>
            <source>Targeted: every recipient the campaign addressed; people left out by consent or the suppression list at launch are not included.</source>
            <translation>目標對象：行銷活動傳送對象中的每位收件人；啟動時因同意狀態或排除清單而未納入的人不計算在內。</translation>
        </message>
        <message>
            <source>Excluded: skipped (frequency cap, invalid number, landline) or cancelled (opted out after the launch).</source>
            <translation>已剔除：已略過（頻率上限、無效號碼、市話）或已取消（啟動後才退訂）。</translation>
        </message>
        <message>
            <source>Sent: handed to the provider. Delivery rate = delivered ÷ sent.</source>
            <translation>已傳送：已交給服務商。送達率 = 已送達 ÷ 已傳送。</translation>
        </message>
        <message>
            <source>Opt-out rate = people who opted out within 7 days of the launch ÷ sent; the industry benchmark is %1.</source>
            <translation>退訂率 = 啟動後 7 天內退訂的人數 ÷ 已傳送；業界基準為 %1。</translation>
        </message>
        <message>
            <source>Reply rate = people who replied (other than STOP or START) ÷ sent.</source>
            <translation>回覆率 = 回覆的人數（STOP 或 START 除外）÷ 已傳送。</translation>
        </message>
        <message>
            <source>Cost: the price the provider reported, or the estimate made at launch where no price was reported.</source>
            <translation>費用：服務商回報的價格；若服務商未回報價格，則使用啟動時的預估值。</translation>
        </message>
    </context>
    <context>
        <name>RuleChoices</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>SegmentFields</name>
        <message>
            <source>Opted in</source>
            <translation>已訂閱</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>已退訂</translation>
        </message>
        <message>
            <source>No consent recorded</source>
            <translation>未記錄同意</translation>
        </message>
        <message>
            <source>is</source>
            <translation>是</translation>
        </message>
        <message>
            <source>is not</source>
            <translation>不是</translation>
        </message>
        <message>
            <source>is any of</source>
            <translation>是下列任一</translation>
        </message>
        <message>
            <source>is none of</source>
            <translation>不是下列任一</translation>
        </message>
        <message>
            <source>contains</source>
            <translation>包含</translation>
        </message>
        <message>
            <source>does not contain</source>
            <translation>不包含</translation>
        </message>
        <message>
            <source>starts with</source>
            <translation>開頭為</translation>
        </message>
        <message>
            <source>never</source>
            <translation>從未</translation>
        </message>
        <message>
            <source>is unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>是空的</translation>
        </message>
        <message>
            <source>at least once</source>
            <translation>至少一次</translation>
        </message>
        <message>
            <source>is known</source>
            <translation>已知</translation>
        </message>
        <message>
            <source>is not empty</source>
            <translation>不是空的</translation>
        </message>
        <message>
            <source>has any of</source>
            <translation>含有下列任一</translation>
        </message>
        <message>
            <source>has all of</source>
            <translation>含有下列全部</translation>
        </message>
        <message>
            <source>has none of</source>
            <translation>不含下列任一</translation>
        </message>
        <message>
            <source>is the number</source>
            <translation>數字等於</translation>
        </message>
        <message>
            <source>is equal to</source>
            <translation>等於</translation>
        </message>
        <message>
            <source>is not equal to</source>
            <translation>不等於</translation>
        </message>
        <message>
            <source>is a number more than</source>
            <translation>數字大於</translation>
        </message>
        <message>
            <source>is more than</source>
            <translation>大於</translation>
        </message>
        <message>
            <source>is a number at least</source>
            <translation>數字至少為</translation>
        </message>
        <message>
            <source>is at least</source>
            <translation>至少為</translation>
        </message>
        <message>
            <source>is a number less than</source>
            <translation>數字小於</translation>
        </message>
        <message>
            <source>is less than</source>
            <translation>小於</translation>
        </message>
        <message>
            <source>is a number at most</source>
            <translation>數字最多為</translation>
        </message>
        <message>
            <source>is at most</source>
            <translation>最多為</translation>
        </message>
        <message>
            <source>is a number between</source>
            <translation>數字介於</translation>
        </message>
        <message>
            <source>is between</source>
            <translation>介於</translation>
        </message>
        <message>
            <source>in the last N days</source>
            <translation>在最近 N 天內</translation>
        </message>
        <message>
            <source>not in the last N days</source>
            <translation>不在最近 N 天內</translation>
        </message>
        <message>
            <source>not in the last N days, or never</source>
            <translation>不在最近 N 天內或從未</translation>
        </message>
        <message>
            <source>more than N days ago</source>
            <translation>超過 N 天前</translation>
        </message>
        <message>
            <source>is a date before</source>
            <translation>日期早於</translation>
        </message>
        <message>
            <source>before</source>
            <translation>早於</translation>
        </message>
        <message>
            <source>is a date after</source>
            <translation>日期晚於</translation>
        </message>
        <message>
            <source>after</source>
            <translation>晚於</translation>
        </message>
        <message>
            <source>is the date</source>
            <translation>日期為</translation>
        </message>
        <message>
            <source>on</source>
            <translation>在</translation>
        </message>
        <message>
            <source>is a date between</source>
            <translation>日期介於</translation>
        </message>
        <message>
            <source>between</source>
            <translation>介於</translation>
        </message>
        <message>
            <source>is today</source>
            <translation>是今天</translation>
        </message>
        <message>
            <source>is this month</source>
            <translation>在本月</translation>
        </message>
        <message>
            <source>is in the next N days</source>
            <translation>在未來 N 天內</translation>
        </message>
        <message>
            <source>is in the month</source>
            <translation>在此月份</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>The contact's tags. Tag names are compared ignoring case.</source>
            <translation>聯絡人的標籤。比較標籤名稱時不區分大小寫。</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>行銷同意</translation>
        </message>
        <message>
            <source>Whether the contact agreed to marketing messages, as of the latest consent record.</source>
            <translation>聯絡人是否同意接收行銷訊息（以最新的同意紀錄為準）。</translation>
        </message>
        <message>
            <source>When the contact opted in to marketing messages. Contacts who are not opted in now count as “never”.</source>
            <translation>聯絡人訂閱行銷訊息的時間。目前未訂閱的聯絡人視為「從未」。</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>國家/地區</translation>
        </message>
        <message>
            <source>Two-letter country code such as PL or US, compared ignoring case.</source>
            <translation>兩個字母的國家/地區代碼，例如 TW 或 US，比較時不區分大小寫。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Language code such as pl or zh_TW, compared ignoring case.</source>
            <translation>語言代碼，例如 pl 或 zh_TW，比較時不區分大小寫。</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>City, compared ignoring case.</source>
            <translation>城市，比較時不區分大小寫。</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>新增日期</translation>
        </message>
        <message>
            <source>When the contact was added to Herald, by hand or by an import.</source>
            <translation>聯絡人加入 Herald 的時間（手動新增或透過匯入）。</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>The contact's birthday in the current year, counted in days from today. People born on 29 February celebrate on 28 February in other years.</source>
            <translation>聯絡人今年的生日，以距今天數計算。2 月 29 日出生的人在非閏年以 2 月 28 日為生日。</translation>
        </message>
        <message>
            <source>Total spent</source>
            <translation>消費總額</translation>
        </message>
        <message>
            <source>Everything the contact has spent in the shop, in the shop's currency.</source>
            <translation>聯絡人在商店的消費總額，以商店幣別計算。</translation>
        </message>
        <message>
            <source>Number of orders</source>
            <translation>訂單數</translation>
        </message>
        <message>
            <source>How many orders the contact has placed.</source>
            <translation>聯絡人下過幾筆訂單。</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>最近一筆訂單</translation>
        </message>
        <message>
            <source>When the contact last ordered. Contacts who never ordered count as “never”.</source>
            <translation>聯絡人最近一次下單的時間。從未下單的聯絡人視為「從未」。</translation>
        </message>
        <message>
            <source>Last message from us</source>
            <translation>我們最近一次傳送的訊息</translation>
        </message>
        <message>
            <source>When we last sent the contact a message. Use “not in the last N days, or never” to respect a frequency cap.</source>
            <translation>我們最近一次傳送訊息給聯絡人的時間。使用「不在最近 N 天內或從未」即可遵守頻率上限。</translation>
        </message>
        <message>
            <source>Last reply</source>
            <translation>最近一次回覆</translation>
        </message>
        <message>
            <source>When the contact last sent us a message.</source>
            <translation>聯絡人最近一次傳訊息給我們的時間。</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>自訂欄位</translation>
        </message>
        <message>
            <source>A custom field from an import or typed by hand. A contact without the field counts as empty. Numbers may use a decimal point or comma; dates are written YYYY-MM-DD.</source>
            <translation>來自匯入或手動輸入的自訂欄位。沒有此欄位的聯絡人視為空白。數字可使用小數點或逗號；日期格式為 YYYY-MM-DD。</translation>
        </message>
    </context>
    <context>
        <name>SegmentJson</name>
        <message>
            <source>The segment rules need a “rules” list.</source>
            <translation>區隔規則需要「rules」清單。</translation>
        </message>
        <message>
            <source>rule %1: “rules” must be a list.</source>
            <translation>規則 %1：「rules」必須是清單。</translation>
        </message>
        <message>
            <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
            <translation>規則 %1：群組巢狀層數過多（最多 %2 層）。</translation>
        </message>
        <message>
            <source>The segment rules' “match” must be “all” or “any”.</source>
            <translation>區隔規則的「match」必須是「all」或「any」。</translation>
        </message>
        <message>
            <source>rule %1: “match” must be “all” or “any”.</source>
            <translation>規則 %1：「match」必須是「all」或「any」。</translation>
        </message>
        <message>
            <source>rule %1: a rule must be a JSON object.</source>
            <translation>規則 %1：規則必須是 JSON 物件。</translation>
        </message>
        <message>
            <source>rule %1: unknown key “%2”.</source>
            <translation>規則 %1：不明的鍵「%2」。</translation>
        </message>
        <message>
            <source>rule %1: a rule needs a “field” (or, for a group, “rules”).</source>
            <translation>規則 %1：規則需要「field」（群組則需要「rules」）。</translation>
        </message>
        <message>
            <source>rule %1: unknown field “%2”.</source>
            <translation>規則 %1：不明的欄位「%2」。</translation>
        </message>
        <message>
            <source>rule %1: the rule on “%2” needs an “op”.</source>
            <translation>規則 %1：「%2」的規則需要「op」。</translation>
        </message>
        <message>
            <source>rule %1: unknown operator “%2” for field “%3”.</source>
            <translation>規則 %1：欄位「%3」沒有運算子「%2」。</translation>
        </message>
        <message>
            <source>rule %1: a custom field rule needs the field's “name”.</source>
            <translation>規則 %1：自訂欄位規則需要欄位的「name」。</translation>
        </message>
        <message>
            <source>The segment rules are not valid JSON: %1 (at character %2).</source>
            <translation>區隔規則不是有效的 JSON：%1（位於第 %2 個字元）。</translation>
        </message>
        <message>
            <source>The segment rules must be a JSON object with “version”, “match” and “rules”.</source>
            <translation>區隔規則必須是含有「version」、「match」和「rules」的 JSON 物件。</translation>
        </message>
        <message>
            <source>The segment rules have no “version”; this version of Herald writes %1.</source>
            <translation>區隔規則沒有「version」；此版本的 Herald 寫入的是 %1。</translation>
        </message>
        <message>
            <source>The segment rules have an invalid “version”; this version of Herald writes %1.</source>
            <translation>區隔規則的「version」無效；此版本的 Herald 寫入的是 %1。</translation>
        </message>
        <message>
            <source>These segment rules were saved in format %1 by a newer version of Herald, which this version (format %2) cannot read. Update Herald to use them.</source>
            <translation>這些區隔規則是由較新版本的 Herald 以格式 %1 儲存的，此版本（格式 %2）無法讀取。請更新 Herald 後再使用。</translation>
        </message>
        <message>
            <source>The segment rules have an unknown key “%1”.</source>
            <translation>區隔規則含有不明的鍵「%1」。</translation>
        </message>
    </context>
    <context>
        <name>SegmentQuery</name>
        <message>
            <source>rule %1: groups are nested too deeply (at most %2 levels).</source>
            <translation>規則 %1：群組巢狀層數過多（最多 %2 層）。</translation>
        </message>
        <message>
            <source>The segment has too many rules (at most %1).</source>
            <translation>區隔的規則太多（最多 %1 條）。</translation>
        </message>
        <message>
            <source>rule %1: unknown operator “%2” for field “%3”.</source>
            <translation>規則 %1：欄位「%3」沒有運算子「%2」。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” takes no value.</source>
            <translation>規則 %1：「%3」的「%2」不接受任何值。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a text that is not empty.</source>
            <translation>規則 %1：「%3」的「%2」需要非空白的文字。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a list of texts that are not empty.</source>
            <translation>規則 %1：「%3」的「%2」需要非空白文字的清單。</translation>
        </message>
        <message>
            <source>rule %1: too many values (at most %2).</source>
            <translation>規則 %1：值太多（最多 %2 個）。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a whole number of days from 1 to %4.</source>
            <translation>規則 %1：「%3」的「%2」需要 1 到 %4 之間的整數天數。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a list of tag names.</source>
            <translation>規則 %1：「%3」的「%2」需要標籤名稱清單。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs one of: %4.</source>
            <translation>規則 %1：「%3」的「%2」需要下列其中之一：%4。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs two numbers, the smaller first.</source>
            <translation>規則 %1：「%3」的「%2」需要兩個數字，較小者在前。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a number.</source>
            <translation>規則 %1：「%3」的「%2」需要數字。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a date written YYYY-MM-DD.</source>
            <translation>規則 %1：「%3」的「%2」需要格式為 YYYY-MM-DD 的日期。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs two dates written YYYY-MM-DD, the earlier first.</source>
            <translation>規則 %1：「%3」的「%2」需要兩個格式為 YYYY-MM-DD 的日期，較早者在前。</translation>
        </message>
        <message>
            <source>rule %1: “%2” on “%3” needs a month from 1 to 12.</source>
            <translation>規則 %1：「%3」的「%2」需要 1 到 12 的月份。</translation>
        </message>
        <message>
            <source>rule %1: a custom field rule needs the field's “name”.</source>
            <translation>規則 %1：自訂欄位規則需要欄位的「name」。</translation>
        </message>
    </context>
    <context>
        <name>SegmentRepository</name>
        <message>
            <source>There is no segment with id %1.</source>
            <translation>沒有 ID 為 %1 的區隔。</translation>
        </message>
        <message>
            <source>A segment needs a name.</source>
            <translation>區隔需要名稱。</translation>
        </message>
        <message>
            <source>A segment named “%1” already exists.</source>
            <translation>名為「%1」的區隔已存在。</translation>
        </message>
        <message>
            <source>“%1” is a built-in segment and cannot be changed. Duplicate it to make your own version.</source>
            <translation>「%1」是內建區隔，無法變更。請複製一份來建立您自己的版本。</translation>
        </message>
        <message>
            <source>“%1” is a built-in segment and cannot be deleted.</source>
            <translation>「%1」是內建區隔，無法刪除。</translation>
        </message>
        <message numerus="yes">
            <source>“%1” is the audience of %n campaign(s) and cannot be deleted.</source>
            <translation>
                <numerusform>「%1」是 %n 個行銷活動的受眾，無法刪除。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1（副本）</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <translation>%1（副本 %2）</translation>
        </message>
        <message>
            <source>All opted-in</source>
            <translation>所有已訂閱者</translation>
        </message>
        <message>
            <source>Everyone who agreed to marketing messages and has not opted out.</source>
            <translation>所有同意接收行銷訊息且未退訂的人。</translation>
        </message>
        <message>
            <source>New subscribers (last 7 days)</source>
            <translation>新訂閱者（最近 7 天）</translation>
        </message>
        <message>
            <source>Opted in to marketing messages in the last 7 days.</source>
            <translation>在最近 7 天內訂閱行銷訊息的人。</translation>
        </message>
        <message>
            <source>Birthday this month</source>
            <translation>本月壽星</translation>
        </message>
        <message>
            <source>Contacts whose birthday falls in the current month.</source>
            <translation>生日在本月的聯絡人。</translation>
        </message>
        <message>
            <source>VIP (top spenders)</source>
            <translation>VIP（高消費顧客）</translation>
        </message>
        <message>
            <source>Customers who have spent 1,000 or more in total.</source>
            <translation>累計消費 1,000 以上的顧客。</translation>
        </message>
        <message>
            <source>Not messaged in 30 days</source>
            <translation>30 天內未傳訊息</translation>
        </message>
        <message>
            <source>Contacts we have not sent a message to in the last 30 days, including those never messaged.</source>
            <translation>最近 30 天內我們未傳送訊息的聯絡人，包括從未傳過訊息的聯絡人。</translation>
        </message>
        <message>
            <source>Lapsed customers (no order in 90 days)</source>
            <translation>流失顧客（90 天內無訂單）</translation>
        </message>
        <message>
            <source>Customers who ordered before, but not in the last 90 days.</source>
            <translation>以前下過單，但最近 90 天內沒有下單的顧客。</translation>
        </message>
        <message>
            <source>Replied recently</source>
            <translation>最近有回覆</translation>
        </message>
        <message>
            <source>Contacts who sent us a message in the last 14 days.</source>
            <translation>最近 14 天內傳過訊息給我們的聯絡人。</translation>
        </message>
    </context>
    <context>
        <name>SenderId</name>
        <message>
            <source>The campaign has no sender: set one on the provider account or the campaign.</source>
            <translation>此行銷活動沒有寄件者：請在服務商帳號或行銷活動中設定。</translation>
        </message>
        <message>
            <source>The sender “%1” has more than %2 digits.</source>
            <translation>寄件者「%1」超過 %2 位數字。</translation>
        </message>
        <message>
            <source>The sender “%1” starts with “+” but is not a phone number.</source>
            <translation>寄件者「%1」以「+」開頭，但不是電話號碼。</translation>
        </message>
        <message>
            <source>The sender name “%1” is longer than %2 characters.</source>
            <translation>寄件者名稱「%1」超過 %2 個字元。</translation>
        </message>
        <message>
            <source>The sender name “%1” contains “%2”, which is not a plain GSM character.</source>
            <translation>寄件者名稱「%1」含有「%2」，這不是一般的 GSM 字元。</translation>
        </message>
        <message>
            <source>The sender name “%1” needs at least one letter.</source>
            <translation>寄件者名稱「%1」至少需要一個字母。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Shop &amp;name:</source>
            <translation>商店名稱(&amp;N)：</translation>
        </message>
        <message>
            <source>Used for the {shop} placeholder</source>
            <translation>用於 {shop} 預留位置</translation>
        </message>
        <message>
            <source>Default &amp;country for phone numbers:</source>
            <translation>電話號碼的預設國家/地區(&amp;C)：</translation>
        </message>
        <message>
            <source>Numbers written without a country code (e.g. 601 234 567) are read as numbers of this country.</source>
            <translation>未加國碼的號碼（例如 0912 345 678）會視為此國家/地區的號碼。</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>介面語言(&amp;L)：</translation>
        </message>
        <message>
            <source>Marketing messages</source>
            <translation>行銷訊息</translation>
        </message>
        <message>
            <source>Send only &amp;between:</source>
            <translation>僅在此時段傳送(&amp;B)：</translation>
        </message>
        <message>
            <source>and</source>
            <translation>和</translation>
        </message>
        <message>
            <source>in each recipient's local time</source>
            <translation>依每位收件人的當地時間</translation>
        </message>
        <message>
            <source>Avoid &amp;Sundays</source>
            <translation>避開星期日(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Frequency cap:</source>
            <translation>頻率上限(&amp;F)：</translation>
        </message>
        <message>
            <source>Two to six marketing messages a month per person is the usual guideline.</source>
            <translation>一般建議每人每月二到六則行銷訊息。</translation>
        </message>
    </context>
    <context>
        <name>StarterLibrary</name>
        <message>
            <source>The starter templates “%1” cannot be read: %2</source>
            <translation>無法讀取入門範本「%1」：%2</translation>
        </message>
        <message>
            <source>The starter templates “%1” are not valid JSON: %2</source>
            <translation>入門範本「%1」不是有效的 JSON：%2</translation>
        </message>
        <message>
            <source>The starter templates “%1” are not a JSON array.</source>
            <translation>入門範本「%1」不是 JSON 陣列。</translation>
        </message>
        <message>
            <source>Starter template %1 has no valid “%2”.</source>
            <translation>入門範本 %1 沒有有效的「%2」。</translation>
        </message>
        <message>
            <source>Starter template %1 has the unknown kind “%2”.</source>
            <translation>入門範本 %1 的類型「%2」不明。</translation>
        </message>
        <message>
            <source>Starter template %1 is invalid: %2</source>
            <translation>入門範本 %1 無效：%2</translation>
        </message>
    </context>
    <context>
        <name>Suppression</name>
        <message>
            <source>The workspace has no suppression key.</source>
            <translation>工作區沒有排除清單金鑰。</translation>
        </message>
    </context>
    <context>
        <name>TemplateCategories</name>
        <message>
            <source>Welcome</source>
            <translation>歡迎</translation>
        </message>
        <message>
            <source>Abandoned cart</source>
            <translation>棄置購物車</translation>
        </message>
        <message>
            <source>Order confirmation</source>
            <translation>訂單確認</translation>
        </message>
        <message>
            <source>Shipping update</source>
            <translation>出貨通知</translation>
        </message>
        <message>
            <source>Delivery today</source>
            <translation>今日送達</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Loyalty anniversary</source>
            <translation>會員週年</translation>
        </message>
        <message>
            <source>Flash sale</source>
            <translation>限時特賣</translation>
        </message>
        <message>
            <source>Back in stock</source>
            <translation>重新到貨</translation>
        </message>
        <message>
            <source>Review request</source>
            <translation>邀請評價</translation>
        </message>
        <message>
            <source>Holiday greeting</source>
            <translation>節日祝福</translation>
        </message>
        <message>
            <source>Store closure</source>
            <translation>暫停營業</translation>
        </message>
    </context>
    <context>
        <name>TemplateRenderer</name>
        <message>
            <source>The template “%1” cannot be used: %2</source>
            <translation>無法使用範本「%1」：%2</translation>
        </message>
    </context>
    <context>
        <name>TemplateRepository</name>
        <message>
            <source>A template needs a name.</source>
            <translation>範本需要名稱。</translation>
        </message>
        <message>
            <source>The template “%1” has no message text.</source>
            <translation>範本「%1」沒有訊息內容。</translation>
        </message>
        <message>
            <source>The message text of “%1” is not valid: %2</source>
            <translation>「%1」的訊息內容無效：%2</translation>
        </message>
        <message>
            <source>There is no template with id %1.</source>
            <translation>沒有 ID 為 %1 的範本。</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1（副本）</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>No workspace file was given.</source>
            <translation>未指定工作區檔案。</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a workspace file.</source>
            <translation>「%1」是資料夾，不是工作區檔案。</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”.</source>
            <translation>無法建立資料夾「%1」。</translation>
        </message>
        <message>
            <source>The workspace “%1” is already open in another Herald (%2, process %3). Close it there first.</source>
            <translation>工作區「%1」已在另一個 Herald 中開啟（%2，處理程序 %3）。請先在該處關閉。</translation>
        </message>
        <message>
            <source>unknown program</source>
            <translation>不明程式</translation>
        </message>
        <message>
            <source>Cannot lock the workspace “%1”: is its folder writable?</source>
            <translation>無法鎖定工作區「%1」：其資料夾是否可寫入？</translation>
        </message>
        <message>
            <source>Opened workspace %1</source>
            <translation>已開啟工作區 %1</translation>
        </message>
    </context>
</TS>
