// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted store on real SQLCipher files: lifecycle, every error with its message, canaries that must
// never reach the disk in the clear, records, PIN lockout, retention, export, erasure, backup, full disk.

#include "core/reports/reportcsv.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>

using namespace HealthHub::Records;
using namespace HealthHub::Store;
using namespace HealthHub::Store::Testing;
using Code = StoreError::Code;

namespace {

const QByteArray kCanaries[] = {"CANARY-VOLUNTEER-7f3a", "CANARY-VISITOR-91bd", "CANARY-CONTACT-0c55",
                                "CANARY-NOTES-e21f",     "CANARY-PURPOSE-77aa", "CANARY-TERMINAL-3b9c"};

/** Fills every text field of every record kind with a canary. */
void writeCanaryRecords(Store &store)
{
    const Actor actor{};
    const auto volunteer =
        store.addVolunteer(actor, QString::fromLatin1(kCanaries[0]), VolunteerRole::Volunteer, secret("2468"));
    QVERIFY(volunteer.ok());
    Visitor visitor;
    visitor.name = QString::fromLatin1(kCanaries[1]);
    visitor.contact = QString::fromLatin1(kCanaries[2]);
    visitor.consent = true;
    const auto visitorId = store.addVisitor(actor, visitor);
    QVERIFY(visitorId.ok());
    AssistedSession session;
    session.startedAt = QDateTime::currentDateTimeUtc();
    session.volunteerId = volunteer.value();
    session.visitorId = visitorId.value();
    session.tasks = {{QStringLiteral("nhs-app-setup"), QStringLiteral("done")}};
    session.barriers = {QStringLiteral("confidence")};
    session.notes = QString::fromLatin1(kCanaries[3]);
    QVERIFY(store.addSession(actor, session).ok());
    Booking booking;
    booking.startsAt = QDateTime::currentDateTimeUtc().addDays(1);
    booking.endsAt = booking.startsAt.addSecs(1800);
    booking.visitorId = visitorId.value();
    booking.purpose = QString::fromLatin1(kCanaries[4]);
    QVERIFY(store.addBooking(actor, booking).ok());
}

QByteArray digestOfFolder(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    QStringList files;
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(path.toUtf8());
            hash.addData(file.readAll());
        }
    }
    return hash.result();
}

void flipBytes(const QString &path, qint64 offset, int count)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QByteArray bytes = file.read(count);
    for (char &c : bytes) {
        c = char(~c);
    }
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), qint64(count));
}

} // namespace

class StoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libraryIsSqlCipher();
    void createThenUnlock();
    void errorMessages_data();
    void errorMessages();
    void unlockFailures_data();
    void unlockFailures();
    void damageInsideTheFileIsFoundByTheIntegrityCheck();
    void canariesNeverReachTheDisk();
    void canaryScanCanFail();
    void sqlcipherShellOpensWithTheDerivedKey();
    void sessionsBookingsAndReport();
    void everyVisitorAccessIsAudited();
    void pinLocksAfterFiveFailures();
    void retentionPurge();
    void subjectAccessExport();
    void erasureLeavesNothingInTheFile();
    void backupAndVerifiedRestore();
    void fullDiskKeepsCommittedRecords();
    void fullTmpfsKeepsCommittedRecords();
    void realCostUnlocks();
    void secureBytesFromString();
    void filesArePrivateWhateverTheUmask();
};

void StoreTest::libraryIsSqlCipher()
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("x.db")), Database::OpenMode::Create, nullptr);
    QVERIFY(!Database::cipherVersion(db.handle()).isEmpty());
}

void StoreTest::createThenUnlock()
{
    QTemporaryDir dir;
    {
        Store store(cheapOptions(dir.path()));
        QVERIFY(!store.exists());
        QCOMPARE(store.unlock(secret("anything")).code(), Code::NoDatabase);
        QVERIFY(store.create(secret("correct horse battery")).ok());
        QVERIFY(store.isOpen());
        QCOMPARE(store.schemaVersion(), Schema::kLatestVersion);
        Visitor visitor;
        visitor.name = QStringLiteral("AB");
        QVERIFY(store.addVisitor({}, visitor).ok());
        QCOMPARE(store.create(secret("again")).code(), Code::AlreadyExists);
    }
    QVERIFY(fileContains(dir.filePath(QStringLiteral("hub.key")), "argon2id13"));
    QVERIFY(!fileContains(dir.filePath(QStringLiteral("hub.db")), "SQLite format 3"));
    Store store(cheapOptions(dir.path()));
    QVERIFY(store.unlock(secret("correct horse battery")).ok());
    const auto found = store.findVisitors({}, QStringLiteral("a"));
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().first().name, QStringLiteral("AB"));
    QVERIFY(store.checkIntegrity().ok());
}

