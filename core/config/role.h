// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace HealthHub::Config {

/** The job a terminal does. One binary serves all three; configuration picks one. */
enum class Role {
    Visitor, ///< walk-in visitor kiosk
    Console, ///< volunteer console over the encrypted records
    Booth,   ///< private video-appointment booth
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

} // namespace HealthHub::Config
