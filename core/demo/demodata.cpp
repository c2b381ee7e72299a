// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demodata.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace HealthHub::Demo {

namespace {

// Invented short names and initials: nobody real, and obviously demo data to anyone who reads them.
const char *const kNames[] = {"Ada", "Bram", "Cleo", "Dev", "Effie", "Fin",  "Gus", "Hana", "Ivo",
                              "Jun", "Kit",  "Lola", "Mo",  "Nell",  "Otto", "Pip", "Quin", "Ros",
                              "Sol", "Tam",  "Uma",  "Vic", "Wren",  "Xan",  "Yas", "Zed"};

Store::SecureBytes secret(const QString &text)
{
    QString copy = text;
    return Store::SecureBytes::takeFromString(copy);
}

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(int(random.bounded(quint32(list.size()))));
}

Records::Visitor madeUpVisitor(int i)
{
    Records::Visitor visitor;
    const int n = int(std::size(kNames));
    if (i % 2 == 0) {
        visitor.name = QLatin1String(kNames[i % n]);
        if (i >= n * 2) {
            visitor.name += QStringLiteral(" %1").arg(i / (n * 2) + 1);
        }
    } else {
        visitor.name = QStringLiteral("%1.%2.").arg(QChar(u'A' + (i * 7) % 26)).arg(QChar(u'A' + (i * 11) % 26));
    }
    visitor.consent = i % 3 != 0;
    if (visitor.consent && i % 2 == 0) {
        visitor.contact = QStringLiteral("07700 900%1").arg(100 + i % 900); // Ofcom's drama range
    }
    return visitor;
}

/** The tasks and answers of one made-up session (not its time or people). */
void madeUpAnswers(QRandomGenerator &random, Records::AssistedSession &session)
{
    const int taskCount = 1 + int(random.bounded(3));
    QStringList chosen;
    for (int t = 0; t < taskCount; ++t) {
        const QString task = pick(random, assistedTaskCodes());
        if (!chosen.contains(task)) {
            chosen.append(task);
            session.tasks.append({task, pick(random, Records::knownOutcomes())});
        }
    }
    if (random.bounded(3) != 0) {
        session.barriers.append(pick(random, Records::knownBarriers()));
    }
    session.referral = pick(random, Records::knownReferralSources());
    session.nhsLogin = pick(random, Records::knownNhsLoginStatuses());
    if (random.bounded(4) != 0) {
        session.confidenceBefore = 1 + int(random.bounded(4));
        session.confidenceAfter = std::min(5, session.confidenceBefore + int(random.bounded(3)));
    }
}

Records::AssistedSession madeUpSession(QRandomGenerator &random, const DemoDataSummary &summary, const QDateTime &now,
                                       qint64 spanSeconds)
{
    Records::AssistedSession session;
    session.startedAt = now.addSecs(-qint64(random.bounded(quint64(std::max<qint64>(1, spanSeconds)))));
    session.volunteerId = pick(random, summary.volunteerIds);
    // Some visitors come back often: a skewed pick makes "returning" visitors.
    if (!summary.visitorIds.isEmpty() && random.bounded(10) != 0) {
        const quint32 range = quint32(summary.visitorIds.size());
        const quint32 skewed = std::min(random.bounded(range), random.bounded(range));
        session.visitorId = summary.visitorIds.at(int(skewed));
    }
    madeUpAnswers(random, session);
    if (random.bounded(5) == 0) {
        session.followUpOn = session.startedAt.date().addDays(7 + random.bounded(21));
        // Most follow-ups that fell due long ago were done; a few are left overdue.
        if (session.followUpOn < now.date().addDays(-7) && random.bounded(8) != 0) {
            session.followUpDoneAt = QDateTime(session.followUpOn, QTime(11, 0), Qt::UTC);
        }
    }
    if (random.bounded(6) == 0) {
        session.notes = QStringLiteral("Made-up demo note: practised the steps twice.");
    }
    return session;
}

} // namespace

const QStringList &assistedTaskCodes()
{
    static const QStringList codes{QStringLiteral("nhs_app_setup"),       QStringLiteral("nhs_login"),
                                   QStringLiteral("repeat_prescription"), QStringLiteral("gp_appointment"),
                                   QStringLiteral("test_results"),        QStringLiteral("nhs_111"),
                                   QStringLiteral("find_pharmacy"),       QStringLiteral("video_appointment"),
                                   QStringLiteral("health_record"),       QStringLiteral("other")};
    return codes;
}

