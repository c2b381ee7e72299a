// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"
#include "core/mediacheck/checkresult.h"
#include "core/mediacheck/devicechecks.h"
#include "core/netprobe/networkprobe.h"

#include <QElapsedTimer>
#include <QObject>

class QVideoSink;

namespace HealthHub::MediaCheck {

/**
 * The booth's whole pre-call check, in the order that keeps it honest and short: the camera, the network and
 * the microphone start together; the speaker's chime plays only after the microphone is done (so the chime
 * can never pass the microphone); then the visitor answers "Did you hear it?". Every device is released when
 * the check finishes or stops.
 */
class PreCallCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreCallCheck)

public:
    enum class Part { Camera, Microphone, Speaker, Network };
    Q_ENUM(Part)

    explicit PreCallCheck(const Config::TerminalConfig &config, QObject *parent = nullptr);
    ~PreCallCheck() override;

    CameraCheck *camera() { return &m_camera; }
    MicrophoneCheck *microphone() { return &m_microphone; }
    SpeakerCheck *speaker() { return &m_speaker; }
    NetProbe::NetworkProbe *network() { return &m_network; }

    /** Where the camera picture also goes, for the visitor to see themselves. */
    void setPreviewSink(QVideoSink *sink) { m_previewSink = sink; }
    /** The addresses the network part probes; by default from the configuration (https to each video host). */
    void setNetworkTargets(const QList<QUrl> &videoHostUrls, const QUrl &testUrl);
    NetProbe::NetworkThresholds thresholds() const { return m_thresholds; }

    void start();
    /** Stops every part that is still running and releases the camera, microphone and speaker. */
    void stop();
    bool isRunning() const { return m_running; }
    /** True while any part still holds a device: a camera or capture session, or an unstopped audio stream. */
    bool holdsDevices() const;

    CheckResult result(Part part) const;
    /** Wall-clock time of the last run, from start() to the last result. */
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void resultChanged(HealthHub::MediaCheck::PreCallCheck::Part part, const HealthHub::MediaCheck::CheckResult &result);
    /** The chime has played: ask the visitor whether they heard it, then call speaker()->answer(). */
    void speakerQuestion();
    void finished();

private:
    void setResult(Part part, const CheckResult &result);

    CameraCheck m_camera;
    MicrophoneCheck m_microphone;
    SpeakerCheck m_speaker;
    NetProbe::NetworkProbe m_network;
    NetProbe::NetworkThresholds m_thresholds;
    QList<QUrl> m_videoHostUrls;
    QUrl m_testUrl;
    QVideoSink *m_previewSink = nullptr;
    CheckResult m_results[4];
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    bool m_running = false;
};

} // namespace HealthHub::MediaCheck
