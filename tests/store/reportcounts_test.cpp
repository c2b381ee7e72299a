// SPDX-License-Identifier: GPL-3.0-or-later
// The period report's counts, which the store keeps up to date as sessions are written (daily counts since schema
// 5), against counts this test works out itself from the sessions it wrote. Real SQLCipher files.

#include "app/store/store.h"
#include "storetestsupport.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Core;
using namespace HealthHub::Core::Testing;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
const QStringList kTasks{QStringLiteral("nhs-app-setup"), QStringLiteral("repeat-prescription"),
                         QStringLiteral("gp-appointment"), QStringLiteral("test-results")};

using Counts = QMap<QPair<QString, QString>, qint64>;

Counts toMap(const QList<CountRow> &rows)
{
    Counts counts;
    for (const CountRow &row : rows) {
        counts[{row.key, row.subKey}] += row.count;
    }
    return counts;
}

/** What the test expects a report to say, worked out from the sessions as the test wrote them. */
struct Expected
{
    qint64 sessions = 0;
    Counts tasks;
    Counts barriers;
    Counts referrals;
    Counts volunteers;
    Counts nhsLogin;
    qint64 confidencePairs = 0;
    qint64 confidenceChange = 0;
    qint64 visitors = 0;
    qint64 newVisitors = 0;
};

/** A period of whole UTC days, as the report counts them. */
struct Period
{
    QDateTime from;
    QDateTime to;
};

class Model
{
public:
    /** The sessions as written, with the store's ids. */
    QList<AssistedSession> sessions;
    QHash<qint64, QString> volunteerNames;

    Expected expect(const Period &period) const
    {
        Expected e;
        QSet<qint64> seen;
        QHash<qint64, QDateTime> firstSession;
        for (const AssistedSession &s : sessions) {
            if (s.visitorId != 0 && (!firstSession.contains(s.visitorId) || s.startedAt < firstSession[s.visitorId])) {
                firstSession[s.visitorId] = s.startedAt;
            }
            if (s.startedAt < period.from || s.startedAt >= period.to) {
                continue;
            }
            ++e.sessions;
            // A task named twice keeps its last outcome; a barrier named twice counts once.
            QMap<QString, QString> tasks;
            for (const TaskHelped &task : s.tasks) {
                tasks[task.task] = task.outcome;
            }
            for (auto it = tasks.cbegin(); it != tasks.cend(); ++it) {
                ++e.tasks[{it.key(), it.value()}];
            }
            const QSet<QString> barriers(s.barriers.cbegin(), s.barriers.cend());
            for (const QString &barrier : barriers) {
                ++e.barriers[{barrier, QString()}];
            }
            ++e.referrals[{s.referral, QString()}];
            ++e.volunteers[{volunteerNames.value(s.volunteerId), QString()}];
            ++e.nhsLogin[{s.nhsLogin, QString()}];
            if (s.confidenceBefore > 0 && s.confidenceAfter > 0) {
                ++e.confidencePairs;
                e.confidenceChange += s.confidenceAfter - s.confidenceBefore;
            }
            if (s.visitorId != 0) {
                seen.insert(s.visitorId);
            }
        }
        e.visitors = seen.size();
        for (qint64 visitor : seen) {
            if (firstSession.value(visitor) >= period.from) {
                ++e.newVisitors;
            }
        }
        return e;
    }
};

void compareReport(Store &store, const Model &model, const Period &period)
{
    const StoreResult<PeriodReport> result = store.periodReport(period.from, period.to);
    QVERIFY(result.ok());
    const PeriodReport &report = result.value();
    const Expected e = model.expect(period);
    QCOMPARE(report.sessions, e.sessions);
    QCOMPARE(toMap(report.byTaskOutcome), e.tasks);
    QCOMPARE(report.byTaskOutcome.size(), e.tasks.size()); // no key twice
    QCOMPARE(toMap(report.byBarrier), e.barriers);
    QCOMPARE(toMap(report.byReferral), e.referrals);
    QCOMPARE(toMap(report.byVolunteer), e.volunteers);
    QCOMPARE(toMap(report.byNhsLogin), e.nhsLogin);
    QCOMPARE(report.confidencePairs, e.confidencePairs);
    if (e.confidencePairs > 0) {
        QCOMPARE(report.averageConfidenceChange, double(e.confidenceChange) / double(e.confidencePairs));
    }
    QCOMPARE(report.visitors, e.visitors);
    QCOMPARE(report.newVisitors, e.newVisitors);
    QCOMPARE(report.returningVisitors, e.visitors - e.newVisitors);
}

/** Periods that start and end at midnight UTC, over the two years the sessions cover. */
QList<Period> periods()
{
    const QDateTime midnight(kNow.date(), QTime(0, 0), Qt::UTC);
    return {{midnight.addMonths(-12), midnight.addDays(1)},
            {midnight.addMonths(-24), midnight.addDays(1)},
            {midnight.addMonths(-7), midnight.addMonths(-6)},
            {midnight.addDays(-40), midnight.addDays(-39)},
            {midnight.addMonths(-18), midnight.addMonths(-13)}};
}

