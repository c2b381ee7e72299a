// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundles/installed.h"

#include "core/bundles/bundlefolder.h"
#include "core/store/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace HealthHub::Bundles {

namespace {
/** Points @p link at @p target in one step: a new link beside it, renamed over the old one. */
bool swapLink(const QString &link, const QString &target)
{
    const QString fresh = link + QStringLiteral(".new");
    QFile::remove(fresh);
    if (!QFile::link(target, fresh)) {
        return false;
    }
    return std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(link).constData()) == 0;
}
} // namespace

Installed::Installed(QString folder)
    : m_folder(std::move(folder))
{}

QString Installed::path(const QString &name) const
{
    return QDir(m_folder).filePath(name);
}

Installed::State Installed::state() const
{
    QFile file(path(QStringLiteral("state.json")));
    State state;
    if (!file.open(QIODevice::ReadOnly)) {
        return state;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.read(1 << 20)).object();
    state.version = object.value(QStringLiteral("version")).toInteger();
    state.issued = QDateTime::fromString(object.value(QStringLiteral("issued")).toString(), Qt::ISODate);
    state.expires = QDateTime::fromString(object.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    state.scope = object.value(QStringLiteral("scope")).toString();
    for (const QJsonValue &key : object.value(QStringLiteral("learned_keys")).toArray()) {
        const QByteArray decoded = QByteArray::fromBase64(key.toString().toLatin1());
        if (decoded.size() == 32) {
            state.learnedKeys.append(decoded);
        }
    }
    return state;
}

bool Installed::writeState(const State &state) const
{
    QJsonArray keys;
    for (const QByteArray &key : state.learnedKeys) {
        keys.append(QString::fromLatin1(key.toBase64()));
    }
    const QJsonObject object{{QStringLiteral("version"), state.version},
                             {QStringLiteral("issued"), state.issued.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("expires"), state.expires.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("scope"), state.scope},
                             {QStringLiteral("learned_keys"), keys}};
    return Store::writePrivateFile(path(QStringLiteral("state.json")), QJsonDocument(object).toJson());
}

QString Installed::currentFolder() const
{
    const QFileInfo current(path(QStringLiteral("current")));
    return current.isSymLink() && current.exists() ? current.canonicalFilePath() : QString();
}

qint64 Installed::pendingVersion() const
{
    const QFileInfo pending(path(QStringLiteral("pending")));
    if (!pending.isSymLink() || !pending.exists()) {
        return 0;
    }
    return QFileInfo(pending.symLinkTarget()).fileName().mid(1).toLongLong();
}

QList<QByteArray> Installed::trustedKeys(const QList<QByteArray> &configured) const
{
    QList<QByteArray> keys = configured;
    for (const QByteArray &key : state().learnedKeys) {
        if (!keys.contains(key)) {
            keys.append(key);
        }
    }
    return keys;
}

bool Installed::isStale(const QDateTime &now) const
{
    const State running = state();
    return running.version > 0 && running.expires.isValid() && running.expires < now;
}

QString Installed::describe(const QDateTime &now) const
{
    const State running = state();
    if (running.version == 0 || currentFolder().isEmpty()) {
        return QStringLiteral("built-in content");
    }
    QString text = QStringLiteral("bundle %1 (%2, until %3)")
                       .arg(running.version)
                       .arg(running.scope, running.expires.toUTC().date().toString(Qt::ISODate));
    if (isStale(now)) {
        text += QStringLiteral(" - STALE: no newer bundle could be fetched before it expired");
    }
    return text;
}

QString Installed::stagingFolder(qint64 version) const
{
    const QString staging = path(QStringLiteral("staging-%1").arg(version));
    QDir(staging).removeRecursively();
    Store::makePrivateFolder(staging);
    return staging;
}

QString Installed::setPending(const QString &stagedFolder, const Manifest &manifest)
{
    const QString name = QStringLiteral("v%1").arg(manifest.version);
    QDir(path(name)).removeRecursively();
    if (!QDir().rename(stagedFolder, path(name)) || !swapLink(path(QStringLiteral("pending")), name)) {
        return QStringLiteral("the staged bundle could not be put in place");
    }
    return {};
}

QString Installed::activatePending(const QList<QByteArray> &configuredKeys)
{
    const qint64 version = pendingVersion();
    if (version == 0) {
        return {};
    }
    const QString name = QStringLiteral("v%1").arg(version);
    State running = state();
    QString problem;
    const auto checked = BundleFolder::verify(path(name), trustedKeys(configuredKeys), &problem);
    QFile::remove(path(QStringLiteral("pending")));
    if (!checked || version <= running.version) {
        QDir(path(name)).removeRecursively();
        return QStringLiteral("bundle %1 was not applied: %2")
            .arg(version)
            .arg(checked ? QStringLiteral("it is not newer than the one running") : problem);
    }
    const QString previous = QFileInfo(currentFolder()).fileName();
    if (!swapLink(path(QStringLiteral("current")), name)) {
        return QStringLiteral("bundle %1 was not applied: the switch failed").arg(version);
    }
    running.version = version;
    running.issued = checked->manifest.issued;
    running.expires = checked->manifest.expires;
    running.scope = checked->manifest.scope;
    if (!checked->manifest.nextKey.isEmpty() && !running.learnedKeys.contains(checked->manifest.nextKey)) {
        running.learnedKeys.append(checked->manifest.nextKey); // signed by a trusted key: its successor is trusted
    }
    writeState(running);
    removeOld(name, previous);
    return QStringLiteral("bundle %1 is now in use").arg(version);
}

void Installed::removeOld(const QString &keep1, const QString &keep2) const
{
    const QStringList versions = QDir(m_folder).entryList({QStringLiteral("v*"), QStringLiteral("staging-*")},
                                                          QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : versions) {
        if (name != keep1 && name != keep2) {
            QDir(path(name)).removeRecursively();
        }
    }
}

} // namespace HealthHub::Bundles
