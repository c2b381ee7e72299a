// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace HealthHub::Store {

class Database;

/**
 * The records schema and its versioned migrations. The version is SQLite's user_version; each migration
 * runs in the caller's transaction, so a crash mid-migration leaves the previous version intact.
 */
namespace Schema {

/** Written to PRAGMA application_id: "HHK1". A keyed file without it is not a hub database. */
constexpr int kApplicationId = 0x48484b31;
constexpr int kLatestVersion = 6;

int version(Database &db);
/** Brings an empty or older database up to @p target (tests build older versions with it). */
void migrate(Database &db, int target = kLatestVersion);

/**
 * Copies the whole database into the attached schema "other" with sqlcipher_export, then copies the
 * application id and schema version, which sqlcipher_export (3.4.1) leaves behind.
 */
void exportToAttached(Database &db);

} // namespace Schema

} // namespace HealthHub::Store
