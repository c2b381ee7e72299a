// SPDX-License-Identifier: GPL-3.0-or-later
// The visitor's path through the real widgets: Start, search, a whole guide, practice events, language,
// Finish, and every guide page at 200 % text with nothing clipped.

#include "core/catalogue/catalogue.h"
#include "core/catalogue/searchresultsmodel.h"
#include "core/config/languagemanager.h"
#include "core/config/visitorpreferences.h"
#include "kiosk/idlewatch.h"
#include "ui/common/capture.h"
#include "ui/common/mainwindow.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/visitor/guidescreen.h"
#include "ui/visitor/idleoverlay.h"
#include "ui/visitor/tasklistscreen.h"
#include "ui/visitor/visitorshell.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub;

class GuideTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void walkWholeGuide();
    void practiceEventsMoveOn();
    void languagePicker();
    void languageReachesEveryScreen();
    void finishForgetsEverything();
    void readAloudNeedsAVoice();
    void nothingClippedAt200Percent_data();
    void nothingClippedAt200Percent();

private:
    QPushButton *button(const QString &name) const
    {
        auto *found = m_window->findChild<QPushButton *>(name);
        if (!found) {
            qFatal("no button %s", qPrintable(name));
        }
        return found;
    }
    QString currentScreen() const { return m_shell->stack()->currentWidget()->objectName(); }
    QString label(const QString &name) const { return m_window->findChild<QLabel *>(name)->text(); }
    /** Visible labels and buttons whose text does not fit, as "name: text". */
    QStringList clipped() const;

    Catalogue::Catalogue m_catalogue;
    Config::TerminalConfig m_config;
    std::unique_ptr<Config::VisitorPreferences> m_preferences;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::VisitorShell *m_shell = nullptr;
};

void GuideTest::initTestCase()
{
    m_catalogue = Catalogue::Catalogue::load({Catalogue::Catalogue::builtIn()});
    QVERIFY(m_catalogue.problems().isEmpty());
    m_config = Config::TerminalConfig::defaults();
    m_config.demo = true;
    m_config.languages = {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("ur")};
}

