// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hublink/hubsetup.h"

#include "core/hublink/identity.h"
#include "core/hublink/messages.h"
#include "core/store/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace HealthHub::HubLink {

namespace {

constexpr int kCertificateDays = 3650;
constexpr int kPasswordBytes = 24;
const QStringList kRoles{QStringLiteral("kiosk"), QStringLiteral("booth"), QStringLiteral("console")};

QString path(const QString &folder, const char *name)
{
    return QDir(folder).filePath(QLatin1String(name));
}

/** Runs a tool (openssl, mosquitto_passwd) with @p input on stdin; empty on success, else what went wrong. */
QString runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    const QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty()) {
        return QStringLiteral("%1 is not installed (apt-get install %2)")
            .arg(program,
                 program == QLatin1String("openssl") ? QStringLiteral("openssl") : QStringLiteral("mosquitto"));
    }
    QProcess process;
    process.start(found, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // The tool's own words help the admin; no secret is ever on its command line or in its output.
        return QStringLiteral("%1 failed: %2")
            .arg(program, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    }
    return {};
}

QJsonObject readJson(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object() : QJsonObject();
}

bool writeJson(const QString &file, const QJsonObject &object)
{
    return Store::writePrivateFile(file, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

/** Gives the files the broker reads to its user, when we may (as root). */
void handToBroker(const HubSetup::Options &options, const QStringList &files)
{
    if (::geteuid() != 0) {
        return;
    }
    const QString user = options.brokerUser.isEmpty() ? QStringLiteral("mosquitto") : options.brokerUser;
    for (const QString &file : files) {
        QProcess::execute(QStringLiteral("chown"), {user + QLatin1Char(':') + user, file});
    }
}

QString newPassword()
{
    QByteArray bytes(kPasswordBytes, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    const QByteArray text = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    bytes.fill('\0');
    return QString::fromLatin1(text);
}

QString makeCertificates(const HubSetup::Options &options)
{
    const QString folder = options.folder;
    QString problem =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), path(folder, "ca.key"), QStringLiteral("-out"), path(folder, "ca.crt"),
                 QStringLiteral("-days"), QString::number(kCertificateDays), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Health Hub CA"), QStringLiteral("-addext"),
                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    if (!problem.isEmpty()) {
        return problem;
    }
    QStringList names;
    for (const QString &host : options.hosts) {
        names += (QHostAddress(host).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + host;
    }
    const QString extensions = path(folder, "server.ext");
    if (!Store::writePrivateFile(extensions, QStringLiteral("subjectAltName=%1\nextendedKeyUsage=serverAuth\n"
                                                            "basicConstraints=CA:FALSE\n")
                                                 .arg(names.join(QLatin1Char(',')))
                                                 .toUtf8())) {
        return QStringLiteral("cannot write in %1").arg(folder);
    }
    problem =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), path(folder, "server.key"), QStringLiteral("-out"),
                 path(folder, "server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + options.hosts.first()});
    if (problem.isEmpty()) {
        problem = runTool(QStringLiteral("openssl"),
                          {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                           path(folder, "server.csr"), QStringLiteral("-CA"), path(folder, "ca.crt"),
                           QStringLiteral("-CAkey"), path(folder, "ca.key"), QStringLiteral("-CAcreateserial"),
                           QStringLiteral("-out"), path(folder, "server.crt"), QStringLiteral("-days"),
                           QString::number(kCertificateDays), QStringLiteral("-extfile"), extensions});
    }
    QFile::remove(path(folder, "server.csr"));
    QFile::remove(extensions);
    return problem;
}

/** Rewrites the ACL from terminals.json. */
QString writeAcl(const QString &folder)
{
    const QJsonObject terminals = readJson(path(folder, "terminals.json"));
    QStringList consoles;
    for (auto it = terminals.begin(); it != terminals.end(); ++it) {
        if (it.value().toString() == QLatin1String("console")) {
            consoles.append(it.key());
        }
    }
    return Store::writePrivateFile(path(folder, "acl"), HubSetup::aclFor(consoles).toUtf8())
               ? QString()
               : QStringLiteral("cannot write the ACL file in %1").arg(folder);
}

} // namespace

QString HubSetup::aclFor(const QStringList &consoles)
{
    // Every terminal: its own status and help request, the answers to it, and (a booth) its own bookings.
    QString acl = QStringLiteral("# Made by healthhub admin hub: add-terminal and remove-terminal rewrite it.\n"
                                 "pattern write healthhub/status/%u\n"
                                 "pattern write healthhub/help/%u/request\n"
                                 "pattern read healthhub/help/%u/answer\n"
                                 "pattern read healthhub/booth/%u/bookings\n");
    // Only a console reads every status and request, and writes answers and bookings.
    for (const QString &console : consoles) {
        acl += QStringLiteral("\nuser %1\n"
                              "topic read healthhub/status/#\n"
                              "topic read healthhub/help/+/request\n"
                              "topic readwrite healthhub/help/+/answer\n"
                              "topic readwrite healthhub/booth/+/bookings\n")
                   .arg(console);
    }
    return acl;
}

QString HubSetup::brokerConfig(const Options &options)
{
    const QString folder = QDir(options.folder).absolutePath();
    QString listener = QStringLiteral("listener %1").arg(options.port);
    if (!options.listen.isEmpty()) {
        listener += QLatin1Char(' ') + options.listen;
    }
    return QStringLiteral(
               "# The Health Hub broker, made by `healthhub admin hub init`. Link it into /etc/mosquitto/conf.d/.\n"
               "# TLS only, no anonymous clients, one user per terminal, ACLs by role (docs/hub.md).\n"
               "per_listener_settings false\n"
               "allow_anonymous false\n"
               "password_file %1/passwords\n"
               "acl_file %1/acl\n"
               "# A terminal that is away keeps up to 100 messages; beyond that mosquitto drops the newest QoS 1\n"
               "# messages for it. Terminals republish their state on every connection, so nothing that matters\n"
               "# depends on this queue.\n"
               "max_queued_messages 100\n"
               "max_inflight_messages 20\n"
               "message_size_limit %2\n"
               "%3\n"
               "cafile %1/ca.crt\n"
               "certfile %1/server.crt\n"
               "keyfile %1/server.key\n"
               "tls_version tlsv1.2\n")
        .arg(folder)
        .arg(kMaxPayloadBytes)
        .arg(listener);
}

QString HubSetup::init(const Options &options)
{
    if (options.hosts.isEmpty() || options.hubName.trimmed().isEmpty()) {
        return QStringLiteral("give the hub's name (--name) and the broker's host names (--host)");
    }
    if (QFile::exists(path(options.folder, "ca.key"))) {
        return QStringLiteral("%1 already holds a hub; remove it first to start again").arg(options.folder);
    }
    if (!Store::makePrivateFolder(options.folder)) {
        return QStringLiteral("cannot make the folder %1").arg(options.folder);
    }
    const QString problem = makeCertificates(options);
    if (!problem.isEmpty()) {
        return problem;
    }
    const QJsonObject hub{{QStringLiteral("hub"), options.hubName},
                          {QStringLiteral("host"), options.hosts.first()},
                          {QStringLiteral("port"), options.port},
                          {QStringLiteral("brokerUser"), options.brokerUser}};
    if (!writeJson(path(options.folder, "hub.json"), hub) || !writeJson(path(options.folder, "terminals.json"), {}) ||
        !Store::writePrivateFile(path(options.folder, "passwords"), {}) ||
        !Store::writePrivateFile(path(options.folder, "mosquitto.conf"), brokerConfig(options).toUtf8())) {
        return QStringLiteral("cannot write in %1").arg(options.folder);
    }
    const QString acl = writeAcl(options.folder);
    if (!acl.isEmpty()) {
        return acl;
    }
    Store::makePrivateFile(path(options.folder, "ca.crt"));
    handToBroker(options, {path(options.folder, "server.key"), path(options.folder, "server.crt"),
                           path(options.folder, "ca.crt"), path(options.folder, "passwords"),
                           path(options.folder, "acl"), path(options.folder, "mosquitto.conf")});
    return {};
}

QString HubSetup::addTerminal(const QString &folder, const QString &name, const QString &role, const QString &joinFile)
{
    if (!isValidTerminalName(name)) {
        return QStringLiteral("\"%1\" cannot be a terminal name: use a-z, 0-9 and -, up to 32").arg(name);
    }
    if (!kRoles.contains(role)) {
        return QStringLiteral("the role must be kiosk, booth or console");
    }
    const QJsonObject hub = readJson(path(folder, "hub.json"));
    QFile ca(path(folder, "ca.crt"));
    if (hub.isEmpty() || !ca.open(QIODevice::ReadOnly)) {
        return QStringLiteral("%1 holds no hub: run healthhub admin hub init first").arg(folder);
    }
    Identity identity;
    identity.hub = hub.value(QStringLiteral("hub")).toString();
    identity.host = hub.value(QStringLiteral("host")).toString();
    identity.port = hub.value(QStringLiteral("port")).toInt();
    identity.terminal = name;
    identity.role = role;
    identity.caPem = ca.readAll();
    const QString password = newPassword();
    identity.password = password.toUtf8();
    // mosquitto_passwd reads the password twice from stdin: it is never on a command line.
    QString problem = runTool(QStringLiteral("mosquitto_passwd"), {path(folder, "passwords"), name},
                              (password + QLatin1Char('\n') + password + QLatin1Char('\n')).toUtf8());
    if (!problem.isEmpty()) {
        return problem;
    }
    QJsonObject terminals = readJson(path(folder, "terminals.json"));
    terminals.insert(name, role);
    if (!writeJson(path(folder, "terminals.json"), terminals)) {
        return QStringLiteral("cannot write in %1").arg(folder);
    }
    problem = writeAcl(folder);
    if (problem.isEmpty() && !Store::writePrivateFile(joinFile, identity.toJson())) {
        problem = QStringLiteral("cannot write the join file %1").arg(joinFile);
    }
    return problem;
}

QString HubSetup::removeTerminal(const QString &folder, const QString &name)
{
    QJsonObject terminals = readJson(path(folder, "terminals.json"));
    if (!terminals.contains(name)) {
        return QStringLiteral("the hub has no terminal called \"%1\"").arg(name);
    }
    const QString problem =
        runTool(QStringLiteral("mosquitto_passwd"), {QStringLiteral("-D"), path(folder, "passwords"), name});
    if (!problem.isEmpty()) {
        return problem;
    }
    terminals.remove(name);
    if (!writeJson(path(folder, "terminals.json"), terminals)) {
        return QStringLiteral("cannot write in %1").arg(folder);
    }
    return writeAcl(folder);
}

QStringList HubSetup::terminals(const QString &folder, QString *problem)
{
    const QJsonObject terminals = readJson(path(folder, "terminals.json"));
    if (terminals.isEmpty() && !QFile::exists(path(folder, "terminals.json")) && problem) {
        *problem = QStringLiteral("%1 holds no hub").arg(folder);
    }
    QStringList lines;
    for (auto it = terminals.begin(); it != terminals.end(); ++it) {
        lines.append(it.key() + QLatin1Char(' ') + it.value().toString());
    }
    return lines;
}

QString HubSetup::join(const QString &joinFile, const QString &configFolder)
{
    QString problem;
    const std::optional<Identity> identity = Identity::load(joinFile, &problem);
    if (!identity) {
        return problem;
    }
    // The folder is the terminal's configuration folder, which the kiosk's user must read: only the files are private.
    const QString caFile = QDir(configFolder).filePath(QStringLiteral("hub-ca.crt"));
    const QString identityFile = QDir(configFolder).filePath(QStringLiteral("hub-identity.json"));
    if (!QDir().mkpath(configFolder) || !Store::writePrivateFile(caFile, identity->caPem) ||
        !Store::writePrivateFile(identityFile, identity->toJson())) {
        return QStringLiteral("cannot write in %1").arg(configFolder);
    }
    // The packaged kiosk runs as the user "healthhub": the identity is its own, and no one else's.
    if (::geteuid() == 0 && ::getpwnam("healthhub")) {
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("healthhub:healthhub"), caFile, identityFile});
    }
    return {};
}

} // namespace HealthHub::HubLink
