// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mediacheck/devicechecks.h"

#include <QAudioSink>
#include <QAudioSource>
#include <QCamera>
#include <QCameraDevice>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

#include <cmath>
#include <cstring>

Q_LOGGING_CATEGORY(lcMediaCheck, "healthhub.mediacheck", QtInfoMsg)

namespace HealthHub::MediaCheck {

namespace {
constexpr int kFrameSampleMs = 100; // analyse up to ten frames a second: plenty to see black or frozen
constexpr int kLevelBlockMs = 50;

// Named translate() so lupdate finds the texts, under the context written at each call.
QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

/** A format every back end takes and every sample reader here understands. */
QAudioFormat pcmFormat(const QAudioDevice &device)
{
    QAudioFormat format = device.preferredFormat();
    if (format.sampleFormat() == QAudioFormat::Unknown || format.sampleRate() <= 0) {
        format.setSampleRate(48000);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
    }
    return format;
}

void writeSample(const QAudioFormat &format, char *p, double v)
{
    switch (format.sampleFormat()) {
    case QAudioFormat::UInt8:
        *p = char(uchar(std::lround(128.0 + v * 127.0)));
        break;
    case QAudioFormat::Int16: {
        const auto s = qint16(std::lround(v * 32767.0));
        std::memcpy(p, &s, sizeof s);
        break;
    }
    case QAudioFormat::Int32: {
        const auto s = qint32(std::lround(v * 2147483647.0));
        std::memcpy(p, &s, sizeof s);
        break;
    }
    case QAudioFormat::Float: {
        const auto s = float(v);
        std::memcpy(p, &s, sizeof s);
        break;
    }
    case QAudioFormat::Unknown:
    case QAudioFormat::NSampleFormats:
        break;
    }
}
} // namespace

// ---- camera ----

CameraCheck::CameraCheck(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CheckResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(m_analyzer.verdict()); });
}

CameraCheck::~CameraCheck()
{
    stop();
}

CheckResult CameraCheck::noCameraResult()
{
    return {CheckResult::Status::Fail,
            translate("HealthHub::MediaCheck::CameraCheck", "This room has no camera. Please ask a volunteer."),
            QStringLiteral("no video input")};
}

bool CameraCheck::isActive() const
{
    return m_camera != nullptr;
}

void CameraCheck::start(QVideoSink *previewSink)
{
    stop();
    m_analyzer.reset();
    m_lastSampleMs = -1;
    m_result = {CheckResult::Status::Running, {}, {}};
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull()) {
        // Said after start() returns, like every other result, so callers connect in one way only.
        QTimer::singleShot(0, this, [this] { finish(noCameraResult()); });
        return;
    }
    m_session = std::make_unique<QMediaCaptureSession>();
    m_camera = std::make_unique<QCamera>(device);
    m_session->setCamera(m_camera.get());
    QVideoSink *sink = previewSink;
    if (!sink) {
        m_ownSink = new QVideoSink(this);
        sink = m_ownSink;
    }
    if (previewSink) {
        // The preview widget renders the frames; this check only looks at them.
        m_session->setVideoSink(previewSink);
    } else {
        m_session->setVideoSink(sink);
    }
    connect(sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        const qint64 now = m_clock.elapsed();
        if (m_lastSampleMs >= 0 && now - m_lastSampleMs < kFrameSampleMs) {
            return;
        }
        m_lastSampleMs = now;
        m_analyzer.addFrame(frame, now);
    });
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &text) {
        qCWarning(lcMediaCheck) << "camera error:" << text;
        finish({CheckResult::Status::Fail,
                translate("HealthHub::MediaCheck::CameraCheck", "The camera is not working. Please ask a volunteer."),
                QStringLiteral("camera error")});
    });
    m_clock.start();
    m_camera->start();
    m_timer.start(m_watchMs);
}

void CameraCheck::stop()
{
    m_timer.stop();
    if (m_camera) {
        m_camera->stop();
        disconnect(m_camera.get(), nullptr, this, nullptr);
    }
    if (m_session) {
        QVideoSink *sink = m_session->videoSink();
        if (sink) {
            disconnect(sink, nullptr, this, nullptr);
        }
        m_session->setVideoSink(nullptr);
        m_session->setCamera(nullptr);
    }
    m_camera.reset();
    m_session.reset();
    delete m_ownSink;
    m_ownSink = nullptr;
}

void CameraCheck::finish(const CheckResult &result)
{
    stop();
    m_result = result;
    qCInfo(lcMediaCheck) << "camera:" << statusName(result.status) << result.detail;
    Q_EMIT finished(result);
}

// ---- microphone ----

MicrophoneCheck::MicrophoneCheck(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CheckResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(m_detector.verdict()); });
}

MicrophoneCheck::~MicrophoneCheck()
{
    stop();
    release();
}

void MicrophoneCheck::release()
{
    m_source.reset();
}

CheckResult MicrophoneCheck::noMicrophoneResult()
{
    return {CheckResult::Status::Fail,
            translate("HealthHub::MediaCheck::MicrophoneCheck", "This room has no microphone. Please ask a volunteer."),
            QStringLiteral("no audio input")};
}

