// SPDX-License-Identifier: GPL-3.0-or-later
// The booth's device checks. Frame analysis is fed synthetic frames (this tests the analysis, not a device:
// the machine has no camera). The microphone and speaker checks run on the real PulseAudio virtual devices
// that packaging/with-test-env.sh sets up: a tone played into the virtual speaker reaches the virtual
// microphone; the chime is recorded back from the speaker's monitor.

#include "core/mediacheck/audiolevel.h"
#include "core/mediacheck/devicechecks.h"
#include "core/mediacheck/frameanalyzer.h"
#include "tests/booth/tonesource.h"

#include <QAudioSource>
#include <QCameraDevice>
#include <QGuiApplication>
#include <QMediaDevices>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cmath>

using namespace HealthHub::MediaCheck;
using HealthHub::Test::TonePlayer;

namespace {

QImage filled(QColor colour)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

/** A lit scene with something moving in it, different in each frame. */
QImage moving(int frame)
{
    QImage image = filled(QColor(140, 120, 100));
    QPainter painter(&image);
    painter.fillRect(20 + frame * 7 % 250, 60, 50, 120, QColor(230, 200, 170));
    return image;
}

/** Strength of one frequency in 16-bit mono PCM (Goertzel), as a fraction of full scale. */
double toneStrength(const QByteArray &pcm, int rate, double hz)
{
    const auto *samples = reinterpret_cast<const qint16 *>(pcm.constData());
    const qsizetype n = pcm.size() / 2;
    const double w = 2.0 * M_PI * hz / rate;
    double s1 = 0;
    double s2 = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double s = samples[i] / 32768.0 + 2.0 * std::cos(w) * s1 - s2;
        s2 = s1;
        s1 = s;
    }
    const double power = s1 * s1 + s2 * s2 - 2.0 * std::cos(w) * s1 * s2;
    return n > 0 ? 2.0 * std::sqrt(std::max(0.0, power)) / double(n) : 0.0;
}

} // namespace

class MediaCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blackPictureWarns();
    void frozenPictureFails();
    void movingPicturePasses();
    void noFramesFails();
    void videoFramesAreAnalysed();
    void levelOfKnownSignals();
    void speechDetector();
    void noCameraGivesTheNoCameraMessage();
    void toneIntoVirtualMicrophonePasses();
    void silenceFailsWithTheRightWords();
    void clippingToneWarns();
    void chimeReachesTheSpeaker();
    void speakerAnswers();

private:
    bool haveVirtualAudio() const;
};

void MediaCheckTest::blackPictureWarns()
{
    FrameAnalyzer analyzer;
    for (int i = 0; i < 10; ++i) {
        analyzer.addFrame(filled(QColor(6, 6, 6)), i * 100);
    }
    QVERIFY(analyzer.isBlack());
    QCOMPARE(analyzer.verdict().status, CheckResult::Status::Warning);
    QCOMPARE(analyzer.verdict().message,
             QStringLiteral("The picture is dark. Check that nothing covers the camera, or ask a volunteer."));
}

void MediaCheckTest::frozenPictureFails()
{
    FrameAnalyzer analyzer;
    analyzer.addFrame(moving(0), 0);
    for (int i = 1; i <= 25; ++i) {
        analyzer.addFrame(moving(1), i * 100); // the same picture for 2.4 s
    }
    QVERIFY(analyzer.isFrozen());
    QVERIFY(!analyzer.isBlack());
    QCOMPARE(analyzer.verdict().status, CheckResult::Status::Fail);
    QCOMPARE(analyzer.verdict().message, QStringLiteral("The camera picture is stuck. Please ask a volunteer."));

    // Not yet frozen at 1.9 s without change.
    FrameAnalyzer early;
    early.addFrame(moving(0), 0);
    for (int i = 1; i <= 20; ++i) {
        early.addFrame(moving(1), 100 + i * 90);
    }
    QVERIFY(!early.isFrozen());
}

void MediaCheckTest::movingPicturePasses()
{
    FrameAnalyzer analyzer;
    for (int i = 0; i < 30; ++i) {
        analyzer.addFrame(moving(i), i * 100);
    }
    QVERIFY(!analyzer.isBlack());
    QVERIFY(!analyzer.isFrozen());
    QCOMPARE(analyzer.verdict().status, CheckResult::Status::Pass);
}

void MediaCheckTest::noFramesFails()
{
    const FrameAnalyzer analyzer;
    QCOMPARE(analyzer.verdict().status, CheckResult::Status::Fail);
    QCOMPARE(analyzer.verdict().message,
             QStringLiteral("The camera is not sending a picture. Please ask a volunteer."));
}

