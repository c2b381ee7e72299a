// SPDX-License-Identifier: GPL-3.0-or-later
// `healthhub admin` driven from outside, as a hub's scripts would: real binary, real files, the real Argon2id
// cost. Exit codes and messages are part of the interface.

#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace HealthHub::Records;
using namespace HealthHub::Store;
using namespace HealthHub::Store::Testing;

namespace {

const QByteArray kPassphrase = "admin test passphrase one";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class AdminTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noPassphraseIsAUsageError();
    void passphraseIsNeverAnArgument();
    void unknownCommand();
    void wholeLifecycle();
    void filesArePrivateUnderUmask022();

private:
    Run admin(const QStringList &arguments, const QByteArray &passphrase = kPassphrase,
              const QByteArray &stdinData = QByteArray(), const QByteArray &newPassphrase = QByteArray(),
              const QString &dataDir = QString());
    QTemporaryDir m_dir;
    QString m_data;
    QString m_config;
};

void AdminTest::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("HEALTHHUB_BINARY")));
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_config = m_dir.filePath(QStringLiteral("terminal.ini"));
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[terminal]\nrole = console\nhub_name = Test Hub\nname = admin-desk\n[records]\n"
                 "retention_months = 24\n");
}

Run AdminTest::admin(const QStringList &arguments, const QByteArray &passphrase, const QByteArray &stdinData,
                     const QByteArray &newPassphrase, const QString &dataDir)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("HEALTHHUB_PASSPHRASE"));
    environment.remove(QStringLiteral("HEALTHHUB_NEW_PASSPHRASE"));
    if (!passphrase.isEmpty()) {
        environment.insert(QStringLiteral("HEALTHHUB_PASSPHRASE"), QString::fromUtf8(passphrase));
    }
    if (!newPassphrase.isEmpty()) {
        environment.insert(QStringLiteral("HEALTHHUB_NEW_PASSPHRASE"), QString::fromUtf8(newPassphrase));
    }
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("HEALTHHUB_BINARY"),
                  QStringList{QStringLiteral("admin")} + arguments +
                      QStringList{QStringLiteral("--config"), m_config, QStringLiteral("--data-dir"),
                                  dataDir.isEmpty() ? m_data : dataDir});
    process.waitForStarted();
    process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void AdminTest::noPassphraseIsAUsageError()
{
    const Run run = admin({QStringLiteral("verify")}, QByteArray());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("No passphrase was given. Use --passphrase-fd N, the HEALTHHUB_PASSPHRASE environment "
                              "variable, or run this in a terminal to be asked."),
             run.err.constData());
}

