// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoletestsupport.h"

#include "app/demo/demodata.h"

namespace HealthHub::ConsoleTest {

Core::TerminalConfig config(const QString &dataDir)
{
    Core::TerminalConfig config = Core::TerminalConfig::defaults();
    config.role = Core::Role::Console;
    config.demo = false;
    config.dataDir = dataDir;
    config.hubName = QStringLiteral("Test Hub");
    config.terminalName = QStringLiteral("console-test");
    config.consoleLockMinutes = 5;
    return config;
}

Core::StoreOptions storeOptions(const QString &dataDir)
{
    Core::StoreOptions options;
    options.dataDir = dataDir;
    options.terminal = QStringLiteral("console-test");
    options.kdfCost = Core::KdfCost::cheapest();
    options.pinCost = Core::KdfCost::cheapest();
    return options;
}

bool makeRecords(const QString &dataDir, int visitors, int sessions)
{
    Core::Store store(storeOptions(dataDir));
    QString passphrase = Core::DemoData::passphrase();
    if (!store.create(Core::SecureBytes::takeFromString(passphrase)).ok()) {
        return false;
    }
    if (visitors == 0 && sessions == 0) {
        return Core::DemoData::addVolunteers(store).ok();
    }
    Core::DemoDataOptions options;
    options.visitors = visitors;
    options.sessions = sessions;
    return Core::DemoData::populate(store, options).ok();
}

} // namespace HealthHub::ConsoleTest
