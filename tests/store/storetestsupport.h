// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the store suites: cheap options, passphrases, file scans and a VFS that can run out of disk.

#include "core/store/securebytes.h"
#include "core/store/store.h"

#include <QByteArray>
#include <QString>

namespace HealthHub::Store::Testing {

/** Options for a store in @p dir with the cheapest Argon2id cost, so suites stay fast. */
StoreOptions cheapOptions(const QString &dir);
SecureBytes secret(const char *text);
/** True when any of @p path, its -wal and -shm holds @p needle. */
bool anyFileContains(const QString &path, const QByteArray &needle);
bool fileContains(const QString &path, const QByteArray &needle);
/** The raw key of the store in @p dir, as 64 hex digits (for the sqlcipher shell). */
QByteArray rawKeyHex(const QString &dir, const SecureBytes &passphrase);

/**
 * A SQLite VFS named "faulty" that wraps the default one. After failWritesAfter(n), writes beyond n more bytes
 * fail with SQLITE_FULL, as on a full disk. registerFaultyVfs() is idempotent.
 */
void registerFaultyVfs();
void failWritesAfter(qint64 bytes);
void stopFailingWrites();

} // namespace HealthHub::Store::Testing
