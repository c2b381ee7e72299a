// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/fleet.h"

#include "core/bundles/signing.h"
#include "core/bundles/updater.h"
#include "core/config/settings.h"
#include "core/config/terminalconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryFile>

namespace HealthHub::App {

namespace {
Q_LOGGING_CATEGORY(lcFleet, "healthhub.fleet", QtInfoMsg)

/**
 * The terminal's own file with the bundle's settings.ini after it, read by the same reader: the bundle's values
 * win, and every range, list and rule is checked exactly as for the terminal's file. Nullopt when they fail.
 */
std::optional<Config::TerminalConfig> withBundleSettings(const Config::TerminalConfig &config, const QString &ini,
                                                         QString *problem)
{
    QFile own(config.configFile);
    QFile bundle(ini);
    QTemporaryFile merged;
    if (!own.open(QIODevice::ReadOnly) || !bundle.open(QIODevice::ReadOnly) || !merged.open()) {
        *problem = QStringLiteral("the settings could not be read");
        return std::nullopt;
    }
    merged.write(own.readAll() + "\n" + bundle.readAll());
    merged.flush();
    Config::Settings::LoadResult loaded = Config::Settings::load(merged.fileName());
    if (!loaded.ok()) {
        *problem = loaded.errors.value(0).message();
        return std::nullopt;
    }
    loaded.config.configFile = config.configFile;
    loaded.config.demo = config.demo;
    loaded.config.kiosk = config.kiosk;
    return loaded.config;
}
} // namespace

QString Fleet::folderFor(const Config::TerminalConfig &config)
{
    return QDir(config.dataDir).filePath(QStringLiteral("bundles"));
}

QList<QByteArray> Fleet::keysOf(const Config::TerminalConfig &config)
{
    QList<QByteArray> keys;
    for (const QString &text : config.trustedKeys) {
        const QByteArray key = Bundles::Signing::publicKeyFromText(text);
        if (!key.isEmpty()) {
            keys.append(key);
        }
    }
    return keys;
}

QStringList Fleet::applyAtStart(Config::TerminalConfig &config)
{
    if (config.bundleUrl.isEmpty() || config.demo) {
        return {};
    }
    QStringList said;
    Bundles::Installed installed(folderFor(config));
    const QString swapped = installed.activatePending(keysOf(config));
    if (!swapped.isEmpty()) {
        said.append(swapped);
    }
    const QString current = installed.currentFolder();
    if (current.isEmpty()) {
        said.append(QStringLiteral("running the built-in content: no bundle has arrived yet"));
        return said;
    }
    if (QFileInfo::exists(QDir(current).filePath(QStringLiteral("content")))) {
        config.contentDir = QDir(current).filePath(QStringLiteral("content"));
    }
    const QString ini = QDir(current).filePath(QStringLiteral("settings.ini"));
    if (QFile::exists(ini) && !config.configFile.isEmpty()) {
        QString problem;
        if (const auto applied = withBundleSettings(config, ini, &problem)) {
            config = *applied;
            config.contentDir = QDir(current).filePath(QStringLiteral("content"));
        } else {
            said.append(QStringLiteral("the bundle's settings were not applied: %1").arg(problem));
        }
    }
    said.append(QStringLiteral("running %1").arg(installed.describe(QDateTime::currentDateTimeUtc())));
    return said;
}

QString Fleet::contentLine(const QStringList &arguments, const QString &systemConfigPath)
{
    QString path = QFileInfo::exists(systemConfigPath) ? systemConfigPath : QString();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--config") && i + 1 < arguments.size()) {
            path = arguments.at(i + 1);
        } else if (arguments.at(i).startsWith(QLatin1String("--config="))) {
            path = arguments.at(i).mid(9);
        }
    }
    if (path.isEmpty()) {
        return {};
    }
    const Config::Settings::LoadResult loaded = Config::Settings::load(path);
    if (!loaded.ok() || loaded.config.bundleUrl.isEmpty()) {
        return {};
    }
    return QStringLiteral("content: %1\n")
        .arg(Bundles::Installed(folderFor(loaded.config)).describe(QDateTime::currentDateTimeUtc()));
}

Fleet::Fleet(const Config::TerminalConfig &config, QObject *parent)
    : QObject(parent)
    , m_installed(folderFor(config))
{
    if (config.bundleUrl.isEmpty() || config.demo) {
        return;
    }
    QDir().mkpath(m_installed.folder());
    Bundles::Updater::Options options;
    options.url = config.bundleUrl.toString();
    options.trustedKeys = keysOf(config);
    options.caFile = config.bundleCaFile;
    m_updater = new Bundles::Updater(&m_installed, options, this);
    m_timer.setInterval(config.bundleCheckMinutes * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_mayCheck || m_mayCheck()) {
            checkNow();
        }
    });
    connect(m_updater, &Bundles::Updater::finished, this, [this](bool staged, qint64 version, const QString &message) {
        qCInfo(lcFleet).noquote() << message;
        if (staged) {
            Q_EMIT this->staged(version);
        }
    });
}

Fleet::~Fleet() = default;

QString Fleet::describe() const
{
    return m_installed.describe(QDateTime::currentDateTimeUtc());
}

void Fleet::start(std::function<bool()> mayCheck)
{
    if (!m_updater) {
        return;
    }
    m_mayCheck = std::move(mayCheck);
    m_timer.start();
    if (m_installed.isStale(QDateTime::currentDateTimeUtc())) {
        qCWarning(lcFleet).noquote() << "content is stale:" << describe();
    }
}

void Fleet::checkNow()
{
    if (m_updater) {
        m_updater->checkNow();
    }
}

} // namespace HealthHub::App
