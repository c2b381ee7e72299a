// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/settingstable.h"

#include "core/config/languages.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace HealthHub::Config {

namespace {

/** Builds one table entry a property at a time, so each line of the table says what it sets. */
class Entry final
{
public:
    Entry(const char *group, const char *name, SettingKind kind, SettingField field)
    {
        m_setting.group = group;
        m_setting.name = name;
        m_setting.kind = kind;
        m_setting.field = field;
    }

    Entry &range(int min, int max, const char *unit = nullptr)
    {
        m_setting.min = min;
        m_setting.max = max;
        m_setting.unit = unit;
        return *this;
    }
    Entry &byDefault(const char *text)
    {
        m_setting.defaultText = text;
        return *this;
    }
    Entry &required(const char *whenMissing = nullptr)
    {
        m_setting.required = true;
        m_setting.whenMissing = whenMissing;
        return *this;
    }
    Entry &fromAfar()
    {
        m_setting.fromAfar = true;
        return *this;
    }
    Entry &advice(const char *text)
    {
        m_setting.advice = text;
        return *this;
    }
    operator Setting() const { return m_setting; } // NOLINT(google-explicit-constructor): the table's element

private:
    Setting m_setting;
};

using K = SettingKind;
using C = TerminalConfig;

// The order is the documentation's, and the order of the "Known settings" advice.
// clang-format off
const QList<Setting> kTable{
    Entry("terminal", "role", K::Role, &C::role).required(),
    Entry("terminal", "hub_name", K::Name, &C::hubName).range(1, 60).required("Give the hub's name, as visitors know it."),
    Entry("terminal", "name", K::TerminalName, &C::terminalName).range(1, 40),
    Entry("terminal", "data_dir", K::Folder, &C::dataDir),
    Entry("visitor", "languages", K::Languages, &C::languages).byDefault("en, pl, ro, ur, ar, bn, zh_CN, sk").fromAfar(),
    Entry("visitor", "default_language", K::Language, &C::defaultLanguage).fromAfar(),
    Entry("visitor", "allowed_hosts", K::Hosts, &C::allowedHosts).fromAfar(),
    Entry("visitor", "content_dir", K::ExistingFolder, &C::contentDir),
    Entry("visitor", "idle_seconds", K::Number, &C::idleSeconds).range(30, 3600, "seconds").byDefault("120").fromAfar(),
    // DESIGN.md: a warning of at least 20 seconds.
    Entry("visitor", "warning_seconds", K::Number, &C::warningSeconds).range(20, 300, "seconds").byDefault("30").fromAfar(),
    Entry("visitor", "on_screen_keyboard", K::Boolean, &C::onScreenKeyboard).byDefault("false"),
    Entry("booth", "video_hosts", K::Hosts, &C::videoHosts).fromAfar(),
    Entry("booth", "network_test_url", K::HttpsUrl, &C::networkTestUrl),
    // The video services' guidance for the least speed each way.
    Entry("booth", "min_kbps", K::Number, &C::minKbps).range(64, 100000, "kilobits per second").byDefault("350"),
    Entry("booth", "max_latency_ms", K::Number, &C::maxLatencyMs).range(20, 2000, "milliseconds").byDefault("150"),
    // Not required to exist yet: a booth whose records are missing starts, and shows no bookings.
    Entry("booth", "records_dir", K::Folder, &C::boothRecordsDir),
    // The path only: the passphrase itself never goes in this file, which everyone may read.
    Entry("booth", "passphrase_file", K::SecretPath, &C::boothPassphraseFile)
        .advice("Use the full path of a file that starts with /, such as /etc/healthhub/hub-passphrase. Never put "
                "the passphrase itself here."),
    Entry("console", "lock_minutes", K::Number, &C::consoleLockMinutes).range(1, 120, "minutes").byDefault("5"),
    Entry("records", "retention_months", K::Number, &C::retentionMonths).range(1, 120, "months").byDefault("24"),
    Entry("kiosk", "exit_pin_hash", K::PinHash, &C::exitPinHash)
        .advice("Paste the whole line that healthhub admin hash-pin prints. It starts with $argon2id$."),
    Entry("kiosk", "restart_after_sessions", K::Number, &C::restartAfterSessions)
        .range(0, 10000, "visitor sessions").byDefault("200"),
    // Signed bundles (docs/bundles.md): where they are published and who may sign them.
    Entry("fleet", "bundle_url", K::HttpsUrl, &C::bundleUrl),
    Entry("fleet", "trusted_keys", K::PublicKeys, &C::trustedKeys),
    Entry("fleet", "ca_file", K::SecretPath, &C::bundleCaFile)
        .advice("Use the full path of the CA certificate of the hub's own https server, starting with /."),
    Entry("fleet", "check_minutes", K::Number, &C::bundleCheckMinutes).range(5, 1440, "minutes").byDefault("60"),
    Entry("testing", "allow_loopback", K::Boolean, &C::allowLoopback).byDefault("false"),
};
// clang-format on

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

QStringList splitList(const QString &text)
{
    QStringList items;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty()) {
            items.append(item);
        }
    }
    return items;
}

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

