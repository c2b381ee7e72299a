// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/readaloud.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QVoice>

#include <algorithm>
#include <iterator>

Q_LOGGING_CATEGORY(lcReadAloud, "healthhub.readaloud")

namespace HealthHub::Ui {

namespace {
/** Engines in order of preference: speech-dispatcher has the most languages, flite always works offline. */
const QStringList kEngines{QStringLiteral("speechd"), QStringLiteral("flite")};

/**
 * Voices for languages that the engine files under a code QLocale does not know. espeak-ng calls Mandarin
 * "cmn" (not "zh"), so Qt's speech-dispatcher engine puts that voice under the C locale, and asking for zh_CN
 * finds nothing. Such voices are found by the names the engine gives them, first name first.
 */
struct VoiceByName
{
    QLocale::Language language;
    QLatin1String names[2];
};
const VoiceByName kVoicesByName[] = {
    // "latin as English": the NHS, GP and app inside Chinese sentences are read as English letters and words.
    {QLocale::Chinese, {QLatin1String("Chinese (Mandarin, latin as English)"), QLatin1String("Chinese (Mandarin")}},
};

bool hasVoiceFor(QTextToSpeech *speech, const QLocale &wanted)
{
    if (wanted.language() == QLocale::C || wanted.language() == QLocale::AnyLanguage) {
        return false; // not a language code at all
    }
    const QList<QLocale> locales = speech->availableLocales();
    return std::any_of(locales.cbegin(), locales.cend(),
                       [&wanted](const QLocale &locale) { return locale.language() == wanted.language(); });
}
/** Selects a voice for @p wanted among the voices of locales Qt could not name; false when there is none. */
bool selectVoiceByName(QTextToSpeech *speech, const QLocale &wanted)
{
    const auto *entry = std::find_if(std::cbegin(kVoicesByName), std::cend(kVoicesByName),
                                     [&wanted](const VoiceByName &v) { return v.language == wanted.language(); });
    if (entry == std::cend(kVoicesByName)) {
        return false;
    }
    const QList<QLocale> locales = speech->availableLocales();
    for (const QLatin1String &name : entry->names) {
        for (const QLocale &locale : locales) {
            if (locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage) {
                continue;
            }
            speech->setLocale(locale);
            const QList<QVoice> voices = speech->availableVoices();
            // The plain voice ("Chinese (Mandarin, latin as English)"), not one of its "+Variant" copies.
            for (const QVoice &voice : voices) {
                if (voice.name().startsWith(name) && !voice.name().contains(QLatin1Char('+'))) {
                    speech->setVoice(voice);
                    return speech->voice().name() == voice.name();
                }
            }
        }
    }
    return false;
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
        if (m_speech->state() == QTextToSpeech::Error) {
            continue;
        }
        if (hasVoiceFor(m_speech, wanted)) {
            m_speech->setLocale(wanted);
            m_language = language;
            qCInfo(lcReadAloud) << "reading aloud with" << engine << "in" << language;
            return true;
        }
        if (selectVoiceByName(m_speech, wanted)) {
            m_language = language;
            qCInfo(lcReadAloud) << "reading aloud with" << engine << "in" << language << "with the voice"
                                << m_speech->voice().name();
            return true;
        }
    }
    qCInfo(lcReadAloud) << "no speech engine has a voice for" << language;
    m_language.clear();
    return false;
}

QString ReadAloud::voiceName() const
{
    return m_speech ? m_speech->voice().name() : QString();
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
