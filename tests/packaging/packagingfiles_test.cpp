// SPDX-License-Identifier: GPL-3.0-or-later
// What the package ships beside the program stays true to the program: the default configuration loads,
// every example in it is valid, docs/configuration.md lists exactly the settings the program knows with
// their real defaults, and the man page names every command-line option.

#include "core/config/settings.h"
#include "core/config/settingstable.h"
#include "core/config/terminalconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Config;

class PackagingFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedConfigurationLoads();
    void everyCommentedExampleIsValid_data();
    void everyCommentedExampleIsValid();
    void documentationListsEverySetting();
    void documentedDefaultsMatchTheProgram_data();
    void documentedDefaultsMatchTheProgram();
    void documentedRangesMatchTheProgram_data();
    void documentedRangesMatchTheProgram();
    void manPageNamesEveryOption();
    void docsShowTheInstalledUnits_data();
    void docsShowTheInstalledUnits();
    void linuxOnlyCallsStayInLinuxFiles();

private:
    QString sourceFile(const QString &relative) const;
    static QByteArray readAll(const QString &path);
    /** The rows of the settings table in docs/configuration.md: "[group] name" -> default column. */
    /** Each row of docs/configuration.md's settings table: "[visitor] idle_seconds" to its default and meaning. */
    QMap<QString, QPair<QString, QString>> documentedSettings() const;

    QString m_source;
    QTemporaryDir m_dir;
};

void PackagingFilesTest::initTestCase()
{
    m_source = qEnvironmentVariable("HEALTHHUB_SOURCE_DIR");
    QVERIFY2(QFile::exists(m_source + QStringLiteral("/packaging/healthhub.ini")),
             "HEALTHHUB_SOURCE_DIR must name the source tree");
    QVERIFY(m_dir.isValid());
}

QString PackagingFilesTest::sourceFile(const QString &relative) const
{
    return m_source + QLatin1Char('/') + relative;
}

QByteArray PackagingFilesTest::readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

void PackagingFilesTest::shippedConfigurationLoads()
{
    const Settings::LoadResult loaded = Settings::load(sourceFile(QStringLiteral("packaging/healthhub.ini")));
    QStringList errors;
    for (const ConfigError &error : loaded.errors) {
        errors.append(error.message());
    }
    QVERIFY2(loaded.ok(), qPrintable(errors.join(QLatin1Char('\n'))));
    // A walk-in kiosk that keeps its records in the folder the package makes for the healthhub user.
    QCOMPARE(loaded.config.role, Role::Visitor);
    QCOMPARE(loaded.config.hubName, QStringLiteral("Community Health Hub"));
    QCOMPARE(loaded.config.dataDir, QStringLiteral("/var/lib/healthhub/records"));
    QVERIFY(!loaded.config.allowLoopback);
    QCOMPARE(loaded.config.allowedHosts, defaultAllowedHosts());
    QCOMPARE(loaded.config.videoHosts, defaultVideoHosts());
}

void PackagingFilesTest::everyCommentedExampleIsValid_data()
{
    QTest::addColumn<int>("lineIndex");

    // ";key = value" lines are examples an admin will uncomment: each must be valid on its own.
    static const QRegularExpression example(QStringLiteral("^;([a-z_]+) = "));
    const QList<QByteArray> lines = readAll(sourceFile(QStringLiteral("packaging/healthhub.ini"))).split('\n');
    int found = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = example.match(QString::fromUtf8(lines.at(i)));
        if (match.hasMatch()) {
            QTest::newRow(qPrintable(match.captured(1))) << i;
            ++found;
        }
    }
    QVERIFY2(found >= 5, "the shipped configuration should show the optional settings as comments");
}

void PackagingFilesTest::everyCommentedExampleIsValid()
{
    QFETCH(int, lineIndex);

    QList<QByteArray> lines = readAll(sourceFile(QStringLiteral("packaging/healthhub.ini"))).split('\n');
    QByteArray line = lines.at(lineIndex).mid(1);
    // content_dir names a folder of the hub's own; point the example at one that exists here.
    if (line.startsWith("content_dir = ")) {
        line = "content_dir = " + QFile::encodeName(m_dir.path());
    }
    lines[lineIndex] = line;
    const QString path = m_dir.filePath(QStringLiteral("example%1.ini").arg(lineIndex));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join('\n'));
    file.close();

    const Settings::LoadResult loaded = Settings::load(path);
    QStringList errors;
    for (const ConfigError &error : loaded.errors) {
        errors.append(error.message());
    }
    QVERIFY2(loaded.ok(), qPrintable(errors.join(QLatin1Char('\n'))));
}

QMap<QString, QPair<QString, QString>> PackagingFilesTest::documentedSettings() const
{
    // | `[visitor] idle_seconds` | `120` | Seconds without a touch ... |
    static const QRegularExpression row(QStringLiteral("^\\| `(\\[[a-z]+\\] [a-z_]+)` \\| ([^|]+) \\| (.*)\\|\\s*$"));
    QMap<QString, QPair<QString, QString>> settings;
    const QList<QByteArray> lines = readAll(sourceFile(QStringLiteral("docs/configuration.md"))).split('\n');
    for (const QByteArray &line : lines) {
        const QRegularExpressionMatch match = row.match(QString::fromUtf8(line));
        if (match.hasMatch()) {
            settings.insert(match.captured(1), {match.captured(2).trimmed(), match.captured(3).trimmed()});
        }
    }
    return settings;
}

