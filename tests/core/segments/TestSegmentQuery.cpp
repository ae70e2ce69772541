// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every field × operator of the catalogue, compared with a plain SQL query written by hand
// over a generated workspace: NULL and blank values, Unicode, hostile text, nesting, and
// birthday windows across New Year and 29 February.

#include "TempWorkspace.h"
#include "contacts/ContactRepository.h"
#include "segments/SegmentFields.h"
#include "segments/SegmentJson.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentRepository.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <random>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

// The injected "now" of each case.
enum Now
{
    June = 0, // 2026-06-15 12:00 UTC = 1781524800
    December28 = 1, // 2025-12-28 10:00 UTC
    February28 = 2, // 2027-02-28 09:00 UTC, not a leap year
    February28Leap = 3, // 2028-02-28 09:00 UTC
};

QDateTime nowOf(int which)
{
    static const qint64 epochs[] = {1781524800, 1766916000, 1803805200, 1835341200};
    return QDateTime::fromSecsSinceEpoch(epochs[which], Qt::UTC);
}

constexpr qint64 NowJune = 1781524800;
constexpr qint64 Day = 86400;

struct Case
{
    const char* name;
    QString rules; // the "rules" array of a version 1 "all" group, or a whole document
    QString sql; // the same audience as a WHERE over the bare contacts table, written by hand
    int now = June;
    bool nonTrivial = true; // expect 0 < count < all
};

// Hand-written SQL for "midnight UTC starting date".
QString midnight(const char* isoDate)
{
    return u"CAST(strftime('%s', '%1') AS INTEGER)"_s.arg(QLatin1StringView(isoDate));
}

QString sentSince(qint64 since)
{
    return u"EXISTS (SELECT 1 FROM messages m WHERE m.contact_id = contacts.id AND m.sent_at >= %1)"_s.arg(since);
}

QString repliedSince(qint64 since)
{
    return u"EXISTS (SELECT 1 FROM inbound i WHERE i.contact_id = contacts.id AND i.received_at >= %1)"_s.arg(since);
}

QString field(const char* name, const QString& predicate)
{
    return u"id IN (SELECT contact_id FROM contact_fields WHERE name = '%1' AND %2)"_s.arg(
        QLatin1StringView(name), predicate);
}

// shoe_size as a number, spelled out value by value; NULL for what is not a number.
const QString s_shoeSize = u"CASE trim(value) WHEN '42' THEN 42 WHEN '42,5' THEN 42.5 WHEN '-3' THEN -3 "
                           "WHEN '+7' THEN 7 WHEN '40' THEN 40 WHEN '38.0' THEN 38 WHEN '45' THEN 45 END"_s;