void MediaCheckTest::videoFramesAreAnalysed()
{
    // The same path a camera's frames take: a QVideoFrame, mapped and converted by Qt Multimedia.
    auto makeFrame = [](QColor colour) {
        // BGRX in memory is a little-endian 0xffRRGGBB, the same as QImage::Format_RGB32.
        QVideoFrame frame(QVideoFrameFormat(QSize(160, 120), QVideoFrameFormat::Format_BGRX8888));
        if (!frame.map(QVideoFrame::WriteOnly)) {
            return QVideoFrame();
        }
        for (int y = 0; y < 120; ++y) {
            auto *row = reinterpret_cast<quint32 *>(frame.bits(0) + y * frame.bytesPerLine(0));
            std::fill(row, row + 160, colour.rgb());
        }
        frame.unmap();
        return frame;
    };
    FrameAnalyzer analyzer;
    analyzer.addFrame(makeFrame(QColor(200, 200, 200)), 0);
    QVERIFY2(analyzer.lastLuma() > 0.6, qPrintable(QString::number(analyzer.lastLuma())));
    analyzer.addFrame(makeFrame(QColor(0, 0, 0)), 100);
    QVERIFY2(analyzer.isBlack(), qPrintable(QString::number(analyzer.lastLuma())));
    QVERIFY(analyzer.lastChange() > 0.6);
}

void MediaCheckTest::levelOfKnownSignals()
{
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    QByteArray pcm(48000 * 2, Qt::Uninitialized); // one second
    auto *samples = reinterpret_cast<qint16 *>(pcm.data());
    for (int i = 0; i < 48000; ++i) {
        samples[i] = qint16(std::lround(0.5 * 32767.0 * std::sin(2.0 * M_PI * 1000.0 * i / 48000.0)));
    }
    const AudioLevel sine = AudioLevel::measure(format, pcm.constData(), pcm.size());
    QVERIFY2(std::abs(sine.peakDb - (-6.02)) < 0.1, qPrintable(QString::number(sine.peakDb)));
    QVERIFY2(std::abs(sine.rmsDb - (-9.03)) < 0.1, qPrintable(QString::number(sine.rmsDb)));
    QCOMPARE(sine.durationUs, 1000000);

    pcm.fill(0);
    const AudioLevel silence = AudioLevel::measure(format, pcm.constData(), pcm.size());
    QCOMPARE(silence.rmsDb, AudioLevel::kSilenceDb);

    QAudioFormat floatFormat = format;
    floatFormat.setSampleFormat(QAudioFormat::Float);
    const float loud[4] = {1.0f, -1.0f, 1.0f, -1.0f};
    const AudioLevel full = AudioLevel::measure(floatFormat, reinterpret_cast<const char *>(loud), sizeof loud);
    QCOMPARE(full.peakDb, 0.0);
}

void MediaCheckTest::speechDetector()
{
    SpeechDetector deaf; // no sound data at all: a broken or disconnected microphone
    QCOMPARE(deaf.verdict().status, CheckResult::Status::Fail);
    QCOMPARE(deaf.verdict().message,
             QStringLiteral("The microphone is not sending any sound. Please ask a volunteer."));

    SpeechDetector quietRoom;
    for (int i = 0; i < 40; ++i) {
        quietRoom.add({-70.0, -60.0, 50000});
    }
    QCOMPARE(quietRoom.verdict().status, CheckResult::Status::Fail);

    SpeechDetector voice;
    for (int i = 0; i < 9; ++i) {
        voice.add({-25.0, -10.0, 50000});
    }
    QVERIFY(!voice.heardSpeech()); // 0.45 s is not enough
    voice.add({-25.0, -10.0, 50000});
    QVERIFY(voice.heardSpeech());
    QCOMPARE(voice.verdict().status, CheckResult::Status::Pass);

    SpeechDetector faint;
    faint.add({-50.0, -40.0, 50000});
    QCOMPARE(faint.verdict().status, CheckResult::Status::Warning);
    QCOMPARE(faint.verdict().message,
             QStringLiteral("We only just heard you. Please speak a little louder, or ask a volunteer."));

    SpeechDetector shouting;
    shouting.add({-3.0, -0.5, 50000});
    QCOMPARE(shouting.verdict().status, CheckResult::Status::Warning);
}

bool MediaCheckTest::haveVirtualAudio() const
{
    return !QMediaDevices::defaultAudioInput().isNull() && !QMediaDevices::defaultAudioOutput().isNull();
}

void MediaCheckTest::noCameraGivesTheNoCameraMessage()
{
    CameraCheck check;
    QSignalSpy finished(&check, &CameraCheck::finished);
    check.start();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<CheckResult>();
    if (!QMediaDevices::videoInputs().isEmpty()) {
        // A camera is attached: the no-camera words must not appear.
        QVERIFY(result.message != CameraCheck::noCameraResult().message);
        return;
    }
    QCOMPARE(result.status, CheckResult::Status::Fail);
    QCOMPARE(result.message, QStringLiteral("This room has no camera. Please ask a volunteer."));
    QVERIFY(!check.isActive());
}

