// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's rules over its records give the same answer from the volunteer console (its real screens) and from
// `healthhub admin` (the real binary): the passphrase rule, the retention in force and the purge on opening,
// backups with pruning, and the exit PIN's hash. Each of these once drifted apart between the two.

#include "consoletestsupport.h"
#include "core/hubrecords/exitpin.h"
#include "core/hubrecords/hubrecords.h"
#include "core/hubrecords/passphrasepolicy.h"
#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub;
using namespace HealthHub::ConsoleTest;

namespace {

const QByteArray kPassphrase = "records rules passphrase";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** The real `healthhub admin`, with the passphrase (or the exit PIN) in the environment, as a hub script runs it. */
Run admin(const QStringList &arguments, const QString &config, const QString &dataDir,
          const QByteArray &secret = kPassphrase, const char *variable = "HEALTHHUB_PASSPHRASE")
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(variable), QString::fromUtf8(secret));
    process.setProcessEnvironment(environment);
    QStringList all = QStringList{QStringLiteral("admin")} + arguments;
    if (!config.isEmpty()) {
        all += {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir};
    }
    process.start(qEnvironmentVariable("HEALTHHUB_BINARY"), all);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

/** Records with one visitor seen only on 3 June 2025, and the hub lead's choice of @p leadMonths retention. */
bool makeOldRecords(const QString &dataDir, int leadMonths)
{
    Store::Store store(storeOptions(dataDir));
    if (!store.create(Store::SecureBytes(kPassphrase.constData(), std::size_t(kPassphrase.size()))).ok()) {
        return false;
    }
    Records::Visitor visitor;
    visitor.name = QStringLiteral("Rita");
    const auto id = store.addVisitor({}, visitor);
    Records::AssistedSession session;
    session.startedAt = QDateTime(QDate(2025, 6, 3), QTime(10, 0), Qt::UTC);
    session.visitorId = id.ok() ? id.value() : 0;
    session.tasks = {{QStringLiteral("repeat-prescription"), QStringLiteral("done")}};
    session.notes = QStringLiteral("Ordered online");
    return id.ok() && store.addSession({}, session).ok() && store.setRetentionMonths({}, leadMonths).ok();
}

/** True while Rita's old session is still hers (a purge makes it anonymous: it leaves her record). */
bool oldSessionStillHers(const QString &dataDir)
{
    Store::Store store(storeOptions(dataDir));
    QLoggingCategory::setFilterRules(QStringLiteral("healthhub.*.info=false"));
    // Opened as the store itself, not through the rules, so this look does not purge anything.
    if (!store.unlock(Store::SecureBytes(kPassphrase.constData(), std::size_t(kPassphrase.size()))).ok()) {
        return false;
    }
    const auto exported = store.exportVisitor({}, 1);
    return exported.ok() && exported.value().text.contains(QStringLiteral("Ordered online"));
}

} // namespace

class RecordsRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passphraseRule_data();
    void passphraseRule();
    void retentionInForceAndPurgeOnOpening();
    void backupsArePrunedTheSameWay();
    void exitPinHashFromTheCommandLineOpensTheKiosk();

private:
    QString writeConfig(const QString &folder, int retentionMonths) const;
};

void RecordsRulesTest::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("HEALTHHUB_BINARY")));
}

QString RecordsRulesTest::writeConfig(const QString &folder, int retentionMonths) const
{
    const QString path = QDir(folder).filePath(QStringLiteral("terminal.ini"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("[terminal]\nrole = console\nhub_name = Test Hub\nname = desk\n[records]\nretention_months = " +
                   QByteArray::number(retentionMonths) + "\n");
    }
    return path;
}

void RecordsRulesTest::passphraseRule_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("allowed");
    // The console once allowed 10 characters and the command line asked for 12; length counts characters.
    QTest::newRow("10 letters") << QStringLiteral("abcdefghij") << false;
    QTest::newRow("11 letters") << QStringLiteral("abcdefghijk") << false;
    QTest::newRow("12 letters") << QStringLiteral("abcdefghijkl") << true;
    QTest::newRow("11 accented letters, 22 bytes") << QStringLiteral("ééééééééééé") << false;
    QTest::newRow("12 accented letters") << QStringLiteral("éééééééééééé") << true;
}

void RecordsRulesTest::passphraseRule()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, allowed);
    QTemporaryDir dir;

    // The console's first-run screen, typed and tapped.
    const QString consoleData = dir.filePath(QStringLiteral("console"));
    Rig rig(config(consoleData), storeOptions(consoleData));
    rig.shell.show();
    QCOMPARE(rig.shell.currentScreen(), QStringLiteral("consoleSetup"));
    for (const char *field : {"setupPassphrase", "setupPassphraseRepeat"}) {
        find<QLineEdit>(&rig.shell, QLatin1String(field))->setText(passphrase);
    }
    find<QLineEdit>(&rig.shell, QStringLiteral("setupLeadName"))->setText(QStringLiteral("Robin"));
    find<QLineEdit>(&rig.shell, QStringLiteral("setupPin"))->setText(QStringLiteral("4321"));
    find<QLineEdit>(&rig.shell, QStringLiteral("setupPinRepeat"))->setText(QStringLiteral("4321"));
    Tapper tapper;
    tapper.tap(find<QPushButton>(&rig.shell, QStringLiteral("createRecordsButton")));
    const bool consoleAllowed = rig.store.exists();
    const QString consoleMessage = find<QLabel>(&rig.shell, QStringLiteral("setupMessage"))->text();

    // `healthhub admin init` with the same passphrase.
    const QString cliData = dir.filePath(QStringLiteral("cli"));
    const Run run = admin({QStringLiteral("init")}, writeConfig(dir.path(), 24), cliData, passphrase.toUtf8());
    const bool cliAllowed = run.exitCode == 0;

    QCOMPARE(consoleAllowed, allowed);
    QCOMPARE(cliAllowed, allowed);
    if (!allowed) {
        QCOMPARE(run.exitCode, 2);
        // The same words, from the same rule.
        const QString expected = QStringLiteral("The passphrase is too short. Use at least %1 characters, such as four "
                                                "unrelated words.")
                                     .arg(HubRecords::PassphrasePolicy::kMinimumLength);
        QCOMPARE(consoleMessage, expected);
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }
}

