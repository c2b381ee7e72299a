// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace HealthHub::Config {

/** A language the kiosk can be set to: its code, its own name in its own script, and its direction. */
struct Language
{
    QString code;        ///< Qt locale name without region where none is needed: "en", "pl", "zh_CN"
    QString nativeName;  ///< the language's name in itself: "Polski", "اردو"
    QString englishName; ///< for volunteers and logs: "Polish"
    bool rightToLeft = false;
};

/** Every language the application knows, English first. Configuration may only name these. */
const QList<Language> &knownLanguages();
std::optional<Language> languageByCode(const QString &code);

} // namespace HealthHub::Config
