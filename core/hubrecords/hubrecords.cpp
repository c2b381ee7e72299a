// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hubrecords/hubrecords.h"

#include "core/config/terminalconfig.h"
#include "core/hubrecords/passphrasepolicy.h"
#include "core/store/securebytes.h"
#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

namespace HealthHub::HubRecords {

namespace {
Q_LOGGING_CATEGORY(lcRecords, "healthhub.records")

Store::StoreError refusedByPolicy(const Store::SecureBytes &passphrase)
{
    const QString problem = PassphrasePolicy::problem(passphrase);
    return problem.isEmpty() ? Store::StoreError() : Store::StoreError(Store::StoreError::Code::InvalidInput, problem);
}
} // namespace

HubRecords::HubRecords(Store::Store &store, const Config::TerminalConfig &config)
    : m_store(store)
    , m_config(config)
{}

int HubRecords::retentionMonths() const
{
    const Store::StoreResult<int> chosen = m_store.retentionMonths();
    return chosen.ok() && chosen.value() > 0 ? chosen.value() : m_config.retentionMonths;
}

QString HubRecords::defaultBackupFolder() const
{
    return QDir(m_config.dataDir).filePath(QStringLiteral("backups"));
}

Store::StoreError HubRecords::create(const Store::SecureBytes &passphrase)
{
    const Store::StoreError refused = refusedByPolicy(passphrase);
    return refused.ok() ? m_store.create(passphrase) : refused;
}

Store::StoreError HubRecords::unlock(const Store::SecureBytes &passphrase, Records::PurgeSummary *purged)
{
    const Store::StoreError error = m_store.unlock(passphrase);
    if (!error.ok()) {
        return error;
    }
    // Records older than the retention period go as soon as someone opens the records.
    const Store::StoreResult<Records::PurgeSummary> result = purge(Records::Actor{});
    if (!result.ok()) {
        qCWarning(lcRecords) << "retention purge failed:" << Store::StoreError::codeName(result.error().code());
    } else if (purged) {
        *purged = result.value();
    }
    return error;
}

Store::StoreResult<Records::PurgeSummary> HubRecords::purge(const Records::Actor &actor, int months)
{
    return m_store.purgeExpired(actor, months > 0 ? months : retentionMonths());
}

Store::StoreError HubRecords::changePassphrase(const Store::SecureBytes &passphrase)
{
    const Store::StoreError refused = refusedByPolicy(passphrase);
    return refused.ok() ? m_store.changePassphrase(passphrase) : refused;
}

Store::StoreResult<BackupOutcome> HubRecords::backup(const QString &folder, int keep)
{
    const QString target = folder.isEmpty() ? defaultBackupFolder() : folder;
    const Store::StoreResult<QString> written = m_store.backup(target);
    if (!written.ok()) {
        return written.error();
    }
    BackupOutcome outcome{written.value(), {}};
    if (keep > 0) {
        // Names carry the date and time, so the newest sort last. Only this program's backups are touched.
        const QDir dir(target);
        QStringList backups = dir.entryList({QStringLiteral("hub-*.db")}, QDir::Files, QDir::Name);
        while (backups.size() > keep) {
            const QString oldest = dir.filePath(backups.takeFirst());
            QFile::remove(oldest);
            QFile::remove(oldest.left(oldest.size() - 3) + QStringLiteral(".key"));
            outcome.removed.append(oldest);
        }
    }
    return outcome;
}

} // namespace HealthHub::HubRecords
