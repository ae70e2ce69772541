// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InboxFixture.h"
#include "TempWorkspace.h"
#include "inbox/Inbox.h"
#include "inbox/InboxReply.h"
#include "providers/simulator/Simulator.h"
#include "sending/SendService.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// A reply typed in the inbox goes out through the existing send worker (its Poller sends one-off
// outbox rows after each round) to the built-in Simulator on 127.0.0.1, and reaches "delivered".
class TestInboxDelivery final : public QObject
{
    Q_OBJECT

private slots:
    void replyReachesDeliveredThroughTheSimulator();
};

void TestInboxDelivery::replyReachesDeliveredThroughTheSimulator()
{
    TempWorkspace workspace;
    QVERIFY(workspace.isOpen());
    InboxFixture fixture(workspace.database());
    QVERIFY(fixture.ok);

    Simulator::Options options;
    options.replyRate = 0; // no replies of its own: the test watches one message
    options.sendLatencyMinMs = 5;
    options.sendLatencyMaxMs = 20;
    options.deliveryLatencyMinMs = 5;
    options.deliveryLatencyMaxMs = 20;
    Simulator simulator(options);
    QVERIFY(simulator.start(0).ok());
    QCOMPARE(simulator.url().host(), u"127.0.0.1"_s);

    const ConversationKey anna {fixture.anna, {}};
    const QString body = u"Yes, we ship to Gdańsk within two days."_s;
    auto queued = InboxReply(workspace.database()).queue(anna, body);
    QVERIFY2(queued, qPrintable(queued.errorMessage()));
    QCOMPARE(queued->accountId, fixture.simulatorId);

    PollAccount account;
    account.accountId = fixture.simulatorId;
    account.access.baseUrl = simulator.url();
    account.access.credentials = ProviderAccounts::simulatorCredentials();
    PollOptions pollOptions;
    pollOptions.requestTimeoutMs = 5000;
    SendService service(workspace.path());
    QSignalSpy rounds(&service, &SendService::pollRoundFinished);

    const auto state = [&] {
        return workspace.database()
            .scalar(u"SELECT state FROM messages WHERE id = ?"_s, {queued->messageId})
            .value()
            .toString();
    };
    // One round sends it; later rounds (statuses included) read its delivery report. Bounded:
    // at most 20 rounds or 30 seconds.
    QDeadlineTimer deadline(30000);
    int requested = 0;
    while (state() != u"delivered"_s && !deadline.hasExpired() && requested < 20) {
        service.pollOnce({account}, pollOptions);
        ++requested;
        QVERIFY(rounds.wait(int(qMax<qint64>(1, deadline.remainingTime()))));
        QTest::qWait(50); // the Simulator moves the message on to delivered
    }
    QCOMPARE(state(), u"delivered"_s);

    // Exactly one message reached the Simulator, to Anna, with the reply's text.
    int toAnna = 0;
    for (const Simulator::LedgerEntry& entry : simulator.ledger()) {
        if (entry.to == u"+48600000001"_s) {
            ++toAnna;
            QCOMPARE(entry.body, body);
        }
    }
    QCOMPARE(toAnna, 1);

    // The inbox shows it in the conversation with its state.
    auto history = Inbox(workspace.database()).history(anna);
    QVERIFY(history);
    QCOMPARE(history->constLast().body, body);
    QCOMPARE(InboxTexts::stateText(history->constLast().state), u"Delivered"_s);
}

QTEST_GUILESS_MAIN(TestInboxDelivery)
#include "TestInboxDelivery.moc"
