// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundles/bundlefolder.h"

#include "core/bundles/signing.h"
#include "core/config/settingstable.h"
#include "core/store/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>

namespace HealthHub::Bundles {

namespace {
QByteArray readAll(const QString &file, qint64 limit)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.read(limit) : QByteArray();
}

/** Every file under @p folder as a bundle path, except the manifest and its signature. */
QStringList filesUnder(const QString &folder)
{
    QStringList paths;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(folder).relativeFilePath(it.next());
        if (path != QLatin1String(BundleFolder::kManifest) && path != QLatin1String(BundleFolder::kSignature)) {
            paths.append(path);
        }
    }
    paths.sort();
    return paths;
}
} // namespace

QStringList BundleFolder::settableFromAfar()
{
    // Content and policy only: never a terminal's role, name, data folder, secrets or test switches. Which keys
    // those are is written once, in the settings table.
    QStringList keys;
    for (const Config::Setting &setting : Config::settingsTable()) {
        if (setting.fromAfar) {
            keys.append(setting.label());
        }
    }
    return keys;
}

QString BundleFolder::refusedSetting(const QString &iniFile)
{
    const QSettings ini(iniFile, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        return QStringLiteral("settings.ini cannot be read");
    }
    const QStringList allowed = settableFromAfar();
    for (const QString &key : ini.allKeys()) {
        const QString section = key.section(QLatin1Char('/'), 0, 0);
        const QString name = key.section(QLatin1Char('/'), 1);
        const QString setting =
            name.isEmpty() ? QStringLiteral("[general] ") + section : QStringLiteral("[%1] %2").arg(section, name);
        if (!allowed.contains(setting)) {
            return setting;
        }
    }
    return {};
}

QByteArray BundleFolder::sha256Of(const QString &file, qint64 *size)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in)) {
        return {};
    }
    if (size) {
        *size = in.size();
    }
    return hash.result().toHex();
}

QString BundleFolder::sign(const QString &folder, const QByteArray &secretKey, const SignOptions &options,
                           Manifest *made)
{
    Manifest manifest;
    QString problem;
    const auto previous = Manifest::parse(readAll(QDir(folder).filePath(QLatin1String(kManifest)), 4 << 20), &problem);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    manifest.version = options.version > 0 ? options.version
                       : previous          ? previous->version + 1
                                           : now.toSecsSinceEpoch();
    manifest.issued = now;
    manifest.expires = now.addDays(options.validDays);
    manifest.scope = options.scope;
    manifest.nextKey = options.nextKey;
    for (const QString &path : filesUnder(folder)) {
        if (!Manifest::isSafePath(path)) {
            return QStringLiteral("%1 cannot go in a bundle: only content/…, localhelp/… and settings.ini can")
                .arg(path);
        }
        FileEntry entry{path, {}, 0};
        entry.sha256 = sha256Of(QDir(folder).filePath(path), &entry.size);
        if (entry.sha256.isEmpty()) {
            return QStringLiteral("%1 cannot be read").arg(path);
        }
        manifest.files.append(entry);
    }
    if (QFile::exists(QDir(folder).filePath(QStringLiteral("settings.ini")))) {
        const QString refused = refusedSetting(QDir(folder).filePath(QStringLiteral("settings.ini")));
        if (!refused.isEmpty()) {
            return QStringLiteral("settings.ini sets %1, which cannot be set from afar").arg(refused);
        }
    }
    const QByteArray json = manifest.toJson();
    const QByteArray signature = Signing::sign(json, secretKey);
    if (signature.isEmpty()) {
        return QStringLiteral("the bundle could not be signed (is it a signing key?)");
    }
    if (!Store::writePrivateFile(QDir(folder).filePath(QLatin1String(kManifest)), json) ||
        !Store::writePrivateFile(QDir(folder).filePath(QLatin1String(kSignature)), signature.toBase64() + '\n')) {
        return QStringLiteral("cannot write the manifest in %1").arg(folder);
    }
    // Published files are public: the manifest and its signature must be readable by the web server.
    QFile::setPermissions(QDir(folder).filePath(QLatin1String(kManifest)),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                              QFileDevice::ReadOther);
    QFile::setPermissions(QDir(folder).filePath(QLatin1String(kSignature)),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                              QFileDevice::ReadOther);
    if (made) {
        *made = manifest;
    }
    return {};
}

QByteArray BundleFolder::signer(const QByteArray &manifest, const QByteArray &signatureText,
                                const QList<QByteArray> &trustedKeys)
{
    const QByteArray signature = QByteArray::fromBase64(signatureText.trimmed());
    for (const QByteArray &key : trustedKeys) {
        if (Signing::verify(manifest, signature, key)) {
            return key;
        }
    }
    return {};
}

std::optional<BundleFolder::Checked> BundleFolder::verify(const QString &folder, const QList<QByteArray> &trustedKeys,
                                                          QString *problem)
{
    auto refuse = [&](const QString &why) {
        if (problem) {
            *problem = why;
        }
        return std::nullopt;
    };
    const QByteArray json = readAll(QDir(folder).filePath(QLatin1String(kManifest)), 4 << 20);
    const QByteArray signature = readAll(QDir(folder).filePath(QLatin1String(kSignature)), 1024);
    if (json.isEmpty() || signature.isEmpty()) {
        return refuse(QStringLiteral("the bundle has no manifest or no signature (unsigned)"));
    }
    const QByteArray key = signer(json, signature, trustedKeys);
    if (key.isEmpty()) {
        return refuse(QStringLiteral("the bundle is not signed by a trusted key"));
    }
    QString why;
    const std::optional<Manifest> manifest = Manifest::parse(json, &why);
    if (!manifest) {
        return refuse(why);
    }
    QStringList named;
    for (const FileEntry &file : manifest->files) {
        qint64 size = -1;
        const QByteArray hash = sha256Of(QDir(folder).filePath(file.path), &size);
        if (hash.isEmpty()) {
            return refuse(QStringLiteral("%1 is missing from the bundle").arg(file.path));
        }
        if (size != file.size || hash != file.sha256) {
            return refuse(QStringLiteral("%1 is not the file the manifest signed (changed or damaged)").arg(file.path));
        }
        named.append(file.path);
    }
    for (const QString &path : filesUnder(folder)) {
        if (!named.contains(path)) {
            return refuse(QStringLiteral("%1 is in the bundle but not in its manifest").arg(path));
        }
    }
    if (named.contains(QStringLiteral("settings.ini"))) {
        const QString refused = refusedSetting(QDir(folder).filePath(QStringLiteral("settings.ini")));
        if (!refused.isEmpty()) {
            return refuse(QStringLiteral("the bundle sets %1, which cannot be set from afar").arg(refused));
        }
    }
    return Checked{*manifest, key};
}

} // namespace HealthHub::Bundles
