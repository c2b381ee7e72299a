// SPDX-License-Identifier: GPL-3.0-or-later
// The booth's next booking from a real encrypted store (SQLCipher, Argon2id) in a temporary folder: the
// passphrase comes from an owner-only file or the systemd credentials folder, never from the INI; files
// others may read are refused; a wrong passphrase, missing records or no configuration show no booking.

#include "core/bookings/boothbookings.h"
#include "core/store/store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Config;
using namespace HealthHub::Records;
using namespace HealthHub::Store;
using namespace HealthHub::Bookings;

namespace {
const QByteArray kPassphrase = "made-up test passphrase for the booth";
} // namespace

class BoothBookingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nextBookingOfTheBooth();
    void noBookingToday();
    void passphraseFileOthersMayReadIsRefused_data();
    void passphraseFileOthersMayReadIsRefused();
    void wrongPassphraseShowsNothing();
    void systemdCredentialIsTheDefault();
    void notConfiguredReadsNothing();
    void refreshInTheBackground();

private:
    QString writePassphrase(const QByteArray &passphrase, QFileDevice::Permissions permissions);
    TerminalConfig config(const QString &passphraseFile) const;

    QTemporaryDir m_dir;
    QString m_records;
    QDateTime m_now;
    QDateTime m_booked;
};

void BoothBookingsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_records = m_dir.filePath(QStringLiteral("records"));
    StoreOptions options;
    options.dataDir = m_records;
    options.kdfCost = KdfCost::cheapest(); // the cost is kept with the records: the booth reads it from there
    Store store(options);
    SecureBytes passphrase(kPassphrase.constData(), std::size_t(kPassphrase.size()));
    QVERIFY(store.create(passphrase).ok());
    m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC); // the store keeps seconds
    m_booked = m_now.addSecs(20 * 60);
    const Actor actor{};
    auto add = [&](const QString &room, const QDateTime &start, int minutes) {
        Booking booking;
        booking.room = room;
        booking.startsAt = start;
        booking.endsAt = start.addSecs(minutes * 60);
        booking.purpose = QStringLiteral("made-up video appointment");
        return store.addBooking(actor, booking).ok();
    };
    QVERIFY(add(QStringLiteral("booth"), m_now.addSecs(-90 * 60), 30));       // over
    QVERIFY(add(QStringLiteral("training room"), m_now.addSecs(5 * 60), 30)); // another room
    QVERIFY(add(QStringLiteral("booth"), m_booked, 30));                      // the next one
    QVERIFY(add(QStringLiteral("booth"), m_now.addSecs(3 * 3600), 30));       // later
    store.close();
}

