// SPDX-License-Identifier: GPL-3.0-or-later
// The hard reset's restart (kiosk/restart.h) must not keep the old web engine's sockets open in the new
// process image: Qt WebEngine's helper processes end only when they see their socket to the browser close.
// Here a pipe stands for that socket and /bin/sleep for the new image: the reader sees the end of the pipe
// while the new image still runs only if the descriptor was made close-on-exec.

#include "kiosk/restart.h"

#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

class RestartTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newImageKeepsNoOldDescriptor_data()
    {
        QTest::addColumn<bool>("marked");
        QTest::addColumn<bool>("endSeen");
        QTest::newRow("marked close-on-exec (startAgain)") << true << true;
        QTest::newRow("not marked (control: the old restart)") << false << false;
    }

    void newImageKeepsNoOldDescriptor()
    {
        QFETCH(bool, marked);
        QFETCH(bool, endSeen);
        int ends[2] = {-1, -1};
        QCOMPARE(::pipe(ends), 0); // no O_CLOEXEC, as the web engine's socket to a helper
        if (marked) {
            HealthHub::Kiosk::markDescriptorsCloseOnExec();
            QVERIFY(::fcntl(ends[1], F_GETFD) & FD_CLOEXEC);
            QVERIFY(!(::fcntl(STDERR_FILENO, F_GETFD) & FD_CLOEXEC)); // stdin, stdout and stderr stay
        }
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::execl("/bin/sleep", "sleep", "5", static_cast<char *>(nullptr));
            ::_exit(127);
        }
        ::close(ends[1]);
        pollfd reader{ends[0], POLLIN, 0};
        const bool readable = ::poll(&reader, 1, 2000) == 1;
        char byte = 0;
        const bool end = readable && ::read(ends[0], &byte, 1) == 0;
        const bool stillRunning = ::waitpid(child, nullptr, WNOHANG) == 0;
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        ::close(ends[0]);
        QVERIFY(stillRunning); // the new image was running all the while
        QCOMPARE(end, endSeen);
    }
};

QTEST_GUILESS_MAIN(RestartTest)
#include "restart_test.moc"
