// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/volunteermodel.h"

#include <QLocale>

namespace HealthHub::Ui {

VolunteerModel::VolunteerModel(QObject *parent)
    : RecordTableModel(parent)
{
    using Volunteer = Records::Volunteer;
    setColumns({
        {tr("Name"),
         [](const Volunteer &volunteer) {
             return volunteer.name;
         }},
        {tr("Role"),
         [](const Volunteer &volunteer) {
             return volunteer.role == Records::VolunteerRole::HubLead ? tr("Hub lead") : tr("Volunteer");
         }},
        {tr("Sign-in"),
         [](const Volunteer &volunteer) {
             return volunteer.active ? tr("Can sign in") : tr("Deactivated");
         }},
        {tr("PIN"),
         [this](const Volunteer &volunteer) {
             if (volunteer.lockedUntil.isValid() && volunteer.lockedUntil > m_now) {
                 return tr("PIN locked until %1")
                     .arg(volunteer.lockedUntil.toLocalTime().time().toString(QStringLiteral("HH:mm")));
             }
             return QString();
         }},
    });
}

void VolunteerModel::setVolunteers(const QList<Records::Volunteer> &volunteers, const QDateTime &now)
{
    setRows(volunteers, [&] { m_now = now; });
}

QVariant VolunteerModel::roleData(const Records::Volunteer &row, int column, int role) const
{
    Q_UNUSED(column)
    return role == IdRole ? QVariant(row.id) : QVariant();
}

} // namespace HealthHub::Ui
