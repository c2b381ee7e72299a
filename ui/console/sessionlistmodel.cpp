// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/sessionlistmodel.h"

#include "ui/console/vocabulary.h"

#include <QLocale>

namespace HealthHub::Ui {

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SessionListModel::setSessions(const QList<Records::AssistedSession> &history)
{
    beginResetModel();
    m_sessions = history;
    std::reverse(m_sessions.begin(), m_sessions.end());
    endResetModel();
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Records::AssistedSession &session = m_sessions.at(index.row());
    if (role == IdRole) {
        return session.id;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(session.startedAt.toLocalTime().date(), QLocale::ShortFormat);
    case TasksColumn: {
        QStringList tasks;
        for (const Records::TaskHelped &task : session.tasks) {
            tasks.append(tr("%1: %2").arg(Vocabulary::label(Vocabulary::List::Task, task.task),
                                          Vocabulary::label(Vocabulary::List::Outcome, task.outcome)));
        }
        return tasks.join(QStringLiteral("; "));
    }
    case BarriersColumn: {
        QStringList barriers;
        for (const QString &barrier : session.barriers) {
            barriers.append(Vocabulary::label(Vocabulary::List::Barrier, barrier));
        }
        return barriers.join(QStringLiteral(", "));
    }
    case ConfidenceColumn:
        if (session.confidenceBefore == 0 && session.confidenceAfter == 0) {
            return QString();
        }
        return tr("%1 to %2")
            .arg(session.confidenceBefore > 0 ? QString::number(session.confidenceBefore) : QStringLiteral("?"),
                 session.confidenceAfter > 0 ? QString::number(session.confidenceAfter) : QStringLiteral("?"));
    case FollowUpColumn:
        if (!session.followUpOn.isValid()) {
            return QString();
        }
        return session.followUpDoneAt.isValid()
                   ? tr("Done")
                   : tr("Due %1").arg(QLocale().toString(session.followUpOn, QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TasksColumn:
        return tr("Helped with");
    case BarriersColumn:
        return tr("Barriers");
    case ConfidenceColumn:
        return tr("Confidence");
    case FollowUpColumn:
        return tr("Follow-up");
    default:
        return {};
    }
}

} // namespace HealthHub::Ui
