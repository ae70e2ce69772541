// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendWorker.h"

#include "campaigns/CampaignRepository.h"
#include "logging/LogCategories.h"
#include "storage/Database.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

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

OutboxUpdate update(
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

SendWorker::SendWorker(QString workspacePath, SendOptions options, QObject* parent)
    : QObject(parent)
    , m_path(std::move(workspacePath))
    , m_options(options)
{
    m_options.window = qMax(1, m_options.window);
    m_options.claimBatch = qMax(m_options.window, m_options.claimBatch);
    m_clock.start();
}

SendWorker::~SendWorker()
{
    // Requests still in flight are abandoned: their rows stay "submitted" and the next start
    // settles them by lookup. What we already know is committed first.
    for (const Sender& sender : std::as_const(m_senders)) {
        if (sender.gateway != m_gateway) {
            delete sender.gateway.data();
        }
    }
    delete m_gateway.data();
    delete m_poller; // it uses the database below
    if (m_outbox && !m_results.isEmpty()) {
        (void)m_outbox->apply(m_results);
    }
    m_outbox.reset();
    m_database.reset();
}

Result<void> SendWorker::ensureOpen()
{
    if (m_database) {
        return {};
    }
    // The sending connection: FULL, so that an "accepted" mark survives a power cut.
    auto database = Database::open(m_path, Database::Durability::Full);
    if (!database) {
        return database.error();
    }
    m_database = std::move(database).value();
    // The outbox is read and written in id order, a batch at a time: plain reads and a small page
    // cache keep this connection's memory flat however large the campaign (the workspace's
    // defaults map the whole file and cache 64 MB, for browsing contacts).
    (void)m_database->exec(u"PRAGMA mmap_size = 0"_s);
    (void)m_database->exec(u"PRAGMA cache_size = -8192"_s);
    m_outbox = std::make_unique<Outbox>(*m_database);
    m_network = new QNetworkAccessManager(this);
    for (int i = 1; i < (m_options.window + 5) / 6; ++i) {
        m_extraNetworks.append(new QNetworkAccessManager(this));
    }
    m_pumpTimer = new QTimer(this);
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setTimerType(Qt::PreciseTimer); // the rate limiter's accuracy depends on it
    connect(m_pumpTimer, &QTimer::timeout, this, &SendWorker::pump);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, [this] {
        flush();
        maybeFinishSending();
    });
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &SendWorker::startPollingRound);
    return {};
}

void SendWorker::log(const QString& line)
{
    qCInfo(lcSending).noquote() << line;
    emit logLine(line);
}

Result<void> SendWorker::prepare(qint64 campaignId, const AccountAccess& access)
{
    CampaignRepository campaigns(*m_database);
    auto campaign = campaigns.find(campaignId);
    if (!campaign) {
        return campaign.error();
    }
    ProviderAccounts accounts(*m_database);
    auto account = campaign->accountId > 0 ? accounts.find(campaign->accountId) : accounts.defaultAccount();
    if (!account) {
        return account.error();
    }
    m_account = account.value();
    GatewayConfig config;
    config.baseUrl = access.baseUrl.isEmpty() ? QUrl(m_account.baseUrl) : access.baseUrl;
    // A campaign's own sender ID wins over the account's default.
    config.sender = campaign->sender.isEmpty() ? m_account.sender : campaign->sender;
    config.credentials = access.credentials;
    config.timeoutMs = m_options.requestTimeoutMs;
    auto gateway = ProviderAccounts::createGateway(m_account, config, m_network, this);
    if (!gateway) {
        return gateway.error();
    }
    m_gateway = gateway.value();
    m_senders = {Sender {m_gateway, 0}};
    for (QNetworkAccessManager* network : std::as_const(m_extraNetworks)) {
        auto extra = ProviderAccounts::createGateway(m_account, config, network, this);
        if (!extra) {
            return extra.error();
        }
        m_senders.append(Sender {extra.value(), 0});
    }

    // The Simulator has no limit of its own; real providers get the account's or a cautious default.
    const double defaultRate = m_account.isSimulator() ? 0.0 : m_gateway->capabilities().defaultRatePerSecond;
    const double rate = m_options.rateOverride >= 0 ? m_options.rateOverride
        : m_account.ratePerSecond > 0               ? m_account.ratePerSecond
                                                    : defaultRate;
    const double segmentRate
        = m_options.segmentRateOverride >= 0 ? m_options.segmentRateOverride : m_account.segmentsPerSecond();
    // A fifth of a second of burst lets the rate catch up after this thread was held up (a slow
    // fsync of a commit, timer jitter, a busy machine) without overshooting a provider's limit.
    m_messageBucket = rate > 0 ? TokenBucket(rate, rate / 5) : TokenBucket();
    m_segmentBucket = segmentRate > 0 ? TokenBucket(segmentRate, segmentRate / 5) : TokenBucket();

    const QDateTime launched = campaign->launchedAt.isValid() ? campaign->launchedAt : QDateTime::currentDateTimeUtc();
    m_pollSince = launched.toUTC().date();
    return {};
}

