// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoletestsupport.h"

#include "core/demo/demodata.h"

namespace HealthHub::ConsoleTest {

Config::TerminalConfig config(const QString &dataDir)
{
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    config.role = Config::Role::Console;
    config.demo = false;
    config.dataDir = dataDir;
    config.hubName = QStringLiteral("Test Hub");
    config.terminalName = QStringLiteral("console-test");
    config.consoleLockMinutes = 5;
    return config;
}

Store::StoreOptions storeOptions(const QString &dataDir)
{
    Store::StoreOptions options;
    options.dataDir = dataDir;
    options.terminal = QStringLiteral("console-test");
    options.kdfCost = Store::KdfCost::cheapest();
    options.pinCost = Store::KdfCost::cheapest();
    return options;
}

bool makeRecords(const QString &dataDir, int visitors, int sessions)
{
    Store::Store store(storeOptions(dataDir));
    QString passphrase = Demo::DemoData::passphrase();
    if (!store.create(Store::SecureBytes::takeFromString(passphrase)).ok()) {
        return false;
    }
    if (visitors == 0 && sessions == 0) {
        return Demo::DemoData::addVolunteers(store).ok();
    }
    Demo::DemoDataOptions options;
    options.visitors = visitors;
    options.sessions = sessions;
    return Demo::DemoData::populate(store, options).ok();
}

} // namespace HealthHub::ConsoleTest
