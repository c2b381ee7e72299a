// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/idleoverlay.h"

#include "kiosk/idlewatch.h"
#include "ui/common/theme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

IdleOverlay::IdleOverlay(Kiosk::IdleWatch *watch, QWidget *parent)
    : QWidget(parent)
    , m_watch(watch)
{
    setObjectName(QStringLiteral("idleOverlay"));
    setAttribute(Qt::WA_StyledBackground);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 64, 64, 64);
    layout->setSpacing(24);
    layout->addStretch(1);
    layout->addWidget(makeLabel(tr("Are you still there?"), Kind::Title, QStringLiteral("idleTitle"), this));
    m_sentence = makeLabel(QString(), Kind::Lead, QStringLiteral("idleSentence"), this);
    layout->addWidget(m_sentence);
    auto *stay = makeButton(tr("I'm still here"), Kind::Primary, QStringLiteral("stillHereButton"), this);
    stay->setMinimumHeight(Theme::kTouchTargetPx * 2);
    layout->addWidget(stay);
    layout->addStretch(1);
    hide();

    connect(stay, &QPushButton::clicked, m_watch, &Kiosk::IdleWatch::poke);
    connect(m_watch, &Kiosk::IdleWatch::warningStarted, this, &IdleOverlay::showCountdown);
    connect(m_watch, &Kiosk::IdleWatch::countdown, this, &IdleOverlay::showCountdown);
    connect(m_watch, &Kiosk::IdleWatch::warningCancelled, this, &QWidget::hide);
    connect(m_watch, &Kiosk::IdleWatch::timedOut, this, &QWidget::hide);
    parent->installEventFilter(this);
}

void IdleOverlay::showCountdown(int secondsLeft)
{
    // Right in English without a translation loaded; %n keeps every plural form open to translators.
    m_sentence->setText(secondsLeft == 1
                            ? tr("Touch the button to keep going. If you do not, your details will be removed in "
                                 "1 second.")
                            : tr("Touch the button to keep going. If you do not, your details will be removed in "
                                 "%n seconds.",
                                 nullptr, secondsLeft));
    cover();
    if (isHidden()) {
        show();
        raise();
    }
}

void IdleOverlay::cover()
{
    setGeometry(parentWidget()->rect());
}

bool IdleOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        cover();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace HealthHub::Ui
