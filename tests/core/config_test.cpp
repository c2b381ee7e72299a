// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal configuration: every good file loads to the right values; every bad file or option is
// refused with its exact plain-English message.

#include "core/config/commandline.h"
#include "core/config/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Config;

class ConfigTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void goodFiles_data();
    void goodFiles();
    void badFiles_data();
    void badFiles();
    void missingFile();
    void everyErrorIsReported();
    void saveThenLoadRoundTrips();
    void commandLine_data();
    void commandLine();
    void systemFileIsUsedWhenPresent();
    void demoWithoutAnyFile();

private:
    QString write(const QByteArray &content);

    QTemporaryDir m_dir;
    int m_count = 0;
};

void ConfigTest::init()
{
    QVERIFY(m_dir.isValid());
}

QString ConfigTest::write(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("terminal%1.ini").arg(++m_count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write test file");
    }
    file.write(content);
    return path;
}

static const QByteArray kMinimal = "[terminal]\nrole = visitor\nhub_name = Leeds Central Library\n";
// Shaped like healthhub admin hash-pin's output (a made-up salt and hash; no PIN is behind it).
static const char kPinHash[] =
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA";

void ConfigTest::goodFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("minimal role") << kMinimal << "role" << QVariant(QStringLiteral("visitor"));
    QTest::newRow("minimal hub name") << kMinimal << "hubName" << QVariant(QStringLiteral("Leeds Central Library"));
    QTest::newRow("default idle") << kMinimal << "idleSeconds" << QVariant(120);
    QTest::newRow("default warning") << kMinimal << "warningSeconds" << QVariant(30);
    QTest::newRow("default retention") << kMinimal << "retentionMonths" << QVariant(24);
    QTest::newRow("console role") << QByteArray("[terminal]\nrole = console\nhub_name = Hub\n") << "role"
                                  << QVariant(QStringLiteral("console"));
    QTest::newRow("booth role") << QByteArray("[terminal]\nrole=booth\nhub_name=Hub\n") << "role"
                                << QVariant(QStringLiteral("booth"));
    QTest::newRow("hub name with comma")
        << QByteArray("[terminal]\nrole = visitor\nhub_name = \"Harehills, Leeds\"\n") << "hubName"
        << QVariant(QStringLiteral("Harehills, Leeds"));
    QTest::newRow("languages") << kMinimal + "[visitor]\nlanguages = pl, en, ur\n" << "languages"
                               << QVariant(QStringList{QStringLiteral("pl"), QStringLiteral("en"), QStringLiteral("ur")});
    QTest::newRow("default language is the first listed")
        << kMinimal + "[visitor]\nlanguages = pl, en\n" << "defaultLanguage" << QVariant(QStringLiteral("pl"));
    QTest::newRow("default language chosen")
        << kMinimal + "[visitor]\nlanguages = pl, en\ndefault_language = en\n" << "defaultLanguage"
        << QVariant(QStringLiteral("en"));
    QTest::newRow("idle and warning") << kMinimal + "[visitor]\nidle_seconds = 90\nwarning_seconds = 20\n"
                                      << "idleSeconds" << QVariant(90);
    QTest::newRow("allowed hosts") << kMinimal + "[visitor]\nallowed_hosts = www.nhs.uk, *.login.nhs.uk\n"
                                   << "allowedHosts"
                                   << QVariant(QStringList{QStringLiteral("www.nhs.uk"), QStringLiteral("*.login.nhs.uk")});
    QTest::newRow("loopback when testing")
        << kMinimal + "[visitor]\nallowed_hosts = 127.0.0.1, localhost\n[testing]\nallow_loopback = true\n"
        << "allowedHosts" << QVariant(QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("localhost")});
    QTest::newRow("video hosts") << kMinimal + "[booth]\nvideo_hosts = *.attendanywhere.com\n" << "videoHosts"
                                 << QVariant(QStringList{QStringLiteral("*.attendanywhere.com")});
    QTest::newRow("network test url") << kMinimal + "[booth]\nnetwork_test_url = https://probe.example.org/x\n"
                                      << "networkTestUrl" << QVariant(QStringLiteral("https://probe.example.org/x"));
    QTest::newRow("default min kbps") << kMinimal << "minKbps" << QVariant(350);
    QTest::newRow("default max latency") << kMinimal << "maxLatencyMs" << QVariant(150);
    QTest::newRow("min kbps") << kMinimal + "[booth]\nmin_kbps = 1500\n" << "minKbps" << QVariant(1500);
    QTest::newRow("max latency") << kMinimal + "[booth]\nmax_latency_ms = 250\n" << "maxLatencyMs" << QVariant(250);
    QTest::newRow("default booth records dir") << kMinimal << "boothRecordsDir" << QVariant(QString());
    QTest::newRow("booth records dir") << kMinimal + "[booth]\nrecords_dir = /var/lib/healthhub/\n"
                                       << "boothRecordsDir" << QVariant(QStringLiteral("/var/lib/healthhub"));
    QTest::newRow("booth passphrase file")
        << kMinimal + "[booth]\nrecords_dir = /var/lib/healthhub\npassphrase_file = /etc/healthhub/hub-passphrase\n"
        << "boothPassphraseFile" << QVariant(QStringLiteral("/etc/healthhub/hub-passphrase"));
    QTest::newRow("data dir") << kMinimal + "data_dir = /var/lib/healthhub\n" << "dataDir"
                              << QVariant(QStringLiteral("/var/lib/healthhub"));
    QTest::newRow("terminal name") << kMinimal + "name = Desk 2\n" << "terminalName" << QVariant(QStringLiteral("Desk 2"));
    QTest::newRow("lock minutes") << kMinimal + "[console]\nlock_minutes = 10\n" << "consoleLockMinutes"
                                  << QVariant(10);
    QTest::newRow("retention") << kMinimal + "[records]\nretention_months = 36\n" << "retentionMonths" << QVariant(36);
    // The hash holds commas ("m=…,t=…,p=…"): unquoted, QSettings splits it; the reader must join it back exactly.
    QTest::newRow("exit pin hash") << kMinimal + "[kiosk]\nexit_pin_hash = " + kPinHash + "\n"
                                   << "exitPinHash" << QVariant(QString::fromLatin1(kPinHash));
    QTest::newRow("exit pin hash quoted") << kMinimal + "[kiosk]\nexit_pin_hash = \"" + kPinHash + "\"\n"
                                          << "exitPinHash" << QVariant(QString::fromLatin1(kPinHash));
    QTest::newRow("no exit pin hash") << kMinimal << "exitPinHash" << QVariant(QString());
    QTest::newRow("restart after sessions") << kMinimal + "[kiosk]\nrestart_after_sessions = 0\n"
                                            << "restartAfterSessions" << QVariant(0);
    QTest::newRow("default restart after sessions") << kMinimal << "restartAfterSessions" << QVariant(200);
    QTest::newRow("no on-screen keyboard by default") << kMinimal << "onScreenKeyboard" << QVariant(false);
    QTest::newRow("on-screen keyboard") << kMinimal + "[visitor]\non_screen_keyboard = true\n" << "onScreenKeyboard"
                                        << QVariant(true);
    QTest::newRow("on-screen keyboard off") << kMinimal + "[visitor]\non_screen_keyboard = no\n"
                                            << "onScreenKeyboard" << QVariant(false);
    QTest::newRow("hash comments")
        << QByteArray("# terminal at the front desk\n[terminal]\n  # role below\nrole = console\n#name = x\nhub_name = Hub\n")
        << "role" << QVariant(QStringLiteral("console"));
    QTest::newRow("comments and blank lines")
        << QByteArray("; hub terminal\n\n[terminal]\n# the role\nrole = booth\n\nhub_name = Hub\n") << "role"
        << QVariant(QStringLiteral("booth"));
}

