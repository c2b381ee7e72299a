// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediacheck/checkresult.h"

#include <QImage>

class QVideoFrame;

namespace HealthHub::MediaCheck {

/**
 * Judges a camera's picture from the frames it sends: black (mean brightness below a threshold) or frozen
 * (no change between frames for a while). Frames are shrunk to a small grey thumbnail first, so the work per
 * frame is tiny and sensor noise averages out.
 */
class FrameAnalyzer final
{
public:
    struct Thresholds
    {
        double blackLuma = 0.06;     ///< mean luma 0..1; 0.06 is about 16/255, the "black" of video levels
        double frozenChange = 0.002; ///< mean absolute change 0..1 between frames that counts as "no change"
        qint64 frozenMs = 2000;      ///< this long without change is a frozen picture
    };

    FrameAnalyzer() = default;
    explicit FrameAnalyzer(const Thresholds &thresholds)
        : m_thresholds(thresholds)
    {}

    void reset();
    /** Adds one frame seen at @p ms (a monotonic clock). */
    void addFrame(const QImage &image, qint64 ms);
    void addFrame(const QVideoFrame &frame, qint64 ms);

    int frames() const { return m_frames; }
    double lastLuma() const { return m_lastLuma; }
    double lastChange() const { return m_lastChange; }
    bool isBlack() const;
    bool isFrozen() const;

    /** What the frames so far mean for a visitor. */
    CheckResult verdict() const;

private:
    Thresholds m_thresholds;
    QImage m_previous;
    int m_frames = 0;
    double m_lastLuma = 0;
    double m_lastChange = -1;
    qint64 m_firstMs = -1;
    qint64 m_lastMs = -1;
    qint64 m_lastChangedMs = -1;
};

} // namespace HealthHub::MediaCheck
