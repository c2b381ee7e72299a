// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start to an interactive home screen, and resident memory at idle, for each role.
// Usage: startup_bench [runs]   (default 10; run under the test environment, which provides a display)

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/** Resident memory of one process in MB, from /proc (Linux only: this benchmark runs on the CI machine). */
double residentMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
        }
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 10;
    const QString binary = QStringLiteral(HEALTHHUB_BINARY);
    QTemporaryDir dataDir;

    std::printf("Cold start to interactive home screen, %d runs per role (median, min, max), RSS at idle after 2 s\n",
                runs);
    std::printf("%-8s %10s %10s %10s %12s\n", "role", "median ms", "min ms", "max ms", "idle RSS MB");
    for (const char *role : {"visitor", "console", "booth"}) {
        QList<double> starts;
        QList<double> memory;
        for (int i = 0; i < runs; ++i) {
            QProcess process;
            process.setProcessChannelMode(QProcess::SeparateChannels);
            QElapsedTimer timer;
            timer.start();
            process.start(binary, {QStringLiteral("--demo"), QStringLiteral("--role"), QString::fromLatin1(role),
                                   QStringLiteral("--data-dir"), dataDir.filePath(QString::fromLatin1(role)),
                                   QStringLiteral("--report-ready")});
            bool ready = false;
            while (!ready && process.waitForReadyRead(30000)) {
                ready = process.readAllStandardOutput().contains("ready");
            }
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!ready) {
                std::fprintf(stderr, "%s did not report ready: %s\n", role, process.readAllStandardError().constData());
                return 1;
            }
            starts.append(ms);
            if (i < 3) { // memory settles the same way each run; three samples are enough
                QThread::msleep(2000);
                memory.append(residentMb(process.processId()));
            }
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished();
            }
        }
        std::printf("%-8s %10.1f %10.1f %10.1f %12.1f\n", role, median(starts),
                    *std::min_element(starts.cbegin(), starts.cend()), *std::max_element(starts.cbegin(), starts.cend()),
                    median(memory));
    }
    return 0;
}
