// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace HealthHub::Store {

namespace {
constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

bool makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path)) {
        return false;
    }
    return QFile::setPermissions(path, kOwnerOnlyFolder);
}

bool makePrivateFile(const QString &path)
{
    return QFile::setPermissions(path, kOwnerReadWrite);
}

bool writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    // The temporary file gets the mode before any byte is written, and the rename keeps it.
    const bool ok = file.open(QIODevice::WriteOnly) && file.setPermissions(kOwnerReadWrite) &&
                    file.write(data) == data.size() && file.commit();
    if (!ok && error) {
        *error = file.errorString();
    }
    return ok;
}

void restrictNewFilesToOwner()
{
#ifdef Q_OS_UNIX
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

} // namespace HealthHub::Store