void MicrophoneCheck::start()
{
    stop();
    m_detector.reset();
    m_result = {CheckResult::Status::Running, {}, {}};
    const QAudioDevice device = m_device.isNull() ? QMediaDevices::defaultAudioInput() : m_device;
    if (device.isNull()) {
        QTimer::singleShot(0, this, [this] { finish(noMicrophoneResult()); });
        return;
    }
    m_format = pcmFormat(device);
    release();
    m_source = std::make_unique<QAudioSource>(device, m_format);
    m_source->setBufferSize(m_format.bytesForDuration(kLevelBlockMs * 1000) * 4);
    m_input = m_source->start();
    if (!m_input) {
        QTimer::singleShot(0, this, [this] {
            finish({CheckResult::Status::Fail,
                    translate("HealthHub::MediaCheck::MicrophoneCheck",
                              "The microphone is not working. Please ask a volunteer."),
                    QStringLiteral("audio input did not start")});
        });
        return;
    }
    connect(m_input, &QIODevice::readyRead, this, &MicrophoneCheck::onReadyRead);
    m_timer.start(m_listenMs);
}

void MicrophoneCheck::onReadyRead()
{
    const QByteArray data = m_input->readAll();
    const qsizetype block =
        std::max<qsizetype>(m_format.bytesForDuration(kLevelBlockMs * 1000), m_format.bytesPerFrame());
    for (qsizetype offset = 0; offset + m_format.bytesPerFrame() <= data.size(); offset += block) {
        const qsizetype bytes = std::min(block, data.size() - offset);
        const AudioLevel level = AudioLevel::measure(m_format, data.constData() + offset, bytes);
        m_detector.add(level);
        Q_EMIT this->level(level.rmsDb);
    }
    if (m_detector.heardSpeech()) {
        finish(m_detector.verdict());
    }
}

bool MicrophoneCheck::holdsDevice() const
{
    return m_source && m_source->state() != QAudio::StoppedState;
}

void MicrophoneCheck::stop()
{
    m_timer.stop();
    if (m_input) {
        disconnect(m_input, nullptr, this, nullptr);
        m_input = nullptr;
    }
    if (m_source) {
        m_source->stop(); // the microphone is free from here on
        QTimer::singleShot(0, this, &MicrophoneCheck::release);
    }
}

void MicrophoneCheck::finish(const CheckResult &result)
{
    stop();
    m_result = result;
    qCInfo(lcMediaCheck) << "microphone:" << statusName(result.status) << result.detail;
    Q_EMIT finished(result);
}

// ---- speaker ----

SpeakerCheck::SpeakerCheck(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CheckResult>();
}

SpeakerCheck::~SpeakerCheck()
{
    stop();
    release();
}

void SpeakerCheck::release()
{
    if (!m_playing) {
        m_sink.reset();
    }
}

QByteArray SpeakerCheck::chime(const QAudioFormat &format)
{
    constexpr double kNoteSeconds = 0.4;
    constexpr double kAmplitude = 0.25; // -12 dBFS: clearly heard, never harsh
    constexpr double kEdgeSeconds = 0.02;
    const int rate = format.sampleRate();
    const int channels = format.channelCount();
    const int sampleBytes = format.bytesPerSample();
    const auto noteFrames = qsizetype(kNoteSeconds * rate);
    QByteArray pcm(noteFrames * 4 * channels * sampleBytes, Qt::Uninitialized);
    char *p = pcm.data();
    for (int note = 0; note < 4; ++note) {
        const double hz = kChimeHz[note % 2];
        for (qsizetype i = 0; i < noteFrames; ++i) {
            const double t = double(i) / rate;
            const double edge = std::min({1.0, t / kEdgeSeconds, (kNoteSeconds - t) / kEdgeSeconds});
            const double v = kAmplitude * edge * std::sin(2.0 * M_PI * hz * t);
            for (int c = 0; c < channels; ++c) {
                writeSample(format, p, v);
                p += sampleBytes;
            }
        }
    }
    return pcm;
}

void SpeakerCheck::play()
{
    stop();
    m_result = {CheckResult::Status::Running, {}, {}};
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        QTimer::singleShot(0, this, [this] {
            m_result = {CheckResult::Status::Fail,
                        translate("HealthHub::MediaCheck::SpeakerCheck", "This room has no speaker. Please ask a volunteer."),
                        QStringLiteral("no audio output")};
            Q_EMIT finished(m_result);
        });
        return;
    }
    const QAudioFormat format = pcmFormat(device);
    m_buffer.setData(chime(format));
    m_buffer.open(QIODevice::ReadOnly);
    m_sink.reset();
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_playing = true;
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState || (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError)) {
            stop();
            Q_EMIT played();
        }
    });
    m_sink->start(&m_buffer);
}

bool SpeakerCheck::holdsDevice() const
{
    return m_sink && m_sink->state() != QAudio::StoppedState;
}

void SpeakerCheck::stop()
{
    if (m_sink && m_playing) {
        disconnect(m_sink.get(), nullptr, this, nullptr);
        m_sink->stop(); // the speaker is free from here on
        QTimer::singleShot(0, this, &SpeakerCheck::release);
    }
    m_playing = false;
    m_buffer.close();
}

void SpeakerCheck::answer(bool heard)
{
    stop();
    if (heard) {
        m_result = {CheckResult::Status::Pass, translate("HealthHub::MediaCheck::SpeakerCheck", "The speaker works."),
                    QStringLiteral("heard")};
    } else {
        m_result = {CheckResult::Status::Fail,
                    translate("HealthHub::MediaCheck::SpeakerCheck", "You could not hear the sound. Please ask a volunteer."),
                    QStringLiteral("not heard")};
    }
    qCInfo(lcMediaCheck) << "speaker:" << statusName(m_result.status);
    Q_EMIT finished(m_result);
}

} // namespace HealthHub::MediaCheck
