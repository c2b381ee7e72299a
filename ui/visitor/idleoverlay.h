// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace HealthHub::Kiosk {
class IdleWatch;
}

namespace HealthHub::Ui {

/**
 * "Are you still there?": covers the visitor's screen while the idle watch counts down, with one big
 * "I'm still here" button that cancels the countdown, and focus on it. What it covers is hidden meanwhile, so
 * neither Tab nor a screen reader finds anything behind it. Hidden otherwise.
 */
class IdleOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleOverlay)

public:
    IdleOverlay(Kiosk::IdleWatch *watch, QWidget *parent);

    /** Shows the countdown at @p secondsLeft (the idle watch calls it; --show idleWarning does too). */
    void showCountdown(int secondsLeft);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void cover();
    /** Hides the warning and shows what it covered again. */
    void uncover();

    Kiosk::IdleWatch *m_watch;
    QLabel *m_title = nullptr;
    QLabel *m_sentence = nullptr;
    QPushButton *m_stay = nullptr;
    int m_secondsLeft = 0;
    QList<QPointer<QWidget>> m_covered;
    QPointer<QWidget> m_focusBefore;
};

} // namespace HealthHub::Ui
