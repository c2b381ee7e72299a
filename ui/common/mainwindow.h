// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/terminalconfig.h"

#include <QMainWindow>

class QLabel;

namespace HealthHub::Ui {

/**
 * The one top-level window. It shows the hub's name and, in demo mode, a plain "Demo" marker, and hosts
 * the role's shell (visitor, console or booth) below. In kiosk mode it covers the whole screen.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Config::TerminalConfig &config, QWidget *parent = nullptr);

    /** Puts the role's shell under the top bar; the window owns it. */
    void setShell(QWidget *shell);
    QWidget *shell() const { return m_shell; }

    /** Windowed at 1280 × 800 for development, or full screen over the primary screen in kiosk mode. */
    void present();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Config::TerminalConfig m_config;
    QWidget *m_shell = nullptr;
    QLabel *m_hubName = nullptr;
    QLabel *m_demo = nullptr;
};

} // namespace HealthHub::Ui
