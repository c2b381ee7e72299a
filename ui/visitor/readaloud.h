// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTextToSpeech;

namespace HealthHub::Ui {

/**
 * Reads text aloud one sentence at a time, so the screen can highlight the sentence being read
 * (QTextToSpeech in Qt 6.4 reports no word positions, only when speaking starts and stops).
 * The speech engine is started on first use, never at start-up.
 */
class ReadAloud final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloud)

public:
    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    /** True when a speech engine has a voice for @p language ("en", "pl"…). */
    bool isAvailable(const QString &language);
    bool isSpeaking() const { return m_current >= 0; }
    /** The sentence being read, or -1. */
    int currentSentence() const { return m_current; }
    /** Name of the engine in use ("speechd", "flite"), for logs and tests; empty before first use. */
    QString engineName() const { return m_engineName; }
    /** Name of the voice in use ("Chinese (Mandarin, latin as English)"); empty before first use. */
    QString voiceName() const;

    /** Reads @p sentences in @p language; stops anything already being read. False when no voice exists. */
    bool speak(const QStringList &sentences, const QString &language);
    void stop();

Q_SIGNALS:
    /** Sentence @p index has started (highlight it). */
    void sentenceStarted(int index);
    /** Reading ended, by reaching the end or by stop(). */
    void finished();

private:
    bool ensureEngine(const QString &language);
    void speakCurrent();
    void onStateChanged();

    QTextToSpeech *m_speech = nullptr;
    QString m_engineName;
    QString m_language;
    QStringList m_sentences;
    int m_current = -1;
    bool m_started = false; ///< the current sentence has reached Speaking
};

} // namespace HealthHub::Ui
