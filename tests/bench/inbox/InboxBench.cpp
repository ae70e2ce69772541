// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The inbox on a large workspace: 100,000 replies from 40,000 contacts (and 2,000 numbers without
// a contact), beside 200,000 campaign messages. Times listing the conversations (newest first,
// all of them and the first page), the totals, a search, the change stamp the pane polls, and one
// person's history; prints one JSON object. Budget of the inbox: listing well under 100 ms.
// Options: --db PATH (default: a file in the temporary folder, rebuilt when missing).

#include "Workspace.h"
#include "inbox/Inbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

constexpr int s_contacts = 40'000;
constexpr int s_strangers = 2'000;
constexpr int s_replies = 100'000;
constexpr int s_messages = 200'000;
constexpr int s_runs = 7;
constexpr qint64 s_t0 = 1767225600;

// Inserts rows [0, count) through insertRow, committing every 10,000 rows (one huge transaction
// would spill SQLite's page cache into the WAL over and over).
bool chunked(Database& db, int count, const std::function<bool(int)>& insertRow)
{
    for (int start = 0; start < count; start += 10'000) {
        const bool ok = db.writeTransaction([&]() -> Result<void> {
                              for (int i = start; i < std::min(count, start + 10'000); ++i) {
                                  if (!insertRow(i)) {
                                      return Error {u"insert"_s};
                                  }
                              }
                              return {};
                          }).ok();
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool build(Database& db)
{
    (void)db.exec(u"PRAGMA cache_size = -262144"_s);
    QSqlQuery c = db.query();
    c.prepare(u"INSERT INTO contacts (id, phone, first_name, last_name, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    const bool contacts = chunked(db, s_contacts, [&](int i) {
        c.bindValue(0, i + 1);
        c.bindValue(1, u"+4860%1"_s.arg(i + 1, 7, 10, QLatin1Char('0')));
        c.bindValue(2, u"First%1"_s.arg(i + 1));
        c.bindValue(3, u"Last%1"_s.arg(i + 1));
        c.bindValue(4, s_t0);
        c.bindValue(5, s_t0);
        return c.exec();
    });
    if (!contacts
        || !db.exec(u"INSERT INTO campaigns (id, name, state, created_at, updated_at) "
                    "VALUES (1, 'Big sale', 'completed', 0, 0)"_s)) {
        return false;
    }
    QSqlQuery m = db.query();
    m.prepare(
        u"INSERT INTO messages (campaign_id, contact_id, phone, body, state, created_at, accepted_at, updated_at) "
        "VALUES (NULL, ?, ?, 'Hello there', 'delivered', ?, ?, ?)"_s);
    const bool messages = chunked(db, s_messages, [&](int i) {
        const int contact = 1 + (i * 7919) % s_contacts;
        m.bindValue(0, contact);
        m.bindValue(1, u"+4860%1"_s.arg(contact, 7, 10, QLatin1Char('0')));
        m.bindValue(2, s_t0 + i);
        m.bindValue(3, s_t0 + i);
        m.bindValue(4, s_t0 + i);
        return m.exec();
    });
    if (!messages) {
        return false;
    }
    QSqlQuery in = db.query();
    in.prepare(u"INSERT INTO inbound (provider_id, from_phone, body, received_at, contact_id, campaign_id, keyword, "
               "is_read, handled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QStringList bodies = {u"Thanks!"_s, u"When does my order arrive?"_s, u"STOP"_s, u"Do you have it in blue?"_s,
        u"HELP"_s, u"Great prices, see you soon"_s};
    return chunked(db, s_replies, [&](int i) {
        const bool stranger = i % 50 == 0;
        const int contact = 1 + int((qint64(i) * 104729) % s_contacts);
        const QString body = bodies.at(i % bodies.size());
        const QString keyword = body == u"STOP"_s ? u"stop"_s : body == u"HELP"_s ? u"help"_s : u""_s;
        in.bindValue(0, u"IN%1"_s.arg(i));
        in.bindValue(1,
            stranger ? u"+4970%1"_s.arg(i % s_strangers, 7, 10, QLatin1Char('0'))
                     : u"+4860%1"_s.arg(contact, 7, 10, QLatin1Char('0')));
        in.bindValue(2, body);
        in.bindValue(3, s_t0 + 3 * i);
        in.bindValue(4, stranger ? QVariant() : QVariant(contact));
        in.bindValue(5, i % 3 == 0 ? QVariant(1) : QVariant());
        in.bindValue(6, keyword);
        in.bindValue(7, i < s_replies - 3000 ? 1 : 0);
        in.bindValue(8, i < s_replies - 5000 || !keyword.isEmpty() ? 1 : 0);
        in.bindValue(9, s_t0 + 3 * i);
        return in.exec();
    });
}

struct Timing
{
    double medianMs = 0;
    double maxMs = 0;
};

Timing measure(const std::function<void()>& run)
{
    std::vector<double> times;
    run(); // warm the page cache
    for (int i = 0; i < s_runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.back()};
}

QJsonObject toJson(const Timing& t)
{
    return {{u"median_ms"_s, qRound(t.medianMs * 100) / 100.0}, {u"max_ms"_s, qRound(t.maxMs * 100) / 100.0}};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString path = QDir::temp().filePath(u"herald-bench-inbox-v2.herald"_s);
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--db"_s); i >= 0 && i + 1 < args.size()) {
        path = args.at(i + 1);
    }
    const bool fresh = !QFile::exists(path);
    auto workspace = Workspace::open(path);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.errorMessage()));
        return 1;
    }
    Database& db = workspace.value()->database();
    if (fresh && !build(db)) {
        std::fprintf(stderr, "cannot build the workspace\n");
        return 1;
    }
    Inbox inbox(db);
    int conversations = 0;
    int page = 0;
    int found = 0;
    int unread = 0;
    const Timing all = measure([&] {
        InboxFilter f;
        f.limit = 0;
        conversations = int(inbox.conversations(f).value().size());
    });
    const Timing first = measure([&] {
        InboxFilter f;
        f.limit = 200;
        page = int(inbox.conversations(f).value().size());
    });
    // A page deep down the list, as the view fetches more while scrolling.
    InboxFilter deep;
    deep.limit = 0;
    const QList<Conversation> everything = inbox.conversations(deep).value();
    deep.limit = 200;
    deep.beforeAt = everything.at(everything.size() / 2).lastAt;
    deep.beforeInboundId = everything.at(everything.size() / 2).lastInboundId;
    const Timing defaultList = measure([&] { (void)inbox.conversations(deep); });
    const Timing unreadOnly = measure([&] {
        InboxFilter f;
        f.unreadOnly = true;
        unread = int(inbox.conversations(f).value().size());
    });
    const Timing search = measure([&] {
        InboxFilter f;
        f.search = u"blue"_s;
        found = int(inbox.conversations(f).value().size());
    });
    const Timing searchName = measure([&] {
        InboxFilter f;
        f.search = u"Last1234"_s;
        (void)inbox.conversations(f);
    });
    const Timing totals = measure([&] { (void)inbox.totals(); });
    const Timing stamp = measure([&] { (void)inbox.listStamp(); });
    const Timing history = measure([&] { (void)inbox.history(ConversationKey {1234, {}}); });
    const Timing historyStamp = measure([&] { (void)inbox.historyStamp(ConversationKey {1234, {}}); });

    const QJsonObject result {
        {u"benchmark"_s, u"inbox"_s},
        {u"replies"_s, s_replies},
        {u"campaign_messages"_s, s_messages},
        {u"conversations"_s, conversations},
        {u"list_all_ms"_s, toJson(all)},
        {u"list_first_200_ms"_s, toJson(first)},
        {u"list_page_mid_list_ms"_s, toJson(defaultList)},
        {u"first_page_rows"_s, page},
        {u"list_unread_ms"_s, toJson(unreadOnly)},
        {u"unread_conversations"_s, unread},
        {u"search_body_ms"_s, toJson(search)},
        {u"search_hits"_s, found},
        {u"search_name_ms"_s, toJson(searchName)},
        {u"totals_ms"_s, toJson(totals)},
        {u"list_stamp_ms"_s, toJson(stamp)},
        {u"history_ms"_s, toJson(history)},
        {u"history_stamp_ms"_s, toJson(historyStamp)},
        {u"budget_ms"_s, 100},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
