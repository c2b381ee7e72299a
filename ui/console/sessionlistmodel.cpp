// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/sessionlistmodel.h"

#include "ui/console/vocabulary.h"

#include <QLocale>

namespace HealthHub::Ui {

namespace {

QString tasksText(const Records::AssistedSession &session)
{
    QStringList tasks;
    for (const Records::TaskHelped &task : session.tasks) {
        tasks.append(SessionListModel::tr("%1: %2").arg(Vocabulary::label(Vocabulary::List::Task, task.task),
                                                        Vocabulary::label(Vocabulary::List::Outcome, task.outcome)));
    }
    return tasks.join(QStringLiteral("; "));
}

QString barriersText(const Records::AssistedSession &session)
{
    QStringList barriers;
    for (const QString &barrier : session.barriers) {
        barriers.append(Vocabulary::label(Vocabulary::List::Barrier, barrier));
    }
    return barriers.join(QStringLiteral(", "));
}

QString confidenceText(const Records::AssistedSession &session)
{
    if (session.confidenceBefore == 0 && session.confidenceAfter == 0) {
        return QString();
    }
    return SessionListModel::tr("%1 to %2")
        .arg(session.confidenceBefore > 0 ? QString::number(session.confidenceBefore) : QStringLiteral("?"),
             session.confidenceAfter > 0 ? QString::number(session.confidenceAfter) : QStringLiteral("?"));
}

QString followUpText(const Records::AssistedSession &session)
{
    if (!session.followUpOn.isValid()) {
        return QString();
    }
    return session.followUpDoneAt.isValid()
               ? SessionListModel::tr("Done")
               : SessionListModel::tr("Due %1").arg(QLocale().toString(session.followUpOn, QLocale::ShortFormat));
}

} // namespace

SessionListModel::SessionListModel(QObject *parent)
    : RecordTableModel(parent)
{
    setColumns({
        {tr("Date"),
         [](const Records::AssistedSession &session) {
             return QLocale().toString(session.startedAt.toLocalTime().date(), QLocale::ShortFormat);
         }},
        {tr("Helped with"), tasksText},
        {tr("Barriers"), barriersText},
        {tr("Confidence"), confidenceText},
        {tr("Follow-up"), followUpText},
    });
}

void SessionListModel::setSessions(const QList<Records::AssistedSession> &history)
{
    QList<Records::AssistedSession> newestFirst = history;
    std::reverse(newestFirst.begin(), newestFirst.end());
    setRows(newestFirst);
}

QVariant SessionListModel::roleData(const Records::AssistedSession &row, int column, int role) const
{
    Q_UNUSED(column)
    return role == IdRole ? QVariant(row.id) : QVariant();
}

} // namespace HealthHub::Ui
