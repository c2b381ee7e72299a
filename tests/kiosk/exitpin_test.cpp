// SPDX-License-Identifier: GPL-3.0-or-later
// The way out of kiosk mode, without a screen: the PIN gate's lock (fake clock), and `healthhub admin hash-pin`
// driven as a hub lead would, its line pasted into a configuration and checked by the kiosk's own verifier.

#include "core/config/settings.h"
#include "core/hubrecords/exitpin.h"
#include "kiosk/exitpingate.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub;
using Kiosk::ExitPinGate;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class ExitPinTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gateLocksForFiveMinutesAfterFiveWrongPins();
    void gateWithoutAHashLetsNobodyOut();
    void hashPinLineWorksInTheConfiguration();
    void hashPinReadsAFileDescriptor();
    void hashPinRefusesBadPins_data();
    void hashPinRefusesBadPins();
    void hashPinNeedsAPinFromASafePlace();

private:
    Run hashPin(const QStringList &arguments, const QByteArray &environmentPin, const QByteArray &stdinData = {});
    QTemporaryDir m_dir;
};

void ExitPinTest::gateLocksForFiveMinutesAfterFiveWrongPins()
{
    qint64 now = 1000;
    ExitPinGate gate(HubRecords::ExitPin::hash("482913"));
    gate.setClock([&now] { return now; });
    QVERIFY(gate.isConfigured());
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(gate.check("111111"), ExitPinGate::Outcome::Wrong);
        now += 1000;
    }
    QCOMPARE(gate.failuresLeft(), 1);
    QCOMPARE(gate.lockedForMs(), 0);
    QCOMPARE(gate.check("222222"), ExitPinGate::Outcome::Locked); // the fifth wrong PIN locks
    QCOMPARE(gate.lockedForMs(), ExitPinGate::kLockMs);
    QCOMPARE(gate.check("482913"), ExitPinGate::Outcome::Locked); // even the right PIN is not checked now
    now += ExitPinGate::kLockMs - 1;
    QCOMPARE(gate.check("482913"), ExitPinGate::Outcome::Locked);
    now += 1;
    QCOMPARE(gate.lockedForMs(), 0);
    QCOMPARE(gate.check("482913"), ExitPinGate::Outcome::Correct);
    QCOMPARE(gate.failuresLeft(), ExitPinGate::kMaxFailures);
}

void ExitPinTest::gateWithoutAHashLetsNobodyOut()
{
    ExitPinGate none;
    QVERIFY(!none.isConfigured());
    QCOMPARE(none.check("1234"), ExitPinGate::Outcome::NotConfigured);
    ExitPinGate garbage("1234"); // a PIN pasted where its hash belongs is not a hash
    QVERIFY(!garbage.isConfigured());
    QCOMPARE(garbage.check("1234"), ExitPinGate::Outcome::NotConfigured);
}

Run ExitPinTest::hashPin(const QStringList &arguments, const QByteArray &environmentPin, const QByteArray &stdinData)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("HEALTHHUB_EXIT_PIN"));
    if (!environmentPin.isNull()) {
        environment.insert(QStringLiteral("HEALTHHUB_EXIT_PIN"), QString::fromLatin1(environmentPin));
    }
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("HEALTHHUB_BINARY"),
                  QStringList{QStringLiteral("admin"), QStringLiteral("hash-pin")} + arguments);
    process.waitForStarted();
    process.write(stdinData);
    process.closeWriteChannel(); // not a terminal: no prompt
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void ExitPinTest::hashPinLineWorksInTheConfiguration()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("HEALTHHUB_BINARY")));
    const Run run = hashPin({}, "482913");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains("482913") && !run.err.contains("482913"), "the PIN itself must never be printed");
    QByteArray line;
    for (const QByteArray &candidate : run.out.split('\n')) {
        if (candidate.startsWith("exit_pin_hash = ")) {
            line = candidate;
        }
    }
    QVERIFY2(line.startsWith("exit_pin_hash = \"$argon2id$"), run.out.constData());

    // Pasted under [kiosk] as printed, the configuration accepts it and the kiosk's verifier agrees.
    const QString path = m_dir.filePath(QStringLiteral("terminal.ini"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[terminal]\nrole = visitor\nhub_name = Test Hub\n\n[kiosk]\n" + line + '\n');
    file.close();
    const Config::Settings::LoadResult loaded = Config::Settings::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.value(0).message()));
    QVERIFY(HubRecords::ExitPin::verify(loaded.config.exitPinHash, "482913"));
    QVERIFY(!HubRecords::ExitPin::verify(loaded.config.exitPinHash, "482914"));
}

void ExitPinTest::hashPinReadsAFileDescriptor()
{
    const Run run = hashPin({QStringLiteral("--pin-fd"), QStringLiteral("0")}, QByteArray(), "7305\n");
    QCOMPARE(run.exitCode, 0);
    const qsizetype start = run.out.indexOf("\"$argon2id$");
    QVERIFY2(start > 0, run.out.constData());
    const QByteArray hash = run.out.mid(start + 1, run.out.indexOf('"', start + 1) - start - 1);
    QVERIFY(HubRecords::ExitPin::verify(hash, "7305"));
}

void ExitPinTest::hashPinRefusesBadPins_data()
{
    QTest::addColumn<QByteArray>("pin");
    QTest::newRow("three digits") << QByteArray("123");
    QTest::newRow("nine digits") << QByteArray("123456789");
    QTest::newRow("a letter") << QByteArray("12a4");
    QTest::newRow("a space") << QByteArray("12 34");
}

void ExitPinTest::hashPinRefusesBadPins()
{
    QFETCH(QByteArray, pin);
    const Run run = hashPin({}, pin);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("The exit PIN must be 4 to 8 digits, such as 482913. Nothing was printed."),
             run.err.constData());
}

void ExitPinTest::hashPinNeedsAPinFromASafePlace()
{
    Run run = hashPin({}, QByteArray());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("No PIN was given. Use --pin-fd N, the HEALTHHUB_EXIT_PIN environment variable, or "
                              "run this in a terminal to be asked."),
             run.err.constData());
    run = hashPin({QStringLiteral("--pin"), QStringLiteral("482913")}, QByteArray());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Unknown option 'pin'"), run.err.constData());
    run = hashPin({QStringLiteral("482913")}, "482913");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.out.contains("argon2id"));
}

QTEST_GUILESS_MAIN(ExitPinTest)
#include "exitpin_test.moc"
