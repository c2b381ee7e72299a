// SPDX-License-Identifier: GPL-3.0-or-later
// Migrations: a database made at each earlier schema version, with rows written in that version's shape,
// opens at the latest version with every row kept and the new columns filled.

#include "core/store/database.h"
#include "core/store/schema.h"
#include "storetestsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Records;
using namespace HealthHub::Store;
using namespace HealthHub::Store::Testing;

namespace {

const QDateTime kWhen = QDateTime(QDate(2025, 2, 1), QTime(10, 0), Qt::UTC);

/** Opens the store's file directly with its key, as the old application would have. */
void withRawDatabase(const QString &dir, const std::function<void(Database &)> &work)
{
    const KeyFile keyFile = KeyFile::load(QDir(dir).filePath(Store::keyFileName()));
    const SecureBytes key = keyFile.current.derive(secret("migrate"));
    Database db;
    db.open(QDir(dir).filePath(Store::databaseFileName()), Database::OpenMode::Existing, &key);
    work(db);
}

} // namespace

class MigrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEachEarlierVersion_data();
    void fromEachEarlierVersion();
    void newerSchemaIsRefused();
};

void MigrationTest::fromEachEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Schema::kLatestVersion; ++version) {
        QTest::addRow("from version %d", version) << version;
    }
}

void MigrationTest::fromEachEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    {
        StoreOptions options = cheapOptions(dir.path());
        options.schemaVersion = version;
        Store store(options);
        QVERIFY(store.create(secret("migrate")).ok());
        QCOMPARE(store.schemaVersion(), version);
    }
    // Rows as that version wrote them: only the columns it had.
    withRawDatabase(dir.path(), [&](Database &db) {
        db.exec("INSERT INTO volunteers (id, name, role, pin_hash, created_at) VALUES (1, 'Old Vol', 'hub_lead', "
                "'x', 1700000000)");
        db.exec("INSERT INTO visitors (id, name, contact, consent, created_at) VALUES (1, 'OV', NULL, 0, 1700000000)");
        Statement session = db.prepare("INSERT INTO sessions (id, started_at, terminal, volunteer_id, visitor_id, "
                                       "referral, confidence_before, confidence_after, notes) "
                                       "VALUES (1, ?1, 'old-desk', 1, 1, 'gp', 2, 4, 'old note')");
        session.bind(1, kWhen.toSecsSinceEpoch()).run();
        if (version >= 4) {
            // Version 4 copied the session's time beside its tasks and barriers.
            Statement task = db.prepare("INSERT INTO session_tasks (session_id, task, outcome, started_at) "
                                        "VALUES (1, 'nhs-app-setup', 'done', ?1)");
            task.bind(1, kWhen.toSecsSinceEpoch()).run();
            Statement barrier = db.prepare("INSERT INTO session_barriers (session_id, barrier, started_at) "
                                           "VALUES (1, 'skills', ?1)");
            barrier.bind(1, kWhen.toSecsSinceEpoch()).run();
        } else {
            db.exec("INSERT INTO session_tasks (session_id, task, outcome) VALUES (1, 'nhs-app-setup', 'done')");
            db.exec("INSERT INTO session_barriers (session_id, barrier) VALUES (1, 'skills')");
        }
        if (version >= 2) {
            db.exec("INSERT INTO bookings (room, starts_at, ends_at, visitor_id, created_at) "
                    "VALUES ('booth', 1800000000, 1800001800, 1, 1700000000)");
            db.exec("INSERT INTO task_usage (day, task, uses) VALUES ('2025-02-01', 'nhs-111', 3)");
        }
    });

    Store store(cheapOptions(dir.path()));
    QVERIFY(store.unlock(secret("migrate")).ok());
    QCOMPARE(store.schemaVersion(), Schema::kLatestVersion);
    QVERIFY(store.checkIntegrity().ok());
    const QList<Volunteer> volunteers = store.volunteers().value();
    QCOMPARE(volunteers.size(), 1);
    QCOMPARE(volunteers.first().role, VolunteerRole::HubLead);
    QCOMPARE(volunteers.first().failedPins, 0); // added in version 3
    const QList<AssistedSession> history = store.visitorHistory({}, 1).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().notes, QStringLiteral("old note"));
    QCOMPARE(history.first().nhsLogin, QStringLiteral("not_discussed")); // added in version 3
    // Version 5 built the daily report counts from the rows already there: the report finds them.
    const PeriodReport report = store.periodReport(kWhen.addDays(-1), kWhen.addDays(1)).value();
    QCOMPARE(report.sessions, 1);
    QCOMPARE(report.byReferral.first().key, QStringLiteral("gp"));
    QCOMPARE(report.byVolunteer.first().key, QStringLiteral("Old Vol"));
    QCOMPARE(report.averageConfidenceChange, 2.0);
    QCOMPARE(report.byTaskOutcome.size(), 1);
    QCOMPARE(report.byTaskOutcome.first().key, QStringLiteral("nhs-app-setup"));
    QCOMPARE(report.byBarrier.size(), 1);
    if (version >= 2) {
        QCOMPARE(store.taskUsage(QDate(2025, 2, 1), QDate(2025, 2, 1)).value().first().count, 3);
    }
    // And the migrated store takes new records of the latest shape.
    AssistedSession session;
    session.startedAt = kWhen;
    session.nhsLogin = QStringLiteral("verified");
    QVERIFY(store.addSession({}, session).ok());
}

void MigrationTest::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    {
        Store store(cheapOptions(dir.path()));
        QVERIFY(store.create(secret("migrate")).ok());
    }
    withRawDatabase(dir.path(), [](Database &db) { db.exec("PRAGMA user_version = 99"); });
    Store store(cheapOptions(dir.path()));
    const StoreError error = store.unlock(secret("migrate"));
    QCOMPARE(StoreError::codeName(error.code()), "schema-too-new");
    QCOMPARE(error.message(),
             QStringLiteral("These records were made by a newer version of Health Hub. Update this terminal."));
}

QTEST_GUILESS_MAIN(MigrationTest)
#include "migration_test.moc"
