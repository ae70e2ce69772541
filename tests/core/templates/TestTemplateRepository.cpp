// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "contacts/DemoWorkspace.h"
#include "templates/TemplateRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestTemplateRepository final : public QObject
{
    Q_OBJECT

private slots:
    void crudRoundTrip();
    void timestampsAreUnixSecondsUtc();
    void kindStorage_data();
    void kindStorage();
    void invalidTemplate_data();
    void invalidTemplate();
    void invalidUpdateKeepsRow();
    void missingId();
    void duplicate();
    void search_data();
    void search();
    void listOrder();
    void starterLibraryOnce();
    void starterLibraryAgainAfterDeletingBuiltins();
    void starterLibraryInsideTransaction();
    void demoWorkspaceHasStarterLibrary();

private:
    static Template sample(
        const QString& name, const QString& body, const QString& category = {}, const QString& language = {});
};

Template TestTemplateRepository::sample(
    const QString& name, const QString& body, const QString& category, const QString& language)
{
    Template t;
    t.name = name;
    t.body = body;
    t.category = category;
    t.language = language;
    return t;
}

void TestTemplateRepository::crudRoundTrip()
{
    Test::TempWorkspace temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
    TemplateRepository repository(temp.database());

    Template t
        = sample(u"  Spring sale  "_s, u"Hi {first_name|there}, spring sale at {shop}!"_s, u"flash_sale"_s, u"en"_s);
    t.builtin = true; // ignored: only the starter library adds built-in templates
    auto id = repository.insert(t);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QCOMPARE(id.value(), qint64(1));

    auto found = repository.find(id.value());
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QCOMPARE(found->id, id.value());
    QCOMPARE(found->name, u"Spring sale"_s); // trimmed
    QCOMPARE(found->category, u"flash_sale"_s);
    QCOMPARE(found->language, u"en"_s);
    QCOMPARE(found->kind, Template::Kind::Marketing);
    QCOMPARE(found->body, u"Hi {first_name|there}, spring sale at {shop}!"_s);
    QCOMPARE(found->builtin, false);
    QVERIFY(found->createdAt.isValid());
    QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(found->updatedAt, found->createdAt);

    Template changed = found.value();
    changed.name = u"Order shipped"_s;
    changed.category = u"shipping_update"_s;
    changed.language = u"pl"_s;
    changed.kind = Template::Kind::Transactional;
    changed.body = u"Paczka {field:order_number} jest w drodze: {field:tracking_url}"_s;
    auto updated = repository.update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
    auto reread = repository.find(id.value());
    QVERIFY(reread.ok());
    QCOMPARE(reread->name, u"Order shipped"_s);
    QCOMPARE(reread->category, u"shipping_update"_s);
    QCOMPARE(reread->language, u"pl"_s);
    QCOMPARE(reread->kind, Template::Kind::Transactional);
    QCOMPARE(reread->body, u"Paczka {field:order_number} jest w drodze: {field:tracking_url}"_s);
    QCOMPARE(reread->createdAt, found->createdAt);
    QVERIFY(reread->updatedAt >= found->updatedAt);

    // A template with no category and no language is stored with '' (the columns are NOT NULL).
    auto bare = repository.insert(sample(u"Bare"_s, u"Hello"_s));
    QVERIFY2(bare.ok(), qPrintable(bare.errorMessage()));
    QCOMPARE(repository.find(bare.value())->category, QString());
    QCOMPARE(temp.database()
                 .scalar(u"SELECT count(*) FROM templates WHERE category = '' AND language = ''"_s)
                 .value()
                 .toInt(),
        1);

    QVERIFY(repository.remove(id.value()).ok());
    auto gone = repository.find(id.value());
    QVERIFY(!gone.ok());
    QCOMPARE(gone.errorMessage(), u"There is no template with id 1."_s);
    QCOMPARE(repository.list().value().size(), 1);
}

