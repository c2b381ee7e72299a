// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace HealthHub::Store {

/**
 * The hub's records are private to the account that runs the program, whatever its umask: the data folder
 * (and the backup and export folders) are 0700, every file written there 0600. SQLite gives a database's WAL
 * and shared-memory files the database file's own mode, so making the database 0600 covers them.
 */

/** Creates @p path (and its parents) if needed and makes the folder itself 0700. False if either fails. */
bool makePrivateFolder(const QString &path);

/** Makes an existing file 0600. False if the file is missing or its mode cannot be changed. */
bool makePrivateFile(const QString &path);

/**
 * Writes @p data to @p path atomically (QSaveFile) as a 0600 file. On failure returns false and puts a
 * plain reason in @p error (if given).
 */
bool writePrivateFile(const QString &path, const QByteArray &data, QString *error = nullptr);

/** New files this process creates are private (umask 077). Call first thing in main(). */
void restrictNewFilesToOwner();

} // namespace HealthHub::Store
