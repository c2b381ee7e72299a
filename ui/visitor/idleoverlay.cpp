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
    m_title = makeLabel(QString(), Kind::Title, QStringLiteral("idleTitle"), this);
    layout->addWidget(m_title);
    m_sentence = makeLabel(QString(), Kind::Lead, QStringLiteral("idleSentence"), this);
    layout->addWidget(m_sentence);
    m_stay = makeButton(QString(), Kind::Primary, QStringLiteral("stillHereButton"), this);
    m_stay->setMinimumHeight(Theme::kTouchTargetPx * 2);
    layout->addWidget(m_stay);
    layout->addStretch(1);
    hide();
    retranslateUi();

    connect(m_stay, &QPushButton::clicked, m_watch, &Kiosk::IdleWatch::poke);
    connect(m_watch, &Kiosk::IdleWatch::warningStarted, this, &IdleOverlay::showCountdown);
    connect(m_watch, &Kiosk::IdleWatch::countdown, this, &IdleOverlay::showCountdown);
    connect(m_watch, &Kiosk::IdleWatch::warningCancelled, this, &QWidget::hide);
    connect(m_watch, &Kiosk::IdleWatch::timedOut, this, &QWidget::hide);
    parent->installEventFilter(this);
}

void IdleOverlay::retranslateUi()
{
    m_title->setText(tr("Are you still there?"));
    setButtonText(m_stay, tr("I'm still here"));
    // Right in English without a translation loaded; %n keeps every plural form open to translators.
    m_sentence->setText(m_secondsLeft == 1
                            ? tr("Touch the button to keep going. If you do not, your details will be removed in "
                                 "1 second.")
                            : tr("Touch the button to keep going. If you do not, your details will be removed in "
                                 "%n seconds.",
                                 nullptr, m_secondsLeft));
}

void IdleOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void IdleOverlay::showCountdown(int secondsLeft)
{
    m_secondsLeft = secondsLeft;
    retranslateUi();
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
