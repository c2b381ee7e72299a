// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/consolecontext.h"

#include "app/demo/demodata.h"

#include <QDir>

namespace HealthHub::Ui {

ConsoleContext::ConsoleContext(const Core::TerminalConfig &config, Core::StoreOptions options, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(std::make_unique<Core::Store>(std::move(options)))
{}

ConsoleContext::~ConsoleContext() = default;

Core::StoreOptions ConsoleContext::storeOptionsFor(const Core::TerminalConfig &config)
{
    Core::StoreOptions options;
    options.dataDir = config.dataDir;
    options.terminal = config.terminalName.isEmpty() ? QStringLiteral("console") : config.terminalName;
    if (config.demo) {
        options.kdfCost = Core::KdfCost::cheapest();
        options.pinCost = Core::KdfCost::cheapest();
    }
    return options;
}

int ConsoleContext::retentionMonths()
{
    const Core::StoreResult<int> chosen = m_store->retentionMonths();
    return chosen.ok() && chosen.value() > 0 ? chosen.value() : m_config.retentionMonths;
}

void ConsoleContext::ensureDemoRecords()
{
    if (!m_config.demo || m_store->exists()) {
        return;
    }
    QString passphrase = Core::DemoData::passphrase();
    if (!m_store->create(Core::SecureBytes::takeFromString(passphrase)).ok()) {
        return;
    }
    Core::DemoData::populate(*m_store);
    m_store->close();
}

QString ConsoleContext::exportFolder() const
{
    const QString folder = QDir(m_config.dataDir).filePath(QStringLiteral("exports"));
    QDir().mkpath(folder);
    return folder;
}

void ConsoleContext::signIn(const Core::Volunteer &volunteer)
{
    m_volunteer = volunteer;
    Q_EMIT signedInChanged();
}

void ConsoleContext::signOut()
{
    if (!isSignedIn()) {
        return;
    }
    m_volunteer = {};
    Q_EMIT signedInChanged();
}

void ConsoleContext::lockRecords()
{
    signOut();
    m_store->close();
}

} // namespace HealthHub::Ui