void SendWorker::startCampaign(qint64 campaignId, const AccountAccess& access)
{
    if (auto opened = ensureOpen(); !opened) {
        log(tr("Cannot open the workspace for sending: %1").arg(opened.errorMessage()));
        emit campaignPaused(campaignId, opened.errorMessage());
        return;
    }
    if (m_phase != Phase::Idle) {
        if (campaignId != m_campaignId || m_phase == Phase::Stopping || m_phase == Phase::Polling) {
            m_queued.append({campaignId, access});
        }
        if (m_phase == Phase::Polling && campaignId == m_campaignId) {
            finishPolling();
        }
        return;
    }
    reset();
    m_campaignId = campaignId;
    m_access = access;
    CampaignRepository campaigns(*m_database);
    auto campaign = campaigns.find(campaignId);
    if (campaign && (campaign->state == CampaignState::Completed || campaign->state == CampaignState::Cancelled)) {
        const OutboxCounts counts = m_outbox->counts(campaignId).value();
        emit campaignFinished(campaignId, campaign->state, counts);
        reset();
        startNextQueued();
        return;
    }
    if (campaign && campaign->state == CampaignState::Draft) {
        emit campaignPaused(campaignId, tr("Campaign %1 has not been launched.").arg(campaignId));
        reset();
        startNextQueued();
        return;
    }
    if (auto prepared = prepare(campaignId, access); !prepared) {
        log(tr("Campaign %1 cannot start: %2").arg(campaignId).arg(prepared.errorMessage()));
        (void)campaigns.setState(campaignId, CampaignState::Paused, prepared.errorMessage());
        emit campaignPaused(campaignId, prepared.errorMessage());
        reset();
        startNextQueued();
        return;
    }
    (void)campaigns.setState(campaignId, CampaignState::Sending);
    log(tr("Sending campaign %1 through %2").arg(campaignId).arg(m_account.name));
    m_phase = Phase::Reconciling;
    reconcile();
}

void SendWorker::reconcile()
{
    // "claimed" rows never left: they go straight back in line. "submitted" and "unknown" rows may
    // have reached the provider, so only a lookup may decide (DESIGN §4).
    auto released = m_outbox->releaseClaimed(m_campaignId);
    auto doubtful = m_outbox->inDoubt(m_campaignId);
    if (!released || !doubtful) {
        pauseWithReason(released ? doubtful.errorMessage() : released.errorMessage());
        return;
    }
    m_toReconcile = doubtful.value();
    if (m_toReconcile.isEmpty()) {
        startSending();
        return;
    }
    log(tr("Settling %n message(s) whose outcome was not recorded", nullptr, int(m_toReconcile.size())));
    reconcileNext();
}

void SendWorker::reconcileNext()
{
    while (m_phase == Phase::Reconciling && m_lookupsInFlight < m_options.window && !m_toReconcile.isEmpty()) {
        const OutboxRow row = m_toReconcile.takeFirst();
        if (m_gateway->capabilities().idempotencyKey) {
            // Sent again with its own key once sending starts; past the key's window nothing can
            // tell, so the row stays unknown.
            if (!resendWithSameKey(row, true)) {
                m_results.append(update(row, OutboxUpdate::Kind::Unknown, u"idempotency-window"_s,
                    tr("Too late to ask the provider again with the same key")));
            }
            continue;
        }
        ++m_lookupsInFlight;
        m_gateway->lookup(lookupFor(row), [this, row](const LookupResult& result) {
            --m_lookupsInFlight;
            handleLookupDone(row, result, true);
        });
    }
    if (m_phase == Phase::Reconciling && m_toReconcile.isEmpty() && m_lookupsInFlight == 0) {
        flush();
        startSending();
    }
}

void SendWorker::handleLookupDone(const OutboxRow& row, const LookupResult& result, bool reconciling)
{
    switch (result.status) {
    case LookupResult::Status::Found: {
        OutboxUpdate u = update(row, OutboxUpdate::Kind::Accepted);
        u.providerId = result.message.id;
        u.providerStatus = result.message.status;
        m_results.append(u);
        break;
    }
    case LookupResult::Status::Absent:
        if (reconciling) {
            m_results.append(update(row, OutboxUpdate::Kind::Pending));
        } else if (row.attempts >= m_options.maxAttempts) {
            m_results.append(update(row, OutboxUpdate::Kind::Failed, u"gave-up"_s,
                tr("No answer after %n attempt(s)", nullptr, row.attempts)));
        } else {
            scheduleRetry(row, backoffMs(row.attempts), true);
        }
        break;
    case LookupResult::Status::Unsure:
        // Stays "unknown": at-most-once beats a duplicate marketing SMS.
        m_results.append(update(row, OutboxUpdate::Kind::Unknown, u"lookup-failed"_s, result.errorMessage));
        break;
    }
    scheduleFlush();
    if (m_phase == Phase::Reconciling) {
        reconcileNext();
    } else if (m_phase == Phase::Stopping) {
        maybeFinishStopping();
    } else {
        pump();
    }
}

