// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by reset_bench and soak_bench: one visitor session on real QtWebEngine, a loopback page that uses
// storage, and the memory of this process and its web engine processes from /proc (Linux).
#pragma once

#include "kiosk/kioskwebpage.h"
#include "kiosk/urlschemes.h"
#include "kiosk/visitorsession.h"
#include "tests/common/loopbackhttpserver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

#include <algorithm>

namespace HealthHub::Bench {

/** A visitor's page that fills cookies, localStorage, sessionStorage and IndexedDB, then says so. */
inline QByteArray storagePage()
{
    return "<html><head><title>visit</title></head><body><script>"
           "document.cookie = 'v=1; max-age=3600';"
           "localStorage.setItem('k', 'x'.repeat(1000)); sessionStorage.setItem('s', '1');"
           "const o = indexedDB.open('db', 1); o.onupgradeneeded = () => o.result.createObjectStore('s');"
           "o.onsuccess = () => { o.result.close(); document.title = 'filled'; };"
           "</script></body></html>";
}

/**
 * The visitor's sandbox: at once when the session keeps one ready, or (on demand, the visitor kiosk) made
 * and verified now. Null when that failed. @p waitedMs, if given, gets the time the visitor waited.
 */
inline Kiosk::WebSandbox *sandboxFor(Kiosk::VisitorSession &session, double *waitedMs = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QSignalSpy ready(&session, &Kiosk::VisitorSession::sandboxChanged);
    Kiosk::WebSandbox *sandbox = session.sandboxForVisitor();
    if (!sandbox && ready.wait(10000)) {
        sandbox = session.sandboxForVisitor();
    }
    if (waitedMs) {
        *waitedMs = double(timer.nsecsElapsed()) / 1e6;
    }
    return sandbox;
}

/** Opens the storage page in the session's sandbox and waits until it has filled everything. */
inline bool visit(Kiosk::VisitorSession &session, const QUrl &url, double *sandboxWaitMs = nullptr)
{
    Kiosk::WebSandbox *sandbox = sandboxFor(session, sandboxWaitMs);
    if (!sandbox) {
        return false;
    }
    Kiosk::KioskWebPage *page = sandbox->createPage();
    page->load(url);
    QElapsedTimer timer;
    timer.start();
    while (page->title() != QLatin1String("filled") && timer.elapsed() < 10000) {
        QTest::qWait(2);
    }
    return page->title() == QLatin1String("filled");
}

/** Finish → clean, verified: the reset's own measure, in ms; -1 when it failed. */
inline double finish(Kiosk::VisitorSession &session)
{
    QSignalSpy done(&session, &Kiosk::VisitorSession::resetFinished);
    QSignalSpy hard(&session, &Kiosk::VisitorSession::hardResetRequired);
    QElapsedTimer timer;
    timer.start();
    session.reset();
    while (done.isEmpty() && hard.isEmpty() && timer.elapsed() < 10000) {
        QTest::qWait(1);
    }
    return done.isEmpty() ? -1 : double(timer.nsecsElapsed()) / 1e6;
}

inline QList<qint64> descendants(qint64 root)
{
    QHash<qint64, qint64> parent;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok) {
            continue;
        }
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        parent.insert(pid, fields.value(1).toLongLong());
    }
    QList<qint64> found;
    QList<qint64> queue{root};
    while (!queue.isEmpty()) {
        const qint64 current = queue.takeFirst();
        for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
            if (it.value() == current) {
                found.append(it.key());
                queue.append(it.key());
            }
        }
    }
    return found;
}

inline double residentMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
        }
    }
    return 0;
}

/** Resident memory of this process and every web engine process under it, in MB. */
inline double totalResidentMb()
{
    double total = residentMb(::getpid());
    for (const qint64 pid : descendants(::getpid())) {
        total += residentMb(pid);
    }
    return total;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0);
}

} // namespace HealthHub::Bench
