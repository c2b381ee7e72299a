// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalogue/plaintext.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace HealthHub::Catalogue::PlainText {

QString normalise(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isMark() || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // accents and apostrophes vanish: "café" → "cafe", "doctor's" → "doctors"
        }
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty()) {
                out.append(QLatin1Char(' '));
            }
            space = false;
            out.append(c.toLower());
        } else {
            space = true;
        }
    }
    return out;
}

QStringList words(const QString &text)
{
    return normalise(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList sentences(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?…])\\s+"));
    QStringList out;
    const QStringList parts = text.split(boundary, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty()) {
            out.append(trimmed);
        }
    }
    return out;
}

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit) {
        return limit + 1;
    }
    // Three rolling rows are enough for the transposition rule.
    QVarLengthArray<int, 64> before(m + 1);
    QVarLengthArray<int, 64> previous(m + 1);
    QVarLengthArray<int, 64> current(m + 1);
    for (qsizetype j = 0; j <= m; ++j) {
        previous[j] = int(j);
    }
    int previousRowBest = 0;
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                value = std::min(value, before[j - 2] + 1);
            }
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        // A cell looks back at most two rows, so two rows over the limit mean every later one is too.
        if (rowBest > limit && previousRowBest > limit) {
            return limit + 1;
        }
        previousRowBest = rowBest;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

int englishSyllables(const QString &word)
{
    const QString w = normalise(word);
    if (w.isEmpty()) {
        return 0;
    }
    if (w.size() <= 3) {
        return 1;
    }
    auto isVowel = [](QChar c) {
        return QStringLiteral("aeiouy").contains(c);
    };
    int count = 0;
    bool inVowels = false;
    for (const QChar c : w) {
        const bool vowel = isVowel(c);
        if (vowel && !inVowels) {
            ++count;
        }
        inVowels = vowel;
    }
    // A silent final "e" ("phone", "code"), but not "-le" ("table") or "-ee".
    if (w.endsWith(QLatin1Char('e')) && !w.endsWith(QLatin1String("le")) && !w.endsWith(QLatin1String("ee")) &&
        count > 1) {
        --count;
    }
    // "-ed" is silent except after t or d ("ordered", but "added").
    if (w.endsWith(QLatin1String("ed")) && w.size() > 3 && !QStringLiteral("td").contains(w.at(w.size() - 3)) &&
        count > 1) {
        --count;
    }
    return std::max(1, count);
}

double fleschReadingEase(const QString &text)
{
    const QStringList all = sentences(text);
    int wordCount = 0;
    int syllables = 0;
    for (const QString &sentence : all) {
        const QStringList sentenceWords = words(sentence);
        wordCount += int(sentenceWords.size());
        for (const QString &word : sentenceWords) {
            syllables += englishSyllables(word);
        }
    }
    if (wordCount == 0 || all.isEmpty()) {
        return 100.0;
    }
    return 206.835 - 1.015 * (double(wordCount) / double(all.size())) - 84.6 * (double(syllables) / wordCount);
}

} // namespace HealthHub::Catalogue::PlainText