void StoreTest::errorMessages_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    auto row = [](Code code, const char *message) {
        QTest::newRow(StoreError::codeName(code)) << int(code) << QString::fromUtf8(message);
    };
    row(Code::WrongPassphrase, "That passphrase is not right. Nothing was changed. Check it and try again.");
    row(Code::NotAHubDatabase, "This file is not a Health Hub records file. It was not opened.");
    row(Code::Corrupt, "The records file is damaged. Restore the latest backup.");
    row(Code::MissingKeyFile,
        "The key file (hub.key) is missing, so the records cannot be unlocked. Put it back from a backup.");
    row(Code::NoDatabase, "There are no records in this folder yet. Set up the records first.");
    row(Code::AlreadyExists, "Records already exist in this folder. Nothing was changed.");
    row(Code::DiskFull, "The disk is full, so the last change was not saved. Earlier records are safe.");
    row(Code::ReadOnly, "The records folder cannot be written to. Check its permissions.");
    row(Code::Busy, "Another program is using the records. Close it and try again.");
    row(Code::Io, "The records file could not be read or written. Check the disk.");
    row(Code::NotSqlCipher, "The database library has no encryption (SQLCipher is missing). Records were not opened.");
    row(Code::SchemaTooNew, "These records were made by a newer version of Health Hub. Update this terminal.");
    row(Code::NotOpen, "The records are locked. Unlock them first.");
    row(Code::InvalidInput, "Some of the details are not allowed. Check them and try again.");
    row(Code::NotFound, "That record does not exist.");
    row(Code::BookingClash, "The booth is already booked for part of that time. Choose another time.");
    row(Code::BadBackup, "The backup did not pass its check. It cannot be used.");
}

void StoreTest::errorMessages()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    QCOMPARE(StoreError(Code(code)).message(), message);
}

void StoreTest::unlockFailures_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("expected");
    QTest::newRow("wrong passphrase") << "wrong-passphrase" << int(Code::WrongPassphrase);
    QTest::newRow("missing key file") << "remove-key" << int(Code::MissingKeyFile);
    QTest::newRow("garbled key file") << "garble-key" << int(Code::Corrupt);
    QTest::newRow("truncated file") << "truncate" << int(Code::Corrupt);
    QTest::newRow("flipped bytes in the first page") << "flip-first-page" << int(Code::Corrupt);
    QTest::newRow("plain SQLite file in its place") << "plain-sqlite" << int(Code::NotAHubDatabase);
    QTest::newRow("another SQLCipher file with the same key") << "foreign" << int(Code::NotAHubDatabase);
    QTest::newRow("no database at all") << "remove-db" << int(Code::NoDatabase);
}

void StoreTest::unlockFailures()
{
    QFETCH(QString, damage);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hub.db"));
    const QString key = dir.filePath(QStringLiteral("hub.key"));
    {
        Store store(cheapOptions(dir.path()));
        QVERIFY(store.create(secret("passphrase one")).ok());
        writeCanaryRecords(store);
        QVERIFY(store.checkpoint().ok());
    }
    // Keep the good files, so we can show that nothing committed was lost once the damage is undone.
    QVERIFY(QFile::copy(db, db + QStringLiteral(".good")));
    QVERIFY(QFile::copy(key, key + QStringLiteral(".good")));

    SecureBytes passphrase = secret("passphrase one");
    if (damage == QLatin1String("wrong-passphrase")) {
        passphrase = secret("passphrase two");
    } else if (damage == QLatin1String("remove-key")) {
        QVERIFY(QFile::remove(key));
    } else if (damage == QLatin1String("garble-key")) {
        QFile file(key);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
    } else if (damage == QLatin1String("truncate")) {
        QFile file(db);
        QVERIFY(file.resize(file.size() / 2 + 100));
    } else if (damage == QLatin1String("flip-first-page")) {
        flipBytes(db, 200, 16);
    } else if (damage == QLatin1String("plain-sqlite")) {
        QVERIFY(QFile::remove(db));
        Database plain;
        plain.open(db, Database::OpenMode::Create, nullptr);
        plain.exec("CREATE TABLE t (x)");
        plain.close();
    } else if (damage == QLatin1String("foreign")) {
        QVERIFY(QFile::remove(db));
        const KeyFile keyFile = KeyFile::load(key);
        const SecureBytes rawKey = keyFile.current.derive(passphrase);
        Database foreign;
        foreign.open(db, Database::OpenMode::Create, &rawKey);
        foreign.exec("CREATE TABLE t (x)");
        foreign.close();
    } else if (damage == QLatin1String("remove-db")) {
        QVERIFY(QFile::remove(db));
        QVERIFY(QFile::remove(key));
    }
    const QByteArray before = digestOfFolder(dir.path());

    Store store(cheapOptions(dir.path()));
    const StoreError error = store.unlock(passphrase);
    QCOMPARE(StoreError::codeName(error.code()), StoreError::codeName(Code(expected)));
    QCOMPARE(error.message(), StoreError::messageFor(Code(expected)));
    QVERIFY(!store.isOpen());
    QCOMPARE(digestOfFolder(dir.path()), before); // a failed unlock touches nothing

    // Put the good files back: every committed record is still there.
    QFile::remove(db);
    QFile::remove(key);
    QVERIFY(QFile::copy(db + QStringLiteral(".good"), db));
    QVERIFY(QFile::copy(key + QStringLiteral(".good"), key));
    QVERIFY(store.unlock(secret("passphrase one")).ok());
    const auto found = store.findVisitors({}, QString::fromLatin1(kCanaries[1]));
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 1);
}

