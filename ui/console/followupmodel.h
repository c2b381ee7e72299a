// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/store.h"

#include <QAbstractTableModel>
#include <QDate>

namespace HealthHub::Ui {

/** Follow-ups due today or overdue: when, who, how to reach them and what they were helped with. */
class FollowUpModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpModel)

public:
    enum Column { DueColumn, VisitorColumn, ContactColumn, TasksColumn, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, VisitorIdRole, OverdueRole };

    explicit FollowUpModel(QObject *parent = nullptr);

    void setFollowUps(const QList<Records::FollowUpDue> &list, const QDate &today);
    const Records::FollowUpDue &followUp(int row) const { return m_list.at(row); }
    int overdue() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Records::FollowUpDue> m_list;
    QDate m_today;
};

} // namespace HealthHub::Ui
