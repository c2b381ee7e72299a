// SPDX-License-Identifier: GPL-3.0-or-later
// The Store's reports: anonymous task usage and the funder report, read from the counts kept with each session.
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/store/storecounts.h"
#include "core/store/storeinternal.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace HealthHub::Store {

using namespace Internal;

namespace {

QList<CountRow> sortedRows(const QMap<QPair<QString, QString>, qint64> &counts)
{
    QList<CountRow> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        rows.append({it.key().first, it.key().second, it.value()});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CountRow &a, const CountRow &b) { return a.count > b.count; });
    return rows;
}

/**
 * The days and months a report reads. The counts kept with each session hold every grouped section: whole calendar
 * months from the monthly counts (schema 6), the days before the first and after the last whole month from the
 * daily ones (schema 5). A year's report reads about 12 rows a key plus up to two months of days, whatever the
 * number of sessions.
 */
struct ReportSpan
{
    qint64 firstDay = 0; ///< days [firstDay, headEnd) and [tailStart, endDay), months [monthFrom, monthTo)
    qint64 headEnd = 0;
    qint64 tailStart = 0;
    qint64 endDay = 0;
    qint64 monthFrom = 0;
    qint64 monthTo = 0;

    /** Reports count whole UTC days: from the day @p from falls in up to, not including, the day of @p to (a @p to
     *  after midnight counts its day too). */
    ReportSpan(const QDateTime &from, const QDateTime &to)
        : firstDay(toSeconds(from) / kSecondsPerDay)
        , endDay((toSeconds(to) + kSecondsPerDay - 1) / kSecondsPerDay)
    {
        const QDate firstDate = QDate(1970, 1, 1).addDays(firstDay);
        const QDate endDate = QDate(1970, 1, 1).addDays(endDay);
        QDate monthsFrom(firstDate.year(), firstDate.month(), 1);
        if (monthsFrom < firstDate) {
            monthsFrom = monthsFrom.addMonths(1);
        }
        const QDate monthsTo(endDate.year(), endDate.month(), 1);
        headEnd = endDay;
        tailStart = endDay;
        if (monthsFrom < monthsTo) {
            headEnd = dayNumber(monthsFrom);
            tailStart = dayNumber(monthsTo);
            monthFrom = monthOfDay(headEnd);
            monthTo = monthOfDay(tailStart);
        }
    }

    qint64 start() const { return firstDay * kSecondsPerDay; }
    qint64 end() const { return endDay * kSecondsPerDay; }

    void bind(Statement &query) const
    {
        query.bind(1, firstDay).bind(2, headEnd).bind(3, tailStart).bind(4, endDay).bind(5, monthFrom).bind(6, monthTo);
    }
};

QHash<qint64, QString> volunteerNames(Database &database)
{
    QHash<qint64, QString> names;
    Statement query = database.prepare("SELECT id, name FROM volunteers");
    while (query.step()) {
        names.insert(query.integer(0), query.text(1));
    }
    return names;
}

/** Sessions, by referral, volunteer and NHS login, and the confidence change. */
void readSessionCounts(Database &database, const ReportSpan &span, PeriodReport &report)
{
    const QHash<qint64, QString> names = volunteerNames(database);
    Statement sessions = database.prepare(
        "SELECT referral, volunteer_id, nhs_login, sum(sessions), sum(confidence_pairs), sum(confidence_change) "
        "FROM (SELECT referral, volunteer_id, nhs_login, sessions, confidence_pairs, confidence_change "
        "FROM report_daily_sessions WHERE day >= ?1 AND day < ?2 "
        "UNION ALL SELECT referral, volunteer_id, nhs_login, sessions, confidence_pairs, confidence_change "
        "FROM report_daily_sessions WHERE day >= ?3 AND day < ?4 "
        "UNION ALL SELECT referral, volunteer_id, nhs_login, sessions, confidence_pairs, confidence_change "
        "FROM report_monthly_sessions WHERE month >= ?5 AND month < ?6) "
        "GROUP BY referral, volunteer_id, nhs_login");
    span.bind(sessions);
    QMap<QPair<QString, QString>, qint64> referral;
    QMap<QPair<QString, QString>, qint64> volunteer;
    QMap<QPair<QString, QString>, qint64> nhsLogin;
    qint64 confidenceSum = 0;
    while (sessions.step()) {
        const qint64 count = sessions.integer(3);
        if (count == 0) {
            continue; // every session counted here was edited away
        }
        report.sessions += count;
        referral[{sessions.text(0), QString()}] += count;
        volunteer[{names.value(sessions.integer(1)), QString()}] += count;
        nhsLogin[{sessions.text(2), QString()}] += count;
        report.confidencePairs += sessions.integer(4);
        confidenceSum += sessions.integer(5);
    }
    report.byReferral = sortedRows(referral);
    report.byVolunteer = sortedRows(volunteer);
    report.byNhsLogin = sortedRows(nhsLogin);
    report.averageConfidenceChange =
        report.confidencePairs > 0 ? double(confidenceSum) / double(report.confidencePairs) : 0.0;
}

