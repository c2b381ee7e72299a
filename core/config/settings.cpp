// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/settings.h"

#include "core/config/logging.h"
#include "core/config/settingstable.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryFile>

namespace HealthHub::Config {

namespace {

/** Reads one file through QSettings, turning each key of the settings table into a value or a ConfigError. */
class Reader final
{
public:
    /** @p path names the file in messages; @p readFrom is the copy QSettings actually reads. */
    Reader(const QString &path, const QString &readFrom)
        : m_path(path)
        , m_settings(readFrom, QSettings::IniFormat)
    {}

    QSettings::Status status() const { return m_settings.status(); }
    const QList<ConfigError> &errors() const { return m_errors; }

    /** Reads @p setting into @p config if the file has it; a required key the file leaves out is an error. */
    void read(const Setting &setting, TerminalConfig &config)
    {
        const QString key = QLatin1String(setting.group) + QLatin1Char('/') + QLatin1String(setting.name);
        if (!m_settings.contains(key)) {
            if (setting.required) {
                const QString advice =
                    setting.whenMissing ? QString::fromUtf8(setting.whenMissing) : setting.kindAdvice();
                m_errors.append({m_path, setting.label(), QString(), QStringLiteral("is missing"), advice});
            }
            return;
        }
        // QSettings splits an unquoted value at commas. A hash holds "m=…,t=…,p=…": join it back as written;
        // lists are split again by the reader.
        const QVariant value = m_settings.value(key);
        const QString separator = setting.kind == SettingKind::PinHash ? QStringLiteral(",") : QStringLiteral(", ");
        const QString text =
            (value.userType() == QMetaType::QStringList ? value.toStringList().join(separator) : value.toString())
                .trimmed();
        if (const auto problem = readSetting(setting, text.isNull() ? QStringLiteral("") : text, config)) {
            fail(setting, problem->value, problem->advice);
        }
    }

    void fail(const Setting &setting, const QString &value, const QString &advice)
    {
        m_errors.append({m_path, setting.label(), value, QStringLiteral("is not allowed"), advice});
    }

    void checkUnknownKeys()
    {
        const QStringList topLevel = m_settings.childKeys();
        for (const QString &key : topLevel) {
            m_errors.append({m_path, key, QString(), QStringLiteral("is outside any section"),
                             QStringLiteral("Put every setting under a section such as [terminal].")});
        }
        const QStringList groups = m_settings.childGroups();
        for (const QString &group : groups) {
            const QStringList known = knownNames(group);
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
                    m_errors.append(
                        {m_path, QStringLiteral("[%1] %2").arg(group, key), QString(),
                         QStringLiteral("is not a known setting"),
                         QStringLiteral("Known settings in [%1]: %2.").arg(group, known.join(QStringLiteral(", ")))});
                }
            }
        }
    }

private:
    static QStringList knownNames(const QString &group)
    {
        QStringList names;
        for (const Setting &setting : settingsTable()) {
            if (group == QLatin1String(setting.group)) {
                names.append(QLatin1String(setting.name));
            }
        }
        return names;
    }

    static QStringList knownGroups()
    {
        QStringList groups;
        for (const Setting &setting : settingsTable()) {
            const QString group = QLatin1String(setting.group);
            if (!groups.contains(group)) {
                groups.append(group);
            }
        }
        return groups;
    }

    QString m_path;
    mutable QSettings m_settings;
    QList<ConfigError> m_errors;
};

ConfigError fileProblem(const QString &path, const QString &advice)
{
    return {path, QString(), QString(), QString(), advice};
}

/** Why @p info cannot be read as a configuration file, or null when it can. */
QString unreadableReason(const QFileInfo &info)
{
    if (!info.exists()) {
        return QStringLiteral("The configuration file does not exist. Check the path, or leave out --config to use %1.")
            .arg(Settings::systemConfigPath());
    }
    if (!info.isFile() || !info.isReadable()) {
        return QStringLiteral("The configuration file cannot be read. Check that it is a file and that this user may "
                              "read it.");
    }
    return QString();
}

