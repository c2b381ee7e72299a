// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace HealthHub::HubLink {

/**
 * Who this terminal is on the hub's broker, and how to reach it: the join file `healthhub admin hub add-terminal`
 * makes and `hub join` installs beside the terminal's configuration (hub-identity.json, 0600, with the hub's CA
 * certificate in hub-ca.crt next to it). The password is the terminal's own; it never appears in a log.
 */
struct Identity
{
    QString hub;      ///< the hub's name, for people
    QString host;     ///< the broker's host name or address, as in its certificate
    int port = 8883;  ///< TLS only
    QString terminal; ///< this terminal's name: its user name on the broker and its part of every topic
    QString role;     ///< kiosk, booth or console
    QByteArray password;
    QByteArray caPem; ///< the hub's CA certificate (PEM)
    QString caFile;   ///< where caPem is on disk once installed

    ~Identity();

    /** The identity file beside @p configFile (hub-identity.json), or empty when there is no configuration. */
    static QString pathBeside(const QString &configFile);
    /** Reads an identity or join file; nullopt with a plain @p problem (never holding the password). */
    static std::optional<Identity> load(const QString &path, QString *problem);
    /** The file's JSON (with the CA inline): the join file and the installed identity are the same format. */
    QByteArray toJson() const;
};

} // namespace HealthHub::HubLink