void SendWorker::startSending()
{
    m_phase = Phase::Sending;
    m_outboxExhausted = false;
    emitProgress(true);
    pump();
}

void SendWorker::schedulePump(qint64 delayMs)
{
    const int delay = int(qBound(qint64(0), delayMs, qint64(60 * 60 * 1000)));
    if (!m_pumpTimer->isActive() || m_pumpTimer->remainingTime() > delay) {
        m_pumpTimer->start(delay);
    }
}

void SendWorker::pump()
{
    if (m_phase != Phase::Sending) {
        return;
    }
    if (!m_outboxExhausted && m_ready.size() + m_armed.size() < m_options.window * 2) {
        auto claimed = m_outbox->claim(m_campaignId, m_options.claimBatch);
        if (!claimed) {
            pauseWithReason(tr("The workspace refused the next messages: %1").arg(claimed.errorMessage()));
            return;
        }
        m_outboxExhausted = claimed->isEmpty();
        m_ready.append(claimed.value());
    }

    QList<OutboxRow> toSend;
    QList<Retry> retries;
    qint64 wait = -1;
    const qint64 now = nowMs();
    while (m_inFlight + toSend.size() + retries.size() < m_options.window) {
        if (now < m_blockedUntilMs) {
            wait = m_blockedUntilMs - now; // Retry-After applies to the whole account
            break;
        }
        qsizetype retryIndex = -1;
        qint64 earliest = std::numeric_limits<qint64>::max();
        for (qsizetype i = 0; i < m_retries.size(); ++i) {
            if (m_retries.at(i).notBeforeMs <= now) {
                retryIndex = i;
                break;
            }
            earliest = qMin(earliest, m_retries.at(i).notBeforeMs);
        }
        if (retryIndex < 0 && m_armed.isEmpty() && !m_ready.isEmpty() && !arm()) {
            return;
        }
        const OutboxRow* next
            = retryIndex >= 0 ? &m_retries.at(retryIndex).row : (m_armed.isEmpty() ? nullptr : &m_armed.constFirst());
        if (!next) {
            if (earliest != std::numeric_limits<qint64>::max()) {
                wait = earliest - now;
            }
            break;
        }
        const qint64 ns = m_clock.nsecsElapsed();
        const qint64 delay = qMax(m_messageBucket.delayMs(1, ns), m_segmentBucket.delayMs(qMax(1, next->segments), ns));
        if (delay > 0) {
            wait = delay;
            break;
        }
        m_messageBucket.take(1, ns);
        m_segmentBucket.take(qMax(1, next->segments), ns);
        if (retryIndex >= 0) {
            retries.append(m_retries.takeAt(retryIndex));
        } else {
            toSend.append(m_armed.takeFirst());
        }
    }
    if (!retries.isEmpty()) {
        // A retry is another request: count it, and put an "unknown" row back to "submitted" first.
        QList<qint64> ids;
        for (const Retry& retry : std::as_const(retries)) {
            ids.append(retry.row.id);
        }
        auto marked = m_outbox->markSubmitted(ids);
        if (!marked) {
            m_retries.append(retries);
            for (auto it = toSend.crbegin(); it != toSend.crend(); ++it) {
                m_armed.prepend(*it);
            }
            pauseWithReason(tr("The workspace refused to record the next messages: %1").arg(marked.errorMessage()));
            return;
        }
        for (const Retry& retry : std::as_const(retries)) {
            if (!marked->contains(retry.row.id)) { // withdrawn rows are not sent
                toSend.append(retry.row);
            }
        }
    }
    for (const OutboxRow& row : std::as_const(toSend)) {
        send(row);
    }
    if (wait >= 0) {
        schedulePump(wait);
    }
    maybeFinishSending();
}

bool SendWorker::arm()
{
    // One FULL commit per request would cap sending at the disk's fsync rate, so rows are marked
    // "submitted" a few at a time ahead of their requests. The price after a crash is a lookup for
    // each armed row that never left (the provider answers "absent" and it goes back in line).
    const double rate = m_messageBucket.rate();
    const int batch = rate > 0 ? qBound(1, int(std::ceil(rate / 5)), MaxArmed) : MaxArmed;
    const qsizetype n = qMin<qsizetype>(batch, m_ready.size());
    QList<qint64> ids;
    ids.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        ids.append(m_ready.at(i).id);
    }
    // Results learnt so far share the commit.
    auto marked = m_outbox->markSubmitted(ids, m_results);
    if (!marked) {
        pauseWithReason(tr("The workspace refused to record the next messages: %1").arg(marked.errorMessage()));
        return false;
    }
    if (!m_results.isEmpty()) {
        m_results.clear();
        emitProgress(false);
    }
    for (qsizetype i = 0; i < n; ++i) {
        OutboxRow row = m_ready.takeFirst();
        if (marked->contains(row.id)) {
            continue; // withdrawn meanwhile (its recipient replied STOP): never sent
        }
        row.state = u"submitted"_s;
        m_armed.append(row);
    }
    if (m_armed.isEmpty()) {
        schedulePump(0); // the whole batch was withdrawn: claim and arm the next one
    }
    return true;
}

