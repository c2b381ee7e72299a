// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hublink/identity.h"
#include "core/hublink/messages.h"
#include "core/hublink/mqttclient.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <optional>

namespace HealthHub::HubLink {

/** Where a visitor's request for a volunteer has got to, as the terminal may truthfully tell them. */
struct HelpProgress
{
    enum class Stage {
        None,        ///< no request
        Sending,     ///< sent, not yet confirmed (the first seconds)
        Unreachable, ///< the broker or the console cannot be reached: "Please ask at the desk"
        Received,    ///< the console has it: "Your request has reached the volunteers"
        Coming,      ///< a volunteer answered: "<name> is coming"
    };
    Stage stage = Stage::None;
    QString volunteer;
};

/** An open request, as the console sees it. */
struct OpenRequest
{
    QString terminal;
    HelpRequest request;
    bool answered = false; ///< a volunteer said they are going
    QString volunteer;
};

/** A terminal as the console last heard of it. */
struct TerminalSeen
{
    QString name;
    TerminalStatus status;
    QDateTime lastHeard;
};

/**
 * This terminal's part in the hub: one per program, over one MqttClient. Every terminal publishes its retained
 * status (with a will that says "offline" if it vanishes). A kiosk or booth asks for help and hears the answer;
 * the console sees every request and status, answers, and publishes the booth's booking times; the booth hears
 * them. Everything a terminal has said is retained and said again on every connection, so a broker restart or a
 * dropped network loses nothing that matters, and a terminal that comes back rebuilds its picture from retained
 * messages.
 */
class Link final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Link)

public:
    /** How long a request may wait for the console's "received" before the visitor is told to ask at the desk. */
    static constexpr int kReceivedTimeoutMs = 5000;

    explicit Link(const Identity &identity, QObject *parent = nullptr);
    ~Link() override;

    const QString &terminal() const { return m_terminal; }
    const QString &role() const { return m_role; }
    bool isOnline() const;
    /** Why the link is not online (plain words, no secret); empty while online. */
    QString problem() const { return m_problem; }

    void start();
    /** This terminal's state; published now and on every connection. */
    void setStatus(const TerminalStatus &status);
    TerminalStatus status() const { return m_status; }

    // A kiosk or a booth
    /** Asks for a volunteer; @p screen says where (never what the visitor typed). Replaces an open request. */
    void requestHelp(const QString &screen);
    /** Finish, or "I am OK now": the request is withdrawn. */
    void withdrawHelp();
    HelpProgress helpProgress() const { return m_progress; }

    // The console
    QList<OpenRequest> openRequests() const { return m_requests.values(); }
    /** A volunteer is going to @p terminal; @p firstName may be empty (the console is locked). */
    void answer(const QString &terminal, const QString &firstName);
    QList<TerminalSeen> terminals() const { return m_terminals.values(); }
    /** The booth's booking times for the next 24 hours (times only). Kept and said again on every connection. */
    void publishBookings(const QString &booth, const QList<BookingTime> &times);

Q_SIGNALS:
    void onlineChanged(bool online);
    void helpProgressChanged(const HelpProgress &progress);
    /** The console: a request arrived, was answered or withdrawn. @p arrived is true for a new one. */
    void openRequestsChanged(bool arrived);
    void terminalsChanged();
    /** The booth: new booking times from the console. */
    void bookingsReceived(const QList<BookingTime> &times);

private:
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &topic, const QByteArray &payload);
    void onRequestMessage(const QString &terminal, const QByteArray &payload);
    void onAnswerMessage(const QString &terminal, const QByteArray &payload);
    void onStatusMessage(const QString &terminal, const QByteArray &payload);
    void republish();
    void publishAnswer(const QString &terminal);
    void setProgress(HelpProgress::Stage stage, const QString &volunteer = {});

    QString m_terminal;
    QString m_role;
    QString m_problem;
    MqttClient *m_client = nullptr;
    MqttClient::Options m_options;
    TerminalStatus m_status;
    // kiosk, booth
    std::optional<HelpRequest> m_request;
    HelpProgress m_progress;
    QTimer m_receivedTimer;
    // console
    QMap<QString, OpenRequest> m_requests;
    QMap<QString, TerminalSeen> m_terminals;
    QMap<QString, QList<BookingTime>> m_bookings;
};

} // namespace HealthHub::HubLink