Store::StoreResult<qint64> DemoData::addVolunteers(Store::Store &store)
{
    const Records::Actor admin;
    Store::StoreResult<qint64> lead =
        store.addVolunteer(admin, hubLeadName(), Records::VolunteerRole::HubLead, secret(hubLeadPin()));
    if (!lead.ok()) {
        return lead;
    }
    Store::StoreResult<qint64> helper =
        store.addVolunteer(admin, volunteerName(), Records::VolunteerRole::Volunteer, secret(volunteerPin()));
    if (!helper.ok()) {
        return helper.error();
    }
    return lead;
}

Store::StoreError DemoData::addVisitors(Store::Store &store, const Records::Actor &actor, int count,
                                        DemoDataSummary &summary)
{
    for (int i = 0; i < count; ++i) {
        Store::StoreResult<qint64> id = store.addVisitor(actor, madeUpVisitor(i));
        if (!id.ok()) {
            return id.error();
        }
        summary.visitorIds.append(id.value());
    }
    return {};
}

Store::StoreError DemoData::addSessions(Store::Store &store, const Records::Actor &actor,
                                        const DemoDataOptions &options, const QDateTime &now, QRandomGenerator &random,
                                        DemoDataSummary &summary)
{
    const qint64 spanSeconds = qint64(options.months) * 30 * 24 * 3600;
    QList<Records::AssistedSession> batch;
    for (int i = 0; i < options.sessions; ++i) {
        batch.append(madeUpSession(random, summary, now, spanSeconds));
        if (batch.size() >= options.batchSize || i == options.sessions - 1) {
            const Store::StoreError error = store.addSessions(actor, batch);
            if (!error.ok()) {
                return error;
            }
            summary.sessions += batch.size();
            batch.clear();
        }
    }
    return {};
}

Store::StoreError DemoData::addBookings(Store::Store &store, const Records::Actor &actor, const QDateTime &now,
                                        QRandomGenerator &random, DemoDataSummary &summary)
{
    // A few booth slots this week, on the hour in working time, never overlapping.
    const QDateTime monday(now.date().addDays(1 - now.date().dayOfWeek()), QTime(9, 0), Qt::UTC);
    for (int day = 0; day < 5; ++day) {
        for (int hour = 0; hour < 7; hour += 2 + day % 2) {
            Records::Booking booking;
            booking.startsAt = monday.addDays(day).addSecs(hour * 3600);
            booking.endsAt = booking.startsAt.addSecs(30 * 60);
            booking.visitorId = summary.visitorIds.isEmpty() ? 0 : pick(random, summary.visitorIds);
            booking.volunteerId = summary.hubLeadId;
            booking.purpose = QStringLiteral("GP video appointment");
            Store::StoreResult<qint64> id = store.addBooking(actor, booking);
            if (!id.ok()) {
                return id.error();
            }
            ++summary.bookings;
        }
    }
    return {};
}

Store::StoreResult<DemoDataSummary> DemoData::populate(Store::Store &store, const DemoDataOptions &options)
{
    DemoDataSummary summary;
    Store::StoreResult<qint64> lead = addVolunteers(store);
    if (!lead.ok()) {
        return lead.error();
    }
    summary.hubLeadId = lead.value();
    Store::StoreResult<QList<Records::Volunteer>> volunteers = store.volunteers();
    if (!volunteers.ok()) {
        return volunteers.error();
    }
    for (const Records::Volunteer &volunteer : volunteers.value()) {
        summary.volunteerIds.append(volunteer.id);
    }
    const Records::Actor actor{summary.hubLeadId};
    QRandomGenerator random(options.seed);
    const QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    Store::StoreError error = addVisitors(store, actor, options.visitors, summary);
    if (error.ok()) {
        error = addSessions(store, actor, options, now, random, summary);
    }
    if (error.ok() && options.bookings) {
        error = addBookings(store, actor, now, random, summary);
    }
    if (!error.ok()) {
        return error;
    }
    return summary;
}

} // namespace HealthHub::Demo
