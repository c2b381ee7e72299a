// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace HealthHub::HubLink {

/**
 * What travels on the hub's network, as small JSON documents with a version. Nothing here can carry what a
 * visitor typed or who they are: a help request names a terminal and a screen, an answer a volunteer's first
 * name, a status the terminal's own state, bookings only times. Every decoder refuses oversized or malformed
 * input (returns nullopt) rather than guessing.
 */

constexpr int kFormatVersion = 1;
constexpr qsizetype kMaxPayloadBytes = 8 * 1024;

/** True for a terminal name that is safe in a topic and a file name: a-z, 0-9 and '-', 1 to 32 long. */
bool isValidTerminalName(const QString &name);

struct HelpRequest
{
    QString id;     ///< random, new for each request, so an answer to an old one is never taken for this one
    QString screen; ///< where the visitor is: a screen name, or "guide <task> step <n>"
    QDateTime at;
};

struct HelpAnswer
{
    enum class State { Received, Coming };
    QString id; ///< the request it answers
    State state = State::Received;
    QString volunteer; ///< first name only, for "Sam is coming"; may be empty
};

struct WipeResult
{
    QDateTime at; ///< invalid: no visitor has finished yet
    bool ok = false;
};

struct TerminalStatus
{
    bool online = false;
    QString role;    ///< kiosk, booth, console
    QString version; ///< the program's version
    QString bundle;  ///< the content bundle in use (empty: the built-in content)
    WipeResult lastWipe;
    QString booth; ///< booth only: free, in-call, clearing, check-failed
};

struct BookingTime
{
    QDateTime start;
    QDateTime end;
};

QByteArray encode(const HelpRequest &request);
QByteArray encode(const HelpAnswer &answer);
QByteArray encode(const TerminalStatus &status);
QByteArray encodeBookings(const QList<BookingTime> &times);

std::optional<HelpRequest> decodeHelpRequest(const QByteArray &payload);
std::optional<HelpAnswer> decodeHelpAnswer(const QByteArray &payload);
std::optional<TerminalStatus> decodeStatus(const QByteArray &payload);
std::optional<QList<BookingTime>> decodeBookings(const QByteArray &payload);

/** The topics, under "healthhub/". @p terminal must be valid (isValidTerminalName). */
namespace Topic {
QString status(const QString &terminal);
QString helpRequest(const QString &terminal);
QString helpAnswer(const QString &terminal);
QString bookings(const QString &booth);
/** The terminal name in a topic made above, or empty when the topic is not one of ours. */
QString terminalOf(const QString &topic);
} // namespace Topic

} // namespace HealthHub::HubLink
