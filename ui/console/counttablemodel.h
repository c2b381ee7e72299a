// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/console/recordtablemodel.h"

#include <QList>
#include <QString>

namespace HealthHub::Ui {

/** One line of a report breakdown: its code, its translated label and how many. */
struct CountTableRow
{
    QString code;
    QString label;
    qint64 count = 0;
};

/**
 * One breakdown of a report as a table: what (a translated label), how many, and the share of the total.
 * The chart above each report table and the table itself both read this model.
 */
class CountTableModel final : public RecordTableModel<CountTableRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountTableModel)

public:
    enum Column { LabelColumn, CountColumn, ShareColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, CountRole };

    using Row = CountTableRow;

    explicit CountTableModel(const QString &whatHeader, QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    qint64 total() const { return m_total; }

private:
    QVariant roleData(const Row &row, int column, int role) const override;

    qint64 m_total = 0;
};

} // namespace HealthHub::Ui
