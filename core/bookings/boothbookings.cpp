// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bookings/boothbookings.h"

#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcBookings, "healthhub.bookings", QtInfoMsg)

namespace HealthHub::Bookings {

namespace {
constexpr qint64 kLookAheadSecs = 24 * 3600;
}

BoothBookings::BoothBookings(const Config::TerminalConfig &config, QObject *parent)
    : QObject(parent)
    , m_recordsDir(config.boothRecordsDir)
    , m_passphraseFile(passphrasePathFor(config))
    , m_terminal(config.terminalName.isEmpty() ? QStringLiteral("booth") : config.terminalName)
{
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &BoothBookings::refresh);
}

BoothBookings::~BoothBookings()
{
    m_timer.stop();
    if (m_worker) {
        m_worker->wait(); // the read owns the key for a moment: let it close the store and wipe it
        delete m_worker.data();
    }
}

QString BoothBookings::passphrasePathFor(const Config::TerminalConfig &config)
{
    if (!config.boothPassphraseFile.isEmpty()) {
        return config.boothPassphraseFile;
    }
    // systemd's LoadCredential= puts a copy, readable by the service's user only, in this folder.
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    return credentials.isEmpty() ? QString() : QDir(credentials).filePath(credentialName());
}

void BoothBookings::start()
{
    if (!isEnabled()) {
        return;
    }
    refresh();
    m_timer.start();
}

void BoothBookings::refresh()
{
    if (!isEnabled() || m_worker) {
        return;
    }
    const QString recordsDir = m_recordsDir;
    const QString passphraseFile = m_passphraseFile;
    const QString terminal = m_terminal;
    // Argon2id takes about half a second: off the screen's thread, so the booth never stutters.
    QThread *worker = QThread::create([this, recordsDir, passphraseFile, terminal] {
        const Reading reading = readNext(recordsDir, passphraseFile, terminal, QDateTime::currentDateTimeUtc());
        QMetaObject::invokeMethod(
            this, [this, reading] { onRead(reading); }, Qt::QueuedConnection);
    });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker] {
        if (m_worker == worker) {
            m_worker = nullptr;
        }
        worker->deleteLater();
    });
    worker->start(QThread::LowPriority);
}

void BoothBookings::onRead(const Reading &reading)
{
    if (reading.problem != m_problem && !reading.problem.isEmpty()) {
        // Said once per new problem: the folder, the file's path and the store's error code, never a secret.
        qCWarning(lcBookings).noquote() << "the booth's bookings cannot be read:" << reading.problem;
    }
    m_problem = reading.problem;
    const bool changed = !m_haveRead || reading.next != m_next;
    m_haveRead = true;
    m_next = reading.next;
    if (changed) {
        qCInfo(lcBookings) << (m_next.isValid() ? "next booth booking known" : "no booth booking in the next day");
        Q_EMIT nextBookingChanged(m_next);
    }
    Q_EMIT refreshed();
}

Store::SecureBytes BoothBookings::readPassphraseFile(const QString &path, QString *problem)
{
    if (path.isEmpty()) {
        *problem = QStringLiteral("no passphrase: set [booth] passphrase_file or the systemd credential %1")
                       .arg(credentialName());
        return {};
    }
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
    if (fd < 0) {
        *problem = QStringLiteral("the passphrase file %1 cannot be opened").arg(path);
        return {};
    }
    struct stat info = {};
    Store::SecureBytes passphrase;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        *problem = QStringLiteral("the passphrase file %1 is not a regular file").arg(path);
    } else if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *problem = QStringLiteral("the passphrase file %1 may be read or changed by others: make it mode 0600 or 0400")
                       .arg(path);
    } else if (info.st_uid != 0 && info.st_uid != ::geteuid()) {
        *problem = QStringLiteral("the passphrase file %1 belongs to another user").arg(path);
    } else {
        bool ok = false;
        passphrase = Store::SecureBytes::readFromFd(fd, &ok);
        if (!ok || passphrase.isEmpty()) {
            passphrase.clear();
            *problem = QStringLiteral("the passphrase file %1 could not be read, or is empty").arg(path);
        }
    }
    ::close(fd);
    return passphrase;
}

BoothBookings::Reading BoothBookings::readNext(const QString &recordsDir, const QString &passphraseFile,
                                               const QString &terminal, const QDateTime &now)
{
    Reading reading;
    Store::StoreOptions options;
    options.dataDir = recordsDir;
    options.terminal = terminal;
    Store::Store store(std::move(options));
    if (!store.exists()) {
        reading.problem = QStringLiteral("there are no records in %1").arg(recordsDir);
        return reading;
    }
    Store::StoreError error;
    {
        const Store::SecureBytes passphrase = readPassphraseFile(passphraseFile, &reading.problem);
        if (passphrase.isEmpty()) {
            return reading;
        }
        error = store.unlock(passphrase);
    } // the passphrase is wiped here; the store keeps only the derived key until close()
    if (!error.ok()) {
        reading.problem = QStringLiteral("the records in %1 did not open (%2)")
                              .arg(recordsDir, QLatin1String(Store::StoreError::codeName(error.code())));
        return reading;
    }
    const Store::StoreResult<QList<Records::Booking>> bookings = store.bookings(now, now.addSecs(kLookAheadSecs));
    store.close(); // the key is wiped now
    if (!bookings.ok()) {
        reading.problem = QStringLiteral("the bookings could not be read (%1)")
                              .arg(QLatin1String(Store::StoreError::codeName(bookings.error().code())));
        return reading;
    }
    // The earliest booking of the booth that has not ended: one already started reads "It is time…".
    for (const Records::Booking &booking : bookings.value()) {
        if (booking.room == room() && booking.endsAt > now) {
            reading.next = booking.startsAt;
            break;
        }
    }
    return reading;
}

} // namespace HealthHub::Bookings
