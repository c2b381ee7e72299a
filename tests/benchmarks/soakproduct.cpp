// SPDX-License-Identifier: GPL-3.0-or-later
// soak_bench's "product" mode: 1,000 visitors the way a kiosk serves them, restarts included.
//
// The supervisor (this process; systemd's part) starts the application process (`soak_bench --child`), which
// runs visitor sessions with the production restart policy: VisitorSession::setRestartAfter() set to
// TerminalConfig's default `restart_after_sessions`, restartDue() answered with exit code 75 as the visitor terminal
// answers it, and then, as main does, the session destroyed and the process image replaced by
// Kiosk::startAgain() (execv: a new web engine). If execv fails the process ends with 75 and the supervisor
// starts it again (systemd's Restart=); `--restart-by exit` always does that, for comparison. Each visitor opens the
// storage page and walks away: the idle countdown runs out on IdleWatch's own path (a fake clock moved past
// idle_seconds + warning_seconds), so every reset is one the restart may follow, as on a terminal whose visitors leave
// it to time out.
//
// The supervisor samples the resident memory of the live application process and all its web engine
// processes every 50 sessions, and at each restart (just before, and once the new process has a verified
// clean sandbox). At each restart and at the end it looks for orphans: the old process's web engine
// processes still alive once the new one is ready, and any process anywhere in the application processes'
// sessions (each is started with setsid; its web engine processes keep the session, orphans too) that is not
// the live application or under it. Ended but never reaped helpers (zombies: no memory) are counted apart.
//
// Usage: packaging/with-test-env.sh build/<preset>/tests/benchmarks/soak_bench product [sessions]
//        [--restart-after N] [--restart-by exec|exit]      (defaults: 1000, TerminalConfig's, exec)
// Exit status 1 if the memory trends upward beyond noise (soakproduct.h: upwardThreshold) or any orphan.

#include "tests/benchmarks/soakproduct.h"

#include "app/sessionsupervisor.h"
#include "core/config/terminalconfig.h"
#include "core/config/visitorpreferences.h"
#include "kiosk/restart.h"
#include "kiosk/terminalsessions.h"
#include "tests/benchmarks/sessionbench.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace HealthHub::Bench {

namespace {

/** One line to the supervisor, at once (execv would drop anything buffered). */
void say(const char *format, ...) __attribute__((format(printf, 1, 2)));
void say(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::vfprintf(stdout, format, args);
    va_end(args);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/** Blocks until the supervisor has measured and says "go". */
void waitForSupervisor()
{
    char line[16];
    if (!std::fgets(line, sizeof line, stdin)) {
        std::_Exit(1); // the supervisor is gone
    }
}

/** The visitor walks away: the countdown runs out (IdleWatch → reset()). The reset's time in ms, or -1. */
double idleReset(Kiosk::VisitorSession &session, qint64 &fakeNow, qint64 idleMs, qint64 warningMs)
{
    QSignalSpy done(&session, &Kiosk::VisitorSession::resetFinished);
    QSignalSpy hard(&session, &Kiosk::VisitorSession::hardResetRequired);
    QElapsedTimer timer;
    timer.start();
    fakeNow += idleMs;
    session.idleWatch()->evaluate(); // "Are you still there?"
    fakeNow += warningMs;
    session.idleWatch()->evaluate(); // nobody answered: the session resets
    while (done.isEmpty() && hard.isEmpty() && timer.elapsed() < 10000) {
        QTest::qWait(1);
    }
    return done.isEmpty() ? -1 : double(timer.nsecsElapsed()) / 1e6;
}

/** Field 22 of /proc/<pid>/stat (start time): a pid with the same start time is the same process. */
QByteArray startTime(qint64 pid);

/** Fields of /proc/<pid>/stat after the name: [0] state, [1] parent, [3] session, [19] start time. */
QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2).split(' ');
}

/** Every process on the machine in one of @p sessions (the application processes' sessions, see setsid). */
QList<qint64> processesInSessions(const QSet<qint64> &sessions)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && sessions.contains(statFields(pid).value(3).toLongLong())) {
            found.append(pid);
        }
    }
    return found;
}

QByteArray startTime(qint64 pid)
{
    return statFields(pid).value(19);
}

QByteArray processName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray("?");
}

double residentWithDescendants(qint64 pid)
{
    double total = residentMb(pid);
    for (const qint64 child : descendants(pid)) {
        total += residentMb(child);
    }
    return total;
}

/** Reads one line from the application process; empty when it ended or said nothing for @p timeoutMs. */
QByteArray readLine(QProcess &process, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine()) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || !process.waitForReadyRead(left)) {
            break;
        }
    }
    return process.canReadLine() ? process.readLine().trimmed() : QByteArray();
}