void SendWorker::send(OutboxRow row)
{
    ++row.attempts;
    row.submittedAt = QDateTime::currentSecsSinceEpoch();
    row.state = u"submitted"_s;
    ++m_inFlight;
    OutgoingMessage message;
    message.messageId = row.id;
    message.to = row.phone;
    message.body = row.body;
    message.attemptKey = row.attemptKey;
    message.segments = row.segments;
    // The least busy sender: each network manager keeps at most 6 connections to the provider.
    qsizetype best = 0;
    for (qsizetype i = 1; i < m_senders.size(); ++i) {
        if (m_senders.at(i).inFlight < m_senders.at(best).inFlight) {
            best = i;
        }
    }
    SmsGateway* gateway
        = m_senders.isEmpty() || !m_senders.at(best).gateway ? m_gateway.data() : m_senders.at(best).gateway.data();
    if (best < m_senders.size()) {
        ++m_senders[best].inFlight;
    }
    gateway->send(message, [this, row, best](const SendResult& result) {
        if (best < m_senders.size()) {
            --m_senders[best].inFlight;
        }
        handleSendDone(row, result);
    });
}

qint64 SendWorker::backoffMs(int attempt)
{
    // Exponential with jitter, so that many rows failing together do not retry together.
    const int exponent = qBound(0, attempt - 1, 16);
    const qint64 ceiling = qMin<qint64>(m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << exponent);
    return ceiling / 2 + qint64(QRandomGenerator::global()->bounded(double(ceiling) / 2));
}

void SendWorker::scheduleRetry(const OutboxRow& row, qint64 delayMs, bool needsSubmit)
{
    m_retries.append({row, nowMs() + delayMs, needsSubmit});
    if (m_phase == Phase::Sending) {
        schedulePump(delayMs);
    }
}

void SendWorker::scheduleLookup(const OutboxRow& row)
{
    ++m_lookupsScheduled;
    QTimer::singleShot(lookupDelayMs(), this, [this, row] {
        --m_lookupsScheduled;
        if (!m_gateway) {
            return;
        }
        ++m_lookupsInFlight;
        m_gateway->lookup(lookupFor(row), [this, row](const LookupResult& result) {
            --m_lookupsInFlight;
            if (result.status == LookupResult::Status::Found) {
                log(tr("Message to %1 had reached the provider after all").arg(row.phone));
            }
            handleLookupDone(row, result, false);
        });
    });
}

qint64 SendWorker::lookupDelayMs() const
{
    // A listing may lag behind the send endpoint: a lookup sooner than that proves nothing.
    const int settleMs = m_gateway ? m_gateway->capabilities().lookupSettleMs : 0;
    return qMax(m_options.lookupDelayMs, settleMs);
}

qint64 SendWorker::keyIssuedAt(const OutboxRow& row) const
{
    // The key is issued with the claim and first used after it: claimed_at is a safe lower bound.
    // submitted_at is the last request only, later than the first use after a re-send.
    QSqlQuery q = m_database->query();
    q.prepare(u"SELECT coalesce(claimed_at, 0) FROM messages WHERE id = ?"_s);
    q.addBindValue(row.id);
    if (q.exec() && q.next() && q.value(0).toLongLong() > 0) {
        return q.value(0).toLongLong();
    }
    return 0; // unknown: the window cannot be proven open
}

bool SendWorker::resendWithSameKey(const OutboxRow& row, bool now)
{
    if (!m_gateway || row.attemptKey.isEmpty()) {
        return false;
    }
    const GatewayCapabilities caps = m_gateway->capabilities();
    if (!caps.idempotencyKey || caps.idempotencyWindowSeconds <= 0) {
        return false;
    }
    auto it = m_keyedInDoubt.find(row.id);
    if (it == m_keyedInDoubt.end()) {
        it = m_keyedInDoubt.insert(row.id, KeyedResend {keyIssuedAt(row), 0});
    }
    // The re-send must arrive while the provider still remembers the key: keep a margin for the
    // backoff, the request's own time and a wait for the rate limit.
    const qint64 marginSeconds = (m_options.backoffMaxMs + m_options.requestTimeoutMs) / 1000 + 600;
    const qint64 age = QDateTime::currentSecsSinceEpoch() - it->keyIssuedAt;
    if (it->keyIssuedAt <= 0 || age + marginSeconds >= caps.idempotencyWindowSeconds) {
        log(tr("The outcome of the message to %1 stays unknown: the provider no longer recognises its key")
                .arg(row.phone));
        return false;
    }
    if (it->resends >= m_options.maxAttempts) {
        return false;
    }
    ++it->resends;
    scheduleRetry(row, now ? 0 : backoffMs(it->resends), true);
    return true;
}

