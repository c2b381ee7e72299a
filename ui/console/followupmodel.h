// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"
#include "ui/console/recordtablemodel.h"

#include <QDate>

namespace HealthHub::Ui {

/** Follow-ups due today or overdue: when, who, how to reach them and what they were helped with. */
class FollowUpModel final : public RecordTableModel<Records::FollowUpDue>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpModel)

public:
    enum Column { DueColumn, VisitorColumn, ContactColumn, TasksColumn, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, VisitorIdRole, OverdueRole };

    explicit FollowUpModel(QObject *parent = nullptr);

    void setFollowUps(const QList<Records::FollowUpDue> &list, const QDate &today);
    const Records::FollowUpDue &followUp(int index) const { return row(index); }
    int overdue() const;

private:
    QVariant roleData(const Records::FollowUpDue &row, int column, int role) const override;

    QDate m_today;
};

} // namespace HealthHub::Ui