QString BoothBookingsTest::writePassphrase(const QByteArray &passphrase, QFileDevice::Permissions permissions)
{
    static int count = 0;
    const QString path = m_dir.filePath(QStringLiteral("passphrase-%1").arg(++count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(passphrase + '\n') != passphrase.size() + 1) {
        return {};
    }
    file.close();
    file.setPermissions(permissions);
    return path;
}

TerminalConfig BoothBookingsTest::config(const QString &passphraseFile) const
{
    TerminalConfig config = TerminalConfig::defaults();
    config.role = Role::Booth;
    config.boothRecordsDir = m_records;
    config.boothPassphraseFile = passphraseFile;
    return config;
}

void BoothBookingsTest::nextBookingOfTheBooth()
{
    const QString file = writePassphrase(kPassphrase, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const BoothBookings::Reading reading =
        BoothBookings::readNext(m_records, file, QStringLiteral("booth-test"), m_now);
    QVERIFY2(reading.problem.isEmpty(), qPrintable(reading.problem));
    QCOMPARE(reading.next, m_booked);
    // A booking under way is still the next one: the booth says it is time.
    const BoothBookings::Reading during =
        BoothBookings::readNext(m_records, file, QStringLiteral("booth-test"), m_booked.addSecs(60));
    QCOMPARE(during.next, m_booked);
}

void BoothBookingsTest::noBookingToday()
{
    const QString file = writePassphrase(kPassphrase, QFileDevice::ReadOwner);
    const BoothBookings::Reading reading =
        BoothBookings::readNext(m_records, file, QStringLiteral("booth-test"), m_now.addDays(3));
    QVERIFY2(reading.problem.isEmpty(), qPrintable(reading.problem));
    QVERIFY(!reading.next.isValid());
}

void BoothBookingsTest::passphraseFileOthersMayReadIsRefused_data()
{
    QTest::addColumn<int>("permissions");
    QTest::newRow("group may read") << int(QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    QTest::newRow("everyone may read") << int(QFileDevice::ReadOwner | QFileDevice::ReadOther);
    QTest::newRow("group may write") << int(QFileDevice::ReadOwner | QFileDevice::WriteGroup);
}

void BoothBookingsTest::passphraseFileOthersMayReadIsRefused()
{
    QFETCH(int, permissions);
    const QString file = writePassphrase(kPassphrase, QFileDevice::Permissions(permissions));
    QString problem;
    const SecureBytes passphrase = BoothBookings::readPassphraseFile(file, &problem);
    QVERIFY(passphrase.isEmpty());
    QVERIFY(problem.contains(QLatin1String("read or changed by others")));
    QVERIFY(!problem.contains(QLatin1String(kPassphrase))); // never the secret itself
    const BoothBookings::Reading reading = BoothBookings::readNext(m_records, file, QStringLiteral("t"), m_now);
    QVERIFY(!reading.next.isValid());
    QVERIFY(!reading.problem.isEmpty());
}

void BoothBookingsTest::wrongPassphraseShowsNothing()
{
    const QString file = writePassphrase("not the hub passphrase", QFileDevice::ReadOwner);
    const BoothBookings::Reading reading = BoothBookings::readNext(m_records, file, QStringLiteral("t"), m_now);
    QVERIFY(!reading.next.isValid());
    QVERIFY2(reading.problem.contains(QLatin1String("wrong-passphrase")), qPrintable(reading.problem));
    QVERIFY(!reading.problem.contains(QLatin1String("not the hub passphrase")));
    // A symbolic link is not followed: someone could point it at a file they may not read themselves.
    const QString link = m_dir.filePath(QStringLiteral("link-to-passphrase"));
    QVERIFY(QFile::link(writePassphrase(kPassphrase, QFileDevice::ReadOwner), link));
    QString problem;
    QVERIFY(BoothBookings::readPassphraseFile(link, &problem).isEmpty());
    QVERIFY(problem.contains(QLatin1String("cannot be opened")));
}

void BoothBookingsTest::systemdCredentialIsTheDefault()
{
    // systemd's LoadCredential=hub-passphrase:/etc/healthhub/hub-passphrase gives the service a private copy
    // in $CREDENTIALS_DIRECTORY. Here a temporary folder stands in for it.
    QTemporaryDir credentials;
    QVERIFY(credentials.isValid());
    QFile file(credentials.filePath(BoothBookings::credentialName()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kPassphrase);
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner));
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
    const TerminalConfig fromCredential = config(QString());
    QCOMPARE(BoothBookings::passphrasePathFor(fromCredential), file.fileName());
    const BoothBookings::Reading reading = BoothBookings::readNext(
        m_records, BoothBookings::passphrasePathFor(fromCredential), QStringLiteral("t"), m_now);
    QCOMPARE(reading.next, m_booked);
    // A configured file wins over the credential.
    QCOMPARE(BoothBookings::passphrasePathFor(config(QStringLiteral("/etc/healthhub/x"))),
             QStringLiteral("/etc/healthhub/x"));
    qunsetenv("CREDENTIALS_DIRECTORY");
    QVERIFY(BoothBookings::passphrasePathFor(fromCredential).isEmpty());
}

void BoothBookingsTest::notConfiguredReadsNothing()
{
    TerminalConfig plain = TerminalConfig::defaults();
    plain.role = Role::Booth;
    BoothBookings bookings(plain);
    QVERIFY(!bookings.isEnabled());
    QSignalSpy changed(&bookings, &BoothBookings::nextBookingChanged);
    bookings.start();
    bookings.refresh();
    QTest::qWait(50);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!bookings.nextBooking().isValid());

    // A records folder without records: enabled, but nothing to show.
    TerminalConfig empty = config(writePassphrase(kPassphrase, QFileDevice::ReadOwner));
    empty.boothRecordsDir = m_dir.filePath(QStringLiteral("no-records-here"));
    const BoothBookings::Reading reading =
        BoothBookings::readNext(empty.boothRecordsDir, empty.boothPassphraseFile, QStringLiteral("t"), m_now);
    QVERIFY(!reading.next.isValid());
    QVERIFY(reading.problem.contains(QLatin1String("no records")));
}

void BoothBookingsTest::refreshInTheBackground()
{
    BoothBookings bookings(config(writePassphrase(kPassphrase, QFileDevice::ReadOwner)));
    QVERIFY(bookings.isEnabled());
    QSignalSpy changed(&bookings, &BoothBookings::nextBookingChanged);
    QSignalSpy refreshed(&bookings, &BoothBookings::refreshed);
    bookings.start();
    QVERIFY(refreshed.wait(20000));
    QVERIFY2(bookings.lastProblem().isEmpty(), qPrintable(bookings.lastProblem()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toDateTime(), m_booked);
    QCOMPARE(bookings.nextBooking(), m_booked);
    // The same answer again is not announced again.
    bookings.refresh();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(BoothBookingsTest)
#include "boothbookings_test.moc"
