// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/auditmodel.h"

#include "core/store/store.h"

#include <QLocale>

namespace HealthHub::Ui {

AuditModel::AuditModel(QObject *parent)
    : RecordTableModel(parent)
{
    using Entry = Records::AuditEntry;
    setColumns({
        {tr("When"),
         [](const Entry &entry) {
             return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
         }},
        {tr("Who"),
         [this](const Entry &entry) {
             return entry.volunteerId == 0 ? tr("Admin tool")
                                           : m_names.value(entry.volunteerId, QString::number(entry.volunteerId));
         }},
        {tr("Terminal"),
         [](const Entry &entry) {
             return entry.terminal;
         }},
        {tr("Action"),
         [](const Entry &entry) {
             return entry.action;
         }},
        {tr("Record"),
         [](const Entry &entry) {
             return entry.recordId == 0 ? entry.recordType
                                        : QStringLiteral("%1 %2").arg(entry.recordType).arg(entry.recordId);
         }},
    });
}

bool AuditModel::load(Store::Store &store, const QHash<qint64, QString> &names, const QDate &first, const QDate &last)
{
    const QDateTime from(first, QTime(0, 0));
    const QDateTime to(last.addDays(1), QTime(0, 0));
    const Store::StoreResult<QList<Records::AuditEntry>> entries =
        store.auditEntriesBetween(from.toUTC(), to.toUTC(), kShown);
    setRows(entries.ok() ? entries.value() : QList<Records::AuditEntry>(), [&] { m_names = names; });
    return entries.ok();
}

QVariant AuditModel::roleData(const Records::AuditEntry &row, int column, int role) const
{
    Q_UNUSED(column)
    switch (role) {
    case ActionRole:
        return row.action;
    case VolunteerRole:
        return row.volunteerId;
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
