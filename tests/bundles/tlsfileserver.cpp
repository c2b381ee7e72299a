// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfileserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>

namespace HealthHub::BundleTest {

TlsFileServer::TlsFileServer()
{
    m_thread.start();
    moveToThread(&m_thread);
}

TlsFileServer::~TlsFileServer()
{
    QMetaObject::invokeMethod(this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TlsFileServer::setFolder(const QString &folder)
{
    const QMutexLocker lock(&m_mutex);
    m_folder = folder;
}

void TlsFileServer::cutAfter(const QString &path, qint64 bytes)
{
    const QMutexLocker lock(&m_mutex);
    m_cuts.insert(path, bytes);
}

void TlsFileServer::clearCuts()
{
    const QMutexLocker lock(&m_mutex);
    m_cuts.clear();
}

QString TlsFileServer::caFile() const
{
    return m_certDir.filePath(QStringLiteral("cert.pem"));
}

QString TlsFileServer::url() const
{
    return QStringLiteral("https://127.0.0.1:%1/bundle/").arg(m_port);
}

bool TlsFileServer::start(const QString &folder)
{
    setFolder(folder);
    bool ok = false;
    QMetaObject::invokeMethod(this, [this, &ok] { ok = listen(); }, Qt::BlockingQueuedConnection);
    return ok;
}

bool TlsFileServer::listen()
{
    const QString key = m_certDir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), caFile(), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        return false;
    }
    QFile certFile(caFile());
    QFile keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
    m_server = new QSslServer;
    m_server->setSslConfiguration(tls);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = static_cast<QSslSocket *>(m_server->nextPendingConnection())) {
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    const bool listening = m_server->listen(QHostAddress::LocalHost, 0);
    m_port = m_server->serverPort();
    return listening;
}

void TlsFileServer::serve(QSslSocket *socket)
{
    const QByteArray request = socket->readAll();
    if (!request.contains("\r\n\r\n")) {
        return; // the rest of the request is still coming
    }
    const QByteArray target = request.split(' ').value(1);
    const QString path = QString::fromUtf8(target).section(QStringLiteral("/bundle/"), 1);
    const QMutexLocker lock(&m_mutex);
    QFile file(QDir(m_folder).filePath(path));
    if (path.isEmpty() || path.contains(QLatin1String("..")) || !file.open(QIODevice::ReadOnly)) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const QByteArray body = file.readAll();
    socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n\r\n");
    socket->write(m_cuts.contains(path) ? body.left(m_cuts.value(path)) : body);
    socket->disconnectFromHost();
}

} // namespace HealthHub::BundleTest
