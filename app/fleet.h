// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bundles/installed.h"

#include <QObject>
#include <QTimer>

namespace HealthHub::Config {
struct TerminalConfig;
}

namespace HealthHub::Bundles {
class Updater;
}

namespace HealthHub::App {

/**
 * This terminal's signed bundles (docs/bundles.md), in <data folder>/bundles: at start a verified pending bundle is
 * swapped in and the configuration points at the running one (its content and its safe settings); while the
 * terminal is idle it looks for a newer one, and says when one waits for the next idle restart.
 */
class Fleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fleet)

public:
    /** Where the bundles of a terminal with @p config live. */
    static QString folderFor(const Config::TerminalConfig &config);
    /**
     * Before anything reads the content: swaps in a pending bundle, then applies the running one to @p config
     * (content folder, and settings.ini checked by the same rules as the terminal's own file). Returns what
     * happened, for the log; nothing changes without [fleet] bundle_url.
     */
    static QStringList applyAtStart(Config::TerminalConfig &config);
    /**
     * For --version: "content: bundle 7 (Leeds city, until 2027-01-03)" (or built-in, or STALE) for the terminal whose
     * configuration the command line names (--config FILE), else the system's; empty without [fleet] bundle_url.
     */
    static QString contentLine(const QStringList &arguments, const QString &systemConfigPath);
    /** The configured trusted keys; unusable ones are left out (the settings reader already refused them). */
    static QList<QByteArray> keysOf(const Config::TerminalConfig &config);

    explicit Fleet(const Config::TerminalConfig &config, QObject *parent = nullptr);
    ~Fleet() override;

    bool isEnabled() const { return m_updater != nullptr; }
    /** "bundle 7 (Leeds city, until …)" or "built-in content", with STALE when it is. */
    QString describe() const;
    /** Starts the periodic check; @p mayCheck says whether the terminal is idle enough for one now. */
    void start(std::function<bool()> mayCheck);
    /** Looks for a newer bundle now (whatever the terminal is doing). */
    void checkNow();

Q_SIGNALS:
    /** A newer bundle is verified and staged: the terminal should restart when nobody is using it. */
    void staged(qint64 version);

private:
    Bundles::Installed m_installed;
    Bundles::Updater *m_updater = nullptr;
    QTimer m_timer;
    std::function<bool()> m_mayCheck;
};

} // namespace HealthHub::App