void MediaCheckTest::toneIntoVirtualMicrophonePasses()
{
    if (!haveVirtualAudio()) {
        QSKIP("no audio devices: run under packaging/with-test-env.sh, which starts PulseAudio");
    }
    // A 440 Hz tone at -12 dBFS: speech level, well clear of clipping.
    TonePlayer tone(440.0, 0.25);
    MicrophoneCheck check;
    QSignalSpy levels(&check, &MicrophoneCheck::level);
    QSignalSpy finished(&check, &MicrophoneCheck::finished);
    check.start();
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<CheckResult>();
    QVERIFY2(result.status == CheckResult::Status::Pass, qPrintable(result.detail));
    QCOMPARE(result.message, QStringLiteral("The microphone works. We heard you clearly."));
    QVERIFY(!levels.isEmpty());
    QVERIFY(!check.isActive()); // the microphone is released
}

void MediaCheckTest::silenceFailsWithTheRightWords()
{
    if (!haveVirtualAudio()) {
        QSKIP("no audio devices: run under packaging/with-test-env.sh, which starts PulseAudio");
    }
    // Digital silence played into the virtual speaker: the virtual microphone sends samples, all zero.
    // (With nothing playing at all, PulseAudio's virtual source sends no samples, unlike a real microphone.)
    TonePlayer silence(440.0, 0.0);
    MicrophoneCheck check;
    check.setListenMs(5000);
    QSignalSpy finished(&check, &MicrophoneCheck::finished);
    check.start();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<CheckResult>();
    QVERIFY2(result.status == CheckResult::Status::Fail, qPrintable(result.detail));
    QCOMPARE(result.message, QStringLiteral("We could not hear you. Please ask a volunteer."));
    // It really listened to samples (the virtual microphone takes about two seconds to start sending).
    QVERIFY2(check.heard().listenedUs() > 1000000, qPrintable(result.detail));
}

void MediaCheckTest::clippingToneWarns()
{
    if (!haveVirtualAudio()) {
        QSKIP("no audio devices: run under packaging/with-test-env.sh, which starts PulseAudio");
    }
    TonePlayer tone(440.0, 1.0); // full scale: every peak clips
    MicrophoneCheck check;
    QSignalSpy finished(&check, &MicrophoneCheck::finished);
    check.start();
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<CheckResult>();
    QVERIFY2(result.status == CheckResult::Status::Warning, qPrintable(result.detail));
    QCOMPARE(result.message, QStringLiteral("Your voice is too loud for the microphone. Sit a little further back."));
}

void MediaCheckTest::chimeReachesTheSpeaker()
{
    if (!haveVirtualAudio()) {
        QSKIP("no audio devices: run under packaging/with-test-env.sh, which starts PulseAudio");
    }
    // Record what the virtual speaker plays (its monitor, or the virtual microphone fed from it).
    QAudioDevice monitor = QMediaDevices::defaultAudioInput();
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice &device : inputs) {
        if (device.id() == "vsink.monitor") {
            monitor = device;
        }
    }
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    QAudioSource recorder(monitor, format);
    QIODevice *recording = recorder.start();
    QVERIFY(recording);
    QByteArray before;
    QTest::qWait(300);
    before = recording->readAll();

    SpeakerCheck speaker;
    QSignalSpy played(&speaker, &SpeakerCheck::played);
    speaker.play();
    QByteArray during;
    QVERIFY(played.wait(10000));
    QTest::qWait(300); // the last of the chime leaves the pipeline
    during = recording->readAll();
    recorder.stop();
    QVERIFY(!speaker.isPlaying());

    const double low = toneStrength(during, 48000, SpeakerCheck::kChimeHz[0]);
    const double high = toneStrength(during, 48000, SpeakerCheck::kChimeHz[1]);
    const double other = toneStrength(during, 48000, 440.0);
    QVERIFY2(low > 0.02 && high > 0.02, qPrintable(QStringLiteral("660 Hz %1, 880 Hz %2").arg(low).arg(high)));
    QVERIFY2(other < low / 5, qPrintable(QStringLiteral("440 Hz %1").arg(other)));
    QVERIFY(toneStrength(before, 48000, SpeakerCheck::kChimeHz[0]) < 0.005);
}

void MediaCheckTest::speakerAnswers()
{
    SpeakerCheck speaker;
    QSignalSpy finished(&speaker, &SpeakerCheck::finished);
    speaker.answer(false);
    QCOMPARE(speaker.result().status, CheckResult::Status::Fail);
    QCOMPARE(speaker.result().message, QStringLiteral("You could not hear the sound. Please ask a volunteer."));
    speaker.answer(true);
    QCOMPARE(speaker.result().status, CheckResult::Status::Pass);
    QCOMPARE(finished.count(), 2);
}

QTEST_MAIN(MediaCheckTest)
#include "mediacheck_test.moc"
