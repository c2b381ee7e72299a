// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/reportsscreen.h"

#include "core/reports/reportcsv.h"
#include "core/store/privatefiles.h"
#include "core/store/store.h"
#include "ui/common/theme.h"
#include "ui/console/chipselector.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consolepage.h"
#include "ui/console/counttablemodel.h"
#include "ui/console/reportchart.h"
#include "ui/console/vocabulary.h"

#include <QBuffer>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {

const QString kThisMonth = QStringLiteral("this_month");
const QString kLastMonth = QStringLiteral("last_month");
const QString kQuarter = QStringLiteral("last_3_months");
const QString kYear = QStringLiteral("last_12_months");

QList<CountTableModel::Row> rows(const QList<Records::CountRow> &counts, Vocabulary::List list, bool translate = true)
{
    QList<CountTableModel::Row> result;
    for (const Records::CountRow &row : counts) {
        result.append({row.key, translate ? Vocabulary::label(list, row.key) : row.key, row.count});
    }
    return result;
}

/** Adds up byTaskOutcome by one side: the task (first) or the outcome (second). */
QList<Records::CountRow> sumBy(const QList<Records::CountRow> &taskOutcome, bool byTask)
{
    QMap<QString, qint64> sums;
    for (const Records::CountRow &row : taskOutcome) {
        sums[byTask ? row.key : row.subKey] += row.count;
    }
    QList<Records::CountRow> result;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        result.append({it.key(), QString(), it.value()});
    }
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.count > b.count; });
    return result;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReportsScreen::ReportsScreen(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    QVBoxLayout *layout = makeConsolePage(this, QStringLiteral("reports"), tr("Reports"));
    QWidget *page = layout->parentWidget();
    m_period = new ChipSelector(QStringLiteral("reportPeriodChips"), tr("Period"), ChipSelector::Mode::Single, page);
    m_period->setChips({{kThisMonth, tr("This month")},
                        {kLastMonth, tr("Last month")},
                        {kQuarter, tr("Last 3 months")},
                        {kYear, tr("Last 12 months")}});
    layout->addWidget(m_period);
    auto *dates = new QHBoxLayout;
    m_from = makeDateField(QStringLiteral("reportFromField"), tr("From"), page);
    m_to = makeDateField(QStringLiteral("reportToField"), tr("To"), page);
    dates->addWidget(makeLabel(tr("From"), Kind::Body, QStringLiteral("reportFromLabel"), page));
    dates->addWidget(m_from, 1);
    dates->addWidget(makeLabel(tr("to"), Kind::Body, QStringLiteral("reportToLabel"), page));
    dates->addWidget(m_to, 1);
    layout->addLayout(dates);

    m_totals = makeLabel(QString(), Kind::Lead, QStringLiteral("reportTotals"), page);
    m_totals->setTextFormat(Qt::RichText);
    layout->addWidget(m_totals);
    buildOutputs(page, layout);
    m_message = makeMessage(QStringLiteral("reportsMessage"), page);
    layout->addWidget(m_message);

    addBreakdown(QStringLiteral("task"), tr("Tasks helped with"), tr("Task"), page);
    addBreakdown(QStringLiteral("outcome"), tr("Outcomes"), tr("Outcome"), page);
    addBreakdown(QStringLiteral("barrier"), tr("Barriers"), tr("Barrier"), page);
    addBreakdown(QStringLiteral("referral"), tr("Who sent them"), tr("Referral source"), page);
    addBreakdown(QStringLiteral("volunteer"), tr("Sessions by volunteer"), tr("Volunteer"), page);
    addBreakdown(QStringLiteral("nhsLogin"), tr("NHS login identity check"), tr("Status"), page);
    for (ReportChart *chart : std::as_const(m_charts)) {
        layout->addWidget(chart);
    }
    layout->addStretch(1);

    connect(m_period, &ChipSelector::changed, this, &ReportsScreen::choosePeriod);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_settingDates) {
                m_period->setSelected({});
                refresh();
            }
        });
    }
    m_period->setCurrent(kYear);
    choosePeriod();
}

