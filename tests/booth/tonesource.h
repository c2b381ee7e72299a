// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAudioFormat>
#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>

#include <cmath>
#include <cstring>
#include <memory>

namespace HealthHub::Test {

/** An endless sine wave as 16-bit PCM, read by a QAudioSink: the "voice" fed into the virtual microphone. */
class SineDevice final : public QIODevice
{
public:
    SineDevice(const QAudioFormat &format, double hz, double amplitude)
        : m_format(format)
        , m_hz(hz)
        , m_amplitude(amplitude)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 1 << 16; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const int frameBytes = m_format.bytesPerFrame();
        const qint64 frames = maxSize / frameBytes;
        for (qint64 i = 0; i < frames; ++i) {
            const double v = m_amplitude * std::sin(2.0 * M_PI * m_hz * double(m_frame++) / m_format.sampleRate());
            const auto sample = qint16(std::lround(std::clamp(v, -1.0, 1.0) * 32767.0));
            for (int c = 0; c < m_format.channelCount(); ++c) {
                std::memcpy(data + i * frameBytes + c * 2, &sample, 2);
            }
        }
        return frames * frameBytes;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QAudioFormat m_format;
    double m_hz;
    double m_amplitude;
    qint64 m_frame = 0;
};

/** Plays a tone on the default output (the virtual speaker, whose sound the virtual microphone hears). */
class TonePlayer final
{
public:
    TonePlayer(double hz, double amplitude)
    {
        QAudioFormat format;
        format.setSampleRate(48000);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        m_device = std::make_unique<SineDevice>(format, hz, amplitude);
        m_sink = std::make_unique<QAudioSink>(QMediaDevices::defaultAudioOutput(), format);
        m_sink->start(m_device.get());
    }
    ~TonePlayer() { m_sink->stop(); }
    TonePlayer(const TonePlayer &) = delete;
    TonePlayer &operator=(const TonePlayer &) = delete;

private:
    std::unique_ptr<SineDevice> m_device;
    std::unique_ptr<QAudioSink> m_sink;
};

} // namespace HealthHub::Test
