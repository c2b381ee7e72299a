// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalogue/catalogue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace HealthHub::Catalogue {

/**
 * Finds tasks as a visitor types, forgiving typos ("perscription"), half-typed words ("prescr") and
 * everyday words ("pills", "doctor"). Built once from the catalogue; one index per language the content has,
 * each also holding the English words at a lower weight so a half-translated catalogue is still found.
 */
class SearchIndex final
{
public:
    struct Hit
    {
        QString taskId;
        double score = 0;
    };

    explicit SearchIndex(const Catalogue &catalogue);

    /** The tasks that match @p query in @p language, best first. Empty for a query with no words. */
    QList<Hit> search(const QString &query, const QString &language) const;

private:
    struct Posting
    {
        int task = 0;
        float weight = 0;
    };
    struct LanguageIndex
    {
        QStringList terms;              ///< every normalised word, for fuzzy matching
        QList<QList<Posting>> postings; ///< per term: the tasks it appears in and how strongly
        QHash<QString, int> termByWord;
        QStringList titles; ///< normalised title of each task, for the whole-phrase bonus
        EverydayWords everyday;
    };

    void build(const Catalogue &catalogue, const QString &language);
    /** How well query word @p typed matches index word @p term: 0 (not at all) to 1 (exactly). */
    static double matchQuality(const QString &typed, const QString &term, bool mayBeUnfinished);
    /** Splits Chinese typed without spaces ("怎么预约医生") into the words of @p index it holds ("怎么", "预约",
     *  "医生"), longest first; characters between known words stay together as one more word. */
    static QStringList splitHan(const QString &word, const LanguageIndex &index);
    /** How well each task matches one typed @p word (itself, or a catalogue word an everyday word stands for). */
    QList<double> wordScores(const LanguageIndex &index, const QString &word, bool unfinished) const;
    /** The tasks worth showing, best first. */
    QList<Hit> rankedHits(const QList<double> &scores) const;

    QStringList m_taskIds;
    QHash<QString, LanguageIndex> m_indexes;
};

} // namespace HealthHub::Catalogue
