// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace HealthHub::Ui {

/**
 * One breakdown of a report as a table: what (a translated label), how many, and the share of the total.
 * The chart above each report table and the table itself both read this model.
 */
class CountTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountTableModel)

public:
    enum Column { LabelColumn, CountColumn, ShareColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, CountRole };

    struct Row
    {
        QString code;
        QString label;
        qint64 count = 0;
    };

    explicit CountTableModel(const QString &whatHeader, QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_whatHeader;
    QList<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace HealthHub::Ui
