// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/schema.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"

namespace HealthHub::Store::Schema {

namespace {

// Version 1: people, assisted sessions and the audit log.
constexpr char kVersion1[] = R"sql(
CREATE TABLE volunteers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('volunteer', 'hub_lead')),
    pin_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);
CREATE TABLE visitors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    contact TEXT,
    consent INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,
    terminal TEXT NOT NULL,
    volunteer_id INTEGER REFERENCES volunteers(id),
    visitor_id INTEGER REFERENCES visitors(id) ON DELETE CASCADE,
    referral TEXT NOT NULL,
    confidence_before INTEGER CHECK (confidence_before BETWEEN 1 AND 5),
    confidence_after INTEGER CHECK (confidence_after BETWEEN 1 AND 5),
    notes TEXT,
    follow_up_on TEXT,
    follow_up_done_at INTEGER
);
CREATE INDEX sessions_by_time ON sessions (started_at);
CREATE INDEX sessions_by_visitor ON sessions (visitor_id, started_at);
CREATE TABLE session_tasks (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    task TEXT NOT NULL,
    outcome TEXT NOT NULL,
    PRIMARY KEY (session_id, task)
) WITHOUT ROWID;
CREATE TABLE session_barriers (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    barrier TEXT NOT NULL,
    PRIMARY KEY (session_id, barrier)
) WITHOUT ROWID;
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    volunteer_id INTEGER,
    terminal TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id INTEGER,
    hash BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;
)sql";

// Version 2: video booth bookings and anonymous task usage counts.
constexpr char kVersion2[] = R"sql(
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY,
    room TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
    visitor_id INTEGER REFERENCES visitors(id) ON DELETE CASCADE,
    volunteer_id INTEGER REFERENCES volunteers(id),
    purpose TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX bookings_by_room_time ON bookings (room, starts_at);
CREATE TABLE task_usage (
    day TEXT NOT NULL,
    task TEXT NOT NULL,
    uses INTEGER NOT NULL,
    PRIMARY KEY (day, task)
) WITHOUT ROWID;
)sql";

// Version 3: PIN lockout, the date of consent, NHS login verification status.
constexpr char kVersion3[] = R"sql(
ALTER TABLE volunteers ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE volunteers ADD COLUMN locked_until INTEGER;
ALTER TABLE visitors ADD COLUMN consent_at INTEGER;
ALTER TABLE sessions ADD COLUMN nhs_login TEXT NOT NULL DEFAULT 'not_discussed';
CREATE INDEX sessions_by_follow_up ON sessions (follow_up_on) WHERE follow_up_on IS NOT NULL;
)sql";

// Version 4: the session's time copied beside its tasks and barriers, so a period report reads one index.
constexpr char kVersion4[] = R"sql(
ALTER TABLE session_tasks ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session_barriers ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0;
UPDATE session_tasks SET started_at = (SELECT started_at FROM sessions WHERE id = session_id);
UPDATE session_barriers SET started_at = (SELECT started_at FROM sessions WHERE id = session_id);
CREATE INDEX session_tasks_report ON session_tasks (started_at, task, outcome);
CREATE INDEX session_barriers_report ON session_barriers (started_at, barrier);
)sql";

