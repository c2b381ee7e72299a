// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace HealthHub::Test {

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for tests: real sockets, real requests, no mocks. Register a
 * response per path (exact match, query ignored); anything else is a 404. Each response closes its
 * connection. Counts requests per path so tests can see what the browser actually fetched.
 */
class LoopbackHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackHttpServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                       ///< without the query
        QByteArray query;                      ///< without the '?'
        QHash<QByteArray, QByteArray> headers; ///< names in lower case
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType = "text/html;charset=utf-8";
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers; ///< extra headers, e.g. Cache-Control
    };
    using Handler = std::function<Response(const Request &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);

    /** Listens on 127.0.0.1 at a free port (or @p port). False when it cannot. */
    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    /** http://127.0.0.1:<port><path> */
    QUrl url(const QString &path = QStringLiteral("/")) const;
    /** Same server under the name "localhost" (a different origin from 127.0.0.1). */
    QUrl localhostUrl(const QString &path = QStringLiteral("/")) const;

    void route(const QByteArray &path, const Response &response);
    void route(const QByteArray &path, Handler handler);
    /** Shorthand: 200 text/html with @p html. */
    void html(const QByteArray &path, const QByteArray &html);

    int hits(const QByteArray &path) const { return m_hits.value(path); }
    void resetHits() { m_hits.clear(); }

Q_SIGNALS:
    void requestServed(const QByteArray &path);

private:
    void onNewConnection();
    void serve(class QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QHash<QByteArray, int> m_hits;
};

} // namespace HealthHub::Test
