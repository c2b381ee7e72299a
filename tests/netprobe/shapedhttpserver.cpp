// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/netprobe/shapedhttpserver.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace HealthHub::Test {

namespace {
constexpr int kTickMs = 10;
constexpr int kSocketBufferBytes = 8 * 1024; // small kernel buffers, so throttling is not hidden by them
} // namespace

struct ShapedHttpServer::Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray head; ///< request line and headers, until the blank line
    bool headDone = false;
    QByteArray method;
    qint64 bodyLeft = 0;     ///< request body bytes still to read
    bool answering = false;  ///< the answer is due (after the delay)
    QByteArray pending;      ///< answer bytes not yet written
    QElapsedTimer readClock; ///< since the request body started: the read allowance grows with it
    qint64 bodyRead = 0;
    QElapsedTimer writeClock; ///< since the answer started
    qint64 written = 0;
};

ShapedHttpServer::ShapedHttpServer(const Shape &shape, QObject *parent)
    : QObject(parent)
    , m_shape(shape)
{
    m_server = std::make_unique<QTcpServer>();
    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickMs);
    m_ticker->setTimerType(Qt::PreciseTimer);
    connect(m_ticker, &QTimer::timeout, this, &ShapedHttpServer::tick);
}

ShapedHttpServer::~ShapedHttpServer()
{
    for (Connection *c : std::as_const(m_connections)) {
        disconnect(c->socket, nullptr, this, nullptr);
    }
    qDeleteAll(m_connections);
    qDeleteAll(m_closed);
}

bool ShapedHttpServer::listen()
{
    // Connections count once they are ready for HTTP: at once for plain TCP, after the handshake for TLS.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ShapedHttpServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        return false;
    }
    m_ticker->start();
    return true;
}

bool ShapedHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the client shows no certificate
    server->setSslConfiguration(configuration);
    m_server = std::move(server);
    m_tls = true;
    return listen();
}

QUrl ShapedHttpServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(path);
    return url;
}

void ShapedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *c = new Connection;
        c->socket = socket;
        if (m_shape.bytesPerSecond > 0) {
            socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, kSocketBufferBytes);
            socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, kSocketBufferBytes);
            socket->setReadBufferSize(kSocketBufferBytes);
        }
        m_connections.append(c);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
    }
}

void ShapedHttpServer::onReadyRead(Connection *c)
{
    if (c->headDone) {
        if (m_shape.bytesPerSecond == 0) {
            readBody(c, c->bodyLeft);
        }
        return; // a shaped body is read by tick(), at the set rate
    }
    while (!c->headDone && c->socket->canReadLine()) {
        const QByteArray line = c->socket->readLine();
        c->head += line;
        if (line == "\r\n") {
            c->headDone = true;
        }
    }
    if (!c->headDone) {
        return;
    }
    ++m_requests;
    c->method = c->head.left(c->head.indexOf(' '));
    const QList<QByteArray> lines = c->head.split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:")) {
            c->bodyLeft = line.mid(15).trimmed().toLongLong();
        }
    }
    c->readClock.start();
    if (c->bodyLeft == 0) {
        QTimer::singleShot(m_shape.answerDelayMs, c->socket, [this, c] { startAnswer(c); });
    } else if (m_shape.bytesPerSecond == 0) {
        readBody(c, c->bodyLeft);
    }
}

void ShapedHttpServer::readBody(Connection *c, qint64 maxBytes)
{
    const QByteArray body = c->socket->read(std::min(maxBytes, c->bodyLeft));
    c->bodyLeft -= body.size();
    c->bodyRead += body.size();
    m_bytesReceived += body.size();
    if (!body.isEmpty() && c->bodyLeft == 0) {
        QTimer::singleShot(m_shape.answerDelayMs, c->socket, [this, c] { startAnswer(c); });
    }
}

void ShapedHttpServer::startAnswer(Connection *c)
{
    if (!c->socket) {
        return;
    }
    QByteArray body;
    if (c->method == "POST") {
        body = "ok";
    } else {
        body = QByteArray(m_shape.bodyBytes, 'x');
    }
    c->pending = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n"
                 "Content-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n";
    if (c->method != "HEAD") {
        c->pending += body;
    }
    c->answering = true;
    c->writeClock.start();
    if (m_shape.bytesPerSecond == 0) {
        c->socket->write(c->pending);
        c->pending.clear();
        c->socket->disconnectFromHost();
    }
}

void ShapedHttpServer::tick()
{
    if (m_shape.bytesPerSecond == 0) {
        return;
    }
    // A token bucket per connection and direction: the allowance follows the wall clock, not the tick count,
    // so a late timer does not make the line slower than asked.
    const QList<Connection *> connections = m_connections;
    for (Connection *c : connections) {
        if (c->headDone && c->bodyLeft > 0) {
            readBody(c, m_shape.bytesPerSecond * c->readClock.elapsed() / 1000 - c->bodyRead);
        }
        if (c->answering && !c->pending.isEmpty() && c->socket->bytesToWrite() == 0) {
            const qint64 allowed = m_shape.bytesPerSecond * c->writeClock.elapsed() / 1000 - c->written;
            if (allowed > 0) {
                c->socket->write(c->pending.left(allowed));
                c->written += std::min<qint64>(allowed, c->pending.size());
                c->pending.remove(0, allowed);
                if (c->pending.isEmpty()) {
                    c->socket->disconnectFromHost();
                }
            }
        }
    }
}

void ShapedHttpServer::drop(Connection *c)
{
    // Kept until the server goes: a delayed answer may still be queued for this connection.
    m_connections.removeOne(c);
    m_closed.append(c);
    c->socket->deleteLater();
    c->socket = nullptr;
}

} // namespace HealthHub::Test