void StoreTest::damageInsideTheFileIsFoundByTheIntegrityCheck()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hub.db"));
    {
        Store store(cheapOptions(dir.path()));
        QVERIFY(store.create(secret("pass")).ok());
        AssistedSession session;
        session.startedAt = QDateTime::currentDateTimeUtc();
        session.notes = QString(1500, QLatin1Char('n'));
        QList<AssistedSession> many(200, session);
        QVERIFY(store.addSessions({}, many).ok());
        QVERIFY(store.checkpoint().ok());
    }
    QVERIFY(QFileInfo(db).size() > 8 * 4096);
    flipBytes(db, 6 * 4096 + 100, 8); // inside a data page, not the first
    Store store(cheapOptions(dir.path()));
    const StoreError unlocked = store.unlock(secret("pass"));
    const StoreError error = unlocked.ok() ? store.checkIntegrity() : unlocked;
    QCOMPARE(StoreError::codeName(error.code()), "corrupt");
}

void StoreTest::canariesNeverReachTheDisk()
{
    QTemporaryDir dir;
    StoreOptions options = cheapOptions(dir.path());
    options.terminal = QString::fromLatin1(kCanaries[5]);
    Store store(options);
    QVERIFY(store.create(secret("canary passphrase")).ok());
    writeCanaryRecords(store);
    const QString db = store.databasePath();
    // Before a checkpoint the records are in the WAL; after it, in the database file. Check both times.
    for (int pass = 0; pass < 2; ++pass) {
        for (const QByteArray &canary : kCanaries) {
            QVERIFY2(!anyFileContains(db, canary), canary.constData());
        }
        QVERIFY(!fileContains(db, "SQLite format 3"));
        QVERIFY(store.checkpoint().ok());
    }
    const auto backup = store.backup(dir.filePath(QStringLiteral("backups")));
    QVERIFY(backup.ok());
    QDirIterator it(dir.filePath(QStringLiteral("backups")), QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        for (const QByteArray &canary : kCanaries) {
            QVERIFY2(!fileContains(path, canary), qPrintable(path));
        }
        QVERIFY(!fileContains(path, "SQLite format 3"));
    }
    QCOMPARE(files, 2); // the .db and its .key
}

void StoreTest::canaryScanCanFail()
{
    // The same scan on an unencrypted store finds the canaries: the check above is not vacuous.
    QTemporaryDir dir;
    StoreOptions options = cheapOptions(dir.path());
    options.unencryptedForBenchmarks = true;
    Store store(options);
    QVERIFY(store.create(SecureBytes()).ok());
    writeCanaryRecords(store);
    QVERIFY(anyFileContains(store.databasePath(), kCanaries[3]));
    QVERIFY(fileContains(store.databasePath(), "SQLite format 3"));
}

void StoreTest::sqlcipherShellOpensWithTheDerivedKey()
{
    QTemporaryDir dir;
    {
        Store store(cheapOptions(dir.path()));
        QVERIFY(store.create(secret("shell passphrase")).ok());
        writeCanaryRecords(store);
    }
    auto shell = [&](const QByteArray &hexKey) -> QByteArray {
        QProcess process;
        process.start(QStringLiteral("sqlcipher"), {dir.filePath(QStringLiteral("hub.db"))});
        if (!process.waitForStarted()) {
            return QByteArray("no sqlcipher shell");
        }
        process.write("PRAGMA key = \"x'" + hexKey +
                      "'\";\nPRAGMA cipher_page_size = 4096;\n"
                      "SELECT count(*) FROM visitors;\n.quit\n");
        process.closeWriteChannel();
        process.waitForFinished(10000);
        return QByteArray(process.readAllStandardOutput().trimmed() + process.readAllStandardError().trimmed());
    };
    QCOMPARE(shell(rawKeyHex(dir.path(), secret("shell passphrase"))), QByteArray("1"));
    QVERIFY(shell(QByteArray(64, 'a')) != "1");
}

