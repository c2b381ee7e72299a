// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace HealthHub::Catalogue {

/**
 * Small text tools shared by search, read-aloud and the content checks: they work on any language's
 * letters, not only English.
 */
namespace PlainText {

/** Lower case, accents removed ("Café" → "cafe"), every run of other characters one space, trimmed. */
QString normalise(const QString &text);

/** The words of @p text after normalise(); apostrophes are dropped ("doctor's" → "doctors"). */
QStringList words(const QString &text);

/** Splits @p text after ".", "!", "?" or "…" followed by a space; each sentence keeps its punctuation. */
QStringList sentences(const QString &text);

/** Damerau–Levenshtein distance (optimal string alignment), giving up once it passes @p limit. */
int editDistance(QStringView a, QStringView b, int limit);

/** English syllables in one word, estimated from vowel groups (good to about one syllable a word). */
int englishSyllables(const QString &word);

/** Flesch reading ease of English @p text: 100 very easy, 60–70 plain English, under 30 very hard. */
double fleschReadingEase(const QString &text);

} // namespace PlainText
} // namespace HealthHub::Catalogue
