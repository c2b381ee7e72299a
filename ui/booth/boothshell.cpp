// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/booth/boothshell.h"

#include "ui/common/navigationbar.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

BoothShell::BoothShell(const Core::TerminalConfig &config, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("boothShell"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_stack = new ScreenStack(this);
    m_bar = new NavigationBar(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_bar);

    auto *home = new QWidget(m_stack);
    home->setObjectName(QStringLiteral("boothHome"));
    QWidget *page = makeScrollingPage(home);
    auto *homeLayout = static_cast<QVBoxLayout *>(page->layout());
    homeLayout->addWidget(makeLabel(tr("Video appointment room"), Kind::Title, QStringLiteral("boothHomeTitle"), page));
    homeLayout->addWidget(makeLabel(tr("Welcome to %1. This room is ready for your video appointment.")
                                        .arg(config.hubName),
                                    Kind::Lead, QStringLiteral("boothHomeSentence"), page));
    auto *check = makeButton(tr("Check my camera and sound"), Kind::Secondary, QStringLiteral("checkButton"), page);
    auto *join = makeButton(tr("Join my appointment"), Kind::Primary, QStringLiteral("joinButton"), page);
    homeLayout->addWidget(check);
    homeLayout->addWidget(join);
    homeLayout->addStretch(1);
    m_stack->addScreen(home);

    connect(check, &QPushButton::clicked, this, &BoothShell::checkRequested);
    connect(join, &QPushButton::clicked, this, &BoothShell::joinRequested);
    connect(m_bar, &NavigationBar::backRequested, m_stack, &ScreenStack::back);
    connect(m_bar, &NavigationBar::homeRequested, m_stack, &ScreenStack::home);
    connect(m_bar, &NavigationBar::finishRequested, this, &BoothShell::finishRequested);
    auto updateBar = [this] {
        m_bar->setBackEnabled(m_stack->canGoBack());
        m_bar->setHomeEnabled(m_stack->currentIndex() != 0);
    };
    connect(m_stack, &ScreenStack::screenChanged, this, updateBar);
    updateBar();
}

bool BoothShell::showScreen(const QString &objectName)
{
    return m_stack->open(objectName);
}

} // namespace HealthHub::Ui
