// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/consolecontext.h"

#include "core/demo/demodata.h"
#include "core/store/privatefiles.h"

#include <QDir>

namespace HealthHub::Ui {

ConsoleContext::ConsoleContext(const Config::TerminalConfig &config, Store::Store *store, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_records(*store, m_config)
{}

ConsoleContext::~ConsoleContext() = default;

Store::StoreOptions ConsoleContext::storeOptionsFor(const Config::TerminalConfig &config)
{
    Store::StoreOptions options;
    options.dataDir = config.dataDir;
    options.terminal = config.terminalName.isEmpty() ? QStringLiteral("console") : config.terminalName;
    if (config.demo) {
        options.kdfCost = Store::KdfCost::cheapest();
        options.pinCost = Store::KdfCost::cheapest();
    }
    return options;
}

void ConsoleContext::ensureDemoRecords()
{
    if (!m_config.demo || m_store->exists()) {
        return;
    }
    QString passphrase = Demo::DemoData::passphrase();
    if (!m_store->create(Store::SecureBytes::takeFromString(passphrase)).ok()) {
        return;
    }
    Demo::DemoData::populate(*m_store);
    m_store->close();
}

QString ConsoleContext::exportFolder() const
{
    const QString folder = QDir(m_config.dataDir).filePath(QStringLiteral("exports"));
    Store::makePrivateFolder(folder);
    return folder;
}

void ConsoleContext::signIn(const Records::Volunteer &volunteer)
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