void StoreTest::sessionsBookingsAndReport()
{
    QTemporaryDir dir;
    QDateTime clock = QDateTime(QDate(2025, 3, 10), QTime(10, 0), Qt::UTC);
    StoreOptions options = cheapOptions(dir.path());
    options.clock = [&clock] {
        return clock;
    };
    Store store(options);
    QVERIFY(store.create(secret("pass")).ok());
    const Actor admin{};
    const qint64 volunteer =
        store.addVolunteer(admin, QStringLiteral("Sam"), VolunteerRole::HubLead, secret("1234")).value();
    Visitor visitor;
    visitor.name = QStringLiteral("JB");
    const qint64 returning = store.addVisitor(admin, visitor).value();
    visitor.name = QStringLiteral("Kay");
    const qint64 fresh = store.addVisitor(admin, visitor).value();

    AssistedSession before;
    before.startedAt = QDateTime(QDate(2024, 12, 1), QTime(11, 0), Qt::UTC);
    before.visitorId = returning;
    before.volunteerId = volunteer;
    before.tasks = {{QStringLiteral("nhs-app-setup"), QStringLiteral("partly")}};
    QVERIFY(store.addSession(admin, before).ok());

    AssistedSession a;
    a.startedAt = QDateTime(QDate(2025, 2, 3), QTime(10, 0), Qt::UTC);
    a.visitorId = returning;
    a.volunteerId = volunteer;
    a.tasks = {{QStringLiteral("nhs-app-setup"), QStringLiteral("done")},
               {QStringLiteral("repeat-prescription"), QStringLiteral("done")}};
    a.barriers = {QStringLiteral("skills"), QStringLiteral("confidence")};
    a.referral = QStringLiteral("gp");
    a.confidenceBefore = 2;
    a.confidenceAfter = 4;
    a.followUpOn = QDate(2025, 3, 1); // overdue on 10 March
    a.nhsLogin = QStringLiteral("verified");
    QVERIFY(store.addSession(admin, a).ok());
    AssistedSession b = a;
    b.startedAt = QDateTime(QDate(2025, 2, 20), QTime(10, 0), Qt::UTC);
    b.visitorId = fresh;
    b.tasks = {{QStringLiteral("nhs-app-setup"), QStringLiteral("not_done")}};
    b.barriers = {QStringLiteral("language")};
    b.confidenceBefore = 3;
    b.confidenceAfter = 3;
    b.followUpOn = QDate(2025, 4, 1); // due
    b.referral = QStringLiteral("self");
    const qint64 bId = store.addSession(admin, b).value();
    AssistedSession invalid = a;
    invalid.barriers = {QStringLiteral("not-a-barrier")};
    QCOMPARE(store.addSession(admin, invalid).error().code(), Code::InvalidInput);

    const auto history = store.visitorHistory(admin, returning);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 2);
    QCOMPARE(history.value().at(1).tasks.size(), 2);
    QCOMPARE(history.value().at(1).barriers, (QStringList{QStringLiteral("confidence"), QStringLiteral("skills")}));
    QCOMPARE(history.value().at(1).followUpOn, QDate(2025, 3, 1));
    QCOMPARE(history.value().at(1).nhsLogin, QStringLiteral("verified"));

    const auto report = store.periodReport(QDateTime(QDate(2025, 1, 1), QTime(), Qt::UTC),
                                           QDateTime(QDate(2025, 4, 1), QTime(), Qt::UTC));
    QVERIFY(report.ok());
    const PeriodReport &r = report.value();
    QCOMPARE(r.sessions, 2);
    QCOMPARE(r.visitors, 2);
    QCOMPARE(r.newVisitors, 1);
    QCOMPARE(r.returningVisitors, 1);
    QCOMPARE(r.confidencePairs, 2);
    QCOMPARE(r.averageConfidenceChange, 1.0);
    QCOMPARE(r.followUpsOverdue, 1);
    QCOMPARE(r.followUpsDue, 1);
    QCOMPARE(r.byTaskOutcome.size(), 3);
    QCOMPARE(r.byBarrier.size(), 3);
    QCOMPARE(r.byVolunteer.size(), 1);
    QCOMPARE(r.byVolunteer.first().key, QStringLiteral("Sam"));
    const QByteArray csv = HealthHub::Reports::reportCsv(r);
    QVERIFY(csv.contains("task_outcome,nhs-app-setup,done,1\n"));
    QVERIFY(csv.contains("barrier,language,,1\n"));
    QVERIFY(csv.contains("totals,new_visitors,,1\n"));

    QVERIFY(store.markFollowUpDone(admin, bId).ok());
    QCOMPARE(store.periodReport(r.from, r.to).value().followUpsDone, 1);

    Booking booking;
    booking.startsAt = QDateTime(QDate(2025, 3, 11), QTime(10, 0), Qt::UTC);
    booking.endsAt = booking.startsAt.addSecs(30 * 60);
    QVERIFY(store.addBooking(admin, booking).ok());
    Booking overlapping = booking;
    overlapping.startsAt = booking.startsAt.addSecs(15 * 60);
    overlapping.endsAt = booking.endsAt.addSecs(15 * 60);
    QCOMPARE(store.addBooking(admin, overlapping).error().code(), Code::BookingClash);
    Booking adjacent = booking;
    adjacent.startsAt = booking.endsAt;
    adjacent.endsAt = booking.endsAt.addSecs(30 * 60);
    QVERIFY(store.addBooking(admin, adjacent).ok());
    Booking otherRoom = overlapping;
    otherRoom.room = QStringLiteral("quiet room");
    QVERIFY(store.addBooking(admin, otherRoom).ok());
    QCOMPARE(store.bookings(booking.startsAt.addDays(-1), booking.startsAt.addDays(1)).value().size(), 3);

    QVERIFY(store.countTaskUse(QStringLiteral("find-pharmacy")).ok());
    QVERIFY(store.countTaskUse(QStringLiteral("find-pharmacy")).ok());
    QVERIFY(store.countTaskUse(QStringLiteral("nhs-111")).ok());
    const auto usage = store.taskUsage(QDate(2025, 3, 1), QDate(2025, 3, 31));
    QVERIFY(usage.ok());
    QCOMPARE(usage.value().size(), 2);
    QCOMPARE(usage.value().first().key, QStringLiteral("find-pharmacy"));
    QCOMPARE(usage.value().first().count, 2);
}

