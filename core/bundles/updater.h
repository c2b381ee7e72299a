// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <thread>

namespace HealthHub::Bundles {

class Installed;

/**
 * Fetches a newer bundle from [fleet] bundle_url (https only, libcurl, with timeouts) in a thread of its own,
 * verifies it and stages it as pending; the terminal swaps it in at its next idle restart. Every failure (network,
 * a download cut half way, a full disk, a tampered or unsigned file, an older or expired bundle) changes nothing
 * and is said in one plain line.
 */
class Updater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Updater)

public:
    struct Options
    {
        QString url;                   ///< the folder's address; manifest.json is fetched from <url>/manifest.json
        QList<QByteArray> trustedKeys; ///< from the configuration; keys learned by rotation are added
        QString caFile;                ///< extra CA for a hub's own server (tests); empty: the system's
        int connectTimeoutMs = 10000;
        int timeoutMs = 120000; ///< for each file
    };

    Updater(Installed *installed, Options options, QObject *parent = nullptr);
    ~Updater() override;

    /** Starts a check unless one is running. finished() follows. */
    void checkNow();
    bool isBusy() const { return m_busy; }

    struct Result
    {
        bool staged = false;
        qint64 version = 0;
        QString message; ///< plain, for the log
    };
    /** One whole check in the calling thread (what checkNow() runs in its thread). */
    static Result check(Installed &installed, const Options &options);

Q_SIGNALS:
    void finished(bool staged, qint64 version, const QString &message);

private:
    Installed *m_installed = nullptr;
    Options m_options;
    std::thread m_thread;
    std::atomic_bool m_busy{false};
};

} // namespace HealthHub::Bundles
