// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Poller.h"

#include "logging/LogCategories.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr qint64 SecondsPerDay = 24 * 60 * 60;

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString inboundDayKey(qint64 accountId)
{
    return u"inbound_polled_day.%1"_s.arg(accountId);
}

LookupQuery lookupFor(const OutboxRow& row)
{
    LookupQuery query;
    query.providerId = row.providerId;
    query.to = row.phone;
    query.body = row.body;
    query.attemptKey = row.attemptKey;
    if (row.submittedAt > 0) {
        query.notBefore = QDateTime::fromSecsSinceEpoch(row.submittedAt, Qt::UTC);
    }
    return query;
}

OutboxUpdate updateOf(
    const OutboxRow& row, OutboxUpdate::Kind kind, const QString& code = {}, const QString& message = {})
{
    OutboxUpdate u;
    u.id = row.id;
    u.kind = kind;
    u.errorCode = code;
    u.errorMessage = message;
    return u;
}

} // namespace

QJsonObject PollSummary::toJson() const
{
    return {
        {u"accounts"_s, accounts},
        {u"statuses_updated"_s, statusesUpdated},
        {u"expired"_s, expired},
        {u"status_requests"_s, statusRequests},
        {u"inbound_requests"_s, inboundRequests},
        {u"replies_stored"_s, inbound.stored},
        {u"duplicates"_s, inbound.duplicates},
        {u"opt_outs"_s, inbound.optOuts},
        {u"resubscribes"_s, inbound.resubscribes},
        {u"help_replies"_s, inbound.helpReplies},
        {u"confirmations"_s, inbound.confirmations},
        {u"cancelled"_s, inbound.cancelled},
        {u"replies_sent"_s, repliesSent},
        {u"errors"_s, QJsonArray::fromStringList(errors)},
    };
}

Poller::Poller(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_outbox(database)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<Herald::PollSummary>();
    m_timer->setSingleShot(true);
    connect(
        m_timer, &QTimer::timeout, this, [this] { startRound(m_rounds % qMax(1, m_options.statusEveryRounds) == 0); });
    m_clock.start();
}

Poller::~Poller()
{
    // Gateways are children: their pending callbacks die with them, and the database is not
    // touched from here (the owner may already have closed it).
    m_timer->stop();
}

void Poller::setAccounts(const QList<PollAccount>& accounts)
{
    if (m_roundRunning) {
        m_nextAccounts = accounts;
        return;
    }
    for (Target& target : m_targets) {
        delete target.gateway.data();
    }
    m_targets.clear();
    for (const PollAccount& account : accounts) {
        m_targets.append({account, nullptr, -1});
    }
}

void Poller::setOptions(const PollOptions& options)
{
    m_options = options;
}

void Poller::start()
{
    m_continuous = true;
    if (!m_roundRunning && !m_timer->isActive()) {
        startRound(true);
    }
}

void Poller::stop()
{
    m_continuous = false;
    m_timer->stop();
}

void Poller::pollOnce()
{
    m_timer->stop();
    startRound(true);
}

void Poller::log(const QString& line)
{
    qCInfo(lcSending).noquote() << line;
    emit logLine(line);
}

void Poller::fail(const QString& message)
{
    m_summary.errors.append(message);
    log(message);
}

void Poller::startRound(bool withStatuses)
{
    if (m_roundRunning) {
        m_roundAgain = true;
        m_againWithStatuses = m_againWithStatuses || withStatuses;
        return;
    }
    if (m_nextAccounts) {
        const QList<PollAccount> accounts = *m_nextAccounts;
        m_nextAccounts.reset();
        setAccounts(accounts);
    }
    m_roundRunning = true;
    m_withStatuses = withStatuses;
    m_summary = PollSummary();
    m_queue.clear();
    for (const Target& target : std::as_const(m_targets)) {
        m_queue.append(target.poll.accountId);
    }
    m_defaultAccountId = 0;
    if (auto fallback = ProviderAccounts(m_database).defaultAccount()) {
        m_defaultAccountId = fallback->id;
    }
    nextAccount();
}