// Version 5: daily report counts kept up to date with each session, so a year's report reads a few thousand
// rows instead of every session; follow-ups get a covering index. The version 4 report indexes go: the
// counts replace them, and every index costs each insert.
constexpr char kVersion5[] = R"sql(
CREATE TABLE report_daily_sessions (
    day INTEGER NOT NULL,
    referral TEXT NOT NULL,
    volunteer_id INTEGER NOT NULL,
    nhs_login TEXT NOT NULL,
    sessions INTEGER NOT NULL,
    confidence_pairs INTEGER NOT NULL,
    confidence_change INTEGER NOT NULL,
    PRIMARY KEY (day, referral, volunteer_id, nhs_login)
) WITHOUT ROWID;
CREATE TABLE report_daily_tasks (
    day INTEGER NOT NULL,
    task TEXT NOT NULL,
    outcome TEXT NOT NULL,
    uses INTEGER NOT NULL,
    PRIMARY KEY (day, task, outcome)
) WITHOUT ROWID;
CREATE TABLE report_daily_barriers (
    day INTEGER NOT NULL,
    barrier TEXT NOT NULL,
    uses INTEGER NOT NULL,
    PRIMARY KEY (day, barrier)
) WITHOUT ROWID;
INSERT INTO report_daily_sessions
    SELECT started_at / 86400, referral, coalesce(volunteer_id, 0), nhs_login, count(*),
           sum(confidence_before IS NOT NULL AND confidence_after IS NOT NULL),
           sum(CASE WHEN confidence_before IS NOT NULL AND confidence_after IS NOT NULL
                    THEN confidence_after - confidence_before ELSE 0 END)
    FROM sessions GROUP BY 1, 2, 3, 4;
INSERT INTO report_daily_tasks
    SELECT s.started_at / 86400, t.task, t.outcome, count(*)
    FROM session_tasks t JOIN sessions s ON s.id = t.session_id GROUP BY 1, 2, 3;
INSERT INTO report_daily_barriers
    SELECT s.started_at / 86400, b.barrier, count(*)
    FROM session_barriers b JOIN sessions s ON s.id = b.session_id GROUP BY 1, 2;
DROP INDEX session_tasks_report;
DROP INDEX session_barriers_report;
DROP INDEX sessions_by_follow_up;
CREATE INDEX sessions_follow_ups ON sessions (started_at, follow_up_on, follow_up_done_at)
    WHERE follow_up_on IS NOT NULL;
)sql";

// Version 6: the report counts by calendar month as well as by day, so a year's report reads about 12 rows a key
// plus the days of the months it covers only in part; with several volunteers the daily counts have nearly as many
// rows as there are sessions. Each visitor's first session, so "new in the period" is an indexed count. The daily
// counts are first made again from the rows: before version 6 a task or barrier named twice was counted twice.
// A month is year * 12 + month - 1 (UTC), the same number Internal::monthOfDay() gives.
constexpr char kVersion6[] = R"sql(
DELETE FROM report_daily_sessions;
DELETE FROM report_daily_tasks;
DELETE FROM report_daily_barriers;
INSERT INTO report_daily_sessions
    SELECT started_at / 86400, referral, coalesce(volunteer_id, 0), nhs_login, count(*),
           sum(confidence_before IS NOT NULL AND confidence_after IS NOT NULL),
           sum(CASE WHEN confidence_before IS NOT NULL AND confidence_after IS NOT NULL
                    THEN confidence_after - confidence_before ELSE 0 END)
    FROM sessions GROUP BY 1, 2, 3, 4;
INSERT INTO report_daily_tasks
    SELECT s.started_at / 86400, t.task, t.outcome, count(*)
    FROM session_tasks t JOIN sessions s ON s.id = t.session_id GROUP BY 1, 2, 3;
INSERT INTO report_daily_barriers
    SELECT s.started_at / 86400, b.barrier, count(*)
    FROM session_barriers b JOIN sessions s ON s.id = b.session_id GROUP BY 1, 2;
CREATE TABLE report_monthly_sessions (
    month INTEGER NOT NULL,
    referral TEXT NOT NULL,
    volunteer_id INTEGER NOT NULL,
    nhs_login TEXT NOT NULL,
    sessions INTEGER NOT NULL,
    confidence_pairs INTEGER NOT NULL,
    confidence_change INTEGER NOT NULL,
    PRIMARY KEY (month, referral, volunteer_id, nhs_login)
) WITHOUT ROWID;
CREATE TABLE report_monthly_tasks (
    month INTEGER NOT NULL,
    task TEXT NOT NULL,
    outcome TEXT NOT NULL,
    uses INTEGER NOT NULL,
    PRIMARY KEY (month, task, outcome)
) WITHOUT ROWID;
CREATE TABLE report_monthly_barriers (
    month INTEGER NOT NULL,
    barrier TEXT NOT NULL,
    uses INTEGER NOT NULL,
    PRIMARY KEY (month, barrier)
) WITHOUT ROWID;
INSERT INTO report_monthly_sessions
    SELECT CAST(strftime('%Y', day * 86400, 'unixepoch') AS INTEGER) * 12
               + CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1,
           referral, volunteer_id, nhs_login, sum(sessions), sum(confidence_pairs), sum(confidence_change)
    FROM report_daily_sessions GROUP BY 1, 2, 3, 4;