void ConfigTest::goodFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, field);
    QFETCH(QVariant, expected);

    const Settings::LoadResult result = Settings::load(write(content));
    QStringList messages;
    for (const ConfigError &error : result.errors) {
        messages.append(error.message());
    }
    QVERIFY2(result.ok(), qPrintable(messages.join(QLatin1Char('\n'))));

    const TerminalConfig &c = result.config;
    QVariant actual;
    if (field == QLatin1String("role")) {
        actual = roleName(c.role);
    } else if (field == QLatin1String("hubName")) {
        actual = c.hubName;
    } else if (field == QLatin1String("idleSeconds")) {
        actual = c.idleSeconds;
    } else if (field == QLatin1String("warningSeconds")) {
        actual = c.warningSeconds;
    } else if (field == QLatin1String("retentionMonths")) {
        actual = c.retentionMonths;
    } else if (field == QLatin1String("languages")) {
        actual = c.languages;
    } else if (field == QLatin1String("defaultLanguage")) {
        actual = c.defaultLanguage;
    } else if (field == QLatin1String("allowedHosts")) {
        actual = c.allowedHosts;
    } else if (field == QLatin1String("videoHosts")) {
        actual = c.videoHosts;
    } else if (field == QLatin1String("networkTestUrl")) {
        actual = c.networkTestUrl.toString();
    } else if (field == QLatin1String("minKbps")) {
        actual = c.minKbps;
    } else if (field == QLatin1String("maxLatencyMs")) {
        actual = c.maxLatencyMs;
    } else if (field == QLatin1String("dataDir")) {
        actual = c.dataDir;
    } else if (field == QLatin1String("terminalName")) {
        actual = c.terminalName;
    } else if (field == QLatin1String("consoleLockMinutes")) {
        actual = c.consoleLockMinutes;
    } else if (field == QLatin1String("exitPinHash")) {
        actual = QString::fromLatin1(c.exitPinHash);
    } else if (field == QLatin1String("restartAfterSessions")) {
        actual = c.restartAfterSessions;
    } else if (field == QLatin1String("boothRecordsDir")) {
        actual = c.boothRecordsDir;
    } else if (field == QLatin1String("boothPassphraseFile")) {
        actual = c.boothPassphraseFile;
    } else if (field == QLatin1String("onScreenKeyboard")) {
        actual = c.onScreenKeyboard;
    }
    QVERIFY2(actual.isValid(), qPrintable(QStringLiteral("unknown field %1").arg(field)));
    QCOMPARE(actual, expected);
}

