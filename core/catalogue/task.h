// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace HealthHub::Catalogue {

/** One step of a guide, the same in every language: its picture and where it can be tried. */
struct TaskStep
{
    QString id;            ///< stable name, used to match the step's text in each language file
    QString picture;       ///< absolute path (":/guides/<task>/x.svg" or a hub folder file)
    QString practicePage;  ///< page of the practice site, relative ("prescriptions.html"); empty: none
    QString practiceEvent; ///< what the practice page reports when the visitor has done this step; empty: none
    QUrl realUrl;          ///< the real https site for this step; empty: none
};

/** The words of one guide in one language. */
struct TaskText
{
    QString language; ///< "en", "pl"… (a code from core/config/languages.h)
    QString title;
    QString summary;
    QStringList searchWords; ///< other words people use for this task, single words or short phrases
    QStringList bring;       ///< what to have with you
    QStringList steps;       ///< the text of each step, in the order of Task::steps
    QStringList volunteerTips;
    /** false: a machine or non-native draft that no fluent speaker has checked yet ("reviewed": false). */
    bool reviewed = true;
};

/** A task guide: what a visitor wants to do, walked through step by step, in one or more languages. */
struct Task
{
    QString id;      ///< lower-case words joined by hyphens, same as its folder name
    int version = 1; ///< the content's own version, raised by its author on each change
    int order = 0;   ///< place in the task list (lower first)
    QString icon;    ///< absolute path of the task's icon
    QString folder;  ///< where it was loaded from, as shown in messages
    QList<TaskStep> steps;
    QHash<QString, TaskText> texts; ///< by language code; "en" is always present

    /** The text in @p language, or English when this task has not been translated into it. */
    const TaskText &text(const QString &language) const;
    bool hasLanguage(const QString &language) const { return texts.contains(language); }
    /** Whether this task has a translation into @p language that no fluent speaker has checked yet. */
    bool hasUnreviewedText(const QString &language) const;
};

} // namespace HealthHub::Catalogue
