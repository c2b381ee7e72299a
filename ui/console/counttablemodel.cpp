// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/counttablemodel.h"

#include <QLocale>

namespace HealthHub::Ui {

CountTableModel::CountTableModel(const QString &whatHeader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_whatHeader(whatHeader)
{}

void CountTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_total = 0;
    for (const Row &row : rows) {
        m_total += row.count;
    }
    endResetModel();
}

int CountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case LabelColumn:
            return row.label;
        case CountColumn:
            return QLocale().toString(row.count);
        case ShareColumn:
            return m_total > 0 ? QStringLiteral("%1%").arg(qRound(100.0 * double(row.count) / double(m_total)))
                               : QStringLiteral("0%");
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == LabelColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case CodeRole:
        return row.code;
    case CountRole:
        return row.count;
    default:
        break;
    }
    return {};
}

QVariant CountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LabelColumn:
        return m_whatHeader;
    case CountColumn:
        return tr("Number");
    case ShareColumn:
        return tr("Share");
    default:
        return {};
    }
}

} // namespace HealthHub::Ui
