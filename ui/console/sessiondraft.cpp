// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/sessiondraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace HealthHub::Ui {

namespace {

QStringList strings(const QJsonObject &object, const char *key)
{
    QStringList list;
    for (const QJsonValue &value : object.value(QLatin1String(key)).toArray()) {
        list.append(value.toString());
    }
    return list;
}

} // namespace

QByteArray SessionDraft::toJson() const
{
    QJsonObject outcomeObject;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        outcomeObject.insert(it.key(), it.value());
    }
    const QJsonObject draft{
        {QStringLiteral("editing"), editingId},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODate)},
        {QStringLiteral("visitorId"), visitorId},
        {QStringLiteral("visitorName"), visitorName},
        {QStringLiteral("tasks"), QJsonArray::fromStringList(tasks)},
        {QStringLiteral("outcomes"), outcomeObject},
        {QStringLiteral("barriers"), QJsonArray::fromStringList(barriers)},
        {QStringLiteral("referral"), referral},
        {QStringLiteral("before"), before},
        {QStringLiteral("after"), after},
        {QStringLiteral("nhsLogin"), nhsLogin},
        {QStringLiteral("followUp"), followUp},
        {QStringLiteral("followUpOn"), followUpOn.toString(Qt::ISODate)},
        {QStringLiteral("notes"), notes},
    };
    return QJsonDocument(draft).toJson(QJsonDocument::Compact);
}

SessionDraft SessionDraft::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    SessionDraft draft;
    draft.editingId = object.value(QStringLiteral("editing")).toInteger();
    draft.startedAt = QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    draft.visitorId = object.value(QStringLiteral("visitorId")).toInteger();
    draft.visitorName = object.value(QStringLiteral("visitorName")).toString();
    draft.tasks = strings(object, "tasks");
    const QJsonObject outcomes = object.value(QStringLiteral("outcomes")).toObject();
    for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it) {
        draft.outcomes.insert(it.key(), it.value().toString());
    }
    draft.barriers = strings(object, "barriers");
    draft.referral = object.value(QStringLiteral("referral")).toString();
    draft.before = object.value(QStringLiteral("before")).toString();
    draft.after = object.value(QStringLiteral("after")).toString();
    draft.nhsLogin = object.value(QStringLiteral("nhsLogin")).toString();
    draft.followUp = object.value(QStringLiteral("followUp")).toString();
    draft.followUpOn = QDate::fromString(object.value(QStringLiteral("followUpOn")).toString(), Qt::ISODate);
    draft.notes = object.value(QStringLiteral("notes")).toString();
    return draft;
}

SessionDraft SessionDraft::fromSession(const Records::AssistedSession &session, const QString &visitorName)
{
    SessionDraft draft;
    draft.editingId = session.id;
    draft.startedAt = session.startedAt;
    draft.visitorId = session.visitorId;
    draft.visitorName = visitorName;
    for (const Records::TaskHelped &task : session.tasks) {
        draft.tasks.append(task.task);
        draft.outcomes.insert(task.task, task.outcome);
    }
    draft.barriers = session.barriers;
    draft.referral = session.referral;
    draft.before = session.confidenceBefore > 0 ? QString::number(session.confidenceBefore) : QString();
    draft.after = session.confidenceAfter > 0 ? QString::number(session.confidenceAfter) : QString();
    draft.nhsLogin = session.nhsLogin;
    draft.followUpOn = session.followUpOn;
    draft.followUp = session.followUpOn.isValid() ? customFollowUp() : noFollowUp();
    draft.notes = session.notes;
    return draft;
}

Records::AssistedSession SessionDraft::toSession(qint64 volunteerId) const
{
    Records::AssistedSession session;
    session.id = editingId;
    session.startedAt = startedAt;
    session.volunteerId = volunteerId;
    session.visitorId = visitorId;
    for (const QString &task : tasks) {
        const QString outcome = outcomes.value(task);
        session.tasks.append({task, outcome.isEmpty() ? QStringLiteral("done") : outcome});
    }
    session.barriers = barriers;
    session.referral = referral.isEmpty() ? QStringLiteral("self") : referral;
    session.confidenceBefore = before.toInt();
    session.confidenceAfter = after.toInt();
    session.nhsLogin = nhsLogin.isEmpty() ? QStringLiteral("not_discussed") : nhsLogin;
    if (followUp == customFollowUp()) {
        session.followUpOn = followUpOn;
    } else if (!followUp.isEmpty() && followUp != noFollowUp()) {
        session.followUpOn = startedAt.toLocalTime().date().addDays(followUp.toInt());
    }
    session.notes = notes.trimmed();
    return session;
}

} // namespace HealthHub::Ui
