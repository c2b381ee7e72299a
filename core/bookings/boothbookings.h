// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"
#include "core/store/securebytes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QThread;

namespace HealthHub::Bookings {

/**
 * The booth's next booking, read from the hub's encrypted records when this terminal can reach them
 * ([booth] records_dir). The hub passphrase comes from an owner-only file ([booth] passphrase_file) or from
 * the systemd credential "hub-passphrase" ($CREDENTIALS_DIRECTORY/hub-passphrase), never from the INI file.
 *
 * Each read opens the store in a worker thread, takes the bookings of room "booth" for the next day and
 * closes the store again, so the key is in memory only for that moment. Only the start time leaves this
 * class: the booth shows "Your appointment is at 10:30", never who it is for, so no visitor record is read.
 */
class BoothBookings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoothBookings)

public:
    /** The bookings room the console books the booth in. */
    static QString room() { return QStringLiteral("booth"); }
    /** The systemd credential (LoadCredential=hub-passphrase:…) read when no passphrase_file is set. */
    static QString credentialName() { return QStringLiteral("hub-passphrase"); }
    static constexpr int kRefreshMs = 5 * 60 * 1000;

    /** One read's outcome: the next booking's start (UTC; invalid when none) or a problem (no secrets in it). */
    struct Reading
    {
        QDateTime next;
        QString problem;
    };

    explicit BoothBookings(const Config::TerminalConfig &config, QObject *parent = nullptr);
    ~BoothBookings() override;

    /** True when the configuration names a records folder; otherwise the booth shows no bookings at all. */
    bool isEnabled() const { return !m_recordsDir.isEmpty(); }
    /** The passphrase file in use: passphrase_file, else the systemd credential, else empty. */
    QString passphrasePath() const { return m_passphraseFile; }
    QDateTime nextBooking() const { return m_next; }
    QString lastProblem() const { return m_problem; }

    /** Reads now and then every kRefreshMs. Does nothing when not enabled. */
    void start();
    /** Reads again now (after a call, say). A read already under way is not doubled. */
    void refresh();

    /** One read, in the calling thread: open, read the next booking of room() from @p now, close. */
    static Reading readNext(const QString &recordsDir, const QString &passphraseFile, const QString &terminal,
                            const QDateTime &now);
    /**
     * The passphrase from @p path (up to the first newline), only if it is a regular file owned by root or by
     * this user that no group or other user may read or write. Otherwise empty, with @p problem said.
     */
    static Store::SecureBytes readPassphraseFile(const QString &path, QString *problem);
    /** Where the passphrase comes from for @p config: see passphrasePath(). */
    static QString passphrasePathFor(const Config::TerminalConfig &config);

Q_SIGNALS:
    /** The next booking changed; an invalid time means none is known. */
    void nextBookingChanged(const QDateTime &start);
    /** A read finished (with a booking, with none, or with a problem). */
    void refreshed();

private:
    void onRead(const Reading &reading);

    QString m_recordsDir;
    QString m_passphraseFile;
    QString m_terminal;
    QDateTime m_next;
    QString m_problem;
    QTimer m_timer;
    QPointer<QThread> m_worker;
    bool m_haveRead = false;
};

} // namespace HealthHub::Bookings
