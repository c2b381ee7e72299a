// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: append-only through SQL, and a hash chain that finds an edited, a deleted and a cut-off entry
// even when someone with the key goes round the append-only triggers.

#include "app/store/database.h"
#include "storetestsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Core;
using namespace HealthHub::Core::Testing;

class AuditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void chainIsIntact();
    void sqlCannotChangeTheLog();
    void tampering_data();
    void tampering();

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

QTEST_GUILESS_MAIN(AuditTest)
#include "audit_test.moc"