void SendWorker::handleSendDone(OutboxRow row, const SendResult& result)
{
    --m_inFlight;
    switch (result.outcome) {
    case SendOutcome::Accepted: {
        if (result.duplicate) {
            log(tr("Message to %1 had reached the provider after all").arg(row.phone));
        }
        m_keyedInDoubt.remove(row.id);
        OutboxUpdate u = update(row, OutboxUpdate::Kind::Accepted);
        u.providerId = result.providerId;
        u.providerStatus = result.providerStatus;
        m_results.append(u);
        m_consecutiveFailures = 0;
        break;
    }
    case SendOutcome::RateLimited: {
        // Never processed (Twilio 20429): retry the same row with the same key, not before the
        // provider said so; the whole account waits, not just this row.
        const qint64 delay = result.retryAfterMs >= 0 ? result.retryAfterMs : backoffMs(row.attempts);
        const qint64 until = nowMs() + delay;
        if (until > m_blockedUntilMs) {
            m_blockedUntilMs = until;
            log(tr("The provider asked to slow down; waiting %1 ms").arg(delay));
        }
        scheduleRetry(row, delay, false);
        noteFailure(result);
        break;
    }
    case SendOutcome::Transient:
        if (keyInDoubt(row.id)) {
            // An earlier request with this key may have been taken: never "failed", never a new key.
            if (!resendWithSameKey(row, false)) {
                m_results.append(update(row, OutboxUpdate::Kind::Unknown, result.errorCode, result.errorMessage));
            }
        } else if (row.attempts >= m_options.maxAttempts) {
            m_results.append(update(row, OutboxUpdate::Kind::Failed, result.errorCode, result.errorMessage));
        } else {
            scheduleRetry(row, backoffMs(row.attempts), false);
        }
        noteFailure(result);
        break;
    case SendOutcome::Ambiguous:
        // The provider may have it: record that we do not know, then ask.
        m_results.append(update(row, OutboxUpdate::Kind::Unknown, result.errorCode, result.errorMessage));
        if (m_gateway && m_gateway->capabilities().idempotencyKey) {
            // The key makes asking again safe: same key, never a lookup; past its window: unknown.
            (void)resendWithSameKey(row, false);
        } else {
            scheduleLookup(row);
        }
        noteFailure(result);
        break;
    case SendOutcome::Permanent:
        m_results.append(update(row, OutboxUpdate::Kind::Failed, result.errorCode, result.errorMessage));
        break;
    case SendOutcome::RecipientOptedOut:
        m_results.append(update(row, OutboxUpdate::Kind::Skipped, result.errorCode,
            tr("The recipient unsubscribed at the provider (%1)").arg(result.errorCode)));
        emit recipientOptedOut(m_campaignId, row.phone);
        break;
    case SendOutcome::AccountProblem:
        // A row in doubt keeps its key: unknown, re-sent with it when the campaign resumes.
        if (keyInDoubt(row.id)) {
            m_results.append(update(row, OutboxUpdate::Kind::Unknown, result.errorCode, result.errorMessage));
        } else {
            m_results.append(update(row, OutboxUpdate::Kind::Pending));
        }
        pauseWithReason(tr("The provider refused the account “%1”: %2 (error %3). Check its credentials and "
                           "balance, then resume the campaign.")
                            .arg(m_account.name, result.errorMessage, result.errorCode));
        break;
    }
    if (m_results.size() >= 500) {
        flush();
    } else {
        scheduleFlush();
    }
    if (m_phase == Phase::Stopping) {
        maybeFinishStopping();
    } else {
        pump();
    }
}

void SendWorker::noteFailure(const SendResult& result)
{
    ++m_consecutiveFailures;
    if (m_consecutiveFailures >= m_options.stormThreshold && m_phase == Phase::Sending) {
        pauseWithReason(tr("The provider failed %n time(s) in a row (last: %1). Sending is paused; resume it "
                           "when the provider works again.",
            nullptr, m_consecutiveFailures)
                            .arg(result.errorMessage.isEmpty() ? result.errorCode : result.errorMessage));
    }
}

void SendWorker::scheduleFlush()
{
    if (!m_flushTimer->isActive()) {
        m_flushTimer->start(m_options.flushIntervalMs);
    }
}

bool SendWorker::flush()
{
    if (m_results.isEmpty() || !m_outbox) {
        return true;
    }
    if (auto applied = m_outbox->apply(m_results); !applied) {
        log(tr("Cannot record sending results: %1").arg(applied.errorMessage()));
        pauseWithReason(tr("The workspace cannot record sending results: %1").arg(applied.errorMessage()));
        return false;
    }
    m_results.clear();
    emitProgress(false);
    return true;
}

void SendWorker::emitProgress(bool force)
{
    if (m_campaignId == 0 || !m_outbox) {
        return;
    }
    const qint64 now = nowMs();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < m_options.progressIntervalMs) {
        return;
    }
    m_lastProgressMs = now;
    if (auto counts = m_outbox->counts(m_campaignId)) {
        emit progressChanged(m_campaignId, counts.value());
    }
}

