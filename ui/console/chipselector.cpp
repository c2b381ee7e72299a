// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/chipselector.h"

#include "ui/common/theme.h"
#include "ui/console/flowlayout.h"

#include <QPushButton>

namespace HealthHub::Ui {

namespace {
const QString kTick = QStringLiteral("\u2714 ");
} // namespace

ChipSelector::ChipSelector(const QString &objectName, const QString &accessibleName, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    m_layout = new FlowLayout(this, 12);
    // The chosen state must be obvious at arm's length: filled green, white text, a tick.
    const Palette palette = Theme::palette(false);
    setStyleSheet(QStringLiteral("QPushButton { font-size: 24px; padding: 8px 20px; }"
                                 "QPushButton:checked { background: %1; color: %2; border-color: %1; }"
                                 "QPushButton:checked:focus { background: %1; color: %2; border-color: %3; }")
                      .arg(palette.primary.name(), palette.onPrimary.name(), palette.text.name()));
}

void ChipSelector::setChips(const QList<Chip> &chips)
{
    const QStringList keep = selected();
    for (QPushButton *button : std::as_const(m_buttons)) {
        m_layout->removeWidget(button);
        delete button;
    }
    m_buttons.clear();
    m_chips = chips;
    for (const Chip &chip : chips) {
        QPushButton *button =
            makeButton(chip.label, Kind::Secondary, objectName() + QLatin1Char('_') + chip.code, this);
        button->setCheckable(true);
        button->setAccessibleDescription(accessibleName());
        button->setProperty("chipCode", chip.code);
        button->setProperty("chipLabel", chip.label);
        connect(button, &QPushButton::clicked, this, [this, button] { chipClicked(button); });
        m_layout->addWidget(button);
        m_buttons.append(button);
    }
    setSelected(keep);
    updateGeometry();
}

QStringList ChipSelector::selected() const
{
    QStringList codes;
    for (const QPushButton *button : m_buttons) {
        if (button->isChecked()) {
            codes.append(button->property("chipCode").toString());
        }
    }
    return codes;
}

QString ChipSelector::current() const
{
    const QStringList codes = selected();
    return codes.isEmpty() ? QString() : codes.constFirst();
}

void ChipSelector::setSelected(const QStringList &codes)
{
    bool chosenOne = false;
    for (QPushButton *button : std::as_const(m_buttons)) {
        bool on = codes.contains(button->property("chipCode").toString());
        if (m_mode == Mode::Single) {
            on = on && !chosenOne;
            chosenOne = chosenOne || on;
        }
        button->setChecked(on);
        showState(button, button->property("chipLabel").toString());
    }
}

QPushButton *ChipSelector::chip(const QString &code) const
{
    for (QPushButton *button : m_buttons) {
        if (button->property("chipCode").toString() == code) {
            return button;
        }
    }
    return nullptr;
}

void ChipSelector::chipClicked(QPushButton *button)
{
    if (m_mode == Mode::Single && button->isChecked()) {
        for (QPushButton *other : std::as_const(m_buttons)) {
            if (other != button && other->isChecked()) {
                other->setChecked(false);
                showState(other, other->property("chipLabel").toString());
            }
        }
    }
    showState(button, button->property("chipLabel").toString());
    Q_EMIT changed();
}

void ChipSelector::showState(QPushButton *button, const QString &label)
{
    button->setText(button->isChecked() ? kTick + label : label);
    // Screen readers hear the state from the checkable button; the name stays the plain label.
    button->setAccessibleName(label);
}

} // namespace HealthHub::Ui
