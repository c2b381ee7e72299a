// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace HealthHub::HubLink {

/**
 * Sets up a hub's broker and its terminals' identities, for `healthhub admin hub …`. The engine is Debian's
 * mosquitto; the certificates come from the openssl program and the password hashes from mosquitto_passwd, so
 * nothing here is home-made cryptography.
 *
 * The hub folder (on the hub PC, usually /etc/healthhub/hub) holds the hub's CA and the broker's certificate,
 * mosquitto's password and ACL files, the list of terminals (terminals.json) and mosquitto.conf, a snippet for
 * /etc/mosquitto/conf.d. TLS only, no anonymous clients, one user per terminal, ACLs by role with %u patterns.
 */
class HubSetup final
{
public:
    struct Options
    {
        QString folder;    ///< the hub folder
        QString hubName;   ///< for people: "Leeds Central Library"
        QStringList hosts; ///< the names and addresses terminals use for the broker (in its certificate)
        QString listen;    ///< the address the broker listens on; empty: every address
        int port = 8883;
        QString brokerUser; ///< owner of the files the broker reads; empty: "mosquitto" when that user exists
    };

    /** Empty on success, else a plain reason. Refuses to overwrite an existing hub folder's CA. */
    static QString init(const Options &options);
    /**
     * Adds (or renews) terminal @p name with @p role (kiosk, booth, console): a new random password, the ACL
     * rewritten, and a join file at @p joinFile (0600) for `hub join` on that terminal.
     */
    static QString addTerminal(const QString &folder, const QString &name, const QString &role,
                               const QString &joinFile);
    /** Revokes terminal @p name: its password and its ACL lines go. */
    static QString removeTerminal(const QString &folder, const QString &name);
    /** Installs @p joinFile beside the terminal's configuration in @p configFolder (hub-identity.json, hub-ca.crt). */
    static QString join(const QString &joinFile, const QString &configFolder);
    /** Terminals in the hub folder, as "name role" lines (for `hub list`). */
    static QStringList terminals(const QString &folder, QString *problem);

    /** The ACL mosquitto gets for these terminals (name -> role). */
    static QString aclFor(const QStringList &consoles);
    /** The mosquitto.conf snippet for @p options. */
    static QString brokerConfig(const Options &options);
};

} // namespace HealthHub::HubLink
