// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace HealthHub::Ui {

/**
 * A large touch keypad for PINs: digits 1–9 and 0, Delete and OK, each button well over the 72 px touch
 * minimum. It only reports presses; the screen that owns it keeps the digits (and never shows them).
 * Buttons are named keypad0 … keypad9, keypadDelete and keypadOk for tests.
 */
class PinKeypad final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinKeypad)

public:
    static constexpr int kKeyPx = 96;

    explicit PinKeypad(QWidget *parent = nullptr);

    /** Enables or disables the digit and OK keys (Delete stays usable). */
    void setDigitsEnabled(bool enabled);
    QPushButton *key(const QString &objectName) const;

Q_SIGNALS:
    void digitPressed(char digit);
    void deletePressed();
    void okPressed();

private:
    QList<QPushButton *> m_digitKeys;
    QPushButton *m_ok = nullptr;
};

} // namespace HealthHub::Ui
