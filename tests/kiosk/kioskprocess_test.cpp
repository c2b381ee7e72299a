// SPDX-License-Identifier: GPL-3.0-or-later
// Regression tests for issue 20, items 2 and 4, on the real healthhub binary:
// - developer tools switched on from the environment (QTWEBENGINE_REMOTE_DEBUGGING, QTWEBENGINE_CHROMIUM_FLAGS)
//   opened the visitor's pages to anyone on the port; in --kiosk the program now refuses to start;
// - SIGTERM ended the program with status 143 and no wipe, and SIGTERM or SIGKILL left the visitor's temporary
//   folder behind; now SIGTERM and SIGINT are a Finish (verified wipe, exit 0) and a killed process's folder is
//   removed at the next start.
// Each run gets its own temporary folder (TMPDIR), so the folders seen are this run's only.
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <csignal>

namespace {
const QString kVisitorFolders = QStringLiteral("healthhub-visitor-*");

/** A free loopback port for the debugging server (bound and released at once). */
quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

bool portListens(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(500);
}
} // namespace

class KioskProcessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void devToolsAreRefusedInKioskMode_data();
    void devToolsAreRefusedInKioskMode();
    void devToolsListenWithoutKioskMode();
    void stopSignalIsAFinish_data();
    void stopSignalIsAFinish();
    void killedProcessFolderIsRemovedAtNextStart();

private:
    /** The environment of a run whose temporary folder is @p temp. */
    static QProcessEnvironment environment(const QString &temp);
    /** Starts a visitor kiosk with a practice page open; true once its visitor folder exists. */
    bool startVisitorWithAPage(QProcess *process, const QString &temp);
    static QStringList visitorFolders(const QString &temp);

    QString m_binary;
};

void KioskProcessTest::initTestCase()
{
    m_binary = qEnvironmentVariable("HEALTHHUB_BINARY");
    QVERIFY2(QFile::exists(m_binary), "HEALTHHUB_BINARY must name the built healthhub");
}

QProcessEnvironment KioskProcessTest::environment(const QString &temp)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), temp);
    env.remove(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING"));
    return env;
}

QStringList KioskProcessTest::visitorFolders(const QString &temp)
{
    return QDir(temp).entryList({kVisitorFolders}, QDir::Dirs | QDir::NoDotAndDotDot);
}

bool KioskProcessTest::startVisitorWithAPage(QProcess *process, const QString &temp)
{
    process->setProcessEnvironment(environment(temp));
    process->start(m_binary, {QStringLiteral("--demo"), QStringLiteral("--role"), QStringLiteral("visitor"),
                              QStringLiteral("--show"), QStringLiteral("practice:repeat-prescription:3")});
    if (!process->waitForStarted()) {
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (visitorFolders(temp).isEmpty() && timer.elapsed() < 30000 && process->state() == QProcess::Running) {
        QTest::qWait(50);
    }
    QTest::qWait(1500); // the page loads in the visitor's sandbox
    return !visitorFolders(temp).isEmpty() && process->state() == QProcess::Running;
}

void KioskProcessTest::devToolsAreRefusedInKioskMode_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    const QString flags = qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS");
    QTest::newRow("QTWEBENGINE_REMOTE_DEBUGGING") << "QTWEBENGINE_REMOTE_DEBUGGING"
                                                  << "127.0.0.1:%1";
    QTest::newRow("--remote-debugging-port")
        << "QTWEBENGINE_CHROMIUM_FLAGS" << flags + QStringLiteral(" --remote-debugging-port=%1");
    QTest::newRow("--remote-debugging-address") << "QTWEBENGINE_CHROMIUM_FLAGS"
                                                << QStringLiteral("--remote-debugging-address=127.0.0.1 "
                                                                  "--remote-debugging-port=%1 ") +
                                                       flags;
    QTest::newRow("--remote-debugging-pipe")
        << "QTWEBENGINE_CHROMIUM_FLAGS" << flags + QStringLiteral(" --remote-debugging-pipe");
    QTest::newRow("--auto-open-devtools-for-tabs")
        << "QTWEBENGINE_CHROMIUM_FLAGS" << flags + QStringLiteral(" --auto-open-devtools-for-tabs");
    QTest::newRow("one dash") << "QTWEBENGINE_CHROMIUM_FLAGS" << flags + QStringLiteral(" -remote-debugging-port=%1");
}

