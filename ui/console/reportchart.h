// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QValueAxis;
class QLabel;
class QTableView;

namespace HealthHub::Ui {

class CountTableModel;

/**
 * One part of a report: a title, a horizontal bar chart for people who would rather look, and the same
 * numbers as a table underneath for people who would rather read. Both follow the CountTableModel.
 */
class ReportChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportChart)

public:
    ReportChart(const QString &objectName, const QString &title, CountTableModel *model, QWidget *parent = nullptr);

    CountTableModel *model() const { return m_model; }
    QChartView *chartView() const { return m_chartView; }
    QTableView *table() const { return m_table; }
    /** How many bars the chart shows now (for tests). */
    int barCount() const;

private:
    void rebuild();

    CountTableModel *m_model = nullptr;
    QChartView *m_chartView = nullptr;
    // Built once and refilled: making a new QChart each time costs more than the report query.
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace HealthHub::Ui
