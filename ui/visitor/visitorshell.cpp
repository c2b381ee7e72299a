// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/visitorshell.h"

#include "core/catalogue/catalogue.h"
#include "core/catalogue/plaintext.h"
#include "core/catalogue/searchindex.h"
#include "core/config/languages.h"
#include "core/config/visitorpreferences.h"
#include "kiosk/websandbox.h"
#include "ui/common/helpprogresstext.h"
#include "ui/common/navigationbar.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/common/widgetmemory.h"
#include "ui/visitor/guidescreen.h"
#include "ui/visitor/languagepicker.h"
#include "ui/visitor/readaloud.h"
#include "ui/visitor/sitepanel.h"
#include "ui/visitor/tasklistscreen.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
constexpr double kTextScaleStep = 0.25;
constexpr int kDetailsRemovedMs = 6000;
constexpr int kMessageMs = 8000;

/**
 * A screen laid out the same way every time: title, one sentence, then up to three big choices. The words are
 * set by retranslateUi(): the title is "<objectName>Title", the sentence "<objectName>Sentence".
 */
QWidget *makeScreen(const QString &objectName, const QList<QPushButton *> &choices, QWidget *parent)
{
    auto *screen = new QWidget(parent);
    screen->setObjectName(objectName);
    QWidget *content = makeScrollingPage(screen);
    auto *layout = static_cast<QVBoxLayout *>(content->layout());
    layout->addWidget(makeLabel(QString(), Kind::Title, objectName + QStringLiteral("Title"), content));
    layout->addWidget(makeLabel(QString(), Kind::Lead, objectName + QStringLiteral("Sentence"), content));
    layout->addSpacing(8);
    for (QPushButton *choice : choices) {
        choice->setParent(content);
        layout->addWidget(choice);
    }
    layout->addStretch(1);
    return screen;
}
} // namespace

