// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactsFixture.h"

#include "storage/Database.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Herald::Bench
{

namespace
{

// Bump when the generated data changes, so that an old file is rebuilt.
const QString s_version = u"1"_s;

// Deterministic pseudo-random numbers in SQL, one stream per salt.
QString hash(int salt)
{
    static const char* const primes[]
        = {"2654435761", "2246822519", "3266489917", "668265263", "374761393", "2869860233", "1597334677"};
    return u"(((x.i * %1) % 2147483647) * 48271 % 2147483629)"_s.arg(QLatin1StringView(primes[salt % 7]));
}

QString jsonArray(const QStringList& values)
{
    QStringList quoted;
    for (const QString& value : values) {
        quoted << u"\"%1\""_s.arg(value);
    }
    return u"'[%1]'"_s.arg(quoted.join(u','));
}

// The element h % n of a JSON array literal.
QString pick(const QString& array, qsizetype n, const QString& h)
{
    return u"json_extract(%1, '$[' || (%2 % %3) || ']')"_s.arg(array, h, QString::number(n));
}

} // namespace

bool hasContacts(Database& database, int count)
{
    auto version = database.scalar(u"SELECT value FROM workspace_meta WHERE key = 'bench_contacts'"_s);
    auto n = database.scalar(u"SELECT max(id) FROM contacts"_s);
    return version && n && version.value().toString() == u"%1/%2"_s.arg(s_version).arg(count)
        && n.value().toInt() == count;
}

Result<void> buildContacts(Database& database, int count)
{
    // Display names and the ASCII spelling used in the email address, in the same order.
    const QStringList first = {u"Anna"_s, u"Maria"_s, u"Katarzyna"_s, u"Małgorzata"_s, u"Agnieszka"_s, u"Zofia"_s,
        u"Piotr"_s, u"Krzysztof"_s, u"Tomasz"_s, u"Paweł"_s, u"Jan"_s, u"Hans"_s, u"Jürgen"_s, u"Ursula"_s, u"Petra"_s,
        u"Lukas"_s, u"John"_s, u"Mary"_s, u"James"_s, u"Emily"_s, u"Olivia"_s, u"Oliver"_s, u"George"_s, u"Andrei"_s,
        u"Ioana"_s, u"Elena"_s, u"Mihai"_s, u"怡君"_s, u"家豪"_s, u"淑芬"_s, u"志明"_s, u"Ольга"_s, u"Иван"_s,
        u"Наталья"_s, u"Сергей"_s, u"Fatima"_s, u"Omar"_s, u"Layla"_s, u"Ahmed"_s, u"Sophie"_s};
    const QStringList firstAscii = {u"anna"_s, u"maria"_s, u"katarzyna"_s, u"malgorzata"_s, u"agnieszka"_s, u"zofia"_s,
        u"piotr"_s, u"krzysztof"_s, u"tomasz"_s, u"pawel"_s, u"jan"_s, u"hans"_s, u"juergen"_s, u"ursula"_s, u"petra"_s,
        u"lukas"_s, u"john"_s, u"mary"_s, u"james"_s, u"emily"_s, u"olivia"_s, u"oliver"_s, u"george"_s, u"andrei"_s,
        u"ioana"_s, u"elena"_s, u"mihai"_s, u"yijun"_s, u"jiahao"_s, u"shufen"_s, u"zhiming"_s, u"olga"_s, u"ivan"_s,
        u"natalya"_s, u"sergey"_s, u"fatima"_s, u"omar"_s, u"layla"_s, u"ahmed"_s, u"sophie"_s};
    const QStringList last = {u"Nowak"_s, u"Kowalski"_s, u"Kowalczyk"_s, u"Wiśniewski"_s, u"Wójcik"_s, u"Kamiński"_s,
        u"Lewandowski"_s, u"Zieliński"_s, u"Szymański"_s, u"Dąbrowski"_s, u"Müller"_s, u"Schmidt"_s, u"Schneider"_s,
        u"Fischer"_s, u"Weber"_s, u"Meyer"_s, u"Smith"_s, u"Johnson"_s, u"Williams"_s, u"Brown"_s, u"Jones"_s,
        u"Taylor"_s, u"Davies"_s, u"Popescu"_s, u"Ionescu"_s, u"Popa"_s, u"Stan"_s, u"陳"_s, u"林"_s, u"黃"_s, u"張"_s,
        u"Иванов"_s, u"Смирнов"_s, u"Кузнецов"_s, u"Попов"_s, u"Haddad"_s, u"Nasser"_s, u"Khalil"_s, u"Mansour"_s,
        u"Bauer"_s, u"Wagner"_s, u"Becker"_s, u"Hoffmann"_s, u"Walker"_s, u"Wright"_s, u"Constantin"_s, u"Dumitru"_s,
        u"Mazur"_s};
    const QStringList lastAscii = {u"nowak"_s, u"kowalski"_s, u"kowalczyk"_s, u"wisniewski"_s, u"wojcik"_s,
        u"kaminski"_s, u"lewandowski"_s, u"zielinski"_s, u"szymanski"_s, u"dabrowski"_s, u"mueller"_s, u"schmidt"_s,
        u"schneider"_s, u"fischer"_s, u"weber"_s, u"meyer"_s, u"smith"_s, u"johnson"_s, u"williams"_s, u"brown"_s,
        u"jones"_s, u"taylor"_s, u"davies"_s, u"popescu"_s, u"ionescu"_s, u"popa"_s, u"stan"_s, u"chen"_s, u"lin"_s,
        u"huang"_s, u"zhang"_s, u"ivanov"_s, u"smirnov"_s, u"kuznetsov"_s, u"popov"_s, u"haddad"_s, u"nasser"_s,
        u"khalil"_s, u"mansour"_s, u"bauer"_s, u"wagner"_s, u"becker"_s, u"hoffmann"_s, u"walker"_s, u"wright"_s,
        u"constantin"_s, u"dumitru"_s, u"mazur"_s};
    const QStringList domains
        = {u"gmail.com"_s, u"wp.pl"_s, u"outlook.com"_s, u"yahoo.com"_s, u"gmx.de"_s, u"mail.ru"_s, u"icloud.com"_s};
    const QString firstArray = jsonArray(first);
    const QString firstAsciiArray = jsonArray(firstAscii);
    const QString lastArray = jsonArray(last);
    const QString lastAsciiArray = jsonArray(lastAscii);
    const QString domainArray = jsonArray(domains);
    const QString h1 = hash(1), h2 = hash(2), h3 = hash(3), h4 = hash(4), h5 = hash(5);
    const qint64 now = 1781524800; // 2026-06-15 12:00 UTC

    // Seven countries in turn; the row number makes every phone unique.
    const QString insert = uR"(
        INSERT INTO contacts (id, phone, phone_type, first_name, last_name, email, country, language,
                              birthday_month, birthday_day, total_spent_micros, currency, orders_count,
                              marketing_consent, consent_changed_at, source, created_at, updated_at)
        WITH RECURSIVE x(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM x WHERE i < %1)
        SELECT x.i,
               CASE x.i % 7 WHEN 0 THEN '+4850' WHEN 1 THEN '+491512' WHEN 2 THEN '+1202' WHEN 3 THEN '+44770'
                            WHEN 4 THEN '+4072' WHEN 5 THEN '+88691' ELSE '+7916' END || substr('000000' || x.i, -7, 7),
               'mobile', %2, %3,
               %4 || '.' || %5 || (x.i % 97) || '@' || %6,
               CASE x.i % 7 WHEN 0 THEN 'PL' WHEN 1 THEN 'DE' WHEN 2 THEN 'US' WHEN 3 THEN 'GB' WHEN 4 THEN 'RO'
                            WHEN 5 THEN 'TW' ELSE 'RU' END,
               CASE x.i % 7 WHEN 0 THEN 'pl' WHEN 1 THEN 'de' WHEN 2 THEN 'en' WHEN 3 THEN 'en' WHEN 4 THEN 'ro'
                            WHEN 5 THEN 'zh_TW' ELSE 'ru' END,
               CASE WHEN %7 % 4 = 0 THEN NULL ELSE 1 + %7 % 12 END,
               CASE WHEN %7 % 4 = 0 THEN NULL ELSE 1 + %8 % 28 END,
               CASE WHEN %9 % 10 < 3 THEN 0 ELSE (%9 % 300000) * 10000 END,
               CASE x.i % 7 WHEN 0 THEN 'PLN' WHEN 1 THEN 'EUR' WHEN 3 THEN 'GBP' WHEN 4 THEN 'RON' WHEN 5 THEN 'TWD'
                            WHEN 6 THEN 'RUB' ELSE 'USD' END,
               CASE WHEN %9 % 10 < 3 THEN 0 ELSE 1 + %9 % 15 END,
               CASE WHEN %8 % 20 < 17 THEN 'opted_in' WHEN %8 % 20 = 17 THEN 'opted_out' ELSE 'unknown' END,
               CASE WHEN %8 % 20 < 18 THEN %10 - %7 % (700 * 86400) ELSE NULL END,
               'bench', %10 - (%1 - x.i) * 60, %10
        FROM x)"_s.arg(QString::number(count), pick(firstArray, first.size(), h1), pick(lastArray, last.size(), h2),
        pick(firstAsciiArray, firstAscii.size(), h1), pick(lastAsciiArray, lastAscii.size(), h2),
        pick(domainArray, domains.size(), h3), h4, h5, hash(6), QString::number(now));
    const QStringList statements = {
        insert,
        u"INSERT INTO tags (id, name) VALUES (1, 'vip'), (2, 'newsletter'), (3, 'wholesale')"_s,
        u"INSERT INTO contact_tags (contact_id, tag_id) SELECT id, 1 FROM contacts WHERE id % 33 = 5"_s,
        u"INSERT INTO contact_tags (contact_id, tag_id) SELECT id, 2 FROM contacts WHERE id % 4 = 1"_s,
        u"INSERT INTO contact_tags (contact_id, tag_id) SELECT id, 3 FROM contacts WHERE id % 50 = 7"_s,
        u"INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('bench_contacts', '%1/%2')"_s.arg(s_version).arg(
            count),
    };
    auto done = database.writeTransaction([&]() -> Result<void> {
        for (const QString& statement : statements) {
            if (auto r = database.exec(statement); !r) {
                return r;
            }
        }
        return {};
    });
    if (!done) {
        return done;
    }
    // Merge the search index's segments, as a long-lived workspace would have them.
    if (auto r = database.exec(u"INSERT INTO contacts_fts (contacts_fts) VALUES ('optimize')"_s); !r) {
        return r;
    }
    return database.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

} // namespace Herald::Bench