void StoreTest::everyVisitorAccessIsAudited()
{
    QTemporaryDir dir;
    StoreOptions options = cheapOptions(dir.path());
    options.terminal = QStringLiteral("desk-2");
    Store store(options);
    QVERIFY(store.create(secret("pass")).ok());
    const qint64 volunteer =
        store.addVolunteer({}, QStringLiteral("Ann"), VolunteerRole::Volunteer, secret("1111")).value();
    const Actor ann{volunteer};
    Visitor visitor;
    visitor.name = QStringLiteral("PQ");
    const qint64 id = store.addVisitor(ann, visitor).value();
    QVERIFY(store.visitor(ann, id).ok());
    visitor.id = id;
    visitor.name = QStringLiteral("PQR");
    QVERIFY(store.updateVisitor(ann, visitor).ok());
    QVERIFY(store.visitorHistory(ann, id).ok());
    QVERIFY(store.exportVisitor(ann, id).ok());
    QVERIFY(store.eraseVisitor(ann, id).ok());
    QCOMPARE(store.visitor(ann, id).error().code(), Code::NotFound);

    QStringList actions;
    const QList<AuditEntry> entries = store.auditEntries().value();
    for (const AuditEntry &entry : entries) {
        if (entry.recordType == QLatin1String("visitor") && entry.recordId == id) {
            QCOMPARE(entry.volunteerId, volunteer);
            QCOMPARE(entry.terminal, QStringLiteral("desk-2"));
            actions.append(entry.action);
        }
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("read"), QStringLiteral("update"),
                                   QStringLiteral("read-history"), QStringLiteral("export"), QStringLiteral("erase")}));
    QVERIFY(store.verifyAudit().value().intact);
}

void StoreTest::pinLocksAfterFiveFailures()
{
    QTemporaryDir dir;
    QDateTime clock = QDateTime(QDate(2025, 5, 1), QTime(9, 0), Qt::UTC);
    StoreOptions options = cheapOptions(dir.path());
    options.clock = [&clock] {
        return clock;
    };
    Store store(options);
    QVERIFY(store.create(secret("pass")).ok());
    QCOMPARE(store.addVolunteer({}, QStringLiteral("Bo"), VolunteerRole::Volunteer, secret("12a4")).error().code(),
             Code::InvalidInput);
    const qint64 id = store.addVolunteer({}, QStringLiteral("Bo"), VolunteerRole::Volunteer, secret("4321")).value();

    QCOMPARE(store.checkPin(id, secret("4321")).value().outcome, PinCheck::Outcome::Accepted);
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const PinCheck check = store.checkPin(id, secret("0000")).value();
        QCOMPARE(check.outcome, PinCheck::Outcome::Wrong);
        QCOMPARE(check.attemptsLeft, 5 - attempt);
    }
    const PinCheck fifth = store.checkPin(id, secret("0000")).value();
    QCOMPARE(fifth.outcome, PinCheck::Outcome::Locked);
    QCOMPARE(fifth.lockedUntil, clock.addSecs(15 * 60));
    // Locked: even the right PIN is refused until the lockout ends.
    clock = clock.addSecs(14 * 60);
    QCOMPARE(store.checkPin(id, secret("4321")).value().outcome, PinCheck::Outcome::Locked);
    QVERIFY(store.volunteers().value().first().lockedUntil.isValid());
    clock = clock.addSecs(2 * 60);
    QCOMPARE(store.checkPin(id, secret("4321")).value().outcome, PinCheck::Outcome::Accepted);
    QCOMPARE(store.checkPin(id, secret("0000")).value().attemptsLeft, 4); // the count started again
    QCOMPARE(store.checkPin(999, secret("4321")).error().code(), Code::NotFound);
}

