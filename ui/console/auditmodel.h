// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSortFilterProxyModel>

namespace HealthHub::Store {
class Store;
}

namespace HealthHub::Ui {

/** The newest audit entries, newest first: when, who, terminal, what was done to which record. */
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { WhenColumn, WhoColumn, TerminalColumn, ActionColumn, RecordColumn, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1, VolunteerRole };
    static constexpr int kShown = 2000;

    explicit AuditModel(QObject *parent = nullptr);

    /**
     * Loads the newest kShown entries made on the days @p first to @p last (both included, local time);
     * @p names maps volunteer ids to names. Returns false when the store could not be read.
     */
    bool load(Store::Store &store, const QHash<qint64, QString> &names, const QDate &first, const QDate &last);
    const QList<Records::AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Records::AuditEntry> m_entries;
    QHash<qint64, QString> m_names;
};

/** Filters the audit log by action and by volunteer (empty or 0: any). */
class AuditFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterModel)

public:
    explicit AuditFilterModel(QObject *parent = nullptr);
    void setAction(const QString &action);
    void setVolunteer(qint64 volunteerId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_action;
    qint64 m_volunteer = -1;
};

} // namespace HealthHub::Ui
