// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Application.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "inbox/Conversation.h"
#include "inbox/InboxReply.h"
#include "panes/InboxPane.h"
#include "providers/ProviderAccount.h"
#include "sending/InboundProcessor.h"
#include "sending/PollingSession.h"
#include "storage/Database.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Opening a workspace starts the background polling of its accounts (here the built-in
// Simulator, run in-process on 127.0.0.1); switching workspaces restarts it, closing stops it.
class TestMainWindowPolling final : public QObject
{
    Q_OBJECT

public:
    explicit TestMainWindowPolling(Application& app)
        : m_app(app)
    {
    }

private slots:
    void openingAWorkspaceStartsPolling();

private:
    Application& m_app;
};

void TestMainWindowPolling::openingAWorkspaceStartsPolling()
{
    QFile::remove(Workspace::defaultPath());
    QSettings().clear();
    auto started = m_app.start();
    QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
    QVERIFY(ProviderAccounts::ensureSimulatorAccount(m_app.workspace()->database()).ok());

    MainWindow window(m_app);
    PollingSession* polling = window.pollingSession();
    QVERIFY(polling);
    // Secrets are read asynchronously: polling starts a moment after the window opens.
    QTRY_VERIFY2_WITH_TIMEOUT(polling->isActive(), qPrintable(polling->problems().join(u"; "_s)), 10000);
    QVERIFY(polling->accountNames().contains(ProviderAccounts::simulatorAccountName()));
    auto* label = window.findChild<QLabel*>(u"senderLabel"_s);
    QVERIFY(label);
    QVERIFY(label->toolTip().contains(ProviderAccounts::simulatorAccountName()));

    // Another workspace: the old polling ends, the new one's starts.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = m_app.openWorkspace(dir.filePath(u"second.herald"_s), false);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    QVERIFY(ProviderAccounts::ensureSimulatorAccount(m_app.workspace()->database()).ok());
    QVERIFY(window.pollingSession());
    QTRY_VERIFY_WITH_TIMEOUT(window.pollingSession()->isActive(), 10000);
    window.pollingSession()->restart(); // as after editing accounts
    QVERIFY(window.pollingSession()->isStarting());
    QTRY_VERIFY_WITH_TIMEOUT(window.pollingSession()->isActive(), 10000);
    // Switching again while secrets are still being read: the answers for the old workspace
    // are dropped, nothing reaches into its closed database.
    window.pollingSession()->restart();
    auto reopened = m_app.openWorkspace(dir.filePath(u"third.herald"_s), true);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
    QVERIFY(ProviderAccounts::ensureSimulatorAccount(m_app.workspace()->database()).ok());
    window.pollingSession()->restart();
    QTRY_VERIFY_WITH_TIMEOUT(window.pollingSession()->isActive(), 10000);
    QCOMPARE(window.pollingSession()->accountNames(), QStringList {ProviderAccounts::simulatorAccountName()});

    // A reply written in the inbox goes out at once, not at the next 30-second round (the
    // first round, started with polling, is over by then).
    QTest::qWait(2000);
    Database& db = m_app.workspace()->database();
    const QString phone = db.scalar(u"SELECT phone FROM contacts WHERE id NOT IN (SELECT contact_id FROM "
                                    "consent_events WHERE action = 'opt_out') ORDER BY id LIMIT 1"_s)
                              .value()
                              .toString();
    QVERIFY(!phone.isEmpty());
    auto simulator = ProviderAccounts(db).find(ProviderAccounts(db).defaultAccount().value().id);
    QVERIFY(simulator);
    ProviderMessage incoming;
    incoming.id = u"IN-window-1"_s;
    incoming.direction = u"inbound"_s;
    incoming.from = phone;
    incoming.to = u"+15005550006"_s;
    incoming.body = u"Do you ship abroad?"_s;
    incoming.status = u"received"_s;
    incoming.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(InboundProcessor(db).process(simulator.value(), {incoming}));
    const qint64 contactId
        = db.scalar(u"SELECT contact_id FROM inbound WHERE provider_id = 'IN-window-1'"_s).value().toLongLong();
    auto queued = InboxReply(db).queue(ConversationKey {contactId, {}}, u"Yes, everywhere in the EU."_s);
    QVERIFY2(queued, qPrintable(queued.errorMessage()));
    auto* inbox = window.findChild<InboxPane*>();
    QVERIFY(inbox);
    emit inbox->replyQueued(queued->messageId);
    QTRY_VERIFY_WITH_TIMEOUT(
        db.scalar(u"SELECT state FROM messages WHERE id = %1"_s.arg(queued->messageId)).value().toString()
            != u"pending"_s,
        10000);

    window.close();
    QVERIFY(!window.pollingSession());
}

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    Application app(argc, argv);
    TestMainWindowPolling test(app);
    return QTest::qExec(&test, argc, argv);
}

#include "TestMainWindowPolling.moc"