void TestTemplateRepository::timestampsAreUnixSecondsUtc()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    TemplateRepository repository(temp.database());
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    auto id = repository.insert(sample(u"Welcome"_s, u"Welcome to {shop}!"_s));
    QVERIFY(id.ok());
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(temp.database()
                 .scalar(u"SELECT typeof(created_at) || ',' || typeof(updated_at) FROM templates"_s)
                 .value()
                 .toString(),
        u"integer,integer"_s);
    const qint64 stored = temp.database().scalar(u"SELECT created_at FROM templates"_s).value().toLongLong();
    QVERIFY(stored >= before && stored <= after);
    QCOMPARE(repository.find(id.value())->createdAt.toSecsSinceEpoch(), stored);
}

void TestTemplateRepository::kindStorage_data()
{
    QTest::addColumn<Template::Kind>("kind");
    QTest::addColumn<QString>("stored");
    QTest::newRow("marketing") << Template::Kind::Marketing << u"marketing"_s;
    QTest::newRow("transactional") << Template::Kind::Transactional << u"transactional"_s;
}

void TestTemplateRepository::kindStorage()
{
    QFETCH(Template::Kind, kind);
    QFETCH(QString, stored);
    QCOMPARE(templateKindToStorage(kind), stored);
    QCOMPARE(templateKindFromStorage(stored), kind);

    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    TemplateRepository repository(temp.database());
    Template t = sample(u"Kind"_s, u"Text"_s);
    t.kind = kind;
    auto id = repository.insert(t);
    QVERIFY(id.ok());
    QCOMPARE(temp.database().scalar(u"SELECT kind FROM templates"_s).value().toString(), stored);
    QCOMPARE(repository.find(id.value())->kind, kind);
}

void TestTemplateRepository::invalidTemplate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty name") << QString() << u"Hello"_s << u"A template needs a name."_s;
    QTest::newRow("blank name") << u"   "_s << u"Hello"_s << u"A template needs a name."_s;
    QTest::newRow("empty body") << u"Promo"_s << QString() << u"The template “Promo” has no message text."_s;
    QTest::newRow("blank body") << u"Promo"_s << u" \n "_s << u"The template “Promo” has no message text."_s;
    QTest::newRow("unknown placeholder")
        << u"Promo"_s << u"Hi {frist_name|there}!"_s
        << u"The message text of “Promo” is not valid: Unknown placeholder “{frist_name|there}”; use one of "
           "{first_name}, {last_name}, {shop}, {phone}, {email}, {city}, {country} or {field:NAME} for a custom "
           "field."_s;
    QTest::newRow("unclosed placeholder")
        << u"Promo"_s << u"Hi {first_name"_s
        << u"The message text of “Promo” is not valid: The placeholder “{first_name” is not closed with “}”; "
           "write “{{” for a literal brace."_s;
    QTest::newRow("bad custom field") << u"Promo"_s << u"Code {field:}"_s
                                      << u"The message text of “Promo” is not valid: The custom field name in "
                                         "“{field:}” is empty or contains characters other than letters, digits, "
                                         "“_”, “-” and “.”."_s;
}

void TestTemplateRepository::invalidTemplate()
{
    QFETCH(QString, name);
    QFETCH(QString, body);
    QFETCH(QString, error);

    const Template t = sample(name, body);
    auto valid = TemplateRepository::validate(t);
    QVERIFY(!valid.ok());
    QCOMPARE(valid.errorMessage(), error);

    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    TemplateRepository repository(temp.database());
    auto inserted = repository.insert(t);
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.errorMessage(), error);
    QCOMPARE(temp.database().scalar(u"SELECT count(*) FROM templates"_s).value().toInt(), 0);
}

void TestTemplateRepository::invalidUpdateKeepsRow()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    TemplateRepository repository(temp.database());
    auto id = repository.insert(sample(u"Promo"_s, u"Hi {first_name}"_s));
    QVERIFY(id.ok());
    Template t = repository.find(id.value()).value();
    t.body = u"Hi {name}"_s;
    auto updated = repository.update(t);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.errorMessage().contains(u"“{name}”"_s), qPrintable(updated.errorMessage()));
    QCOMPARE(repository.find(id.value())->body, u"Hi {first_name}"_s);
}