INSERT INTO report_monthly_tasks
    SELECT CAST(strftime('%Y', day * 86400, 'unixepoch') AS INTEGER) * 12
               + CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1,
           task, outcome, sum(uses)
    FROM report_daily_tasks GROUP BY 1, 2, 3;
INSERT INTO report_monthly_barriers
    SELECT CAST(strftime('%Y', day * 86400, 'unixepoch') AS INTEGER) * 12
               + CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1,
           barrier, sum(uses)
    FROM report_daily_barriers GROUP BY 1, 2;
ALTER TABLE visitors ADD COLUMN first_session_at INTEGER;
UPDATE visitors SET first_session_at = (SELECT min(started_at) FROM sessions WHERE visitor_id = visitors.id);
CREATE INDEX visitors_by_first_session ON visitors (first_session_at) WHERE first_session_at IS NOT NULL;
)sql";

constexpr const char *kMigrations[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6};
static_assert(sizeof kMigrations / sizeof kMigrations[0] == kLatestVersion);

// user_version cannot take a bound parameter; one literal per version keeps SQL free of splicing.
constexpr const char *kSetVersion[] = {"PRAGMA user_version = 1", "PRAGMA user_version = 2", "PRAGMA user_version = 3",
                                       "PRAGMA user_version = 4", "PRAGMA user_version = 5", "PRAGMA user_version = 6"};
constexpr const char *kSetOtherVersion[] = {"PRAGMA other.user_version = 1", "PRAGMA other.user_version = 2",
                                            "PRAGMA other.user_version = 3", "PRAGMA other.user_version = 4",
                                            "PRAGMA other.user_version = 5", "PRAGMA other.user_version = 6"};
static_assert(sizeof kSetVersion / sizeof kSetVersion[0] == kLatestVersion);
static_assert(sizeof kSetOtherVersion / sizeof kSetOtherVersion[0] == kLatestVersion);

} // namespace

int version(Database &db)
{
    return int(db.scalar("PRAGMA user_version"));
}

void migrate(Database &db, int target)
{
    const int from = version(db);
    if (from > kLatestVersion) {
        fail(StoreError::Code::SchemaTooNew, QStringLiteral("schema version %1").arg(from));
    }
    if (from == 0) {
        if (db.scalar("SELECT count(*) FROM sqlite_master") != 0) {
            fail(StoreError::Code::NotAHubDatabase, QStringLiteral("tables present but no schema version"));
        }
        db.exec("PRAGMA application_id = 1212697393"); // Schema::kApplicationId, "HHK1"
    }
    for (int next = from + 1; next <= target; ++next) {
        db.exec(kMigrations[next - 1]);
        db.exec(kSetVersion[next - 1]);
    }
}

void exportToAttached(Database &db)
{
    const int current = version(db);
    if (current < 1 || current > kLatestVersion) {
        fail(StoreError::Code::Internal, QStringLiteral("cannot export schema version %1").arg(current));
    }
    // One transaction: otherwise each table sqlcipher_export makes is its own synced commit.
    Transaction transaction(db);
    db.exec("SELECT sqlcipher_export('other')");
    db.exec("PRAGMA other.application_id = 1212697393"); // Schema::kApplicationId
    db.exec(kSetOtherVersion[current - 1]);
    transaction.commit();
}

} // namespace HealthHub::Store::Schema