void RecordsRulesTest::retentionInForceAndPurgeOnOpening()
{
    // The configuration keeps records 24 months; the hub lead chose 12 in the console. The visitor's session was
    // on 3 June 2025, more than 12 months ago: under the rule in force both sides make it anonymous when the
    // records open.
    QTemporaryDir dir;
    const QString consoleData = dir.filePath(QStringLiteral("console"));
    const QString cliData = dir.filePath(QStringLiteral("cli"));
    QVERIFY(makeOldRecords(consoleData, 12));
    QVERIFY(makeOldRecords(cliData, 12));
    QVERIFY(oldSessionStillHers(consoleData));

    Config::TerminalConfig terminal = config(consoleData);
    terminal.retentionMonths = 24;
    {
        Rig rig(terminal, storeOptions(consoleData));
        rig.shell.show();
        QCOMPARE(rig.shell.currentScreen(), QStringLiteral("consoleHome"));
        QCOMPARE(rig.context.retentionMonths(), 24); // closed records: only the configuration can be read
        find<QLineEdit>(&rig.shell, QStringLiteral("passphraseField"))->setText(QString::fromUtf8(kPassphrase));
        Tapper tapper;
        tapper.tap(find<QPushButton>(&rig.shell, QStringLiteral("unlockButton")));
        QVERIFY(rig.store.isOpen());
        QCOMPARE(rig.context.retentionMonths(), 12);
    }
    const QString ini = writeConfig(dir.path(), 24);
    const Run opened = admin({QStringLiteral("verify")}, ini, cliData);
    QVERIFY2(opened.exitCode == 0, opened.err.constData());

    QVERIFY(!oldSessionStillHers(consoleData));
    QVERIFY(!oldSessionStillHers(cliData));
    // And an explicit purge names the period in force: the hub lead's 12 months, not the file's 24.
    const Run purged = admin({QStringLiteral("purge")}, ini, cliData);
    QCOMPARE(purged.exitCode, 0);
    QVERIFY2(purged.out.contains("older than 12 months"), purged.out.constData());
}

void RecordsRulesTest::backupsArePrunedTheSameWay()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("records"));
    QVERIFY(makeOldRecords(data, 60));
    const QString viaService = dir.filePath(QStringLiteral("service-backups"));
    {
        Config::TerminalConfig terminal = config(data);
        Store::Store store(storeOptions(data));
        HubRecords::HubRecords records(store, terminal);
        QVERIFY(records.unlock(Store::SecureBytes(kPassphrase.constData(), std::size_t(kPassphrase.size()))).ok());
        QStringList removed;
        for (int i = 0; i < 3; ++i) {
            const auto made = records.backup(viaService, 2);
            QVERIFY(made.ok());
            QVERIFY(QFile::exists(made.value().path));
            removed += made.value().removed;
        }
        QCOMPARE(removed.size(), 1);
        QVERIFY(!QFile::exists(removed.first()));
    }
    const QString viaCli = dir.filePath(QStringLiteral("cli-backups"));
    const QString ini = writeConfig(dir.path(), 60);
    for (int i = 0; i < 3; ++i) {
        const Run run = admin({QStringLiteral("backup"), QStringLiteral("--folder"), viaCli, QStringLiteral("--keep"),
                               QStringLiteral("2")},
                              ini, data);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    for (const QString &folder : {viaService, viaCli}) {
        QCOMPARE(QDir(folder).entryList({QStringLiteral("hub-*.db")}, QDir::Files).size(), 2);
        QCOMPARE(QDir(folder).entryList({QStringLiteral("hub-*.key")}, QDir::Files).size(), 2);
    }
}

void RecordsRulesTest::exitPinHashFromTheCommandLineOpensTheKiosk()
{
    const Run run = admin({QStringLiteral("hash-pin")}, QString(), QString(), "482913", "HEALTHHUB_EXIT_PIN");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QRegularExpressionMatch line =
        QRegularExpression(QStringLiteral("exit_pin_hash = \"([^\"]+)\"")).match(QString::fromUtf8(run.out));
    QVERIFY(line.hasMatch());
    const QByteArray hash = line.captured(1).toLatin1();
    QVERIFY(HubRecords::ExitPin::isValidHash(hash));
    QVERIFY(HubRecords::ExitPin::verify(hash, "482913"));
    QVERIFY(!HubRecords::ExitPin::verify(hash, "482914"));
    // Malformed PINs are refused by the same rule the kiosk's keypad uses.
    const Run bad = admin({QStringLiteral("hash-pin")}, QString(), QString(), "12a4", "HEALTHHUB_EXIT_PIN");
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(!HubRecords::ExitPin::isWellFormed("12a4"));
}

QTEST_MAIN(RecordsRulesTest)
#include "recordsrules_test.moc"
