// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/visitorfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace HealthHub::Reports {

using namespace Records;

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject personJson(const Visitor &person)
{
    return {
        {QStringLiteral("id"), person.id},
        {QStringLiteral("name"), person.name},
        {QStringLiteral("contact"), person.contact},
        {QStringLiteral("consent"), person.consent},
        {QStringLiteral("consent_at"), person.consentAt.toString(Qt::ISODate)},
        {QStringLiteral("created_at"), person.createdAt.toString(Qt::ISODate)},
    };
}

QStringList personText(const Visitor &person, const QDateTime &madeAt)
{
    return {QStringLiteral("Everything this hub holds about visitor %1").arg(person.id),
            QStringLiteral("Made on %1").arg(madeAt.toString(Qt::ISODate)),
            QString(),
            QStringLiteral("Name: %1").arg(person.name),
            QStringLiteral("Contact: %1").arg(person.contact.isEmpty() ? QStringLiteral("none") : person.contact),
            QStringLiteral("Agreed to follow-up: %1")
                .arg(person.consent ? QStringLiteral("yes, on ") + person.consentAt.toString(Qt::ISODate)
                                    : QStringLiteral("no")),
            QStringLiteral("First recorded: %1").arg(person.createdAt.toString(Qt::ISODate))};
}

QJsonObject sessionJson(const AssistedSession &session)
{
    QJsonArray tasks;
    for (const TaskHelped &task : session.tasks) {
        tasks.append(QJsonObject{{QStringLiteral("task"), task.task}, {QStringLiteral("outcome"), task.outcome}});
    }
    return {
        {QStringLiteral("id"), session.id},
        {QStringLiteral("started_at"), session.startedAt.toString(Qt::ISODate)},
        {QStringLiteral("terminal"), session.terminal},
        {QStringLiteral("volunteer_id"), session.volunteerId},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("barriers"), QJsonArray::fromStringList(session.barriers)},
        {QStringLiteral("referral"), session.referral},
        {QStringLiteral("confidence_before"), session.confidenceBefore},
        {QStringLiteral("confidence_after"), session.confidenceAfter},
        {QStringLiteral("notes"), session.notes},
        {QStringLiteral("follow_up_on"), isoDate(session.followUpOn)},
        {QStringLiteral("follow_up_done_at"), session.followUpDoneAt.toString(Qt::ISODate)},
        {QStringLiteral("nhs_login"), session.nhsLogin},
    };
}

QStringList sessionText(const AssistedSession &session)
{
    QStringList taskText;
    for (const TaskHelped &task : session.tasks) {
        taskText.append(task.task + QStringLiteral(" (") + task.outcome + QLatin1Char(')'));
    }
    QStringList text{QString(),
                     QStringLiteral("Session on %1").arg(session.startedAt.toString(Qt::ISODate)),
                     QStringLiteral("  Helped with: %1").arg(taskText.join(QStringLiteral(", "))),
                     QStringLiteral("  Barriers: %1").arg(session.barriers.join(QStringLiteral(", "))),
                     QStringLiteral("  Referred by: %1").arg(session.referral),
                     QStringLiteral("  Notes: %1").arg(session.notes)};
    if (session.followUpOn.isValid()) {
        text << QStringLiteral("  Follow-up on: %1").arg(isoDate(session.followUpOn));
    }
    return text;
}

QJsonObject bookingJson(const Booking &booking)
{
    return {
        {QStringLiteral("id"), booking.id},
        {QStringLiteral("room"), booking.room},
        {QStringLiteral("starts_at"), booking.startsAt.toString(Qt::ISODate)},
        {QStringLiteral("ends_at"), booking.endsAt.toString(Qt::ISODate)},
        {QStringLiteral("purpose"), booking.purpose},
    };
}

QJsonObject accessJson(const AuditEntry &entry)
{
    return {
        {QStringLiteral("at"), entry.at.toString(Qt::ISODate)},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("volunteer_id"), entry.volunteerId},
        {QStringLiteral("terminal"), entry.terminal},
    };
}

} // namespace

VisitorExport formatVisitorFile(const VisitorFile &file)
{
    QJsonObject root = personJson(file.visitor);
    QStringList text = personText(file.visitor, file.madeAt);
    QJsonArray sessions;
    for (const AssistedSession &session : file.sessions) {
        sessions.append(sessionJson(session));
        text << sessionText(session);
    }
    root.insert(QStringLiteral("sessions"), sessions);
    QJsonArray bookings;
    for (const Booking &booking : file.bookings) {
        bookings.append(bookingJson(booking));
        text << QString()
             << QStringLiteral("Booking of the %1 on %2").arg(booking.room, booking.startsAt.toString(Qt::ISODate));
    }
    root.insert(QStringLiteral("bookings"), bookings);
    QJsonArray access;
    text << QString() << QStringLiteral("Who has looked at or changed these records:");
    for (const AuditEntry &entry : file.accessLog) {
        access.append(accessJson(entry));
        text << QStringLiteral("  %1  %2 by volunteer %3 at %4")
                    .arg(entry.at.toString(Qt::ISODate), entry.action, QString::number(entry.volunteerId),
                         entry.terminal);
    }
    root.insert(QStringLiteral("access_log"), access);

    VisitorExport result;
    result.json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    result.text = text.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return result;
}

} // namespace HealthHub::Reports
