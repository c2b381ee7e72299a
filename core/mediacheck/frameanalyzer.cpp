// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mediacheck/frameanalyzer.h"

#include <QCoreApplication>
#include <QVideoFrame>

#include <cstdlib>

namespace HealthHub::MediaCheck {

namespace {
constexpr int kThumbWidth = 64;
constexpr int kThumbHeight = 48;

// Named translate() with the context written at each call, so lupdate files each text under the context the
// program looks it up with.
QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}
} // namespace

void FrameAnalyzer::reset()
{
    *this = FrameAnalyzer(m_thresholds);
}

void FrameAnalyzer::addFrame(const QVideoFrame &frame, qint64 ms)
{
    addFrame(frame.toImage(), ms);
}

void FrameAnalyzer::addFrame(const QImage &image, qint64 ms)
{
    if (image.isNull()) {
        return;
    }
    const QImage thumb = image.scaled(kThumbWidth, kThumbHeight, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                             .convertToFormat(QImage::Format_Grayscale8);
    qint64 sum = 0;
    qint64 change = 0;
    const bool comparable = !m_previous.isNull();
    for (int y = 0; y < kThumbHeight; ++y) {
        const uchar *row = thumb.constScanLine(y);
        const uchar *before = comparable ? m_previous.constScanLine(y) : nullptr;
        for (int x = 0; x < kThumbWidth; ++x) {
            sum += row[x];
            if (before) {
                change += std::abs(int(row[x]) - int(before[x]));
            }
        }
    }
    constexpr double kScale = 255.0 * kThumbWidth * kThumbHeight;
    m_lastLuma = double(sum) / kScale;
    if (comparable) {
        m_lastChange = double(change) / kScale;
        if (m_lastChange > m_thresholds.frozenChange) {
            m_lastChangedMs = ms;
        }
    } else {
        m_firstMs = ms;
        m_lastChangedMs = ms;
    }
    m_lastMs = ms;
    m_previous = thumb;
    ++m_frames;
}

bool FrameAnalyzer::isBlack() const
{
    return m_frames > 0 && m_lastLuma < m_thresholds.blackLuma;
}

bool FrameAnalyzer::isFrozen() const
{
    return m_frames > 1 && m_lastMs - m_lastChangedMs >= m_thresholds.frozenMs;
}

CheckResult FrameAnalyzer::verdict() const
{
    CheckResult result;
    result.detail = QStringLiteral("%1 frames; brightness %2; change %3")
                        .arg(m_frames)
                        .arg(m_lastLuma, 0, 'f', 3)
                        .arg(m_lastChange, 0, 'f', 4);
    if (m_frames == 0) {
        result.status = CheckResult::Status::Fail;
        result.message =
            translate("HealthHub::MediaCheck::CameraCheck", "The camera is not sending a picture. Please ask a volunteer.");
    } else if (isBlack()) {
        result.status = CheckResult::Status::Warning;
        result.message = translate("HealthHub::MediaCheck::CameraCheck",
                                   "The picture is dark. Check that nothing covers the camera, or ask a volunteer.");
    } else if (isFrozen()) {
        result.status = CheckResult::Status::Fail;
        result.message =
            translate("HealthHub::MediaCheck::CameraCheck", "The camera picture is stuck. Please ask a volunteer.");
    } else {
        result.status = CheckResult::Status::Pass;
        result.message =
            translate("HealthHub::MediaCheck::CameraCheck", "The camera works. You can see yourself on the screen.");
    }
    return result;
}

} // namespace HealthHub::MediaCheck
