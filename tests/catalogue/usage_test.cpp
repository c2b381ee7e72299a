// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymous task usage: counted in a real encrypted store while one is open, and nowhere when none is.

#include "core/catalogue/taskusagerecorder.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Records;
using namespace HealthHub::Store;
using namespace HealthHub::Catalogue;

class UsageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsOnlyWithAnOpenStore();
};

void UsageTest::countsOnlyWithAnOpenStore()
{
    // No store: nothing counted, nothing kept.
    TaskUsageRecorder recorder;
    QVERIFY(!recorder.isRecording());
    QVERIFY(!recorder.opened(QStringLiteral("repeat-prescription")));

    QTemporaryDir dir;
    StoreOptions options;
    options.dataDir = dir.path();
    options.kdfCost = KdfCost::cheapest();
    options.pinCost = KdfCost::cheapest();
    Store store(std::move(options));
    const char passphrase[] = "usage test passphrase";
    QVERIFY(store.create(SecureBytes(passphrase, sizeof passphrase - 1)).ok());

    // A store that exists but is closed counts nothing either.
    recorder.setStore(&store);
    store.close();
    QVERIFY(!recorder.isRecording());
    QVERIFY(!recorder.finished(QStringLiteral("nhs-111")));
    QVERIFY(store.unlock(SecureBytes(passphrase, sizeof passphrase - 1)).ok());

    QVERIFY(recorder.isRecording());
    QVERIFY(recorder.opened(QStringLiteral("repeat-prescription")));
    QVERIFY(recorder.opened(QStringLiteral("repeat-prescription")));
    QVERIFY(recorder.finished(QStringLiteral("repeat-prescription")));
    QVERIFY(recorder.opened(QStringLiteral("nhs-111")));

    const QDate today = QDate::currentDate();
    const auto usage = store.taskUsage(today.addDays(-1), today.addDays(1));
    QVERIFY(usage.ok());
    QHash<QString, qint64> counts;
    for (const CountRow &row : usage.value()) {
        counts.insert(row.key, row.count);
    }
    QCOMPARE(counts.value(QStringLiteral("opened:repeat-prescription")), 2);
    QCOMPARE(counts.value(QStringLiteral("finished:repeat-prescription")), 1);
    QCOMPARE(counts.value(QStringLiteral("opened:nhs-111")), 1);
    QCOMPARE(counts.value(QStringLiteral("finished:nhs-111")), 0);
    QCOMPARE(counts.size(), 3);
}

QTEST_GUILESS_MAIN(UsageTest)
#include "usage_test.moc"
