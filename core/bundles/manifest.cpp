// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundles/manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace HealthHub::Bundles {

namespace {
constexpr qsizetype kMaxManifestBytes = 2 * 1024 * 1024;

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

std::optional<Manifest> refuse(QString *problem, const QString &why)
{
    if (problem) {
        *problem = why;
    }
    return std::nullopt;
}
} // namespace

bool Manifest::isSafePath(const QString &path)
{
    static const QRegularExpression allowed(
        QStringLiteral("^(?:(?:content|localhelp)/(?:[A-Za-z0-9_.-]+/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*|settings\\.ini)$"));
    return path.size() <= 200 && !path.contains(QLatin1String("..")) && allowed.match(path).hasMatch();
}

QByteArray Manifest::toJson() const
{
    QJsonArray list;
    for (const FileEntry &file : files) {
        list.append(QJsonObject{{QStringLiteral("path"), file.path},
                                {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)},
                                {QStringLiteral("size"), file.size}});
    }
    QJsonObject object{{QStringLiteral("format"), kFormat},     {QStringLiteral("version"), version},
                       {QStringLiteral("issued"), iso(issued)}, {QStringLiteral("expires"), iso(expires)},
                       {QStringLiteral("scope"), scope},        {QStringLiteral("files"), list}};
    if (!nextKey.isEmpty()) {
        object.insert(QStringLiteral("next_key"), QString::fromLatin1(nextKey.toBase64()));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<Manifest> Manifest::parse(const QByteArray &json, QString *problem)
{
    if (json.size() > kMaxManifestBytes) {
        return refuse(problem, QStringLiteral("the manifest is too big"));
    }
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || object.isEmpty()) {
        return refuse(problem, QStringLiteral("the manifest is not valid JSON"));
    }
    if (object.value(QStringLiteral("format")).toInt() != kFormat) {
        return refuse(problem, QStringLiteral("the manifest's format is not one this program reads"));
    }
    Manifest manifest;
    manifest.version = object.value(QStringLiteral("version")).toInteger(-1);
    manifest.issued = QDateTime::fromString(object.value(QStringLiteral("issued")).toString(), Qt::ISODate);
    manifest.expires = QDateTime::fromString(object.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    manifest.scope = object.value(QStringLiteral("scope")).toString().left(100);
    if (manifest.version < 1 || !manifest.issued.isValid() || !manifest.expires.isValid() ||
        manifest.expires <= manifest.issued) {
        return refuse(problem, QStringLiteral("the manifest's version or dates are missing or wrong"));
    }
    const QJsonArray files = object.value(QStringLiteral("files")).toArray();
    if (files.size() > kMaxFiles) {
        return refuse(problem, QStringLiteral("the manifest names too many files"));
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        FileEntry entry{file.value(QStringLiteral("path")).toString(),
                        file.value(QStringLiteral("sha256")).toString().toLatin1(),
                        file.value(QStringLiteral("size")).toInteger(-1)};
        if (!isSafePath(entry.path) || !hex.match(QString::fromLatin1(entry.sha256)).hasMatch() || entry.size < 0 ||
            entry.size > kMaxFileBytes) {
            return refuse(
                problem,
                QStringLiteral("the manifest names a file that cannot be accepted: %1").arg(entry.path.left(80)));
        }
        manifest.files.append(entry);
    }
    const QString next = object.value(QStringLiteral("next_key")).toString();
    if (!next.isEmpty()) {
        manifest.nextKey = QByteArray::fromBase64(next.toLatin1());
        if (manifest.nextKey.size() != 32) {
            return refuse(problem, QStringLiteral("the manifest's next key is not a public key"));
        }
    }
    return manifest;
}

} // namespace HealthHub::Bundles
