// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/auditmodel.h"

#include "core/store/store.h"

#include <QLocale>

namespace HealthHub::Ui {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool AuditModel::load(Store::Store &store, const QHash<qint64, QString> &names, const QDate &first, const QDate &last)
{
    const QDateTime from(first, QTime(0, 0));
    const QDateTime to(last.addDays(1), QTime(0, 0));
    const Store::StoreResult<QList<Records::AuditEntry>> entries =
        store.auditEntriesBetween(from.toUTC(), to.toUTC(), kShown);
    beginResetModel();
    m_entries = entries.ok() ? entries.value() : QList<Records::AuditEntry>();
    m_names = names;
    endResetModel();
    return entries.ok();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Records::AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case ActionRole:
        return entry.action;
    case VolunteerRole:
        return entry.volunteerId;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return entry.volunteerId == 0 ? tr("Admin tool")
                                      : m_names.value(entry.volunteerId, QString::number(entry.volunteerId));
    case TerminalColumn:
        return entry.terminal;
    case ActionColumn:
        return entry.action;
    case RecordColumn:
        return entry.recordId == 0 ? entry.recordType
                                   : QStringLiteral("%1 %2").arg(entry.recordType).arg(entry.recordId);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case TerminalColumn:
        return tr("Terminal");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    default:
        return {};
    }
}

AuditFilterModel::AuditFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void AuditFilterModel::setAction(const QString &action)
{
    m_action = action;
    invalidateFilter();
}

void AuditFilterModel::setVolunteer(qint64 volunteerId)
{
    m_volunteer = volunteerId;
    invalidateFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_action.isEmpty() && index.data(AuditModel::ActionRole).toString() != m_action) {
        return false;
    }
    return m_volunteer < 0 || index.data(AuditModel::VolunteerRole).toLongLong() == m_volunteer;
}

} // namespace HealthHub::Ui
