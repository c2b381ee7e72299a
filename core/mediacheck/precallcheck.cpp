// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mediacheck/precallcheck.h"

#include "core/mediacheck/networkcheck.h"

namespace HealthHub::MediaCheck {

PreCallCheck::PreCallCheck(const Config::TerminalConfig &config, QObject *parent)
    : QObject(parent)
{
    m_thresholds = {config.minKbps, config.maxLatencyMs};
    NetProbe::NetworkProbe::Options options;
    options.minKbps = config.minKbps;
    options.allowLoopbackHttp = config.allowLoopback;
    m_network.setOptions(options);
    m_videoHostUrls = NetProbe::NetworkProbe::urlsForHosts(NetProbe::probeHostsFor(config.videoHosts));
    m_testUrl = config.networkTestUrl;

    connect(&m_camera, &CameraCheck::finished, this,
            [this](const CheckResult &result) { setResult(Part::Camera, result); });
    connect(&m_network, &NetProbe::NetworkProbe::finished, this, [this](const NetProbe::NetworkReport &report) {
        if (!report.cancelled) {
            setResult(Part::Network, assessNetwork(report, m_thresholds));
        }
    });
    connect(&m_microphone, &MicrophoneCheck::finished, this, [this](const CheckResult &result) {
        setResult(Part::Microphone, result);
        if (m_running) {
            m_speaker.play();
        }
    });
    connect(&m_speaker, &SpeakerCheck::played, this, &PreCallCheck::speakerQuestion);
    connect(&m_speaker, &SpeakerCheck::finished, this,
            [this](const CheckResult &result) { setResult(Part::Speaker, result); });
}

PreCallCheck::~PreCallCheck()
{
    stop();
}

void PreCallCheck::setNetworkTargets(const QList<QUrl> &videoHostUrls, const QUrl &testUrl)
{
    m_videoHostUrls = videoHostUrls;
    m_testUrl = testUrl;
}

void PreCallCheck::start()
{
    stop();
    m_running = true;
    m_clock.start();
    m_elapsedMs = 0;
    for (int part = 0; part < 4; ++part) {
        setResult(Part(part), {CheckResult::Status::Running, {}, {}});
    }
    m_camera.start(m_previewSink);
    m_network.start(m_videoHostUrls, m_testUrl);
    m_microphone.start();
}

bool PreCallCheck::holdsDevices() const
{
    return m_camera.isActive() || m_microphone.holdsDevice() || m_speaker.holdsDevice();
}

void PreCallCheck::stop()
{
    m_running = false;
    m_camera.stop();
    m_microphone.stop();
    m_speaker.stop();
    m_network.cancel();
}

CheckResult PreCallCheck::result(Part part) const
{
    return m_results[int(part)];
}

void PreCallCheck::setResult(Part part, const CheckResult &result)
{
    m_results[int(part)] = result;
    Q_EMIT resultChanged(part, result);
    if (!m_running || !result.isDone()) {
        return;
    }
    for (const CheckResult &each : m_results) {
        if (!each.isDone()) {
            return;
        }
    }
    m_running = false;
    m_elapsedMs = m_clock.elapsed();
    Q_EMIT finished();
}

} // namespace HealthHub::MediaCheck
