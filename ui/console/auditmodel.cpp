// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/auditmodel.h"

#include "app/store/store.h"

#include <QLocale>

namespace HealthHub::Ui {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditModel::load(Core::Store &store, const QHash<qint64, QString> &names)
{
    // The store pages the log oldest first from an id; find the newest id by probing, then read the tail.
    auto exists = [&store](qint64 afterId) {
        const Core::StoreResult<QList<Core::AuditEntry>> page = store.auditEntries(afterId, 1);
        return page.ok() && !page.value().isEmpty();
    };
    qint64 low = 0;
    qint64 high = 1024;
    while (exists(high)) {
        low = high;
        high *= 2;
    }
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        (exists(middle) ? low : high) = middle;
    }
    // Now no entry has an id above `high`: read the last kShown.
    const Core::StoreResult<QList<Core::AuditEntry>> tail =
        store.auditEntries(std::max<qint64>(0, high - kShown), kShown);
    beginResetModel();
    m_entries = tail.ok() ? tail.value() : QList<Core::AuditEntry>();
    std::reverse(m_entries.begin(), m_entries.end());
    m_names = names;
    endResetModel();
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
    const Core::AuditEntry &entry = m_entries.at(index.row());
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
