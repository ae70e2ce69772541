// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EventLog.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>

namespace Herald
{

namespace
{

QPointer<EventLog> s_instance;
QtMessageHandler s_previousHandler = nullptr;

void forwardMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const bool ours = context.category && qstrncmp(context.category, "herald.", 7) == 0;
    if (ours && type != QtDebugMsg && s_instance) {
        const LogEntry::Level level = type == QtInfoMsg ? LogEntry::Level::Info
            : type == QtWarningMsg                      ? LogEntry::Level::Warning
                                                        : LogEntry::Level::Error;
        s_instance->append(level, QString::fromLatin1(context.category), message);
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
    }
}

} // namespace

EventLog::EventLog(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Herald::LogEntry>();
}

EventLog::~EventLog() = default;

EventLog* EventLog::instance()
{
    if (!s_instance) {
        s_instance = new EventLog(QCoreApplication::instance());
    }
    return s_instance;
}

void EventLog::append(LogEntry::Level level, const QString& category, const QString& message)
{
    LogEntry entry {QDateTime::currentDateTime(), level, category, message};
    {
        QMutexLocker lock(&m_mutex);
        m_entries.append(entry);
        if (m_entries.size() > MaxEntries) {
            m_entries.remove(0, m_entries.size() - MaxEntries);
        }
    }
    // Emit on our own thread so receivers get a consistent, queued delivery.
    QMetaObject::invokeMethod(
        this, [this, entry] { emit entryAdded(entry); }, Qt::AutoConnection);
}

QList<LogEntry> EventLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void EventLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
    }
    emit cleared();
}

void EventLog::installMessageHandler()
{
    instance();
    QtMessageHandler previous = qInstallMessageHandler(forwardMessage);
    if (previous != forwardMessage) {
        s_previousHandler = previous;
    }
}

} // namespace Herald
