// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hublink/hublink.h"

#include <QString>

namespace HealthHub::Ui {

/** What a visitor is told about their request for a volunteer: a title and one sentence. */
struct HelpProgressText
{
    QString title;
    QString sentence;
};

/**
 * The words for each stage of a help request, shared by the kiosk and the booth. They only ever say what is
 * true: "is coming" only after a volunteer answered, "ask at the desk" whenever the volunteers cannot be reached.
 */
HelpProgressText helpProgressText(const HubLink::HelpProgress &progress);

} // namespace HealthHub::Ui
