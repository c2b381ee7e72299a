// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"
#include "ui/console/recordtablemodel.h"

namespace HealthHub::Ui {

/** The hub's volunteers for the hub lead: name, role, whether they can sign in, and any PIN lockout. */
class VolunteerModel final : public RecordTableModel<Records::Volunteer>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolunteerModel)

public:
    enum Column { NameColumn, RoleColumn, ActiveColumn, LockColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit VolunteerModel(QObject *parent = nullptr);

    void setVolunteers(const QList<Records::Volunteer> &volunteers, const QDateTime &now);
    const Records::Volunteer &volunteer(int index) const { return row(index); }

private:
    QVariant roleData(const Records::Volunteer &row, int column, int role) const override;

    QDateTime m_now;
};

} // namespace HealthHub::Ui
