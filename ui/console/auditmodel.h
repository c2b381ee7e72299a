// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"
#include "ui/console/recordtablemodel.h"

#include <QDate>
#include <QHash>
#include <QSortFilterProxyModel>

namespace HealthHub::Store {
class Store;
}

namespace HealthHub::Ui {

/** The newest audit entries, newest first: when, who, terminal, what was done to which record. */
class AuditModel final : public RecordTableModel<Records::AuditEntry>
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
    const QList<Records::AuditEntry> &entries() const { return rows(); }

private:
    QVariant roleData(const Records::AuditEntry &row, int column, int role) const override;

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
