// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalogue/contentproblem.h"
#include "core/catalogue/task.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace HealthHub::Catalogue {

/** A folder of task guides, and how messages should name it. */
struct ContentSource
{
    QString folder;      ///< ":/guides" or a hub's content_dir
    QString shownFolder; ///< "resources/guides", or the hub folder's path
};

/** The words visitors use in one language that the guides may not: "pills" means "medicine". */
struct EverydayWords
{
    QHash<QString, QStringList> meanings; ///< normalised everyday word → normalised words it means
    QSet<QString> ignored;                ///< words that say nothing about the task ("how", "my", "the")
};

/**
 * Every task guide the kiosk can show, loaded and checked at start. Later sources add tasks or replace
 * earlier ones with the same id, so a hub's content folder overrides the built-in guides. Broken tasks are
 * left out and described in problems(); the rest still load.
 */
class Catalogue final
{
public:
    /** The guides built into the application (see resources/guides). */
    static ContentSource builtIn();
    /** The built-in guides, then the hub's own folder when @p hubFolder is not empty. */
    static QList<ContentSource> sourcesFor(const QString &hubFolder);
    /** Loads @p sources in order. */
    static Catalogue load(const QList<ContentSource> &sources);

    /** In list order: by "order", then title. */
    const QList<Task> &tasks() const { return m_tasks; }
    const Task *task(const QString &id) const;
    const QList<ContentProblem> &problems() const { return m_problems; }
    /** Every language at least one task is written in, English first. */
    QStringList languages() const;
    /** Guides whose @p language text no fluent speaker has checked yet ("reviewed": false), in list order. */
    QStringList unreviewedTasks(const QString &language) const;
    /** Everyday words of @p language (empty when the content has none for it). */
    EverydayWords everydayWords(const QString &language) const { return m_words.value(language); }

private:
    void loadWords(const ContentSource &source);

    QList<Task> m_tasks;
    QList<ContentProblem> m_problems;
    QHash<QString, EverydayWords> m_words;
};

} // namespace HealthHub::Catalogue
