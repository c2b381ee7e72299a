// SPDX-License-Identifier: GPL-3.0-or-later
// Signed bundles end to end: signed with the real libsodium, published as plain files on a loopback https server
// with a test certificate, fetched with the real libcurl, staged and swapped in as a terminal does at its idle
// restart. Each way a bundle can be wrong is refused with its own message and changes nothing.

#include "core/bundles/bundlefolder.h"
#include "core/bundles/installed.h"
#include "core/bundles/manifest.h"
#include "core/bundles/signing.h"
#include "core/bundles/updater.h"
#include "tlsfileserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

using namespace HealthHub;
using namespace HealthHub::Bundles;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class BundlesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void goodBundleIsStagedThenSwappedInAtRestart();
    void refusals_data();
    void refusals();
    void olderVersionIsARollback();
    void downloadCutHalfWayChangesNothing();
    void fullDiskWhileStagingChangesNothing();
    void keyRotation();
    void settingsThatMayNotBePushedAreRefused();
    void adminCommandLine();

private:
    /** A bundle folder with a guide and settings, signed by @p key as @p version. */
    QString publish(qint64 version, const QByteArray &key, const QByteArray &nextKey = {});
    Updater::Result check();

    QTemporaryDir m_dir;
    BundleTest::TlsFileServer m_server;
    Signing::KeyPair m_key;
    QString m_published;
    std::unique_ptr<Installed> m_installed;
    Updater::Options m_options;
};

void BundlesTest::initTestCase()
{
    m_published = m_dir.filePath(QStringLiteral("published"));
    QVERIFY(m_server.start(m_published));
    m_key = Signing::generate();
    QCOMPARE(m_key.publicKey.size(), 32);
}

void BundlesTest::init()
{
    const QString terminal =
        m_dir.filePath(QStringLiteral("terminal-") + QString::fromLatin1(QTest::currentTestFunction()));
    QDir(terminal).removeRecursively();
    m_installed = std::make_unique<Installed>(terminal);
    QDir().mkpath(terminal);
    m_options = {};
    m_options.url = m_server.url();
    m_options.trustedKeys = {m_key.publicKey};
    m_options.caFile = m_server.caFile();
    m_server.clearCuts();
    m_server.setFolder(m_published);
}

QString BundlesTest::publish(qint64 version, const QByteArray &key, const QByteArray &nextKey)
{
    QDir(m_published).removeRecursively();
    writeFile(QDir(m_published).filePath(QStringLiteral("content/order-prescription/guide.json")),
              "{\"id\": \"order-prescription\", \"version\": " + QByteArray::number(version) + "}\n");
    writeFile(QDir(m_published).filePath(QStringLiteral("content/order-prescription/en.json")), "{\"title\": \"x\"}\n");
    writeFile(QDir(m_published).filePath(QStringLiteral("settings.ini")),
              "[visitor]\nidle_seconds = 90\nlanguages = en, pl\n");
    BundleFolder::SignOptions options;
    options.version = version;
    options.scope = QStringLiteral("Test city");
    options.nextKey = nextKey;
    return BundleFolder::sign(m_published, key, options);
}

Updater::Result BundlesTest::check()
{
    return Updater::check(*m_installed, m_options);
}

