// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mediacheck/audiolevel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace HealthHub::MediaCheck {

namespace {
// Named translate() with the context written at each call, so lupdate files each text under the context the
// program looks it up with.
QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

double toDb(double amplitude)
{
    return amplitude <= 0 ? AudioLevel::kSilenceDb : std::max(AudioLevel::kSilenceDb, 20.0 * std::log10(amplitude));
}

/** One sample as -1..1. */
double sampleAt(QAudioFormat::SampleFormat format, const char *p)
{
    switch (format) {
    case QAudioFormat::UInt8:
        return (double(uchar(*p)) - 128.0) / 128.0;
    case QAudioFormat::Int16: {
        qint16 v;
        std::memcpy(&v, p, sizeof v);
        return double(v) / 32768.0;
    }
    case QAudioFormat::Int32: {
        qint32 v;
        std::memcpy(&v, p, sizeof v);
        return double(v) / 2147483648.0;
    }
    case QAudioFormat::Float: {
        float v;
        std::memcpy(&v, p, sizeof v);
        return double(v);
    }
    case QAudioFormat::Unknown:
    case QAudioFormat::NSampleFormats:
        break;
    }
    return 0;
}
} // namespace

AudioLevel AudioLevel::measure(const QAudioFormat &format, const char *data, qsizetype bytes)
{
    AudioLevel level;
    const int sampleBytes = format.bytesPerSample();
    if (sampleBytes <= 0 || format.sampleRate() <= 0 || format.channelCount() <= 0) {
        return level;
    }
    const qsizetype samples = bytes / sampleBytes;
    if (samples == 0) {
        return level;
    }
    double sumSquares = 0;
    double peak = 0;
    for (qsizetype i = 0; i < samples; ++i) {
        const double v = sampleAt(format.sampleFormat(), data + i * sampleBytes);
        sumSquares += v * v;
        peak = std::max(peak, std::abs(v));
    }
    level.rmsDb = toDb(std::sqrt(sumSquares / double(samples)));
    level.peakDb = toDb(peak);
    level.durationUs = qint64(samples / format.channelCount()) * 1000000 / format.sampleRate();
    return level;
}

void SpeechDetector::add(const AudioLevel &level)
{
    m_listenedUs += level.durationUs;
    m_loudestRmsDb = std::max(m_loudestRmsDb, level.rmsDb);
    m_loudestPeakDb = std::max(m_loudestPeakDb, level.peakDb);
    if (level.rmsDb > m_thresholds.speechRmsDb) {
        m_speechUs += level.durationUs;
    }
    if (level.peakDb >= m_thresholds.clipPeakDb) {
        ++m_clippedBlocks;
    }
}

CheckResult SpeechDetector::verdict() const
{
    CheckResult result;
    result.detail = QStringLiteral("speech %1 ms of %2 ms; loudest %3 dBFS RMS, peak %4 dBFS")
                        .arg(m_speechUs / 1000)
                        .arg(m_listenedUs / 1000)
                        .arg(m_loudestRmsDb, 0, 'f', 1)
                        .arg(m_loudestPeakDb, 0, 'f', 1);
    if (m_listenedUs == 0) {
        result.status = CheckResult::Status::Fail;
        result.message = translate("HealthHub::MediaCheck::MicrophoneCheck",
                                   "The microphone is not sending any sound. Please ask a volunteer.");
    } else if (clipped()) {
        result.status = CheckResult::Status::Warning;
        result.message = translate("HealthHub::MediaCheck::MicrophoneCheck",
                                   "Your voice is too loud for the microphone. Sit a little further back.");
    } else if (heardSpeech()) {
        result.status = CheckResult::Status::Pass;
        result.message = translate("HealthHub::MediaCheck::MicrophoneCheck", "The microphone works. We heard you clearly.");
    } else if (m_loudestRmsDb > m_thresholds.faintRmsDb) {
        result.status = CheckResult::Status::Warning;
        result.message = translate("HealthHub::MediaCheck::MicrophoneCheck",
                                   "We only just heard you. Please speak a little louder, or ask a volunteer.");
    } else {
        result.status = CheckResult::Status::Fail;
        result.message =
            translate("HealthHub::MediaCheck::MicrophoneCheck", "We could not hear you. Please ask a volunteer.");
    }
    return result;
}

} // namespace HealthHub::MediaCheck
