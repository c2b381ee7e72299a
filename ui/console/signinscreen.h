// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QWidget>

class QLabel;

namespace HealthHub::Ui {

class ChipSelector;
class ConsoleContext;
class TouchKeypad;

/** Each volunteer signs in with their name and PIN. Wrong PINs count down to a lockout, said plainly. */
class SignInScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInScreen)

public:
    explicit SignInScreen(ConsoleContext *context, QWidget *parent = nullptr);

    /** Reloads the names of active volunteers. */
    void refresh();
    TouchKeypad *keypad() const { return m_keypad; }

Q_SIGNALS:
    void signedIn();
    void lockRecordsRequested();

private:
    void submit();

    ConsoleContext *m_context = nullptr;
    ChipSelector *m_names = nullptr;
    TouchKeypad *m_keypad = nullptr;
    QLabel *m_message = nullptr;
    QList<Records::Volunteer> m_volunteers;
};

} // namespace HealthHub::Ui
