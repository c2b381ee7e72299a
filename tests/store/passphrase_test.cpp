// SPDX-License-Identifier: GPL-3.0-or-later
// Changing the passphrase and restoring a backup both replace the database file. A crash at any point must
// leave records that open with the old or the new passphrase, with nothing lost. The child is killed at every
// named step of the protocol, then at random moments.

#include "core/store/schema.h"
#include "storetestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace HealthHub::Records;
using namespace HealthHub::Store;
using namespace HealthHub::Store::Testing;
using Code = StoreError::Code;

namespace {

/** A store with two visitors and a backup holding only the first, under "old passphrase". */
void makeStore(const QString &dir, const QString &backupDir, QString *backupPath)
{
    Store store(cheapOptions(dir));
    QVERIFY(store.create(secret("old passphrase")).ok());
    Visitor visitor;
    visitor.name = QStringLiteral("First");
    QVERIFY(store.addVisitor({}, visitor).ok());
    if (backupPath) {
        const auto backup = store.backup(backupDir);
        QVERIFY(backup.ok());
        *backupPath = backup.value();
    }
    visitor.name = QStringLiteral("Second");
    QVERIFY(store.addVisitor({}, visitor).ok());
}

/**
 * Runs the child to its end, or kills it @p killAfterUs after it is ready; returns whether it reported done.
 * @p spanUs receives the time from ready to the end.
 */
bool runChild(const QStringList &arguments, int killAfterUs = -1, qint64 *spanUs = nullptr)
{
    QProcess child;
    child.start(QStringLiteral(STORECHILD_BINARY), arguments);
    if (!child.waitForStarted()) {
        return false;
    }
    QByteArray output;
    while (!output.contains("ready\n") && child.waitForReadyRead(10000)) {
        output += child.readAllStandardOutput();
    }
    QElapsedTimer timer;
    timer.start();
    if (killAfterUs >= 0) {
        QThread::usleep(ulong(killAfterUs));
        child.kill();
    }
    child.waitForFinished(20000);
    if (spanUs) {
        *spanUs = timer.nsecsElapsed() / 1000;
    }
    output += child.readAllStandardOutput();
    return output.contains("done");
}

/** Which passphrase opens the store now; checks there is exactly one and that the records are whole. */
QString openingPassphrase(const QString &dir, int *visitors)
{
    Store store(cheapOptions(dir));
    const StoreError withOld = store.unlock(secret("old passphrase"));
    QString which = QStringLiteral("old");
    if (!withOld.ok()) {
        if (withOld.code() != Code::WrongPassphrase) {
            return QStringLiteral("old gave ") + QLatin1String(StoreError::codeName(withOld.code()));
        }
        const StoreError withNew = store.unlock(secret("new passphrase"));
        if (!withNew.ok()) {
            return QStringLiteral("neither opens: ") + QLatin1String(StoreError::codeName(withNew.code()));
        }
        which = QStringLiteral("new");
    } else if (Store other(cheapOptions(dir)); other.unlock(secret("new passphrase")).ok()) {
        return QStringLiteral("both open");
    }
    if (!store.checkIntegrity().ok() || store.schemaVersion() != Schema::kLatestVersion) {
        return QStringLiteral("damaged");
    }
    *visitors = int(store.findVisitors({}, QString()).value().size());
    if (QFile::exists(store.databasePath() + QStringLiteral(".next"))) {
        return QStringLiteral("a replacement file was left behind");
    }
    if (KeyFile::load(store.keyFilePath()).pending != KeyFile::Pending::None) {
        return QStringLiteral("the key file still has a pending switch");
    }
    return which;
}

} // namespace

class PassphraseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changeKeepsEverything();
    void changeKilledAtEachStep_data();
    void changeKilledAtEachStep();
    void changeKilledAtRandomMoments();
    void restoreKilledAtEachStep_data();
    void restoreKilledAtEachStep();
};

void PassphraseTest::changeKeepsEverything()
{
    QTemporaryDir dir;
    makeStore(dir.path(), QString(), nullptr);
    Store store(cheapOptions(dir.path()));
    QVERIFY(store.unlock(secret("old passphrase")).ok());
    const QByteArray oldSalt = KeyFile::load(store.keyFilePath()).current.salt;
    QVERIFY(store.changePassphrase(secret("new passphrase")).ok());
    QVERIFY(store.isOpen());
    QCOMPARE(store.findVisitors({}, QString()).value().size(), 2); // still open, on the new file
    QVERIFY(KeyFile::load(store.keyFilePath()).current.salt != oldSalt);
    store.close();
    int visitors = 0;
    QCOMPARE(openingPassphrase(dir.path(), &visitors), QStringLiteral("new"));
    QCOMPARE(visitors, 2);
    QVERIFY(store.unlock(secret("new passphrase")).ok());
    QVERIFY(store.verifyAudit().value().intact);
    const QList<AuditEntry> entries = store.auditEntries().value();
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                        [](const AuditEntry &entry) { return entry.action == QLatin1String("change-passphrase"); }));
}

