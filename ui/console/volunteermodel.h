// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QAbstractTableModel>

namespace HealthHub::Ui {

/** The hub's volunteers for the hub lead: name, role, whether they can sign in, and any PIN lockout. */
class VolunteerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolunteerModel)

public:
    enum Column { NameColumn, RoleColumn, ActiveColumn, LockColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit VolunteerModel(QObject *parent = nullptr);

    void setVolunteers(const QList<Records::Volunteer> &volunteers, const QDateTime &now);
    const Records::Volunteer &volunteer(int row) const { return m_volunteers.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Records::Volunteer> m_volunteers;
    QDateTime m_now;
};

} // namespace HealthHub::Ui