void ConfigTest::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message"); // after "<file>: "

    QTest::newRow("no role") << QByteArray("[terminal]\nhub_name = Hub\n")
                             << "[terminal] role is missing. Use one of: visitor, console, booth.";
    QTest::newRow("bad role") << QByteArray("[terminal]\nrole = kitchen\nhub_name = Hub\n")
                              << "[terminal] role = \"kitchen\" is not allowed. Use one of: visitor, console, booth.";
    QTest::newRow("role wrong case") << QByteArray("[terminal]\nrole = Visitor\nhub_name = Hub\n")
                                     << "[terminal] role = \"Visitor\" is not allowed. Use one of: visitor, console, "
                                        "booth.";
    QTest::newRow("no hub name") << QByteArray("[terminal]\nrole = visitor\n")
                                 << "[terminal] hub_name is missing. Give the hub's name, as visitors know it.";
    QTest::newRow("empty hub name") << QByteArray("[terminal]\nrole = visitor\nhub_name =\n")
                                    << "[terminal] hub_name = \"\" is not allowed. Use a name of 1 to 60 characters.";
    QTest::newRow("bad terminal name") << kMinimal + "name = desk/2\n"
                                       << "[terminal] name = \"desk/2\" is not allowed. Use 1 to 40 letters, digits, "
                                          "spaces, dots, dashes or underscores.";
    QTest::newRow("relative data dir") << kMinimal + "data_dir = data\n"
                                       << "[terminal] data_dir = \"data\" is not allowed. Use a full folder path that "
                                          "starts with /.";
    QTest::newRow("idle not a number") << kMinimal + "[visitor]\nidle_seconds = abc\n"
                                       << "[visitor] idle_seconds = \"abc\" is not allowed. Use a whole number of "
                                          "seconds from 30 to 3600.";
    QTest::newRow("idle too short") << kMinimal + "[visitor]\nidle_seconds = 5\n"
                                    << "[visitor] idle_seconds = \"5\" is not allowed. Use a whole number of seconds "
                                       "from 30 to 3600.";
    QTest::newRow("warning under 20 s") << kMinimal + "[visitor]\nwarning_seconds = 10\n"
                                        << "[visitor] warning_seconds = \"10\" is not allowed. Use a whole number of "
                                           "seconds from 20 to 300.";
    QTest::newRow("warning longer than idle")
        << kMinimal + "[visitor]\nidle_seconds = 60\nwarning_seconds = 90\n"
        << "[visitor] warning_seconds = \"90\" is not allowed. It must be shorter than [visitor] idle_seconds (60).";
    QTest::newRow("unknown language") << kMinimal + "[visitor]\nlanguages = en, klingon\n"
                                      << "[visitor] languages = \"klingon\" is not allowed. Use language codes from: "
                                         "en, pl, ro, ur, ar, bn, zh_CN, sk.";
    QTest::newRow("default language not offered")
        << kMinimal + "[visitor]\nlanguages = en, pl\ndefault_language = ur\n"
        << "[visitor] default_language = \"ur\" is not allowed. Use one of the languages listed in [visitor] "
           "languages: en, pl.";
    QTest::newRow("host with scheme") << kMinimal + "[visitor]\nallowed_hosts = https://www.nhs.uk\n"
                                      << "[visitor] allowed_hosts = \"https://www.nhs.uk\" is not allowed. Use host "
                                         "names only, like www.nhs.uk or *.nhs.uk, in lower case, separated by commas.";
    QTest::newRow("empty host list") << kMinimal + "[visitor]\nallowed_hosts =\n"
                                     << "[visitor] allowed_hosts = \"\" is not allowed. List at least one host name, "
                                        "like www.nhs.uk, separated by commas.";
    QTest::newRow("loopback without testing")
        << kMinimal + "[booth]\nvideo_hosts = localhost\n"
        << "[booth] video_hosts = \"localhost\" is not allowed. Loopback hosts are only allowed when [testing] "
           "allow_loopback = true.";
    QTest::newRow("content dir missing") << kMinimal + "[visitor]\ncontent_dir = /nonexistent/guides\n"
                                         << "[visitor] content_dir = \"/nonexistent/guides\" is not allowed. The "
                                            "folder does not exist. Create it or fix the path.";
    QTest::newRow("plain http test url") << kMinimal + "[booth]\nnetwork_test_url = http://probe.example.org/\n"
                                         << "[booth] network_test_url = \"http://probe.example.org/\" is not allowed. "
                                            "Use a full https:// address, like https://speedtest.example.org/probe.";
    QTest::newRow("min kbps too low") << kMinimal + "[booth]\nmin_kbps = 10\n"
                                      << "[booth] min_kbps = \"10\" is not allowed. Use a whole number of kilobits "
                                         "per second from 64 to 100000.";
    QTest::newRow("max latency not a number") << kMinimal + "[booth]\nmax_latency_ms = fast\n"
                                              << "[booth] max_latency_ms = \"fast\" is not allowed. Use a whole "
                                                 "number of milliseconds from 20 to 2000.";
    QTest::newRow("booth records dir relative") << kMinimal + "[booth]\nrecords_dir = records\n"
                                                << "[booth] records_dir = \"records\" is not allowed. Use a full "
                                                   "folder path that starts with /.";
    // The value is not repeated: it may be the passphrase itself, typed in the wrong place.
    QTest::newRow("booth passphrase in the file")
        << kMinimal + "[booth]\nrecords_dir = /var/lib/healthhub\npassphrase_file = correct horse battery\n"
        << "[booth] passphrase_file is not allowed. Use the full path of a file that starts with /, such as "
           "/etc/healthhub/hub-passphrase. Never put the passphrase itself here.";
    QTest::newRow("lock minutes zero") << kMinimal + "[console]\nlock_minutes = 0\n"
                                       << "[console] lock_minutes = \"0\" is not allowed. Use a whole number of "
                                          "minutes from 1 to 120.";
    QTest::newRow("retention too long") << kMinimal + "[records]\nretention_months = 999\n"
                                        << "[records] retention_months = \"999\" is not allowed. Use a whole number "
                                           "of months from 1 to 120.";
    QTest::newRow("bad keyboard boolean") << kMinimal + "[visitor]\non_screen_keyboard = sometimes\n"
                                          << "[visitor] on_screen_keyboard = \"sometimes\" is not allowed. Use true or false.";
    QTest::newRow("bad boolean") << kMinimal + "[testing]\nallow_loopback = maybe\n"
                                 << "[testing] allow_loopback = \"maybe\" is not allowed. Use true or false.";
    QTest::newRow("exit pin typed as the pin") << kMinimal + "[kiosk]\nexit_pin_hash = 4821\n"
                                               << "[kiosk] exit_pin_hash is not allowed. Paste the whole line that "
                                                  "healthhub admin hash-pin prints. It starts with $argon2id$.";
    QTest::newRow("exit pin hash of another kind")
        << kMinimal + "[kiosk]\nexit_pin_hash = $argon2i$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA\n"
        << "[kiosk] exit_pin_hash is not allowed. Paste the whole line that healthhub admin hash-pin prints. It "
           "starts with $argon2id$.";
    QTest::newRow("exit pin hash empty") << kMinimal + "[kiosk]\nexit_pin_hash =\n"
                                         << "[kiosk] exit_pin_hash is not allowed. Paste the whole line that "
                                            "healthhub admin hash-pin prints. It starts with $argon2id$.";
    QTest::newRow("restart after too many") << kMinimal + "[kiosk]\nrestart_after_sessions = 20000\n"
                                            << "[kiosk] restart_after_sessions = \"20000\" is not allowed. Use a "
                                               "whole number of visitor sessions from 0 to 10000.";
    QTest::newRow("typo in key") << kMinimal + "[visitor]\nidle_secs = 60\n"
                                 << "[visitor] idle_secs is not a known setting. Known settings in [visitor]: "
                                    "languages, default_language, allowed_hosts, content_dir, idle_seconds, "
                                    "warning_seconds, on_screen_keyboard.";
    QTest::newRow("unknown section") << kMinimal + "[screen]\nsize = 10\n"
                                     << "[screen] is not a known section. Known sections: terminal, visitor, booth, "
                                        "console, records, kiosk, fleet, testing.";
    QTest::newRow("line that is not a setting") << kMinimal + "[visitor]\nidle_seconds 60\n"
                                                << "Line 5 is not a [section], a key = value or a comment. Start "
                                                   "comments with # or ;.";
    QTest::newRow("key outside section") << QByteArray("role = visitor\n") + kMinimal
                                         << "role is outside any section. Put every setting under a section such as "
                                            "[terminal].";
}