void GuideTest::init()
{
    m_preferences = std::make_unique<Config::VisitorPreferences>(QStringLiteral("en"));
    Ui::Theme::apply(*qApp, {1.0, false});
    m_window = std::make_unique<Ui::MainWindow>(m_config);
    m_shell = new Ui::VisitorShell(m_config, m_preferences.get(), &m_catalogue);
    // As App::VisitorTerminal does: Finish forgets the visitor's choices, then shows "details removed".
    connect(m_shell, &Ui::VisitorShell::finishRequested, m_shell, [this] {
        m_preferences->reset();
        m_shell->showDetailsRemoved();
    });
    m_window->setShell(m_shell);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void GuideTest::cleanup()
{
    m_window.reset();
    m_preferences.reset();
}

QStringList GuideTest::clipped() const
{
    // New words post layout requests, and the row under a guide's step is a layout inside a layout: let both
    // levels be handled first.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QStringList out;
    // The shell only: the window's top bar (hub name, demo badge) belongs to the common window.
    const QJsonArray tree = Ui::StartupCapture::widgetTree(m_shell);
    for (const QJsonValue &value : tree) {
        const QJsonObject widget = value.toObject();
        if (widget.value(QStringLiteral("clipped")).toBool()) {
            out.append(widget.value(QStringLiteral("objectName")).toString() + QStringLiteral(": ") +
                       widget.value(QStringLiteral("text")).toString().left(60));
        }
    }
    return out;
}

void GuideTest::walkWholeGuide()
{
    QSignalSpy opened(m_shell, &Ui::VisitorShell::taskOpened);
    QSignalSpy finished(m_shell, &Ui::VisitorShell::taskFinished);
    QTest::mouseClick(button(QStringLiteral("startButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("taskList"));

    // Every task is listed; a typo still finds the prescription guide first.
    Ui::TaskListScreen *list = m_shell->taskList();
    QCOMPARE(list->model()->rowCount(), int(m_catalogue.tasks().size()));
    QTest::keyClicks(list->searchBox(), QStringLiteral("perscription"));
    QVERIFY(list->model()->rowCount() >= 1);
    QCOMPARE(list->model()->taskId(0), QStringLiteral("repeat-prescription"));
    QPushButton *tile = button(QStringLiteral("task_repeat-prescription"));
    QVERIFY(tile->isVisible());
    QVERIFY(!button(QStringLiteral("task_nhs-111"))->isVisible());
    QTest::mouseClick(tile, Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("guide"));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("repeat-prescription"));

    // Before you start: what to bring.
    Ui::GuideScreen *guide = m_shell->guide();
    const Catalogue::Task *task = m_catalogue.task(QStringLiteral("repeat-prescription"));
    QCOMPARE(label(QStringLiteral("guideTitle")), QStringLiteral("Order a repeat prescription"));
    QCOMPARE(label(QStringLiteral("guideProgress")), QStringLiteral("Before you start"));
    QVERIFY(guide->sentences().contains(task->text(QStringLiteral("en")).bring.constFirst()));
    QVERIFY(!button(QStringLiteral("guidePreviousButton"))->isVisible());

    // Each step in turn, with its picture, its words and its practice button.
    const int steps = int(task->steps.size());
    for (int step = 0; step < steps; ++step) {
        QTest::mouseClick(button(QStringLiteral("guideNextButton")), Qt::LeftButton);
        QCOMPARE(guide->page(), step);
        QCOMPARE(label(QStringLiteral("guideProgress")), QStringLiteral("Step %1 of %2").arg(step + 1).arg(steps));
        QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("guidePicture"))->pixmap().isNull());
        QCOMPARE(guide->sentences().join(QLatin1Char(' ')), task->text(QStringLiteral("en")).steps.at(step));
        QCOMPARE(button(QStringLiteral("guidePracticeButton"))->isVisible(),
                 !task->steps.at(step).practicePage.isEmpty());
        QCOMPARE(button(QStringLiteral("guideRealButton"))->isVisible(), !task->steps.at(step).realUrl.isEmpty());
        QVERIFY(button(QStringLiteral("guidePreviousButton"))->isVisible());
    }
    QCOMPARE(button(QStringLiteral("guideNextButton"))->text(), QStringLiteral("I have done all the steps"));

    // Previous goes back one step; Next returns.
    QTest::mouseClick(button(QStringLiteral("guidePreviousButton")), Qt::LeftButton);
    QCOMPARE(guide->page(), steps - 2);
    QTest::mouseClick(button(QStringLiteral("guideNextButton")), Qt::LeftButton);
    QCOMPARE(finished.size(), 0);

    // The end: counted once, and the way to another task.
    QTest::mouseClick(button(QStringLiteral("guideNextButton")), Qt::LeftButton);
    QCOMPARE(label(QStringLiteral("guideProgress")), QStringLiteral("You have finished"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("repeat-prescription"));
    QVERIFY(!button(QStringLiteral("guideNextButton"))->isVisible());
    QTest::mouseClick(button(QStringLiteral("guideAnotherButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("taskList"));

    // The bar's Back returns to the guide; Home to the start.
    QTest::mouseClick(button(QStringLiteral("backButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("guide"));
    QTest::mouseClick(button(QStringLiteral("homeButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("visitorHome"));
}

void GuideTest::practiceEventsMoveOn()
{
    QVERIFY(m_shell->showScreen(QStringLiteral("guide:repeat-prescription:1")));
    Ui::GuideScreen *guide = m_shell->guide();
    QCOMPARE(guide->page(), 0);
    QVERIFY(!guide->isWellDoneShown());

    // This step's own event: "Well done" and the focus on Next.
    guide->practiceEventReached(QStringLiteral("signed-in"));
    QCOMPARE(guide->page(), 0);
    QVERIFY(guide->isWellDoneShown());
    QVERIFY(button(QStringLiteral("guideNextButton"))->hasFocus());

    // The visitor went ahead on the practice site: the guide follows.
    guide->practiceEventReached(QStringLiteral("medicine-chosen"));
    QCOMPARE(guide->page(), 2);
    QVERIFY(guide->isWellDoneShown());

    // An earlier step's event, or one the guide does not know, changes nothing.
    guide->next();
    QVERIFY(!guide->isWellDoneShown());
    guide->practiceEventReached(QStringLiteral("signed-in"));
    guide->practiceEventReached(QStringLiteral("no-such-event"));
    QCOMPARE(guide->page(), 3);
    QVERIFY(!guide->isWellDoneShown());
}

void GuideTest::languagePicker()
{
    QTest::mouseClick(button(QStringLiteral("languageButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("languagePicker"));
    // Each language in its own name.
    QCOMPARE(button(QStringLiteral("language_pl"))->text(), QStringLiteral("Polski"));
    QCOMPARE(button(QStringLiteral("language_ur"))->text(), QStringLiteral("اردو"));
    QTest::mouseClick(button(QStringLiteral("language_pl")), Qt::LeftButton);
    QCOMPARE(m_preferences->language(), QStringLiteral("pl"));
    QCOMPARE(currentScreen(), QStringLiteral("visitorHome"));
    // The guide in the visitor's language where it has one, else in English (languageReachesEveryScreen checks
    // both with guides of its own; the built-in translations come and go with the content).
    QVERIFY(m_shell->openTask(QStringLiteral("nhs-111")));
    QCOMPARE(label(QStringLiteral("guideTitle")),
             m_catalogue.task(QStringLiteral("nhs-111"))->text(QStringLiteral("pl")).title);
    QCOMPARE(m_shell->taskList()->model()->language(), QStringLiteral("pl"));
}

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** A hub's own guide folder: "hub-test" in English and Polish, "hub-english" in English only. */
bool writeHubGuides(const QString &root)
{
    const QByteArray svg = R"(<svg xmlns="http://www.w3.org/2000/svg" width="48" height="36">)"
                           R"(<rect width="48" height="36" fill="#005eb8"/></svg>)";
    const QByteArray task = R"({"format": 1, "id": "%1", "order": 1, "icon": "icon.svg", "steps": [
        {"id": "one", "picture": "p.svg", "practice": "sign-in.html"},
        {"id": "two", "picture": "p.svg"}, {"id": "three", "picture": "p.svg"}]})";
    const QByteArray english = R"({"format": 1, "language": "en", "title": "%1 in English",
        "summary": "A guide that only the test has.", "searchWords": [], "bring": ["Your phone"],
        "steps": [{"id": "one", "text": "Open the app."}, {"id": "two", "text": "Touch the green button."},
                  {"id": "three", "text": "Read the answer."}]})";
    const QByteArray polish = R"({"format": 1, "language": "pl", "title": "Przewodnik testowy po polsku",
        "summary": "Przewodnik, który ma tylko test.", "searchWords": [], "bring": ["Twój telefon"],
        "steps": [{"id": "one", "text": "Otwórz aplikację."}, {"id": "two", "text": "Dotknij zielonego przycisku."},
                  {"id": "three", "text": "Przeczytaj odpowiedź."}]})";
    bool ok = true;
    for (const char *id : {"hub-test", "hub-english"}) {
        const QString folder = root + QLatin1Char('/') + QLatin1String(id);
        ok = ok && QDir().mkpath(folder);
        ok = ok && writeFile(folder + QStringLiteral("/task.json"), QByteArray(task).replace("%1", id));
        ok = ok && writeFile(folder + QStringLiteral("/en.json"), QByteArray(english).replace("%1", id));
        ok = ok && writeFile(folder + QStringLiteral("/icon.svg"), svg);
        ok = ok && writeFile(folder + QStringLiteral("/p.svg"), svg);
    }
    return ok && writeFile(root + QStringLiteral("/hub-test/pl.json"), polish);
}
} // namespace

void GuideTest::languageReachesEveryScreen()
{
    // The shell loads the built-in guides and the hub's folder itself, as on a terminal.
    QTemporaryDir hub;
    QVERIFY(hub.isValid());
    QVERIFY(writeHubGuides(hub.path()));
    Config::TerminalConfig config = m_config;
    config.contentDir = hub.path();
    m_window.reset();
    m_window = std::make_unique<Ui::MainWindow>(config);
    m_shell = new Ui::VisitorShell(config, m_preferences.get());
    connect(m_shell, &Ui::VisitorShell::finishRequested, m_shell, [this] {
        m_preferences->reset();
        m_shell->showDetailsRemoved();
    });
    m_window->setShell(m_shell);
    Kiosk::IdleWatch idle(60000, 20000);
    auto *overlay = new Ui::IdleOverlay(&idle, m_shell);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    Config::LanguageManager languages;
    languages.follow(m_preferences.get());

    // In the middle of a guide, in English.
    QVERIFY(m_shell->showScreen(QStringLiteral("guide:hub-test:2")));
    Ui::GuideScreen *guide = m_shell->guide();
    QCOMPARE(label(QStringLiteral("guideProgress")), QStringLiteral("Step 2 of 3"));
    QCOMPARE(guide->sentences(), QStringList{QStringLiteral("Touch the green button.")});

    // The language button is in the bar on the guide too; the picker returns to the same step.
    QPushButton *barLanguage = button(QStringLiteral("barLanguageButton"));
    QVERIFY(barLanguage->isVisible());
    QTest::mouseClick(barLanguage, Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("languagePicker"));
    QVERIFY(!barLanguage->isEnabled());
    QTest::mouseClick(button(QStringLiteral("language_pl")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("guide"));
    QCOMPARE(guide->page(), 1);

    // The guide: its own words and the guide's Polish content, at the same step.
    QTRY_COMPARE(label(QStringLiteral("guideProgress")), QStringLiteral("Krok 2 z 3"));
    QCOMPARE(label(QStringLiteral("guideTitle")), QStringLiteral("Przewodnik testowy po polsku"));
    QCOMPARE(guide->sentences(), QStringList{QStringLiteral("Dotknij zielonego przycisku.")});
    QCOMPARE(button(QStringLiteral("guideNextButton"))->text(), QStringLiteral("Następny krok"));
    QCOMPARE(button(QStringLiteral("guideNextButton"))->accessibleName(), QStringLiteral("Następny krok"));
    QCOMPARE(button(QStringLiteral("guidePreviousButton"))->text(), QStringLiteral("Poprzedni krok"));
    // The bar, the site panel beside the guide and the idle countdown.
    QCOMPARE(button(QStringLiteral("backButton"))->text(), QStringLiteral("Wstecz"));
    QCOMPARE(button(QStringLiteral("finishButton"))->text(), QStringLiteral("Zakończ"));
    QCOMPARE(button(QStringLiteral("helpButton"))->text(), QStringLiteral("Wezwij wolontariusza"));
    QCOMPARE(button(QStringLiteral("readAloudButton"))->text(), QStringLiteral("Czytaj na głos"));
    QCOMPARE(barLanguage->text(), QStringLiteral("Język"));
    QVERIFY(barLanguage->isEnabled());
    QCOMPARE(label(QStringLiteral("siteKindLabel")), QStringLiteral("Ćwiczenie — nie naprawdę"));
    QCOMPARE(button(QStringLiteral("siteCloseButton"))->text(), QStringLiteral("Zamknij"));
    // The idle countdown covers the guide (and hides it from Tab and screen readers) until "I'm still here".
    overlay->showCountdown(20);
    QCOMPARE(label(QStringLiteral("idleTitle")), QStringLiteral("Czy nadal tu jesteś?"));
    QVERIFY(!barLanguage->isVisible());
    QTest::mouseClick(button(QStringLiteral("stillHereButton")), Qt::LeftButton);
    QVERIFY(!overlay->isVisible());
    QVERIFY(barLanguage->isVisible());

    // The home screen.
    QTest::mouseClick(button(QStringLiteral("homeButton")), Qt::LeftButton);
    QCOMPARE(label(QStringLiteral("visitorHomeTitle")), QStringLiteral("Witamy — %1").arg(config.hubName));
    QCOMPARE(button(QStringLiteral("startButton"))->text(), QStringLiteral("Zacznij"));
    QCOMPARE(button(QStringLiteral("languageButton"))->text(), QStringLiteral("Zmień język"));
    // The task list: Polish words; each tile in Polish where its guide has Polish, else in English.
    QTest::mouseClick(button(QStringLiteral("startButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("taskList"));
    QCOMPARE(label(QStringLiteral("taskListTitle")), QStringLiteral("Co chcesz zrobić?"));
    QCOMPARE(button(QStringLiteral("clearSearchButton"))->text(), QStringLiteral("Wyczyść"));
    QCOMPARE(label(QStringLiteral("taskTitle_hub-test")), QStringLiteral("Przewodnik testowy po polsku"));
    QCOMPARE(button(QStringLiteral("task_hub-test"))->accessibleName(), QStringLiteral("Przewodnik testowy po polsku"));
    QCOMPARE(label(QStringLiteral("taskTitle_hub-english")), QStringLiteral("hub-english in English"));

    // Finish: the next visitor starts in the terminal's language.
    QTest::mouseClick(button(QStringLiteral("finishButton")), Qt::LeftButton);
    QCOMPARE(m_preferences->language(), QStringLiteral("en"));
    QTRY_COMPARE(label(QStringLiteral("detailsRemovedTitle")), QStringLiteral("Your details have been removed"));
    QCOMPARE(button(QStringLiteral("finishButton"))->text(), QStringLiteral("Finish"));
    QCOMPARE(label(QStringLiteral("taskTitle_hub-test")), QStringLiteral("hub-test in English"));
    QCOMPARE(label(QStringLiteral("taskListTitle")), QStringLiteral("What do you want to do?"));
    QCOMPARE(label(QStringLiteral("idleTitle")), QStringLiteral("Are you still there?"));
    QVERIFY(m_shell->openTask(QStringLiteral("hub-test")));
    QCOMPARE(label(QStringLiteral("guideTitle")), QStringLiteral("hub-test in English"));
    QCOMPARE(label(QStringLiteral("guideProgress")), QStringLiteral("Before you start"));
}

void GuideTest::finishForgetsEverything()
{
    QVERIFY(m_shell->showScreen(QStringLiteral("search:blood test")));
    QCOMPARE(m_shell->taskList()->searchBox()->text(), QStringLiteral("blood test"));
    m_preferences->setTextScale(1.5);
    m_preferences->setHighContrast(true);
    QVERIFY(m_shell->openTask(QStringLiteral("test-results")));
    QTest::mouseClick(button(QStringLiteral("finishButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("detailsRemoved"));
    QVERIFY(m_shell->taskList()->searchBox()->text().isEmpty());
    QCOMPARE(m_shell->taskList()->model()->rowCount(), int(m_catalogue.tasks().size()));
    QVERIFY(m_preferences->isDefault());
    // Nothing to go back to but the home screen.
    QTest::mouseClick(button(QStringLiteral("backButton")), Qt::LeftButton);
    QCOMPARE(currentScreen(), QStringLiteral("visitorHome"));
    QVERIFY(!m_shell->stack()->canGoBack());
}

void GuideTest::readAloudNeedsAVoice()
{
    // "xx" is no language any engine speaks: the visitor is told, plainly.
    m_preferences->setLanguage(QStringLiteral("xx"));
    QVERIFY(m_shell->openTask(QStringLiteral("nhs-111")));
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("visitorMessage"));
    QVERIFY(!message->isVisible());
    QTest::mouseClick(button(QStringLiteral("readAloudButton")), Qt::LeftButton);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Read aloud is not available in this language."));
}

void GuideTest::nothingClippedAt200Percent_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("100%") << 1.0;
    QTest::newRow("200%") << 2.0;
}

void GuideTest::nothingClippedAt200Percent()
{
    QFETCH(double, scale);
    m_preferences->setTextScale(scale);
    Ui::Theme::apply(*qApp, {scale, false});
    QStringList problems;
    // The language picker is the languages' suite's (tests/gui/accessibility_test.cpp, every language).
    for (const QString &screen :
         {QStringLiteral("visitorHome"), QStringLiteral("taskList"), QStringLiteral("displaySettings")}) {
        m_shell->stack()->home();
        QVERIFY(m_shell->showScreen(screen));
        for (const QString &problem : clipped()) {
            problems.append(screen + QStringLiteral(" → ") + problem);
        }
    }
    // Every page of every guide.
    Ui::GuideScreen *guide = m_shell->guide();
    for (const Catalogue::Task &task : m_catalogue.tasks()) {
        QVERIFY(m_shell->openTask(task.id));
        for (int page = Ui::GuideScreen::kBeforeYouStart; page <= guide->stepCount(); ++page) {
            guide->showPage(page);
            for (const QString &problem : clipped()) {
                problems.append(QStringLiteral("%1 page %2 → %3").arg(task.id).arg(page).arg(problem));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(GuideTest)
#include "guide_test.moc"