void TestTemplateRepository::missingId()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    TemplateRepository repository(temp.database());
    Template t = sample(u"Ghost"_s, u"Boo"_s);
    t.id = 42;
    QCOMPARE(repository.find(42).errorMessage(), u"There is no template with id 42."_s);
    QCOMPARE(repository.update(t).errorMessage(), u"There is no template with id 42."_s);
    QCOMPARE(repository.remove(42).errorMessage(), u"There is no template with id 42."_s);
    QCOMPARE(repository.duplicate(42).errorMessage(), u"There is no template with id 42."_s);
}

void TestTemplateRepository::duplicate()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    TemplateRepository repository(temp.database());
    QCOMPARE(repository.addStarterLibrary().value(), 72);
    const Template original = repository.list(u"Porzucony koszyk"_s).value().constFirst();
    QVERIFY(original.builtin);

    auto copyId = repository.duplicate(original.id);
    QVERIFY2(copyId.ok(), qPrintable(copyId.errorMessage()));
    QCOMPARE(copyId.value(), qint64(73));
    auto copy = repository.find(copyId.value());
    QVERIFY(copy.ok());
    QCOMPARE(copy->name, u"Porzucony koszyk (copy)"_s);
    QCOMPARE(copy->category, original.category);
    QCOMPARE(copy->language, u"pl"_s);
    QCOMPARE(copy->kind, original.kind);
    QCOMPARE(copy->body, original.body);
    QCOMPARE(copy->builtin, false); // the copy is the user's to edit
    QCOMPARE(repository.find(original.id)->name, u"Porzucony koszyk"_s);
}

void TestTemplateRepository::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("empty matches all") << QString() << QStringList {u"Spring sale"_s, u"Paczka"_s, u"Привет"_s};
    QTest::newRow("blank matches all") << u"  "_s << QStringList {u"Spring sale"_s, u"Paczka"_s, u"Привет"_s};
    QTest::newRow("name, any case") << u"SPRING"_s << QStringList {u"Spring sale"_s};
    QTest::newRow("category id") << u"shipping"_s << QStringList {u"Paczka"_s};
    QTest::newRow("category display name") << u"Shipping update"_s << QStringList {u"Paczka"_s};
    QTest::newRow("body") << u"tracking_url"_s << QStringList {u"Paczka"_s};
    // Case folding beyond ASCII, which SQLite's LIKE would not do.
    QTest::newRow("polish body, upper case") << u"ZAMÓWIENIE"_s << QStringList {u"Paczka"_s};
    QTest::newRow("cyrillic name, lower case") << u"привет"_s << QStringList {u"Привет"_s};
    QTest::newRow("no match") << u"birthday"_s << QStringList {};
}

void TestTemplateRepository::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);

    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    TemplateRepository repository(temp.database());
    QVERIFY(repository.insert(sample(u"Spring sale"_s, u"Sale at {shop}!"_s, u"flash_sale"_s, u"en"_s)).ok());
    QVERIFY(repository
                .insert(sample(u"Paczka"_s, u"Zamówienie {field:order_number}: {field:tracking_url}"_s,
                    u"shipping_update"_s, u"pl"_s))
                .ok());
    QVERIFY(repository.insert(sample(u"Привет"_s, u"Здравствуйте!"_s, u"welcome"_s, u"ru"_s)).ok());

    auto found = repository.list(search);
    QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
    QStringList foundNames;
    for (const Template& t : found.value()) {
        foundNames.append(t.name);
    }
    // list() orders by category: flash_sale, shipping_update, welcome.
    QCOMPARE(foundNames, names);
}

