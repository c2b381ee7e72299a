// SPDX-License-Identifier: GPL-3.0-or-later
// The period report's counts, which the store keeps up to date as sessions are written (daily counts since schema
// 5, monthly counts and each visitor's first session since schema 6), against counts this test works out itself
// from the sessions it wrote, edited, erased and purged. Real SQLCipher files.

#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "storetestsupport.h"

#include <QDir>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Records;
using namespace HealthHub::Store;
using namespace HealthHub::Store::Testing;

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

    /** Erasure and retention leave a session's counts but take away its visitor. */
    void unlinkVisitor(qint64 visitorId)
    {
        for (AssistedSession &s : sessions) {
            if (s.visitorId == visitorId) {
                s.visitorId = 0;
            }
        }
    }
    void unlinkBefore(const QDateTime &cutoff)
    {
        for (AssistedSession &s : sessions) {
            if (s.startedAt < cutoff) {
                s.visitorId = 0;
            }
        }
    }

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

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

/**
 * Periods of whole UTC days over the two years the sessions cover: whole months (read from the monthly counts),
 * months with days before and after them (monthly and daily counts), and spans with no whole month (daily only).
 */
QList<Period> periods()
{
    return {{utc(2025, 1, 2), utc(2026, 1, 2)},     // the console's "last 12 months": 30 days, 11 months, 1 day
            {utc(2024, 1, 1), utc(2026, 1, 2)},     // everything
            {utc(2025, 6, 1), utc(2025, 7, 1)},     // one whole month
            {utc(2025, 3, 15), utc(2025, 7, 10)},   // days, three months, days
            {utc(2025, 3, 20), utc(2025, 4, 10)},   // across a month's end, no whole month
            {utc(2025, 11, 21), utc(2025, 11, 22)}, // one day
            {utc(2024, 7, 1), utc(2024, 12, 31)}};  // five whole months and 30 days
}

void compareAllPeriods(Store &store, const Model &model)
{
    for (const Period &period : periods()) {
        compareReport(store, model, period);
        if (QTest::currentTestFailed()) {
            qWarning() << "period" << period.from << period.to;
            return;
        }
    }
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
    void countsFollowEditsErasureAndRetention();
    void fromSchema5WithSessions();
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
    compareAllPeriods(store, model);
    if (QTest::currentTestFailed()) {
        return;
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

void ReportCountsTest::countsFollowEditsErasureAndRetention()
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
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Bo")}) {
        const qint64 id = store.addVolunteer(admin, name, VolunteerRole::Volunteer, secret("1234")).value();
        volunteers.append(id);
        model.volunteerNames.insert(id, name);
    }
    QList<qint64> visitors;
    for (int i = 0; i < 20; ++i) {
        Visitor visitor;
        visitor.name = QStringLiteral("V%1").arg(i);
        visitors.append(store.addVisitor(admin, visitor).value());
    }
    QRandomGenerator random(4242);
    const qint64 twoYears = 2 * 365 * 24 * 3600LL;
    QList<AssistedSession> batch;
    for (int i = 0; i < 250; ++i) {
        batch.append(
            randomSession(random, volunteers, visitors, kNow.addSecs(-qint64(random.bounded(double(twoYears))))));
    }
    QVERIFY(store.addSessions(admin, batch).ok());
    // addSessions gives no ids: a new store numbers sessions from 1 in the order written. Check two.
    for (int i = 0; i < batch.size(); ++i) {
        batch[i].id = i + 1;
    }
    for (const AssistedSession &written : {batch.constFirst(), batch.constLast()}) {
        const StoreResult<AssistedSession> read = store.session(admin, written.id);
        QVERIFY(read.ok());
        QCOMPARE(read.value().startedAt, written.startedAt);
    }
    model.sessions = batch;

    // The console edits sessions: new answers, often another visitor or none. Time and volunteer stay.
    for (int i = 0; i < 80; ++i) {
        AssistedSession &kept = model.sessions[int(random.bounded(model.sessions.size()))];
        AssistedSession edited = randomSession(random, volunteers, visitors, kept.startedAt);
        edited.id = kept.id;
        const StoreError error = store.updateSession(admin, edited);
        QVERIFY2(error.ok(), StoreError::codeName(error.code()));
        edited.volunteerId = kept.volunteerId;
        kept = edited;
    }
    compareAllPeriods(store, model);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Erasure keeps the sessions as counts without their visitor.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(store.eraseVisitor(admin, visitors.at(i)).ok());
        model.unlinkVisitor(visitors.at(i));
    }
    compareAllPeriods(store, model);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Retention: sessions before the cutoff lose their visitor, so a visitor's first session moves later.
    QVERIFY(store.purgeExpired(admin, 9).ok());
    model.unlinkBefore(kNow.addMonths(-9));
    compareAllPeriods(store, model);
}