AssistedSession randomSession(QRandomGenerator &random, const QList<qint64> &volunteers, const QList<qint64> &visitors,
                              const QDateTime &at)
{
    AssistedSession session;
    session.startedAt = at;
    session.volunteerId = volunteers.at(int(random.bounded(volunteers.size())));
    session.visitorId = random.bounded(5) == 0 ? 0 : visitors.at(int(random.bounded(visitors.size())));
    // Up to four tasks from four codes, so some sessions name a task twice with different outcomes.
    const int taskCount = 1 + int(random.bounded(4));
    for (int t = 0; t < taskCount; ++t) {
        session.tasks.append({kTasks.at(int(random.bounded(kTasks.size()))),
                              knownOutcomes().at(int(random.bounded(knownOutcomes().size())))});
    }
    const int barrierCount = int(random.bounded(4));
    for (int b = 0; b < barrierCount; ++b) {
        session.barriers.append(knownBarriers().at(int(random.bounded(3)))); // repeats on purpose
    }
    session.referral = knownReferralSources().at(int(random.bounded(knownReferralSources().size())));
    session.nhsLogin = knownNhsLoginStatuses().at(int(random.bounded(knownNhsLoginStatuses().size())));
    if (random.bounded(4) != 0) {
        session.confidenceBefore = 1 + int(random.bounded(5));
        session.confidenceAfter = 1 + int(random.bounded(5));
    }
    return session;
}

} // namespace

class ReportCountsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMatchTheSessionsWritten();
    void repeatedTaskKeepsItsLastOutcome();
};

void ReportCountsTest::countsMatchTheSessionsWritten()
{
    QTemporaryDir dir;
    StoreOptions options = cheapOptions(dir.path());
    options.clock = [] {
        return kNow;
    };
    Store store(options);
    QVERIFY(store.create(secret("counts")).ok());
    const Actor admin{};
    Model model;
    QList<qint64> volunteers;
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Bo"), QStringLiteral("Cy")}) {
        const qint64 id = store.addVolunteer(admin, name, VolunteerRole::Volunteer, secret("1234")).value();
        volunteers.append(id);
        model.volunteerNames.insert(id, name);
    }
    QList<qint64> visitors;
    for (int i = 0; i < 40; ++i) {
        Visitor visitor;
        visitor.name = QStringLiteral("V%1").arg(i);
        visitors.append(store.addVisitor(admin, visitor).value());
    }

    // 600 sessions at random times over two years, not in time order: one at a time, then in batches.
    QRandomGenerator random(20260101);
    const qint64 twoYears = 2 * 365 * 24 * 3600LL;
    auto randomTime = [&] {
        return kNow.addSecs(-qint64(random.bounded(double(twoYears))));
    };
    for (int i = 0; i < 200; ++i) {
        AssistedSession session = randomSession(random, volunteers, visitors, randomTime());
        const StoreResult<qint64> id = store.addSession(admin, session);
        QVERIFY(id.ok());
        session.id = id.value();
        model.sessions.append(session);
    }
    for (int batch = 0; batch < 4; ++batch) {
        QList<AssistedSession> sessions;
        for (int i = 0; i < 100; ++i) {
            sessions.append(randomSession(random, volunteers, visitors, randomTime()));
        }
        QVERIFY(store.addSessions(admin, sessions).ok());
        model.sessions.append(sessions);
    }
    for (const Period &period : periods()) {
        compareReport(store, model, period);
        if (QTest::currentTestFailed()) {
            qWarning() << "period" << period.from << period.to;
            return;
        }
    }

    // The counts are in the file, not in memory: the same after closing and unlocking again.
    store.close();
    QVERIFY(store.unlock(secret("counts")).ok());
    compareReport(store, model, periods().constFirst());
}

void ReportCountsTest::repeatedTaskKeepsItsLastOutcome()
{
    QTemporaryDir dir;
    Store store(cheapOptions(dir.path()));
    QVERIFY(store.create(secret("counts")).ok());
    const Actor admin{};
    Visitor visitor;
    visitor.name = QStringLiteral("Di");
    const qint64 visitorId = store.addVisitor(admin, visitor).value();
    AssistedSession session;
    session.startedAt = QDateTime(QDate(2025, 6, 2), QTime(10, 0), Qt::UTC);
    session.visitorId = visitorId;
    session.tasks = {{QStringLiteral("nhs-app-setup"), QStringLiteral("not_done")},
                     {QStringLiteral("gp-appointment"), QStringLiteral("done")},
                     {QStringLiteral("nhs-app-setup"), QStringLiteral("done")}};
    session.barriers = {QStringLiteral("skills"), QStringLiteral("trust"), QStringLiteral("skills")};
    QVERIFY(store.addSession(admin, session).ok());

    const QList<AssistedSession> history = store.visitorHistory(admin, visitorId).value();
    QCOMPARE(history.size(), 1);
    QMap<QString, QString> tasks;
    for (const TaskHelped &task : history.constFirst().tasks) {
        QVERIFY(!tasks.contains(task.task));
        tasks.insert(task.task, task.outcome);
    }
    QCOMPARE(tasks, (QMap<QString, QString>{{QStringLiteral("nhs-app-setup"), QStringLiteral("done")},
                                            {QStringLiteral("gp-appointment"), QStringLiteral("done")}}));
    QCOMPARE(history.constFirst().barriers.size(), 2);

    const PeriodReport report = store
                                    .periodReport(QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC),
                                                  QDateTime(QDate(2025, 6, 3), QTime(0, 0), Qt::UTC))
                                    .value();
    QCOMPARE(toMap(report.byTaskOutcome), (Counts{{{QStringLiteral("nhs-app-setup"), QStringLiteral("done")}, 1},
                                                  {{QStringLiteral("gp-appointment"), QStringLiteral("done")}, 1}}));
    QCOMPARE(toMap(report.byBarrier),
             (Counts{{{QStringLiteral("skills"), QString()}, 1}, {{QStringLiteral("trust"), QString()}, 1}}));
}

QTEST_GUILESS_MAIN(ReportCountsTest)
#include "reportcounts_test.moc"
