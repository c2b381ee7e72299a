// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A real hub for tests: `HubSetup` (the code behind `healthhub admin hub`) makes the CA, the broker's certificate,
// passwords and ACL in a temporary folder, and a real mosquitto serves them on a free loopback port.

#include "core/hublink/identity.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace HealthHub::HubTest {

class HubFixture final
{
public:
    HubFixture();
    ~HubFixture();
    Q_DISABLE_COPY_MOVE(HubFixture)

    /** Makes the hub and starts its broker; false with problem() when either fails. */
    bool setUp();
    QString problem() const { return m_problem; }
    int port() const { return m_port; }
    QString hubFolder() const;
    QString caFile() const;

    /** Adds a terminal and installs its identity in a folder of its own; returns that identity file ("" on failure). */
    QString addTerminal(const QString &name, const QString &role);
    /** The identity installed by addTerminal(). */
    HubLink::Identity identity(const QString &identityFile) const;
    /** The password of a terminal, for the mosquitto_pub/mosquitto_sub checks. */
    QByteArray passwordOf(const QString &identityFile) const;

    bool startBroker();
    bool isBrokerRunning() const { return m_broker && m_broker->state() != QProcess::NotRunning; }
    /** SIGKILL: no goodbye, no persistence written. */
    void killBroker();
    /** SIGHUP: mosquitto reads its password and ACL files again. */
    void reloadBroker();
    qint64 brokerPid() const;

    /**
     * Runs mosquitto_pub or mosquitto_sub against the broker with the hub's CA (or @p caFile) and, if given, a
     * user; returns the exit code and fills @p output.
     */
    int client(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
               const QString &caFile = {}) const;

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_problem;
    std::unique_ptr<QProcess> m_broker;
};

/** A free TCP port on 127.0.0.1 (bound and released). */
int freeLoopbackPort();

} // namespace HealthHub::HubTest
