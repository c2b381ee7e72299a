// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"
#include "core/store/storeerror.h"

#include <QString>
#include <QStringList>

namespace HealthHub::Config {
struct TerminalConfig;
}

namespace HealthHub::Store {
class SecureBytes;
class Store;
} // namespace HealthHub::Store

namespace HealthHub::HubRecords {

/** A checked backup and the older backups removed to keep only the newest ones. */
struct BackupOutcome
{
    QString path;
    QStringList removed;
};

/**
 * The hub's duty-of-care rules over its records, in one place: the retention in force, the purge when the records
 * are opened, backups with pruning, and the passphrase policy on create and change. The volunteer console and
 * `healthhub admin` both go through it, so a hub gets the same result from either. It works on a Store it does not
 * own, for the configuration it is given.
 */
class HubRecords final
{
public:
    HubRecords(Store::Store &store, const Config::TerminalConfig &config);

    /** The retention the hub lead chose in the console (kept in the records), else [records] retention_months. */
    int retentionMonths() const;
    /** The folder backups go to when none is named: <data folder>/backups. */
    QString defaultBackupFolder() const;

    /** New records. Refuses (InvalidInput, with the policy's words as detail) a passphrase the policy refuses. */
    Store::StoreError create(const Store::SecureBytes &passphrase);
    /** Opens the records, then purges what is past the retention in force (a failed purge is logged, not fatal). */
    Store::StoreError unlock(const Store::SecureBytes &passphrase, Records::PurgeSummary *purged = nullptr);
    /** Purges what is older than @p months (0: the retention in force). */
    Store::StoreResult<Records::PurgeSummary> purge(const Records::Actor &actor, int months = 0);
    /** Like create(): the policy first, then the store's atomic re-encryption. */
    Store::StoreError changePassphrase(const Store::SecureBytes &passphrase);
    /**
     * A checked backup in @p folder (empty: the default). With @p keep above 0, then removes all but the newest
     * @p keep of this program's backups there (hub-*.db with their .key), oldest first.
     */
    Store::StoreResult<BackupOutcome> backup(const QString &folder, int keep = 0);

private:
    Store::Store &m_store;
    const Config::TerminalConfig &m_config;
};

} // namespace HealthHub::HubRecords
