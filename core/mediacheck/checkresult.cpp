// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mediacheck/checkresult.h"

namespace HealthHub::MediaCheck {

QString statusName(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::NotRun:
        return QStringLiteral("not run");
    case CheckResult::Status::Running:
        return QStringLiteral("running");
    case CheckResult::Status::Pass:
        return QStringLiteral("pass");
    case CheckResult::Status::Warning:
        return QStringLiteral("warning");
    case CheckResult::Status::Fail:
        return QStringLiteral("fail");
    }
    return QString();
}

} // namespace HealthHub::MediaCheck
