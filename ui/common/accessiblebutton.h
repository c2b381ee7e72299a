// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>

class QAbstractButton;

namespace HealthHub::Ui {

/**
 * What a screen reader (AT-SPI on Linux) sees of every push button: its name, its role and one action that does
 * exactly what a tap does. Qt's own interface "toggles" a checkable button for the Toggle action without a click,
 * so code that listens to clicked() (a language, a console chip) never hears it; and it fixes the role when the
 * button is first seen, before it may become checkable. This one asks the button each time and clicks it.
 * A checkable button is a check box; one with kOneOfMany (a language of the picker) a radio button.
 */
class AccessibleButton final : public QAccessibleWidget
{
public:
    /** A checkable button with this property true is one choice of several, only one of which is checked. */
    static constexpr char kOneOfMany[] = "oneOfMany";

    explicit AccessibleButton(QAbstractButton *button);
    Q_DISABLE_COPY_MOVE(AccessibleButton)

    /** Makes Qt use this for every QPushButton from now on; call once before the first button is made. */
    static void install();

    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    QString text(QAccessible::Text t) const override;
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QAbstractButton *button() const;
};

} // namespace HealthHub::Ui
