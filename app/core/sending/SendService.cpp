// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendService.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Herald
{

SendService::SendService(const QString& workspacePath, const SendOptions& options, QObject* parent)
    : QObject(parent)
    , m_worker(new SendWorker(workspacePath, options))
{
    qRegisterMetaType<Herald::OutboxCounts>();
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
    m_thread.start();
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

} // namespace Herald