void ReportsScreen::buildOutputs(QWidget *page, QVBoxLayout *layout)
{
    auto *buttons = new QHBoxLayout;
    QPushButton *csv = makeButton(tr("Save as CSV"), Kind::Secondary, QStringLiteral("exportCsvButton"), page);
    QPushButton *pdf =
        makeButton(tr("Save for printing (PDF)"), Kind::Secondary, QStringLiteral("printPdfButton"), page);
    QPushButton *printButton = makeButton(tr("Print"), Kind::Secondary, QStringLiteral("printButton"), page);
    buttons->addWidget(csv);
    buttons->addWidget(pdf);
    buttons->addWidget(printButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(csv, &QPushButton::clicked, this, &ReportsScreen::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &ReportsScreen::printPdf);
    connect(printButton, &QPushButton::clicked, this, &ReportsScreen::print);
}

void ReportsScreen::addBreakdown(const QString &name, const QString &title, const QString &what, QWidget *page)
{
    auto *model = new CountTableModel(what, this);
    m_models.insert(name, model);
    m_charts.append(new ReportChart(QStringLiteral("report_") + name, title, model, page));
}

void ReportsScreen::choosePeriod()
{
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    const QString period = m_period->current();
    QDate first;
    QDate last = today;
    if (period == kThisMonth) {
        first = monthStart;
    } else if (period == kLastMonth) {
        first = monthStart.addMonths(-1);
        last = monthStart.addDays(-1);
    } else if (period == kQuarter) {
        first = today.addMonths(-3).addDays(1);
    } else if (period == kYear) {
        first = today.addMonths(-12).addDays(1);
    } else {
        return;
    }
    const QString keep = period;
    showPeriod(first, last);
    m_period->setCurrent(keep);
}

void ReportsScreen::showPeriod(const QDate &first, const QDate &last)
{
    m_settingDates = true;
    m_from->setDate(first);
    m_to->setDate(last);
    m_settingDates = false;
    m_period->setSelected({});
    refresh();
}

void ReportsScreen::refresh()
{
    if (!m_context->store().isOpen()) {
        return;
    }
    const QDateTime from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    const QDateTime to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    const Store::StoreResult<Records::PeriodReport> report = m_context->store().periodReport(from, to);
    if (!report.ok()) {
        showMessage(m_message, report.error().message(), true);
        return;
    }
    m_report = report.value();
    const QLocale locale;
    const double change = m_report.averageConfidenceChange;
    m_totals->setText(tr("<b>%1</b> sessions &nbsp; <b>%2</b> people helped (%3 new, %4 returning)<br>"
                         "Confidence change: <b>%5</b> on average over %6 sessions &nbsp; Follow-ups done: <b>%7</b>")
                          .arg(locale.toString(m_report.sessions), locale.toString(m_report.visitors),
                               locale.toString(m_report.newVisitors), locale.toString(m_report.returningVisitors),
                               (change > 0 ? QStringLiteral("+") : QString()) + locale.toString(change, 'f', 1),
                               locale.toString(m_report.confidencePairs), locale.toString(m_report.followUpsDone)));
    m_totals->setAccessibleName(QTextDocumentFragment::fromHtml(m_totals->text()).toPlainText());
    m_models.value(QStringLiteral("task"))->setRows(rows(sumBy(m_report.byTaskOutcome, true), Vocabulary::List::Task));
    m_models.value(QStringLiteral("outcome"))
        ->setRows(rows(sumBy(m_report.byTaskOutcome, false), Vocabulary::List::Outcome));
    m_models.value(QStringLiteral("barrier"))->setRows(rows(m_report.byBarrier, Vocabulary::List::Barrier));
    m_models.value(QStringLiteral("referral"))->setRows(rows(m_report.byReferral, Vocabulary::List::Referral));
    m_models.value(QStringLiteral("volunteer"))->setRows(rows(m_report.byVolunteer, Vocabulary::List::Task, false));
    m_models.value(QStringLiteral("nhsLogin"))->setRows(rows(m_report.byNhsLogin, Vocabulary::List::NhsLogin));
    showMessage(m_message, QString(), false);
}

QString ReportsScreen::fileBase() const
{
    return QDir(m_context->exportFolder())
        .filePath(QStringLiteral("report-%1-to-%2")
                      .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
}

bool ReportsScreen::exportCsv()
{
    const QString path = fileBase() + QStringLiteral(".csv");
    if (!Store::writePrivateFile(path, Reports::reportCsv(m_report))) {
        showMessage(m_message, tr("The CSV file could not be saved. Check the space on the disk."), true);
        return false;
    }
    m_lastCsv = path;
    showMessage(m_message, tr("Saved as %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ReportsScreen::fillDocument(QTextDocument &document) const
{
    const QLocale locale;
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p>")
                       .arg(htmlEscape(tr("%1: report").arg(m_context->config().hubName)),
                            htmlEscape(tr("From %1 to %2")
                                           .arg(locale.toString(m_from->date(), QLocale::LongFormat),
                                                locale.toString(m_to->date(), QLocale::LongFormat))),
                            m_totals->text());
    int image = 0;
    for (ReportChart *chart : std::as_const(m_charts)) {
        CountTableModel *model = chart->model();
        html += QStringLiteral("<h2>%1</h2>").arg(htmlEscape(chart->accessibleName()));
        if (model->rowCount() == 0) {
            html += QStringLiteral("<p>%1</p>").arg(htmlEscape(tr("Nothing to show for this period.")));
            continue;
        }
        QImage picture = chart->chartView()->grab().toImage();
        if (!picture.isNull()) {
            const QUrl name(QStringLiteral("chart%1.png").arg(++image));
            document.addResource(QTextDocument::ImageResource, name, picture);
            html += QStringLiteral("<p><img src=\"%1\" width=\"600\"></p>").arg(name.toString());
        }
        html += QStringLiteral("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr>");
        for (int column = 0; column < model->columnCount(); ++column) {
            html += QStringLiteral("<th>%1</th>").arg(htmlEscape(model->headerData(column, Qt::Horizontal).toString()));
        }
        html += QStringLiteral("</tr>");
        for (int row = 0; row < model->rowCount(); ++row) {
            html += QStringLiteral("<tr>");
            for (int column = 0; column < model->columnCount(); ++column) {
                html += QStringLiteral("<td>%1</td>").arg(htmlEscape(model->index(row, column).data().toString()));
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    document.setHtml(html);
    QFont font = document.defaultFont();
    font.setPointSize(10);
    document.setDefaultFont(font);
}

bool ReportsScreen::printPdf()
{
    // Qt's print support writes the PDF, so the file and a paper copy come from the same pages.
    const QString path = fileBase() + QStringLiteral(".pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Health hub report"));
    printer.setCreator(QStringLiteral("healthhub"));
    QTextDocument document;
    fillDocument(document);
    QFile::remove(path);
    document.print(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0 || !Store::makePrivateFile(path)) {
        showMessage(m_message, tr("The PDF could not be saved. Check the space on the disk."), true);
        return false;
    }
    m_lastPdf = path;
    showMessage(m_message, tr("Saved as %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool ReportsScreen::print()
{
    if (QPrinterInfo::availablePrinters().isEmpty()) {
        showMessage(m_message,
                    tr("No printer is set up on this computer. Save the PDF and print it from another computer."),
                    true);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Health hub report"));
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPrintDialog"));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    QTextDocument document;
    fillDocument(document);
    document.print(&printer);
    showMessage(m_message, tr("Sent to the printer."), false);
    return true;
}

} // namespace HealthHub::Ui
