// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/terminalconfig.h"

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>

namespace HealthHub::Core {

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
    // Why each host is here is written down in docs/allowlists.md; keep the two in step.
    return {
        QStringLiteral("nhs.uk"),                     // NHS website: conditions, services, GP and pharmacy finder
        QStringLiteral("*.nhs.uk"),                   // 111 online, NHS login (*.login.nhs.uk), NHS App web
        QStringLiteral("*.nhsapp.service.nhs.uk"),    // the NHS App in a web browser
        QStringLiteral("patient.emisaccess.co.uk"),   // Patient Access, a GP online-services supplier
        QStringLiteral("systmonline.tpp-uk.com"),     // SystmOnline, a GP online-services supplier
        QStringLiteral("www.patientaccess.com"),      // Patient Access web sign-in
    };
}

QStringList defaultVideoHosts()
{
    // Why each host is here is written down in docs/allowlists.md; keep the two in step.
    return {
        QStringLiteral("*.attendanywhere.com"), // NHS Near Me / Attend Anywhere, used by many hospitals
        QStringLiteral("*.nhs.vc"),             // short links used by Attend Anywhere waiting rooms
        QStringLiteral("*.accurx.com"),         // accuRx video consultations, used by many GP surgeries
        QStringLiteral("teams.microsoft.com"),  // Microsoft Teams appointments in the browser
    };
}

TerminalConfig TerminalConfig::defaults()
{
    TerminalConfig config;
    config.role = Role::Visitor;
    config.hubName = QStringLiteral("Demo Health Hub");
    config.terminalName = QSysInfo::machineHostName().left(40);
    if (config.terminalName.isEmpty()) {
        config.terminalName = QStringLiteral("terminal");
    }
    config.dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                         .filePath(QStringLiteral("healthhub"));
    config.languages = QStringList{QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("ro"),
                                   QStringLiteral("ur"), QStringLiteral("ar"), QStringLiteral("bn"),
                                   QStringLiteral("zh_CN"), QStringLiteral("sk")};
    config.defaultLanguage = QStringLiteral("en");
    config.allowedHosts = defaultAllowedHosts();
    config.videoHosts = defaultVideoHosts();
    return config;
}

} // namespace HealthHub::Core
