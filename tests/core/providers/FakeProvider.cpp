// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakeProvider.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray FakeProvider::Request::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString FakeProvider::Request::queryValue(const QString& name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QList<std::pair<QString, QString>> FakeProvider::Request::form() const
{
    QList<std::pair<QString, QString>> fields;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}

QString FakeProvider::Request::formValue(const QString& name) const
{
    for (const auto& [key, value] : form()) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

QJsonDocument FakeProvider::Request::json() const
{
    return QJsonDocument::fromJson(body);
}

FakeProvider::FakeProvider(QObject* parent)
    : QObject(parent)
{
}

FakeProvider::~FakeProvider()
{
    // Answer what was held back, so that no client waits for a server that is gone.
    for (auto& [socket, responder] : m_held) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            responder->write(QHttpServerResponder::StatusCode::ServiceUnavailable);
        }
        responder.reset();
        if (socket && socket->state() == QAbstractSocket::UnconnectedState) {
            socket->deleteLater();
        }
    }
    m_held.clear();
}

bool FakeProvider::start()
{
    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    });
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        m_server.reset();
        return false;
    }
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    return true;
}

QUrl FakeProvider::url() const
{
    return m_url;
}

void FakeProvider::enqueue(const Reply& reply)
{
    m_queue.append(reply);
}

void FakeProvider::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeProvider::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    Request r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST";
        break;
    default:
        r.method = "OTHER";
        break;
    }
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    m_requests.append(r);

    Reply reply;
    if (!m_queue.isEmpty()) {
        reply = m_queue.takeFirst();
    } else if (m_handler) {
        reply = m_handler(r);
    } else {
        reply = Reply::json(404, R"({"error": "not scripted"})");
    }

    switch (reply.action) {
    case Reply::Action::Drop: {
        QPointer<QTcpSocket> socket = responder.socket();
        QTimer::singleShot(0, this, [socket] {
            if (socket) {
                socket->abort();
            }
        });
        return;
    }
    case Reply::Action::Hang: {
        QPointer<QTcpSocket> socket = responder.socket();
        m_held.emplace_back(socket, std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    }
    case Reply::Action::Answer:
        break;
    }
    using Status = QHttpServerResponder::StatusCode;
    responder.writeStatusLine(static_cast<Status>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto& [name, value] : reply.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeBody(reply.body);
}