template<typename T>
T &fieldOf(const Setting &setting, TerminalConfig &config)
{
    return config.*std::get<T TerminalConfig::*>(setting.field);
}

template<typename T>
const T &fieldOf(const Setting &setting, const TerminalConfig &config)
{
    return config.*std::get<T TerminalConfig::*>(setting.field);
}

using Outcome = std::optional<SettingProblem>;

Outcome wrong(const QString &value, const QString &advice)
{
    return SettingProblem{value, advice};
}

Outcome readFolder(const Setting &setting, const QString &text, TerminalConfig &config)
{
    if (text.isEmpty() || !QDir::isAbsolutePath(text)) {
        return wrong(text, setting.kindAdvice());
    }
    if (setting.kind == SettingKind::ExistingFolder && !QFileInfo(text).isDir()) {
        return wrong(text, QStringLiteral("The folder does not exist. Create it or fix the path."));
    }
    fieldOf<QString>(setting, config) = QDir::cleanPath(text);
    return {};
}

Outcome readLanguages(const Setting &setting, const QString &text, TerminalConfig &config)
{
    const QStringList codes = splitList(text);
    if (codes.isEmpty()) {
        return wrong(text, QStringLiteral("List at least one language code, such as en."));
    }
    for (const QString &code : codes) {
        if (!languageByCode(code)) {
            return wrong(code, setting.kindAdvice());
        }
    }
    fieldOf<QStringList>(setting, config) = codes;
    config.defaultLanguage = codes.first();
    return {};
}

Outcome readHosts(const Setting &setting, const QString &text, TerminalConfig &config)
{
    const QStringList hosts = splitList(text);
    if (hosts.isEmpty()) {
        return wrong(text, QStringLiteral("List at least one host name, like www.nhs.uk, separated by commas."));
    }
    for (const QString &host : hosts) {
        if (isValidHostPattern(host) || (config.allowLoopback && isLoopbackHost(host))) {
            continue;
        }
        if (isLoopbackHost(host)) {
            return wrong(host, QStringLiteral("Loopback hosts are only allowed when [testing] allow_loopback = true."));
        }
        return wrong(host, setting.kindAdvice());
    }
    fieldOf<QStringList>(setting, config) = hosts;
    return {};
}

Outcome readPublicKeys(const Setting &setting, const QString &text, TerminalConfig &config)
{
    const QStringList keys = splitList(text);
    if (keys.isEmpty()) {
        return wrong(text, setting.kindAdvice());
    }
    for (const QString &key : keys) {
        const auto decoded = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            return wrong(key, setting.kindAdvice());
        }
    }
    fieldOf<QStringList>(setting, config) = keys;
    return {};
}