VisitorShell::VisitorShell(const Config::TerminalConfig &config, Config::VisitorPreferences *preferences,
                           const Catalogue::Catalogue *catalogue, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
    , m_ownCatalogue(catalogue ? nullptr
                               : std::make_unique<Catalogue::Catalogue>(
                                     Catalogue::Catalogue::load(Catalogue::Catalogue::sourcesFor(config.contentDir))))
    , m_catalogue(catalogue ? catalogue : m_ownCatalogue.get())
    , m_index(std::make_unique<Catalogue::SearchIndex>(*m_catalogue))
    , m_language(preferences->language())
    , m_config(config)
{
    setObjectName(QStringLiteral("visitorShell"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_stack = new ScreenStack(this);
    m_message = makeLabel(QString(), Kind::Banner, QStringLiteral("visitorMessage"), this);
    m_message->hide();
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(kMessageMs);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::hide);
    m_bar = new NavigationBar(this);
    // Visitors look for a person, not for "Help".
    m_bar->setHelpCallsVolunteer(true);
    // The language can change on any screen, in the middle of a guide too: the bar is always there.
    m_languageButton = makeButton(QString(), Kind::Bar, QStringLiteral("barLanguageButton"));
    m_bar->addExtraButton(m_languageButton);
    m_readAloudButton = makeButton(QString(), Kind::Bar, QStringLiteral("readAloudButton"));
    m_bar->addExtraButton(m_readAloudButton);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_bar);

    m_readAloud = new ReadAloud(this);
    m_taskList = new TaskListScreen(m_catalogue, m_index.get(), this);
    m_guide = new GuideScreen(this);
    m_site = new SitePanel([this] { return sandbox(); });
    m_guide->setSitePanel(m_site);

    m_stack->addScreen(buildHome());
    m_stack->addScreen(m_taskList);
    m_stack->addScreen(m_guide);
    m_displaySettings = buildDisplaySettings();
    m_stack->addScreen(m_displaySettings);
    auto *languages = new LanguagePicker(config.languages, m_preferences, this);
    connect(languages, &LanguagePicker::languageChosen, m_stack, &ScreenStack::back);
    m_stack->addScreen(languages);
    m_stack->addScreen(buildVolunteerComing());
    m_stack->addScreen(buildDetailsRemoved());

    connectBar();
    connectGuide();
    connect(m_preferences, &Config::VisitorPreferences::changed, this, &VisitorShell::applyPreferences);
    WidgetMemory::guard(this); // no field's context menu can undo or paste the last visitor's words
    retranslateUi();
    applyPreferences();
}

void VisitorShell::connectBar()
{
    connect(m_bar, &NavigationBar::backRequested, this, [this] {
        // Back from a site shown over the steps returns to the steps.
        if (m_stack->currentWidget() == m_guide && m_guide->isSiteShown()) {
            m_site->setFullScreen(false);
            m_guide->showSite(false);
            return;
        }
        m_stack->back();
    });
    connect(m_bar, &NavigationBar::homeRequested, m_stack, &ScreenStack::home);
    connect(m_bar, &NavigationBar::helpRequested, this, [this] {
        // Where the visitor is, never what they typed: the volunteer knows which screen to come to.
        QString where = m_stack->currentWidget()->objectName();
        if (m_stack->currentWidget() == m_guide) {
            where = QStringLiteral("guide %1 step %2").arg(m_currentTask).arg(m_guide->page() + 1);
        }
        m_stack->open(QStringLiteral("volunteerComing"));
        Q_EMIT helpRequested(where);
    });
    connect(m_bar, &NavigationBar::finishRequested, this, &VisitorShell::finishRequested);
    connect(m_readAloudButton, &QPushButton::clicked, this, &VisitorShell::toggleReadAloud);
    connect(m_languageButton, &QPushButton::clicked, this, &VisitorShell::openLanguagePicker);
    connect(m_stack, &ScreenStack::screenChanged, this, [this] {
        m_readAloud->stop();
        updateBar();
    });
}

void VisitorShell::connectGuide()
{
    connect(m_taskList, &TaskListScreen::taskChosen, this, [this](const QString &id) { openTask(id); });
    connect(m_guide, &GuideScreen::pageShown, m_readAloud, &ReadAloud::stop);
    connect(m_guide, &GuideScreen::taskFinished, this, &VisitorShell::taskFinished);
    connect(m_guide, &GuideScreen::practiceRequested, this, [this](const QString &page) {
        m_site->openPractice(page);
        showSite();
    });
    connect(m_guide, &GuideScreen::realRequested, this, [this](const QUrl &url) {
        m_site->openReal(url);
        showSite();
    });
    connect(m_site, &SitePanel::practiceStepReached, m_guide, &GuideScreen::practiceEventReached);
    connect(m_site, &SitePanel::fullScreenChanged, this, [this](bool on) {
        const bool large = m_preferences->textScale() > GuideScreen::kLargestScaleBesideSite;
        m_guide->showSite(on || !large, on);
    });
    connect(m_site, &SitePanel::closeRequested, this, [this] {
        m_site->setFullScreen(false);
        m_guide->showSite(false);
    });
    connect(m_guide, &GuideScreen::anotherTaskRequested, this, [this] { m_stack->open(m_taskList); });
    connect(m_readAloud, &ReadAloud::sentenceStarted, this, [this](int index) {
        if (m_stack->currentWidget() == m_guide) {
            m_guide->highlightSentence(index);
        }
    });
    connect(m_readAloud, &ReadAloud::finished, this, [this] {
        m_guide->highlightSentence(-1);
        updateBar();
    });
}

void VisitorShell::retranslateUi()
{
    const auto setLabel = [this](const QString &name, const QString &text) {
        findChild<QLabel *>(name)->setText(text);
    };
    const auto setButton = [this](const QString &name, const QString &text) {
        setButtonText(findChild<QPushButton *>(name), text);
    };
    setLabel(QStringLiteral("visitorHomeTitle"), tr("Welcome to %1").arg(m_config.hubName));
    setLabel(QStringLiteral("visitorHomeSentence"),
             tr("We can help you use NHS services online. Touch Start to begin."));
    setButton(QStringLiteral("startButton"), tr("Start"));
    findChild<QPushButton *>(QStringLiteral("startButton"))->setAccessibleDescription(tr("Choose what you want to do"));
    setButton(QStringLiteral("languageButton"), tr("Change language"));
    setButton(QStringLiteral("displayButton"), tr("Change text size and colours"));

    setLabel(QStringLiteral("displaySettingsTitle"), tr("Text size and colours"));
    setLabel(QStringLiteral("displaySettingsSentence"),
             tr("Make the words bigger, or use black and white to make them clearer."));
    setButton(QStringLiteral("biggerTextButton"), tr("Make text bigger"));
    setButton(QStringLiteral("smallerTextButton"), tr("Make text smaller"));

    setHelpProgress(m_helpProgress);
    setButton(QStringLiteral("volunteerCancelButton"), tr("I am OK now"));

    setLabel(QStringLiteral("detailsRemovedTitle"), tr("Your details have been removed"));
    setLabel(QStringLiteral("detailsRemovedSentence"),
             tr("Thank you for visiting. Nothing you did is left on this computer."));
    setButton(QStringLiteral("startAgainButton"), tr("Start again"));

    setButtonText(m_languageButton, tr("Language"));
    m_languageButton->setAccessibleDescription(tr("Choose another language"));
    m_readAloudButton->setAccessibleDescription(tr("Read the words on the screen out loud"));
    // A message about the last language (no voice) says nothing about the new one.
    m_message->hide();
    updateBar();
    updateDisplaySettings();
}

void VisitorShell::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void VisitorShell::openLanguagePicker()
{
    m_stack->open(QStringLiteral("languagePicker"));
    Q_EMIT languageRequested();
}

VisitorShell::~VisitorShell()
{
    // The view's page must go before its sandbox's profile.
    m_site->reset();
}

void VisitorShell::setSandboxProvider(std::function<Kiosk::WebSandbox *()> provider)
{
    m_site->reset();
    m_sandbox.reset();
    m_sandboxProvider = std::move(provider);
}

void VisitorShell::releaseWebPages()
{
    m_site->reset();
}

void VisitorShell::webSandboxReady()
{
    m_site->openPending();
}

Kiosk::WebSandbox *VisitorShell::sandbox()
{
    if (m_sandboxProvider) {
        return m_sandboxProvider();
    }
    if (!m_sandbox) {
        m_sandbox =
            std::make_unique<Kiosk::WebSandbox>(Kiosk::UrlPolicy(m_config.allowedHosts, m_config.allowLoopback));
    }
    return m_sandbox.get();
}

void VisitorShell::showSite()
{
    // At large text sizes the site covers the steps; "Show the steps" brings them back.
    if (m_preferences->textScale() > GuideScreen::kLargestScaleBesideSite) {
        m_site->setFullScreen(true);
    }
    m_guide->showSite(true, m_site->isFullScreen());
}

bool VisitorShell::openTask(const QString &taskId)
{
    const Catalogue::Task *task = m_catalogue->task(taskId);
    if (!task) {
        return false;
    }
    m_guide->openTask(task, m_language);
    m_stack->open(m_guide);
    m_currentTask = taskId;
    Q_EMIT taskOpened(taskId);
    return true;
}

bool VisitorShell::showScreen(const QString &objectName)
{
    // "practice:<task>:<step>" is the guide at that step with its practice page open beside it.
    const bool practice = objectName.startsWith(QLatin1String("practice:"));
    if (practice || objectName.startsWith(QLatin1String("guide:"))) {
        const QStringList parts = objectName.split(QLatin1Char(':'));
        if (!openTask(parts.value(1))) {
            return false;
        }
        if (parts.size() > 2) {
            bool ok = false;
            const int step = parts.at(2).toInt(&ok);
            if (!ok || step < 1 || step > m_guide->stepCount()) {
                return false;
            }
            m_guide->showPage(step - 1);
        }
        if (practice) {
            const Catalogue::Task *task = m_guide->task();
            const int page = std::max(0, m_guide->page());
            if (task->steps.at(page).practicePage.isEmpty()) {
                return false;
            }
            m_site->openPractice(task->steps.at(page).practicePage);
            showSite();
        }
        return true;
    }
    if (objectName.startsWith(QLatin1String("search:"))) {
        m_stack->open(m_taskList);
        m_taskList->searchBox()->setText(objectName.mid(7));
        return true;
    }
    return m_stack->open(objectName);
}

QWidget *VisitorShell::buildHome()
{
    auto *start = makeButton(QString(), Kind::Primary, QStringLiteral("startButton"));
    auto *language = makeButton(QString(), Kind::Secondary, QStringLiteral("languageButton"));
    auto *display = makeButton(QString(), Kind::Secondary, QStringLiteral("displayButton"));
    connect(start, &QPushButton::clicked, this, [this] {
        m_stack->open(m_taskList);
        Q_EMIT startRequested();
    });
    connect(language, &QPushButton::clicked, this, &VisitorShell::openLanguagePicker);
    connect(display, &QPushButton::clicked, this, [this] { m_stack->open(m_displaySettings); });
    return makeScreen(QStringLiteral("visitorHome"), {start, language, display}, this);
}

QWidget *VisitorShell::buildDisplaySettings()
{
    auto *bigger = makeButton(QString(), Kind::Secondary, QStringLiteral("biggerTextButton"));
    auto *smaller = makeButton(QString(), Kind::Secondary, QStringLiteral("smallerTextButton"));
    // Filled with a tick while on, like a chosen language.
    auto *contrast = makeButton(QString(), Kind::Choice, QStringLiteral("contrastButton"));
    contrast->setCheckable(true);
    connect(bigger, &QPushButton::clicked, this,
            [this] { m_preferences->setTextScale(m_preferences->textScale() + kTextScaleStep); });
    connect(smaller, &QPushButton::clicked, this,
            [this] { m_preferences->setTextScale(m_preferences->textScale() - kTextScaleStep); });
    connect(contrast, &QPushButton::toggled, m_preferences, &Config::VisitorPreferences::setHighContrast);
    auto *screen = makeScreen(QStringLiteral("displaySettings"), {bigger, smaller, contrast}, this);
    auto *title = screen->findChild<QLabel *>(QStringLiteral("displaySettingsSentence"));
    auto *size = makeLabel(QString(), Kind::Body, QStringLiteral("textSizeLabel"), title->parentWidget());
    static_cast<QVBoxLayout *>(title->parentWidget()->layout())->insertWidget(2, size);
    return screen;
}

void VisitorShell::setHelpProgress(const HubLink::HelpProgress &progress)
{
    m_helpProgress = progress;
    const HelpProgressText text = helpProgressText(progress);
    for (const auto &[name, words] : {std::pair{QStringLiteral("volunteerComingTitle"), text.title},
                                      std::pair{QStringLiteral("volunteerComingSentence"), text.sentence}}) {
        if (auto *label = findChild<QLabel *>(name)) {
            label->setText(words);
        }
    }
}

QWidget *VisitorShell::buildVolunteerComing()
{
    auto *ok = makeButton(QString(), Kind::Secondary, QStringLiteral("volunteerCancelButton"));
    connect(ok, &QPushButton::clicked, this, [this] {
        Q_EMIT helpWithdrawn();
        m_stack->back();
    });
    return makeScreen(QStringLiteral("volunteerComing"), {ok}, this);
}

QWidget *VisitorShell::buildDetailsRemoved()
{
    auto *again = makeButton(QString(), Kind::Primary, QStringLiteral("startAgainButton"));
    connect(again, &QPushButton::clicked, m_stack, &ScreenStack::home);
    return makeScreen(QStringLiteral("detailsRemoved"), {again}, this);
}

void VisitorShell::showDetailsRemoved()
{
    // Nothing of this visitor stays on screen: no search words, no open guide, no voice.
    m_readAloud->stop();
    WidgetMemory::forget(this); // the search words, their undo history, and where the lists were scrolled
    m_guide->showSite(false);
    m_site->reset();
    m_sandbox.reset(); // our own web world, if we made one (the visitor session wipes its own)
    m_message->hide();
    m_stack->home();
    m_stack->open(QStringLiteral("detailsRemoved"));
    QTimer::singleShot(kDetailsRemovedMs, this, [this] {
        if (m_stack->currentWidget()->objectName() == QLatin1String("detailsRemoved")) {
            m_stack->home();
        }
    });
}

void VisitorShell::applyPreferences()
{
    if (m_preferences->language() != m_language) {
        m_readAloud->stop();
        m_language = m_preferences->language();
        m_taskList->setLanguage(m_language);
        m_guide->setLanguage(m_language);
    }
    updateDisplaySettings();
    m_guide->setTextScale(m_preferences->textScale());
    m_site->setTextScale(m_preferences->textScale());
    m_site->setHighContrast(m_preferences->highContrast());
}

QStringList VisitorShell::screenSentences() const
{
    QWidget *screen = m_stack->currentWidget();
    if (screen == m_guide) {
        return m_guide->sentences();
    }
    // Any other screen: its title and sentences, in the order they appear.
    QStringList sentences;
    const QList<QLabel *> labels = screen->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        const QString kind = label->property("kind").toString();
        if (label->isVisibleTo(screen) && (kind == QLatin1String(Kind::Title) || kind == QLatin1String(Kind::Lead))) {
            sentences += Catalogue::PlainText::sentences(label->text());
        }
    }
    return sentences;
}