void StoreTest::retentionPurge()
{
    QTemporaryDir dir;
    QDateTime clock = QDateTime(QDate(2022, 1, 10), QTime(9, 0), Qt::UTC);
    StoreOptions options = cheapOptions(dir.path());
    options.clock = [&clock] {
        return clock;
    };
    Store store(options);
    QVERIFY(store.create(secret("pass")).ok());
    Visitor old;
    old.name = QStringLiteral("OLDVISITOR");
    const qint64 oldId = store.addVisitor({}, old).value();
    AssistedSession session;
    session.startedAt = clock;
    session.visitorId = oldId;
    session.notes = QStringLiteral("old notes");
    session.tasks = {{QStringLiteral("gp-appointment"), QStringLiteral("done")}};
    const qint64 oldSession = store.addSession({}, session).value();
    Booking booking;
    booking.startsAt = clock;
    booking.endsAt = clock.addSecs(600);
    booking.visitorId = oldId;
    QVERIFY(store.addBooking({}, booking).ok());

    clock = QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC); // 29 months later
    Visitor recent;
    recent.name = QStringLiteral("NEWVISITOR");
    const qint64 recentId = store.addVisitor({}, recent).value();
    session.startedAt = clock;
    session.visitorId = recentId;
    session.notes = QStringLiteral("recent notes");
    const qint64 recentSession = store.addSession({}, session).value();

    const auto purged = store.purgeExpired({}, 24);
    QVERIFY(purged.ok());
    QCOMPARE(purged.value().sessionsAnonymised, 1);
    QCOMPARE(purged.value().visitorsDeleted, 1);
    QCOMPARE(purged.value().bookingsDeleted, 1);
    QCOMPARE(store.visitor({}, oldId).error().code(), Code::NotFound);
    const AssistedSession kept = store.session({}, oldSession).value();
    QCOMPARE(kept.visitorId, 0);
    QVERIFY(kept.notes.isEmpty());
    QCOMPARE(kept.tasks.size(), 1); // the count stays for reports
    QCOMPARE(store.session({}, recentSession).value().notes, QStringLiteral("recent notes"));
    QVERIFY(store.visitor({}, recentId).ok());
    QCOMPARE(store.purgeExpired({}, 0).error().code(), Code::InvalidInput);
    QVERIFY(store.checkIntegrity().ok());
}

void StoreTest::subjectAccessExport()
{
    QTemporaryDir dir;
    Store store(cheapOptions(dir.path()));
    QVERIFY(store.create(secret("pass")).ok());
    Visitor visitor;
    visitor.name = QStringLiteral("Mo");
    visitor.contact = QStringLiteral("07700 900123");
    visitor.consent = true;
    const qint64 id = store.addVisitor({}, visitor).value();
    AssistedSession session;
    session.startedAt = QDateTime(QDate(2025, 1, 2), QTime(10, 0), Qt::UTC);
    session.visitorId = id;
    session.tasks = {{QStringLiteral("test-results"), QStringLiteral("done")}};
    session.notes = QStringLiteral("Wants to see results in the app");
    QVERIFY(store.addSession({}, session).ok());
    const auto exported = store.exportVisitor({}, id);
    QVERIFY(exported.ok());
    const QJsonObject json = QJsonDocument::fromJson(exported.value().json).object();
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Mo"));
    QCOMPARE(json.value(QStringLiteral("contact")).toString(), QStringLiteral("07700 900123"));
    const QJsonArray sessions = json.value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().toObject().value(QStringLiteral("notes")).toString(), session.notes);
    const QJsonArray access = json.value(QStringLiteral("access_log")).toArray();
    QCOMPARE(access.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("export"));
    QVERIFY(exported.value().text.contains(QStringLiteral("Name: Mo")));
    QVERIFY(exported.value().text.contains(QStringLiteral("Helped with: test-results (done)")));
    QCOMPARE(store.exportVisitor({}, id + 100).error().code(), Code::NotFound);
}

void StoreTest::erasureLeavesNothingInTheFile()
{
    // Checked on an unencrypted store, whose bytes can be read: what the erase leaves in the file is exactly what
    // an encrypted store would leave under its encryption.
    QTemporaryDir dir;
    StoreOptions options = cheapOptions(dir.path());
    options.unencryptedForBenchmarks = true;
    Store store(options);
    QVERIFY(store.create(SecureBytes()).ok());
    writeCanaryRecords(store);
    Visitor other;
    other.name = QStringLiteral("Someone Else");
    QVERIFY(store.addVisitor({}, other).ok());
    QVERIFY(store.checkpoint().ok());
    const QString db = store.databasePath();
    QVERIFY(anyFileContains(db, kCanaries[1])); // the control: it is there before
    const qint64 id = store.findVisitors({}, QString::fromLatin1(kCanaries[1])).value().first().id;
    QVERIFY(store.eraseVisitor({}, id).ok());
    for (const QByteArray &canary : {kCanaries[1], kCanaries[2], kCanaries[3], kCanaries[4]}) {
        QVERIFY2(!anyFileContains(db, canary), canary.constData());
    }
    QVERIFY(anyFileContains(db, "Someone Else"));
    QVERIFY(store.checkIntegrity().ok());
}

