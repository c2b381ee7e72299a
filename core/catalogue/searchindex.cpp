// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalogue/searchindex.h"

#include "core/catalogue/plaintext.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace HealthHub::Catalogue {

namespace {
const QString kEnglish = QStringLiteral("en");

// How much a word tells about a task depends on where the author put it.
constexpr float kTitleWeight = 3.0F;
constexpr float kSearchWordWeight = 2.5F;
constexpr float kSummaryWeight = 1.5F;
constexpr float kStepWeight = 0.5F;
constexpr float kOtherLanguageFactor = 0.5F; // English words in another language's index
constexpr double kEverydayFactor = 0.9;      // "pills" is nearly as good as "medicine"
constexpr double kWholePhraseBonus = 2.0;
constexpr double kKeepFractionOfBest = 0.3; // hits far below the best one are noise to a visitor

/** Whether @p word is written in Chinese characters (judged by its first character). */
bool isHan(const QString &word)
{
    return !word.isEmpty() && QChar::script(word.at(0).unicode()) == QChar::Script_Han;
}
} // namespace

SearchIndex::SearchIndex(const Catalogue &catalogue)
{
    for (const Task &task : catalogue.tasks()) {
        m_taskIds.append(task.id);
    }
    QStringList languages = catalogue.languages();
    if (!languages.contains(kEnglish)) {
        languages.prepend(kEnglish);
    }
    for (const QString &language : std::as_const(languages)) {
        build(catalogue, language);
    }
}

namespace {

/** In how many tasks each word appears. */
QHash<QString, int> tasksPerWord(const QList<QHash<QString, float>> &weights)
{
    QHash<QString, int> count;
    for (const auto &perTask : weights) {
        for (auto it = perTask.constBegin(); it != perTask.constEnd(); ++it) {
            ++count[it.key()];
        }
    }
    return count;
}

} // namespace

void SearchIndex::build(const Catalogue &catalogue, const QString &language)
{
    LanguageIndex &index = m_indexes[language];
    index.everyday = catalogue.everydayWords(language);
    const QList<Task> &tasks = catalogue.tasks();
    QList<QHash<QString, float>> weights(tasks.size());

    for (int i = 0; i < tasks.size(); ++i) {
        const Task &task = tasks.at(i);
        QList<std::pair<const TaskText *, float>> texts{{&task.text(language), 1.0F}};
        if (language != kEnglish && task.hasLanguage(language)) {
            texts.append({&task.text(kEnglish), kOtherLanguageFactor});
        }
        for (const auto &entry : texts) {
            const TaskText *text = entry.first;
            const float factor = entry.second; // a named copy: C++17 lambdas cannot capture structured bindings
            auto addText = [&](const QString &words, float weight) {
                for (const QString &word : PlainText::words(words)) {
                    if (index.everyday.ignored.contains(word)) {
                        continue;
                    }
                    float &current = weights[i][word];
                    current = std::max(current, weight * factor);
                }
            };
            addText(text->title, kTitleWeight);
            addText(text->summary, kSummaryWeight);
            for (const QString &word : text->searchWords) {
                addText(word, kSearchWordWeight);
            }
            for (const QString &step : text->steps) {
                addText(step, kStepWeight);
            }
        }
        index.titles.append(PlainText::normalise(task.text(language).title));
    }

    // Words found in many tasks say less about any one of them.
    const QHash<QString, int> taskCount = tasksPerWord(weights);
    const double n = std::max<double>(1, double(tasks.size()));
    for (int i = 0; i < tasks.size(); ++i) {
        for (auto it = weights.at(i).constBegin(); it != weights.at(i).constEnd(); ++it) {
            auto found = index.termByWord.constFind(it.key());
            int term = 0;
            if (found == index.termByWord.constEnd()) {
                term = int(index.terms.size());
                index.termByWord.insert(it.key(), term);
                index.terms.append(it.key());
                index.postings.append(QList<Posting>());
            } else {
                term = *found;
            }
            const double rarity = 0.5 + 0.5 * std::log((n + 1) / taskCount.value(it.key())) / std::log(n + 1);
            index.postings[term].append({i, float(it.value() * rarity)});
        }
    }
}

double SearchIndex::matchQuality(const QString &typed, const QString &term, bool mayBeUnfinished)
{
    if (typed == term) {
        return 1.0;
    }
    const qsizetype t = typed.size();
    // Chinese is written without spaces, so a run of Han characters is one "word": a guide word inside what
    // was typed ("开药" in "我想开药"), or what was typed inside a longer guide word, still matches.
    if (isHan(typed) && isHan(term)) {
        if (typed.contains(term)) {
            return term.size() >= 2 ? 0.8 : 0.6;
        }
        return t >= 2 && term.contains(typed) ? 0.7 : 0.0;
    }
    // Half-typed: "presc" → "prescription". Only the word being typed, or any word of 3 letters or more.
    if (term.startsWith(typed) && (t >= 3 || (mayBeUnfinished && t >= 2))) {
        return 0.85;
    }
    // Plurals and endings: "appointments" → "appointment", "booking" → "book".
    if (typed.startsWith(term) && term.size() >= 4 && t - term.size() <= 3) {
        return t - term.size() == 1 ? 0.8 : (t - term.size() == 2 ? 0.65 : 0.55);
    }
    // Typos: one slip in a short word, two in a long one.
    const int allowed = t <= 3 ? 0 : (t <= 6 ? 1 : 2);
    if (allowed > 0) {
        const int distance = PlainText::editDistance(typed, term, allowed);
        if (distance <= allowed) {
            return distance == 1 ? 0.75 : 0.6;
        }
        // A typo in a half-typed word: "perscr" → "prescription".
        if (mayBeUnfinished && t >= 4 && term.size() > t &&
            PlainText::editDistance(typed, QStringView(term).left(t), 1) <= 1) {
            return 0.55;
        }
    }
    return 0.0;
}

