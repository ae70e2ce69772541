// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>

namespace Herald
{

// One line of the log pane.
struct LogEntry
{
    enum class Level
    {
        Info,
        Warning,
        Error,
    };

    QDateTime time;
    Level level = Level::Info;
    QString category;
    QString message;
};

// Background events for the log pane: import results, worker failures, provider errors.
//
// Thread-safe: any thread may append; entryAdded is emitted on the log's thread, so the
// GUI receives it through a queued connection. Only herald.* messages of level info and
// above reach it (see installMessageHandler); debug output stays on stderr. Nothing that
// carries a secret may be logged: providers redact credentials before they log a request.
class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    static constexpr int MaxEntries = 5000;

    explicit EventLog(QObject* parent = nullptr);
    ~EventLog() override;

    // The log of this process, created with the application.
    static EventLog* instance();

    void append(LogEntry::Level level, const QString& category, const QString& message);
    QList<LogEntry> entries() const;
    void clear();

    // Forwards herald.* messages (info and above) to instance(), and everything to the
    // previous handler (stderr).
    static void installMessageHandler();

signals:
    void entryAdded(const Herald::LogEntry& entry);
    void cleared();

private:
    mutable QMutex m_mutex;
    QList<LogEntry> m_entries;
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::LogEntry)