void PackagingFilesTest::documentationListsEverySetting()
{
    QSet<QString> known;
    for (const Setting &setting : settingsTable()) {
        known.insert(setting.label());
    }
    const auto documented = documentedSettings();
    const QSet<QString> listed(documented.keyBegin(), documented.keyEnd());
    for (const QString &key : std::as_const(known)) {
        QVERIFY2(listed.contains(key), qPrintable(key + QStringLiteral(" is missing from docs/configuration.md")));
    }
    for (const QString &key : listed) {
        QVERIFY2(known.contains(key),
                 qPrintable(key + QStringLiteral(" is in docs/configuration.md but the program does not know it")));
    }
}

void PackagingFilesTest::documentedDefaultsMatchTheProgram_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("inForce"); // what TerminalConfig::defaults() holds, as a saved file writes it

    const TerminalConfig defaults = TerminalConfig::defaults();
    for (const Setting &setting : settingsTable()) {
        if (!setting.defaultText) {
            continue;
        }
        const QString text = QString::fromLatin1(setting.defaultText);
        const QString written = writeSetting(setting, defaults);
        QTest::newRow(setting.name) << setting.label() << QStringLiteral("`%1`").arg(text)
                                    << (written.isNull() ? QStringLiteral("false") : written);
    }
}

void PackagingFilesTest::documentedDefaultsMatchTheProgram()
{
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QFETCH(QString, inForce);

    QCOMPARE(documentedSettings().value(setting).first, expected);
    QCOMPARE(QStringLiteral("`%1`").arg(inForce), expected);
}

void PackagingFilesTest::documentedRangesMatchTheProgram_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("range");

    for (const Setting &setting : settingsTable()) {
        if (setting.max > 0) {
            QTest::newRow(setting.name) << setting.label()
                                        << QStringLiteral("%1 to %2").arg(setting.min).arg(setting.max);
        }
    }
}

void PackagingFilesTest::documentedRangesMatchTheProgram()
{
    QFETCH(QString, setting);
    QFETCH(QString, range);

    const QString meaning = documentedSettings().value(setting).second;
    QVERIFY2(meaning.contains(range), qPrintable(setting + QStringLiteral(": the docs do not say ") + range));
}

void PackagingFilesTest::manPageNamesEveryOption()
{
    const QString binary = qEnvironmentVariable("HEALTHHUB_BINARY");
    QVERIFY2(QFile::exists(binary), "HEALTHHUB_BINARY must name the built healthhub");
    QProcess process;
    process.start(binary, {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());

    const QString manPage = QString::fromUtf8(readAll(sourceFile(QStringLiteral("packaging/healthhub.1"))));
    static const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?--([a-z-]+)"),
                                           QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = option.globalMatch(help); it.hasNext(); ++count) {
        QString name = it.next().captured(1);
        // In roff every "-" of an option is written "\-".
        const QString roff = QStringLiteral("\\-\\-") + name.replace(QLatin1Char('-'), QStringLiteral("\\-"));
        QVERIFY2(manPage.contains(roff), qPrintable(QStringLiteral("man page lacks ") + roff));
    }
    QVERIFY2(count >= 8, qPrintable(QStringLiteral("too few options found in --help:\n") + help));
}

void PackagingFilesTest::docsShowTheInstalledUnits_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("doc");

    // The command lines the docs show are the ones the package installs.
    QTest::newRow("backup service") << "packaging/systemd/healthhub-backup.service"
                                    << "docs/backups.md";
    QTest::newRow("backup timer") << "packaging/systemd/healthhub-backup.timer"
                                  << "docs/backups.md";
}

void PackagingFilesTest::docsShowTheInstalledUnits()
{
    QFETCH(QString, unit);
    QFETCH(QString, doc);

    const QString documentation = QString::fromUtf8(readAll(sourceFile(doc)));
    const QList<QByteArray> lines = readAll(sourceFile(unit)).split('\n');
    int settings = 0;
    for (const QByteArray &line : lines) {
        if (line.startsWith("ExecStart=") || line.startsWith("OnCalendar=") || line.startsWith("User=")) {
            QVERIFY2(documentation.contains(QString::fromUtf8(line)), line.constData());
            ++settings;
        }
    }
    QVERIFY(settings > 0);
}

void PackagingFilesTest::linuxOnlyCallsStayInLinuxFiles()
{
    // Windows and macOS builds stay a recipe away (docs/windows-macos.md) only while Linux-only headers are
    // kept to *_linux.cpp files, which CMake swaps for a portable stand-in elsewhere.
    static const QRegularExpression linuxOnly(
        QStringLiteral("^\\s*#\\s*include\\s*<(systemd/|linux/|sys/(prctl|epoll|inotify|signalfd|timerfd|eventfd|"
                       "sysinfo|vfs|capability|fanotify)\\.h|mntent\\.h|seccomp\\.h)"),
        QRegularExpression::MultilineOption);
    int scanned = 0;
    for (const char *folder : {"app", "kiosk", "ui"}) {
        QDirIterator it(sourceFile(QLatin1String(folder)), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++scanned;
            if (path.contains(QLatin1String("_linux."))) {
                continue;
            }
            const QRegularExpressionMatch match = linuxOnly.match(QString::fromUtf8(readAll(path)));
            QVERIFY2(!match.hasMatch(),
                     qPrintable(path.mid(m_source.size() + 1) + QStringLiteral(" includes ") +
                                match.captured(0).trimmed() + QStringLiteral(": move it into a *_linux.cpp file")));
        }
    }
    QVERIFY(scanned > 10);
}

QTEST_GUILESS_MAIN(PackagingFilesTest)
#include "packagingfiles_test.moc"
