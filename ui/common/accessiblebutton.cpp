// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/accessiblebutton.h"

#include <QAbstractButton>
#include <QPushButton>

namespace HealthHub::Ui {

namespace {
QAccessibleInterface *buttonFactory(const QString &className, QObject *object)
{
    // Qt asks once per class of the object's ancestry, most derived first; a QPushButton subclass without its own
    // meta-object (WrappingButton, the task tiles) is asked about as "QPushButton".
    if (className == QLatin1String("QPushButton") && object && object->isWidgetType()) {
        if (auto *button = qobject_cast<QPushButton *>(object)) {
            return new AccessibleButton(button);
        }
    }
    return nullptr;
}
} // namespace

AccessibleButton::AccessibleButton(QAbstractButton *button)
    : QAccessibleWidget(button, QAccessible::Button)
{}

void AccessibleButton::install()
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(buttonFactory);
        installed = true;
    }
}

QAbstractButton *AccessibleButton::button() const
{
    return static_cast<QAbstractButton *>(widget());
}

QAccessible::Role AccessibleButton::role() const
{
    if (!button()->isCheckable()) {
        return QAccessible::Button;
    }
    return button()->property(kOneOfMany).toBool() ? QAccessible::RadioButton : QAccessible::CheckBox;
}

QAccessible::State AccessibleButton::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.pressed = button()->isDown();
    state.checkable = button()->isCheckable();
    state.checked = button()->isChecked();
    if (auto *push = qobject_cast<QPushButton *>(button())) {
        state.defaultButton = push->isDefault();
    }
    return state;
}

QString AccessibleButton::text(QAccessible::Text t) const
{
    QString text = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && text.isEmpty()) {
        // No accessible name given: the words on the button, without the mnemonic's ampersand.
        text = button()->text();
        text.remove(QLatin1Char('&'));
    }
    return text;
}

QStringList AccessibleButton::actionNames() const
{
    QStringList names;
    if (widget()->isEnabled()) {
        names << (button()->isCheckable() ? toggleAction() : pressAction());
    }
    return names + QAccessibleWidget::actionNames();
}

void AccessibleButton::doAction(const QString &actionName)
{
    if (!widget()->isEnabled()) {
        return;
    }
    if (actionName == pressAction() || actionName == toggleAction()) {
        // A click, as a tap or the space bar makes: clicked() and toggled() both follow. Animated, so the answer
        // to the screen reader goes out first and the button is seen pressed.
        button()->animateClick();
        return;
    }
    QAccessibleWidget::doAction(actionName);
}

QStringList AccessibleButton::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == pressAction() || actionName == toggleAction()) {
        return {QStringLiteral("Space")};
    }
    return QAccessibleWidget::keyBindingsForAction(actionName);
}

} // namespace HealthHub::Ui
