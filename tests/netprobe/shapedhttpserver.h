// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <memory>

class QSslCertificate;
class QSslKey;
class QTcpSocket;
class QTimer;

namespace HealthHub::Test {

/**
 * A loopback HTTP/1.1 server whose line can be made slow on purpose, for the network check's tests: it can
 * wait before answering (latency) and move body bytes at a set rate each way (throttling). It answers any
 * path: GET and HEAD with a body of bodyBytes, POST with "ok" once it has read the whole request body.
 * Real sockets and real libcurl on the other side; nothing is simulated except the slowness itself.
 * listenTls() serves https instead (QSslServer), so the TLS handshake is real too.
 */
class ShapedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShapedHttpServer)

public:
    struct Shape
    {
        int answerDelayMs = 0;     ///< wait this long after a request's headers before answering
        qint64 bytesPerSecond = 0; ///< 0: as fast as the socket goes; else the rate both ways
        qint64 bodyBytes = 2 * 1024 * 1024;
    };

    explicit ShapedHttpServer(const Shape &shape, QObject *parent = nullptr);
    ~ShapedHttpServer() override;

    bool listen();
    /** Listens for https with @p certificate and @p key (a test's own self-signed pair). */
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    quint16 port() const { return m_server->serverPort(); }
    bool isTls() const { return m_tls; }
    /** http://127.0.0.1:<port>/<path>, or https:// after listenTls() */
    QUrl url(const QString &path = QStringLiteral("/")) const;

    int requests() const { return m_requests; }
    qint64 bytesReceived() const { return m_bytesReceived; }

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *c);
    void readBody(Connection *c, qint64 maxBytes);
    void startAnswer(Connection *c);
    void tick();
    void drop(Connection *c);

    Shape m_shape;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QList<Connection *> m_connections;
    QList<Connection *> m_closed;
    QTimer *m_ticker = nullptr;
    int m_requests = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace HealthHub::Test