void SendWorker::pauseWithReason(const QString& reason)
{
    if (m_phase == Phase::Stopping || m_phase == Phase::Idle) {
        return;
    }
    m_pauseReason = reason;
    if (!reason.isEmpty()) {
        log(reason);
    }
    m_phase = Phase::Stopping;
    if (m_pumpTimer) {
        m_pumpTimer->stop();
    }
    maybeFinishStopping();
}

void SendWorker::pauseCampaign(qint64 campaignId)
{
    for (qsizetype i = m_queued.size() - 1; i >= 0; --i) {
        if (m_queued.at(i).first == campaignId) {
            m_queued.removeAt(i);
        }
    }
    if (campaignId == m_campaignId && (m_phase == Phase::Sending || m_phase == Phase::Reconciling)) {
        m_cancelRequested = false;
        pauseWithReason(QString());
        return;
    }
    if (campaignId == m_campaignId && m_phase == Phase::Stopping) {
        return; // already on its way
    }
    // Not running here: just record the wish.
    if (ensureOpen()) {
        CampaignRepository campaigns(*m_database);
        auto campaign = campaigns.find(campaignId);
        if (campaign && campaign->state == CampaignState::Sending) {
            (void)campaigns.setState(campaignId, CampaignState::Paused);
        }
    }
    emit campaignPaused(campaignId, QString());
}

void SendWorker::cancelCampaign(qint64 campaignId)
{
    for (qsizetype i = m_queued.size() - 1; i >= 0; --i) {
        if (m_queued.at(i).first == campaignId) {
            m_queued.removeAt(i);
        }
    }
    if (campaignId == m_campaignId && m_phase != Phase::Idle && m_phase != Phase::Polling) {
        m_cancelRequested = true;
        if (m_phase != Phase::Stopping) {
            pauseWithReason(QString());
        }
        return;
    }
    if (!ensureOpen()) {
        return;
    }
    CampaignRepository campaigns(*m_database);
    (void)m_outbox->cancelPending(campaignId);
    (void)campaigns.setState(campaignId, CampaignState::Cancelled);
    auto counts = m_outbox->counts(campaignId);
    emit campaignFinished(campaignId, CampaignState::Cancelled, counts ? counts.value() : OutboxCounts());
}

void SendWorker::maybeFinishStopping()
{
    if (m_phase != Phase::Stopping || m_inFlight > 0 || m_lookupsInFlight > 0 || m_lookupsScheduled > 0) {
        return;
    }
    // What we hold in memory was never processed by the provider: back in line. Rows still to be
    // reconciled stay submitted/unknown and are settled on the next start.
    for (const OutboxRow& row : std::as_const(m_ready)) {
        m_results.append(update(row, OutboxUpdate::Kind::Pending));
    }
    for (const OutboxRow& row : std::as_const(m_armed)) {
        m_results.append(update(row, OutboxUpdate::Kind::Pending));
    }
    for (const Retry& retry : std::as_const(m_retries)) {
        // Rows in doubt stay unknown so that the next start re-sends them with the same key.
        m_results.append(
            update(retry.row, keyInDoubt(retry.row.id) ? OutboxUpdate::Kind::Unknown : OutboxUpdate::Kind::Pending));
    }
    m_ready.clear();
    m_armed.clear();
    m_retries.clear();
    m_toReconcile.clear();
    flush();
    const qint64 campaignId = m_campaignId;
    CampaignRepository campaigns(*m_database);
    if (m_cancelRequested) {
        (void)m_outbox->cancelPending(campaignId);
        (void)campaigns.setState(campaignId, CampaignState::Cancelled);
        log(tr("Campaign %1 cancelled").arg(campaignId));
        finishCampaign(CampaignState::Cancelled);
        return;
    }
    (void)campaigns.setState(campaignId, CampaignState::Paused, m_pauseReason);
    emitProgress(true);
    const QString reason = m_pauseReason;
    reset();
    emit campaignPaused(campaignId, reason);
    startNextQueued();
}

