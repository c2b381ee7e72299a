// SPDX-License-Identifier: GPL-3.0-or-later
// Read-aloud with the real speech engines of this machine (speech-dispatcher or flite, on PulseAudio's
// virtual speaker): each sentence is announced in order, then the end; stop() ends it at once.

#include "ui/visitor/readaloud.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextToSpeech>

using namespace HealthHub::Ui;

class ReadAloudTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSentenceBySentence();
    void stopEndsAtOnce();
    void unknownLanguageIsRefused();
    void chineseFindsTheMandarinVoice();
};

void ReadAloudTest::readsSentenceBySentence()
{
    ReadAloud reader;
    if (!reader.isAvailable(QStringLiteral("en"))) {
        QSKIP("speech not available: no engine on this machine has an English voice");
    }
    qInfo() << "engine:" << reader.engineName();
    QSignalSpy started(&reader, &ReadAloud::sentenceStarted);
    QSignalSpy finished(&reader, &ReadAloud::finished);
    const QStringList sentences{QStringLiteral("Open the app."), QStringLiteral("Touch Prescriptions."),
                                QStringLiteral("Tick your medicine.")};
    QVERIFY(reader.speak(sentences, QStringLiteral("en")));
    QVERIFY(reader.isSpeaking());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(started.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(started.at(i).at(0).toInt(), i);
    }
    QVERIFY(!reader.isSpeaking());
    QCOMPARE(reader.currentSentence(), -1);
}

void ReadAloudTest::stopEndsAtOnce()
{
    ReadAloud reader;
    if (!reader.isAvailable(QStringLiteral("en"))) {
        QSKIP("speech not available: no engine on this machine has an English voice");
    }
    QSignalSpy finished(&reader, &ReadAloud::finished);
    QVERIFY(reader.speak({QStringLiteral("This is a long sentence that we stop before it ends."),
                          QStringLiteral("This one is never read.")},
                         QStringLiteral("en")));
    reader.stop();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!reader.isSpeaking());
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
}

void ReadAloudTest::unknownLanguageIsRefused()
{
    ReadAloud reader;
    QVERIFY(!reader.isAvailable(QStringLiteral("xx")));
    QSignalSpy started(&reader, &ReadAloud::sentenceStarted);
    QVERIFY(!reader.speak({QStringLiteral("Hello.")}, QStringLiteral("xx")));
    QCOMPARE(started.size(), 0);
}

void ReadAloudTest::chineseFindsTheMandarinVoice()
{
    // espeak-ng calls its Mandarin voice "cmn", which Qt cannot match to zh_CN by locale: found by its name.
    if (!QTextToSpeech::availableEngines().contains(QStringLiteral("speechd"))) {
        QSKIP("speech-dispatcher not available: Qt's speechd engine is not installed");
    }
    ReadAloud reader;
    QVERIFY(reader.isAvailable(QStringLiteral("zh_CN")));
    QCOMPARE(reader.engineName(), QStringLiteral("speechd"));
    QCOMPARE(reader.voiceName(), QStringLiteral("Chinese (Mandarin, latin as English)"));
    QSignalSpy started(&reader, &ReadAloud::sentenceStarted);
    QSignalSpy finished(&reader, &ReadAloud::finished);
    QVERIFY(reader.speak({QStringLiteral("打开 NHS App。"), QStringLiteral("点处方。")}, QStringLiteral("zh_CN")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(started.size(), 2);
    // Back to another language: its own voice again, not the Mandarin one.
    QVERIFY(reader.isAvailable(QStringLiteral("pl")));
    QVERIFY2(!reader.voiceName().startsWith(QLatin1String("Chinese")), qPrintable(reader.voiceName()));
    QVERIFY(reader.isAvailable(QStringLiteral("zh_CN")));
    QCOMPARE(reader.voiceName(), QStringLiteral("Chinese (Mandarin, latin as English)"));
}

QTEST_MAIN(ReadAloudTest)
#include "readaloud_test.moc"
