// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"
#include "core/hubrecords/hubrecords.h"
#include "core/store/store.h"

#include <QObject>

namespace HealthHub::Ui {

/**
 * What every console screen shares: the terminal's configuration, the encrypted store, and who is signed
 * in. Screens read the store only while someone is signed in, and announce changes with recordsChanged()
 * so other screens refresh.
 */
class ConsoleContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleContext)

public:
    /** @p store is the terminal's records store; it must outlive the context. */
    ConsoleContext(const Config::TerminalConfig &config, Store::Store *store, QObject *parent = nullptr);
    ~ConsoleContext() override;

    /** The store options the product uses for @p config (demo: the cheapest key cost, so it starts fast). */
    static Store::StoreOptions storeOptionsFor(const Config::TerminalConfig &config);

    const Config::TerminalConfig &config() const { return m_config; }
    Store::Store &store() { return *m_store; }
    /** The hub's rules over the records (retention, purge, backup, passphrase policy), shared with the CLI. */
    HubRecords::HubRecords &records() { return m_records; }

    bool isSignedIn() const { return m_volunteer.id != 0; }
    const Records::Volunteer &volunteer() const { return m_volunteer; }
    Records::Actor actor() const { return {m_volunteer.id}; }
    bool isHubLead() const { return isSignedIn() && m_volunteer.role == Records::VolunteerRole::HubLead; }
    /** The retention period in force: the hub lead's choice, else the configuration's. */
    int retentionMonths() const { return m_records.retentionMonths(); }

    /**
     * In the demo only: makes the made-up records on first use (not at start, so that merely building the
     * console never writes a data folder). Does nothing outside the demo or when records exist.
     */
    void ensureDemoRecords();

    /** Where exports (reports, subject access) are written: `<data folder>/exports`, made when needed. */
    QString exportFolder() const;

    void signIn(const Records::Volunteer &volunteer);
    void signOut();
    /** Signs out and closes the store: the passphrase is needed again. */
    void lockRecords();

Q_SIGNALS:
    void signedInChanged();
    void recordsChanged();

private:
    Config::TerminalConfig m_config;
    Store::Store *m_store = nullptr;
    HubRecords::HubRecords m_records;
    Records::Volunteer m_volunteer;
};

} // namespace HealthHub::Ui
