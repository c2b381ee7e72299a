// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/settings.h"

#include "core/config/languages.h"
#include "core/config/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryFile>

namespace HealthHub::Config {

namespace {

constexpr int kMinIdleSeconds = 30;
constexpr int kMaxIdleSeconds = 3600;
constexpr int kMinWarningSeconds = 20; // DESIGN.md: a warning of at least 20 seconds
constexpr int kMaxWarningSeconds = 300;
constexpr int kMinLockMinutes = 1;
constexpr int kMaxLockMinutes = 120;
constexpr int kMinRetentionMonths = 1;
constexpr int kMaxRetentionMonths = 120;
constexpr int kMaxHubNameLength = 60;
constexpr int kMinRestartSessions = 0;
constexpr int kMaxRestartSessions = 10000;
constexpr int kMaxTerminalNameLength = 40;
constexpr int kMinKbps = 64;
constexpr int kMaxKbps = 100000;
constexpr int kMinLatencyMs = 20;
constexpr int kMaxLatencyMs = 2000;

QString settingLabel(const char *group, const char *name)
{
    return QStringLiteral("[%1] %2").arg(QLatin1String(group), QLatin1String(name));
}

/** Reads one file through QSettings, turning each key into a typed value or a ConfigError. */
class Reader
{
public:
    /** @p path names the file in messages; @p readFrom is the copy QSettings actually reads. */
    Reader(const QString &path, const QString &readFrom)
        : m_path(path)
        , m_settings(readFrom, QSettings::IniFormat)
    {
    }

    QSettings::Status status() const { return m_settings.status(); }
    QList<ConfigError> &errors() { return m_errors; }

    bool has(const char *group, const char *name) const
    {
        return m_settings.contains(QLatin1String(group) + QLatin1Char('/') + QLatin1String(name));
    }

    /** The raw text of a key; lists QSettings split at commas are joined back. Null when absent. */
    QString text(const char *group, const char *name) const
    {
        const QString key = QLatin1String(group) + QLatin1Char('/') + QLatin1String(name);
        if (!m_settings.contains(key)) {
            return {};
        }
        const QVariant value = m_settings.value(key);
        QString result = value.userType() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(", "))
                                                                     : value.toString();
        result = result.trimmed();
        return result.isNull() ? QStringLiteral("") : result;
    }

    /** Like text(), but a value QSettings split at commas is joined back with bare commas, as it was written. */
    QString rawText(const char *group, const char *name) const
    {
        const QVariant value = m_settings.value(QLatin1String(group) + QLatin1Char('/') + QLatin1String(name));
        const QString result =
            value.userType() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')) : value.toString();
        return result.trimmed();
    }

    QStringList list(const char *group, const char *name) const
    {
        QStringList items;
        const QStringList parts = text(group, name).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString item = part.trimmed();
            if (!item.isEmpty()) {
                items.append(item);
            }
        }
        return items;
    }

    void fail(const char *group, const char *name, const QString &value, const QString &advice)
    {
        m_errors.append({m_path, settingLabel(group, name), value, QStringLiteral("is not allowed"), advice});
    }

    void missing(const char *group, const char *name, const QString &advice)
    {
        m_errors.append({m_path, settingLabel(group, name), QString(), QStringLiteral("is missing"), advice});
    }

    void readInt(const char *group, const char *name, int min, int max, const QString &unit, int *out)
    {
        if (!has(group, name)) {
            return;
        }
        const QString value = text(group, name);
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < min || number > max) {
            fail(group, name, value, QStringLiteral("Use a whole number of %1 from %2 to %3.").arg(unit).arg(min).arg(max));
            return;
        }
        *out = number;
    }

    void checkUnknownKeys()
    {
        const QStringList groups = m_settings.childGroups();
        const QStringList topLevel = m_settings.childKeys();
        for (const QString &key : topLevel) {
            m_errors.append({m_path, key, QString(), QStringLiteral("is outside any section"),
                             QStringLiteral("Put every setting under a section such as [terminal].")});
        }
        for (const QString &group : groups) {
            QStringList known;
            for (const SettingKey &setting : knownSettingKeys()) {
                if (group == QLatin1String(setting.group)) {
                    known.append(QLatin1String(setting.name));
                }
            }
            if (known.isEmpty()) {
                m_errors.append({m_path, QStringLiteral("[%1]").arg(group), QString(),
                                 QStringLiteral("is not a known section"),
                                 QStringLiteral("Known sections: %1.").arg(knownGroups().join(QStringLiteral(", ")))});
                continue;
            }
            m_settings.beginGroup(group);
            const QStringList keys = m_settings.childKeys();
            m_settings.endGroup();
            for (const QString &key : keys) {
                if (!known.contains(key)) {
                    m_errors.append({m_path, QStringLiteral("[%1] %2").arg(group, key), QString(),
                                     QStringLiteral("is not a known setting"),
                                     QStringLiteral("Known settings in [%1]: %2.").arg(group, known.join(QStringLiteral(", ")))});
                }
            }
        }
    }

    static QStringList knownGroups()
    {
        QStringList groups;
        for (const SettingKey &setting : knownSettingKeys()) {
            const QString group = QLatin1String(setting.group);
            if (!groups.contains(group)) {
                groups.append(group);
            }
        }
        return groups;
    }

