// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/readaloud.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QVoice>

Q_LOGGING_CATEGORY(lcReadAloud, "healthhub.readaloud")

namespace HealthHub::Ui {

namespace {
/** Engines in order of preference: speech-dispatcher has the most languages, flite always works offline. */
const QStringList kEngines{QStringLiteral("speechd"), QStringLiteral("flite")};

bool hasVoiceFor(QTextToSpeech *speech, const QLocale &wanted)
{
    if (wanted.language() == QLocale::C || wanted.language() == QLocale::AnyLanguage) {
        return false; // not a language code at all
    }
    const QList<QLocale> locales = speech->availableLocales();
    return std::any_of(locales.cbegin(), locales.cend(),
                       [&wanted](const QLocale &locale) { return locale.language() == wanted.language(); });
}
} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{}

ReadAloud::~ReadAloud()
{
    if (m_speech) {
        m_speech->stop();
    }
}

bool ReadAloud::ensureEngine(const QString &language)
{
    const QLocale wanted(language);
    if (m_speech && m_language == language) {
        return m_speech->state() != QTextToSpeech::Error;
    }
    // Try each engine until one has a voice in this language.
    const QStringList available = QTextToSpeech::availableEngines();
    for (const QString &engine : kEngines) {
        if (!available.contains(engine)) {
            continue;
        }
        if (!m_speech || m_engineName != engine) {
            delete m_speech;
            m_speech = new QTextToSpeech(engine, this);
            m_engineName = engine;
            connect(m_speech, &QTextToSpeech::stateChanged, this, &ReadAloud::onStateChanged);
        }
        if (m_speech->state() != QTextToSpeech::Error && hasVoiceFor(m_speech, wanted)) {
            m_speech->setLocale(wanted);
            m_language = language;
            qCInfo(lcReadAloud) << "reading aloud with" << engine << "in" << language;
            return true;
        }
    }
    qCInfo(lcReadAloud) << "no speech engine has a voice for" << language;
    m_language.clear();
    return false;
}

bool ReadAloud::isAvailable(const QString &language)
{
    return ensureEngine(language);
}

bool ReadAloud::speak(const QStringList &sentences, const QString &language)
{
    stop();
    if (sentences.isEmpty() || !ensureEngine(language)) {
        return false;
    }
    m_sentences = sentences;
    m_current = 0;
    speakCurrent();
    return true;
}

void ReadAloud::stop()
{
    if (m_current < 0) {
        return;
    }
    m_current = -1;
    m_sentences.clear();
    if (m_speech) {
        m_speech->stop();
    }
    Q_EMIT finished();
}

void ReadAloud::speakCurrent()
{
    m_started = false;
    Q_EMIT sentenceStarted(m_current);
    m_speech->say(m_sentences.at(m_current));
}

void ReadAloud::onStateChanged()
{
    if (m_current < 0) {
        return;
    }
    switch (m_speech->state()) {
    case QTextToSpeech::Speaking:
        m_started = true;
        break;
    case QTextToSpeech::Ready:
        if (!m_started) {
            break; // the Ready left over from the previous sentence
        }
        if (++m_current >= m_sentences.size()) {
            m_current = -1;
            m_sentences.clear();
            Q_EMIT finished();
        } else {
            speakCurrent();
        }
        break;
    case QTextToSpeech::Error:
        qCWarning(lcReadAloud) << "the speech engine failed";
        m_current = -1;
        m_sentences.clear();
        Q_EMIT finished();
        break;
    case QTextToSpeech::Paused:
        break;
    }
}

} // namespace HealthHub::Ui
