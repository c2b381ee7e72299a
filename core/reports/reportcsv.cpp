// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportcsv.h"

#include <utility>

namespace HealthHub::Reports {

using Records::CountRow;

namespace {

/** One CSV field: quoted when it must be, and never read as a spreadsheet formula. */
QByteArray csvField(const QString &value)
{
    QString text = value;
    // A leading = + - @ would be a formula in a spreadsheet; prefix it so it stays text.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

} // namespace

QByteArray reportCsv(const Records::PeriodReport &report)
{
    QByteArray csv = "section,key,subkey,count\n";
    auto line = [&](const char *section, const QString &key, const QString &subKey, const QString &count) {
        csv += QByteArray(section) + ',' + csvField(key) + ',' + csvField(subKey) + ',' + count.toUtf8() + '\n';
    };
    line("period", report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate), QString());
    line("totals", QStringLiteral("sessions"), QString(), QString::number(report.sessions));
    line("totals", QStringLiteral("visitors"), QString(), QString::number(report.visitors));
    line("totals", QStringLiteral("new_visitors"), QString(), QString::number(report.newVisitors));
    line("totals", QStringLiteral("returning_visitors"), QString(), QString::number(report.returningVisitors));
    line("confidence", QStringLiteral("pairs"), QString(), QString::number(report.confidencePairs));
    line("confidence", QStringLiteral("average_change"), QString(),
         QString::number(report.averageConfidenceChange, 'f', 2));
    line("follow_ups", QStringLiteral("due"), QString(), QString::number(report.followUpsDue));
    line("follow_ups", QStringLiteral("overdue"), QString(), QString::number(report.followUpsOverdue));
    line("follow_ups", QStringLiteral("done"), QString(), QString::number(report.followUpsDone));
    const std::pair<const char *, const QList<CountRow> *> sections[] = {
        {"task_outcome", &report.byTaskOutcome}, {"barrier", &report.byBarrier},    {"referral", &report.byReferral},
        {"volunteer", &report.byVolunteer},      {"nhs_login", &report.byNhsLogin},
    };
    for (const auto &[name, rows] : sections) {
        for (const CountRow &row : *rows) {
            line(name, row.key, row.subKey, QString::number(row.count));
        }
    }
    return csv;
}

} // namespace HealthHub::Reports
