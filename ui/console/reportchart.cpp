// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/reportchart.h"

#include "ui/common/theme.h"
#include "ui/console/counttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
constexpr int kBarPx = 44;
constexpr int kRowPx = 48;
} // namespace

ReportChart::ReportChart(const QString &objectName, const QString &title, CountTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(objectName);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->setSpacing(8);
    layout->addWidget(makeLabel(title, Kind::Lead, objectName + QStringLiteral("Title"), this));
    m_empty = makeLabel(tr("Nothing to show for this period."), Kind::Body, objectName + QStringLiteral("Empty"), this);
    layout->addWidget(m_empty);

    m_chartView = new QChartView(this);
    m_chartView->setObjectName(objectName + QStringLiteral("Chart"));
    m_chartView->setAccessibleName(tr("Chart: %1").arg(title));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_chartView);

    m_table = new QTableView(this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setAccessibleName(tr("Table: %1").arg(title));
    m_table->setModel(model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(kRowPx);
    m_table->horizontalHeader()->setSectionResizeMode(CountTableModel::LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CountTableModel::CountColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CountTableModel::ShareColumn, QHeaderView::ResizeToContents);
    m_table->setStyleSheet(QStringLiteral("QTableView { font-size: 22px; } QHeaderView::section { font-size: 22px;"
                                          " font-weight: bold; padding: 6px; }"));
    layout->addWidget(m_table);

    connect(model, &QAbstractItemModel::modelReset, this, &ReportChart::rebuild);
    rebuild();
}

int ReportChart::barCount() const
{
    return m_set ? int(m_set->count()) : 0;
}

void ReportChart::rebuild()
{
    const int rows = m_model->rowCount();
    const bool empty = rows == 0;
    m_empty->setVisible(empty);
    m_chartView->setVisible(!empty);
    m_table->setVisible(!empty);
    const Palette palette = Theme::palette(false);
    if (!m_set) {
        auto *chart = new QChart;
        chart->legend()->hide();
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(0, 0, 0, 0));
        m_set = new QBarSet(accessibleName());
        m_set->setColor(palette.accent);
        m_set->setLabelColor(palette.text);
        QFont font = this->font();
        font.setPixelSize(20);
        QFont labelFont = font;
        labelFont.setBold(true);
        m_set->setLabelFont(labelFont);
        auto *series = new QHorizontalBarSeries;
        series->append(m_set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setBarWidth(0.7);
        chart->addSeries(series);
        m_categories = new QBarCategoryAxis;
        m_categories->setLabelsFont(font);
        m_categories->setLabelsColor(palette.text);
        m_categories->setGridLineVisible(false);
        chart->addAxis(m_categories, Qt::AlignLeft);
        series->attachAxis(m_categories);
        m_values = new QValueAxis;
        m_values->setLabelFormat(QStringLiteral("%d"));
        m_values->setLabelsFont(font);
        m_values->setLabelsColor(palette.secondaryText);
        chart->addAxis(m_values, Qt::AlignBottom);
        series->attachAxis(m_values);
        QChart *old = m_chartView->chart();
        m_chartView->setChart(chart);
        delete old;
    }
    QStringList categories;
    QList<qreal> values;
    qint64 most = 0;
    // Qt draws the first category at the bottom; add in reverse so the table and chart read top-down alike.
    for (int row = rows - 1; row >= 0; --row) {
        const CountTableModel::Row &r = m_model->rows().at(row);
        categories.append(r.label);
        values.append(qreal(r.count));
        most = std::max(most, r.count);
    }
    m_set->remove(0, int(m_set->count()));
    m_categories->clear();
    m_categories->append(categories);
    m_set->append(values);
    m_values->setRange(0, double(std::max<qint64>(1, most)) * 1.15);
    m_chartView->setFixedHeight(std::max(1, rows) * kBarPx + 60);
    m_table->setFixedHeight(rows * kRowPx + m_table->horizontalHeader()->sizeHint().height() + 4);
}

} // namespace HealthHub::Ui
