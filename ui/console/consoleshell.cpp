// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/consoleshell.h"

#include "ui/common/screenstack.h"
#include "ui/common/theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

ConsoleShell::ConsoleShell(const Core::TerminalConfig &config, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("consoleShell"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new ScreenStack(this);
    layout->addWidget(m_stack);

    auto *home = new QWidget(m_stack);
    home->setObjectName(QStringLiteral("consoleHome"));
    QWidget *page = makeScrollingPage(home);
    auto *homeLayout = static_cast<QVBoxLayout *>(page->layout());
    homeLayout->addWidget(makeLabel(tr("Volunteer console"), Kind::Title, QStringLiteral("consoleHomeTitle"), page));
    homeLayout->addWidget(makeLabel(tr("The records of %1 are locked. Unlock them to record a session, see a "
                                       "visitor's journey, book the booth or make a report.")
                                        .arg(config.hubName),
                                    Kind::Lead, QStringLiteral("consoleHomeSentence"), page));
    auto *unlock = makeButton(tr("Unlock the records"), Kind::Primary, QStringLiteral("unlockButton"), page);
    homeLayout->addWidget(unlock);
    homeLayout->addStretch(1);
    connect(unlock, &QPushButton::clicked, this, &ConsoleShell::unlockRequested);
    m_stack->addScreen(home);
}

bool ConsoleShell::showScreen(const QString &objectName)
{
    return m_stack->open(objectName);
}

} // namespace HealthHub::Ui