struct Restart
{
    int afterSession = 0;
    double beforeMb = 0;        ///< the old process at restartDue
    double afterMb = 0;         ///< the new process with its first verified clean sandbox
    double readyMs = 0;         ///< restartDue → the new process's first verified clean sandbox
    double firstVisitorMs = -1; ///< restartDue → the new process's first visitor session ended clean
    int orphans = 0;
};

} // namespace

int runSoakChild(int argc, char **argv)
{
    if (argc < 6) {
        return 2;
    }
    const int first = QByteArray(argv[2]).toInt();
    const int last = QByteArray(argv[3]).toInt();
    const int restartAfter = QByteArray(argv[4]).toInt();
    const QByteArray restartBy(argv[5]);

    Kiosk::registerUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("healthhub.*.info=false"));
    Test::LoopbackHttpServer server;
    if (!server.listen()) {
        say("error the loopback server did not start");
        return 1;
    }
    server.html("/visit", storagePage());
    const QUrl url = server.url(QStringLiteral("/visit"));

    // The visitor kiosk's session and its supervisor, as VisitorTerminal makes them, with the configuration's
    // defaults (the loopback page is the one allowed site).
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    config.allowedHosts = {QStringLiteral("127.0.0.1")};
    config.allowLoopback = true;
    config.restartAfterSessions = restartAfter;
    const qint64 idleMs = qint64(config.idleSeconds) * 1000;
    const qint64 warningMs = qint64(config.warningSeconds) * 1000;
    Config::VisitorPreferences preferences(QStringLiteral("en"));
    auto session = Kiosk::makeVisitorSession(config, &preferences);
    qint64 fakeNow = 0;
    session->idleWatch()->setClock([&fakeNow] { return fakeNow; });
    App::SessionSupervisor supervisor(session.get());
    supervisor.setRestartPolicy(config.restartAfterSessions, false);
    QObject::connect(&supervisor, &App::SessionSupervisor::restartRequested, &app,
                     [] { QCoreApplication::exit(Kiosk::VisitorSession::kRestartExitCode); });
    bool restartDue = false;
    QObject::connect(session.get(), &Kiosk::VisitorSession::restartDue, &app, [&restartDue] { restartDue = true; });

    int next = first;
    QTimer::singleShot(0, session.get(), [&] {
        QSignalSpy started(session.get(), &Kiosk::VisitorSession::started);
        session->start();
        if (started.isEmpty() && !started.wait(30000)) {
            say("error the first sandbox was not verified clean");
            QCoreApplication::exit(1);
            return;
        }
        say("started");
        waitForSupervisor(); // it measures the new process
        for (; next <= last; ++next) {
            if (!visit(*session, url)) {
                say("error session %d: the visit page did not fill its storage", next);
                QCoreApplication::exit(1);
                return;
            }
            const double ms = idleReset(*session, fakeNow, idleMs, warningMs);
            if (ms < 0) {
                say("error session %d: the reset did not finish clean", next);
                QCoreApplication::exit(1);
                return;
            }
            say("session %d %.1f", next, ms);
            if (next % 50 == 0) {
                QTest::qWait(200); // let the last profile's renderer go
                say("sample %d", next);
                waitForSupervisor();
            }
            if (restartDue) {
                say("restart-due %d", next);
                waitForSupervisor();
                ++next;
                return; // the event loop ends with kRestartExitCode
            }
        }
        say("done");
        QCoreApplication::exit(0);
    });
    const int code = QApplication::exec();
    if (code == Kiosk::VisitorSession::kRestartExitCode && restartBy != "exit") {
        // As App::Application: a new process image, so a new web engine; the count goes on where it was.
        session.reset();
        const std::string from = std::to_string(next);
        std::vector<char *> args{argv[0], argv[1], const_cast<char *>(from.c_str()), argv[3], argv[4],
                                 argv[5], nullptr};
        Kiosk::startAgain(args.data());
        say("exec-failed %s", std::strerror(errno));
    }
    return code;
}