void Poller::nextAccount()
{
    m_currentIndex = -1;
    while (!m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        qsizetype index = -1;
        for (qsizetype i = 0; i < m_targets.size(); ++i) {
            if (m_targets.at(i).poll.accountId == id) {
                index = i;
            }
        }
        if (index < 0) {
            continue;
        }
        auto account = ProviderAccounts(m_database).find(id);
        if (!account) {
            fail(account.errorMessage());
            continue;
        }
        Target& target = m_targets[index];
        if (!target.gateway) {
            GatewayConfig config;
            config.baseUrl = target.poll.access.baseUrl.isEmpty() ? QUrl(account->baseUrl) : target.poll.access.baseUrl;
            config.sender = account->sender;
            config.credentials = target.poll.access.credentials;
            config.timeoutMs = m_options.requestTimeoutMs;
            auto gateway = ProviderAccounts::createGateway(account.value(), config, m_network, this);
            if (!gateway) {
                fail(tr("Cannot poll the account “%1”: %2").arg(account->name, gateway.errorMessage()));
                continue;
            }
            target.gateway = gateway.value();
        }
        m_currentIndex = int(index);
        m_account = account.value();
        ++m_summary.accounts;
        beginInbound();
        return;
    }
    finishRound();
}

void Poller::finishRound()
{
    m_roundRunning = false;
    ++m_rounds;
    const PollSummary summary = m_summary;
    emit roundFinished(summary);
    if (m_roundAgain) {
        const bool withStatuses = m_againWithStatuses;
        m_roundAgain = false;
        m_againWithStatuses = false;
        QTimer::singleShot(0, this, [this, withStatuses] { startRound(withStatuses); });
        return;
    }
    if (m_continuous) {
        m_timer->start(qMax(0, m_options.intervalMs));
    }
}

void Poller::throttled(const std::function<void()>& request)
{
    Target& target = m_targets[m_currentIndex];
    const int spacing = target.gateway->capabilities().minPollIntervalMs;
    const qint64 now = m_clock.elapsed();
    const qint64 wait = target.lastRequestMs < 0 ? 0 : target.lastRequestMs + spacing - now;
    if (spacing <= 0 || wait <= 0) {
        target.lastRequestMs = now;
        request();
        return;
    }
    QTimer::singleShot(int(wait), this, [this, index = m_currentIndex, request] {
        m_targets[index].lastRequestMs = m_clock.elapsed();
        request();
    });
}

QDate Poller::inboundSince() const
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto stored = m_database.scalar(u"SELECT value FROM workspace_meta WHERE key = ?"_s, {inboundDayKey(m_account.id)});
    const QDate last = stored ? QDate::fromString(stored.value().toString(), Qt::ISODate) : QDate();
    if (!last.isValid() || last > today) {
        // First round for this account: replies to anything still in the status window.
        return today.addDays(-qMax(1, m_options.statusWindowDays));
    }
    // The listing filters by day (GMT): start one day early so that a reply dated just before
    // midnight and listed late is not missed. Re-read replies are recognised by their id.
    return last.addDays(-1);
}

void Poller::saveInboundDay(const QDate& day)
{
    (void)m_database.scalar(u"INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)"_s,
        {inboundDayKey(m_account.id), day.toString(Qt::ISODate)});
}

void Poller::beginInbound()
{
    if (!m_targets.at(m_currentIndex).gateway->capabilities().inboundPolling) {
        beginStatuses();
        return;
    }
    m_pages = 0;
    m_since = inboundSince();
    m_roundDay = QDateTime::currentDateTimeUtc().date();
    requestInbound(QString());
}

void Poller::requestInbound(const QString& page)
{
    throttled([this, page] {
        ++m_summary.inboundRequests;
        ++m_pages;
        m_targets.at(m_currentIndex).gateway->pollInbound(m_since, page, [this](const MessagePage& result) {
            handleInboundPage(result);
        });
    });
}

void Poller::handleInboundPage(const MessagePage& page)
{
    if (!page.ok) {
        fail(tr("Cannot read replies of “%1”: %2").arg(m_account.name, page.errorMessage));
        if (page.errorClass == SendOutcome::AccountProblem) {
            nextAccount(); // the provider refuses the account: nothing else will work either
        } else {
            beginStatuses();
        }
        return;
    }
    // Stored and acted on before the next page is asked for: a read-once provider hands each
    // reply out only once.
    InboundProcessor processor(m_database, m_options.inbound);
    auto processed = processor.process(m_account, page.messages);
    if (!processed) {
        fail(tr("Cannot store replies of “%1”: %2").arg(m_account.name, processed.errorMessage()));
        beginStatuses();
        return;
    }
    m_summary.inbound += processed.value();
    for (const QString& phone : std::as_const(processed->optedOutPhones)) {
        emit recipientOptedOut(phone);
    }
    if (!page.nextPage.isEmpty() && m_pages < m_options.maxPagesPerRound) {
        requestInbound(page.nextPage);
        return;
    }
    if (page.nextPage.isEmpty()) {
        saveInboundDay(m_roundDay); // complete: the next round may start from here
    }
    beginStatuses();
}