void PassphraseTest::changeKilledAtEachStep_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("opens");
    // Until the key file says "ready", the old file and passphrase stand; from then on the switch completes.
    QTest::newRow("preparing") << "preparing"
                               << "old";
    QTest::newRow("exported") << "exported"
                              << "old";
    QTest::newRow("synced") << "synced"
                            << "old";
    QTest::newRow("closed") << "closed"
                            << "old";
    QTest::newRow("ready") << "ready"
                           << "new";
    QTest::newRow("renamed") << "renamed"
                             << "new";
    QTest::newRow("done") << "done"
                          << "new";
}

void PassphraseTest::changeKilledAtEachStep()
{
    QFETCH(QString, step);
    QFETCH(QString, opens);
    QTemporaryDir dir;
    makeStore(dir.path(), QString(), nullptr);
    QVERIFY(!runChild({QStringLiteral("change"), dir.path(), step}));
    int visitors = 0;
    QCOMPARE(openingPassphrase(dir.path(), &visitors), opens);
    QCOMPARE(visitors, 2);
}

void PassphraseTest::changeKilledAtRandomMoments()
{
    QTemporaryDir dir;
    const QString templateDir = dir.filePath(QStringLiteral("template"));
    makeStore(templateDir, QString(), nullptr);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("random seed %u", seed);
    auto copyTemplate = [&](const QString &roundDir) {
        QDir().mkpath(roundDir);
        for (const QString &name : {Store::databaseFileName(), Store::keyFileName()}) {
            QFile::copy(QDir(templateDir).filePath(name), QDir(roundDir).filePath(name));
        }
    };
    // Measure how long a whole change takes, then kill at uniformly random moments across that span.
    qint64 spanUs = 0;
    copyTemplate(dir.filePath(QStringLiteral("measure")));
    QVERIFY(runChild({QStringLiteral("change"), dir.filePath(QStringLiteral("measure")), QStringLiteral("none")}, -1,
                     &spanUs));
    const int kSpanUs = int(std::max<qint64>(spanUs * 12 / 10, 1000));
    qInfo("a passphrase change takes %lld us; kills fall in the first %d us", static_cast<long long>(spanUs), kSpanUs);
    int oldCount = 0;
    int newCount = 0;
    for (int round = 0; round < 40; ++round) {
        const QString roundDir = dir.filePath(QStringLiteral("round%1").arg(round));
        copyTemplate(roundDir);
        runChild({QStringLiteral("change"), roundDir, QStringLiteral("none")}, int(random.bounded(kSpanUs)));
        int visitors = 0;
        const QString opens = openingPassphrase(roundDir, &visitors);
        QVERIFY2(opens == QLatin1String("old") || opens == QLatin1String("new"),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(opens)));
        QCOMPARE(visitors, 2);
        (opens == QLatin1String("old") ? oldCount : newCount)++;
        QDir(roundDir).removeRecursively();
    }
    qInfo("40 random kills: %d left the old passphrase, %d the new", oldCount, newCount);
}

void PassphraseTest::restoreKilledAtEachStep_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("visitors");
    QTest::newRow("preparing") << "preparing" << 2; // the live records stand
    QTest::newRow("synced") << "synced" << 2;
    QTest::newRow("ready") << "ready" << 1; // the backup's records
    QTest::newRow("renamed") << "renamed" << 1;
    QTest::newRow("done") << "done" << 1;
}

void PassphraseTest::restoreKilledAtEachStep()
{
    QFETCH(QString, step);
    QFETCH(int, visitors);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QString backup;
    makeStore(data, dir.filePath(QStringLiteral("backups")), &backup);
    QVERIFY(!runChild({QStringLiteral("restore"), data, backup, step}));
    int found = 0;
    QCOMPARE(openingPassphrase(data, &found), QStringLiteral("old"));
    QCOMPARE(found, visitors);
}

QTEST_GUILESS_MAIN(PassphraseTest)
#include "passphrase_test.moc"
