// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestsupport.h"

#include <QDir>
#include <QFile>

#include <sqlcipher/sqlite3.h>

#include <atomic>
#include <cstring>

namespace HealthHub::Store::Testing {

StoreOptions cheapOptions(const QString &dir)
{
    StoreOptions options;
    options.dataDir = dir;
    options.terminal = QStringLiteral("test-desk");
    options.kdfCost = KdfCost::cheapest();
    options.pinCost = KdfCost::cheapest();
    options.cacheKiB = 2048;
    return options;
}

SecureBytes secret(const char *text)
{
    return SecureBytes(text, std::strlen(text));
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return file.readAll().contains(needle);
}

bool anyFileContains(const QString &path, const QByteArray &needle)
{
    return fileContains(path, needle) || fileContains(path + QStringLiteral("-wal"), needle) ||
           fileContains(path + QStringLiteral("-shm"), needle);
}

QByteArray rawKeyHex(const QString &dir, const SecureBytes &passphrase)
{
    const KeyFile keyFile = KeyFile::load(QDir(dir).filePath(Store::keyFileName()));
    const SecureBytes key = keyFile.current.derive(passphrase);
    return QByteArray(key.chars(), int(key.size())).toHex();
}

namespace {

std::atomic<qint64> g_bytesLeft{-1};
sqlite3_vfs g_faulty{};
sqlite3_vfs *g_real = nullptr;

struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<FaultyFile *>(file)->real;
}

int faultyClose(sqlite3_file *f)
{
    return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
}
int faultyRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int faultyWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    qint64 left = g_bytesLeft.load();
    if (left >= 0) {
        if (amount > left) {
            g_bytesLeft = 0;
            return SQLITE_FULL;
        }
        g_bytesLeft = left - amount;
    }
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int faultyTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int faultySync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int faultyFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int faultyLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int faultyUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int faultyCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int faultyFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int faultySectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int faultyDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int faultyShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int faultyShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void faultyShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int faultyShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}

// Version 2 methods only: no memory-mapped I/O, so every write goes through xWrite.
const sqlite3_io_methods g_methods = {
    2,
    faultyClose,
    faultyRead,
    faultyWrite,
    faultyTruncate,
    faultySync,
    faultyFileSize,
    faultyLock,
    faultyUnlock,
    faultyCheckReservedLock,
    faultyFileControl,
    faultySectorSize,
    faultyDeviceCharacteristics,
    faultyShmMap,
    faultyShmLock,
    faultyShmBarrier,
    faultyShmUnmap,
    nullptr,
    nullptr,
};

int faultyOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *faulty = reinterpret_cast<FaultyFile *>(file);
    faulty->real = reinterpret_cast<sqlite3_file *>(faulty + 1);
    const int rc = g_real->xOpen(g_real, name, faulty->real, flags, outFlags);
    faulty->base.pMethods = rc == SQLITE_OK ? &g_methods : nullptr;
    return rc;
}
int faultyDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int faultyAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int faultyFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}
void *faultyDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}
void faultyDlError(sqlite3_vfs *, int size, char *out)
{
    g_real->xDlError(g_real, size, out);
}
void (*faultyDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void faultyDlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}
int faultyRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_real->xRandomness(g_real, size, out);
}
int faultySleep(sqlite3_vfs *, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}
int faultyCurrentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}
int faultyGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}
int faultyCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

void registerFaultyVfs()
{
    if (g_real) {
        return;
    }
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    g_faulty.iVersion = 2;
    g_faulty.szOsFile = int(sizeof(FaultyFile)) + g_real->szOsFile;
    g_faulty.mxPathname = g_real->mxPathname;
    g_faulty.zName = "faulty";
    g_faulty.xOpen = faultyOpen;
    g_faulty.xDelete = faultyDelete;
    g_faulty.xAccess = faultyAccess;
    g_faulty.xFullPathname = faultyFullPathname;
    g_faulty.xDlOpen = faultyDlOpen;
    g_faulty.xDlError = faultyDlError;
    g_faulty.xDlSym = faultyDlSym;
    g_faulty.xDlClose = faultyDlClose;
    g_faulty.xRandomness = faultyRandomness;
    g_faulty.xSleep = faultySleep;
    g_faulty.xCurrentTime = faultyCurrentTime;
    g_faulty.xGetLastError = faultyGetLastError;
    g_faulty.xCurrentTimeInt64 = faultyCurrentTimeInt64;
    sqlite3_vfs_register(&g_faulty, 0);
}

void failWritesAfter(qint64 bytes)
{
    g_bytesLeft = bytes;
}

void stopFailingWrites()
{
    g_bytesLeft = -1;
}

} // namespace HealthHub::Store::Testing
