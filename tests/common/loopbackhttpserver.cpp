// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/loopbackhttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace HealthHub::Test {

namespace {
constexpr int kMaxRequestBytes = 1 << 20;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 404:
        return "Not Found";
    default:
        return "Status";
    }
}
} // namespace

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
}

bool LoopbackHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    QUrl result;
    result.setScheme(QStringLiteral("http"));
    result.setHost(QStringLiteral("127.0.0.1"));
    result.setPort(port());
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    result.setPath(query < 0 ? path : path.left(query));
    if (query >= 0) {
        result.setQuery(path.mid(query + 1));
    }
    return result;
}

QUrl LoopbackHttpServer::localhostUrl(const QString &path) const
{
    QUrl result = url(path);
    result.setHost(QStringLiteral("localhost"));
    return result;
}

void LoopbackHttpServer::route(const QByteArray &path, const Response &response)
{
    m_routes.insert(path, [response](const Request &) { return response; });
}

void LoopbackHttpServer::route(const QByteArray &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

void LoopbackHttpServer::html(const QByteArray &path, const QByteArray &html)
{
    Response response;
    response.body = html;
    route(path, response);
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackHttpServer::serve(QTcpSocket *socket)
{
    // Wait for the whole head (and body, when Content-Length says there is one).
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype query = target.indexOf('?');
    request.path = query < 0 ? target : target.left(query);
    request.query = query < 0 ? QByteArray() : target.mid(query + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
    }
    const int length = request.headers.value("content-length").toInt();
    if (buffer.size() - headEnd - 4 < length) {
        socket->setProperty("buffer", buffer);
        return;
    }
    request.body = buffer.mid(headEnd + 4, length);
    socket->setProperty("buffer", QByteArray());

    Response response;
    if (const auto handler = m_routes.constFind(request.path); handler != m_routes.constEnd()) {
        response = (*handler)(request);
    } else {
        response.status = 404;
        response.contentType = "text/plain";
        response.body = "not found";
    }
    m_hits[request.path] += 1;

    QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
                       "\r\nContent-Type: " + response.contentType +
                       "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : response.headers) {
        reply += name + ": " + value + "\r\n";
    }
    reply += "\r\n";
    if (request.method != "HEAD") {
        reply += response.body;
    }
    socket->write(reply);
    socket->disconnectFromHost();
    Q_EMIT requestServed(request.path);
}

} // namespace HealthHub::Test