void Poller::beginStatuses()
{
    if (!m_withStatuses) {
        beginReplies();
        return;
    }
    const qint64 windowStart = nowSeconds() - qint64(qMax(1, m_options.statusWindowDays)) * SecondsPerDay;
    auto expired = m_outbox.expireStatuses(m_account.id, m_defaultAccountId, windowStart);
    if (!expired) {
        fail(expired.errorMessage());
    } else if (expired.value() > 0) {
        m_summary.expired += expired.value();
        log(tr("%n message(s) of “%1” got no final delivery report within %2 days; their outcome stays unknown.",
            nullptr, expired.value())
                .arg(m_account.name)
                .arg(m_options.statusWindowDays));
    }
    if (!m_targets.at(m_currentIndex).gateway->capabilities().statusPolling) {
        beginReplies();
        return;
    }
    auto awaiting = m_outbox.awaitingStatusOf(m_account.id, m_defaultAccountId, windowStart);
    if (!awaiting) {
        fail(awaiting.errorMessage());
        beginReplies();
        return;
    }
    if (awaiting->rowsByProviderId.isEmpty()) {
        beginReplies();
        return;
    }
    m_awaiting = awaiting->rowsByProviderId;
    m_seen.clear();
    m_pages = 0;
    m_since = QDateTime::fromSecsSinceEpoch(awaiting->oldestAcceptedAt, Qt::UTC).date();
    requestStatuses(QString());
}

void Poller::requestStatuses(const QString& page)
{
    throttled([this, page] {
        ++m_summary.statusRequests;
        ++m_pages;
        m_targets.at(m_currentIndex).gateway->pollStatuses(m_since, page, [this](const MessagePage& result) {
            handleStatusPage(result);
        });
    });
}

void Poller::handleStatusPage(const MessagePage& page)
{
    if (!page.ok) {
        fail(tr("Cannot read delivery reports of “%1”: %2").arg(m_account.name, page.errorMessage));
        m_awaiting.clear();
        if (page.errorClass == SendOutcome::AccountProblem) {
            nextAccount();
        } else {
            beginReplies();
        }
        return;
    }
    auto applied = m_outbox.applyStatuses(m_awaiting, page.messages);
    if (!applied) {
        fail(applied.errorMessage());
    } else {
        m_summary.statusesUpdated += applied.value();
    }
    for (const ProviderMessage& m : page.messages) {
        if (m_awaiting.contains(m.id)) {
            m_seen.insert(m.id);
        }
    }
    // Newest first: once every awaited id was on a page, older pages have nothing for us.
    if (!page.nextPage.isEmpty() && m_seen.size() < m_awaiting.size() && m_pages < m_options.maxPagesPerRound) {
        requestStatuses(page.nextPage);
        return;
    }
    m_awaiting.clear();
    m_seen.clear();
    beginReplies();
}

void Poller::beginReplies()
{
    m_repliesThisRound = 0;
    // Nothing is held in memory between rounds: a claimed row never left. A submitted or unknown
    // one may have: only a lookup decides (DESIGN §4).
    if (auto released = m_outbox.releaseClaimedOneOff(m_account.id); !released) {
        fail(released.errorMessage());
        nextAccount();
        return;
    }
    auto doubtful = m_outbox.oneOffInDoubt(m_account.id, nowSeconds() - SecondsPerDay);
    if (!doubtful) {
        fail(doubtful.errorMessage());
        nextAccount();
        return;
    }
    m_replyLookups = doubtful.value();
    nextReplyLookup();
}

