// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hub's records as values: what the store keeps and what reports and screens show. No SQL, no SQLCipher:
// anything that only shows or formats records links this library, not the store.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace HealthHub::Records {

/** Who is doing something, for the audit log. volunteerId 0 is the admin command line. */
struct Actor
{
    qint64 volunteerId = 0;
};

enum class VolunteerRole { Volunteer, HubLead };

struct Volunteer
{
    qint64 id = 0;
    QString name;
    VolunteerRole role = VolunteerRole::Volunteer;
    bool active = true;
    int failedPins = 0;
    QDateTime lockedUntil; ///< null when not locked
};

/** A visitor: only what the hub needs. A first name or initials, and a way to follow up if they agree. */
struct Visitor
{
    qint64 id = 0;
    QString name;    ///< first name or initials
    QString contact; ///< optional: phone or email, only for follow-up
    bool consent = false;
    QDateTime consentAt; ///< when consent was given; null without consent
    QDateTime createdAt;
};

/** One task a volunteer helped with, and how it went. Outcomes: knownOutcomes(). */
struct TaskHelped
{
    QString task; ///< task code from the catalogue, e.g. "repeat-prescription"
    QString outcome;
};

/** One assisted session. Codes come from the known*() lists below; 0 means "none" for ids and confidence. */
struct AssistedSession
{
    qint64 id = 0;
    QDateTime startedAt;
    QString terminal; ///< filled in by the store
    qint64 volunteerId = 0;
    qint64 visitorId = 0; ///< 0 for someone who gave no name
    QList<TaskHelped> tasks;
    QStringList barriers;
    QString referral = QStringLiteral("self");
    int confidenceBefore = 0; ///< 1-5, 0 when not asked
    int confidenceAfter = 0;
    QString notes; ///< no clinical detail: the console says so
    QDate followUpOn;
    QDateTime followUpDoneAt;
    QString nhsLogin = QStringLiteral("not_discussed");
};

/** A slot in a private room (the video booth). Slots in one room must not overlap. */
struct Booking
{
    qint64 id = 0;
    QString room = QStringLiteral("booth");
    QDateTime startsAt;
    QDateTime endsAt;
    qint64 visitorId = 0;
    qint64 volunteerId = 0;
    QString purpose;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 volunteerId = 0;
    QString terminal;
    QString action;     ///< read, create, update, export, erase, purge, sign-in…
    QString recordType; ///< visitor, session, booking, volunteer, store
    qint64 recordId = 0;
};

struct AuditCheck
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadId = 0; ///< the first entry that does not fit the chain
    QString problem;       ///< plain English, empty when intact
};

struct PinCheck
{
    enum class Outcome { Accepted, Wrong, Locked };
    Outcome outcome = Outcome::Wrong;
    int attemptsLeft = 0;
    QDateTime lockedUntil;
};

struct CountRow
{
    QString key;
    QString subKey;
    qint64 count = 0;
};

/** A funder report for [from, to): what was helped, how it went, who came and what is still to do. */
struct PeriodReport
{
    QDateTime from;
    QDateTime to;
    qint64 sessions = 0;
    qint64 visitors = 0;
    qint64 newVisitors = 0;       ///< first ever session falls in the period
    qint64 returningVisitors = 0; ///< had a session before the period
    QList<CountRow> byTaskOutcome;
    QList<CountRow> byBarrier;
    QList<CountRow> byReferral;
    QList<CountRow> byVolunteer;
    QList<CountRow> byNhsLogin;
    qint64 confidencePairs = 0;
    double averageConfidenceChange = 0;
    qint64 followUpsDue = 0;     ///< due today or later, not done
    qint64 followUpsOverdue = 0; ///< due before today, not done
    qint64 followUpsDone = 0;
};

struct PurgeSummary
{
    qint64 sessionsAnonymised = 0;
    qint64 visitorsDeleted = 0;
    qint64 bookingsDeleted = 0;
};

/** Everything held about one visitor, for a subject access request. */
struct VisitorExport
{
    QByteArray json;
    QString text;
};

/** A follow-up that is due: which session asked for it, for whom, and when. */
struct FollowUpDue
{
    qint64 sessionId = 0;
    qint64 visitorId = 0;
    QString visitorName; ///< empty when the visitor gave no name
    QString contact;
    QDate dueOn;
    QDateTime sessionAt;
    QStringList tasks; ///< task codes helped with in that session
};

/** A visitor found by a search, with how often and how lately they came. */
struct VisitorMatch
{
    Visitor visitor;
    qint64 sessions = 0;
    QDateTime lastSeen; ///< null for someone with no session yet
};

/** Codes the store accepts. The console shows their labels; reports group by them. */
const QStringList &knownOutcomes();
const QStringList &knownBarriers();
const QStringList &knownReferralSources();
const QStringList &knownNhsLoginStatuses();
QString volunteerRoleName(VolunteerRole role);

} // namespace HealthHub::Records
