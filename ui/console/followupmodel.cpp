// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/followupmodel.h"

#include "ui/common/theme.h"
#include "ui/console/vocabulary.h"

#include <QBrush>
#include <QLocale>

namespace HealthHub::Ui {

FollowUpModel::FollowUpModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FollowUpModel::setFollowUps(const QList<Records::FollowUpDue> &list, const QDate &today)
{
    beginResetModel();
    m_list = list;
    m_today = today;
    endResetModel();
}

int FollowUpModel::overdue() const
{
    return int(std::count_if(m_list.cbegin(), m_list.cend(), [this](const auto &due) { return due.dueOn < m_today; }));
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Records::FollowUpDue &due = m_list.at(index.row());
    const bool late = due.dueOn < m_today;
    switch (role) {
    case SessionIdRole:
        return due.sessionId;
    case VisitorIdRole:
        return due.visitorId;
    case OverdueRole:
        return late;
    case Qt::ForegroundRole:
        return index.column() == DueColumn && late ? QVariant(QBrush(Theme::palette(false).warning)) : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DueColumn: {
        const QString date = QLocale().toString(due.dueOn, QLocale::ShortFormat);
        return late ? tr("Overdue: %1").arg(date) : tr("Today");
    }
    case VisitorColumn:
        return due.visitorName.isEmpty() ? tr("No name given") : due.visitorName;
    case ContactColumn:
        return due.contact;
    case TasksColumn: {
        QStringList tasks;
        for (const QString &task : due.tasks) {
            tasks.append(Vocabulary::label(Vocabulary::List::Task, task));
        }
        return tasks.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DueColumn:
        return tr("Due");
    case VisitorColumn:
        return tr("Visitor");
    case ContactColumn:
        return tr("Contact");
    case TasksColumn:
        return tr("Helped with");
    default:
        return {};
    }
}

} // namespace HealthHub::Ui
