// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/web/pagestoppednotice.h"

#include "ui/common/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

PageStoppedNotice::PageStoppedNotice(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pageStoppedNotice"));
    setAutoFillBackground(true); // covers the stopped page, which no longer draws
    setStyleSheet(QStringLiteral("QLabel { background: transparent; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(24);
    m_title = makeLabel(QString(), Kind::Title, QStringLiteral("pageStoppedTitle"), this);
    m_sentence = makeLabel(QString(), Kind::Lead, QStringLiteral("pageStoppedSentence"), this);
    m_tryAgain = makeButton(QString(), Kind::Primary, QStringLiteral("pageTryAgainButton"), this);
    m_home = makeButton(QString(), Kind::Secondary, QStringLiteral("pageHomeButton"), this);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addWidget(m_tryAgain);
    buttons->addWidget(m_home);
    buttons->addStretch(1);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_sentence);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_tryAgain, &QPushButton::clicked, this, &PageStoppedNotice::tryAgainRequested);
    connect(m_home, &QPushButton::clicked, this, &PageStoppedNotice::homeRequested);
    retranslateUi();
    hide();
}

void PageStoppedNotice::retranslateUi()
{
    m_title->setText(tr("This page has stopped working"));
    m_sentence->setText(tr("It is not your fault. Touch Try again to load it again, or Home to go back."));
    setButtonText(m_tryAgain, tr("Try again"));
    setButtonText(m_home, tr("Home"));
}

void PageStoppedNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace HealthHub::Ui
