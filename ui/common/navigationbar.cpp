// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/navigationbar.h"

#include "ui/common/theme.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace HealthHub::Ui {

NavigationBar::NavigationBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("navigationBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 8);
    layout->setSpacing(16);

    m_back = makeButton(tr("Back"), Kind::Bar, QStringLiteral("backButton"), this);
    m_home = makeButton(tr("Home"), Kind::Bar, QStringLiteral("homeButton"), this);
    m_help = makeButton(tr("Help"), Kind::Bar, QStringLiteral("helpButton"), this);
    m_finish = makeButton(tr("Finish"), Kind::Primary, QStringLiteral("finishButton"), this);
    m_back->setAccessibleDescription(tr("Go back one screen"));
    m_home->setAccessibleDescription(tr("Go to the first screen"));
    m_help->setAccessibleDescription(tr("Ask a volunteer to come and help"));
    m_finish->setAccessibleDescription(tr("Finish and remove your details from this computer"));

    layout->addWidget(m_back);
    layout->addWidget(m_home);
    layout->addStretch(1);
    layout->addWidget(m_help);
    layout->addWidget(m_finish);

    connect(m_back, &QPushButton::clicked, this, &NavigationBar::backRequested);
    connect(m_home, &QPushButton::clicked, this, &NavigationBar::homeRequested);
    connect(m_help, &QPushButton::clicked, this, &NavigationBar::helpRequested);
    connect(m_finish, &QPushButton::clicked, this, &NavigationBar::finishRequested);
}

void NavigationBar::setBackEnabled(bool enabled)
{
    m_back->setEnabled(enabled);
}

void NavigationBar::setHomeEnabled(bool enabled)
{
    m_home->setEnabled(enabled);
}

void NavigationBar::addExtraButton(QPushButton *button)
{
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    button->setParent(this);
    layout->insertWidget(layout->indexOf(m_finish), button);
}

} // namespace HealthHub::Ui
