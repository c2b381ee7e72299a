// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/netprobe/networkreport.h"

#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>

class QThread;

namespace HealthHub::NetProbe {

/**
 * Measures the booth's network with libcurl, in a worker thread so the screens never stall:
 * first every video host and the test address at once (name look-up, TCP, TLS and answer times, each on a
 * fresh connection), then a short download from and upload to the test address.
 *
 * Speeds leave out connection set-up, so a slow look-up never reads as a slow line: the download counts
 * from the request to its last byte, the upload from the request to the server's first answer byte (the
 * server answers once it has the whole body, so buffers on the way cannot flatter the figure).
 */
class NetworkProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkProbe)

public:
    struct Options
    {
        int connectTimeoutMs = 5000;
        int probeTimeoutMs = 8000;
        int downloadBudgetMs = 4000;
        qint64 downloadCapBytes = 2 * 1024 * 1024;
        int uploadSeconds = 3;          ///< upload body = this many seconds at minKbps
        int uploadBudgetMs = 6000;      ///< twice uploadSeconds: a timed-out upload is below half of minKbps
        int minKbps = 350;              ///< sizes the upload body
        bool allowLoopbackHttp = false; ///< plain http to 127.0.0.1, ::1 or localhost ([testing] allow_loopback)
        /** Tests only: trust this PEM certificate file instead of the system's (a loopback https server's own). */
        QString caFile;
    };

    explicit NetworkProbe(QObject *parent = nullptr);
    ~NetworkProbe() override;

    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    /** Starts a probe in the background; finished() follows. Ignored while one is running. */
    void start(const QList<QUrl> &videoHostUrls, const QUrl &testUrl);
    /** Stops a running probe soon; finished() still follows, with cancelled set. */
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    /** The same measurement, blocking the calling thread. For tests, benchmarks and the worker. */
    static NetworkReport run(const QList<QUrl> &videoHostUrls, const QUrl &testUrl, const Options &options,
                             const std::atomic_bool &cancelled);

    /** https://<host>/ for each host; http://<host>:<port>/ is for tests and comes from the caller. */
    static QList<QUrl> urlsForHosts(const QStringList &hosts);

Q_SIGNALS:
    void finished(const HealthHub::NetProbe::NetworkReport &report);

private:
    Options m_options;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<NetworkReport> m_report;
};

} // namespace HealthHub::NetProbe
