// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

namespace HealthHub::HubLink {
class Link;
}

namespace HealthHub::Ui {

class TerminalsModel;

/** The hub at a glance: every terminal, its state, its last verified wipe and how long ago it was heard from. */
class HubScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubScreen)

public:
    explicit HubScreen(HubLink::Link *link, QWidget *parent = nullptr);
    TerminalsModel *model() const { return m_model; }

Q_SIGNALS:
    void backRequested();

private:
    TerminalsModel *m_model = nullptr;
    QTimer m_tick;
};

} // namespace HealthHub::Ui
