// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/terminalconfig.h"

#include <QWidget>

namespace HealthHub::Ui {

class NavigationBar;
class ScreenStack;

/** The video booth: a welcome with two big choices, the pre-call check, the call and the wipe after. */
class BoothShell final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoothShell)

public:
    explicit BoothShell(const Core::TerminalConfig &config, QWidget *parent = nullptr);

    ScreenStack *stack() const { return m_stack; }
    NavigationBar *navigationBar() const { return m_bar; }
    bool showScreen(const QString &objectName);

Q_SIGNALS:
    void checkRequested();
    void joinRequested();
    void finishRequested();

private:
    ScreenStack *m_stack = nullptr;
    NavigationBar *m_bar = nullptr;
};

} // namespace HealthHub::Ui
