// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace HealthHub::Config {
class VisitorPreferences;
}

namespace HealthHub::Ui {

/**
 * "Choose your language": one big button per language the terminal offers, each named in itself and in its
 * own script and font (no flags: flags are countries, not languages). The visitor's current language is
 * the checked, filled button with a tick. Touching one switches the whole kiosk at once.
 */
class LanguagePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguagePicker)

public:
    /** @p codes are the terminal's languages ([visitor] languages); @p preferences must outlive the screen. */
    LanguagePicker(const QStringList &codes, Config::VisitorPreferences *preferences, QWidget *parent = nullptr);

    /** The button of @p code, or nullptr when the terminal does not offer it. */
    QPushButton *button(const QString &code) const;

Q_SIGNALS:
    /** The visitor touched a language (the preferences already have it). */
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();

    Config::VisitorPreferences *m_preferences;
    QLabel *m_title = nullptr;
    QLabel *m_sentence = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace HealthHub::Ui
