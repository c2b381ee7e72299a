// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/exitpingate.h"

#include <QByteArray>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace HealthHub::Ui {

class PinKeypad;

/**
 * "Leave kiosk mode": shown over the whole window after the hidden exit gesture, in every role. The hub
 * lead types the exit PIN on a large keypad. The right PIN emits exitAuthorised(); a wrong one says so
 * plainly; five wrong PINs lock the screen for five minutes (ExitPinGate). Without [kiosk] exit_pin_hash it
 * only says that an administrator must do it at the computer. It goes back to what was under it after 30
 * seconds without a touch. The digits are never shown, only dots, and are wiped after each try.
 */
class ExitPinScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExitPinScreen)

public:
    static constexpr int kInactivityMs = 30000;

    /** Covers @p parent while open; @p gate decides PINs (the screen does not own it). */
    ExitPinScreen(Kiosk::ExitPinGate *gate, QWidget *parent);
    ~ExitPinScreen() override;

    /** For tests: how long without a touch before the screen closes (default kInactivityMs). */
    void setInactivityMs(int ms) { m_inactivity.setInterval(ms); }
    int inactivityMs() const { return m_inactivity.interval(); }

public Q_SLOTS:
    /** Shows the screen (the exit gesture calls this). */
    void open();
    /** Back to what was under it; the typed digits are wiped. */
    void dismiss();

Q_SIGNALS:
    /** The right PIN was typed: the application leaves kiosk mode. */
    void exitAuthorised();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addDigit(char digit);
    void removeDigit();
    void submit();
    void touched();
    void showLocked();
    void updateDots();
    void wipe();
    void cover();

    Kiosk::ExitPinGate *m_gate;
    QByteArray m_pin;
    QTimer m_inactivity;
    QLabel *m_lead = nullptr;
    QLabel *m_dots = nullptr;
    QLabel *m_message = nullptr;
    PinKeypad *m_keypad = nullptr;
};

} // namespace HealthHub::Ui
