// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An https server on 127.0.0.1 for tests: it serves a folder's files as any plain web server would (the way a
// bundle is published), with a certificate made now by the openssl command, and can cut one file's body half way.
// It runs on a thread of its own, so a test may call a blocking client (libcurl) from its main thread.

#include <QHash>
#include <QMutex>
#include <QThread>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>

namespace HealthHub::BundleTest {

class TlsFileServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsFileServer)

public:
    TlsFileServer();
    ~TlsFileServer() override;

    /** Makes the certificate and listens on the server's own thread; false when either fails. */
    bool start(const QString &folder);
    QString url() const;
    /** The certificate's file, for the client's CA option. */
    QString caFile() const;
    void setFolder(const QString &folder);
    /** Sends only the first @p bytes of @p path's body (and then closes), as a dropped connection would. */
    void cutAfter(const QString &path, qint64 bytes);
    void clearCuts();

private:
    bool listen();
    void serve(QSslSocket *socket);

    QTemporaryDir m_certDir;
    QThread m_thread;
    QSslServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QString m_folder;
    QHash<QString, qint64> m_cuts;
};

} // namespace HealthHub::BundleTest
