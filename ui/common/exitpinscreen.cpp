// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/exitpinscreen.h"

#include "core/hubrecords/exitpin.h"
#include "ui/common/pinkeypad.h"
#include "ui/common/theme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

ExitPinScreen::ExitPinScreen(Kiosk::ExitPinGate *gate, QWidget *parent)
    : QWidget(parent)
    , m_gate(gate)
{
    setObjectName(QStringLiteral("exitPin"));
    setAttribute(Qt::WA_StyledBackground);
    setAutoFillBackground(true);

    // Words and Back on the left, the keypad on the right: four rows of 96 px keys fit a 800 px screen.
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 32, 48, 32);
    outer->setSpacing(56);
    auto *words = new QVBoxLayout;
    words->setSpacing(24);
    outer->addStretch(1);
    outer->addLayout(words, 0);

    words->addStretch(1);
    words->addWidget(makeLabel(tr("Leave kiosk mode"), Kind::Title, QStringLiteral("exitPinTitle"), this));
    m_lead = makeLabel(QString(), Kind::Lead, QStringLiteral("exitPinLead"), this);
    m_lead->setMinimumWidth(420);
    m_lead->setMaximumWidth(560);
    words->addWidget(m_lead);
    m_dots = makeLabel(QString(), Kind::Title, QStringLiteral("exitPinDots"), this);
    m_dots->setAccessibleName(tr("PIN"));
    words->addWidget(m_dots);
    m_message = makeLabel(QString(), Kind::Lead, QStringLiteral("exitPinMessage"), this);
    m_message->setMaximumWidth(560);
    words->addWidget(m_message);
    QPushButton *back = makeButton(tr("Back"), Kind::Secondary, QStringLiteral("exitPinBack"), this);
    back->setFocusPolicy(Qt::NoFocus);
    words->addWidget(back);
    words->addStretch(1);

    m_keypad = new PinKeypad(this);
    outer->addWidget(m_keypad, 0, Qt::AlignVCenter);
    outer->addStretch(1);

    connect(m_keypad, &PinKeypad::digitPressed, this, &ExitPinScreen::addDigit);
    connect(m_keypad, &PinKeypad::deletePressed, this, &ExitPinScreen::removeDigit);
    connect(m_keypad, &PinKeypad::okPressed, this, &ExitPinScreen::submit);
    connect(back, &QPushButton::clicked, this, &ExitPinScreen::dismiss);

    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(kInactivityMs);
    connect(&m_inactivity, &QTimer::timeout, this, &ExitPinScreen::dismiss);
    parent->installEventFilter(this);
    hide();
}

ExitPinScreen::~ExitPinScreen()
{
    wipe();
}

void ExitPinScreen::open()
{
    wipe();
    m_message->clear();
    if (!m_gate->isConfigured()) {
        m_lead->setText(tr("Kiosk mode can only be left by an administrator at the computer."));
        m_dots->hide();
        m_keypad->hide();
    } else {
        m_lead->setText(tr("Hub lead: type the exit PIN, then touch OK."));
        m_dots->show();
        m_keypad->show();
        m_keypad->setDigitsEnabled(true);
        if (m_gate->lockedForMs() > 0) {
            showLocked();
        }
    }
    updateDots();
    cover();
    show();
    raise();
    m_inactivity.start();
}

void ExitPinScreen::dismiss()
{
    m_inactivity.stop();
    wipe();
    if (isVisible()) {
        hide();
        Q_EMIT closed();
    }
}

void ExitPinScreen::touched()
{
    m_inactivity.start();
}

void ExitPinScreen::addDigit(char digit)
{
    touched();
    if (m_pin.size() < HubRecords::ExitPin::kMaxDigits) {
        m_pin.append(digit);
    }
    m_message->clear();
    updateDots();
}

void ExitPinScreen::removeDigit()
{
    touched();
    if (!m_pin.isEmpty()) {
        m_pin[m_pin.size() - 1] = '\0';
        m_pin.chop(1);
    }
    updateDots();
}

void ExitPinScreen::submit()
{
    touched();
    if (m_gate->lockedForMs() > 0) {
        showLocked();
        return;
    }
    if (m_pin.size() < HubRecords::ExitPin::kMinDigits) {
        m_message->setText(tr("Type 4 to 8 digits, then touch OK."));
        return;
    }
    const Kiosk::ExitPinGate::Outcome outcome = m_gate->check(m_pin);
    wipe();
    updateDots();
    switch (outcome) {
    case Kiosk::ExitPinGate::Outcome::Correct:
        m_inactivity.stop();
        hide();
        Q_EMIT exitAuthorised();
        return;
    case Kiosk::ExitPinGate::Outcome::Wrong:
        m_message->setText(tr("That PIN is not right. Try again."));
        return;
    case Kiosk::ExitPinGate::Outcome::Locked:
        showLocked();
        return;
    case Kiosk::ExitPinGate::Outcome::NotConfigured:
        open();
        return;
    }
}

void ExitPinScreen::showLocked()
{
    const int minutes = int((m_gate->lockedForMs() + 59999) / 60000);
    // Right in English without a translation loaded; %n keeps every plural form open to translators.
    m_message->setText(minutes == 1 ? tr("Too many wrong PINs. Try again in 1 minute.")
                                    : tr("Too many wrong PINs. Try again in %n minutes.", nullptr, minutes));
    m_keypad->setDigitsEnabled(false);
}

void ExitPinScreen::updateDots()
{
    m_dots->setText(m_pin.isEmpty() ? QStringLiteral(" ") : QString(m_pin.size(), QChar(0x25CF)));
}

void ExitPinScreen::wipe()
{
    m_pin.fill('\0');
    m_pin.clear();
}

void ExitPinScreen::cover()
{
    setGeometry(parentWidget()->rect());
}

bool ExitPinScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        cover();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace HealthHub::Ui
