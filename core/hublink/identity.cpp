// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hublink/identity.h"

#include "core/hublink/messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace HealthHub::HubLink {

namespace {
constexpr qsizetype kMaxFileBytes = 64 * 1024;
const QString kCaFileName = QStringLiteral("hub-ca.crt");
} // namespace

Identity::~Identity()
{
    password.fill('\0');
}

QString Identity::pathBeside(const QString &configFile)
{
    if (configFile.isEmpty()) {
        return {};
    }
    return QFileInfo(configFile).dir().filePath(QStringLiteral("hub-identity.json"));
}

std::optional<Identity> Identity::load(const QString &path, QString *problem)
{
    auto refuse = [&](const QString &why) {
        if (problem) {
            *problem = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
        }
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    }
    QByteArray bytes = file.read(kMaxFileBytes + 1);
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    bytes.fill('\0');
    if (object.value(QStringLiteral("v")).toInt() != kFormatVersion) {
        return refuse(QStringLiteral("is not a hub join or identity file made by healthhub admin hub"));
    }
    Identity identity;
    identity.hub = object.value(QStringLiteral("hub")).toString();
    identity.host = object.value(QStringLiteral("host")).toString();
    identity.port = object.value(QStringLiteral("port")).toInt();
    identity.terminal = object.value(QStringLiteral("terminal")).toString();
    identity.role = object.value(QStringLiteral("role")).toString();
    identity.password = object.value(QStringLiteral("password")).toString().toUtf8();
    identity.caPem = object.value(QStringLiteral("ca")).toString().toLatin1();
    if (!isValidTerminalName(identity.terminal)) {
        return refuse(QStringLiteral("names no valid terminal"));
    }
    static const QStringList roles{QStringLiteral("kiosk"), QStringLiteral("booth"), QStringLiteral("console")};
    if (!roles.contains(identity.role)) {
        return refuse(QStringLiteral("gives the role \"%1\"; it must be kiosk, booth or console").arg(identity.role));
    }
    if (identity.host.isEmpty() || identity.port < 1 || identity.port > 65535 || identity.password.isEmpty()) {
        return refuse(QStringLiteral("lacks the broker's address, its port or the terminal's password"));
    }
    if (!identity.caPem.startsWith("-----BEGIN CERTIFICATE-----")) {
        return refuse(QStringLiteral("holds no CA certificate"));
    }
    const QString caFile = QFileInfo(path).dir().filePath(kCaFileName);
    identity.caFile = QFileInfo::exists(caFile) ? caFile : QString();
    return identity;
}

QByteArray Identity::toJson() const
{
    const QJsonObject object{{QStringLiteral("v"), kFormatVersion},
                             {QStringLiteral("hub"), hub},
                             {QStringLiteral("host"), host},
                             {QStringLiteral("port"), port},
                             {QStringLiteral("terminal"), terminal},
                             {QStringLiteral("role"), role},
                             {QStringLiteral("password"), QString::fromUtf8(password)},
                             {QStringLiteral("ca"), QString::fromLatin1(caPem)}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace HealthHub::HubLink
