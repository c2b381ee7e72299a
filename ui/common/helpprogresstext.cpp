// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/helpprogresstext.h"

#include <QCoreApplication>

namespace HealthHub::Ui {

HelpProgressText helpProgressText(const HubLink::HelpProgress &progress)
{
    using Stage = HubLink::HelpProgress::Stage;
    switch (progress.stage) {
    case Stage::None:
    case Stage::Sending:
        return {QCoreApplication::translate("HelpProgress", "Asking a volunteer"),
                QCoreApplication::translate("HelpProgress",
                                            "Please wait here. We are telling the volunteers that you need help.")};
    case Stage::Received:
        return {QCoreApplication::translate("HelpProgress", "The volunteers know you need help"),
                QCoreApplication::translate("HelpProgress", "Please stay here. A volunteer will come to you soon.")};
    case Stage::Coming:
        if (progress.volunteer.isEmpty()) {
            return {QCoreApplication::translate("HelpProgress", "A volunteer is coming"),
                    QCoreApplication::translate("HelpProgress", "Please stay here. They will be with you soon.")};
        }
        return {QCoreApplication::translate("HelpProgress", "%1 is coming").arg(progress.volunteer),
                QCoreApplication::translate("HelpProgress", "Please stay here. %1 will be with you soon.")
                    .arg(progress.volunteer)};
    case Stage::Unreachable:
        break;
    }
    return {QCoreApplication::translate("HelpProgress", "Please ask at the desk"),
            QCoreApplication::translate(
                "HelpProgress",
                "We could not reach the volunteers from this screen. Please go to the desk and ask for help.")};
}

} // namespace HealthHub::Ui
