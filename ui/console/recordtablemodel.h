// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace HealthHub::Ui {

/**
 * A flat table of @p Row values whose columns are a table of (header, text): the console's record tables are each
 * their list of columns. Display and accessible text come from the column; a model adds other roles (ids,
 * alignment, colour) in roleData(). Rows change only as a whole, through setRows().
 */
template<typename Row>
class RecordTableModel : public QAbstractTableModel
{
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    /** One column: its header and what a cell shows for a row. */
    struct Column
    {
        QString header;
        std::function<QVariant(const Row &)> text;
    };

    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        const Row &shown = m_rows.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return m_columns.at(index.column()).text(shown);
        }
        return roleData(shown, index.column(), role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size()) {
            return QAbstractTableModel::headerData(section, orientation, role);
        }
        return m_columns.at(section).header;
    }

protected:
    explicit RecordTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    /** Called once, from the model's constructor: its columns, in the order of its Column enum. */
    void setColumns(QList<Column> columns) { m_columns = std::move(columns); }

    /** Replaces every row; @p alongside changes what the cells are worked out from, inside the same reset. */
    void setRows(QList<Row> rows, const std::function<void()> &alongside = {})
    {
        beginResetModel();
        m_rows = std::move(rows);
        if (alongside) {
            alongside();
        }
        endResetModel();
    }

    /** Roles other than display and accessible text. */
    virtual QVariant roleData(const Row &row, int column, int role) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        Q_UNUSED(role)
        return {};
    }

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
};

} // namespace HealthHub::Ui
