// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/securebytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace HealthHub::Store {

/** Argon2id cost: passes over memory and memory in bytes (libsodium's opslimit and memlimit). */
struct KdfCost
{
    quint64 opsLimit = 3;                  // libsodium's crypto_pwhash_OPSLIMIT_MODERATE
    quint64 memLimit = quint64(256) << 20; // libsodium's crypto_pwhash_MEMLIMIT_MODERATE

    /** libsodium's "moderate" cost: about half a second on the 2-core reference machine (docs/store.md). */
    static KdfCost standard() { return {}; }
    /** The cheapest cost libsodium allows: for tests and benchmarks only, never for real records. */
    static KdfCost cheapest();
    bool operator==(const KdfCost &other) const { return opsLimit == other.opsLimit && memLimit == other.memLimit; }
};

/**
 * One way to turn a passphrase into the database key: a random salt, an Argon2id cost, and a check value
 * (a keyed BLAKE2b of a fixed label) that tells a wrong passphrase from a damaged database without opening it.
 */
struct KeySlot
{
    KdfCost cost;
    QByteArray salt;  ///< crypto_pwhash_SALTBYTES random bytes
    QByteArray check; ///< 16 bytes: BLAKE2b(key = derived key, "healthhub key check v1")

    /** A new slot with a fresh random salt; call seal() with the derived key to set the check value. */
    static KeySlot fresh(const KdfCost &cost);
    /** The 256-bit raw key for @p passphrase. Throws StoreFailure (Internal) when memory runs out. */
    SecureBytes derive(const SecureBytes &passphrase) const;
    void seal(const SecureBytes &key);
    bool matches(const SecureBytes &key) const;
};

/**
 * The side file next to the database (hub.key): the current key slot and, while the database file is being
 * replaced (passphrase change, restore), the slot of the replacement and how far the replacement got.
 * Written atomically (QSaveFile, then the folder is synced). Holds no secret.
 */
struct KeyFile
{
    enum class Pending {
        None,
        Preparing, ///< hub.db.next is being written; a crash now means: discard it, keep the current slot
        Ready,     ///< hub.db.next is complete and synced; a crash now means: finish the switch
    };

    KeySlot current;
    Pending pending = Pending::None;
    KeySlot next; ///< only meaningful while pending != None

    /** Throws StoreFailure: MissingKeyFile when absent, Corrupt when unreadable or malformed. */
    static KeyFile load(const QString &path);
    /** Throws StoreFailure (DiskFull, ReadOnly, Io) when it cannot be written. */
    void save(const QString &path) const;
    QByteArray toJson() const;
    static std::optional<KeyFile> fromJson(const QByteArray &json);
};

/** fsync()s a folder so a rename inside it survives a power cut. Returns false on error. */
bool syncFolder(const QString &folder);
/** fsync()s a file. Returns false on error. */
bool syncFile(const QString &path);

} // namespace HealthHub::Store
