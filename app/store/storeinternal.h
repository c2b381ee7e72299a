// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the Store's implementation files. Not part of the store's API.

#include <QDate>
#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace HealthHub::Core::StoreInternal {

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

} // namespace HealthHub::Core::StoreInternal
