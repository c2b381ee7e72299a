// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/processtree.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace HealthHub::Testing {

QList<qint64> descendantProcesses(qint64 root)
{
    // One pass over /proc for every process's parent, then each process's chain of parents up to root or init.
    QHash<qint64, qint64> parent;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!ok || !stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        // The name in brackets may hold spaces; the parent is the second field after it.
        const QByteArray line = stat.readAll();
        parent.insert(pid, line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toLongLong());
    }
    QList<qint64> found;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
        qint64 ancestor = it.value();
        while (ancestor > 1 && ancestor != root) {
            ancestor = parent.value(ancestor, 0);
        }
        if (ancestor == root) {
            found.append(it.key());
        }
    }
    return found;
}

} // namespace HealthHub::Testing
