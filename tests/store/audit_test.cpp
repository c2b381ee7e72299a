// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: append-only through SQL, and a hash chain that finds an edited, a deleted and a cut-off entry
// even when someone with the key goes round the append-only triggers.

#include "core/store/database.h"
#include "storetestsupport.h"

#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Records;
using namespace HealthHub::Store;
using namespace HealthHub::Store::Testing;

class AuditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void chainIsIntact();
    void sqlCannotChangeTheLog();
    void tampering_data();
    void tampering();
    void entriesBetweenDays();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void AuditTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Store store(cheapOptions(m_dir->path()));
    QVERIFY(store.create(secret("audit")).ok());
    Visitor visitor;
    visitor.name = QStringLiteral("AU");
    const qint64 id = store.addVisitor({}, visitor).value();
    for (int i = 0; i < 5; ++i) {
        QVERIFY(store.visitor({}, id).ok());
    }
}

void AuditTest::chainIsIntact()
{
    Store store(cheapOptions(m_dir->path()));
    QVERIFY(store.unlock(secret("audit")).ok());
    const AuditCheck check = store.verifyAudit().value();
    QVERIFY(check.intact);
    QCOMPARE(check.entries, 7); // create store, create visitor, five reads
    QVERIFY(store.checkIntegrity().ok());
}

void AuditTest::sqlCannotChangeTheLog()
{
    const KeyFile keyFile = KeyFile::load(QDir(m_dir->path()).filePath(Store::keyFileName()));
    const SecureBytes key = keyFile.current.derive(secret("audit"));
    Database db;
    db.open(QDir(m_dir->path()).filePath(Store::databaseFileName()), Database::OpenMode::Existing, &key);
    for (const char *sql :
         {"UPDATE audit_log SET action = 'nothing' WHERE id = 3", "DELETE FROM audit_log WHERE id = 3"}) {
        try {
            db.exec(sql);
            QFAIL(sql);
        } catch (const StoreFailure &failure) {
            QVERIFY(failure.error().detail().contains(QStringLiteral("append-only")));
        }
    }
}

void AuditTest::tampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("firstBadId");
    QTest::addColumn<QString>("problem");
    QTest::newRow("edited action") << "UPDATE audit_log SET action = 'update' WHERE id = 4" << qint64(4)
                                   << "entry 4 was changed";
    QTest::newRow("edited record") << "UPDATE audit_log SET record_id = 99 WHERE id = 2" << qint64(2)
                                   << "entry 2 was changed";
    QTest::newRow("edited time") << "UPDATE audit_log SET at = at - 3600 WHERE id = 6" << qint64(6)
                                 << "entry 6 was changed";
    QTest::newRow("deleted row") << "DELETE FROM audit_log WHERE id = 5" << qint64(5) << "entry 5 is missing";
    QTest::newRow("deleted and renumbered")
        << "DELETE FROM audit_log WHERE id = 5; UPDATE audit_log SET id = id - 1 WHERE id > 5" << qint64(5)
        << "entry 5 was changed";
    QTest::newRow("last rows cut off") << "DELETE FROM audit_log WHERE id >= 6" << qint64(6)
                                       << "entries after 5 were deleted";
}

void AuditTest::tampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBadId);
    QFETCH(QString, problem);
    {
        // Someone with the key drops the triggers and edits the log directly.
        const KeyFile keyFile = KeyFile::load(QDir(m_dir->path()).filePath(Store::keyFileName()));
        const SecureBytes key = keyFile.current.derive(secret("audit"));
        Database db;
        db.open(QDir(m_dir->path()).filePath(Store::databaseFileName()), Database::OpenMode::Existing, &key);
        db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete");
        db.exec(sql.toUtf8().constData());
    }
    Store store(cheapOptions(m_dir->path()));
    QVERIFY(store.unlock(secret("audit")).ok());
    const AuditCheck check = store.verifyAudit().value();
    QVERIFY(!check.intact);
    QCOMPARE(check.firstBadId, firstBadId);
    QCOMPARE(check.problem, problem);
    const StoreError integrity = store.checkIntegrity();
    QCOMPARE(StoreError::codeName(integrity.code()), "corrupt");
    QCOMPARE(integrity.detail(), QStringLiteral("audit log: ") + problem);
}

void AuditTest::entriesBetweenDays()
{
    // The console's audit viewer reads a chosen period: entries in it, newest first, and nothing else.
    QTemporaryDir dir;
    QDateTime clock(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    StoreOptions options = cheapOptions(dir.path());
    options.clock = [&clock] {
        return clock;
    };
    Store store(options);
    QVERIFY(store.create(secret("audit")).ok());
    Visitor visitor;
    visitor.name = QStringLiteral("AB");
    const qint64 id = store.addVisitor({}, visitor).value();
    QList<qint64> daysOfReads;
    for (int day = 1; day <= 10; ++day) {
        clock = QDateTime(QDate(2025, 1, day), QTime(12, 0), Qt::UTC);
        for (int read = 0; read < day; ++read) { // day n has n reads, so the counts tell the days apart
            QVERIFY(store.visitor({}, id).ok());
        }
    }
    const QList<AuditEntry> middle = store
                                         .auditEntriesBetween(QDateTime(QDate(2025, 1, 4), QTime(0, 0), Qt::UTC),
                                                              QDateTime(QDate(2025, 1, 6), QTime(0, 0), Qt::UTC), 100)
                                         .value();
    QCOMPARE(middle.size(), 4 + 5);
    for (int i = 0; i < middle.size(); ++i) {
        QCOMPARE(middle.at(i).action, QStringLiteral("read"));
        QVERIFY(middle.at(i).at.date() >= QDate(2025, 1, 4) && middle.at(i).at.date() <= QDate(2025, 1, 5));
        if (i > 0) {
            QVERIFY(middle.at(i).id < middle.at(i - 1).id);
        }
    }
    QCOMPARE(middle.constFirst().at.date(), QDate(2025, 1, 5));
    QCOMPARE(middle.constLast().at.date(), QDate(2025, 1, 4));
    // The limit keeps the newest.
    const QList<AuditEntry> newest = store
                                         .auditEntriesBetween(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC),
                                                              QDateTime(QDate(2025, 2, 1), QTime(0, 0), Qt::UTC), 3)
                                         .value();
    QCOMPARE(newest.size(), 3);
    QCOMPARE(newest.constFirst().id, store.verifyAudit().value().entries);
    // A period with nothing in it, and a period that makes no sense.
    QVERIFY(store
                .auditEntriesBetween(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC),
                                     QDateTime(QDate(2024, 12, 31), QTime(0, 0), Qt::UTC), 100)
                .value()
                .isEmpty());
    QVERIFY(!store.auditEntriesBetween(QDateTime(), QDateTime(), 10).ok());
}

QTEST_GUILESS_MAIN(AuditTest)
#include "audit_test.moc"