void TestTemplateRepository::listOrder()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    TemplateRepository repository(temp.database());
    QVERIFY(repository.insert(sample(u"B"_s, u"x"_s, u"welcome"_s, u"pl"_s)).ok());
    QVERIFY(repository.insert(sample(u"A"_s, u"x"_s, u"welcome"_s, u"pl"_s)).ok());
    QVERIFY(repository.insert(sample(u"C"_s, u"x"_s, u"welcome"_s, u"en"_s)).ok());
    QVERIFY(repository.insert(sample(u"D"_s, u"x"_s, u"birthday"_s, u"ro"_s)).ok());
    // Kept in a variable: a range-for over list().value() would outlive the temporary Result.
    auto templates = repository.list();
    QVERIFY(templates.ok());
    QStringList names;
    for (const Template& t : templates.value()) {
        names.append(t.name);
    }
    QCOMPARE(names, (QStringList {u"D"_s, u"C"_s, u"A"_s, u"B"_s}));
}

void TestTemplateRepository::starterLibraryOnce()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    TemplateRepository repository(temp.database());
    QVERIFY(repository.insert(sample(u"Mine"_s, u"Hello"_s)).ok()); // user templates do not count

    auto added = repository.addStarterLibrary();
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(added.value(), 72);
    auto again = repository.addStarterLibrary();
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again.value(), 0);

    Database& db = temp.database();
    QCOMPARE(db.scalar(u"SELECT count(*) FROM templates"_s).value().toInt(), 73);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM templates WHERE builtin = 1"_s).value().toInt(), 72);
    QCOMPARE(db.scalar(u"SELECT count(DISTINCT category || '/' || language) FROM templates WHERE builtin = 1"_s)
                 .value()
                 .toInt(),
        72);
    QCOMPARE(
        db.scalar(u"SELECT count(*) FROM templates WHERE builtin = 1 AND kind = 'transactional'"_s).value().toInt(),
        18);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM templates WHERE builtin = 1 AND kind = 'transactional' AND category "
                       "NOT IN ('order_confirmation', 'shipping_update', 'delivery_today')"_s)
                 .value()
                 .toInt(),
        0);
    QCOMPARE(
        db.scalar(u"SELECT name FROM templates WHERE category = 'welcome' AND language = 'en'"_s).value().toString(),
        u"Welcome"_s);
}

void TestTemplateRepository::starterLibraryAgainAfterDeletingBuiltins()
{
    // "If the workspace has no built-in templates yet": a user who deleted every one of them
    // can get the library back.
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    TemplateRepository repository(temp.database());
    QCOMPARE(repository.addStarterLibrary().value(), 72);
    QVERIFY(temp.database().exec(u"DELETE FROM templates WHERE builtin = 1"_s).ok());
    QCOMPARE(repository.addStarterLibrary().value(), 72);
    QCOMPARE(repository.addStarterLibrary().value(), 0);
}

void TestTemplateRepository::starterLibraryInsideTransaction()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    Database& db = temp.database();
    int added = -1;
    auto result = db.writeTransaction([&]() -> Result<void> {
        auto starter = TemplateRepository(db).addStarterLibrary();
        if (!starter) {
            return starter.error();
        }
        added = starter.value();
        return Error {u"roll back"_s};
    });
    QVERIFY(!result.ok());
    QCOMPARE(added, 72);
    // Part of the caller's transaction: its rollback takes the templates with it.
    QCOMPARE(db.scalar(u"SELECT count(*) FROM templates"_s).value().toInt(), 0);
}

void TestTemplateRepository::demoWorkspaceHasStarterLibrary()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    auto populated = DemoWorkspace::populate(temp.database(), 12);
    QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));
    QCOMPARE(temp.database().scalar(u"SELECT count(*) FROM templates WHERE builtin = 1"_s).value().toInt(), 72);
    QCOMPARE(TemplateRepository(temp.database()).addStarterLibrary().value(), 0);
}

QTEST_GUILESS_MAIN(TestTemplateRepository)
#include "TestTemplateRepository.moc"
