// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateCategories.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestTemplateCategories final : public QObject
{
    Q_OBJECT

private slots:
    void idsAreFixed();
    void category_data();
    void category();
    void userCategory();
};

void TestTemplateCategories::idsAreFixed()
{
    // Stored in workspaces and in the starter JSON: renaming one orphans data.
    QCOMPARE(TemplateCategories::ids(),
        (QStringList {u"welcome"_s, u"abandoned_cart"_s, u"order_confirmation"_s, u"shipping_update"_s,
            u"delivery_today"_s, u"birthday"_s, u"loyalty_anniversary"_s, u"flash_sale"_s, u"back_in_stock"_s,
            u"review_request"_s, u"holiday_greeting"_s, u"store_closure"_s}));
    QCOMPARE(TemplateCategories::all().size(), 12);
}

void TestTemplateCategories::category_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<bool>("transactional");

    QTest::newRow("welcome") << u"welcome"_s << u"Welcome"_s << false;
    QTest::newRow("abandoned_cart") << u"abandoned_cart"_s << u"Abandoned cart"_s << false;
    QTest::newRow("order_confirmation") << u"order_confirmation"_s << u"Order confirmation"_s << true;
    QTest::newRow("shipping_update") << u"shipping_update"_s << u"Shipping update"_s << true;
    QTest::newRow("delivery_today") << u"delivery_today"_s << u"Delivery today"_s << true;
    QTest::newRow("birthday") << u"birthday"_s << u"Birthday"_s << false;
    QTest::newRow("loyalty_anniversary") << u"loyalty_anniversary"_s << u"Loyalty anniversary"_s << false;
    QTest::newRow("flash_sale") << u"flash_sale"_s << u"Flash sale"_s << false;
    QTest::newRow("back_in_stock") << u"back_in_stock"_s << u"Back in stock"_s << false;
    QTest::newRow("review_request") << u"review_request"_s << u"Review request"_s << false;
    QTest::newRow("holiday_greeting") << u"holiday_greeting"_s << u"Holiday greeting"_s << false;
    QTest::newRow("store_closure") << u"store_closure"_s << u"Store closure"_s << false;
}

void TestTemplateCategories::category()
{
    QFETCH(QString, id);
    QFETCH(QString, displayName);
    QFETCH(bool, transactional);

    QVERIFY(TemplateCategories::contains(id));
    QCOMPARE(TemplateCategories::displayName(id), displayName);
    QCOMPARE(TemplateCategories::isTransactional(id), transactional);
    QCOMPARE(
        TemplateCategories::defaultKind(id), transactional ? Template::Kind::Transactional : Template::Kind::Marketing);
    const QList<TemplateCategories::Category> all = TemplateCategories::all();
    const auto it
        = std::find_if(all.begin(), all.end(), [&id](const TemplateCategories::Category& c) { return c.id == id; });
    QVERIFY(it != all.end());
    QCOMPARE(it->displayName, displayName);
    QCOMPARE(it->transactional, transactional);
}

void TestTemplateCategories::userCategory()
{
    // A category the user typed is shown as typed and, not being known, treated as marketing.
    QVERIFY(!TemplateCategories::contains(u"Wholesale news"_s));
    QCOMPARE(TemplateCategories::displayName(u"Wholesale news"_s), u"Wholesale news"_s);
    QVERIFY(!TemplateCategories::isTransactional(u"Wholesale news"_s));
    QCOMPARE(TemplateCategories::defaultKind(u"Wholesale news"_s), Template::Kind::Marketing);
    QCOMPARE(TemplateCategories::defaultKind(QString()), Template::Kind::Marketing);
}

QTEST_GUILESS_MAIN(TestTemplateCategories)
#include "TestTemplateCategories.moc"