void StoreTest::backupAndVerifiedRestore()
{
    QTemporaryDir dir;
    const QString backups = dir.filePath(QStringLiteral("backups"));
    Store store(cheapOptions(dir.filePath(QStringLiteral("data"))));
    QVERIFY(store.create(secret("backup pass")).ok());
    Visitor visitor;
    visitor.name = QStringLiteral("Before");
    QVERIFY(store.addVisitor({}, visitor).ok());
    const auto backup = store.backup(backups);
    QVERIFY2(backup.ok(), qPrintable(backup.error().detail()));
    QVERIFY(Store::verifyBackup(backup.value(), secret("backup pass")).ok());
    QCOMPARE(Store::verifyBackup(backup.value(), secret("nope")).code(), Code::WrongPassphrase);

    visitor.name = QStringLiteral("After");
    QVERIFY(store.addVisitor({}, visitor).ok());
    QCOMPARE(store.findVisitors({}, QString()).value().size(), 2);
    QCOMPARE(store.restore(backup.value(), secret("wrong")).code(), Code::WrongPassphrase);
    QCOMPARE(store.findVisitors({}, QString()).value().size(), 2); // a refused restore changed nothing
    QVERIFY(store.restore(backup.value(), secret("backup pass")).ok());
    const auto names = store.findVisitors({}, QString()).value();
    QCOMPARE(names.size(), 1);
    QCOMPARE(names.first().name, QStringLiteral("Before"));
    QVERIFY(store.checkIntegrity().ok());
    QVERIFY(!QFile::exists(store.databasePath() + QStringLiteral(".next")));

    // A damaged backup is refused and the live records stay as they are.
    const QString damaged = dir.filePath(QStringLiteral("damaged.db"));
    QVERIFY(QFile::copy(backup.value(), damaged));
    QVERIFY(QFile::copy(QString(backup.value()).replace(QStringLiteral(".db"), QStringLiteral(".key")),
                        dir.filePath(QStringLiteral("damaged.key"))));
    flipBytes(damaged, 5000, 32);
    QCOMPARE(store.restore(damaged, secret("backup pass")).code(), Code::BadBackup);
    QCOMPARE(store.findVisitors({}, QString()).value().size(), 1);

    // Restore also works when the live records cannot be opened at all.
    store.close();
    QVERIFY(QFile::remove(store.keyFilePath()));
    Store fresh(cheapOptions(dir.filePath(QStringLiteral("data"))));
    QCOMPARE(fresh.unlock(secret("backup pass")).code(), Code::MissingKeyFile);
    QVERIFY(fresh.restore(backup.value(), secret("backup pass")).ok());
    QCOMPARE(fresh.findVisitors({}, QString()).value().size(), 1);
}

void StoreTest::fullDiskKeepsCommittedRecords()
{
    registerFaultyVfs();
    QTemporaryDir dir;
    StoreOptions options = cheapOptions(dir.path());
    options.vfs = "faulty";
    Store store(options);
    QVERIFY(store.create(secret("pass")).ok());
    AssistedSession session;
    session.startedAt = QDateTime::currentDateTimeUtc();
    session.notes = QStringLiteral("committed before the disk filled");
    QList<qint64> committed;
    for (int i = 0; i < 20; ++i) {
        committed.append(store.addSession({}, session).value());
    }
    session.notes = QString(1900, QLatin1Char('x'));
    failWritesAfter(6000);
    StoreError error;
    for (int i = 0; i < 10 && error.ok(); ++i) {
        const auto added = store.addSession({}, session);
        error = added.ok() ? StoreError() : added.error();
    }
    stopFailingWrites();
    QCOMPARE(StoreError::codeName(error.code()), "disk-full");
    QCOMPARE(error.message(),
             QStringLiteral("The disk is full, so the last change was not saved. Earlier records are safe."));
    // The store goes on working once there is room, and every committed session is there after a reopen.
    QVERIFY(store.addSession({}, session).ok());
    store.close();
    QVERIFY(store.unlock(secret("pass")).ok());
    QVERIFY(store.checkIntegrity().ok());
    for (qint64 id : committed) {
        QCOMPARE(store.session({}, id).value().notes, QStringLiteral("committed before the disk filled"));
    }
}