private:
    QString m_path;
    mutable QSettings m_settings;
    QList<ConfigError> m_errors;
};

bool isValidHostPattern(const QString &host)
{
    // A lower-case DNS name, optionally starting with "*." to allow every subdomain.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
    return pattern.match(host).hasMatch();
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

void readHosts(Reader &reader, const char *group, const char *name, bool allowLoopback, QStringList *out)
{
    if (!reader.has(group, name)) {
        return;
    }
    const QStringList hosts = reader.list(group, name);
    if (hosts.isEmpty()) {
        reader.fail(group, name, reader.text(group, name),
                    QStringLiteral("List at least one host name, like www.nhs.uk, separated by commas."));
        return;
    }
    for (const QString &host : hosts) {
        if (isValidHostPattern(host) || (allowLoopback && isLoopbackHost(host))) {
            continue;
        }
        QString advice = QStringLiteral("Use host names only, like www.nhs.uk or *.nhs.uk, in lower case, "
                                        "separated by commas.");
        if (isLoopbackHost(host)) {
            advice = QStringLiteral("Loopback hosts are only allowed when [testing] allow_loopback = true.");
        }
        reader.fail(group, name, host, advice);
        return;
    }
    *out = hosts;
}

void readAbsoluteDir(Reader &reader, const char *group, const char *name, bool mustExist, QString *out)
{
    if (!reader.has(group, name)) {
        return;
    }
    const QString value = reader.text(group, name);
    if (value.isEmpty() || !QDir::isAbsolutePath(value)) {
        reader.fail(group, name, value, QStringLiteral("Use a full folder path that starts with /."));
        return;
    }
    if (mustExist && !QFileInfo(value).isDir()) {
        reader.fail(group, name, value, QStringLiteral("The folder does not exist. Create it or fix the path."));
        return;
    }
    *out = QDir::cleanPath(value);
}

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

const QList<SettingKey> &knownSettingKeys()
{
    static const QList<SettingKey> keys{
        {"terminal", "role", "what this terminal is: visitor, console or booth (required)"},
        {"terminal", "hub_name", "the hub's name, shown on screen (required)"},
        {"terminal", "name", "this terminal's name in the audit log; default: the computer's host name"},
        {"terminal", "data_dir",
         "folder for the encrypted records and working files; default: ~/.local/share/healthhub"},
        {"visitor", "languages", "language codes offered to visitors, comma-separated; default: all shipped"},
        {"visitor", "default_language", "language each visitor session starts in; default: the first of languages"},
        {"visitor", "allowed_hosts", "web hosts a visitor may open, comma-separated; *.example.org allows subdomains"},
        {"visitor", "content_dir", "a folder of the hub's own task guides that add to or replace the built-in ones"},
        {"visitor", "idle_seconds", "seconds without a touch before the 'are you still there?' warning; 30-3600"},
        {"visitor", "warning_seconds", "seconds the warning counts down before the session resets; 20-300"},
        {"visitor", "on_screen_keyboard", "true on touch-only terminals: an on-screen keyboard opens for typing"},
        {"booth", "video_hosts", "video-call hosts the booth may join, comma-separated"},
        {"booth", "network_test_url", "an https address the network check downloads from and uploads to"},
        {"booth", "min_kbps", "least speed each way the network check accepts, in kilobits per second; 64-100000"},
        {"booth", "max_latency_ms", "longest round trip to a video host the check accepts, in ms; 20-2000"},
        {"booth", "records_dir", "records folder the booth reads its next booking from; default: none (no bookings)"},
        {"booth", "passphrase_file", "owner-only file with the hub passphrase for records_dir; default: the systemd "
                                     "credential hub-passphrase"},
        {"console", "lock_minutes", "minutes without use before the console locks itself; 1-120"},
        {"records", "retention_months", "months a visitor's records are kept before they are removed; 1-120"},
        {"kiosk", "exit_pin_hash", "the hub lead's exit PIN as printed by healthhub admin hash-pin; default: none"},
        {"kiosk", "restart_after_sessions", "restart the web engine when idle after this many visitors; 0-10000"},
        {"testing", "allow_loopback", "true only in test set-ups: lets the web and video lists name localhost"},
    };
    return keys;
}

QString Settings::systemConfigPath()
{
    return QStringLiteral("/etc/healthhub/healthhub.ini");
}

Settings::LoadResult Settings::load(const QString &path)
{
    LoadResult result;
    result.config = TerminalConfig::defaults();
    result.config.configFile = path;

    const QFileInfo info(path);
    if (!info.exists()) {
        result.errors.append({path, QString(), QString(), QString(),
                              QStringLiteral("The configuration file does not exist. Check the path, or leave out "
                                             "--config to use %1.")
                                  .arg(systemConfigPath())});
        return result;
    }
    if (!info.isFile() || !info.isReadable()) {
        result.errors.append({path, QString(), QString(), QString(),
                              QStringLiteral("The configuration file cannot be read. Check that it is a file and "
                                             "that this user may read it.")});
        return result;
    }

    // QSettings' INI reader only knows ';' comments, but admins also write '#'. Check every line first (so a
    // bad line is reported with its number), then hand QSettings a copy with '#' comments turned into ';'.
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly)) {
        result.errors.append({path, QString(), QString(), QString(),
                              QStringLiteral("The configuration file cannot be read: %1.").arg(original.errorString())});
        return result;
    }
    const QByteArray raw = original.readAll();
    QByteArray normalised;
    normalised.reserve(raw.size());
    const QList<QByteArray> lines = raw.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith('#')) {
            line = ";" + line;
        } else if (!trimmed.isEmpty() && !trimmed.startsWith(';') && !trimmed.startsWith('[') && !trimmed.contains('=')) {
            result.errors.append({path, QString(), QString(), QString(),
                                  QStringLiteral("Line %1 is not a [section], a key = value or a comment. Start "
                                                 "comments with # or ;.")
                                      .arg(i + 1)});
        }
        normalised += line + '\n';
    }
    if (!result.errors.isEmpty()) {
        return result;
    }
    QTemporaryFile copy;
    if (!copy.open() || copy.write(normalised) != normalised.size() || !copy.flush()) {
        result.errors.append({path, QString(), QString(), QString(),
                              QStringLiteral("The configuration file could not be checked: no room for a temporary "
                                             "copy.")});
        return result;
    }

    Reader reader(path, copy.fileName());
    if (reader.status() != QSettings::NoError) {
        result.errors.append({path, QString(), QString(), QString(),
                              QStringLiteral("The configuration file is not a valid INI file. Each line must be a "
                                             "[section], a key = value or a comment.")});
        return result;
    }
    reader.checkUnknownKeys();

    TerminalConfig &config = result.config;

    // [testing] first: it changes what the host lists accept.
    if (reader.has("testing", "allow_loopback")) {
        const QString value = reader.text("testing", "allow_loopback").toLower();
        if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1")) {
            config.allowLoopback = true;
        } else if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("0")) {
            config.allowLoopback = false;
        } else {
            reader.fail("testing", "allow_loopback", reader.text("testing", "allow_loopback"),
                        QStringLiteral("Use true or false."));
        }
    }

    if (reader.has("visitor", "on_screen_keyboard")) {
        const QString value = reader.text("visitor", "on_screen_keyboard").toLower();
        if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1")) {
            config.onScreenKeyboard = true;
        } else if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("0")) {
            config.onScreenKeyboard = false;
        } else {
            reader.fail("visitor", "on_screen_keyboard", reader.text("visitor", "on_screen_keyboard"),
                        QStringLiteral("Use true or false."));
        }
    }

    // [terminal]
    if (!reader.has("terminal", "role")) {
        reader.missing("terminal", "role", QStringLiteral("Use one of: visitor, console, booth."));
    } else {
        const QString value = reader.text("terminal", "role");
        if (const auto role = roleFromName(value)) {
            config.role = *role;
        } else {
            reader.fail("terminal", "role", value, QStringLiteral("Use one of: visitor, console, booth."));
        }
    }
    if (!reader.has("terminal", "hub_name")) {
        reader.missing("terminal", "hub_name", QStringLiteral("Give the hub's name, as visitors know it."));
    } else {
        const QString value = reader.text("terminal", "hub_name");
        if (value.isEmpty() || value.size() > kMaxHubNameLength) {
            reader.fail("terminal", "hub_name", value,
                        QStringLiteral("Use a name of 1 to %1 characters.").arg(kMaxHubNameLength));
        } else {
            config.hubName = value;
        }
    }
    if (reader.has("terminal", "name")) {
        static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 _.-]*$"));
        const QString value = reader.text("terminal", "name");
        if (value.size() > kMaxTerminalNameLength || !namePattern.match(value).hasMatch()) {
            reader.fail("terminal", "name", value,
                        QStringLiteral("Use 1 to %1 letters, digits, spaces, dots, dashes or underscores.")
                            .arg(kMaxTerminalNameLength));
        } else {
            config.terminalName = value;
        }
    }
    readAbsoluteDir(reader, "terminal", "data_dir", false, &config.dataDir);

    // [visitor]
    if (reader.has("visitor", "languages")) {
        const QStringList codes = reader.list("visitor", "languages");
        QStringList known;
        for (const Language &language : knownLanguages()) {
            known.append(language.code);
        }
        bool ok = !codes.isEmpty();
        for (const QString &code : codes) {
            if (!known.contains(code)) {
                reader.fail("visitor", "languages", code,
                            QStringLiteral("Use language codes from: %1.").arg(known.join(QStringLiteral(", "))));
                ok = false;
                break;
            }
        }
        if (codes.isEmpty()) {
            reader.fail("visitor", "languages", reader.text("visitor", "languages"),
                        QStringLiteral("List at least one language code, such as en."));
        }
        if (ok) {
            config.languages = codes;
            config.defaultLanguage = codes.first();
        }
    }
    if (reader.has("visitor", "default_language")) {
        const QString value = reader.text("visitor", "default_language");
        if (!config.languages.contains(value)) {
            reader.fail("visitor", "default_language", value,
                        QStringLiteral("Use one of the languages listed in [visitor] languages: %1.")
                            .arg(config.languages.join(QStringLiteral(", "))));
        } else {
            config.defaultLanguage = value;
        }
    }
    readHosts(reader, "visitor", "allowed_hosts", config.allowLoopback, &config.allowedHosts);
    readAbsoluteDir(reader, "visitor", "content_dir", true, &config.contentDir);
    reader.readInt("visitor", "idle_seconds", kMinIdleSeconds, kMaxIdleSeconds, QStringLiteral("seconds"),
                   &config.idleSeconds);
    reader.readInt("visitor", "warning_seconds", kMinWarningSeconds, kMaxWarningSeconds, QStringLiteral("seconds"),
                   &config.warningSeconds);
    if (config.warningSeconds >= config.idleSeconds) {
        reader.fail("visitor", "warning_seconds", QString::number(config.warningSeconds),
                    QStringLiteral("It must be shorter than [visitor] idle_seconds (%1).").arg(config.idleSeconds));
    }

    // [booth]
    readHosts(reader, "booth", "video_hosts", config.allowLoopback, &config.videoHosts);
    if (reader.has("booth", "network_test_url")) {
        const QString value = reader.text("booth", "network_test_url");
        const QUrl url(value, QUrl::StrictMode);
        const bool loopbackHttp = config.allowLoopback && url.scheme() == QLatin1String("http")
                                  && isLoopbackHost(url.host());
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && !loopbackHttp)) {
            reader.fail("booth", "network_test_url", value,
                        QStringLiteral("Use a full https:// address, like https://speedtest.example.org/probe."));
        } else {
            config.networkTestUrl = url;
        }
    }
    reader.readInt("booth", "min_kbps", kMinKbps, kMaxKbps, QStringLiteral("kilobits per second"), &config.minKbps);
    reader.readInt("booth", "max_latency_ms", kMinLatencyMs, kMaxLatencyMs, QStringLiteral("milliseconds"),
                   &config.maxLatencyMs);
    // Not required to exist yet: a booth whose records are missing starts, and shows no bookings.
    readAbsoluteDir(reader, "booth", "records_dir", false, &config.boothRecordsDir);
    if (reader.has("booth", "passphrase_file")) {
        // The path only: the passphrase itself never goes in this file, which everyone may read. A wrong value
        // is not repeated in the message: it may be a passphrase typed in the wrong place.
        const QString value = reader.text("booth", "passphrase_file");
        if (value.isEmpty() || !QDir::isAbsolutePath(value) || value.endsWith(QLatin1Char('/'))) {
            reader.fail("booth", "passphrase_file", QString(),
                        QStringLiteral("Use the full path of a file that starts with /, such as "
                                       "/etc/healthhub/hub-passphrase. Never put the passphrase itself here."));
        } else {
            config.boothPassphraseFile = QDir::cleanPath(value);
        }
    }

    // [console] and [records]
    reader.readInt("console", "lock_minutes", kMinLockMinutes, kMaxLockMinutes, QStringLiteral("minutes"),
                   &config.consoleLockMinutes);
    reader.readInt("records", "retention_months", kMinRetentionMonths, kMaxRetentionMonths,
                   QStringLiteral("months"), &config.retentionMonths);

    // [kiosk]
    if (reader.has("kiosk", "exit_pin_hash")) {
        // QSettings splits an unquoted value at commas, and the hash holds "m=…,t=…,p=…": join it back as written.
        const QString value = reader.rawText("kiosk", "exit_pin_hash");
        if (!value.startsWith(QLatin1String("$argon2id$")) || value.size() > 127) {
            // Not echoed: a PIN typed here by mistake must not reach a log.
            reader.fail("kiosk", "exit_pin_hash", QString(),
                        QStringLiteral("Paste the whole line that healthhub admin hash-pin prints. It starts with "
                                       "$argon2id$."));
        } else {
            config.exitPinHash = value.toLatin1();
        }
    }
    reader.readInt("kiosk", "restart_after_sessions", kMinRestartSessions, kMaxRestartSessions,
                   QStringLiteral("visitor sessions"), &config.restartAfterSessions);

    result.errors = reader.errors();
    if (result.ok()) {
        qCDebug(lcConfig) << "configuration loaded; role" << roleName(config.role);
    }
    return result;
}

