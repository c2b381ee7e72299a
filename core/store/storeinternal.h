// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the Store's implementation files. Not part of the store's API.

#include "core/records/records.h"

#include <QDate>
#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace HealthHub::Store {
class Database;
class Statement;
} // namespace HealthHub::Store

namespace HealthHub::Store::Internal {

using namespace Records;

constexpr qint64 kSecondsPerDay = 24 * 3600; ///< the report counts' day is a whole UTC day
constexpr int kMaxNotesLength = 2000;
constexpr int kMaxCodeLength = 64;     ///< task codes and room names
constexpr int kMaxNameLength = 40;     ///< visitors' and volunteers' names
constexpr int kMaxContactLength = 100; ///< a visitor's contact, a booking's purpose

/** Throws InvalidInput with @p what unless @p condition holds. */
void require(bool condition, const char *what);
/** Checks a session's answers (confidence, notes, referral, NHS login, tasks, barriers); not its time or people. */
void validateAnswers(const AssistedSession &session);

/** Removes a database file and its WAL, shared memory and journal. */
void removeDatabaseFiles(const QString &path);
/** Renames atomically (rename(2) replaces the target in one step) and syncs the folder. */
void renameOver(const QString &from, const QString &to);
/** Runs integrity_check; throws Corrupt with the first problem. */
void requireIntegrity(Database &db);

/** A visitor from a row of (id, name, contact, consent, consent_at, created_at). */
Visitor readVisitor(const Statement &row);
/** One visitor by id; throws NotFound. */
Visitor loadVisitor(Database &database, qint64 visitorId);
/** The ids of a visitor's sessions, oldest first. */
QList<qint64> sessionIdsOf(Database &database, qint64 visitorId);

inline qint64 toSeconds(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

inline QDateTime fromSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

inline QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/** Whole UTC days since 1970-01-01, as the daily report counts number them. */
inline qint64 dayNumber(const QDate &date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

/** The calendar month of day number @p day, as the monthly report counts number them: year * 12 + month - 1. */
inline qint64 monthOfDay(qint64 day)
{
    const QDate date = QDate(1970, 1, 1).addDays(day);
    return qint64(date.year()) * 12 + date.month() - 1;
}

} // namespace HealthHub::Store::Internal