QStringList SearchIndex::splitHan(const QString &word, const LanguageIndex &index)
{
    constexpr qsizetype kLongestWord = 6;
    auto known = [&index](const QString &piece) {
        return index.termByWord.contains(piece) || index.everyday.ignored.contains(piece) ||
               index.everyday.meanings.contains(piece);
    };
    if (!isHan(word) || known(word)) {
        return {word};
    }
    QStringList pieces;
    QString unknown;
    for (qsizetype i = 0; i < word.size();) {
        qsizetype length = std::min(kLongestWord, word.size() - i);
        while (length > 0 && !known(word.mid(i, length))) {
            --length;
        }
        if (length == 0) {
            unknown += word.at(i);
            ++i;
            continue;
        }
        if (!unknown.isEmpty()) {
            pieces.append(std::exchange(unknown, QString()));
        }
        pieces.append(word.mid(i, length));
        i += length;
    }
    if (!unknown.isEmpty()) {
        pieces.append(unknown);
    }
    return pieces;
}

QList<double> SearchIndex::wordScores(const LanguageIndex &index, const QString &word, bool unfinished) const
{
    // What this one word could mean: itself, and the catalogue words an everyday word stands for.
    QList<std::pair<QString, double>> meanings{{word, 1.0}};
    for (auto it = index.everyday.meanings.constBegin(); it != index.everyday.meanings.constEnd(); ++it) {
        const double quality = matchQuality(word, it.key(), unfinished);
        if (quality > 0) {
            for (const QString &meant : it.value()) {
                meanings.append({meant, quality * kEverydayFactor});
            }
        }
    }
    QList<double> best(m_taskIds.size(), 0.0);
    for (int term = 0; term < index.terms.size(); ++term) {
        double quality = 0;
        for (const auto &[meaning, factor] : std::as_const(meanings)) {
            quality =
                std::max(quality, factor * matchQuality(meaning, index.terms.at(term), unfinished && factor == 1.0));
        }
        if (quality <= 0) {
            continue;
        }
        for (const Posting &posting : index.postings.at(term)) {
            best[posting.task] = std::max(best[posting.task], quality * posting.weight);
        }
    }
    return best;
}

QList<SearchIndex::Hit> SearchIndex::rankedHits(const QList<double> &scores) const
{
    QList<Hit> hits;
    if (scores.isEmpty()) {
        return hits;
    }
    const double top = *std::max_element(scores.cbegin(), scores.cend());
    for (int task = 0; task < scores.size(); ++task) {
        if (scores.at(task) > 0 && scores.at(task) >= top * kKeepFractionOfBest) {
            hits.append({m_taskIds.at(task), scores.at(task)});
        }
    }
    // Best first; equal scores keep the catalogue's order.
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.score > b.score; });
    return hits;
}

QList<SearchIndex::Hit> SearchIndex::search(const QString &query, const QString &language) const
{
    auto found = m_indexes.constFind(language);
    if (found == m_indexes.constEnd()) {
        found = m_indexes.constFind(kEnglish);
    }
    if (found == m_indexes.constEnd()) {
        return {};
    }
    const LanguageIndex &index = *found;
    const QString normalised = PlainText::normalise(query);
    QStringList typed;
    for (const QString &word : normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        typed += splitHan(word, *found);
    }
    const bool lastUnfinished = !query.isEmpty() && query.back().isLetterOrNumber();
    const qsizetype typedCount = typed.size();

    QList<double> scores(m_taskIds.size(), 0.0);
    bool anyWord = false;
    for (qsizetype q = 0; q < typedCount; ++q) {
        const QString &word = typed.at(q);
        if (index.everyday.ignored.contains(word)) {
            continue;
        }
        anyWord = true;
        const QList<double> best = wordScores(index, word, lastUnfinished && q == typedCount - 1);
        for (int task = 0; task < scores.size(); ++task) {
            scores[task] += best.at(task);
        }
    }
    if (anyWord && normalised.size() >= 3) {
        for (int task = 0; task < index.titles.size(); ++task) {
            if (index.titles.at(task).contains(normalised)) {
                scores[task] += kWholePhraseBonus;
            }
        }
    }
    return rankedHits(scores);
}

} // namespace HealthHub::Catalogue
