// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/visitorpreferences.h"

#include <QtGlobal>

namespace HealthHub::Config {

VisitorPreferences::VisitorPreferences(const QString &defaultLanguage, QObject *parent)
    : QObject(parent)
    , m_defaultLanguage(defaultLanguage)
    , m_language(defaultLanguage)
{
}

bool VisitorPreferences::isDefault() const
{
    return qFuzzyCompare(m_textScale, kMinTextScale) && !m_highContrast && m_language == m_defaultLanguage;
}

void VisitorPreferences::setTextScale(double scale)
{
    const double clamped = qBound(kMinTextScale, scale, kMaxTextScale);
    if (qFuzzyCompare(clamped, m_textScale)) {
        return;
    }
    m_textScale = clamped;
    Q_EMIT changed();
}

void VisitorPreferences::setHighContrast(bool on)
{
    if (on == m_highContrast) {
        return;
    }
    m_highContrast = on;
    Q_EMIT changed();
}

void VisitorPreferences::setLanguage(const QString &code)
{
    if (code == m_language) {
        return;
    }
    m_language = code;
    Q_EMIT changed();
}

void VisitorPreferences::reset()
{
    if (isDefault()) {
        return;
    }
    m_textScale = kMinTextScale;
    m_highContrast = false;
    m_language = m_defaultLanguage;
    Q_EMIT changed();
}

} // namespace HealthHub::Config