void StoreTest::fullTmpfsKeepsCommittedRecords()
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=1m") != 0) {
        QSKIP("mounting a small tmpfs is not available here (needs root); the failing-VFS test covers a full disk");
    }
    struct Unmount
    {
        QByteArray path;
        ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
    } unmount{QFile::encodeName(mountPoint)};

    StoreOptions options = cheapOptions(mountPoint);
    QList<qint64> committed;
    StoreError error;
    {
        Store store(options);
        QVERIFY(store.create(secret("pass")).ok());
        AssistedSession session;
        session.startedAt = QDateTime::currentDateTimeUtc();
        session.notes = QString(2000, QLatin1Char('y'));
        for (int i = 0; i < 2000 && error.ok(); ++i) {
            const auto added = store.addSession({}, session);
            if (added.ok()) {
                committed.append(added.value());
            } else {
                error = added.error();
            }
        }
    }
    QCOMPARE(StoreError::codeName(error.code()), "disk-full");
    QVERIFY(committed.size() > 10);
    // Make room, as an admin would, then check that every committed session survived.
    QVERIFY(::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", MS_REMOUNT, "size=8m") == 0);
    Store store(options);
    QVERIFY(store.unlock(secret("pass")).ok());
    QVERIFY(store.checkIntegrity().ok());
    QCOMPARE(store.sessionCount().value(), qint64(committed.size()));
    QCOMPARE(store.session({}, committed.last()).value().notes.size(), 2000);
}

void StoreTest::realCostUnlocks()
{
    // Once with the real Argon2id cost, as a hub would run it.
    QTemporaryDir dir;
    StoreOptions options;
    options.dataDir = dir.path();
    {
        Store store(options);
        QVERIFY(store.create(secret("a real hub passphrase")).ok());
    }
    const KeyFile keyFile = KeyFile::load(dir.filePath(QStringLiteral("hub.key")));
    QVERIFY(keyFile.current.cost == KdfCost::standard());
    Store store(options);
    QCOMPARE(store.unlock(secret("a real hub passphrase!")).code(), Code::WrongPassphrase);
    QVERIFY(store.unlock(secret("a real hub passphrase")).ok());
}

void StoreTest::secureBytesFromString()
{
    QString typed = QStringLiteral("p\u00e4ss w\u00f6rd \U0001F600");
    const QByteArray expected = typed.toUtf8();
    const SecureBytes bytes = SecureBytes::takeFromString(typed);
    QVERIFY(typed.isEmpty());
    QCOMPARE(QByteArray(bytes.chars(), int(bytes.size())), expected);
    QVERIFY(bytes.equals(bytes.copy()));
    QVERIFY(!bytes.equals(secret("other")));
}

namespace {
/** The permission bits of @p path (0 when it does not exist). */
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return 0;
    }
    return int(info.st_mode & 07777);
}

/** Restores the umask a test changed, whatever the test's outcome. */
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask)
        : m_old(::umask(mask))
    {}
    ~UmaskGuard() { ::umask(m_old); }
    Q_DISABLE_COPY_MOVE(UmaskGuard)

private:
    mode_t m_old;
};
} // namespace

void StoreTest::filesArePrivateWhateverTheUmask()
{
    // A hub's shell or unit usually has umask 022: the store itself keeps its folder 0700 and its files 0600.
    const UmaskGuard umask(022);
    QTemporaryDir top;
    const QString data = top.filePath(QStringLiteral("records"));
    {
        Store store(cheapOptions(data));
        QVERIFY(store.create(secret("correct horse battery")).ok());
        Visitor visitor;
        visitor.name = QStringLiteral("AB");
        QVERIFY(store.addVisitor({}, visitor).ok());
        QCOMPARE(modeOf(data), 0700);
        for (const char *name : {"hub.db", "hub.db-wal", "hub.db-shm", "hub.key"}) {
            const QString path = QDir(data).filePath(QLatin1String(name));
            QVERIFY2(QFile::exists(path), name);
            QVERIFY2(
                modeOf(path) == 0600,
                qPrintable(
                    QStringLiteral("%1 is %2").arg(QLatin1String(name)).arg(modeOf(path), 4, 8, QLatin1Char('0'))));
        }
        const QString backups = top.filePath(QStringLiteral("backups"));
        const auto backup = store.backup(backups);
        QVERIFY(backup.ok());
        QCOMPARE(modeOf(backups), 0700);
        const QStringList written = QDir(backups).entryList(QDir::Files);
        QVERIFY(written.size() >= 2); // the database and its key file
        for (const QString &name : written) {
            QVERIFY2(modeOf(QDir(backups).filePath(name)) == 0600, qPrintable(name));
        }
    }
    // Records made by an older version under umask 022 become private when they are next unlocked.
    QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(QDir(data).filePath(QStringLiteral("hub.db"))).constData(), 0644) == 0);
    QVERIFY(::chmod(QFile::encodeName(QDir(data).filePath(QStringLiteral("hub.key"))).constData(), 0644) == 0);
    Store store(cheapOptions(data));
    QVERIFY(store.unlock(secret("correct horse battery")).ok());
    QCOMPARE(modeOf(data), 0700);
    QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("hub.db"))), 0600);
    QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("hub.key"))), 0600);
}

QTEST_GUILESS_MAIN(StoreTest)
#include "store_test.moc"
