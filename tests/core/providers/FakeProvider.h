// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

// A provider's HTTP API played by a QHttpServer on 127.0.0.1: it records every request and
// answers with what the test scripted, so that an adapter's request shape and its reading of
// realistic answers can both be checked over real HTTP.
class FakeProvider final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path; // decoded
        QUrlQuery query;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray& name) const;
        QString queryValue(const QString& name) const; // fully decoded
        QList<std::pair<QString, QString>> form() const; // a decoded form body, in order
        QString formValue(const QString& name) const;
        QJsonDocument json() const;
    };

    struct Reply
    {
        enum class Action
        {
            Answer,
            Drop, // close the connection without a word (after reading the request)
            Hang, // never answer (until the fake is destroyed)
        };
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
        Action action = Action::Answer;

        static Reply json(int status, const QByteArray& body)
        {
            Reply r;
            r.status = status;
            r.body = body;
            return r;
        }
    };

    using Handler = std::function<Reply(const Request&)>;

    explicit FakeProvider(QObject* parent = nullptr);
    ~FakeProvider() override;

    // Listens on 127.0.0.1 on a free port; false when it cannot.
    bool start();
    QUrl url() const;

    // Answers in order, one per request; when none is queued, the handler answers (404 without).
    void enqueue(const Reply& reply);
    void setHandler(Handler handler);

    const QList<Request>& requests() const
    {
        return m_requests;
    }
    const Request& last() const
    {
        return m_requests.constLast();
    }

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    std::unique_ptr<QHttpServer> m_server;
    QUrl m_url;
    QList<Reply> m_queue;
    Handler m_handler;
    QList<Request> m_requests;
    std::vector<std::pair<QPointer<QTcpSocket>, std::unique_ptr<QHttpServerResponder>>> m_held;
};