void ReportCountsTest::fromSchema5WithSessions()
{
    QTemporaryDir dir;
    {
        StoreOptions options = cheapOptions(dir.path());
        options.schemaVersion = 5;
        Store store(options);
        QVERIFY(store.create(secret("counts")).ok());
        QCOMPARE(store.schemaVersion(), 5);
    }
    // Rows as version 5 wrote them, opened as the old application would have.
    Model model;
    {
        const KeyFile keyFile = KeyFile::load(QDir(dir.path()).filePath(Store::keyFileName()));
        const SecureBytes key = keyFile.current.derive(secret("counts"));
        Database db;
        db.open(QDir(dir.path()).filePath(Store::databaseFileName()), Database::OpenMode::Existing, &key);
        Transaction transaction(db);
        db.exec("INSERT INTO volunteers (id, name, role, pin_hash, created_at) VALUES "
                "(1, 'Ann', 'hub_lead', 'x', 1700000000), (2, 'Bo', 'volunteer', 'x', 1700000000)");
        model.volunteerNames = {{1, QStringLiteral("Ann")}, {2, QStringLiteral("Bo")}};
        QList<qint64> visitors;
        for (qint64 id = 1; id <= 12; ++id) {
            db.prepare("INSERT INTO visitors (id, name, consent, created_at) VALUES (?1, 'OV', 0, 1700000000)")
                .bind(1, id)
                .run();
            visitors.append(id);
        }
        QRandomGenerator random(55);
        const qint64 twoYears = 2 * 365 * 24 * 3600LL;
        for (qint64 id = 1; id <= 300; ++id) {
            AssistedSession session =
                randomSession(random, {1, 2}, visitors, kNow.addSecs(-qint64(random.bounded(double(twoYears)))));
            session.id = id;
            QMap<QString, QString> tasks; // version 5's key allowed each task once a session
            for (const TaskHelped &task : std::as_const(session.tasks)) {
                tasks[task.task] = task.outcome;
            }
            session.tasks.clear();
            for (auto it = tasks.cbegin(); it != tasks.cend(); ++it) {
                session.tasks.append({it.key(), it.value()});
            }
            session.barriers.removeDuplicates();
            const qint64 at = session.startedAt.toSecsSinceEpoch();
            db.prepare(
                  "INSERT INTO sessions (id, started_at, terminal, volunteer_id, visitor_id, referral, "
                  "confidence_before, confidence_after, nhs_login) VALUES (?1, ?2, 'desk', ?3, ?4, ?5, ?6, ?7, ?8)")
                .bind(1, id)
                .bind(2, at)
                .bind(3, session.volunteerId)
                .bindOptional(4, session.visitorId)
                .bind(5, session.referral)
                .bindOptional(6, session.confidenceBefore)
                .bindOptional(7, session.confidenceAfter)
                .bind(8, session.nhsLogin)
                .run();
            for (const TaskHelped &task : std::as_const(session.tasks)) {
                db.prepare("INSERT INTO session_tasks (session_id, task, outcome, started_at) VALUES (?1, ?2, ?3, ?4)")
                    .bind(1, id)
                    .bind(2, task.task)
                    .bind(3, task.outcome)
                    .bind(4, at)
                    .run();
            }
            for (const QString &barrier : std::as_const(session.barriers)) {
                db.prepare("INSERT INTO session_barriers (session_id, barrier, started_at) VALUES (?1, ?2, ?3)")
                    .bind(1, id)
                    .bind(2, barrier)
                    .bind(3, at)
                    .run();
            }
            model.sessions.append(session);
        }
        // Version 5's daily counts for those rows, as it kept them.
        db.exec("INSERT INTO report_daily_sessions SELECT started_at / 86400, referral, volunteer_id, nhs_login, "
                "count(*), sum(confidence_before IS NOT NULL AND confidence_after IS NOT NULL), "
                "sum(coalesce(confidence_after - confidence_before, 0)) FROM sessions GROUP BY 1, 2, 3, 4");
        db.exec("INSERT INTO report_daily_tasks SELECT started_at / 86400, task, outcome, count(*) "
                "FROM session_tasks GROUP BY 1, 2, 3");
        db.exec("INSERT INTO report_daily_barriers SELECT started_at / 86400, barrier, count(*) "
                "FROM session_barriers GROUP BY 1, 2");
        // Version 5 counted a task named twice in one session twice but stored it once: version 6 counts again.
        db.exec("UPDATE report_daily_tasks SET uses = uses + 1 WHERE day = (SELECT min(day) FROM report_daily_tasks)");
        transaction.commit();
    }

    StoreOptions options = cheapOptions(dir.path());
    options.clock = [] {
        return kNow;
    };
    Store store(options);
    QVERIFY(store.unlock(secret("counts")).ok());
    QCOMPARE(store.schemaVersion(), Schema::kLatestVersion);
    QVERIFY(store.checkIntegrity().ok());
    compareAllPeriods(store, model);
    if (QTest::currentTestFailed()) {
        return;
    }
    // New sessions after the migration add to the migrated counts.
    QRandomGenerator random(56);
    AssistedSession later = randomSession(random, {1}, {12}, kNow.addDays(-3));
    later.visitorId = 12;
    later.id = store.addSession({}, later).value();
    model.sessions.append(later);
    compareAllPeriods(store, model);
}

QTEST_GUILESS_MAIN(ReportCountsTest)
#include "reportcounts_test.moc"
