// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediacheck/checkresult.h"

#include <QAudioFormat>

namespace HealthHub::MediaCheck {

/** The level of one block of sound, in dB below full scale (0 dBFS is the loudest a sample can be). */
struct AudioLevel
{
    static constexpr double kSilenceDb = -120.0; ///< what digital silence reads as

    double rmsDb = kSilenceDb;
    double peakDb = kSilenceDb;
    qint64 durationUs = 0;

    /** Measures interleaved PCM in @p format (unsigned 8-bit, 16- or 32-bit integer, or float), all channels. */
    static AudioLevel measure(const QAudioFormat &format, const char *data, qsizetype bytes);
};

/**
 * Listens for speech in a stream of levels: it passes once sound at speech level (RMS above -40 dBFS) has been
 * heard for half a second in all, and warns when the peaks reach -1 dBFS (clipping: the voice is distorted).
 */
class SpeechDetector final
{
public:
    struct Thresholds
    {
        double speechRmsDb = -40.0;
        double clipPeakDb = -1.0;
        qint64 speechUs = 500000;
        double faintRmsDb = -55.0; ///< heard something, but too quiet to be sure
    };

    SpeechDetector() = default;
    explicit SpeechDetector(const Thresholds &thresholds)
        : m_thresholds(thresholds)
    {}

    void add(const AudioLevel &level);
    void reset() { *this = SpeechDetector(m_thresholds); }

    bool heardSpeech() const { return m_speechUs >= m_thresholds.speechUs; }
    bool clipped() const { return m_clippedBlocks > 0; }
    qint64 speechUs() const { return m_speechUs; }
    qint64 listenedUs() const { return m_listenedUs; }
    double loudestRmsDb() const { return m_loudestRmsDb; }
    double loudestPeakDb() const { return m_loudestPeakDb; }

    /** What was heard so far means this for a visitor. */
    CheckResult verdict() const;

private:
    Thresholds m_thresholds;
    qint64 m_speechUs = 0;
    qint64 m_listenedUs = 0;
    int m_clippedBlocks = 0;
    double m_loudestRmsDb = AudioLevel::kSilenceDb;
    double m_loudestPeakDb = AudioLevel::kSilenceDb;
};

} // namespace HealthHub::MediaCheck
