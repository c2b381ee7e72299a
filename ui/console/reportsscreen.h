// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTextDocument;
class QVBoxLayout;

namespace HealthHub::Ui {

class ChipSelector;
class ConsoleContext;
class CountTableModel;
class ReportChart;

/**
 * Funder reports for a chosen period: the totals, then a chart with a table under it for each breakdown
 * (task, outcome, barrier, referral source, volunteer, NHS login). The numbers are the store's own report;
 * CSV and PDF exports are written to the exports folder.
 */
class ReportsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsScreen)

public:
    explicit ReportsScreen(ConsoleContext *context, QWidget *parent = nullptr);

    /** Shows the report for the days @p first to @p last (both included, local time). */
    void showPeriod(const QDate &first, const QDate &last);
    void refresh();
    const Records::PeriodReport &report() const { return m_report; }
    /** The breakdown models by name: task, outcome, barrier, referral, volunteer, nhsLogin. */
    CountTableModel *breakdown(const QString &name) const { return m_models.value(name); }
    QString lastCsv() const { return m_lastCsv; }
    QString lastPdf() const { return m_lastPdf; }
    bool exportCsv();
    bool printPdf();
    /** Prints on a printer chosen in Qt's print dialog; says so plainly when the computer has no printer. */
    bool print();

private:
    void choosePeriod();
    void buildOutputs(QWidget *page, QVBoxLayout *layout);
    void addBreakdown(const QString &name, const QString &title, const QString &what, QWidget *page);
    QString fileBase() const;
    /** The report as a printable document: totals, then each chart with its table. */
    void fillDocument(QTextDocument &document) const;

    ConsoleContext *m_context = nullptr;
    ChipSelector *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, CountTableModel *> m_models;
    QList<ReportChart *> m_charts;
    Records::PeriodReport m_report;
    QString m_lastCsv;
    QString m_lastPdf;
    bool m_settingDates = false;
};

} // namespace HealthHub::Ui