void Poller::nextReplyLookup()
{
    if (m_replyLookups.isEmpty()) {
        sendNextReply();
        return;
    }
    const OutboxRow row = m_replyLookups.takeFirst();
    m_targets.at(m_currentIndex).gateway->lookup(lookupFor(row), [this, row](const LookupResult& result) {
        QList<OutboxUpdate> updates;
        switch (result.status) {
        case LookupResult::Status::Found: {
            OutboxUpdate u = updateOf(row, OutboxUpdate::Kind::Accepted);
            u.providerId = result.message.id;
            u.providerStatus = result.message.status;
            updates.append(u);
            break;
        }
        case LookupResult::Status::Absent:
            updates.append(row.attempts >= m_options.maxReplyAttempts ? updateOf(row, OutboxUpdate::Kind::Failed,
                               u"gave-up"_s, tr("No answer after %n attempt(s)", nullptr, row.attempts))
                                                                      : updateOf(row, OutboxUpdate::Kind::Pending));
            break;
        case LookupResult::Status::Unsure:
            if (row.state != u"unknown"_s) {
                updates.append(updateOf(row, OutboxUpdate::Kind::Unknown, u"lookup-failed"_s, result.errorMessage));
            }
            break;
        }
        if (auto applied = m_outbox.apply(updates); !applied) {
            fail(applied.errorMessage());
        }
        nextReplyLookup();
    });
}

void Poller::sendNextReply()
{
    if (m_repliesThisRound >= m_options.maxRepliesPerRound) {
        nextAccount();
        return;
    }
    auto claimed = m_outbox.claimOneOff(m_account.id, 1);
    if (!claimed) {
        fail(claimed.errorMessage());
        nextAccount();
        return;
    }
    if (claimed->isEmpty()) {
        nextAccount();
        return;
    }
    OutboxRow row = claimed->constFirst();
    auto withdrawn = m_outbox.markSubmitted({row.id});
    if (!withdrawn) {
        fail(withdrawn.errorMessage());
        nextAccount();
        return;
    }
    if (!withdrawn->isEmpty()) {
        sendNextReply();
        return;
    }
    ++m_repliesThisRound;
    ++row.attempts;
    row.state = u"submitted"_s;
    row.submittedAt = nowSeconds();
    OutgoingMessage message;
    message.messageId = row.id;
    message.to = row.phone;
    message.body = row.body;
    message.attemptKey = row.attemptKey;
    message.segments = row.segments;
    m_targets.at(m_currentIndex).gateway->send(message, [this, row](const SendResult& result) {
        handleReplySent(row, result);
    });
}

void Poller::handleReplySent(const OutboxRow& row, const SendResult& result)
{
    OutboxUpdate update;
    bool goOn = true;
    switch (result.outcome) {
    case SendOutcome::Accepted:
        update = updateOf(row, OutboxUpdate::Kind::Accepted);
        update.providerId = result.providerId;
        update.providerStatus = result.providerStatus;
        ++m_summary.repliesSent;
        break;
    case SendOutcome::RateLimited:
    case SendOutcome::Transient:
        // Never processed: back in line for the next round, unless it failed too often.
        update = row.attempts >= m_options.maxReplyAttempts
            ? updateOf(row, OutboxUpdate::Kind::Failed, result.errorCode, result.errorMessage)
            : updateOf(row, OutboxUpdate::Kind::Pending);
        goOn = false;
        break;
    case SendOutcome::Ambiguous:
        update = updateOf(row, OutboxUpdate::Kind::Unknown, result.errorCode, result.errorMessage);
        goOn = false;
        break;
    case SendOutcome::Permanent:
        update = updateOf(row, OutboxUpdate::Kind::Failed, result.errorCode, result.errorMessage);
        break;
    case SendOutcome::RecipientOptedOut:
        update = updateOf(row, OutboxUpdate::Kind::Skipped, result.errorCode,
            tr("The recipient unsubscribed at the provider (%1)").arg(result.errorCode));
        break;
    case SendOutcome::AccountProblem:
        update = updateOf(row, OutboxUpdate::Kind::Pending);
        fail(tr("The provider refused the account “%1”: %2 (error %3).")
                 .arg(m_account.name, result.errorMessage, result.errorCode));
        goOn = false;
        break;
    }
    if (auto applied = m_outbox.apply({update}); !applied) {
        fail(applied.errorMessage());
        goOn = false;
    }
    if (goOn) {
        sendNextReply();
    } else {
        nextAccount();
    }
}

} // namespace Herald
