// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Saved segments, the built-ins, and `herald-cli segment`.

#include "TempWorkspace.h"
#include "contacts/ContactRepository.h"
#include "contacts/DemoWorkspace.h"
#include "segments/SegmentJson.h"
#include "segments/SegmentRepository.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QString& db, const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(HERALD_CLI_PATH), QStringList {u"--db"_s, db} + args);
    process.waitForFinished(60'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

SegmentRule countryIs(const QString& country)
{
    return SegmentRule::group(
        SegmentMatch::All, {SegmentRule::condition(SegmentField::Country, SegmentOperator::Is, country)});
}

} // namespace

class TestSegmentRepository : public QObject
{
    Q_OBJECT

private slots:
    void builtins();
    void crud();
    void unreadableRules();
    void demoWorkspace();
    void cliCountAndList();
    void cliErrors();
};

void TestSegmentRepository::builtins()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    SegmentRepository repository(temp.database());
    auto added = repository.addBuiltinSegments();
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(added.value(), 7);
    QCOMPARE(repository.addBuiltinSegments().value(), 0); // once per workspace

    auto list = repository.list();
    QVERIFY(list.ok());
    QStringList names;
    for (const Segment& s : list.value()) {
        names.append(s.name);
        QVERIFY(s.builtin);
        QVERIFY(s.rulesError.isEmpty());
        QVERIFY(!s.description.isEmpty());
    }
    QCOMPARE(names,
        (QStringList {u"All opted-in"_s, u"New subscribers (last 7 days)"_s, u"Birthday this month"_s,
            u"VIP (top spenders)"_s, u"Not messaged in 30 days"_s, u"Lapsed customers (no order in 90 days)"_s,
            u"Replied recently"_s}));
    QCOMPARE(SegmentJson::serialize(list.value().at(5).rules),
        QByteArray(
            R"({"match":"all","rules":[{"field":"last_order","op":"more_than_days_ago","value":90}],"version":1})"));
    QCOMPARE(SegmentJson::serialize(list.value().at(3).rules),
        QByteArray(R"({"match":"all","rules":[{"field":"total_spent","op":"gte","value":1000}],"version":1})"));

    // Built-ins are read-only but can be copied.
    Segment vip = list.value().at(3);
    vip.name = u"Mine"_s;
    QCOMPARE(repository.update(vip).errorMessage(),
        u"“VIP (top spenders)” is a built-in segment and cannot be changed. Duplicate it to make your own version."_s);
    QCOMPARE(repository.remove(vip.id).errorMessage(),
        u"“VIP (top spenders)” is a built-in segment and cannot be deleted."_s);
    auto copy = repository.duplicate(vip.id);
    QVERIFY(copy.ok());
    auto copied = repository.find(copy.value());
    QCOMPARE(copied.value().name, u"VIP (top spenders) (copy)"_s);
    QVERIFY(!copied.value().builtin);
    QCOMPARE(copied.value().rules, vip.rules);
    auto second = repository.duplicate(vip.id);
    QCOMPARE(repository.find(second.value()).value().name, u"VIP (top spenders) (copy 2)"_s);
}

void TestSegmentRepository::crud()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    ContactRepository contacts(temp.database());
    for (const auto& [phone, country] :
        {std::pair {u"+48600000001"_s, u"PL"_s}, {u"+48600000002"_s, u"pl"_s}, {u"+49600000003"_s, u"DE"_s}}) {
        Contact c;
        c.phone = phone;
        c.country = country;
        QVERIFY(contacts.insert(c).ok());
    }
    SegmentRepository repository(temp.database());
    Segment s;
    s.name = u"  Poland  "_s;
    s.rules = countryIs(u"PL"_s);
    auto id = repository.insert(s);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QCOMPARE(repository.find(id.value()).value().name, u"Poland"_s);
    QCOMPARE(repository.count(id.value()).value(), 2);

    s.name = u"Poland"_s;
    QCOMPARE(repository.insert(s).errorMessage(), u"A segment named “Poland” already exists."_s);
    s.name = u""_s;
    QCOMPARE(repository.insert(s).errorMessage(), u"A segment needs a name."_s);
    s.name = u"Bad"_s;
    s.rules = SegmentRule::group(
        SegmentMatch::All, {SegmentRule::condition(SegmentField::Country, SegmentOperator::WithinDays, 3)});
    QCOMPARE(repository.insert(s).errorMessage(), u"rule 1: unknown operator “within_days” for field “country”."_s);

    Segment changed = repository.find(id.value()).value();
    changed.rules = countryIs(u"de"_s);
    changed.description = u"now Germany"_s;
    QVERIFY(repository.update(changed).ok());
    QCOMPARE(repository.count(id.value()).value(), 1);
    QCOMPARE(repository.find(id.value()).value().description, u"now Germany"_s);

    // A segment a campaign uses stays.
    QVERIFY(temp.database()
                .exec(u"INSERT INTO campaigns (id, name, created_at, updated_at) VALUES (1, 'Sale', 0, 0)"_s)
                .ok());
    QVERIFY(temp.database()
                .exec(u"INSERT INTO campaign_segments (campaign_id, segment_id) VALUES (1, %1)"_s.arg(id.value()))
                .ok());
    QCOMPARE(repository.remove(id.value()).errorMessage(),
        u"“Poland” is the audience of 1 campaign(s) and cannot be deleted."_s);
    QVERIFY(temp.database().exec(u"DELETE FROM campaign_segments"_s).ok());
    QVERIFY(repository.remove(id.value()).ok());
    QCOMPARE(repository.find(id.value()).errorMessage(), u"There is no segment with id %1."_s.arg(id.value()));
}