QList<Case> cases()
{
    const qint64 d30 = NowJune - 30 * Day;
    const qint64 d90 = NowJune - 90 * Day;
    const qint64 d365 = NowJune - 365 * Day;
    const qint64 d7 = NowJune - 7 * Day;
    const QString lodz = u"('Łódź', 'łódź', 'ŁÓDŹ')"_s;
    const QString lastMessage = u"(SELECT max(m.sent_at) FROM messages m WHERE m.contact_id = contacts.id)"_s;
    const QString lastReply = u"(SELECT max(i.received_at) FROM inbound i WHERE i.contact_id = contacts.id)"_s;
    const QString anySent
        = u"EXISTS (SELECT 1 FROM messages m WHERE m.contact_id = contacts.id AND m.sent_at IS NOT NULL)"_s;
    const QString anyReply = u"EXISTS (SELECT 1 FROM inbound i WHERE i.contact_id = contacts.id)"_s;
    const QString tagged = u"EXISTS (SELECT 1 FROM contact_tags ct, tags t WHERE ct.contact_id = contacts.id "
                           "AND t.id = ct.tag_id AND t.name = '%1')"_s;
    const QString optedInAt = u"CASE WHEN marketing_consent = 'opted_in' THEN consent_changed_at END"_s;

    return {
        // ---- tags
        {"tags has_any", uR"([{"field":"tags","op":"has_any","value":["VIP","Ślub"]}])"_s,
            u"(%1 OR %2)"_s.arg(tagged.arg(u"vip"_s), tagged.arg(u"Ślub"_s))},
        {"tags has_all", uR"([{"field":"tags","op":"has_all","value":["vip","newsletter"]}])"_s,
            u"(%1 AND %2)"_s.arg(tagged.arg(u"vip"_s), tagged.arg(u"newsletter"_s))},
        {"tags has_none", uR"([{"field":"tags","op":"has_none","value":["vip","50%_off"]}])"_s,
            u"NOT %1 AND NOT %2"_s.arg(tagged.arg(u"vip"_s), tagged.arg(u"50%_off"_s))},
        {"tags hostile", uR"([{"field":"tags","op":"has_any","value":["o'neil","50%_off"]}])"_s,
            u"(%1 OR %2)"_s.arg(tagged.arg(u"o''neil"_s), tagged.arg(u"50%_off"_s))},
        {"tags unknown tag", uR"([{"field":"tags","op":"has_all","value":["vip","nobody-has-this"]}])"_s, u"0"_s, June,
            false},

        // ---- consent
        {"consent is", uR"([{"field":"consent","op":"is","value":"opted_in"}])"_s, u"marketing_consent = 'opted_in'"_s},
        {"consent is_not", uR"([{"field":"consent","op":"is_not","value":"opted_out"}])"_s,
            u"marketing_consent IN ('opted_in', 'unknown')"_s},

        // ---- opted in (the ledger says when the current opt-in happened)
        {"opted_in within_days", uR"([{"field":"opted_in","op":"within_days","value":7}])"_s,
            u"marketing_consent = 'opted_in' AND (SELECT max(e.occurred_at) FROM consent_events e WHERE "
            "e.contact_id = contacts.id AND e.action = 'opt_in') >= %1"_s.arg(d7)},
        {"opted_in not_within_days", uR"([{"field":"opted_in","op":"not_within_days","value":7}])"_s,
            u"coalesce(%1, 0) < %2"_s.arg(optedInAt).arg(d7)},
        {"opted_in more_than_days_ago", uR"([{"field":"opted_in","op":"more_than_days_ago","value":30}])"_s,
            u"%1 < %2"_s.arg(optedInAt).arg(d30)},
        {"opted_in before", uR"([{"field":"opted_in","op":"before","value":"2026-05-20"}])"_s,
            u"%1 < %2"_s.arg(optedInAt, midnight("2026-05-20"))},
        {"opted_in after", uR"([{"field":"opted_in","op":"after","value":"2026-06-01"}])"_s,
            u"%1 >= %2"_s.arg(optedInAt, midnight("2026-06-02"))},
        {"opted_in on", uR"([{"field":"opted_in","op":"on","value":"2026-06-10"}])"_s,
            u"%1 BETWEEN %2 AND %3 - 1"_s.arg(optedInAt, midnight("2026-06-10"), midnight("2026-06-11"))},
        {"opted_in date_between",
            uR"([{"field":"opted_in","op":"date_between","value":["2026-05-01","2026-05-31"]}])"_s,
            u"%1 BETWEEN %2 AND %3 - 1"_s.arg(optedInAt, midnight("2026-05-01"), midnight("2026-06-01"))},
        {"opted_in is_empty", uR"([{"field":"opted_in","op":"is_empty"}])"_s, u"marketing_consent <> 'opted_in'"_s},
        {"opted_in is_not_empty", uR"([{"field":"opted_in","op":"is_not_empty"}])"_s,
            u"marketing_consent = 'opted_in'"_s},

        // ---- country (ASCII codes in mixed case, blank)
        {"country is", uR"([{"field":"country","op":"is","value":"pl"}])"_s, u"upper(country) = 'PL'"_s},
        {"country is_not", uR"([{"field":"country","op":"is_not","value":"pL"}])"_s, u"upper(country) <> 'PL'"_s},
        {"country is_any_of", uR"([{"field":"country","op":"is_any_of","value":["pl","DE"]}])"_s,
            u"upper(country) IN ('PL', 'DE')"_s},
        {"country is_none_of", uR"([{"field":"country","op":"is_none_of","value":["pl","cn"]}])"_s,
            u"upper(country) NOT IN ('PL', 'CN')"_s},
        {"country contains", uR"([{"field":"country","op":"contains","value":"e"}])"_s,
            u"instr(upper(country), 'E') > 0"_s},
        {"country not_contains", uR"([{"field":"country","op":"not_contains","value":"e"}])"_s,
            u"instr(upper(country), 'E') = 0"_s},
        {"country starts_with", uR"([{"field":"country","op":"starts_with","value":"p"}])"_s,
            u"substr(country, 1, 1) IN ('p', 'P')"_s},
        {"country is_empty", uR"([{"field":"country","op":"is_empty"}])"_s, u"replace(country, ' ', '') = ''"_s},
        {"country is_not_empty", uR"([{"field":"country","op":"is_not_empty"}])"_s,
            u"replace(country, ' ', '') <> ''"_s},

        // ---- language
        {"language is", uR"([{"field":"language","op":"is","value":"zh_tw"}])"_s, u"upper(language) = 'ZH_TW'"_s},
        {"language is_not", uR"([{"field":"language","op":"is_not","value":"PL"}])"_s, u"upper(language) <> 'PL'"_s},
        {"language is_any_of", uR"([{"field":"language","op":"is_any_of","value":["ar","ZH_TW"]}])"_s,
            u"upper(language) IN ('AR', 'ZH_TW')"_s},
        {"language is_none_of", uR"([{"field":"language","op":"is_none_of","value":["en"]}])"_s,
            u"upper(language) <> 'EN'"_s},
        {"language contains underscore", uR"([{"field":"language","op":"contains","value":"_"}])"_s,
            u"instr(language, '_') > 0"_s},
        {"language not_contains", uR"([{"field":"language","op":"not_contains","value":"h_"}])"_s,
            u"instr(upper(language), 'H_') = 0"_s},
        {"language starts_with", uR"([{"field":"language","op":"starts_with","value":"Z"}])"_s,
            u"upper(substr(language, 1, 1)) = 'Z'"_s},
        {"language is_empty", uR"([{"field":"language","op":"is_empty"}])"_s, u"trim(language) = ''"_s},
        {"language is_not_empty", uR"([{"field":"language","op":"is_not_empty"}])"_s, u"trim(language) <> ''"_s},

        // ---- city: Unicode case, hostile text
        {"city is unicode", uR"([{"field":"city","op":"is","value":"łÓdŹ"}])"_s, u"city IN %1"_s.arg(lodz)},
        {"city is_not unicode", uR"([{"field":"city","op":"is_not","value":"ŁÓDŹ"}])"_s, u"city NOT IN %1"_s.arg(lodz)},
        {"city is_any_of mixed", uR"([{"field":"city","op":"is_any_of","value":["zürich","boston"]}])"_s,
            u"city IN ('Zürich', 'zürich', 'ZÜRICH', 'Boston', 'BOSTON', 'boston')"_s},
        {"city is_none_of", uR"([{"field":"city","op":"is_none_of","value":["kraków","北京"]}])"_s,
            u"city NOT IN ('Kraków', 'KRAKÓW', '北京')"_s},
        {"city contains unicode", uR"([{"field":"city","op":"contains","value":"ÓD"}])"_s, u"city IN %1"_s.arg(lodz)},
        {"city not_contains unicode", uR"([{"field":"city","op":"not_contains","value":"üRICH"}])"_s,
            u"city NOT IN ('Zürich', 'zürich', 'ZÜRICH')"_s},
        {"city starts_with ascii", uR"([{"field":"city","op":"starts_with","value":"kRaK"}])"_s,
            u"lower(substr(city, 1, 4)) = 'krak'"_s},
        {"city starts_with arabic", uR"([{"field":"city","op":"starts_with","value":"القا"}])"_s,
            u"substr(city, 1, 4) = 'القا'"_s},
        {"city contains chinese", uR"([{"field":"city","op":"contains","value":"京"}])"_s, u"instr(city, '京') > 0"_s},
        {"city is_empty", uR"([{"field":"city","op":"is_empty"}])"_s, u"city IN ('', '  ')"_s},
        {"city is_not_empty", uR"([{"field":"city","op":"is_not_empty"}])"_s, u"city NOT IN ('', '  ')"_s},
        {"city hostile is", uR"([{"field":"city","op":"is","value":"'; DROP TABLE contacts; --"}])"_s,
            u"city = '''; DROP TABLE contacts; --'"_s},
        {"city hostile percent", uR"([{"field":"city","op":"contains","value":"%"}])"_s, u"instr(city, '%') > 0"_s},
        {"city hostile underscore", uR"([{"field":"city","op":"contains","value":"a_b"}])"_s,
            u"instr(lower(city), 'a_b') > 0"_s},
        {"city hostile prefix", uR"([{"field":"city","op":"starts_with","value":"100%"}])"_s,
            u"substr(city, 1, 4) = '100%'"_s},
        {"city hostile backslash", uR"([{"field":"city","op":"contains","value":"\\"}])"_s,
            u"instr(city, char(92)) > 0"_s},
        {"city hostile quote", uR"([{"field":"city","op":"contains","value":"o'B"}])"_s,
            u"instr(lower(city), 'o''b') > 0"_s},
        {"city hostile star", uR"([{"field":"city","op":"contains","value":"*"}])"_s, u"instr(city, '*') > 0"_s},
        {"city hostile bracket", uR"([{"field":"city","op":"contains","value":"["}])"_s, u"instr(city, '[') > 0"_s},
        {"city hostile glob unicode", uR"([{"field":"city","op":"is","value":"żÓŁW*[x]?"}])"_s,
            u"city = 'Żółw*[x]?'"_s},
        {"city hostile glob contains", uR"([{"field":"city","op":"contains","value":"ółw*[x"}])"_s,
            u"city = 'Żółw*[x]?'"_s},
        {"city hostile nothing", uR"([{"field":"city","op":"is","value":"' OR 1=1 --"}])"_s, u"0"_s, June, false},

        // ---- created
        {"created within_days", uR"([{"field":"created","op":"within_days","value":30}])"_s,
            u"created_at >= %1"_s.arg(d30)},
        {"created not_within_days", uR"([{"field":"created","op":"not_within_days","value":30}])"_s,
            u"created_at < %1"_s.arg(d30)},
        {"created more_than_days_ago", uR"([{"field":"created","op":"more_than_days_ago","value":365}])"_s,
            u"created_at < %1"_s.arg(d365)},
        {"created before", uR"([{"field":"created","op":"before","value":"2025-06-01"}])"_s,
            u"created_at < %1"_s.arg(midnight("2025-06-01"))},
        {"created after", uR"([{"field":"created","op":"after","value":"2026-05-01"}])"_s,
            u"created_at >= %1"_s.arg(midnight("2026-05-02"))},
        {"created on", uR"([{"field":"created","op":"on","value":"2026-05-10"}])"_s,
            u"date(created_at, 'unixepoch') = '2026-05-10'"_s},
        {"created date_between", uR"([{"field":"created","op":"date_between","value":["2026-01-01","2026-03-31"]}])"_s,
            u"date(created_at, 'unixepoch') BETWEEN '2026-01-01' AND '2026-03-31'"_s},

        // ---- birthday
        {"birthday today", uR"([{"field":"birthday","op":"today"}])"_s, u"birthday_month = 6 AND birthday_day = 15"_s},
        {"birthday this_month", uR"([{"field":"birthday","op":"this_month"}])"_s, u"birthday_month = 6"_s},
        {"birthday next_days", uR"([{"field":"birthday","op":"next_days","value":30}])"_s,
            u"(birthday_month = 6 AND birthday_day >= 15) OR (birthday_month = 7 AND birthday_day <= 14)"_s},
        {"birthday in_month", uR"([{"field":"birthday","op":"in_month","value":2}])"_s, u"birthday_month = 2"_s},
        {"birthday is_empty", uR"([{"field":"birthday","op":"is_empty"}])"_s, u"birthday_month IS NULL"_s},
        {"birthday is_not_empty", uR"([{"field":"birthday","op":"is_not_empty"}])"_s, u"birthday_month IS NOT NULL"_s},
        {"birthday today Dec 28", uR"([{"field":"birthday","op":"today"}])"_s,
            u"birthday_month = 12 AND birthday_day = 28"_s, December28},
        {"birthday this_month Dec 28", uR"([{"field":"birthday","op":"this_month"}])"_s, u"birthday_month = 12"_s,
            December28},
        {"birthday next 7 days across New Year", uR"([{"field":"birthday","op":"next_days","value":7}])"_s,
            u"(birthday_month = 12 AND birthday_day BETWEEN 28 AND 31) OR "
            "(birthday_month = 1 AND birthday_day BETWEEN 1 AND 3)"_s,
            December28},
        {"birthday next 366 days", uR"([{"field":"birthday","op":"next_days","value":366}])"_s,
            u"birthday_day IS NOT NULL"_s, December28},
        {"birthday today Feb 28 non-leap", uR"([{"field":"birthday","op":"today"}])"_s,
            u"birthday_month = 2 AND birthday_day IN (28, 29)"_s, February28},
        {"birthday next 2 days Feb 28 non-leap", uR"([{"field":"birthday","op":"next_days","value":2}])"_s,
            u"(birthday_month = 2 AND birthday_day IN (28, 29)) OR (birthday_month = 3 AND birthday_day = 1)"_s,
            February28},
        {"birthday today Feb 28 leap", uR"([{"field":"birthday","op":"today"}])"_s,
            u"birthday_month = 2 AND birthday_day = 28"_s, February28Leap},
        {"birthday next 2 days Feb 28 leap", uR"([{"field":"birthday","op":"next_days","value":2}])"_s,
            u"birthday_month = 2 AND birthday_day IN (28, 29)"_s, February28Leap},

        // ---- total spent (money in units, stored in micros)
        {"total_spent eq", uR"([{"field":"total_spent","op":"eq","value":150.5}])"_s,
            u"total_spent_micros = 150500000"_s},
        {"total_spent ne", uR"([{"field":"total_spent","op":"ne","value":0}])"_s, u"total_spent_micros <> 0"_s},
        {"total_spent gt", uR"([{"field":"total_spent","op":"gt","value":1000}])"_s,
            u"total_spent_micros > 1000000000"_s},
        {"total_spent gte", uR"([{"field":"total_spent","op":"gte","value":1000}])"_s,
            u"total_spent_micros >= 1000000000"_s},
        {"total_spent lt", uR"([{"field":"total_spent","op":"lt","value":20}])"_s, u"total_spent_micros < 20000000"_s},
        {"total_spent lte", uR"([{"field":"total_spent","op":"lte","value":20}])"_s,
            u"total_spent_micros <= 20000000"_s},
        {"total_spent between", uR"([{"field":"total_spent","op":"between","value":[100,200.25]}])"_s,
            u"total_spent_micros >= 100000000 AND total_spent_micros <= 200250000"_s},

        // ---- orders
        {"orders eq", uR"([{"field":"orders","op":"eq","value":3}])"_s, u"orders_count = 3"_s},
        {"orders ne", uR"([{"field":"orders","op":"ne","value":0}])"_s, u"orders_count <> 0"_s},
        {"orders gt", uR"([{"field":"orders","op":"gt","value":10}])"_s, u"orders_count > 10"_s},
        {"orders gte", uR"([{"field":"orders","op":"gte","value":10}])"_s, u"orders_count >= 10"_s},
        {"orders lt", uR"([{"field":"orders","op":"lt","value":2}])"_s, u"orders_count < 2"_s},
        {"orders lte", uR"([{"field":"orders","op":"lte","value":2}])"_s, u"orders_count <= 2"_s},
        {"orders between", uR"([{"field":"orders","op":"between","value":[3,5]}])"_s, u"orders_count IN (3, 4, 5)"_s},

        // ---- last order (NULL = never ordered)
        {"last_order within_days", uR"([{"field":"last_order","op":"within_days","value":90}])"_s,
            u"last_order_at >= %1"_s.arg(d90)},
        {"last_order not_within_days", uR"([{"field":"last_order","op":"not_within_days","value":90}])"_s,
            u"coalesce(last_order_at, 0) < %1"_s.arg(d90)},
        {"last_order more_than_days_ago", uR"([{"field":"last_order","op":"more_than_days_ago","value":90}])"_s,
            u"last_order_at < %1"_s.arg(d90)},
        {"last_order before", uR"([{"field":"last_order","op":"before","value":"2026-01-01"}])"_s,
            u"last_order_at < %1"_s.arg(midnight("2026-01-01"))},
        {"last_order after", uR"([{"field":"last_order","op":"after","value":"2026-05-31"}])"_s,
            u"last_order_at >= %1"_s.arg(midnight("2026-06-01"))},
        {"last_order on", uR"([{"field":"last_order","op":"on","value":"2026-06-01"}])"_s,
            u"date(last_order_at, 'unixepoch') = '2026-06-01'"_s},
        {"last_order date_between",
            uR"([{"field":"last_order","op":"date_between","value":["2026-02-01","2026-02-28"]}])"_s,
            u"date(last_order_at, 'unixepoch') BETWEEN '2026-02-01' AND '2026-02-28'"_s},
        {"last_order is_empty", uR"([{"field":"last_order","op":"is_empty"}])"_s, u"last_order_at IS NULL"_s},
        {"last_order is_not_empty", uR"([{"field":"last_order","op":"is_not_empty"}])"_s,
            u"last_order_at IS NOT NULL"_s},

        // ---- last message from us (the outbox is the truth; failed messages were never sent)
        {"last_message within_days", uR"([{"field":"last_message","op":"within_days","value":30}])"_s, sentSince(d30)},
        {"last_message not_within_days", uR"([{"field":"last_message","op":"not_within_days","value":30}])"_s,
            u"NOT "_s + sentSince(d30)},
        {"last_message more_than_days_ago", uR"([{"field":"last_message","op":"more_than_days_ago","value":30}])"_s,
            u"%1 AND NOT %2"_s.arg(anySent, sentSince(d30))},
        {"last_message before", uR"([{"field":"last_message","op":"before","value":"2026-04-01"}])"_s,
            u"%1 AND NOT %2"_s.arg(anySent, sentSince(1775001600))},
        {"last_message after", uR"([{"field":"last_message","op":"after","value":"2026-05-31"}])"_s,
            sentSince(1780272000)},
        {"last_message on", uR"([{"field":"last_message","op":"on","value":"2026-06-01"}])"_s,
            u"date(%1, 'unixepoch') = '2026-06-01'"_s.arg(lastMessage)},
        {"last_message date_between",
            uR"([{"field":"last_message","op":"date_between","value":["2026-05-01","2026-05-20"]}])"_s,
            u"date(%1, 'unixepoch') BETWEEN '2026-05-01' AND '2026-05-20'"_s.arg(lastMessage)},
        {"last_message is_empty", uR"([{"field":"last_message","op":"is_empty"}])"_s, u"NOT "_s + anySent},
        {"last_message is_not_empty", uR"([{"field":"last_message","op":"is_not_empty"}])"_s, anySent},

        // ---- last reply (the inbound table is the truth)
        {"last_reply within_days", uR"([{"field":"last_reply","op":"within_days","value":14}])"_s,
            repliedSince(NowJune - 14 * Day)},
        {"last_reply not_within_days", uR"([{"field":"last_reply","op":"not_within_days","value":14}])"_s,
            u"NOT "_s + repliedSince(NowJune - 14 * Day)},
        {"last_reply more_than_days_ago", uR"([{"field":"last_reply","op":"more_than_days_ago","value":14}])"_s,
            u"%1 AND NOT %2"_s.arg(anyReply, repliedSince(NowJune - 14 * Day))},
        {"last_reply before", uR"([{"field":"last_reply","op":"before","value":"2026-05-01"}])"_s,
            u"%1 < %2"_s.arg(lastReply, midnight("2026-05-01"))},
        {"last_reply after", uR"([{"field":"last_reply","op":"after","value":"2026-06-01"}])"_s,
            u"%1 >= %2"_s.arg(lastReply, midnight("2026-06-02"))},
        {"last_reply on", uR"([{"field":"last_reply","op":"on","value":"2026-06-05"}])"_s,
            u"date(%1, 'unixepoch') = '2026-06-05'"_s.arg(lastReply)},
        {"last_reply date_between",
            uR"([{"field":"last_reply","op":"date_between","value":["2026-05-01","2026-05-31"]}])"_s,
            u"date(%1, 'unixepoch') BETWEEN '2026-05-01' AND '2026-05-31'"_s.arg(lastReply)},
        {"last_reply is_empty", uR"([{"field":"last_reply","op":"is_empty"}])"_s, u"NOT "_s + anyReply},
        {"last_reply is_not_empty", uR"([{"field":"last_reply","op":"is_not_empty"}])"_s, anyReply},

        // ---- custom text (missing = empty)
        {"custom is", uR"([{"field":"custom","name":"nickname","op":"is","value":"żABA"}])"_s,
            field("nickname", u"value IN ('Żaba', 'żaba', 'ŻABA')"_s)},
        {"custom is_not", uR"([{"field":"custom","name":"nickname","op":"is_not","value":"o'neil"}])"_s,
            u"NOT "_s + field("nickname", u"lower(value) = 'o''neil'"_s)},
        {"custom is_any_of", uR"([{"field":"custom","name":"nickname","op":"is_any_of","value":["小龙","a_b"]}])"_s,
            field("nickname", u"value IN ('小龙', 'a_b')"_s)},
        {"custom is_none_of", uR"([{"field":"custom","name":"nickname","op":"is_none_of","value":["Żaba","star*"]}])"_s,
            u"NOT "_s + field("nickname", u"value IN ('Żaba', 'żaba', 'ŻABA', 'star*')"_s)},
        {"custom contains hostile", uR"([{"field":"custom","name":"nickname","op":"contains","value":"'; DELETE"}])"_s,
            field("nickname", u"instr(lower(value), '''; delete') > 0"_s)},
        {"custom not_contains", uR"([{"field":"custom","name":"nickname","op":"not_contains","value":"%"}])"_s,
            u"NOT "_s + field("nickname", u"instr(value, '%') > 0"_s)},
        {"custom starts_with", uR"([{"field":"custom","name":"nickname","op":"starts_with","value":"ahmed"}])"_s,
            field("nickname", u"lower(substr(value, 1, 5)) = 'ahmed'"_s)},
        {"custom is_empty", uR"([{"field":"custom","name":"nickname","op":"is_empty"}])"_s,
            u"NOT "_s + field("nickname", u"replace(value, ' ', '') <> ''"_s)},
        {"custom is_not_empty", uR"([{"field":"custom","name":"nickname","op":"is_not_empty"}])"_s,
            field("nickname", u"replace(value, ' ', '') <> ''"_s)},
        {"custom hostile name", uR"([{"field":"custom","name":"x'; DROP TABLE contacts; --","op":"is_empty"}])"_s,
            u"1"_s, June, false},
        // custom numbers ("42,5" is a number, "1.2.3" and "4e1" are not)
        {"custom eq", uR"([{"field":"custom","name":"shoe_size","op":"eq","value":42.5}])"_s,
            field("shoe_size", s_shoeSize + u" = 42.5"_s)},
        {"custom gt", uR"([{"field":"custom","name":"shoe_size","op":"gt","value":40}])"_s,
            field("shoe_size", s_shoeSize + u" > 40"_s)},
        {"custom gte", uR"([{"field":"custom","name":"shoe_size","op":"gte","value":40}])"_s,
            field("shoe_size", s_shoeSize + u" >= 40"_s)},
        {"custom lt", uR"([{"field":"custom","name":"shoe_size","op":"lt","value":0}])"_s,
            field("shoe_size", s_shoeSize + u" < 0"_s)},
        {"custom lte", uR"([{"field":"custom","name":"shoe_size","op":"lte","value":38}])"_s,
            field("shoe_size", s_shoeSize + u" <= 38"_s)},
        {"custom between", uR"([{"field":"custom","name":"shoe_size","op":"between","value":[38,42]}])"_s,
            field("shoe_size", s_shoeSize + u" BETWEEN 38 AND 42"_s)},
        // custom dates (must start with YYYY-MM-DD)
        {"custom before", uR"([{"field":"custom","name":"anniversary","op":"before","value":"2020-06-01"}])"_s,
            field("anniversary", u"value IN ('2020-05-01', '2020-05-01T10:00:00', '2019-02-29x')"_s)},
        {"custom after", uR"([{"field":"custom","name":"anniversary","op":"after","value":"2020-05-01"}])"_s,
            field("anniversary", u"value = '2021-12-31'"_s)},
        {"custom on", uR"([{"field":"custom","name":"anniversary","op":"on","value":"2020-05-01"}])"_s,
            field("anniversary", u"value IN ('2020-05-01', '2020-05-01T10:00:00')"_s)},
        {"custom date_between",
            uR"([{"field":"custom","name":"anniversary","op":"date_between","value":["2019-01-01","2020-12-31"]}])"_s,
            field("anniversary", u"value IN ('2020-05-01', '2020-05-01T10:00:00', '2019-02-29x')"_s)},

        // ---- groups
        {"empty rules", u"[]"_s, u"1"_s, June, false},
        {"nested any/all", uR"([{"match":"any","rules":[{"field":"consent","op":"is","value":"opted_in"},
                {"match":"all","rules":[{"field":"country","op":"is","value":"PL"},{"field":"orders","op":"gte","value":5}]}]}])"_s,
            u"marketing_consent = 'opted_in' OR (upper(country) = 'PL' AND orders_count >= 5)"_s},
        {"three levels",
            uR"([{"match":"any","rules":[{"field":"tags","op":"has_any","value":["vip"]},{"field":"total_spent","op":"gte","value":1000}]},
                {"match":"any","rules":[{"field":"birthday","op":"this_month"},{"field":"last_order","op":"within_days","value":30}]},
                {"field":"city","op":"not_contains","value":"o"},
                {"match":"all","rules":[]}])"_s,
            u"(%1 OR total_spent_micros >= 1000000000) AND (birthday_month = 6 OR last_order_at >= %2) "
            "AND instr(lower(city), 'o') = 0"_s.arg(tagged.arg(u"vip"_s))
                .arg(d30)},
        {"any of negatives",
            uR"({"version":1,"match":"any","rules":[{"field":"last_order","op":"not_within_days","value":90},
                {"field":"custom","name":"shoe_size","op":"is_empty"}]})"_s,
            u"coalesce(last_order_at, 0) < %1 OR NOT %2"_s.arg(d90).arg(field("shoe_size", u"trim(value) <> ''"_s))},
    };
}