void ConfigTest::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);

    const QString path = write(content);
    const Settings::LoadResult result = Settings::load(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.constFirst().message(), path + QStringLiteral(": ") + message);
}

void ConfigTest::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("nope.ini"));
    const Settings::LoadResult result = Settings::load(path);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().message(),
             path + QStringLiteral(": The configuration file does not exist. Check the path, or leave out --config "
                                   "to use /etc/healthhub/healthhub.ini."));
}

void ConfigTest::everyErrorIsReported()
{
    // An admin fixing a file should see every problem at once, not one per attempt.
    const Settings::LoadResult result = Settings::load(
        write("[terminal]\nrole = kiosk\n[visitor]\nidle_seconds = x\n[records]\nretention_months = 0\n"));
    QCOMPARE(result.errors.size(), 4);
}

void ConfigTest::saveThenLoadRoundTrips()
{
    TerminalConfig config = TerminalConfig::defaults();
    config.role = Role::Booth;
    config.hubName = QStringLiteral("Chapeltown \"Hub\", Leeds");
    config.terminalName = QStringLiteral("booth-1");
    config.dataDir = m_dir.path();
    config.languages = {QStringLiteral("en"), QStringLiteral("ar")};
    config.defaultLanguage = QStringLiteral("ar");
    config.idleSeconds = 200;
    config.warningSeconds = 45;
    config.videoHosts = {QStringLiteral("*.accurx.com")};
    config.networkTestUrl = QUrl(QStringLiteral("https://probe.example.org/probe"));
    config.retentionMonths = 12;
    config.minKbps = 800;
    config.maxLatencyMs = 120;
    config.exitPinHash = kPinHash;
    config.restartAfterSessions = 50;
    config.boothRecordsDir = QStringLiteral("/var/lib/healthhub");
    config.boothPassphraseFile = QStringLiteral("/etc/healthhub/hub-passphrase");

    const QString path = m_dir.filePath(QStringLiteral("saved.ini"));
    QString error;
    QVERIFY2(Settings::save(config, path, &error), qPrintable(error));
    const Settings::LoadResult loaded = Settings::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.value(0).message()));
    QCOMPARE(loaded.config.role, Role::Booth);
    QCOMPARE(loaded.config.hubName, config.hubName);
    QCOMPARE(loaded.config.terminalName, config.terminalName);
    QCOMPARE(loaded.config.languages, config.languages);
    QCOMPARE(loaded.config.defaultLanguage, config.defaultLanguage);
    QCOMPARE(loaded.config.idleSeconds, 200);
    QCOMPARE(loaded.config.warningSeconds, 45);
    QCOMPARE(loaded.config.videoHosts, config.videoHosts);
    QCOMPARE(loaded.config.networkTestUrl, config.networkTestUrl);
    QCOMPARE(loaded.config.retentionMonths, 12);
    QCOMPARE(loaded.config.minKbps, 800);
    QCOMPARE(loaded.config.maxLatencyMs, 120);
    QCOMPARE(loaded.config.exitPinHash, QByteArray(kPinHash));
    QCOMPARE(loaded.config.restartAfterSessions, 50);
    QCOMPARE(loaded.config.boothRecordsDir, config.boothRecordsDir);
    QCOMPARE(loaded.config.boothPassphraseFile, config.boothPassphraseFile);
}