Outcome readUrl(const Setting &setting, const QString &text, TerminalConfig &config)
{
    const QUrl url(text, QUrl::StrictMode);
    const bool loopbackHttp =
        config.allowLoopback && url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && !loopbackHttp)) {
        return wrong(text, setting.kindAdvice());
    }
    fieldOf<QUrl>(setting, config) = url;
    return {};
}

Outcome readNumber(const Setting &setting, const QString &text, TerminalConfig &config)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < setting.min || number > setting.max) {
        return wrong(text, setting.kindAdvice());
    }
    fieldOf<int>(setting, config) = number;
    return {};
}

Outcome readBoolean(const Setting &setting, const QString &text, TerminalConfig &config)
{
    const QString value = text.toLower();
    if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1")) {
        fieldOf<bool>(setting, config) = true;
    } else if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("0")) {
        fieldOf<bool>(setting, config) = false;
    } else {
        return wrong(text, setting.kindAdvice());
    }
    return {};
}

Outcome readText(const Setting &setting, const QString &text, TerminalConfig &config)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 _.-]*$"));
    const bool fits = text.size() >= setting.min && text.size() <= setting.max;
    if (!fits || (setting.kind == SettingKind::TerminalName && !namePattern.match(text).hasMatch())) {
        return wrong(text, setting.kindAdvice());
    }
    fieldOf<QString>(setting, config) = text;
    return {};
}

/** The secret kinds: a wrong value is not repeated, as it may be the secret itself typed in the wrong place. */
Outcome readSecret(const Setting &setting, const QString &text, TerminalConfig &config)
{
    if (setting.kind == SettingKind::PinHash) {
        if (!text.startsWith(QLatin1String("$argon2id$")) || text.size() > 127) {
            return wrong(QString(), setting.kindAdvice());
        }
        fieldOf<QByteArray>(setting, config) = text.toLatin1();
        return {};
    }
    if (text.isEmpty() || !QDir::isAbsolutePath(text) || text.endsWith(QLatin1Char('/'))) {
        return wrong(QString(), setting.kindAdvice());
    }
    fieldOf<QString>(setting, config) = QDir::cleanPath(text);
    return {};
}

QString joined(const QStringList &items)
{
    return items.isEmpty() ? QString() : items.join(QStringLiteral(", "));
}

QString quotedUnlessEmpty(const QString &value)
{
    return value.isEmpty() ? QString() : quoted(value);
}

} // namespace

QString Setting::label() const
{
    return QStringLiteral("[%1] %2").arg(QLatin1String(group), QLatin1String(name));
}

QString Setting::kindAdvice() const
{
    if (advice) {
        return QString::fromUtf8(advice);
    }
    switch (kind) {
    case SettingKind::Role:
        return QStringLiteral("Use one of: %1.")
            .arg(QStringList{roleName(Role::Visitor), roleName(Role::Console), roleName(Role::Booth)}.join(
                QStringLiteral(", ")));
    case SettingKind::Name:
        return QStringLiteral("Use a name of %1 to %2 characters.").arg(min).arg(max);
    case SettingKind::TerminalName:
        return QStringLiteral("Use %1 to %2 letters, digits, spaces, dots, dashes or underscores.").arg(min).arg(max);
    case SettingKind::Folder:
    case SettingKind::ExistingFolder:
        return QStringLiteral("Use a full folder path that starts with /.");
    case SettingKind::Languages: {
        QStringList known;
        for (const Language &language : knownLanguages()) {
            known.append(language.code);
        }
        return QStringLiteral("Use language codes from: %1.").arg(known.join(QStringLiteral(", ")));
    }
    case SettingKind::Language:
        return QStringLiteral("Use one of the languages listed in [visitor] languages.");
    case SettingKind::Hosts:
        return QStringLiteral("Use host names only, like www.nhs.uk or *.nhs.uk, in lower case, separated by commas.");
    case SettingKind::HttpsUrl:
        return QStringLiteral("Use a full https:// address, like https://speedtest.example.org/probe.");
    case SettingKind::Number:
        return QStringLiteral("Use a whole number of %1 from %2 to %3.").arg(QLatin1String(unit)).arg(min).arg(max);
    case SettingKind::Boolean:
        return QStringLiteral("Use true or false.");
    case SettingKind::PublicKeys:
        return QStringLiteral("Use the public keys that healthhub admin bundle keygen prints (44 characters each), "
                              "separated by commas.");
    case SettingKind::SecretPath:
    case SettingKind::PinHash:
        break;
    }
    return QString();
}

