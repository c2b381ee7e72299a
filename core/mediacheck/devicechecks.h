// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediacheck/audiolevel.h"
#include "core/mediacheck/checkresult.h"
#include "core/mediacheck/frameanalyzer.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QBuffer>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QAudioSink;
class QAudioSource;
class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace HealthHub::MediaCheck {

/**
 * The camera part of the pre-call check: opens the default camera into a video sink (the screen's preview,
 * or its own), watches the frames for a few seconds and judges them with FrameAnalyzer. No camera at all is
 * its own clear result. stop() releases the camera.
 */
class CameraCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraCheck)

public:
    explicit CameraCheck(QObject *parent = nullptr);
    ~CameraCheck() override;

    void setWatchMs(int ms) { m_watchMs = ms; }
    /** Starts; @p previewSink (may be null) is where the picture also goes for the visitor to see. */
    void start(QVideoSink *previewSink = nullptr);
    void stop();
    bool isActive() const;
    CheckResult result() const { return m_result; }

    static CheckResult noCameraResult();

Q_SIGNALS:
    void finished(const HealthHub::MediaCheck::CheckResult &result);

private:
    void finish(const CheckResult &result);

    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    QVideoSink *m_ownSink = nullptr;
    FrameAnalyzer m_analyzer;
    QElapsedTimer m_clock;
    qint64 m_lastSampleMs = -1;
    QTimer m_timer;
    int m_watchMs = 4000;
    CheckResult m_result;
};

/**
 * The microphone part: reads the default input with QAudioSource, reports the level for a meter, and
 * passes as soon as SpeechDetector hears speech; after the listening time it gives its verdict. stop()
 * releases the microphone.
 */
class MicrophoneCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MicrophoneCheck)

public:
    explicit MicrophoneCheck(QObject *parent = nullptr);
    ~MicrophoneCheck() override;

    void setListenMs(int ms) { m_listenMs = ms; }
    /** Uses @p device instead of the default input (tests pick the virtual microphone by id). */
    void setDevice(const QAudioDevice &device) { m_device = device; }
    void start();
    void stop();
    bool isActive() const { return m_input != nullptr; }
    /** True while a QAudioSource of this check is not stopped (it still holds the microphone). */
    bool holdsDevice() const;
    CheckResult result() const { return m_result; }
    /** What was heard in the last run: speech time, time listened, loudest levels. */
    const SpeechDetector &heard() const { return m_detector; }

    static CheckResult noMicrophoneResult();

Q_SIGNALS:
    /** The level of the last block, for a meter: RMS in dBFS (-120 silence .. 0 loudest). */
    void level(double rmsDb);
    void finished(const HealthHub::MediaCheck::CheckResult &result);

private:
    void onReadyRead();
    void finish(const CheckResult &result);

    QAudioDevice m_device;
    void release();

    // Not a QObject child, and never deleteLater(): Qt 6.4's PulseAudio source runs the event loop in its
    // destructor, which would delete it a second time. Deleted directly once no signal of it is running.
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_input = nullptr;
    QAudioFormat m_format;
    SpeechDetector m_detector;
    QTimer m_timer;
    int m_listenMs = 10000;
    CheckResult m_result;
};

/**
 * The speaker part: plays a short two-note chime on the default output with QAudioSink, says when it has
 * played, then waits for the visitor's answer to "Did you hear it?".
 */
class SpeakerCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerCheck)

public:
    explicit SpeakerCheck(QObject *parent = nullptr);
    ~SpeakerCheck() override;

    /** Plays the chime (again). */
    void play();
    void stop();
    bool isPlaying() const { return m_playing; }
    /** True while a QAudioSink of this check is not stopped (it still holds the speaker). */
    bool holdsDevice() const;
    /** The visitor's answer. */
    void answer(bool heard);
    CheckResult result() const { return m_result; }

    /** The chime as PCM in @p format: 660 Hz then 880 Hz, 0.4 s each, twice, at -12 dBFS with soft edges. */
    static QByteArray chime(const QAudioFormat &format);
    static constexpr double kChimeHz[2] = {660.0, 880.0};

Q_SIGNALS:
    void played();
    void finished(const HealthHub::MediaCheck::CheckResult &result);

private:
    void release();

    std::unique_ptr<QAudioSink> m_sink; ///< like MicrophoneCheck's source: no parent, no deleteLater()
    QBuffer m_buffer;
    bool m_playing = false;
    CheckResult m_result;
};

} // namespace HealthHub::MediaCheck
