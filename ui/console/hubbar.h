// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QSoundEffect;
class QVBoxLayout;

namespace HealthHub::HubLink {
class Link;
}

namespace HealthHub::Ui {

class ConsoleContext;

/**
 * The hub's requests for a volunteer, above every console screen, even while the console is locked: a request
 * carries no visitor data, only the terminal and where its visitor is. A new request plays a sound. "I'm going"
 * tells that terminal a volunteer is on the way, with the signed-in volunteer's first name when there is one.
 * The bar also says when the console cannot reach the hub, and opens the list of terminals.
 */
class HubBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubBar)

public:
    HubBar(HubLink::Link *link, ConsoleContext *context, QWidget *parent = nullptr);

    /** How many times the request sound has played (a test can count it where no speaker is). */
    int soundsPlayed() const { return m_soundsPlayed; }

Q_SIGNALS:
    void terminalsRequested();

private:
    void rebuild(bool arrived);
    void updateState();

    HubLink::Link *m_link = nullptr;
    ConsoleContext *m_context = nullptr;
    QLabel *m_state = nullptr;
    QVBoxLayout *m_requests = nullptr;
    QSoundEffect *m_sound = nullptr;
    int m_soundsPlayed = 0;
};

} // namespace HealthHub::Ui
