// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace HealthHub::Ui {

class ConsoleContext;

/** First run: the hub lead chooses the hub passphrase and makes the first hub-lead account. */
class SetupScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupScreen)

public:
    explicit SetupScreen(ConsoleContext *context, QWidget *parent = nullptr);

Q_SIGNALS:
    /** The records exist and the hub lead is signed in. */
    void created();

private:
    void create();
    /** What is wrong with the form apart from the passphrase's length; empty when nothing is. */
    QString formProblem() const;

    ConsoleContext *m_context = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinRepeat = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace HealthHub::Ui
