// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QPushButton;

namespace HealthHub::Ui {

/**
 * The fixed bar at the foot of every visitor and booth screen: Back, Home, Help and Finish, always in
 * the same place, so a visitor is never lost. Buttons a screen cannot use are disabled, never hidden.
 */
class NavigationBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBar)

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void setBackEnabled(bool enabled);
    void setHomeEnabled(bool enabled);

    QPushButton *backButton() const { return m_back; }
    QPushButton *homeButton() const { return m_home; }
    QPushButton *helpButton() const { return m_help; }
    QPushButton *finishButton() const { return m_finish; }

    /** Adds a button between Help and Finish (for example Read aloud), owned by the bar. */
    void addExtraButton(QPushButton *button);

Q_SIGNALS:
    void backRequested();
    void homeRequested();
    void helpRequested();
    void finishRequested();

private:
    QPushButton *m_back = nullptr;
    QPushButton *m_home = nullptr;
    QPushButton *m_help = nullptr;
    QPushButton *m_finish = nullptr;
};

} // namespace HealthHub::Ui