void AdminTest::passphraseIsNeverAnArgument()
{
    const Run run = admin({QStringLiteral("verify"), QStringLiteral("--passphrase"), QStringLiteral("secret")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Unknown option 'passphrase'. Run healthhub admin --help"), run.err.constData());
}

void AdminTest::unknownCommand()
{
    const Run run = admin({QStringLiteral("drop-everything")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("\"drop-everything\" is not a command."));
    const Run help = admin({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("export-visitor ID"));
}

void AdminTest::wholeLifecycle()
{
    QCOMPARE(admin({QStringLiteral("verify")}).exitCode, 4); // nothing set up yet
    Run run = admin({QStringLiteral("init")}, "too short");
    QCOMPARE(run.exitCode, 2);
    run = admin({QStringLiteral("init")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("New encrypted records are ready"));
    QCOMPARE(admin({QStringLiteral("init")}).exitCode, 1);

    // Records as the console would write them (the real cost: this Store unlocks like a hub's).
    StoreOptions options;
    options.dataDir = m_data;
    {
        Store store(options);
        QVERIFY(store.unlock(SecureBytes(kPassphrase.constData(), std::size_t(kPassphrase.size()))).ok());
        Visitor visitor;
        visitor.name = QStringLiteral("Rita");
        QCOMPARE(store.addVisitor({}, visitor).value(), 1);
        AssistedSession session;
        session.startedAt = QDateTime(QDate(2025, 6, 3), QTime(10, 0), Qt::UTC);
        session.visitorId = 1;
        session.tasks = {{QStringLiteral("repeat-prescription"), QStringLiteral("done")}};
        session.notes = QStringLiteral("Ordered her first prescription online");
        QVERIFY(store.addSession({}, session).ok());
    }

    run = admin({QStringLiteral("verify")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("The records are whole. Sessions: 1."), run.out.constData());
    run = admin({QStringLiteral("verify")}, "not the passphrase at all");
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("That passphrase is not right. Nothing was changed."));
    run = admin({QStringLiteral("verify"), QStringLiteral("--passphrase-fd"), QStringLiteral("0")}, QByteArray(),
                kPassphrase + "\n");
    QCOMPARE(run.exitCode, 0);

    run = admin({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-01-01")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("section,key,subkey,count\n"));
    QVERIFY(run.out.contains("totals,sessions,,1\n"));
    QVERIFY(run.out.contains("task_outcome,repeat-prescription,done,1\n"));
    QCOMPARE(admin({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2025-13-01")}).exitCode, 2);

    run = admin(
        {QStringLiteral("export-visitor"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("name")).toString(),
             QStringLiteral("Rita"));
    const QString textFile = m_dir.filePath(QStringLiteral("rita.txt"));
    QCOMPARE(
        admin({QStringLiteral("export-visitor"), QStringLiteral("1"), QStringLiteral("--output"), textFile}).exitCode,
        0);
    QVERIFY(fileContains(textFile, "Notes: Ordered her first prescription online"));

    const QString backups = m_dir.filePath(QStringLiteral("backups"));
    run = admin({QStringLiteral("backup"), QStringLiteral("--folder"), backups});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("Backup written and checked: "));
    const QString backupFile = QString::fromUtf8(run.out.mid(int(qstrlen("Backup written and checked: "))).trimmed());
    QVERIFY(QFile::exists(backupFile));
    // Two more, keeping two: the first is removed with its key file.
    // "--to" is the old name of --folder; hubs' own scripts may still use it.
    QCOMPARE(admin({QStringLiteral("backup"), QStringLiteral("--to"), backups}).exitCode, 0);
    run = admin(
        {QStringLiteral("backup"), QStringLiteral("--folder"), backups, QStringLiteral("--keep"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QDir(backups).entryList({QStringLiteral("hub-*.db")}, QDir::Files).size(), 2);
    QCOMPARE(QDir(backups).entryList({QStringLiteral("hub-*.key")}, QDir::Files).size(), 2);
    QVERIFY(!QFile::exists(backupFile));
    const QStringList kept = QDir(backups).entryList({QStringLiteral("hub-*.db")}, QDir::Files, QDir::Name);
    const QString keptBackup = QDir(backups).filePath(kept.first());

    run = admin({QStringLiteral("erase-visitor"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Add --yes"));
    QCOMPARE(admin({QStringLiteral("erase-visitor"), QStringLiteral("1"), QStringLiteral("--yes")}).exitCode, 0);
    run = admin({QStringLiteral("export-visitor"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("That record does not exist."));

    run = admin({QStringLiteral("restore"), keptBackup});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(admin({QStringLiteral("export-visitor"), QStringLiteral("1")}).exitCode, 0); // back from the backup

    run = admin({QStringLiteral("purge"), QStringLiteral("--months"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    // The visitor was added today, so only the session (June 2025) is past a one-month retention.
    QVERIFY2(run.out.contains("Retention purge done (older than 1 month). Visitors deleted: 0. Sessions made "
                              "anonymous: 1. Bookings deleted: 0."),
             run.out.constData());

    run = admin({QStringLiteral("change-passphrase")}, kPassphrase, QByteArray(), "admin test passphrase two");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(admin({QStringLiteral("verify")}).exitCode, 3);
    QCOMPARE(admin({QStringLiteral("verify")}, "admin test passphrase two").exitCode, 0);

    QVERIFY(
        QFile::rename(QDir(m_data).filePath(QStringLiteral("hub.key")), m_dir.filePath(QStringLiteral("aside.key"))));
    run = admin({QStringLiteral("verify")}, "admin test passphrase two");
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("The key file (hub.key) is missing"));
}

namespace {
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : 0;
}
} // namespace

void AdminTest::filesArePrivateUnderUmask022()
{
    // As a hub admin's shell would start it. The child inherits the umask; the program must not trust it.
    const mode_t old = ::umask(022);
    const auto restore = qScopeGuard([old] { ::umask(old); });
    const QString data = m_dir.filePath(QStringLiteral("private-data"));
    Run run = admin({QStringLiteral("init")}, kPassphrase, {}, {}, data);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(modeOf(data), 0700);
    QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("hub.db"))), 0600);
    QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("hub.key"))), 0600);

    const QString backups = m_dir.filePath(QStringLiteral("private-backups"));
    run = admin({QStringLiteral("backup"), QStringLiteral("--folder"), backups}, kPassphrase, {}, {}, data);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(modeOf(backups), 0700);
    const QStringList files = QDir(backups).entryList(QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString &name : files) {
        QVERIFY2(modeOf(QDir(backups).filePath(name)) == 0600, qPrintable(name));
    }

    const QString report = m_dir.filePath(QStringLiteral("private-report.csv"));
    run = admin({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-01-01"), QStringLiteral("--output"), report},
                kPassphrase, {}, {}, data);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(modeOf(report), 0600);
}

QTEST_GUILESS_MAIN(AdminTest)
#include "admin_test.moc"
