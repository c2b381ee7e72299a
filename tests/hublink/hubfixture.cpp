// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubfixture.h"

#include "core/hublink/hubsetup.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

namespace HealthHub::HubTest {

int freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

HubFixture::HubFixture() = default;

HubFixture::~HubFixture()
{
    killBroker();
}

QString HubFixture::hubFolder() const
{
    return m_dir.filePath(QStringLiteral("hub"));
}

QString HubFixture::caFile() const
{
    return QDir(hubFolder()).filePath(QStringLiteral("ca.crt"));
}

bool HubFixture::setUp()
{
    m_port = freeLoopbackPort();
    HubLink::HubSetup::Options options;
    options.folder = hubFolder();
    options.hubName = QStringLiteral("Test Hub");
    options.hosts = {QStringLiteral("127.0.0.1")};
    options.listen = QStringLiteral("127.0.0.1");
    options.port = m_port;
    options.brokerUser = QStringLiteral("root");
    m_problem = HubLink::HubSetup::init(options);
    if (!m_problem.isEmpty()) {
        return false;
    }
    return startBroker();
}

bool HubFixture::startBroker()
{
    // The generated snippet, plus what the Debian main configuration would give: persistence, and (as the tests
    // run as root) no change of user.
    QFile snippet(QDir(hubFolder()).filePath(QStringLiteral("mosquitto.conf")));
    QFile config(m_dir.filePath(QStringLiteral("broker.conf")));
    if (!snippet.open(QIODevice::ReadOnly) || !config.open(QIODevice::WriteOnly)) {
        m_problem = QStringLiteral("cannot write the broker's configuration");
        return false;
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("persistence"));
    config.write("user root\npersistence true\npersistence_location " +
                 QFile::encodeName(m_dir.filePath(QStringLiteral("persistence"))) +
                 "/\nlog_dest stderr\nlog_type error\nlog_type warning\n");
    config.write(snippet.readAll());
    config.close();
    m_broker = std::make_unique<QProcess>();
    m_broker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_broker->start(QStringLiteral("mosquitto"), {QStringLiteral("-c"), config.fileName()});
    if (!m_broker->waitForStarted(5000)) {
        m_problem = QStringLiteral("mosquitto did not start");
        return false;
    }
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(100)) {
            return true;
        }
        QThread::msleep(50);
    }
    m_problem = QStringLiteral("mosquitto is not listening on port %1").arg(m_port);
    return false;
}

void HubFixture::killBroker()
{
    if (m_broker && m_broker->state() != QProcess::NotRunning) {
        m_broker->kill();
        m_broker->waitForFinished(5000);
    }
}

void HubFixture::reloadBroker()
{
    if (m_broker) {
        ::kill(pid_t(m_broker->processId()), SIGHUP);
        QThread::msleep(300);
    }
}

qint64 HubFixture::brokerPid() const
{
    return m_broker ? m_broker->processId() : 0;
}

QString HubFixture::addTerminal(const QString &name, const QString &role)
{
    const QString joinFile = m_dir.filePath(name + QStringLiteral(".hubjoin"));
    m_problem = HubLink::HubSetup::addTerminal(hubFolder(), name, role, joinFile);
    if (!m_problem.isEmpty()) {
        return {};
    }
    const QString configFolder = m_dir.filePath(QStringLiteral("terminal-") + name);
    m_problem = HubLink::HubSetup::join(joinFile, configFolder);
    if (!m_problem.isEmpty()) {
        return {};
    }
    reloadBroker(); // the new password
    return QDir(configFolder).filePath(QStringLiteral("hub-identity.json"));
}

HubLink::Identity HubFixture::identity(const QString &identityFile) const
{
    QString problem;
    return HubLink::Identity::load(identityFile, &problem).value_or(HubLink::Identity{});
}

QByteArray HubFixture::passwordOf(const QString &identityFile) const
{
    return identity(identityFile).password;
}

int HubFixture::client(const QString &program, const QStringList &arguments, QByteArray *output,
                       const QString &caFile) const
{
    QProcess process;
    process.start(program, QStringList{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                       QString::number(m_port), QStringLiteral("--cafile"),
                                       caFile.isEmpty() ? this->caFile() : caFile} +
                               arguments);
    process.waitForFinished(20000);
    if (output) {
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace HealthHub::HubTest
