// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "campaigns/CampaignRepository.h"
#include "providers/ProviderAccount.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The outbox gets exactly the text the editor previewed, counted the way the campaign's
// account will send it.
class TestCampaignText final : public QObject
{
    Q_OBJECT

private slots:
    void partsFollowTheAccountsShiftTables();
    void sendWithoutDiacriticsAppliesToNames();

private:
    static qint64 account(Database& db, const QString& name, const QJsonObject& options);
    static QPair<QString, int> launchOne(Database& db, qint64 accountId, const QString& body, bool transliterate);
};

qint64 TestCampaignText::account(Database& db, const QString& name, const QJsonObject& options)
{
    ProviderAccount a;
    a.name = name;
    a.provider = u"simulator"_s;
    a.sender = u"+15005550006"_s;
    a.options = options;
    return ProviderAccounts(db).add(a).value();
}

QPair<QString, int> TestCampaignText::launchOne(Database& db, qint64 accountId, const QString& body, bool transliterate)
{
    CampaignDraft draft;
    draft.name = u"Test"_s;
    draft.body = body;
    draft.allContacts = true;
    draft.accountId = accountId;
    draft.marketing = false;
    CampaignRepository campaigns(db);
    const qint64 id = campaigns.create(draft).value();
    if (transliterate) {
        (void)db.exec(u"UPDATE campaigns SET options = '{\"transliterate\": true}' WHERE id = %1"_s.arg(id));
    }
    if (!campaigns.launch(id, u"Sklep"_s)) {
        return {};
    }
    QSqlQuery q = db.query();
    q.exec(u"SELECT body, segments FROM messages WHERE campaign_id = %1"_s.arg(id));
    q.next();
    return {q.value(0).toString(), q.value(1).toInt()};
}

void TestCampaignText::partsFollowTheAccountsShiftTables()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.database()
                .exec(u"INSERT INTO contacts (phone, first_name, language, created_at, updated_at) "
                      "VALUES ('+905321234567', 'Ayşe', 'tr', 0, 0)"_s)
                .ok());
    const QString body = u"Merhaba {first_name}! "_s + QString(130, u'a'); // ş forces UCS-2 without tables
    const qint64 plain = account(temp.database(), u"Plain"_s, {});
    const qint64 turkish = account(temp.database(), u"Turkish"_s, {{u"national_language_tables"_s, u"tr"_s}});
    const auto withoutTables = launchOne(temp.database(), plain, body, false);
    QCOMPARE(withoutTables.second, 3); // 150 UCS-2 units
    const auto withTables = launchOne(temp.database(), turkish, body, false);
    QCOMPARE(withTables.first, withoutTables.first); // same text…
    QCOMPARE(withTables.second, 1); // …one part with the Turkish single shift (151 of 155 septets)
}

void TestCampaignText::sendWithoutDiacriticsAppliesToNames()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.database()
                .exec(u"INSERT INTO contacts (phone, first_name, language, created_at, updated_at) "
                      "VALUES ('+48601234567', 'Jędrzej', 'pl', 0, 0)"_s)
                .ok());
    const qint64 plain = account(temp.database(), u"Plain"_s, {});
    const auto sent = launchOne(temp.database(), plain, u"Cześć {first_name}, zapraszamy do {shop}!"_s, true);
    QCOMPARE(sent.first, u"Czesc Jedrzej, zapraszamy do Sklep!"_s);
    QCOMPARE(sent.second, 1);
    const auto kept = launchOne(temp.database(), plain, u"Cześć {first_name}!"_s, false);
    QCOMPARE(kept.first, u"Cześć Jędrzej!"_s);
}

QTEST_GUILESS_MAIN(TestCampaignText)
#include "TestCampaignText.moc"
