// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/consoleshell.h"

#include "ui/common/screenstack.h"
#include "ui/common/theme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

ConsoleShell::ConsoleShell(const Core::TerminalConfig &config, QWidget *parent)
    : QWidget(parent)
    , m_hubName(config.hubName)
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
    m_title = makeLabel(QString(), Kind::Title, QStringLiteral("consoleHomeTitle"), page);
    m_sentence = makeLabel(QString(), Kind::Lead, QStringLiteral("consoleHomeSentence"), page);
    m_unlock = makeButton(QString(), Kind::Primary, QStringLiteral("unlockButton"), page);
    homeLayout->addWidget(m_title);
    homeLayout->addWidget(m_sentence);
    homeLayout->addWidget(m_unlock);
    homeLayout->addStretch(1);
    connect(m_unlock, &QPushButton::clicked, this, &ConsoleShell::unlockRequested);
    m_stack->addScreen(home);
    retranslateUi();
}

void ConsoleShell::retranslateUi()
{
    m_title->setText(tr("Volunteer console"));
    m_sentence->setText(tr("The records of %1 are locked. Unlock them to record a session, see a visitor's journey, "
                           "book the booth or make a report.")
                            .arg(m_hubName));
    setButtonText(m_unlock, tr("Unlock the records"));
}

void ConsoleShell::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

bool ConsoleShell::showScreen(const QString &objectName)
{
    return m_stack->open(objectName);
}

} // namespace HealthHub::Ui
