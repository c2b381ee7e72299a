// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/terminalconfig.h"

#include <QWidget>

namespace HealthHub::Core {
class VisitorPreferences;
}

namespace HealthHub::Ui {

class NavigationBar;
class ScreenStack;

/**
 * The visitor kiosk: home screen, text size and colour, "a volunteer is coming", and the fixed
 * navigation bar. Later screens (task guides, language, browser) are added to its stack.
 */
class VisitorShell final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitorShell)

public:
    VisitorShell(const Core::TerminalConfig &config, Core::VisitorPreferences *preferences,
                 QWidget *parent = nullptr);

    ScreenStack *stack() const { return m_stack; }
    NavigationBar *navigationBar() const { return m_bar; }

    /** Opens a screen by objectName (for --show); false when there is no such screen. */
    bool showScreen(const QString &objectName);

Q_SIGNALS:
    void startRequested();
    void languageRequested();
    /** Finish was pressed: the visitor's session must be wiped before the next one. */
    void finishRequested();

public Q_SLOTS:
    /** Shows "Your details have been removed" and then the home screen. */
    void showDetailsRemoved();

private:
    QWidget *buildHome(const Core::TerminalConfig &config);
    QWidget *buildDisplaySettings();
    QWidget *buildVolunteerComing();
    QWidget *buildDetailsRemoved();
    void updateDisplaySettings();
    void updateBar();

    Core::VisitorPreferences *m_preferences;
    ScreenStack *m_stack = nullptr;
    NavigationBar *m_bar = nullptr;
    QWidget *m_displaySettings = nullptr;
};

} // namespace HealthHub::Ui
