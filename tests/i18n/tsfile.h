// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/** One <message> of a Qt Linguist .ts file, as the translation tests need it. */
struct TsMessage
{
    QString context;
    QString source;
    QString type;             ///< "", "unfinished", "obsolete" or "vanished"
    QStringList translations; ///< one, or one per plural form
    bool numerus = false;
    QString translatorComment;
};

/** Reads @p path; on error returns nothing and sets @p error. */
QList<TsMessage> readTsFile(const QString &path, QString *error);
/** The language attribute of the file's <TS> element. */
QString tsLanguage(const QString &path);
