// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/records.h"

namespace HealthHub::Records {

const QStringList &knownOutcomes()
{
    static const QStringList outcomes{QStringLiteral("done"), QStringLiteral("partly"), QStringLiteral("not_done"),
                                      QStringLiteral("referred")};
    return outcomes;
}

const QStringList &knownBarriers()
{
    // NHS England's domains of digital exclusion first, then the finer barriers hubs report on.
    static const QStringList barriers{
        QStringLiteral("access"),     QStringLiteral("skills"),          QStringLiteral("confidence"),
        QStringLiteral("motivation"), QStringLiteral("trust"),           QStringLiteral("connectivity"),
        QStringLiteral("language"),   QStringLiteral("health_literacy"), QStringLiteral("disability"),
        QStringLiteral("cost"),
    };
    return barriers;
}

const QStringList &knownReferralSources()
{
    static const QStringList sources{QStringLiteral("self"),     QStringLiteral("gp"),
                                     QStringLiteral("pharmacy"), QStringLiteral("social_prescriber"),
                                     QStringLiteral("library"),  QStringLiteral("family"),
                                     QStringLiteral("charity"),  QStringLiteral("other")};
    return sources;
}

const QStringList &knownNhsLoginStatuses()
{
    static const QStringList statuses{QStringLiteral("not_discussed"), QStringLiteral("not_needed"),
                                      QStringLiteral("started"), QStringLiteral("verified"),
                                      QStringLiteral("could_not_verify")};
    return statuses;
}

QString volunteerRoleName(VolunteerRole role)
{
    return role == VolunteerRole::HubLead ? QStringLiteral("hub lead") : QStringLiteral("volunteer");
}

} // namespace HealthHub::Records
