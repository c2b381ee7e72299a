// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace HealthHub::Ui {

class ConsoleContext;

/** After sign-in: one big "Record a session" and the other places a volunteer goes. */
class MenuScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MenuScreen)

public:
    explicit MenuScreen(ConsoleContext *context, QWidget *parent = nullptr);

    void refresh();
    /** A short confirmation under the greeting, e.g. "The session is saved." */
    void showNotice(const QString &text);

Q_SIGNALS:
    /** The objectName of the screen to open. */
    void openRequested(const QString &screen);
    void signOutRequested();

private:
    ConsoleContext *m_context = nullptr;
    QLabel *m_greeting = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_followUps = nullptr;
    QPushButton *m_admin = nullptr;
};

} // namespace HealthHub::Ui
