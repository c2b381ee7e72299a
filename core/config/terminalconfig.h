// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/role.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace HealthHub::Config {

/** One thing wrong with the configuration, said plainly enough for a hub admin to fix it. */
struct ConfigError
{
    QString source;  ///< the file, or "command line"
    QString setting; ///< "[visitor] idle_seconds" or "--role"; empty when the whole file is the problem
    QString value;   ///< what was given (null when missing; never a secret: no setting holds one)
    QString problem; ///< "is not allowed", "is missing", "is not a known setting"
    QString advice;  ///< what is allowed, in plain words

    /** The whole message, e.g. `/etc/healthhub/healthhub.ini: [visitor] idle_seconds = "abc" is not allowed. Use…` */
    QString message() const;
};

/**
 * Everything a terminal is told by its configuration file and command line.
 * Values are already validated: code that receives a TerminalConfig can trust every field.
 * Start from defaults(), not a default-constructed one: the built-in values are in the settings table
 * (settingstable.h), written once, and a default-constructed TerminalConfig holds zeros.
 */
struct TerminalConfig
{
    // [terminal]
    Role role = Role::Visitor;
    QString hubName;
    QString terminalName;
    QString dataDir;
    // [visitor]
    QStringList languages;
    QString defaultLanguage;
    QStringList allowedHosts;
    QString contentDir;
    int idleSeconds = 0;
    int warningSeconds = 0;
    bool onScreenKeyboard = false; ///< touch-only terminal: Qt Virtual Keyboard opens for typing
    // [booth]
    QStringList videoHosts;
    QUrl networkTestUrl;
    int minKbps = 0;             ///< the network check's least speed each way (video services' guidance)
    int maxLatencyMs = 0;        ///< the network check's longest round trip to a video host
    QString boothRecordsDir;     ///< records folder to read the booth's next booking from; empty: show none
    QString boothPassphraseFile; ///< owner-only file with the hub passphrase; empty: the systemd credential
    // [console]
    int consoleLockMinutes = 0;
    // [records]
    int retentionMonths = 0;
    // [kiosk]
    QByteArray exitPinHash; ///< the hub lead's exit PIN as a libsodium Argon2id string; empty: no exit from the screen
    int restartAfterSessions = 0; ///< restart the web engine when idle after this many visitors; 0 = never
    // [fleet]
    QUrl bundleUrl;             ///< https folder of the signed bundle; empty: no bundles (docs/bundles.md)
    QStringList trustedKeys;    ///< base64 Ed25519 public keys that may sign bundles
    QString bundleCaFile;       ///< an extra CA for a hub's own https server; empty: the system's
    int bundleCheckMinutes = 0; ///< how often an idle terminal looks for a newer bundle
    // [testing]
    bool allowLoopback = false;

    // From the command line, not the file.
    QString configFile; ///< empty when running on built-in demo defaults
    bool demo = false;
    bool kiosk = false;

    /** The built-in values used for any key a file leaves out, and for the demo. */
    static TerminalConfig defaults();
};

/** Web hosts a visitor may reach when the configuration names none (see docs/allowlists.md). */
QStringList defaultAllowedHosts();
/** Video-call hosts the booth may join when the configuration names none (see docs/allowlists.md). */
QStringList defaultVideoHosts();

} // namespace HealthHub::Config