void ConfigTest::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("expected"); // role on Run, output prefix on PrintExit, message on Fail

    const auto run = int(StartupPlan::Action::Run);
    const auto print = int(StartupPlan::Action::PrintExit);
    const auto fail = int(StartupPlan::Action::Fail);
    QTest::newRow("nothing: demo visitor") << QStringList{} << run << "visitor";
    QTest::newRow("role console") << QStringList{QStringLiteral("--role"), QStringLiteral("console")} << run
                                  << "console";
    QTest::newRow("role booth") << QStringList{QStringLiteral("--role=booth")} << run << "booth";
    QTest::newRow("bad role") << QStringList{QStringLiteral("--role"), QStringLiteral("admin")} << fail
                              << "command line: --role = \"admin\" is not allowed. Use one of: visitor, console, booth.";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << fail
                                    << "command line: Unknown option 'frobnicate'. Run healthhub --help to see the "
                                       "options.";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("visitor")} << fail
                                    << "command line: Unexpected argument \"visitor\". Run healthhub --help to see "
                                       "the options.";
    QTest::newRow("role without value") << QStringList{QStringLiteral("--role")} << fail
                                        << "command line: Missing value after '--role'. Run healthhub --help to see "
                                           "the options.";
    QTest::newRow("bad settle") << QStringList{QStringLiteral("--settle-ms"), QStringLiteral("soon")} << fail
                                << "command line: --settle-ms = \"soon\" is not allowed. Use a whole number of "
                                   "milliseconds from 0 to 60000.";
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << print << "healthhub ";
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << print << "Usage: healthhub [options]";
    QTest::newRow("check demo") << QStringList{QStringLiteral("--check-config")} << print
                                << "No configuration file: ";
}