void BundlesTest::goodBundleIsStagedThenSwappedInAtRestart()
{
    QCOMPARE(publish(5, m_key.secretKey), QString());
    QCOMPARE(m_installed->describe(QDateTime::currentDateTimeUtc()), QStringLiteral("built-in content"));
    // Through the object a terminal uses, in its own thread.
    Updater updater(m_installed.get(), m_options);
    QSignalSpy finished(&updater, &Updater::finished);
    updater.checkNow();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(m_installed->pendingVersion(), 5);
    QVERIFY(m_installed->currentFolder().isEmpty()); // nothing changes until the restart
    QCOMPARE(m_installed->activatePending({m_key.publicKey}), QStringLiteral("bundle 5 is now in use"));
    QCOMPARE(m_installed->state().version, 5);
    QCOMPARE(m_installed->pendingVersion(), 0);
    QVERIFY(
        readFile(QDir(m_installed->currentFolder()).filePath(QStringLiteral("content/order-prescription/guide.json")))
            .contains("\"version\": 5"));
    QVERIFY(m_installed->describe(QDateTime::currentDateTimeUtc()).startsWith(QStringLiteral("bundle 5 (Test city")));
    QVERIFY(!m_installed->isStale(QDateTime::currentDateTimeUtc()));
    QVERIFY(m_installed->isStale(QDateTime::currentDateTimeUtc().addDays(31)));
    QVERIFY(m_installed->describe(QDateTime::currentDateTimeUtc().addDays(31)).contains(QStringLiteral("STALE")));
    // The same bundle again is nothing new.
    QCOMPARE(check().message, QStringLiteral("bundle 5 is already here"));
}

void BundlesTest::refusals_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tampered file") << QStringLiteral("file") << QStringLiteral("is not the file the manifest signed");
    QTest::newRow("tampered manifest") << QStringLiteral("manifest") << QStringLiteral("not signed by a trusted key");
    QTest::newRow("wrong key") << QStringLiteral("key") << QStringLiteral("not signed by a trusted key");
    QTest::newRow("unsigned") << QStringLiteral("unsigned") << QStringLiteral("manifest.sig could not be downloaded");
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("has expired");
    QTest::newRow("unlisted file") << QStringLiteral("extra") << QStringLiteral("not in its manifest");
}

void BundlesTest::refusals()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    const Signing::KeyPair other = Signing::generate();
    QCOMPARE(publish(7, damage == QLatin1String("key") ? other.secretKey : m_key.secretKey), QString());
    const QString manifestPath = QDir(m_published).filePath(QLatin1String(BundleFolder::kManifest));
    if (damage == QLatin1String("file")) {
        writeFile(QDir(m_published).filePath(QStringLiteral("content/order-prescription/en.json")),
                  "{\"title\": \"y\"}\n");
    } else if (damage == QLatin1String("manifest")) {
        writeFile(manifestPath, readFile(manifestPath).replace("\"version\": 7", "\"version\": 8"));
    } else if (damage == QLatin1String("unsigned")) {
        QFile::remove(QDir(m_published).filePath(QLatin1String(BundleFolder::kSignature)));
    } else if (damage == QLatin1String("expired")) {
        Manifest manifest = *Manifest::parse(readFile(manifestPath), nullptr);
        manifest.issued = QDateTime::currentDateTimeUtc().addDays(-10);
        manifest.expires = QDateTime::currentDateTimeUtc().addDays(-1);
        writeFile(manifestPath, manifest.toJson());
        writeFile(QDir(m_published).filePath(QLatin1String(BundleFolder::kSignature)),
                  Signing::sign(manifest.toJson(), m_key.secretKey).toBase64());
    } else if (damage == QLatin1String("extra")) {
        // A file the manifest does not name is refused when the whole staged folder is checked.
        const QString staged = m_dir.filePath(QStringLiteral("staged-extra"));
        QDir(staged).removeRecursively();
        QVERIFY(QDir().mkpath(staged));
        QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), m_published + QStringLiteral("/."), staged});
        writeFile(QDir(staged).filePath(QStringLiteral("content/unlisted.json")), "{}");
        QString problem;
        QVERIFY(!BundleFolder::verify(staged, {m_key.publicKey}, &problem));
        QVERIFY2(problem.contains(expected), qPrintable(problem));
        return;
    }
    const Updater::Result result = check();
    QVERIFY(!result.staged);
    QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    // Nothing changed: no pending bundle, no staging left, the running content untouched.
    QCOMPARE(m_installed->pendingVersion(), 0);
    QVERIFY(m_installed->currentFolder().isEmpty());
    QVERIFY(QDir(m_installed->folder())
                .entryList({QStringLiteral("staging-*"), QStringLiteral("v*")}, QDir::Dirs)
                .isEmpty());
}

