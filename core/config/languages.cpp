// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/languages.h"

namespace HealthHub::Config {

const QList<Language> &knownLanguages()
{
    // Native names are written in their own scripts so a visitor can find theirs without reading English.
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("English"), false},
        {QStringLiteral("pl"), QStringLiteral("Polski"), QStringLiteral("Polish"), false},
        {QStringLiteral("ro"), QStringLiteral("Română"), QStringLiteral("Romanian"), false},
        {QStringLiteral("ur"), QStringLiteral("اردو"), QStringLiteral("Urdu"), true},
        {QStringLiteral("ar"), QStringLiteral("العربية"), QStringLiteral("Arabic"), true},
        {QStringLiteral("bn"), QStringLiteral("বাংলা"), QStringLiteral("Bengali"), false},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文"), QStringLiteral("Chinese (Simplified)"), false},
        {QStringLiteral("sk"), QStringLiteral("Slovenčina"), QStringLiteral("Slovak"), false},
    };
    return languages;
}

std::optional<Language> languageByCode(const QString &code)
{
    for (const Language &language : knownLanguages()) {
        if (language.code == code) {
            return language;
        }
    }
    return std::nullopt;
}

} // namespace HealthHub::Config
