// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/storeerror.h"

namespace HealthHub::Store {

QString StoreError::messageFor(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("Done.");
    case Code::WrongPassphrase:
        return QStringLiteral("That passphrase is not right. Nothing was changed. Check it and try again.");
    case Code::NotAHubDatabase:
        return QStringLiteral("This file is not a Health Hub records file. It was not opened.");
    case Code::Corrupt:
        return QStringLiteral("The records file is damaged. Restore the latest backup.");
    case Code::MissingKeyFile:
        return QStringLiteral("The key file (hub.key) is missing, so the records cannot be unlocked. "
                              "Put it back from a backup.");
    case Code::NoDatabase:
        return QStringLiteral("There are no records in this folder yet. Set up the records first.");
    case Code::AlreadyExists:
        return QStringLiteral("Records already exist in this folder. Nothing was changed.");
    case Code::DiskFull:
        return QStringLiteral("The disk is full, so the last change was not saved. Earlier records are safe.");
    case Code::ReadOnly:
        return QStringLiteral("The records folder cannot be written to. Check its permissions.");
    case Code::Busy:
        return QStringLiteral("Another program is using the records. Close it and try again.");
    case Code::Io:
        return QStringLiteral("The records file could not be read or written. Check the disk.");
    case Code::NotSqlCipher:
        return QStringLiteral("The database library has no encryption (SQLCipher is missing). Records were not "
                              "opened.");
    case Code::SchemaTooNew:
        return QStringLiteral("These records were made by a newer version of Health Hub. Update this terminal.");
    case Code::NotOpen:
        return QStringLiteral("The records are locked. Unlock them first.");
    case Code::InvalidInput:
        return QStringLiteral("Some of the details are not allowed. Check them and try again.");
    case Code::NotFound:
        return QStringLiteral("That record does not exist.");
    case Code::BookingClash:
        return QStringLiteral("The booth is already booked for part of that time. Choose another time.");
    case Code::BadBackup:
        return QStringLiteral("The backup did not pass its check. It cannot be used.");
    case Code::Internal:
        return QStringLiteral("Something went wrong inside Health Hub. Nothing was changed.");
    }
    return QString();
}

const char *StoreError::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return "ok";
    case Code::WrongPassphrase:
        return "wrong-passphrase";
    case Code::NotAHubDatabase:
        return "not-a-hub-database";
    case Code::Corrupt:
        return "corrupt";
    case Code::MissingKeyFile:
        return "missing-key-file";
    case Code::NoDatabase:
        return "no-database";
    case Code::AlreadyExists:
        return "already-exists";
    case Code::DiskFull:
        return "disk-full";
    case Code::ReadOnly:
        return "read-only";
    case Code::Busy:
        return "busy";
    case Code::Io:
        return "io";
    case Code::NotSqlCipher:
        return "not-sqlcipher";
    case Code::SchemaTooNew:
        return "schema-too-new";
    case Code::NotOpen:
        return "not-open";
    case Code::InvalidInput:
        return "invalid-input";
    case Code::NotFound:
        return "not-found";
    case Code::BookingClash:
        return "booking-clash";
    case Code::BadBackup:
        return "bad-backup";
    case Code::Internal:
        return "internal";
    }
    return "unknown";
}

} // namespace HealthHub::Store