void BundlesTest::olderVersionIsARollback()
{
    QCOMPARE(publish(20, m_key.secretKey), QString());
    QVERIFY(check().staged);
    QCOMPARE(m_installed->activatePending({m_key.publicKey}), QStringLiteral("bundle 20 is now in use"));
    QCOMPARE(publish(19, m_key.secretKey), QString());
    const Updater::Result result = check();
    QVERIFY(!result.staged);
    QVERIFY2(result.message.contains(QStringLiteral("a rollback is refused")), qPrintable(result.message));
    QCOMPARE(m_installed->state().version, 20);
}

void BundlesTest::downloadCutHalfWayChangesNothing()
{
    QCOMPARE(publish(30, m_key.secretKey), QString());
    m_server.cutAfter(QStringLiteral("content/order-prescription/guide.json"), 10);
    const Updater::Result result = check();
    QVERIFY(!result.staged);
    QVERIFY2(result.message.contains(QStringLiteral("could not be downloaded")), qPrintable(result.message));
    QCOMPARE(m_installed->pendingVersion(), 0);
    QVERIFY(QDir(m_installed->folder()).entryList({QStringLiteral("staging-*")}, QDir::Dirs).isEmpty());
    // Once the server is whole again the same bundle arrives.
    m_server.clearCuts();
    QVERIFY(check().staged);
}

