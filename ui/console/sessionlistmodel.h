// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QAbstractTableModel>

namespace HealthHub::Ui {

/** One visitor's sessions, newest first: date, tasks with outcomes, barriers, confidence and follow-up. */
class SessionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Column { DateColumn, TasksColumn, BarriersColumn, ConfidenceColumn, FollowUpColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit SessionListModel(QObject *parent = nullptr);

    /** Takes the history in time order (as the store gives it) and shows it newest first. */
    void setSessions(const QList<Records::AssistedSession> &history);
    const Records::AssistedSession &session(int row) const { return m_sessions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Records::AssistedSession> m_sessions;
};

} // namespace HealthHub::Ui
