// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace HealthHub::Ui {

/**
 * A session form as the volunteer left it, chip by chip, so an unfinished form comes back as it was after a lock or
 * a crash. Kept as compact JSON in the encrypted records (Store::saveDraft()).
 */
struct SessionDraft
{
    qint64 editingId = 0; ///< the session being changed; 0 for a new one
    QDateTime startedAt;
    qint64 visitorId = 0;
    QString visitorName;
    QStringList tasks;
    QHash<QString, QString> outcomes; ///< task code to outcome code
    QStringList barriers;
    QString referral;
    QString before; ///< confidence chips: "1" to "5", or empty
    QString after;
    QString nhsLogin;
    QString followUp; ///< the follow-up chip chosen
    QDate followUpOn; ///< a follow-up date of its own (a session being changed), or null
    QString notes;

    /** The follow-up chip for a date of the session's own, and the one for none. */
    static QString customFollowUp() { return QStringLiteral("custom"); }
    static QString noFollowUp() { return QStringLiteral("none"); }

    QByteArray toJson() const;
    /** The draft in @p json; fields it lacks are left empty. */
    static SessionDraft fromJson(const QByteArray &json);
    /** A saved @p session as the form shows it for changing; @p visitorName is the visitor's, if any. */
    static SessionDraft fromSession(const Records::AssistedSession &session, const QString &visitorName);
    /** The session the form records, with the store's defaults for what was left out. */
    Records::AssistedSession toSession(qint64 volunteerId) const;
};

} // namespace HealthHub::Ui