/** One grouped count over the span: @p sql's rows are (key, [subkey,] count). */
QList<CountRow> readGroupedCounts(Database &database, const ReportSpan &span, const char *sql, bool withSubKey)
{
    Statement query = database.prepare(sql);
    span.bind(query);
    QMap<QPair<QString, QString>, qint64> counts;
    while (query.step()) {
        counts[{query.text(0), withSubKey ? query.text(1) : QString()}] = query.integer(withSubKey ? 2 : 1);
    }
    return sortedRows(counts);
}

/** Follow-ups change after the session (done or not), so they are counted live, from a covering index. */
void readFollowUps(Database &database, const ReportSpan &span, const QString &today, PeriodReport &report)
{
    Statement followUps = database.prepare("SELECT coalesce(sum(follow_up_done_at IS NULL AND follow_up_on >= ?3), 0), "
                                           "coalesce(sum(follow_up_done_at IS NULL AND follow_up_on < ?3), 0), "
                                           "coalesce(sum(follow_up_done_at IS NOT NULL), 0) FROM sessions "
                                           "WHERE follow_up_on IS NOT NULL AND started_at >= ?1 AND started_at < ?2");
    followUps.bind(1, span.start()).bind(2, span.end()).bind(3, today);
    if (followUps.step()) {
        report.followUpsDue = followUps.integer(0);
        report.followUpsOverdue = followUps.integer(1);
        report.followUpsDone = followUps.integer(2);
    }
}

/**
 * Visitors seen in the period. New ones had their first session in it: an indexed count of
 * visitors.first_session_at (schema 6). Returning ones came before it: one index seek each.
 */
void readVisitorCounts(Database &database, const ReportSpan &span, PeriodReport &report)
{
    Statement people = database.prepare(
        "SELECT (SELECT count(*) FROM visitors WHERE first_session_at >= ?1 AND first_session_at < ?2), "
        "(SELECT count(*) FROM visitors v WHERE first_session_at < ?1 AND EXISTS (SELECT 1 FROM sessions s "
        "WHERE s.visitor_id = v.id AND s.started_at >= ?1 AND s.started_at < ?2))");
    people.bind(1, span.start()).bind(2, span.end());
    if (people.step()) {
        report.newVisitors = people.integer(0);
        report.returningVisitors = people.integer(1);
        report.visitors = report.newVisitors + report.returningVisitors;
    }
}

} // namespace

StoreError Store::countTaskUse(const QString &task)
{
    return guarded([&] {
        require(!task.isEmpty() && task.size() <= kMaxCodeLength, "a task code is 1 to 64 characters");
        Database &database = db();
        const QString day = dateText(now().date());
        Transaction transaction(database);
        addToCount(database, "UPDATE OR FAIL task_usage SET uses = uses + 1 WHERE day = ?1 AND task = ?2",
                   "INSERT INTO task_usage (day, task, uses) VALUES (?1, ?2, 1)",
                   [&](Statement &count) { count.bind(1, day).bind(2, task); });
        transaction.commit();
        return StoreError();
    });
}

StoreResult<QList<CountRow>> Store::taskUsage(const QDate &from, const QDate &to)
{
    return guarded([&]() -> StoreResult<QList<CountRow>> {
        Statement query = db().prepare("SELECT task, sum(uses) FROM task_usage WHERE day >= ?1 AND day <= ?2 "
                                       "GROUP BY task ORDER BY 2 DESC, task");
        query.bind(1, dateText(from)).bind(2, dateText(to));
        QList<CountRow> rows;
        while (query.step()) {
            rows.append({query.text(0), QString(), query.integer(1)});
        }
        return rows;
    });
}

StoreResult<PeriodReport> Store::periodReport(const QDateTime &from, const QDateTime &to)
{
    return guarded([&]() -> StoreResult<PeriodReport> {
        Database &database = db();
        const ReportSpan span(from, to);
        PeriodReport report;
        report.from = from;
        report.to = to;
        readSessionCounts(database, span, report);
        report.byTaskOutcome = readGroupedCounts(
            database, span,
            "SELECT task, outcome, sum(uses) FROM (SELECT task, outcome, uses FROM report_daily_tasks "
            "WHERE day >= ?1 AND day < ?2 "
            "UNION ALL SELECT task, outcome, uses FROM report_daily_tasks WHERE day >= ?3 AND day < ?4 "
            "UNION ALL SELECT task, outcome, uses FROM report_monthly_tasks WHERE month >= ?5 AND month < ?6) "
            "GROUP BY task, outcome HAVING sum(uses) <> 0",
            true);
        report.byBarrier = readGroupedCounts(
            database, span,
            "SELECT barrier, sum(uses) FROM (SELECT barrier, uses FROM report_daily_barriers "
            "WHERE day >= ?1 AND day < ?2 "
            "UNION ALL SELECT barrier, uses FROM report_daily_barriers WHERE day >= ?3 AND day < ?4 "
            "UNION ALL SELECT barrier, uses FROM report_monthly_barriers WHERE month >= ?5 AND month < ?6) "
            "GROUP BY barrier HAVING sum(uses) <> 0",
            false);
        readFollowUps(database, span, dateText(now().date()), report);
        readVisitorCounts(database, span, report);
        return report;
    });
}

} // namespace HealthHub::Store