void SendWorker::maybeFinishSending()
{
    if (m_phase != Phase::Sending || !m_outboxExhausted || !m_ready.isEmpty() || !m_armed.isEmpty()
        || !m_retries.isEmpty() || m_inFlight > 0 || m_lookupsInFlight > 0 || m_lookupsScheduled > 0) {
        return;
    }
    if (!flush()) {
        return;
    }
    auto counts = m_outbox->counts(m_campaignId);
    if (!counts) {
        pauseWithReason(counts.errorMessage());
        return;
    }
    if (counts->pending > 0 || counts->claimed > 0) {
        m_outboxExhausted = false; // rows came back in line (a lookup found nothing)
        // Rows held for quiet hours or a local send time cannot be claimed yet: wait for the
        // first of them instead of asking the outbox again at once (no busy loop at night).
        CampaignRepository campaigns(*m_database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto held = campaigns.heldCount(m_campaignId, now);
        if (counts->claimed == 0 && held && held.value() > 0 && held.value() >= counts->pending) {
            auto next = campaigns.nextHeldSendTime(m_campaignId, now);
            const qint64 waitMs = next && next->isValid() ? qMax<qint64>(1000, now.msecsTo(next.value())) : 60000;
            log(tr("Campaign %1: %n message(s) held until the recipients' sending window opens", nullptr,
                int(qMin<qint64>(held.value(), std::numeric_limits<int>::max())))
                    .arg(m_campaignId));
            schedulePump(waitMs);
            return;
        }
        schedulePump(0);
        return;
    }
    if (counts->submitted > 0) {
        // Rows we do not hold: only a lookup may settle them.
        m_phase = Phase::Reconciling;
        reconcile();
        return;
    }
    (void)CampaignRepository(*m_database).setState(m_campaignId, CampaignState::Completed);
    log(tr("Campaign %1 handed to the provider: %2 accepted, %3 failed, %4 unknown")
            .arg(m_campaignId)
            .arg(counts->accepted + counts->sent + counts->delivered + counts->undelivered)
            .arg(counts->failed)
            .arg(counts->unknown));
    finishCampaign(CampaignState::Completed);
}

void SendWorker::finishCampaign(const QString& state)
{
    const qint64 campaignId = m_campaignId;
    auto counts = m_outbox->counts(campaignId);
    emit progressChanged(campaignId, counts ? counts.value() : OutboxCounts());
    emit campaignFinished(campaignId, state, counts ? counts.value() : OutboxCounts());
    if (state == CampaignState::Completed && m_options.pollStatusesAfterSending && m_gateway
        && m_gateway->capabilities().statusPolling) {
        m_phase = Phase::Polling;
        m_pollDeadlineMs = nowMs() + m_options.statusPollDeadlineMs;
        m_pollTimer->start(qMin(m_options.statusPollIntervalMs, 500));
        return;
    }
    reset();
    startNextQueued();
}

void SendWorker::pollStatuses(qint64 campaignId, const AccountAccess& access)
{
    if (auto opened = ensureOpen(); !opened || m_phase != Phase::Idle) {
        auto counts = opened ? m_outbox->counts(campaignId) : Result<OutboxCounts>(opened.error());
        emit statusPollingFinished(campaignId, counts ? counts.value() : OutboxCounts());
        return;
    }
    reset();
    m_campaignId = campaignId;
    if (auto prepared = prepare(campaignId, access); !prepared) {
        log(prepared.errorMessage());
        finishPolling();
        return;
    }
    m_phase = Phase::Polling;
    m_pollDeadlineMs = nowMs() + m_options.statusPollDeadlineMs;
    startPollingRound();
}

void SendWorker::startPollingRound()
{
    if (m_phase != Phase::Polling) {
        return;
    }
    auto awaiting = m_outbox->awaitingStatus(m_campaignId);
    if (!awaiting || awaiting->isEmpty() || nowMs() > m_pollDeadlineMs) {
        finishPolling();
        return;
    }
    m_awaiting = awaiting.value();
    if (m_gateway->capabilities().readOncePolling) {
        // A read-once provider (Infobip) hands each report out once, whatever campaign it belongs
        // to: apply the page to every row of the account that awaits a status, as Poller does
        // (Outbox::awaitingStatusOf), so that no other campaign's report is lost here.
        qint64 defaultAccountId = 0;
        if (auto fallback = ProviderAccounts(*m_database).defaultAccount()) {
            defaultAccountId = fallback->id;
        }
        const qint64 windowStart
            = QDateTime::currentSecsSinceEpoch() - qint64(qMax(1, PollOptions().statusWindowDays)) * 24 * 3600;
        if (auto account = m_outbox->awaitingStatusOf(m_account.id, defaultAccountId, windowStart)) {
            m_awaiting.insert(account->rowsByProviderId);
            if (account->oldestAcceptedAt > 0) {
                const QDate oldest = QDateTime::fromSecsSinceEpoch(account->oldestAcceptedAt, Qt::UTC).date();
                m_pollSince = qMin(m_pollSince, oldest);
            }
        } else {
            log(account.errorMessage());
        }
    }
    // List pages of up to 1,000 messages, never one request per message (DESIGN §7).
    m_gateway->pollStatuses(m_pollSince, QString(), [this](const MessagePage& page) { handleStatusPage(page); });
}

void SendWorker::handleStatusPage(const MessagePage& page)
{
    if (m_phase != Phase::Polling) {
        return;
    }
    if (!page.ok) {
        log(tr("Cannot read delivery reports: %1").arg(page.errorMessage));
        if (page.errorClass == SendOutcome::AccountProblem) {
            finishPolling();
        } else {
            m_pollTimer->start(m_options.statusPollIntervalMs);
        }
        return;
    }
    auto applied = m_outbox->applyStatuses(m_awaiting, page.messages);
    if (!applied) {
        log(applied.errorMessage());
    }
    if (!page.nextPage.isEmpty()) {
        m_gateway->pollStatuses(
            m_pollSince, page.nextPage, [this](const MessagePage& next) { handleStatusPage(next); });
        return;
    }
    emitProgress(true);
    auto awaiting = m_outbox->awaitingStatus(m_campaignId);
    if (!awaiting || awaiting->isEmpty()) {
        finishPolling();
        return;
    }
    m_pollTimer->start(m_options.statusPollIntervalMs);
}

void SendWorker::finishPolling()
{
    const qint64 campaignId = m_campaignId;
    auto counts = m_outbox->counts(campaignId);
    reset();
    emit statusPollingFinished(campaignId, counts ? counts.value() : OutboxCounts());
    startNextQueued();
}

void SendWorker::startNextQueued()
{
    if (m_queued.isEmpty()) {
        return;
    }
    const auto next = m_queued.takeFirst();
    QTimer::singleShot(0, this, [this, next] { startCampaign(next.first, next.second); });
}

void SendWorker::reset()
{
    if (m_pumpTimer) {
        m_pumpTimer->stop();
        m_flushTimer->stop();
        m_pollTimer->stop();
    }
    if (m_outbox && !m_results.isEmpty()) {
        (void)m_outbox->apply(m_results);
    }
    for (const Sender& sender : std::as_const(m_senders)) {
        if (sender.gateway && sender.gateway != m_gateway) {
            sender.gateway->deleteLater();
        }
    }
    m_senders.clear();
    if (m_gateway) {
        m_gateway->deleteLater();
        m_gateway = nullptr;
    }
    m_phase = Phase::Idle;
    m_campaignId = 0;
    m_ready.clear();
    m_armed.clear();
    m_retries.clear();
    m_results.clear();
    m_toReconcile.clear();
    m_awaiting.clear();
    m_keyedInDoubt.clear();
    m_outboxExhausted = false;
    m_inFlight = 0;
    m_lookupsInFlight = 0;
    m_lookupsScheduled = 0;
    m_blockedUntilMs = 0;
    m_consecutiveFailures = 0;
    m_cancelRequested = false;
    m_pauseReason.clear();
    m_lastProgressMs = -1;
}

Result<void> SendWorker::ensurePoller(const QList<PollAccount>& accounts, const PollOptions& options)
{
    if (auto opened = ensureOpen(); !opened) {
        return opened;
    }
    if (!m_poller) {
        m_poller = new Poller(*m_database, this);
        connect(m_poller, &Poller::roundFinished, this, &SendWorker::pollRoundFinished);
        connect(m_poller, &Poller::logLine, this, &SendWorker::logLine);
        connect(m_poller, &Poller::recipientOptedOut, this, &SendWorker::withdrawRecipient);
    }
    m_poller->setOptions(options);
    m_poller->setAccounts(accounts);
    return {};
}

void SendWorker::startPolling(const QList<PollAccount>& accounts, const PollOptions& options)
{
    if (auto ready = ensurePoller(accounts, options); !ready) {
        log(tr("Cannot poll for replies and delivery reports: %1").arg(ready.errorMessage()));
        PollSummary summary;
        summary.errors.append(ready.errorMessage());
        emit pollRoundFinished(summary);
        return;
    }
    m_poller->start();
}

void SendWorker::stopPolling()
{
    if (m_poller) {
        m_poller->stop();
    }
}

void SendWorker::pollOnce(const QList<PollAccount>& accounts, const PollOptions& options)
{
    if (auto ready = ensurePoller(accounts, options); !ready) {
        PollSummary summary;
        summary.errors.append(ready.errorMessage());
        emit pollRoundFinished(summary);
        return;
    }
    m_poller->pollOnce();
}

void SendWorker::withdrawRecipient(const QString& phone)
{
    // The reply's transaction cancelled the number's pending and claimed marketing rows (a claimed
    // row still in m_ready is refused by markSubmitted() when armed). Armed rows are "submitted"
    // already but their requests have not left, and rows waiting for a retry were refused
    // unprocessed or found absent: withdraw the marketing ones among those here.
    QList<qint64> ids;
    for (const OutboxRow& row : std::as_const(m_armed)) {
        if (row.phone == phone) {
            ids.append(row.id);
        }
    }
    for (const Retry& retry : std::as_const(m_retries)) {
        if (retry.row.phone == phone && !keyInDoubt(retry.row.id)) { // may have reached the provider
            ids.append(retry.row.id);
        }
    }
    if (ids.isEmpty() || !m_outbox || !flush()) { // results not yet written must not land after
        return;
    }
    auto withdrawn = m_outbox->withdrawUnsent(ids);
    if (!withdrawn) {
        log(withdrawn.errorMessage());
        return;
    }
    m_armed.removeIf([&withdrawn](const OutboxRow& row) { return withdrawn->contains(row.id); });
    m_retries.removeIf([&withdrawn](const Retry& retry) { return withdrawn->contains(retry.row.id); });
    if (!withdrawn->isEmpty() && m_phase == Phase::Sending) {
        emitProgress(true);
        schedulePump(0);
    }
}

} // namespace Herald
