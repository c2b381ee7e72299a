// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/terminalconfig.h"

#include <QWidget>

namespace HealthHub::Ui {

class ScreenStack;

/** The volunteer console: the locked home screen first; unlocking leads to the record screens. */
class ConsoleShell final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleShell)

public:
    explicit ConsoleShell(const Core::TerminalConfig &config, QWidget *parent = nullptr);

    ScreenStack *stack() const { return m_stack; }
    bool showScreen(const QString &objectName);

Q_SIGNALS:
    void unlockRequested();

private:
    ScreenStack *m_stack = nullptr;
};

} // namespace HealthHub::Ui
