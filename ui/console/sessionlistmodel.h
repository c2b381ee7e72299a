// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"
#include "ui/console/recordtablemodel.h"

namespace HealthHub::Ui {

/** One visitor's sessions, newest first: date, tasks with outcomes, barriers, confidence and follow-up. */
class SessionListModel final : public RecordTableModel<Records::AssistedSession>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Column { DateColumn, TasksColumn, BarriersColumn, ConfidenceColumn, FollowUpColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit SessionListModel(QObject *parent = nullptr);

    /** Takes the history in time order (as the store gives it) and shows it newest first. */
    void setSessions(const QList<Records::AssistedSession> &history);
    const Records::AssistedSession &session(int index) const { return row(index); }

private:
    QVariant roleData(const Records::AssistedSession &row, int column, int role) const override;
};

} // namespace HealthHub::Ui
