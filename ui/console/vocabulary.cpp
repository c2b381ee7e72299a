// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/vocabulary.h"

#include "core/demo/demodata.h"
#include "core/records/records.h"

#include <QHash>

namespace HealthHub::Ui {

QString Vocabulary::label(List list, const QString &code)
{
    static const QHash<QString, const char *> words{
        // tasks
        {QStringLiteral("task:nhs_app_setup"), QT_TR_NOOP("Set up NHS App")},
        {QStringLiteral("task:nhs_login"), QT_TR_NOOP("NHS login")},
        {QStringLiteral("task:repeat_prescription"), QT_TR_NOOP("Repeat prescription")},
        {QStringLiteral("task:gp_appointment"), QT_TR_NOOP("GP appointment")},
        {QStringLiteral("task:test_results"), QT_TR_NOOP("Test results")},
        {QStringLiteral("task:nhs_111"), QT_TR_NOOP("NHS 111 online")},
        {QStringLiteral("task:find_pharmacy"), QT_TR_NOOP("Find a pharmacy")},
        {QStringLiteral("task:video_appointment"), QT_TR_NOOP("Video appointment")},
        {QStringLiteral("task:health_record"), QT_TR_NOOP("Health record")},
        {QStringLiteral("task:other"), QT_TR_NOOP("Something else")},
        // outcomes
        {QStringLiteral("outcome:done"), QT_TR_NOOP("Done")},
        {QStringLiteral("outcome:partly"), QT_TR_NOOP("Partly done")},
        {QStringLiteral("outcome:not_done"), QT_TR_NOOP("Not done")},
        {QStringLiteral("outcome:referred"), QT_TR_NOOP("Referred on")},
        // barriers
        {QStringLiteral("barrier:access"), QT_TR_NOOP("No device or access")},
        {QStringLiteral("barrier:skills"), QT_TR_NOOP("Digital skills")},
        {QStringLiteral("barrier:confidence"), QT_TR_NOOP("Confidence")},
        {QStringLiteral("barrier:motivation"), QT_TR_NOOP("Motivation")},
        {QStringLiteral("barrier:trust"), QT_TR_NOOP("Trust or safety")},
        {QStringLiteral("barrier:connectivity"), QT_TR_NOOP("No internet")},
        {QStringLiteral("barrier:language"), QT_TR_NOOP("Language")},
        {QStringLiteral("barrier:health_literacy"), QT_TR_NOOP("Health literacy")},
        {QStringLiteral("barrier:disability"), QT_TR_NOOP("Disability")},
        {QStringLiteral("barrier:cost"), QT_TR_NOOP("Cost")},
        // referral sources
        {QStringLiteral("referral:self"), QT_TR_NOOP("Self")},
        {QStringLiteral("referral:gp"), QT_TR_NOOP("GP practice")},
        {QStringLiteral("referral:pharmacy"), QT_TR_NOOP("Pharmacy")},
        {QStringLiteral("referral:social_prescriber"), QT_TR_NOOP("Social prescriber")},
        {QStringLiteral("referral:library"), QT_TR_NOOP("Library")},
        {QStringLiteral("referral:family"), QT_TR_NOOP("Family or friend")},
        {QStringLiteral("referral:charity"), QT_TR_NOOP("Charity")},
        {QStringLiteral("referral:other"), QT_TR_NOOP("Other")},
        // NHS login
        {QStringLiteral("login:not_discussed"), QT_TR_NOOP("Not discussed")},
        {QStringLiteral("login:not_needed"), QT_TR_NOOP("Not needed")},
        {QStringLiteral("login:started"), QT_TR_NOOP("Started")},
        {QStringLiteral("login:verified"), QT_TR_NOOP("Verified")},
        {QStringLiteral("login:could_not_verify"), QT_TR_NOOP("Could not verify")},
    };
    static const char *const prefixes[] = {"task:", "outcome:", "barrier:", "referral:", "login:"};
    const auto it = words.constFind(QLatin1String(prefixes[int(list)]) + code);
    // An unknown code (for example a task from a newer catalogue) is shown as it is rather than hidden.
    return it == words.constEnd() ? code : tr(it.value());
}

QList<Chip> Vocabulary::chips(List list)
{
    QStringList codes;
    switch (list) {
    case List::Task:
        codes = Demo::assistedTaskCodes();
        break;
    case List::Outcome:
        codes = Records::knownOutcomes();
        break;
    case List::Barrier:
        codes = Records::knownBarriers();
        break;
    case List::Referral:
        codes = Records::knownReferralSources();
        break;
    case List::NhsLogin:
        codes = Records::knownNhsLoginStatuses();
        break;
    }
    QList<Chip> result;
    for (const QString &code : std::as_const(codes)) {
        result.append({code, label(list, code)});
    }
    return result;
}

} // namespace HealthHub::Ui
