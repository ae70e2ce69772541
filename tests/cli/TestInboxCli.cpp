// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../core/inbox/InboxFixture.h"
#include "TempWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// herald-cli inbox list/show/reply/handled on the prepared inbox (InboxFixture).
class TestInboxCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listAsJsonAndText();
    void unreadOnly();
    void showReplyAndHandled();
    void badUsageAndRefusals();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const
        {
            return QJsonDocument::fromJson(out.toUtf8()).object();
        }
    };
    Run cli(const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral(HERALD_CLI_PATH), QStringList {u"--db"_s, m_workspace->path()} + args);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    std::unique_ptr<TempWorkspace> m_workspace;
    InboxFixture* m_fixture = nullptr;
    qint64 m_anna = 0;
    qint64 m_boris = 0;
};

void TestInboxCli::init()
{
    m_workspace = std::make_unique<TempWorkspace>();
    QVERIFY(m_workspace->isOpen());
    InboxFixture fixture(m_workspace->database());
    QVERIFY(fixture.ok);
    m_anna = fixture.anna;
    m_boris = fixture.boris;
    m_workspace->close(); // the CLI must be able to take the workspace's lock
}

void TestInboxCli::cleanup()
{
    m_workspace.reset();
}

void TestInboxCli::listAsJsonAndText()
{
    const Run run = cli({u"--json"_s, u"inbox"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(u"total_conversations"_s).toInt(), 4);
    QCOMPARE(json.value(u"unread_messages"_s).toInt(), 6);
    const QJsonArray list = json.value(u"conversations"_s).toArray();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).toObject().value(u"phone"_s).toString(), u"+48600000099"_s);
    QVERIFY(list.at(0).toObject().value(u"contact_id"_s).isNull());
    const QJsonObject anna = list.at(1).toObject();
    QCOMPARE(anna.value(u"name"_s).toString(), u"Anna Nowak"_s);
    QCOMPARE(anna.value(u"contact_id"_s).toInteger(), m_anna);
    QCOMPARE(anna.value(u"unread"_s).toInt(), 2);
    QCOMPARE(anna.value(u"messages"_s).toInt(), 2);
    QCOMPARE(anna.value(u"campaign"_s).toString(), u"Winter sale"_s);
    QCOMPARE(anna.value(u"last_body"_s).toString(), u"Thanks, 100% happy!"_s);
    QCOMPARE(anna.value(u"last_at"_s).toString(), u"2026-01-01T00:33:20Z"_s);
    const QJsonObject boris = list.at(3).toObject();
    QCOMPARE(boris.value(u"keywords"_s).toArray(), (QJsonArray {u"STOP"_s, u"HELP"_s}));
    QCOMPARE(boris.value(u"handled"_s).toBool(), true);
    QCOMPARE(boris.value(u"campaign"_s).toString(), u"Spring news"_s);

    const Run text = cli({u"inbox"_s, u"list"_s});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1).split(u'\t').mid(0, 3), (QStringList {u"2"_s, u"Anna Nowak"_s, QString::number(m_anna)}));
    QVERIFY(lines.at(3).contains(u"STOP,HELP"_s));

    const Run search = cli({u"--json"_s, u"inbox"_s, u"list"_s, u"--search"_s, u"stock"_s});
    QCOMPARE(search.json().value(u"conversations"_s).toArray().size(), 1);
}

void TestInboxCli::unreadOnly()
{
    QCOMPARE(cli({u"inbox"_s, u"handled"_s, QString::number(m_anna)}).exitCode, 0); // handled reads too
    const Run run = cli({u"--json"_s, u"inbox"_s, u"list"_s, u"--unread"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = run.json().value(u"conversations"_s).toArray();
    QCOMPARE(list.size(), 3);
    for (const QJsonValue& c : list) {
        QVERIFY(c.toObject().value(u"unread"_s).toInt() > 0);
        QVERIFY(c.toObject().value(u"name"_s).toString() != u"Anna Nowak"_s);
    }
}

void TestInboxCli::showReplyAndHandled()
{
    const Run reply = cli({u"--json"_s, u"inbox"_s, u"reply"_s, u"+48600000001"_s, u"--body"_s, u"See you soon!"_s});
    QCOMPARE(reply.exitCode, 0);
    QVERIFY(reply.json().value(u"id"_s).toInteger() > 0);
    QCOMPARE(reply.json().value(u"account"_s).toString(), u"Simulator"_s);
    QCOMPARE(reply.json().value(u"segments"_s).toInt(), 1);

    const Run show = cli({u"--json"_s, u"inbox"_s, u"show"_s, QString::number(m_anna)});
    QCOMPARE(show.exitCode, 0);
    const QJsonArray messages = show.json().value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 4); // campaign, two replies, our answer
    QCOMPARE(messages.at(0).toObject().value(u"direction"_s).toString(), u"out"_s);
    QCOMPARE(messages.at(1).toObject().value(u"direction"_s).toString(), u"in"_s);
    const QJsonObject last = messages.at(3).toObject();
    QCOMPARE(last.value(u"body"_s).toString(), u"See you soon!"_s);
    QCOMPARE(last.value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(last.value(u"kind"_s).toString(), u"transactional"_s);

    // Answering handled the conversation; --undo opens it again.
    const Run open = cli({u"--json"_s, u"inbox"_s, u"list"_s, u"--open"_s});
    QCOMPARE(open.json().value(u"conversations"_s).toArray().size(), 2);
    const Run undo = cli({u"--json"_s, u"inbox"_s, u"handled"_s, QString::number(m_anna), u"--undo"_s});
    QCOMPARE(undo.exitCode, 0);
    QCOMPARE(undo.json().value(u"changed"_s).toInt(), 1);
    QCOMPARE(
        cli({u"--json"_s, u"inbox"_s, u"list"_s, u"--open"_s}).json().value(u"conversations"_s).toArray().size(), 3);
}

void TestInboxCli::badUsageAndRefusals()
{
    // Boris replied STOP: refused (the operation failed), with the reason, and nothing queued.
    const Run stop = cli({u"inbox"_s, u"reply"_s, QString::number(m_boris), u"--body"_s, u"Wait!"_s});
    QCOMPARE(stop.exitCode, 1);
    QVERIFY(stop.err.contains(u"suppression list"_s));
    QCOMPARE(cli({u"--json"_s, u"inbox"_s, u"show"_s, QString::number(m_boris)})
                 .json()
                 .value(u"messages"_s)
                 .toArray()
                 .size(),
        4);
    QCOMPARE(cli({u"inbox"_s}).exitCode, 2);
    QCOMPARE(cli({u"inbox"_s, u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(cli({u"inbox"_s, u"list"_s, u"--limit"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(cli({u"inbox"_s, u"reply"_s, QString::number(m_anna)}).exitCode, 2);
    QCOMPARE(cli({u"inbox"_s, u"reply"_s, u"not-a-contact"_s, u"--body"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(cli({u"inbox"_s, u"handled"_s, u"+48600000777"_s}).exitCode, 1); // never wrote
}

QTEST_GUILESS_MAIN(TestInboxCli)
#include "TestInboxCli.moc"
