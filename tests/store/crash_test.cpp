// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child writes sessions and is killed with SIGKILL at a random moment, over and over. After
// every kill the database passes integrity_check and holds every session the child reported committed.

#include "storetestsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>


using namespace HealthHub::Records;
using namespace HealthHub::Store;
using namespace HealthHub::Store::Testing;

class CrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWritersLoseNothing();
};

void CrashTest::killedWritersLoseNothing()
{
    constexpr int kRounds = 200;
    QTemporaryDir dir;
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("random seed %u", seed);
    QList<qint64> everyCommitted;
    for (int round = 0; round < kRounds; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(STORECHILD_BINARY));
        child.setArguments({QStringLiteral("write"), dir.path()});
        child.start();
        QVERIFY(child.waitForStarted());
        QByteArray output;
        while (!output.contains("ready\n")) {
            QVERIFY2(child.waitForReadyRead(10000), child.readAllStandardError().constData());
            output += child.readAllStandardOutput();
        }
        // Let it write for a random while (0-40 ms), then kill it mid-flight.
        QThread::usleep(random.bounded(40000));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();

        QList<qint64> committed;
        const QList<QByteArray> lines = output.split('\n');
        // The last piece has no newline: a line cut off by the kill, or empty. Only whole lines count.
        for (int i = 1; i + 1 < lines.size(); ++i) {
            committed.append(lines.at(i).toLongLong());
        }
        everyCommitted += committed;

        Store store(cheapOptions(dir.path()));
        const StoreError unlocked = store.unlock(secret("crash passphrase"));
        QVERIFY2(unlocked.ok(), StoreError::codeName(unlocked.code()));
        const StoreError integrity = store.checkIntegrity();
        QVERIFY2(integrity.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(integrity.detail())));
        for (qint64 id : committed) {
            const auto session = store.session({}, id);
            QVERIFY2(session.ok(), qPrintable(QStringLiteral("round %1: session %2 is lost").arg(round).arg(id)));
            QCOMPARE(session.value().tasks.size(), 2);
        }
        QVERIFY(store.sessionCount().value() >= everyCommitted.size());
    }
    // Every session from every round is still there at the end.
    Store store(cheapOptions(dir.path()));
    QVERIFY(store.unlock(secret("crash passphrase")).ok());
    for (qint64 id : everyCommitted) {
        QVERIFY2(store.session({}, id).ok(), qPrintable(QStringLiteral("session %1 is lost").arg(id)));
    }
    qInfo("%d rounds, %lld sessions committed and found", kRounds, static_cast<long long>(everyCommitted.size()));
    QVERIFY(everyCommitted.size() > kRounds); // the child did write between kills
}

QTEST_GUILESS_MAIN(CrashTest)
#include "crash_test.moc"
