// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/languagemanager.h"

#include "core/config/languages.h"
#include "core/config/logging.h"
#include "core/config/visitorpreferences.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace HealthHub::Config {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_language(QStringLiteral("en"))
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::translationPath(const QString &code)
{
    return QStringLiteral(":/i18n/healthhub_%1.qm").arg(code);
}

QStringList LanguageManager::shippedTranslations()
{
    QStringList codes;
    for (const Language &language : knownLanguages()) {
        if (QFile::exists(translationPath(language.code))) {
            codes.append(language.code);
        }
    }
    return codes;
}

bool LanguageManager::isRightToLeft() const
{
    const std::optional<Language> language = languageByCode(m_language);
    return language && language->rightToLeft;
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (code == m_language && m_application) {
        return true;
    }
    if (!languageByCode(code)) {
        qCWarning(lcApp) << "no such language:" << code;
        return false;
    }
    auto application = std::make_unique<QTranslator>();
    if (!application->load(translationPath(code))) {
        qCWarning(lcApp) << "no translation is built into the program for" << code;
        return false;
    }
    // Qt's own words (context menus, dialog buttons). Debian has none for some languages; ours still apply.
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qt.reset();
    }

    removeTranslators();
    m_application = std::move(application);
    m_qt = std::move(qt);
    m_language = code;
    // Hubs are in England: English dates and numbers are British ("21 November 2026", 21/11/2026).
    QLocale::setDefault(code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    : QLocale(code));
    // Each install posts QEvent::LanguageChange to every widget; they retranslate on the next event loop pass.
    if (m_qt) {
        QCoreApplication::installTranslator(m_qt.get());
    }
    QCoreApplication::installTranslator(m_application.get());
    qCInfo(lcApp) << "language is now" << code << (m_qt ? "" : "(no Qt translation)");
    Q_EMIT languageChanged(code);
    return true;
}

void LanguageManager::follow(const VisitorPreferences *preferences)
{
    connect(preferences, &VisitorPreferences::changed, this,
            [this, preferences] { setLanguage(preferences->language()); });
    setLanguage(preferences->language());
}

void LanguageManager::removeTranslators()
{
    if (m_application) {
        QCoreApplication::removeTranslator(m_application.get());
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
    }
    m_application.reset();
    m_qt.reset();
}

} // namespace HealthHub::Config
