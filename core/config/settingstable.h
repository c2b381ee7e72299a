// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace HealthHub::Config {

/** What a setting's value is, which decides how it is read, checked and written. */
enum class SettingKind {
    Role,           ///< one of the role names
    Name,           ///< free text of min to max characters
    TerminalName,   ///< min to max letters, digits, spaces, dots, dashes or underscores
    Folder,         ///< a full folder path; need not exist yet
    ExistingFolder, ///< a full folder path that exists
    Languages,      ///< comma-separated language codes; the first becomes the default language
    Language,       ///< one of the languages already read
    Hosts,          ///< comma-separated host patterns
    HttpsUrl,       ///< an https:// address (http to loopback when testing)
    Number,         ///< a whole number from min to max
    Boolean,        ///< true or false
    SecretPath,     ///< a full file path, never echoed: it may be a secret typed in the wrong place
    PinHash,        ///< an Argon2id hash line, never echoed
    PublicKeys,     ///< comma-separated Ed25519 public keys in base64 (healthhub admin bundle keygen)
};

/** Where in TerminalConfig a setting's value goes: one pointer-to-member of the kind's type. */
using SettingField =
    std::variant<Role TerminalConfig::*, QString TerminalConfig::*, QStringList TerminalConfig::*,
                 int TerminalConfig::*, bool TerminalConfig::*, QUrl TerminalConfig::*, QByteArray TerminalConfig::*>;

/**
 * One key of the terminal's INI file: the one place its section, name, kind, range, default and advice are
 * written. Settings reads, checks and saves every key from these entries, TerminalConfig::defaults() takes its
 * defaults from them, and the packaging tests check docs/configuration.md against them.
 */
struct Setting
{
    const char *group = "";
    const char *name = "";
    SettingKind kind = SettingKind::Name;
    SettingField field;
    int min = 0;                       ///< Number: least value; Name, TerminalName: least length
    int max = 0;                       ///< Number: largest value; Name, TerminalName: longest length
    const char *unit = nullptr;        ///< Number: what it counts, in the advice ("seconds")
    const char *defaultText = nullptr; ///< the built-in value as the file would hold it; null: none or worked out
    bool required = false;             ///< a file must name it
    bool fromAfar = false;             ///< a signed bundle may set it (content and policy, never identity or secrets)
    const char *whenMissing = nullptr; ///< a required key's advice when it is left out; null: the kind's advice
    const char *advice = nullptr;      ///< what to write instead, when the kind's own advice is not enough

    /** What a wrong value should be replaced by, in plain words: "Use a whole number of seconds from 30 to 3600." */
    QString kindAdvice() const;

    /** "[visitor] idle_seconds", as messages and the documentation name it. */
    QString label() const;
};

/** Every key a configuration file may hold, in the order the documentation lists them. */
const QList<Setting> &settingsTable();

/** The entry for [@p group] @p name; the key must be in the table. */
const Setting &settingFor(const char *group, const char *name);

/** What is wrong with a value: the value to show (null: not repeated) and what to write instead. */
struct SettingProblem
{
    QString value;
    QString advice;
};

/**
 * Checks @p text as the value of @p setting and, when it is allowed, stores it in @p config. Values read before
 * it count (allow_loopback, languages). Returns the problem when it is not allowed.
 */
std::optional<SettingProblem> readSetting(const Setting &setting, const QString &text, TerminalConfig &config);

/** The value of @p setting in @p config as the file holds it; null when the key is left out (empty, false). */
QString writeSetting(const Setting &setting, const TerminalConfig &config);

/** Sets every key that has a built-in value in the table to it. */
void applySettingDefaults(TerminalConfig &config);

} // namespace HealthHub::Config
