// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/role.h"

namespace HealthHub::Config {

QString roleName(Role role)
{
    switch (role) {
    case Role::Visitor:
        return QStringLiteral("visitor");
    case Role::Console:
        return QStringLiteral("console");
    case Role::Booth:
        return QStringLiteral("booth");
    }
    Q_UNREACHABLE();
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Visitor, Role::Console, Role::Booth}) {
        if (name == roleName(role)) {
            return role;
        }
    }
    return std::nullopt;
}

} // namespace HealthHub::Config
