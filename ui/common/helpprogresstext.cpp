// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/helpprogresstext.h"

#include <QCoreApplication>

namespace HealthHub::Ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HelpProgress", text);
}
} // namespace

HelpProgressText helpProgressText(const HubLink::HelpProgress &progress)
{
    using Stage = HubLink::HelpProgress::Stage;
    switch (progress.stage) {
    case Stage::None:
    case Stage::Sending:
        return {tr("Asking a volunteer"), tr("Please wait here. We are telling the volunteers that you need help.")};
    case Stage::Received:
        return {tr("The volunteers know you need help"), tr("Please stay here. A volunteer will come to you soon.")};
    case Stage::Coming:
        if (progress.volunteer.isEmpty()) {
            return {tr("A volunteer is coming"), tr("Please stay here. They will be with you soon.")};
        }
        return {tr("%1 is coming").arg(progress.volunteer),
                tr("Please stay here. %1 will be with you soon.").arg(progress.volunteer)};
    case Stage::Unreachable:
        break;
    }
    return {tr("Please ask at the desk"),
            tr("We could not reach the volunteers from this screen. Please go to the desk and ask for help.")};
}

} // namespace HealthHub::Ui
