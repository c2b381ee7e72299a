// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the fuzz targets: a Qt core application (some parsers need one) and a private file to hand bytes to
// the parsers that read files, as the program's own readers do.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

namespace HealthHub::Fuzz {

/** One application and one folder per fuzzing process; quiet logs, so the fuzzer's output stays readable. */
inline QTemporaryDir &folder()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        return true;
    }();
    (void)quiet;
    return dir;
}

/** Writes @p data to @p name in the fuzzing folder and returns its path. */
inline QString writeInput(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = folder().filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    return path;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace HealthHub::Fuzz
