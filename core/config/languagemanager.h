// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace HealthHub::Config {

class VisitorPreferences;

/**
 * Switches the whole application to another language while it runs: loads the application's translation
 * (embedded at :/i18n/healthhub_<code>.qm) and Qt's own (qtbase_<code>.qm, where Debian ships one),
 * installs them, and sets the default QLocale. Installing a translator sends QEvent::LanguageChange to
 * every widget, so screens retranslate themselves (see CONTRIBUTING.md, "Translations").
 * The layout direction needs QtGui and is set by the UI (Theme::apply) from isRightToLeft().
 */
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /** The resource path of the application's translation for @p code (it may not exist). */
    static QString translationPath(const QString &code);
    /** Codes of every language whose translation is embedded in the program, English included. */
    static QStringList shippedTranslations();

    QString language() const { return m_language; }
    bool isRightToLeft() const;

    /**
     * Switches to @p code (a code from knownLanguages()). False, and nothing changes, for an unknown code
     * or one without an embedded translation. Switching to the current language does nothing.
     */
    bool setLanguage(const QString &code);

    /** Follows the visitor's choice: the language changes with @p preferences, and returns with reset(). */
    void follow(const VisitorPreferences *preferences);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_application;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace HealthHub::Config