void TestSegmentRepository::unreadableRules()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    QVERIFY(temp.database()
                .exec(u"INSERT INTO segments (id, name, rules, created_at, updated_at) "
                      "VALUES (9, 'From the future', '{\"version\":7,\"rules\":[]}', 0, 0)"_s)
                .ok());
    SegmentRepository repository(temp.database());
    auto segment = repository.find(9);
    QVERIFY(segment.ok());
    QVERIFY(segment.value().rulesError.contains(u"format 7"_s));
    // Never "everyone" for rules that could not be read.
    QCOMPARE(repository.count(9).errorMessage(), segment.value().rulesError);
}

void TestSegmentRepository::demoWorkspace()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    auto populated = DemoWorkspace::populate(temp.database(), 40);
    QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));
    auto n = temp.database().scalar(u"SELECT count(*) FROM segments WHERE builtin = 1"_s);
    QCOMPARE(n.value().toInt(), 7);
}

void TestSegmentRepository::cliCountAndList()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    ContactRepository contacts(temp.database());
    for (int i = 0; i < 5; ++i) {
        Contact c;
        c.phone = u"+4860000000%1"_s.arg(i);
        c.country = i < 3 ? u"PL"_s : u"DE"_s;
        c.city = i == 0 ? u"Łódź"_s : u"'; DROP TABLE contacts; --"_s;
        c.totalSpentMicros = i * 600'000'000LL;
        QVERIFY(contacts.insert(c).ok());
    }
    temp.close();
    const QString db = temp.path();

    Run run = cli(db,
        {u"--json"_s, u"segment"_s, u"count"_s, u"--rules"_s,
            uR"({"version":1,"match":"all","rules":[{"field":"country","op":"is","value":"pl"}]})"_s});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.trimmed(), u"{\"count\":3}"_s);

    run = cli(db,
        {u"segment"_s, u"count"_s, u"--rules"_s,
            uR"({"version":1,"rules":[{"field":"city","op":"is","value":"'; DROP TABLE contacts; --"}]})"_s});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.trimmed(), u"4"_s);

    run = cli(db, {u"--json"_s, u"segment"_s, u"list"_s});
    QCOMPARE(run.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(list.size(), 7);
    QCOMPARE(list.at(3).toObject().value(u"name"_s).toString(), u"VIP (top spenders)"_s);
    QCOMPARE(list.at(3).toObject().value(u"count"_s).toInt(), 3); // 1,200, 1,800 and 2,400 spent
    QCOMPARE(list.at(0).toObject().value(u"count"_s).toInt(), 0); // nobody opted in
    const int vipId = list.at(3).toObject().value(u"id"_s).toInt();

    run = cli(db, {u"segment"_s, u"list"_s});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts).at(3), u"%1\tVIP (top spenders)\t3"_s.arg(vipId));

    run = cli(db, {u"--json"_s, u"segment"_s, u"count"_s, u"--id"_s, QString::number(vipId)});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.trimmed(), u"{\"count\":3}"_s);

    run = cli(db, {u"--json"_s, u"segment"_s, u"show"_s, QString::number(vipId)});
    QCOMPARE(run.code, 0);
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(shown.value(u"name"_s).toString(), u"VIP (top spenders)"_s);
    QCOMPARE(shown.value(u"count"_s).toInt(), 3);
    QCOMPARE(shown.value(u"builtin"_s).toBool(), true);
    QCOMPARE(shown.value(u"rules"_s).toObject().value(u"version"_s).toInt(), 1);

    run = cli(db, {u"segment"_s, u"show"_s, QString::number(vipId)});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(u"name: VIP (top spenders)\n"_s));
    QVERIFY(run.out.contains(
        u"rules: {\"match\":\"all\",\"rules\":[{\"field\":\"total_spent\",\"op\":\"gte\",\"value\":1000}],\"version\":1}\n"_s));
    QVERIFY(run.out.contains(u"count: 3\n"_s));

    // The data survived every hostile value.
    QVERIFY(temp.reopen());
    QCOMPARE(ContactRepository(temp.database()).count().value(), 5);
}

void TestSegmentRepository::cliErrors()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    temp.close();
    const QString db = temp.path();

    Run run = cli(db,
        {u"segment"_s, u"count"_s, u"--rules"_s,
            uR"({"version":1,"rules":[{"match":"any","rules":[{"field":"country","op":"near"}]}]})"_s});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.err.trimmed(), u"herald-cli: rule 1.1: unknown operator “near” for field “country”."_s);

    run = cli(db, {u"segment"_s, u"count"_s, u"--rules"_s, u"{nope"_s});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.startsWith(u"herald-cli: The segment rules are not valid JSON"_s));

    run = cli(db, {u"segment"_s, u"count"_s});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(u"segment count needs either --rules or --id"_s));

    run = cli(db, {u"segment"_s, u"count"_s, u"--id"_s, u"999"_s});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err.trimmed(), u"herald-cli: There is no segment with id 999."_s);

    run = cli(db, {u"segment"_s, u"show"_s});
    QCOMPARE(run.code, 2);
    run = cli(db, {u"segment"_s, u"frobnicate"_s});
    QCOMPARE(run.code, 2);
}

QTEST_GUILESS_MAIN(TestSegmentRepository)
#include "TestSegmentRepository.moc"
