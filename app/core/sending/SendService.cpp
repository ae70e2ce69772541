// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendService.h"

#include <QMetaObject>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Herald
{

SendService::SendService(const QString& workspacePath, const SendOptions& options, QObject* parent)
    : QObject(parent)
    , m_worker(new SendWorker(workspacePath, options))
{
    qRegisterMetaType<Herald::OutboxCounts>();
    qRegisterMetaType<Herald::PollSummary>();
    m_thread.setObjectName(u"herald-send"_s);
    m_worker->moveToThread(&m_thread);
    // The worker's database connection and network manager belong to its thread: delete it there.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SendWorker::progressChanged, this, &SendService::progressChanged);
    connect(m_worker, &SendWorker::campaignFinished, this, &SendService::campaignFinished);
    connect(m_worker, &SendWorker::campaignPaused, this, &SendService::campaignPaused);
    connect(m_worker, &SendWorker::statusPollingFinished, this, &SendService::statusPollingFinished);
    connect(m_worker, &SendWorker::recipientOptedOut, this, &SendService::recipientOptedOut);
    connect(m_worker, &SendWorker::logLine, this, &SendService::logLine);
    connect(m_worker, &SendWorker::pollRoundFinished, this, &SendService::pollRoundFinished);
    // Sending is background work: when the machine is busy the interface goes first. The threads
    // the worker starts (its network managers') inherit the priority.
    m_thread.start(QThread::LowPriority);
#ifdef Q_OS_LINUX
    // QThread priorities do nothing for ordinary Linux threads; a nice value is per thread there.
    QMetaObject::invokeMethod(
        m_worker, [] { ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 5); }, Qt::QueuedConnection);
#endif
}

SendService::~SendService()
{
    m_thread.quit();
    m_thread.wait();
}

void SendService::start(qint64 campaignId, const AccountAccess& access)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, campaignId, access] { worker->startCampaign(campaignId, access); },
        Qt::QueuedConnection);
}

void SendService::pause(qint64 campaignId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, campaignId] { worker->pauseCampaign(campaignId); }, Qt::QueuedConnection);
}

void SendService::cancel(qint64 campaignId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, campaignId] { worker->cancelCampaign(campaignId); }, Qt::QueuedConnection);
}

void SendService::pollStatuses(qint64 campaignId, const AccountAccess& access)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, campaignId, access] { worker->pollStatuses(campaignId, access); },
        Qt::QueuedConnection);
}

void SendService::startPolling(const QList<PollAccount>& accounts, const PollOptions& options)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, accounts, options] { worker->startPolling(accounts, options); },
        Qt::QueuedConnection);
}

void SendService::stopPolling()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stopPolling(); }, Qt::QueuedConnection);
}

void SendService::pollOnce(const QList<PollAccount>& accounts, const PollOptions& options)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, accounts, options] { worker->pollOnce(accounts, options); },
        Qt::QueuedConnection);
}

} // namespace Herald
