// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/volunteermodel.h"

#include <QLocale>

namespace HealthHub::Ui {

VolunteerModel::VolunteerModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VolunteerModel::setVolunteers(const QList<Records::Volunteer> &volunteers, const QDateTime &now)
{
    beginResetModel();
    m_volunteers = volunteers;
    m_now = now;
    endResetModel();
}

int VolunteerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_volunteers.size());
}

int VolunteerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolunteerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Records::Volunteer &volunteer = m_volunteers.at(index.row());
    if (role == IdRole) {
        return volunteer.id;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return volunteer.name;
    case RoleColumn:
        return volunteer.role == Records::VolunteerRole::HubLead ? tr("Hub lead") : tr("Volunteer");
    case ActiveColumn:
        return volunteer.active ? tr("Can sign in") : tr("Deactivated");
    case LockColumn:
        if (volunteer.lockedUntil.isValid() && volunteer.lockedUntil > m_now) {
            return tr("PIN locked until %1")
                .arg(volunteer.lockedUntil.toLocalTime().time().toString(QStringLiteral("HH:mm")));
        }
        return QString();
    default:
        return {};
    }
}

QVariant VolunteerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case ActiveColumn:
        return tr("Sign-in");
    case LockColumn:
        return tr("PIN");
    default:
        return {};
    }
}

} // namespace HealthHub::Ui