void KioskProcessTest::devToolsAreRefusedInKioskMode()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QTemporaryDir temp;
    const quint16 port = freePort();
    QProcessEnvironment env = environment(temp.path());
    env.insert(variable, value.contains(QLatin1String("%1")) ? value.arg(port) : value);
    QProcess process;
    process.setProcessEnvironment(env);
    // The booth makes its web sandbox at once: were the engine started, the port would listen within seconds.
    process.start(m_binary, {QStringLiteral("--demo"), QStringLiteral("--kiosk"), QStringLiteral("--role"),
                             QStringLiteral("booth")});
    QVERIFY(process.waitForStarted());
    bool listened = false;
    QElapsedTimer timer;
    timer.start();
    while (process.state() == QProcess::Running && timer.elapsed() < 15000) {
        listened = listened || portListens(port);
        QTest::qWait(100);
    }
    if (process.state() == QProcess::Running) {
        process.kill();
        process.waitForFinished();
        QFAIL("the kiosk started with developer tools switched on");
    }
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains("kiosk mode will not start with the web engine's developer tools switched on"), err);
    QVERIFY(!listened);
    QVERIFY(!portListens(port));
}

void KioskProcessTest::devToolsListenWithoutKioskMode()
{
    // The control: outside kiosk mode (a developer's desktop) the same variable opens the port, so the check
    // above would see it.
    QTemporaryDir temp;
    const quint16 port = freePort();
    QProcessEnvironment env = environment(temp.path());
    env.insert(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING"), QStringLiteral("127.0.0.1:%1").arg(port));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_binary, {QStringLiteral("--demo"), QStringLiteral("--role"), QStringLiteral("booth")});
    QVERIFY(process.waitForStarted());
    bool listened = false;
    QElapsedTimer timer;
    timer.start();
    while (!listened && process.state() == QProcess::Running && timer.elapsed() < 30000) {
        listened = portListens(port);
        QTest::qWait(200);
    }
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    QVERIFY(listened);
}

void KioskProcessTest::stopSignalIsAFinish_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void KioskProcessTest::stopSignalIsAFinish()
{
    QFETCH(int, signal);
    QTemporaryDir temp;
    QProcess process;
    QVERIFY(startVisitorWithAPage(&process, temp.path()));
    QVERIFY(::kill(static_cast<pid_t>(process.processId()), signal) == 0);
    QVERIFY(process.waitForFinished(20000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(err.contains("verified clean"), err);
    QVERIFY2(err.contains("stopped after a verified wipe"), err);
    QVERIFY2(visitorFolders(temp.path()).isEmpty(), qPrintable(visitorFolders(temp.path()).join(u' ')));
}

void KioskProcessTest::killedProcessFolderIsRemovedAtNextStart()
{
    QTemporaryDir temp;
    QProcess killed;
    QVERIFY(startVisitorWithAPage(&killed, temp.path()));
    killed.kill(); // SIGKILL: no handler runs
    QVERIFY(killed.waitForFinished(10000));
    const QStringList left = visitorFolders(temp.path());
    QCOMPARE(left.size(), 1); // what the killed process left
    // A visitor folder of a process that still runs (this test) is not a leftover.
    const QString live = QStringLiteral("healthhub-visitor-%1-AbCdEf").arg(::getpid());
    QVERIFY(QDir(temp.path()).mkdir(live));

    QProcess next;
    next.setProcessEnvironment(environment(temp.path()));
    next.start(m_binary, {QStringLiteral("--demo"), QStringLiteral("--role"), QStringLiteral("visitor"),
                          QStringLiteral("--screenshot"), temp.filePath(QStringLiteral("home.png"))});
    QVERIFY(next.waitForFinished(60000));
    QCOMPARE(next.exitCode(), 0);
    QCOMPARE(visitorFolders(temp.path()), QStringList{live});
}

QTEST_GUILESS_MAIN(KioskProcessTest)
#include "kioskprocess_test.moc"
