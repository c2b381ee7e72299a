// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace HealthHub::Config {

/**
 * The visitor's own choices for this session: text size, contrast and language.
 * Never saved: reset() puts back the terminal's defaults when the visitor finishes.
 */
class VisitorPreferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitorPreferences)

public:
    static constexpr double kMinTextScale = 1.0;
    static constexpr double kMaxTextScale = 2.0;

    explicit VisitorPreferences(const QString &defaultLanguage, QObject *parent = nullptr);

    double textScale() const { return m_textScale; }
    bool highContrast() const { return m_highContrast; }
    QString language() const { return m_language; }
    QString defaultLanguage() const { return m_defaultLanguage; }
    bool isDefault() const;

    /** Clamped to kMinTextScale..kMaxTextScale. */
    void setTextScale(double scale);
    void setHighContrast(bool on);
    void setLanguage(const QString &code);

    /** Back to the terminal's defaults; emits changed() when anything was different. */
    void reset();

Q_SIGNALS:
    void changed();

private:
    QString m_defaultLanguage;
    QString m_language;
    double m_textScale = kMinTextScale;
    bool m_highContrast = false;
};

} // namespace HealthHub::Config
