// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/terminalconfig.h"

#include "core/config/settingstable.h"

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>

namespace HealthHub::Config {

QString ConfigError::message() const
{
    QString text = source + QStringLiteral(": ");
    if (setting.isEmpty()) {
        return text + advice;
    }
    text += setting;
    if (!value.isNull()) {
        text += QStringLiteral(" = \"") + value + QLatin1Char('"');
    }
    text += QLatin1Char(' ') + problem + QLatin1Char('.');
    if (!advice.isEmpty()) {
        text += QLatin1Char(' ') + advice;
    }
    return text;
}

QStringList defaultAllowedHosts()
{
    // Named hosts, not *.nhs.uk: a visitor reaches the services a hub helps with, not every NHS site.
    // Why each host is here is written down in docs/allowlists.md; keep the two in step.
    return {
        QStringLiteral("nhs.uk"),                    // redirects to www.nhs.uk
        QStringLiteral("www.nhs.uk"),                // NHS website: conditions, find a GP, pharmacy or dentist
        QStringLiteral("assets.nhs.uk"),             // images, styles and scripts the NHS website's pages load
        QStringLiteral("111.nhs.uk"),                // NHS 111 online
        QStringLiteral("access.login.nhs.uk"),       // NHS login: sign in and create an account
        QStringLiteral("auth.login.nhs.uk"),         // NHS login: the sign-in service other NHS sites send you to
        QStringLiteral("settings.login.nhs.uk"),     // NHS login: manage your NHS login
        QStringLiteral("www.nhsapp.service.nhs.uk"), // the NHS App in a web browser
        QStringLiteral("www.patientaccess.com"),     // Patient Access (EMIS), a GP online-services supplier
        QStringLiteral("systmonline.tpp-uk.com"),    // SystmOnline (TPP), a GP online-services supplier
    };
}

QStringList defaultVideoHosts()
{
    // Why each host is here is written down in docs/allowlists.md ("Video hosts"); keep the two in step.
    return {
        QStringLiteral("*.attendanywhere.com"), // Attend Anywhere (England) and Near Me (Scotland) waiting areas
        QStringLiteral("accurx.nhs.uk"),        // the links Accurx texts for GP video consultations
        QStringLiteral("*.whereby.com"),        // the video rooms Accurx video consultations open in
        QStringLiteral("teams.microsoft.com"),  // Microsoft Teams appointments from NHSmail, joined in the browser
    };
}

TerminalConfig TerminalConfig::defaults()
{
    TerminalConfig config;
    config.role = Role::Visitor;
    config.hubName = QStringLiteral("Demo Health Hub");
    config.terminalName = QSysInfo::machineHostName().left(settingFor("terminal", "name").max);
    if (config.terminalName.isEmpty()) {
        config.terminalName = QStringLiteral("terminal");
    }
    config.dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                         .filePath(QStringLiteral("healthhub"));
    applySettingDefaults(config); // numbers, switches, languages and with them the default language
    config.allowedHosts = defaultAllowedHosts();
    config.videoHosts = defaultVideoHosts();
    return config;
}

} // namespace HealthHub::Config
