// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>

namespace HealthHub::Kiosk {

class WebSandbox;

/**
 * Proves a reset worked: in the next visitor's fresh sandbox it loads the probe page, which counts what
 * each kind of web storage holds for its origin (never what it holds), and checks the profile's cookie
 * jar and visited links from C++. Any count above zero is a leftover. The probe then plants a canary in
 * every kind, so the next reset's verification would see it if a profile ever survived a reset.
 *
 * The probe lives at healthhub://app/probe; tests point it at a loopback origin with setProbeUrl().
 */
class ResetVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetVerifier)

public:
    struct Result
    {
        bool clean = false;
        QStringList leftovers; ///< storage kinds that were not empty (kinds only, never contents)
        QStringList checked;   ///< kinds the probe could check on its origin
        qint64 elapsedMs = 0;
    };

    explicit ResetVerifier(QObject *parent = nullptr);
    ~ResetVerifier() override;

    /** Every storage kind the verifier knows, in report order. */
    static QStringList storageKinds();

    void setProbeUrl(const QUrl &url) { m_probeUrl = url; }
    QUrl probeUrl() const { return m_probeUrl; }
    /** Plant canaries after checking (default true). */
    void setPlantCanaries(bool plant) { m_plant = plant; }
    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }

    /** Starts verifying @p sandbox; finished() follows once. A second call while busy restarts. */
    void verify(WebSandbox *sandbox);
    bool isBusy() const { return m_timeout.isActive(); }
    /** The probe's page, kept loaded after verifying (the watchdog asks it for a heartbeat). */
    QWebEnginePage *page() const { return m_page; }

Q_SIGNALS:
    void finished(const HealthHub::Kiosk::ResetVerifier::Result &result);

private:
    void onProbeReport(const QString &message);
    void onCookieAdded();
    void finish(Result result);
    QUrl plantedUrl() const;

    QUrl m_probeUrl;
    bool m_plant = true;
    QPointer<WebSandbox> m_sandbox;
    QPointer<QWebEnginePage> m_page;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    Result m_result;
    int m_cookies = 0;
    bool m_visitedLink = false;
};

} // namespace HealthHub::Kiosk
