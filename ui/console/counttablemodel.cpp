// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/counttablemodel.h"

#include <QLocale>

namespace HealthHub::Ui {

CountTableModel::CountTableModel(const QString &whatHeader, QObject *parent)
    : RecordTableModel(parent)
{
    setColumns({
        {whatHeader,
         [](const Row &row) {
             return row.label;
         }},
        {tr("Number"),
         [](const Row &row) {
             return QLocale().toString(row.count);
         }},
        {tr("Share"),
         [this](const Row &row) {
             return m_total > 0 ? QStringLiteral("%1%").arg(qRound(100.0 * double(row.count) / double(m_total)))
                                : QStringLiteral("0%");
         }},
    });
}

void CountTableModel::setRows(const QList<Row> &rows)
{
    RecordTableModel::setRows(rows, [&] {
        m_total = 0;
        for (const Row &row : rows) {
            m_total += row.count;
        }
    });
}

QVariant CountTableModel::roleData(const Row &row, int column, int role) const
{
    switch (role) {
    case Qt::TextAlignmentRole:
        return column == LabelColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case CodeRole:
        return row.code;
    case CountRole:
        return row.count;
    default:
        return {};
    }
}

} // namespace HealthHub::Ui
