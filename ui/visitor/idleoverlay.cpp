// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/idleoverlay.h"

#include "kiosk/idlewatch.h"
#include "ui/common/theme.h"

#include <QApplication>
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
    // Gone at once, whether or not the watch was counting (--show idleWarning shows it without a countdown).
    connect(m_stay, &QPushButton::clicked, this, &IdleOverlay::uncover);
    connect(m_watch, &Kiosk::IdleWatch::warningStarted, this, &IdleOverlay::showCountdown);
    connect(m_watch, &Kiosk::IdleWatch::countdown, this, &IdleOverlay::showCountdown);
    connect(m_watch, &Kiosk::IdleWatch::warningCancelled, this, &IdleOverlay::uncover);
    connect(m_watch, &Kiosk::IdleWatch::timedOut, this, &IdleOverlay::uncover);
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
        // What the overlay covers is hidden under it too: a screen reader would still call the home buttons
        // "showing", and Tab would walk behind the warning. Focus goes to the one button that matters.
        m_focusBefore = QApplication::focusWidget();
        m_covered.clear();
        for (QWidget *sibling : parentWidget()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (sibling != this && !sibling->isHidden()) {
                m_covered.append(sibling);
                sibling->hide();
            }
        }
        show();
        raise();
        m_stay->setFocus(Qt::OtherFocusReason);
    }
}

void IdleOverlay::uncover()
{
    if (isHidden()) {
        return;
    }
    hide();
    for (const QPointer<QWidget> &sibling : std::as_const(m_covered)) {
        if (sibling) {
            sibling->show();
        }
    }
    m_covered.clear();
    // Back where the visitor was: showing the screens again moved focus to their main choice.
    if (m_focusBefore && m_focusBefore->isVisible()) {
        m_focusBefore->setFocus(Qt::OtherFocusReason);
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
