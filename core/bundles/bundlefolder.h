// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bundles/manifest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace HealthHub::Bundles {

/**
 * A bundle as a folder of plain files, the way it is published on any https server and kept on a terminal:
 * manifest.json, manifest.sig (base64), and the files the manifest names (content/…, localhelp/…, settings.ini).
 */
class BundleFolder final
{
public:
    static constexpr const char *kManifest = "manifest.json";
    static constexpr const char *kSignature = "manifest.sig";

    struct SignOptions
    {
        qint64 version = 0; ///< 0: one more than the folder's last manifest, else the current time in seconds
        QString scope;
        int validDays = 30;
        QByteArray nextKey; ///< optional successor public key
    };

    /** Hashes every file under @p folder, writes manifest.json and signs it. Empty on success, else why not. */
    static QString sign(const QString &folder, const QByteArray &secretKey, const SignOptions &options,
                        Manifest *made = nullptr);

    struct Checked
    {
        Manifest manifest;
        QByteArray signedBy; ///< the trusted key that verified it
    };
    /**
     * Verifies @p folder completely: the signature by one of @p trustedKeys, the manifest, every file's size and
     * hash, no file the manifest does not name, and settings.ini holding only settings that may be set from afar.
     * nullopt with a plain @p problem otherwise.
     */
    static std::optional<Checked> verify(const QString &folder, const QList<QByteArray> &trustedKeys, QString *problem);
    /** The signature (and the key that made it) of manifest bytes; empty when no trusted key signed them. */
    static QByteArray signer(const QByteArray &manifest, const QByteArray &signatureText,
                             const QList<QByteArray> &trustedKeys);
    /** Empty when the INI text sets only what may be set from afar; else which setting may not be. */
    static QString refusedSetting(const QString &iniFile);
    /** The settings a bundle may set, as "[section] key". */
    static QStringList settableFromAfar();
    /** SHA-256 (hex) and size of a file; empty hash when it cannot be read. */
    static QByteArray sha256Of(const QString &file, qint64 *size);
};

} // namespace HealthHub::Bundles
