// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the Store's implementation files. Not part of the store's API.

#include "core/store/records.h"

#include <QDate>
#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace HealthHub::Store::Internal {

constexpr qint64 kSecondsPerDay = 24 * 3600; ///< the report counts' day is a whole UTC day
constexpr int kMaxNotesLength = 2000;
constexpr int kMaxCodeLength = 64; ///< task codes and room names

/** Throws InvalidInput with @p what unless @p condition holds. */
void require(bool condition, const char *what);
/** Checks a session's answers (confidence, notes, referral, NHS login, tasks, barriers); not its time or people. */
void validateAnswers(const AssistedSession &session);

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