const QList<Setting> &settingsTable()
{
    return kTable;
}

const Setting &settingFor(const char *group, const char *name)
{
    for (const Setting &setting : kTable) {
        if (qstrcmp(setting.group, group) == 0 && qstrcmp(setting.name, name) == 0) {
            return setting;
        }
    }
    qFatal("settingFor: [%s] %s is not in the settings table", group, name);
}

std::optional<SettingProblem> readSetting(const Setting &setting, const QString &text, TerminalConfig &config)
{
    switch (setting.kind) {
    case SettingKind::Role:
        if (const auto role = roleFromName(text)) {
            fieldOf<Role>(setting, config) = *role;
            return {};
        }
        return wrong(text, setting.kindAdvice());
    case SettingKind::Name:
    case SettingKind::TerminalName:
        return readText(setting, text, config);
    case SettingKind::Folder:
    case SettingKind::ExistingFolder:
        return readFolder(setting, text, config);
    case SettingKind::Languages:
        return readLanguages(setting, text, config);
    case SettingKind::Language:
        if (!config.languages.contains(text)) {
            return wrong(text, QStringLiteral("Use one of the languages listed in [visitor] languages: %1.")
                                   .arg(config.languages.join(QStringLiteral(", "))));
        }
        fieldOf<QString>(setting, config) = text;
        return {};
    case SettingKind::Hosts:
        return readHosts(setting, text, config);
    case SettingKind::HttpsUrl:
        return readUrl(setting, text, config);
    case SettingKind::Number:
        return readNumber(setting, text, config);
    case SettingKind::Boolean:
        return readBoolean(setting, text, config);
    case SettingKind::PublicKeys:
        return readPublicKeys(setting, text, config);
    case SettingKind::SecretPath:
    case SettingKind::PinHash:
        return readSecret(setting, text, config);
    }
    return {};
}

QString writeSetting(const Setting &setting, const TerminalConfig &config)
{
    switch (setting.kind) {
    case SettingKind::Role:
        return roleName(fieldOf<Role>(setting, config));
    case SettingKind::Name:
    case SettingKind::TerminalName:
    case SettingKind::Folder:
    case SettingKind::ExistingFolder:
    case SettingKind::SecretPath:
        return quotedUnlessEmpty(fieldOf<QString>(setting, config));
    case SettingKind::Language:
        return fieldOf<QString>(setting, config);
    case SettingKind::Languages:
    case SettingKind::Hosts:
    case SettingKind::PublicKeys:
        return joined(fieldOf<QStringList>(setting, config));
    case SettingKind::HttpsUrl:
        return fieldOf<QUrl>(setting, config).toString();
    case SettingKind::Number:
        return QString::number(fieldOf<int>(setting, config));
    case SettingKind::Boolean:
        return fieldOf<bool>(setting, config) ? QStringLiteral("true") : QString();
    case SettingKind::PinHash:
        return quotedUnlessEmpty(QString::fromLatin1(fieldOf<QByteArray>(setting, config)));
    }
    return QString();
}

void applySettingDefaults(TerminalConfig &config)
{
    for (const Setting &setting : kTable) {
        if (setting.defaultText) {
            [[maybe_unused]] const auto problem = readSetting(setting, QLatin1String(setting.defaultText), config);
            Q_ASSERT_X(!problem, "applySettingDefaults", setting.name);
        }
    }
}

} // namespace HealthHub::Config
