// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace HealthHub::Bundles {

/** One file of a bundle: where it goes inside the bundle, its SHA-256 (hex) and its size. */
struct FileEntry
{
    QString path;
    QByteArray sha256;
    qint64 size = 0;
};

/**
 * What a bundle holds, signed as a whole: the exact bytes of manifest.json are what the Ed25519 signature in
 * manifest.sig covers. A terminal never trusts a file the manifest does not name with its hash and size.
 */
struct Manifest
{
    static constexpr int kFormat = 1;
    static constexpr qint64 kMaxFiles = 5000;
    static constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024;

    qint64 version = 0; ///< grows with every bundle; a terminal refuses one that is not newer than what it runs
    QDateTime issued;
    QDateTime expires; ///< after this a terminal says its content is stale
    QString scope;     ///< for people: "Leeds city", "Central Library hub"
    QList<FileEntry> files;
    QByteArray nextKey; ///< optional: the public key (32 bytes) that will sign later bundles (key rotation)

    QByteArray toJson() const;
    /** Reads a manifest; nullopt with a plain @p problem for anything malformed, unsafe or too big. */
    static std::optional<Manifest> parse(const QByteArray &json, QString *problem);
    /** True for a relative path inside the bundle's content, local help or settings (no "..", no absolute). */
    static bool isSafePath(const QString &path);
};

} // namespace HealthHub::Bundles