void BundlesTest::fullDiskWhileStagingChangesNothing()
{
    const QString small = m_dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(small));
    // As root: a 64 KiB tmpfs that the bundle does not fit in. Without root (no mount): a folder this user may not
    // write in, which fails the same writes the same way. Either way the staging write really fails.
    const bool mounted = ::mount("tmpfs", QFile::encodeName(small).constData(), "tmpfs", 0, "size=64k") == 0;
    if (!mounted) {
        QVERIFY(QFile::setPermissions(small, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    struct Restore
    {
        QByteArray path;
        bool mounted;
        ~Restore()
        {
            if (mounted) {
                ::umount2(path.constData(), MNT_DETACH);
            } else {
                QFile::setPermissions(QFile::decodeName(path),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            }
        }
    } restore{QFile::encodeName(small), mounted};
    QCOMPARE(publish(40, m_key.secretKey), QString());
    writeFile(QDir(m_published).filePath(QStringLiteral("content/order-prescription/picture.png")),
              QByteArray(200 * 1024, 'x'));
    BundleFolder::SignOptions options;
    options.version = 40;
    QCOMPARE(BundleFolder::sign(m_published, m_key.secretKey, options), QString());
    Installed installed(small);
    const Updater::Result result = Updater::check(installed, m_options);
    QVERIFY(!result.staged);
    QVERIFY2(result.message.contains(QStringLiteral("disk is full")), qPrintable(result.message));
    QCOMPARE(installed.pendingVersion(), 0);
    QVERIFY(QDir(small).entryList({QStringLiteral("staging-*")}, QDir::Dirs).isEmpty());
}

void BundlesTest::keyRotation()
{
    const Signing::KeyPair successor = Signing::generate();
    const Signing::KeyPair stranger = Signing::generate();
    // Bundle 50, signed by the trusted key, names its successor.
    QCOMPARE(publish(50, m_key.secretKey, successor.publicKey), QString());
    QVERIFY(check().staged);
    QCOMPARE(m_installed->activatePending({m_key.publicKey}), QStringLiteral("bundle 50 is now in use"));
    QVERIFY(m_installed->trustedKeys({m_key.publicKey}).contains(successor.publicKey));
    // Bundle 51 signed by the successor is accepted; 52 signed by a stranger is not.
    QCOMPARE(publish(51, successor.secretKey), QString());
    QVERIFY(check().staged);
    QCOMPARE(m_installed->activatePending({m_key.publicKey}), QStringLiteral("bundle 51 is now in use"));
    QCOMPARE(publish(52, stranger.secretKey), QString());
    QVERIFY(check().message.contains(QStringLiteral("not signed by a trusted key")));
}

void BundlesTest::settingsThatMayNotBePushedAreRefused()
{
    QCOMPARE(publish(60, m_key.secretKey), QString());
    // The publisher's own tool refuses a role or a data folder...
    for (const QByteArray &setting :
         {QByteArray("[terminal]\nrole = console\n"), QByteArray("[terminal]\ndata_dir = /tmp\n"),
          QByteArray("[kiosk]\nexit_pin_hash = x\n")}) {
        writeFile(QDir(m_published).filePath(QStringLiteral("settings.ini")), setting);
        const QString problem = BundleFolder::sign(m_published, m_key.secretKey, {});
        QVERIFY2(problem.contains(QStringLiteral("cannot be set from afar")), qPrintable(problem));
    }
    // ...and so does the terminal, even when such a file was signed by a trusted key by other means.
    const QString manifestPath = QDir(m_published).filePath(QLatin1String(BundleFolder::kManifest));
    writeFile(QDir(m_published).filePath(QStringLiteral("settings.ini")), "[terminal]\nrole = console\n");
    Manifest manifest = *Manifest::parse(readFile(manifestPath), nullptr);
    manifest.version = 61;
    for (FileEntry &file : manifest.files) {
        if (file.path == QLatin1String("settings.ini")) {
            file.sha256 = BundleFolder::sha256Of(QDir(m_published).filePath(file.path), &file.size);
        }
    }
    writeFile(manifestPath, manifest.toJson());
    writeFile(QDir(m_published).filePath(QLatin1String(BundleFolder::kSignature)),
              Signing::sign(manifest.toJson(), m_key.secretKey).toBase64());
    const Updater::Result result = check();
    QVERIFY(!result.staged);
    QVERIFY2(result.message.contains(QStringLiteral("[terminal] role, which cannot be set from afar")),
             qPrintable(result.message));
}

void BundlesTest::adminCommandLine()
{
    // As a city's publisher types it: keygen, sign, verify with the real binary.
    auto admin = [](const QStringList &arguments, QByteArray *out) {
        QProcess process;
        process.start(qEnvironmentVariable("HEALTHHUB_BINARY"),
                      QStringList{QStringLiteral("admin"), QStringLiteral("bundle")} + arguments);
        process.waitForFinished(60000);
        *out = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray out;
    const QString keyFile = m_dir.filePath(QStringLiteral("city.key"));
    QCOMPARE(admin({QStringLiteral("keygen"), QStringLiteral("--output"), keyFile}, &out), 0);
    QCOMPARE(QFile::permissions(keyFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QString publicKey = QString::fromUtf8(out.trimmed().split('\n').last());
    QCOMPARE(Signing::publicKeyFromText(publicKey).size(), 32);
    QVERIFY(!out.contains(readFile(keyFile).trimmed())); // the secret key is never printed
    publish(1, m_key.secretKey);
    QCOMPARE(admin({QStringLiteral("sign"), m_published, QStringLiteral("--key"), keyFile, QStringLiteral("--scope"),
                    QStringLiteral("Test city"), QStringLiteral("--version"), QStringLiteral("70")},
                   &out),
             0);
    QVERIFY2(out.contains("Bundle 70 signed: 3 files"), out.constData());
    QCOMPARE(admin({QStringLiteral("verify"), m_published, QStringLiteral("--trust"), publicKey}, &out), 0);
    QCOMPARE(admin({QStringLiteral("verify"), m_published, QStringLiteral("--trust"),
                    Signing::publicKeyText(m_key.publicKey)},
                   &out),
             5);
    QVERIFY2(out.contains("not signed by a trusted key"), out.constData());
}

QTEST_GUILESS_MAIN(BundlesTest)
#include "bundles_test.moc"
