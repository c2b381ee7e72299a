// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/visitorshell.h"

#include "app/core/visitorpreferences.h"
#include "ui/common/navigationbar.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
constexpr double kTextScaleStep = 0.25;
constexpr int kDetailsRemovedMs = 6000;

/** A screen laid out the same way every time: title, one sentence, then up to three big choices. */
QWidget *makeScreen(const QString &objectName, const QString &title, const QString &sentence,
                    const QList<QPushButton *> &choices, QWidget *parent)
{
    auto *screen = new QWidget(parent);
    screen->setObjectName(objectName);
    QWidget *content = makeScrollingPage(screen);
    auto *layout = static_cast<QVBoxLayout *>(content->layout());
    layout->addWidget(makeLabel(title, Kind::Title, objectName + QStringLiteral("Title"), content));
    layout->addWidget(makeLabel(sentence, Kind::Lead, objectName + QStringLiteral("Sentence"), content));
    layout->addSpacing(8);
    for (QPushButton *choice : choices) {
        choice->setParent(content);
        layout->addWidget(choice);
    }
    layout->addStretch(1);
    return screen;
}
} // namespace

VisitorShell::VisitorShell(const Core::TerminalConfig &config, Core::VisitorPreferences *preferences,
                           QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("visitorShell"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_stack = new ScreenStack(this);
    m_bar = new NavigationBar(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_bar);

    m_stack->addScreen(buildHome(config));
    m_displaySettings = buildDisplaySettings();
    m_stack->addScreen(m_displaySettings);
    m_stack->addScreen(buildVolunteerComing());
    m_stack->addScreen(buildDetailsRemoved());

    connect(m_bar, &NavigationBar::backRequested, m_stack, &ScreenStack::back);
    connect(m_bar, &NavigationBar::homeRequested, m_stack, &ScreenStack::home);
    connect(m_bar, &NavigationBar::helpRequested, this,
            [this] { m_stack->open(QStringLiteral("volunteerComing")); });
    connect(m_bar, &NavigationBar::finishRequested, this, &VisitorShell::finishRequested);
    connect(m_stack, &ScreenStack::screenChanged, this, &VisitorShell::updateBar);
    connect(m_preferences, &Core::VisitorPreferences::changed, this, &VisitorShell::updateDisplaySettings);
    updateBar();
    updateDisplaySettings();
}

bool VisitorShell::showScreen(const QString &objectName)
{
    return m_stack->open(objectName);
}

QWidget *VisitorShell::buildHome(const Core::TerminalConfig &config)
{
    auto *start = makeButton(tr("Start"), Kind::Primary, QStringLiteral("startButton"));
    start->setAccessibleDescription(tr("Choose what you want to do"));
    auto *language = makeButton(tr("Change language"), Kind::Secondary, QStringLiteral("languageButton"));
    auto *display = makeButton(tr("Change text size and colours"), Kind::Secondary, QStringLiteral("displayButton"));
    connect(start, &QPushButton::clicked, this, &VisitorShell::startRequested);
    connect(language, &QPushButton::clicked, this, &VisitorShell::languageRequested);
    connect(display, &QPushButton::clicked, this, [this] { m_stack->open(m_displaySettings); });
    return makeScreen(QStringLiteral("visitorHome"), tr("Welcome to %1").arg(config.hubName),
                      tr("We can help you use NHS services online. Touch Start to begin."),
                      {start, language, display}, this);
}

QWidget *VisitorShell::buildDisplaySettings()
{
    auto *bigger = makeButton(tr("Make text bigger"), Kind::Secondary, QStringLiteral("biggerTextButton"));
    auto *smaller = makeButton(tr("Make text smaller"), Kind::Secondary, QStringLiteral("smallerTextButton"));
    auto *contrast = makeButton(tr("Black and white colours"), Kind::Secondary, QStringLiteral("contrastButton"));
    contrast->setCheckable(true);
    connect(bigger, &QPushButton::clicked, this,
            [this] { m_preferences->setTextScale(m_preferences->textScale() + kTextScaleStep); });
    connect(smaller, &QPushButton::clicked, this,
            [this] { m_preferences->setTextScale(m_preferences->textScale() - kTextScaleStep); });
    connect(contrast, &QPushButton::toggled, m_preferences, &Core::VisitorPreferences::setHighContrast);
    auto *screen = makeScreen(QStringLiteral("displaySettings"), tr("Text size and colours"),
                              tr("Make the words bigger, or use black and white to make them clearer."),
                              {bigger, smaller, contrast}, this);
    auto *title = screen->findChild<QLabel *>(QStringLiteral("displaySettingsSentence"));
    auto *size = makeLabel(QString(), Kind::Body, QStringLiteral("textSizeLabel"), title->parentWidget());
    static_cast<QVBoxLayout *>(title->parentWidget()->layout())->insertWidget(2, size);
    return screen;
}

QWidget *VisitorShell::buildVolunteerComing()
{
    auto *ok = makeButton(tr("I am OK now"), Kind::Secondary, QStringLiteral("volunteerCancelButton"));
    connect(ok, &QPushButton::clicked, m_stack, &ScreenStack::back);
    return makeScreen(QStringLiteral("volunteerComing"), tr("A volunteer is coming"),
                      tr("Please stay here. A volunteer will come to help you soon."), {ok}, this);
}

QWidget *VisitorShell::buildDetailsRemoved()
{
    auto *again = makeButton(tr("Start again"), Kind::Primary, QStringLiteral("startAgainButton"));
    connect(again, &QPushButton::clicked, m_stack, &ScreenStack::home);
    return makeScreen(QStringLiteral("detailsRemoved"), tr("Your details have been removed"),
                      tr("Thank you for visiting. Nothing you did is left on this computer."), {again}, this);
}

void VisitorShell::showDetailsRemoved()
{
    m_stack->home();
    m_stack->open(QStringLiteral("detailsRemoved"));
    QTimer::singleShot(kDetailsRemovedMs, this, [this] {
        if (m_stack->currentWidget()->objectName() == QLatin1String("detailsRemoved")) {
            m_stack->home();
        }
    });
}

void VisitorShell::updateDisplaySettings()
{
    auto *size = m_displaySettings->findChild<QLabel *>(QStringLiteral("textSizeLabel"));
    size->setText(tr("Text size now: %1%").arg(qRound(m_preferences->textScale() * 100)));
    m_displaySettings->findChild<QPushButton *>(QStringLiteral("biggerTextButton"))
        ->setEnabled(m_preferences->textScale() < Core::VisitorPreferences::kMaxTextScale);
    m_displaySettings->findChild<QPushButton *>(QStringLiteral("smallerTextButton"))
        ->setEnabled(m_preferences->textScale() > Core::VisitorPreferences::kMinTextScale);
    auto *contrast = m_displaySettings->findChild<QPushButton *>(QStringLiteral("contrastButton"));
    const QSignalBlocker blocker(contrast);
    contrast->setChecked(m_preferences->highContrast());
    contrast->setText(m_preferences->highContrast() ? tr("Normal colours") : tr("Black and white colours"));
    contrast->setAccessibleName(contrast->text());
}

void VisitorShell::updateBar()
{
    const bool atHome = m_stack->currentIndex() == 0;
    m_bar->setBackEnabled(m_stack->canGoBack());
    m_bar->setHomeEnabled(!atHome);
}

} // namespace HealthHub::Ui