int runProductSoak(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int sessions = 1000;
    int restartAfter = Config::TerminalConfig::defaults().restartAfterSessions; // the shipped default
    QByteArray restartBy("exec"); // as App::Application (Kiosk::startAgain); "exit": systemd's Restart= only
    for (int i = 2; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--restart-after" && i + 1 < argc) {
            restartAfter = QByteArray(argv[++i]).toInt();
        } else if (arg == "--restart-by" && i + 1 < argc) {
            restartBy = QByteArray(argv[++i]);
        } else {
            sessions = std::max(50, arg.toInt());
        }
    }

    std::printf("product: restart after %d sessions (%s) by %s, idle reset per visitor, %d sessions\n", restartAfter,
                restartAfter == Config::TerminalConfig::defaults().restartAfterSessions ? "TerminalConfig's default"
                                                                              : "--restart-after",
                restartBy.constData(), sessions);
    std::printf("%8s %10s %10s %8s %14s\n", "session", "RSS MB", "processes", "pid", "median reset ms");
    std::fflush(stdout);

    QList<double> x;
    QList<double> y;
    QList<double> resets;
    QList<Restart> restarts;
    int done = 0;
    int starts = 0;
    int supervisorStarts = 0;
    int sessionMismatches = 0;
    int orphansAtRestarts = 0;
    int zombies = 0;
    QSet<qint64> ourSessions; // each application process is the leader of its own session (setsid)
    bool failed = false;
    bool finished = false;
    QElapsedTimer wall;
    wall.start();
    QElapsedTimer sinceRestart;
    QHash<qint64, QByteArray> oldProcesses; // the restarted process's web engine processes, by start time
    bool awaitingFirstVisitor = false;

    // Left over once the live process is ready (or all have ended, live = 0): the old process image's web
    // engine processes, and any process of our sessions anywhere that is not the live process or under it
    // (an orphan is adopted by init but keeps its session). Dead but unreaped ones (zombies) hold no memory:
    // counted apart. Returns the live leftovers.
    const auto orphans = [&](qint64 live) {
        QList<qint64> left;
        QElapsedTimer grace;
        grace.start();
        do {
            left.clear();
            for (auto it = oldProcesses.cbegin(); it != oldProcesses.cend(); ++it) {
                if (it.key() != live && startTime(it.key()) == it.value()) {
                    left.append(it.key());
                }
            }
            const QList<qint64> under = live > 0 ? descendants(live) : QList<qint64>();
            for (const qint64 pid : processesInSessions(ourSessions)) {
                if (pid != live && !under.contains(pid) && !left.contains(pid)) {
                    left.append(pid);
                }
            }
            left.removeIf([](qint64 pid) { return statFields(pid).value(0) == "Z"; });
            if (!left.isEmpty()) {
                QThread::msleep(100);
            }
        } while (!left.isEmpty() && grace.elapsed() < 5000);
        for (const qint64 pid : left) {
            std::printf("ORPHAN pid %lld (%s)\n", qlonglong(pid), processName(pid).constData());
        }
        int dead = 0;
        for (auto it = oldProcesses.cbegin(); it != oldProcesses.cend(); ++it) {
            const QList<QByteArray> fields = statFields(it.key());
            dead += fields.value(0) == "Z" && fields.value(19) == it.value() ? 1 : 0;
        }
        zombies += dead;
        oldProcesses.clear();
        return int(left.size());
    };

    while (!finished && !failed) {
        QProcess child;
        child.setChildProcessModifier([] { ::setsid(); });
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), QString::number(done + 1), QString::number(sessions),
                     QString::number(restartAfter), QString::fromLatin1(restartBy)});
        if (!child.waitForStarted(10000)) {
            std::fprintf(stderr, "the application process did not start\n");
            return 1;
        }
        ++supervisorStarts;
        ourSessions.insert(child.processId());
        for (;;) {
            const QByteArray line = readLine(child, 60000);
            if (line.isEmpty()) {
                break; // ended (or silent for a minute)
            }
            const QList<QByteArray> words = line.split(' ');
            const QByteArray &what = words.constFirst();
            const qint64 pid = child.processId();
            if (what == "started") {
                ++starts;
                if (!restarts.isEmpty() && restarts.last().readyMs == 0) {
                    Restart &restart = restarts.last();
                    restart.readyMs = double(sinceRestart.nsecsElapsed()) / 1e6;
                    restart.afterMb = residentWithDescendants(pid);
                    restart.orphans = orphans(pid);
                    orphansAtRestarts += restart.orphans;
                    awaitingFirstVisitor = true;
                    std::printf("%8s %10.1f %10lld %8lld   restarted: ready %.0f ms after restartDue, %d orphans\n", "",
                                restart.afterMb, qlonglong(descendants(pid).size()), qlonglong(pid), restart.readyMs,
                                restart.orphans);
                    std::fflush(stdout);
                }
                child.write("go\n");
                child.waitForBytesWritten(5000);
            } else if (what == "session") {
                done = words.value(1).toInt();
                resets.append(words.value(2).toDouble());
                if (awaitingFirstVisitor) {
                    restarts.last().firstVisitorMs = double(sinceRestart.nsecsElapsed()) / 1e6;
                    awaitingFirstVisitor = false;
                }
            } else if (what == "sample") {
                const QList<qint64> under = descendants(pid);
                const double mb = residentWithDescendants(pid);
                // The session must hold exactly the live process and its web engine processes, or the orphan
                // check would be blind.
                QSet<qint64> live{pid};
                if (processesInSessions(live).size() != under.size() + 1) {
                    ++sessionMismatches;
                }
                x.append(words.value(1).toDouble());
                y.append(mb);
                std::printf("%8d %10.1f %10lld %8lld %14.1f\n", words.value(1).toInt(), mb, qlonglong(under.size()),
                            qlonglong(pid), median(resets.mid(resets.size() - 50)));
                std::fflush(stdout);
                child.write("go\n");
                child.waitForBytesWritten(5000);
            } else if (what == "restart-due") {
                Restart restart;
                restart.afterSession = words.value(1).toInt();
                restart.beforeMb = residentWithDescendants(pid);
                oldProcesses.clear();
                for (const qint64 old : descendants(pid)) {
                    if (statFields(old).value(0) != "Z") { // an earlier restart's zombie is counted already
                        oldProcesses.insert(old, startTime(old));
                    }
                }
                restarts.append(restart);
                std::printf("%8d %10.1f %10lld %8lld   restartDue: exit %d, restarting\n", restart.afterSession,
                            restart.beforeMb, qlonglong(oldProcesses.size()), qlonglong(pid),
                            Kiosk::VisitorSession::kRestartExitCode);
                std::fflush(stdout);
                sinceRestart.start();
                child.write("go\n");
                child.waitForBytesWritten(5000);
            } else if (what == "done") {
                finished = true;
            } else if (what == "exec-failed") {
                std::printf("execv failed (%s): the supervisor starts it again\n", line.mid(12).constData());
            } else {
                std::fprintf(stderr, "application process: %s\n", line.constData());
                failed = true;
                break;
            }
        }
        child.closeWriteChannel();
        if (child.state() != QProcess::NotRunning && !child.waitForFinished(30000)) {
            std::fprintf(stderr, "the application process did not end\n");
            child.kill();
            child.waitForFinished(5000);
            failed = true;
        } else if (!finished && child.exitCode() != Kiosk::VisitorSession::kRestartExitCode) {
            std::fprintf(stderr, "the application process ended with %d after session %d\n", child.exitCode(), done);
            failed = true;
        }
    }
    const int orphansAtEnd = orphans(0);
    if (failed || x.size() < 3) {
        std::printf("FAILED after %d sessions\n", done);
        return 1;
    }

    const Trend trend = leastSquares(x, y);
    const double threshold = upwardThreshold(trend);
    const double maxMb = *std::max_element(y.cbegin(), y.cend());
    const double minMb = *std::min_element(y.cbegin(), y.cend());
    double drop = 0;
    QList<double> ready;
    QList<double> firstVisitor;
    for (const Restart &restart : restarts) {
        drop += restart.beforeMb - restart.afterMb;
        ready.append(restart.readyMs);
        if (restart.firstVisitorMs >= 0) {
            firstVisitor.append(restart.firstVisitorMs);
        }
    }
    std::printf("\n%d sessions in %.0f s; %d restarts (%d by execv, %d by the supervisor starting a new process)\n",
                done, double(wall.elapsed()) / 1000.0, int(restarts.size()),
                int(restarts.size()) - (supervisorStarts - 1), supervisorStarts - 1);
    std::printf("memory slope %.3f MB per 1,000 sessions (standard error %.3f; upward beyond noise above %.3f)\n",
                trend.slope * 1000.0, trend.slopeError * 1000.0, threshold);
    std::printf("RSS over the every-50 samples: min %.1f MB, max %.1f MB (sawtooth %.1f MB); mean drop at a restart "
                "%.1f MB\n",
                minMb, maxMb, maxMb - minMb, restarts.isEmpty() ? 0.0 : drop / double(restarts.size()));
    std::printf("restart cost: restartDue to a verified clean sandbox in the new process, median %.0f ms (max %.0f); "
                "to the first visitor's session ended clean, median %.0f ms\n",
                median(ready), ready.isEmpty() ? 0.0 : *std::max_element(ready.cbegin(), ready.cend()),
                median(firstVisitor));
    std::printf("median reset %.1f ms; orphans: %d at restarts, %d at the end; zombies (ended, never reaped) %d; "
                "session check %s\n",
                median(resets), orphansAtRestarts, orphansAtEnd, zombies,
                sessionMismatches == 0 ? "sound" : "MISMATCHED");
    const bool upward = trend.slope * 1000.0 > threshold;
    const bool pass = !upward && orphansAtRestarts == 0 && orphansAtEnd == 0 && sessionMismatches == 0;
    std::printf("%s\n", pass                    ? "PASS: no upward trend, no orphans"
                        : upward                ? "FAIL: memory trends upward"
                        : sessionMismatches > 0 ? "FAIL: the orphan check cannot see this run's web engine processes"
                                                : "FAIL: orphaned web engine processes");
    return pass ? 0 : 1;
}

} // namespace HealthHub::Bench
