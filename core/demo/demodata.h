// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/store.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace HealthHub::Demo {

/** Task codes a volunteer can record as helped with (the guides' catalogue will supply these later). */
const QStringList &assistedTaskCodes();

/** How much made-up data to generate, and from which seed (the same seed gives the same records). */
struct DemoDataOptions
{
    int visitors = 80;
    int sessions = 600;
    int months = 15; ///< sessions spread over this many months before `now`
    quint32 seed = 20240601;
    QDateTime now; ///< UTC; default: the store's clock
    bool bookings = true;
    int batchSize = 5000; ///< sessions per transaction
};

/** What the generator made, so tests and benchmarks can refer to it. */
struct DemoDataSummary
{
    qint64 hubLeadId = 0;
    QList<qint64> volunteerIds; ///< hub lead first
    QList<qint64> visitorIds;
    qint64 sessions = 0;
    qint64 bookings = 0;
};

/**
 * Fills an open, empty Store with obviously made-up records: volunteers with known PINs, visitors named by
 * initials ("J.S.") or first names from an invented list, sessions over the last months with every answer
 * the console offers, follow-ups and booth bookings. For the demo, GUI tests and benchmarks only.
 */
class DemoData final
{
public:
    /** The demo hub's passphrase and the hub lead's PIN, shown on screen in demo mode only. */
    static QString passphrase() { return QStringLiteral("demo hub passphrase"); }
    static QString hubLeadName() { return QStringLiteral("Sam Lead"); }
    static QString hubLeadPin() { return QStringLiteral("1234"); }
    static QString volunteerName() { return QStringLiteral("Alex Helper"); }
    static QString volunteerPin() { return QStringLiteral("2468"); }

    static Store::StoreResult<DemoDataSummary> populate(Store::Store &store, const DemoDataOptions &options = {});
    /** The volunteers only (the first-run state after set-up), returning the hub lead's id. */
    static Store::StoreResult<qint64> addVolunteers(Store::Store &store);

private:
    static Store::StoreError addVisitors(Store::Store &store, const Records::Actor &actor, int count,
                                         DemoDataSummary &summary);
    static Store::StoreError addSessions(Store::Store &store, const Records::Actor &actor,
                                         const DemoDataOptions &options, const QDateTime &now, QRandomGenerator &random,
                                         DemoDataSummary &summary);
    static Store::StoreError addBookings(Store::Store &store, const Records::Actor &actor, const QDateTime &now,
                                         QRandomGenerator &random, DemoDataSummary &summary);
};

} // namespace HealthHub::Demo
