// SPDX-License-Identifier: GPL-3.0-or-later
// A terminal and its signed bundles, as the program runs them: a visitor terminal configured with [fleet] finds a
// newer bundle on a loopback https server while idle at home, asks for its restart, and at the next start runs the
// bundle's guides and safe settings; a bundle whose settings break the rules leaves the terminal's own.

#include "app/fleet.h"
#include "app/visitorterminal.h"
#include "core/bundles/bundlefolder.h"
#include "core/bundles/signing.h"
#include "core/config/settings.h"
#include "core/config/visitorpreferences.h"
#include "kiosk/watchdog.h"
#include "tests/kiosk/webtest.h"
#include "tlsfileserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace HealthHub;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class FleetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idleKioskFetchesThenRunsTheBundleAfterItsRestart();
    void bundleSettingsThatBreakTheRulesAreNotApplied();

private:
    QString publish(qint64 version, const QByteArray &settings);
    Config::TerminalConfig loadTerminal();

    QTemporaryDir m_dir;
    BundleTest::TlsFileServer m_server;
    Bundles::Signing::KeyPair m_key;
    QString m_published;
    QString m_ini;
};

void FleetTest::initTestCase()
{
    m_published = m_dir.filePath(QStringLiteral("published"));
    QVERIFY(m_server.start(m_published));
    m_key = Bundles::Signing::generate();
    m_ini = m_dir.filePath(QStringLiteral("etc/healthhub.ini"));
    QVERIFY(writeFile(m_ini, "[terminal]\nrole = visitor\nhub_name = Test Hub\nname = kiosk-1\ndata_dir = " +
                                 QFile::encodeName(m_dir.filePath(QStringLiteral("data"))) +
                                 "\n[visitor]\nidle_seconds = 120\n[fleet]\nbundle_url = " + m_server.url().toUtf8() +
                                 "\ntrusted_keys = " + Bundles::Signing::publicKeyText(m_key.publicKey).toUtf8() +
                                 "\nca_file = " + QFile::encodeName(m_server.caFile()) +
                                 "\ncheck_minutes = 5\n[testing]\nallow_loopback = true\n"));
}

QString FleetTest::publish(qint64 version, const QByteArray &settings)
{
    QDir(m_published).removeRecursively();
    // A real guide from the built-in content, renamed so the test can tell it is the bundle's.
    const QString guide =
        qEnvironmentVariable("HEALTHHUB_SOURCE_DIR") + QStringLiteral("/resources/guides/book-appointment");
    const QString target = QDir(m_published).filePath(QStringLiteral("content/bundle-guide"));
    QDir().mkpath(target);
    QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), guide + QStringLiteral("/."), target});
    writeFile(QDir(m_published).filePath(QStringLiteral("settings.ini")), settings);
    Bundles::BundleFolder::SignOptions options;
    options.version = version;
    options.scope = QStringLiteral("Test city");
    return Bundles::BundleFolder::sign(m_published, m_key.secretKey, options);
}

Config::TerminalConfig FleetTest::loadTerminal()
{
    const Config::Settings::LoadResult loaded = Config::Settings::load(m_ini);
    if (!loaded.ok()) {
        qWarning("%s", qPrintable(loaded.errors.value(0).message()));
    }
    return loaded.config;
}

void FleetTest::idleKioskFetchesThenRunsTheBundleAfterItsRestart()
{
    QCOMPARE(publish(3, "[visitor]\nidle_seconds = 90\nlanguages = en, pl\n"), QString());
    Config::TerminalConfig config = loadTerminal();
    QCOMPARE(config.bundleUrl.toString(), m_server.url());
    QCOMPARE(App::Fleet::applyAtStart(config).value(0),
             QStringLiteral("running the built-in content: no bundle has arrived yet"));

    // The kiosk as the program builds it, idle at its home screen.
    Config::VisitorPreferences preferences(config.defaultLanguage);
    App::VisitorTerminal terminal(App::TerminalContext{config, &preferences, nullptr});
    std::unique_ptr<QWidget> shell(terminal.takeShell());
    shell->show();
    Kiosk::Watchdog watchdog;
    terminal.start(&watchdog);
    auto *fleet = terminal.findChild<App::Fleet *>();
    QVERIFY(fleet && fleet->isEnabled());
    QSignalSpy restart(&terminal, &App::Terminal::restartRequested);
    fleet->checkNow();
    QVERIFY(restart.wait(30000)); // staged, and nobody is here: restart now
    shell.reset();

    // The next start runs the bundle: its guides and its settings.
    Config::TerminalConfig next = loadTerminal();
    const QStringList said = App::Fleet::applyAtStart(next);
    QVERIFY2(said.contains(QStringLiteral("bundle 3 is now in use")), qPrintable(said.join(QLatin1Char('|'))));
    QVERIFY(next.contentDir.endsWith(QStringLiteral("/content")));
    QVERIFY(QFile::exists(QDir(next.contentDir).filePath(QStringLiteral("bundle-guide/task.json"))));
    QCOMPARE(next.idleSeconds, 90);
    QCOMPARE(next.languages, (QStringList{QStringLiteral("en"), QStringLiteral("pl")}));
    QCOMPARE(next.terminalName, QStringLiteral("kiosk-1")); // the terminal's own settings stay

    // And the program says what it runs.
    QProcess version;
    version.start(qEnvironmentVariable("HEALTHHUB_BINARY"),
                  {QStringLiteral("--version"), QStringLiteral("--config"), m_ini});
    QVERIFY(version.waitForFinished(30000));
    const QByteArray out = version.readAllStandardOutput();
    QVERIFY2(out.contains("content: bundle 3 (Test city, until "), out.constData());
}

void FleetTest::bundleSettingsThatBreakTheRulesAreNotApplied()
{
    // 5 seconds is outside idle_seconds' range (30 to 3600): the same rule as for the terminal's own file.
    QCOMPARE(publish(4, "[visitor]\nidle_seconds = 5\n"), QString());
    Config::TerminalConfig config = loadTerminal();
    App::Fleet fleet(config);
    QSignalSpy staged(&fleet, &App::Fleet::staged);
    fleet.checkNow();
    QVERIFY(staged.wait(30000));
    Config::TerminalConfig next = loadTerminal();
    const QStringList said = App::Fleet::applyAtStart(next);
    QVERIFY2(said.join(QLatin1Char('|')).contains(QStringLiteral("settings were not applied")),
             qPrintable(said.join(QLatin1Char('|'))));
    QCOMPARE(next.idleSeconds, 120);
}

HEALTHHUB_WEB_TEST_MAIN(FleetTest)
#include "fleet_test.moc"