bool Settings::save(const TerminalConfig &config, const QString &path, QString *error)
{
    QString text;
    text += QStringLiteral("# Health Hub Kiosk terminal configuration. See docs/configuration.md.\n");
    text += QStringLiteral("[terminal]\nrole = %1\nhub_name = %2\nname = %3\ndata_dir = %4\n\n")
                .arg(roleName(config.role), quoted(config.hubName), quoted(config.terminalName),
                     quoted(config.dataDir));
    text += QStringLiteral("[visitor]\nlanguages = %1\ndefault_language = %2\nallowed_hosts = %3\n")
                .arg(config.languages.join(QStringLiteral(", ")), config.defaultLanguage,
                     config.allowedHosts.join(QStringLiteral(", ")));
    if (!config.contentDir.isEmpty()) {
        text += QStringLiteral("content_dir = %1\n").arg(quoted(config.contentDir));
    }
    text += QStringLiteral("idle_seconds = %1\nwarning_seconds = %2\n").arg(config.idleSeconds).arg(config.warningSeconds);
    if (config.onScreenKeyboard) {
        text += QStringLiteral("on_screen_keyboard = true\n");
    }
    text += QLatin1Char('\n');
    text += QStringLiteral("[booth]\nvideo_hosts = %1\n").arg(config.videoHosts.join(QStringLiteral(", ")));
    if (!config.networkTestUrl.isEmpty()) {
        text += QStringLiteral("network_test_url = %1\n").arg(config.networkTestUrl.toString());
    }
    text += QStringLiteral("min_kbps = %1\nmax_latency_ms = %2\n").arg(config.minKbps).arg(config.maxLatencyMs);
    if (!config.boothRecordsDir.isEmpty()) {
        text += QStringLiteral("records_dir = %1\n").arg(quoted(config.boothRecordsDir));
    }
    if (!config.boothPassphraseFile.isEmpty()) {
        text += QStringLiteral("passphrase_file = %1\n").arg(quoted(config.boothPassphraseFile));
    }
    text += QStringLiteral("\n[console]\nlock_minutes = %1\n\n[records]\nretention_months = %2\n")
                .arg(config.consoleLockMinutes)
                .arg(config.retentionMonths);
    text += QStringLiteral("\n[kiosk]\nrestart_after_sessions = %1\n").arg(config.restartAfterSessions);
    if (!config.exitPinHash.isEmpty()) {
        text += QStringLiteral("exit_pin_hash = %1\n").arg(quoted(QString::fromLatin1(config.exitPinHash)));
    }
    if (config.allowLoopback) {
        text += QStringLiteral("\n[testing]\nallow_loopback = true\n");
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

} // namespace HealthHub::Config