void ConfigTest::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QString, expected);

    arguments.prepend(QStringLiteral("healthhub"));
    const StartupPlan plan = planStartup(arguments, m_dir.filePath(QStringLiteral("absent.ini")));
    QCOMPARE(int(plan.action), action);
    switch (plan.action) {
    case StartupPlan::Action::Run:
        QCOMPARE(roleName(plan.config.role), expected);
        QVERIFY(plan.config.demo);
        QVERIFY(!plan.config.kiosk);
        break;
    case StartupPlan::Action::PrintExit:
        QVERIFY2(plan.output.startsWith(expected), qPrintable(plan.output));
        break;
    case StartupPlan::Action::Fail:
        QCOMPARE(plan.errorText(), expected);
        break;
    }
}

void ConfigTest::systemFileIsUsedWhenPresent()
{
    const QString path = write("[terminal]\nrole = booth\nhub_name = System Hub\n");
    StartupPlan plan = planStartup({QStringLiteral("healthhub")}, path);
    QCOMPARE(plan.action, StartupPlan::Action::Run);
    QCOMPARE(plan.config.role, Role::Booth);
    QCOMPARE(plan.config.hubName, QStringLiteral("System Hub"));
    QVERIFY(!plan.config.demo);

    // --role overrides the file; --config names another file; --kiosk is only on when asked.
    const QString other = write("[terminal]\nrole = visitor\nhub_name = Other Hub\n");
    plan = planStartup({QStringLiteral("healthhub"), QStringLiteral("--config"), other, QStringLiteral("--role"),
                        QStringLiteral("console"), QStringLiteral("--kiosk")},
                       path);
    QCOMPARE(plan.action, StartupPlan::Action::Run);
    QCOMPARE(plan.config.hubName, QStringLiteral("Other Hub"));
    QCOMPARE(plan.config.role, Role::Console);
    QVERIFY(plan.config.kiosk);

    // --check-config says the file is fine and exits.
    plan = planStartup({QStringLiteral("healthhub"), QStringLiteral("--check-config")}, path);
    QCOMPARE(plan.action, StartupPlan::Action::PrintExit);
    QCOMPARE(plan.output, path + QStringLiteral(" is fine: role booth, hub \"System Hub\".\n"));

    // A broken system file is an error, never a silent fall-back to the demo.
    const QString broken = write("[terminal]\nrole = visitor\n");
    plan = planStartup({QStringLiteral("healthhub")}, broken);
    QCOMPARE(plan.action, StartupPlan::Action::Fail);
    QCOMPARE(plan.errorText(),
             broken + QStringLiteral(": [terminal] hub_name is missing. Give the hub's name, as visitors know it."));
}

void ConfigTest::demoWithoutAnyFile()
{
    const StartupPlan plan = planStartup({QStringLiteral("healthhub"), QStringLiteral("--demo"),
                                          QStringLiteral("--data-dir"), m_dir.path()},
                                         m_dir.filePath(QStringLiteral("absent.ini")));
    QCOMPARE(plan.action, StartupPlan::Action::Run);
    QVERIFY(plan.config.demo);
    QVERIFY(plan.options.dataDirGiven);
    QCOMPARE(plan.config.dataDir, m_dir.path());
    QCOMPARE(plan.config.hubName, QStringLiteral("Demo Health Hub"));
}

QTEST_GUILESS_MAIN(ConfigTest)
#include "config_test.moc"