void VisitorShell::toggleReadAloud()
{
    if (m_readAloud->isSpeaking()) {
        m_readAloud->stop();
        return;
    }
    if (!m_readAloud->speak(screenSentences(), m_language)) {
        showMessage(tr("Read aloud is not available in this language."));
        return;
    }
    updateBar();
}

void VisitorShell::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    m_messageTimer->start();
}

void VisitorShell::updateDisplaySettings()
{
    auto *size = m_displaySettings->findChild<QLabel *>(QStringLiteral("textSizeLabel"));
    size->setText(tr("Text size now: %1%").arg(qRound(m_preferences->textScale() * 100)));
    m_displaySettings->findChild<QPushButton *>(QStringLiteral("biggerTextButton"))
        ->setEnabled(m_preferences->textScale() < Config::VisitorPreferences::kMaxTextScale);
    m_displaySettings->findChild<QPushButton *>(QStringLiteral("smallerTextButton"))
        ->setEnabled(m_preferences->textScale() > Config::VisitorPreferences::kMinTextScale);
    auto *contrast = m_displaySettings->findChild<QPushButton *>(QStringLiteral("contrastButton"));
    const QSignalBlocker blocker(contrast);
    contrast->setChecked(m_preferences->highContrast());
    // One name whatever the state: the check says whether it is on.
    setCheckableText(contrast, tr("Black and white colours"));
}

void VisitorShell::updateBar()
{
    const bool atHome = m_stack->currentIndex() == 0;
    m_bar->setBackEnabled(m_stack->canGoBack());
    m_bar->setHomeEnabled(!atHome);
    setButtonText(m_readAloudButton, m_readAloud->isSpeaking() ? tr("Stop reading") : tr("Read aloud"));
    // Nothing to choose on the language screen itself.
    m_languageButton->setEnabled(m_stack->currentWidget()->objectName() != QLatin1String("languagePicker"));
}

} // namespace HealthHub::Ui