QByteArray document(const QString& rules)
{
    return (rules.startsWith(u'{') ? rules : u"{\"version\":1,\"match\":\"all\",\"rules\":%1}"_s.arg(rules)).toUtf8();
}

} // namespace

class TestSegmentQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compareWithSql_data();
    void compareWithSql();
    void coversEveryOperator();
    void valuesAreNeverInTheSql();
    void preview();

private:
    void generate();
    qint64 handCount(const QString& where);

    std::unique_ptr<Test::TempWorkspace> m_workspace;
    qint64 m_total = 0;
};

void TestSegmentQuery::initTestCase()
{
    m_workspace = std::make_unique<Test::TempWorkspace>();
    QVERIFY2(m_workspace->isOpen(), qPrintable(m_workspace->errorMessage()));
    for (const QString& statement : SegmentRepository::segmentIndexes()) {
        QVERIFY(m_workspace->database().exec(statement).ok());
    }
    generate();
    m_total = handCount(u"1"_s);
    QCOMPARE(m_total, 3000);
}

// Deterministic contacts with every kind of awkward value.
void TestSegmentQuery::generate()
{
    Database& db = m_workspace->database();
    ContactRepository contacts(db);
    std::mt19937 rng(20260615);
    auto uniform = [&rng](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
    auto chance = [&rng](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    auto pick = [&](const QStringList& list) { return list.at(uniform(0, int(list.size()) - 1)); };

    const QStringList countries
        = {u"PL"_s, u"pl"_s, u"Pl"_s, u"DE"_s, u"de"_s, u"CN"_s, u"EG"_s, u"US"_s, u""_s, u"  "_s};
    const QStringList languages
        = {u"pl"_s, u"PL"_s, u"zh_TW"_s, u"ZH_tw"_s, u"zhXtw"_s, u"ar"_s, u"en"_s, u"ro"_s, u""_s, u" "_s};
    const QStringList cities = {u"Łódź"_s, u"łódź"_s, u"ŁÓDŹ"_s, u"Lodz"_s, u"Kraków"_s, u"KRAKÓW"_s, u"北京"_s,
        u"南京"_s, u"القاهرة"_s, u"Zürich"_s, u"zürich"_s, u"ZÜRICH"_s, u"Boston"_s, u"BOSTON"_s, u"boston"_s,
        u"100% Cotton"_s, u"100x Cotton"_s, u"a_b"_s, u"axb"_s, u"O'Brien"_s, u"'; DROP TABLE contacts; --"_s,
        u"back\\slash"_s, u"back/slash"_s, u"star*city"_s, u"[bracket]"_s, u"Żółw*[x]?"_s, u"Żółw123x9"_s, u"żółwik"_s,
        u""_s, u"  "_s};
    const QStringList tagPool
        = {u"vip"_s, u"VIP"_s, u"newsletter"_s, u"Ślub"_s, u"50%_off"_s, u"50x off"_s, u"o'neil"_s, u"wholesale"_s};
    const QStringList nicknames = {u"Żaba"_s, u"żaba"_s, u"ŻABA"_s, u"Zaba"_s, u"小龙"_s, u"Ahmed أحمد"_s, u"50%_x"_s,
        u"O'Neil"_s, u"x'; DELETE FROM contacts; --"_s, u""_s, u"  "_s, u"star*"_s, u"starx"_s, u"a_b"_s, u"axb"_s};
    const QStringList shoeSizes
        = {u"42"_s, u"42,5"_s, u"-3"_s, u"+7"_s, u" 40 "_s, u"abc"_s, u""_s, u"1.2.3"_s, u"38.0"_s, u"45"_s, u"4e1"_s};
    const QStringList anniversaries
        = {u"2020-05-01"_s, u"2020-05-01T10:00:00"_s, u"2021-12-31"_s, u"01/05/2020"_s, u""_s, u"2019-02-29x"_s};
    static const int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    auto exec = [&db](const QString& sql, const QVariantList& values) {
        QSqlQuery q = db.query();
        q.prepare(sql);
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        return q.exec();
    };

    auto result = db.writeTransaction([&]() -> Result<void> {
        for (int i = 0; i < 3000; ++i) {
            Contact c;
            c.phone = u"+48600%1"_s.arg(i, 6, 10, QChar(u'0'));
            c.firstName = pick(nicknames);
            c.country = pick(countries);
            c.language = pick(languages);
            c.city = pick(cities);
            const double birthday = std::uniform_real_distribution<double>(0, 1)(rng);
            if (birthday < 0.8) {
                c.birthdayMonth = uniform(1, 12);
                c.birthdayDay = uniform(1, monthDays[c.birthdayMonth - 1]);
                c.birthdayYear = chance(0.5) ? uniform(1950, 2008) : 0;
            }
            // A cluster around the year's edges and 29 February, so the windows are never empty.
            if (i % 50 == 0) {
                static const int edges[][2]
                    = {{12, 28}, {12, 31}, {1, 1}, {1, 3}, {2, 28}, {2, 29}, {3, 1}, {6, 15}, {7, 14}, {1, 4}};
                c.birthdayMonth = edges[(i / 50) % 10][0];
                c.birthdayDay = edges[(i / 50) % 10][1];
            }
            c.ordersCount = chance(0.3) ? 0 : uniform(1, 15);
            c.totalSpentMicros = c.ordersCount == 0 ? 0 : qint64(uniform(100, 300000)) * 10000;
            if (i % 37 == 0) {
                c.totalSpentMicros = 1000'000'000; // exactly 1,000
            } else if (i % 41 == 0) {
                c.totalSpentMicros = 150'500'000;
            } else if (i % 43 == 0) {
                c.totalSpentMicros = 20'000'000;
            }
            if (c.ordersCount > 0) {
                c.lastOrderAt
                    = QDateTime::fromSecsSinceEpoch(NowJune - uniform(0, 400 * 24) * 3600 - uniform(0, 3599), Qt::UTC);
            }
            c.createdAt = QDateTime::fromSecsSinceEpoch(NowJune - qint64(uniform(0, 800 * 24)) * 3600, Qt::UTC);
            auto id = contacts.insert(c);
            if (!id) {
                return id.error();
            }
            const qint64 contactId = id.value();
            // Only birthday_month known for some.
            if (i % 29 == 0) {
                exec(u"UPDATE contacts SET birthday_day = NULL, birthday_month = 5 WHERE id = ?"_s, {contactId});
            }
            for (int t = 0, n = uniform(0, 3); t < n; ++t) {
                if (auto r = contacts.addTag(contactId, pick(tagPool)); !r) {
                    return r;
                }
            }
            const double consent = std::uniform_real_distribution<double>(0, 1)(rng);
            if (consent < 0.7) {
                ConsentEvent in;
                in.occurredAt = QDateTime::fromSecsSinceEpoch(NowJune - uniform(0, 60 * 24) * 3600, Qt::UTC);
                in.method = u"web form"_s;
                in.source = u"test"_s;
                if (auto r = contacts.recordConsent(contactId, in); !r) {
                    return r;
                }
                if (chance(0.15)) {
                    ConsentEvent out = in;
                    out.action = ConsentEvent::Action::OptOut;
                    out.occurredAt = in.occurredAt.addSecs(uniform(1, 100) * 3600);
                    if (auto r = contacts.recordConsent(contactId, out); !r) {
                        return r;
                    }
                }
            } else if (consent < 0.8) {
                ConsentEvent out;
                out.action = ConsentEvent::Action::OptOut;
                out.occurredAt = QDateTime::fromSecsSinceEpoch(NowJune - uniform(0, 60 * 24) * 3600, Qt::UTC);
                out.method = u"keyword"_s;
                out.source = u"test"_s;
                if (auto r = contacts.recordConsent(contactId, out); !r) {
                    return r;
                }
            }
            if (chance(0.7)) {
                exec(u"INSERT INTO contact_fields (contact_id, name, value) VALUES (?, 'nickname', ?)"_s,
                    {contactId, pick(nicknames)});
            }
            if (chance(0.7)) {
                exec(u"INSERT INTO contact_fields (contact_id, name, value) VALUES (?, 'shoe_size', ?)"_s,
                    {contactId, pick(shoeSizes)});
            }
            if (chance(0.5)) {
                exec(u"INSERT INTO contact_fields (contact_id, name, value) VALUES (?, 'anniversary', ?)"_s,
                    {contactId, pick(anniversaries)});
            }
            // The outbox: sent messages set last_message_at, failed ones were never sent.
            for (int m = 0, n = chance(0.6) ? uniform(1, 3) : 0; m < n; ++m) {
                const bool failed = chance(0.2);
                const qint64 created = NowJune - qint64(uniform(0, 100 * 24)) * 3600 - uniform(0, 3599);
                exec(u"INSERT INTO messages (contact_id, phone, body, state, created_at, sent_at, updated_at) "
                     "VALUES (?, ?, 'Hi', ?, ?, ?, ?)"_s,
                    {contactId, c.phone, failed ? u"failed"_s : u"delivered"_s, created,
                        failed ? QVariant(QMetaType::fromType<qint64>()) : QVariant(created + 5), created});
            }
            for (int m = 0, n = chance(0.3) ? uniform(1, 2) : 0; m < n; ++m) {
                const qint64 received = NowJune - qint64(uniform(0, 60 * 24)) * 3600 - uniform(0, 3599);
                exec(u"INSERT INTO inbound (from_phone, body, received_at, contact_id, created_at) "
                     "VALUES (?, 'Thanks', ?, ?, ?)"_s,
                    {c.phone, received, contactId, received});
            }
        }
        // What the send worker and the inbox keep up to date.
        if (!exec(u"UPDATE contacts SET last_message_at = (SELECT max(sent_at) FROM messages m "
                  "WHERE m.contact_id = contacts.id)"_s,
                {})
            || !exec(u"UPDATE contacts SET last_reply_at = (SELECT max(received_at) FROM inbound i "
                     "WHERE i.contact_id = contacts.id)"_s,
                {})) {
            return Error {u"denormalise"_s};
        }
        return {};
    });
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
}

qint64 TestSegmentQuery::handCount(const QString& where)
{
    auto n = m_workspace->database().scalar(u"SELECT count(*) FROM contacts WHERE %1"_s.arg(where));
    if (!n) {
        qWarning() << n.errorMessage() << where;
        return -1;
    }
    return n.value().toLongLong();
}

void TestSegmentQuery::compareWithSql_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("now");
    QTest::addColumn<bool>("nonTrivial");
    for (const Case& c : cases()) {
        QTest::newRow(c.name) << c.rules << c.sql << c.now << c.nonTrivial;
    }
}

void TestSegmentQuery::compareWithSql()
{
    QFETCH(QString, rules);
    QFETCH(QString, sql);
    QFETCH(int, now);
    QFETCH(bool, nonTrivial);

    auto parsed = SegmentJson::parse(document(rules));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    SegmentRepository repository(m_workspace->database());
    auto count = repository.count(parsed.value(), nowOf(now));
    QVERIFY2(count.ok(), qPrintable(count.errorMessage()));
    const qint64 expected = handCount(sql);
    QCOMPARE(count.value(), expected);
    if (nonTrivial) {
        QVERIFY2(expected > 0 && expected < m_total, qPrintable(u"%1 of %2"_s.arg(expected).arg(m_total)));
    }
    // Hostile values did nothing to the data.
    QCOMPARE(handCount(u"1"_s), m_total);
}

// The table above names every operator of every field in the catalogue.
void TestSegmentQuery::coversEveryOperator()
{
    QSet<QString> covered;
    std::function<void(const SegmentRule&)> collect = [&](const SegmentRule& rule) {
        if (rule.isGroup()) {
            for (const SegmentRule& child : rule.rules) {
                collect(child);
            }
        } else {
            covered.insert(SegmentFields::id(rule.field) + u' ' + SegmentFields::id(rule.op));
        }
    };
    for (const Case& c : cases()) {
        auto parsed = SegmentJson::parse(document(c.rules));
        QVERIFY2(parsed.ok(), c.name);
        collect(parsed.value());
    }
    QStringList missing;
    int pairs = 0;
    for (const SegmentFieldInfo& info : SegmentFields::all()) {
        for (const SegmentOperatorInfo& op : info.operators) {
            ++pairs;
            if (!covered.contains(info.id + u' ' + op.id)) {
                missing.append(info.id + u' ' + op.id);
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    QCOMPARE(pairs, 114);
}

void TestSegmentQuery::valuesAreNeverInTheSql()
{
    const QString hostile = u"'; DROP TABLE contacts; --"_s;
    const SegmentRule rules = SegmentRule::group(SegmentMatch::Any,
        {SegmentRule::condition(SegmentField::City, SegmentOperator::Is, hostile),
            SegmentRule::condition(SegmentField::City, SegmentOperator::Contains, u"100%_\\"_s),
            SegmentRule::condition(SegmentField::Tags, SegmentOperator::HasAll, QJsonArray {hostile}),
            SegmentRule::customCondition(hostile, SegmentOperator::StartsWith, u"Żółw*[x]?"_s)});
    auto sql = SegmentQuery::compile(rules, nowOf(June));
    QVERIFY2(sql.ok(), qPrintable(sql.errorMessage()));
    QVERIFY(!sql.value().where.contains(u"DROP"_s));
    QVERIFY(!sql.value().where.contains(u"100%"_s));
    QVERIFY(!sql.value().where.contains(u"ółw"_s, Qt::CaseInsensitive));
    QCOMPARE(sql.value().where.count(u'?'), sql.value().bindings.size());
    QCOMPARE(sql.value().bindings,
        (QVariantList {hostile, u"%100\\%\\_\\\\%"_s, hostile, hostile, u"[Żż][óÓ][łŁ][wW][*][[][xX]][?]*"_s}));
}

void TestSegmentQuery::preview()
{
    SegmentRepository repository(m_workspace->database());
    auto rules = SegmentJson::parse(document(uR"([{"field":"city","op":"is","value":"łódź"}])"_s));
    QVERIFY(rules.ok());
    auto ids = repository.previewIds(rules.value(), 5, nowOf(June));
    QVERIFY(ids.ok());
    QSqlQuery q = m_workspace->database().query();
    QVERIFY(q.exec(u"SELECT id FROM contacts WHERE city IN ('Łódź', 'łódź', 'ŁÓDŹ') ORDER BY id LIMIT 5"_s));
    QList<qint64> expected;
    while (q.next()) {
        expected.append(q.value(0).toLongLong());
    }
    QCOMPARE(ids.value(), expected);
    auto contacts = repository.preview(rules.value(), 5, nowOf(June));
    QVERIFY(contacts.ok());
    QCOMPARE(contacts.value().size(), 5);
    QCOMPARE(contacts.value().at(0).id, expected.at(0));
    QCOMPARE(contacts.value().at(0).city.toLower(), u"łódź"_s);
}

QTEST_GUILESS_MAIN(TestSegmentQuery)
#include "TestSegmentQuery.moc"
