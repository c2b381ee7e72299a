// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bundles/manifest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace HealthHub::Bundles {

/**
 * The bundles a terminal holds, in <data folder>/bundles: each verified bundle in its own folder v<version>,
 * "current" (a symbolic link to the one running) and "pending" (one verified and staged, waiting for the next idle
 * restart), and state.json (what runs, until when it is fresh, and the keys learned by rotation). Swaps are one
 * rename(2) of a symbolic link, so a power cut leaves either the old bundle or the new one, never half of each.
 */
class Installed final
{
public:
    struct State
    {
        qint64 version = 0;
        QDateTime issued;
        QDateTime expires;
        QString scope;
        QList<QByteArray> learnedKeys; ///< successors named by bundles signed with a trusted key
    };

    explicit Installed(QString folder);

    const QString &folder() const { return m_folder; }
    State state() const;
    /** The running bundle's folder, or empty when the terminal runs its built-in content. */
    QString currentFolder() const;
    qint64 pendingVersion() const;
    /** The configured keys and those learned by rotation. */
    QList<QByteArray> trustedKeys(const QList<QByteArray> &configured) const;
    /** True when the running bundle's expiry has passed: staff must be told its content is stale. */
    bool isStale(const QDateTime &now) const;
    /** "bundle 7 (Leeds city, until 2027-01-03)" or "built-in content"; with " — STALE" when it is. */
    QString describe(const QDateTime &now) const;

    /** Where a download is staged before it is verified; emptied first. */
    QString stagingFolder(qint64 version) const;
    /** Makes a verified staged folder the pending bundle. Empty on success, else why not. */
    QString setPending(const QString &stagedFolder, const Manifest &manifest);
    /**
     * At start (the idle restart): verifies the pending bundle again and, if it is still good and newer, makes it
     * current. Returns what happened in plain words (empty when there was nothing to do).
     */
    QString activatePending(const QList<QByteArray> &configuredKeys);

private:
    QString path(const QString &name) const;
    bool writeState(const State &state) const;
    void removeOld(const QString &keep1, const QString &keep2) const;

    QString m_folder;
};

} // namespace HealthHub::Bundles