/**
 * QSettings' INI reader only knows ';' comments, but admins also write '#'. Checks every line (so a bad line is
 * reported with its number) and returns a copy with '#' comments turned into ';'.
 */
QByteArray normalisedComments(const QString &path, const QByteArray &raw, QList<ConfigError> *errors)
{
    QByteArray normalised;
    normalised.reserve(raw.size());
    const QList<QByteArray> lines = raw.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith('#')) {
            line = ";" + line;
        } else if (!trimmed.isEmpty() && !trimmed.startsWith(';') && !trimmed.startsWith('[') &&
                   !trimmed.contains('=')) {
            errors->append(fileProblem(path, QStringLiteral("Line %1 is not a [section], a key = value or a comment. "
                                                            "Start comments with # or ;.")
                                                 .arg(i + 1)));
        }
        normalised += line + '\n';
    }
    return normalised;
}

/** Reads every key of the table; [testing] allow_loopback first, as it changes what the host lists accept. */
void readEveryKey(Reader &reader, TerminalConfig &config)
{
    const Setting &loopback = settingFor("testing", "allow_loopback");
    reader.read(loopback, config);
    for (const Setting &setting : settingsTable()) {
        if (&setting != &loopback) {
            reader.read(setting, config);
        }
    }
    // The one rule between two keys: the warning must end before the visitor could have been idle again.
    if (config.warningSeconds >= config.idleSeconds) {
        reader.fail(settingFor("visitor", "warning_seconds"), QString::number(config.warningSeconds),
                    QStringLiteral("It must be shorter than [visitor] idle_seconds (%1).").arg(config.idleSeconds));
    }
}

} // namespace

QString Settings::systemConfigPath()
{
    return QStringLiteral("/etc/healthhub/healthhub.ini");
}

Settings::LoadResult Settings::load(const QString &path)
{
    LoadResult result;
    result.config = TerminalConfig::defaults();
    result.config.configFile = path;

    const QString unreadable = unreadableReason(QFileInfo(path));
    if (!unreadable.isNull()) {
        result.errors.append(fileProblem(path, unreadable));
        return result;
    }
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly)) {
        result.errors.append(fileProblem(
            path, QStringLiteral("The configuration file cannot be read: %1.").arg(original.errorString())));
        return result;
    }
    const QByteArray normalised = normalisedComments(path, original.readAll(), &result.errors);
    if (!result.errors.isEmpty()) {
        return result;
    }
    QTemporaryFile copy;
    if (!copy.open() || copy.write(normalised) != normalised.size() || !copy.flush()) {
        result.errors.append(fileProblem(path, QStringLiteral("The configuration file could not be checked: no room "
                                                              "for a temporary copy.")));
        return result;
    }

    Reader reader(path, copy.fileName());
    if (reader.status() != QSettings::NoError) {
        result.errors.append(fileProblem(path, QStringLiteral("The configuration file is not a valid INI file. Each "
                                                              "line must be a [section], a key = value or a "
                                                              "comment.")));
        return result;
    }
    reader.checkUnknownKeys();
    readEveryKey(reader, result.config);

    result.errors = reader.errors();
    if (result.ok()) {
        qCDebug(lcConfig) << "configuration loaded; role" << roleName(result.config.role);
    }
    return result;
}

bool Settings::save(const TerminalConfig &config, const QString &path, QString *error)
{
    // Every key that holds a value, section by section in the table's order; a section with none is left out.
    QString text = QStringLiteral("# Health Hub Kiosk terminal configuration. See docs/configuration.md.\n");
    QString section;
    QString lines;
    const auto endSection = [&text, &section, &lines] {
        if (!lines.isEmpty()) {
            text += QStringLiteral("\n[%1]\n").arg(section) + lines;
        }
        lines.clear();
    };
    for (const Setting &setting : settingsTable()) {
        if (section != QLatin1String(setting.group)) {
            endSection();
            section = QLatin1String(setting.group);
        }
        const QString value = writeSetting(setting, config);
        if (!value.isNull()) {
            lines += QStringLiteral("%1 = %2\n").arg(QLatin1String(setting.name), value);
        }
    }
    endSection();

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
