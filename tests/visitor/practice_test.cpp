// SPDX-License-Identifier: GPL-3.0-or-later
// The practice site on real QtWebEngine, through the kiosk's own sandbox and scheme: every flow is completed
// by clicking the page's real buttons and filling its real forms, and each step reaches the guide over the
// WebChannel. Also: the channel is out of the page's reach, and a guide moves on when the site says so.

#include "core/catalogue/catalogue.h"
#include "core/config/visitorpreferences.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/urlschemes.h"
#include "kiosk/websandbox.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"
#include "ui/common/mainwindow.h"
#include "ui/visitor/guidescreen.h"
#include "ui/visitor/practicebridge.h"
#include "ui/visitor/sitepanel.h"
#include "ui/visitor/visitorshell.h"
#include "ui/web/kioskwebview.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace HealthHub;
using HealthHub::Test::loadAndWait;
using HealthHub::Test::runJs;
using HealthHub::Test::waitForJs;

namespace {
/** One action on the page (JavaScript run in the page, like a visitor's touch) and the step it completes. */
struct Action
{
    Action() = default;
    Action(QString run, QString reports, QString leadsTo = QString())
        : script(std::move(run))
        , event(std::move(reports))
        , page(std::move(leadsTo))
    {}
    QString script;
    QString event; ///< empty: this action reports nothing
    QString page;  ///< the page this action leads to, when it follows a link
};

const QString kBridgeReady = QStringLiteral("document.readyState === 'complete' && "
                                            "document.documentElement.getAttribute('data-bridge') === 'ready'");

QString click(const QString &id)
{
    return QStringLiteral("document.getElementById('%1').click()").arg(id);
}

QString type(const QString &id, const QString &text)
{
    return QStringLiteral("document.getElementById('%1').value = '%2'").arg(id, text);
}
} // namespace

Q_DECLARE_METATYPE(QList<Action>)

class PracticeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void flows_data();
    void flows();
    void formsRefuseEmptyAnswers();
    void channelIsOutOfThePagesReach();
    void highContrastReachesThePage();
    void highContrastReachesRealSites();
    void guideMovesOnWithThePracticeSite();

private:
    QString visibleScreen();

    Config::TerminalConfig m_config;
    std::unique_ptr<Kiosk::WebSandbox> m_sandbox;
    std::unique_ptr<Ui::SitePanel> m_panel;
};

void PracticeTest::initTestCase()
{
    m_config = Config::TerminalConfig::defaults();
    m_config.demo = true;
}

void PracticeTest::init()
{
    m_sandbox = std::make_unique<Kiosk::WebSandbox>(Kiosk::UrlPolicy(m_config.allowedHosts, false));
    m_panel = std::make_unique<Ui::SitePanel>([this] { return m_sandbox.get(); });
    m_panel->resize(800, 700);
    m_panel->show();
}

void PracticeTest::cleanup()
{
    m_panel->reset();
    m_panel.reset();
    m_sandbox.reset();
}

QString PracticeTest::visibleScreen()
{
    return runJs(m_panel->view()->page(),
                 QStringLiteral("document.querySelector('section.shown') ? "
                                "document.querySelector('section.shown').getAttribute('data-screen') : ''"))
        .toString();
}

void PracticeTest::flows_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QList<Action>>("actions");
    QTest::addColumn<QString>("endScreen");

    QTest::newRow("welcome") << "index.html"
                             << QList<Action>{{click(QStringLiteral("continueButton")), QStringLiteral("opened-app"),
                                               QStringLiteral("sign-in.html")}}
                             << "email";
    QTest::newRow("sign in")
        << "sign-in.html"
        << QList<Action>{{type(QStringLiteral("email"), QStringLiteral("sam@example.com")), QString()},
                         {click(QStringLiteral("emailContinue")), QStringLiteral("email-entered")},
                         {type(QStringLiteral("password"), QStringLiteral("river apple cloud")), QString()},
                         {click(QStringLiteral("passwordContinue")), QStringLiteral("password-made")},
                         {type(QStringLiteral("code"), QStringLiteral("123 456")), QString()},
                         {click(QStringLiteral("codeContinue")), QStringLiteral("code-entered"),
                          QStringLiteral("home.html")},
                         {QString(), QStringLiteral("signed-in")}}
        << "home";
    QTest::newRow("repeat prescription")
        << "home.html"
        << QList<Action>{{click(QStringLiteral("prescriptionsLink")), QStringLiteral("opened-prescriptions"),
                          QStringLiteral("prescriptions.html")},
                         {click(QStringLiteral("orderLink")), QString()},
                         {click(QStringLiteral("medicine1")), QString()},
                         {click(QStringLiteral("medicine2")), QString()},
                         {click(QStringLiteral("chooseContinue")), QStringLiteral("medicine-chosen")},
                         {click(QStringLiteral("pharmacyContinue")), QStringLiteral("pharmacy-checked")},
                         {click(QStringLiteral("confirmOrder")), QStringLiteral("prescription-ordered")}}
        << "sent";
    QTest::newRow("choose pharmacy")
        << "pharmacy.html"
        << QList<Action>{{click(QStringLiteral("changePharmacy")), QString()},
                         {type(QStringLiteral("postcode"), QStringLiteral("ST1 1AA")), QString()},
                         {click(QStringLiteral("searchPharmacy")), QStringLiteral("pharmacy-searched")},
                         {click(QStringLiteral("pickPark")), QStringLiteral("pharmacy-picked")},
                         {click(QStringLiteral("confirmPharmacy")), QStringLiteral("pharmacy-chosen")}}
        << "done";
    QTest::newRow("book appointment")
        << "home.html"
        << QList<Action>{{click(QStringLiteral("appointmentsLink")), QStringLiteral("opened-appointments")},
                         {click(QStringLiteral("gpAppointmentsLink")), QString(), QStringLiteral("appointments.html")},
                         {click(QStringLiteral("bookAppointment")), QStringLiteral("booking-started")},
                         {click(QStringLiteral("kindSurgery")), QString()},
                         {click(QStringLiteral("slotWednesday")), QStringLiteral("time-picked")},
                         {type(QStringLiteral("reasonText"), QStringLiteral("A cough that will not go")), QString()},
                         {click(QStringLiteral("confirmBooking")), QStringLiteral("appointment-booked")}}
        << "booked";
    QTest::newRow("cancel appointment")
        << "appointments.html"
        << QList<Action>{{click(QStringLiteral("cancelAppointment")), QStringLiteral("cancel-started")},
                         {click(QStringLiteral("whyBetter")), QString()},
                         {click(QStringLiteral("confirmCancel")), QStringLiteral("appointment-cancelled")}}
        << "cancelled";
    QTest::newRow("test results") << "home.html"
                                  << QList<Action>{{click(QStringLiteral("healthLink")), QString()},
                                                   {click(QStringLiteral("resultsLink")),
                                                    QStringLiteral("opened-results"), QStringLiteral("results.html")},
                                                   {click(QStringLiteral("bloodTest")),
                                                    QStringLiteral("result-opened")},
                                                   {click(QStringLiteral("bloodRead")), QStringLiteral("result-read")}}
                                  << "list";
    QTest::newRow("GP record and letters")
        << "home.html"
        << QList<Action>{{click(QStringLiteral("healthLink")), QString()},
                         {click(QStringLiteral("recordLink")), QStringLiteral("opened-record"),
                          QStringLiteral("record.html")},
                         {click(QStringLiteral("documents")), QStringLiteral("record-opened")},
                         {click(QStringLiteral("letter")), QStringLiteral("letter-opened")}}
        << "letterPage";
    QTest::newRow("messages") << "messages.html"
                              << QList<Action>{{click(QStringLiteral("message2")), QStringLiteral("message-read")}}
                              << "read2";
    QTest::newRow("linked profiles") << "home.html"
                                     << QList<Action>{{click(QStringLiteral("profileLink")), QString()},
                                                      {click(QStringLiteral("linkedProfilesLink")),
                                                       QStringLiteral("opened-linked-profiles")}}
                                     << "linked";
}

void PracticeTest::flows()
{
    QFETCH(QString, page);
    QFETCH(QList<Action>, actions);
    QFETCH(QString, endScreen);

    QSignalSpy steps(m_panel.get(), &Ui::SitePanel::practiceStepReached);
    m_panel->openPractice(page);
    QVERIFY(m_panel->isPractice());
    QWebEnginePage *webPage = m_panel->view()->page();
    QVERIFY(waitForJs(webPage, kBridgeReady, 15000));
    QCOMPARE(webPage->url(), Kiosk::practiceUrl(page));
    QVERIFY(runJs(webPage, QStringLiteral("document.getElementById('practiceBanner').textContent"))
                .toString()
                .startsWith(QStringLiteral("Practice — not real")));

    QStringList expected;
    auto received = [&steps] {
        QStringList events;
        for (const QList<QVariant> &signal : std::as_const(steps)) {
            events.append(signal.at(0).toString());
        }
        return events;
    };
    for (const Action &action : std::as_const(actions)) {
        if (!action.script.isEmpty()) {
            runJs(webPage, action.script);
        }
        if (!action.event.isEmpty()) {
            expected.append(action.event);
            QTRY_VERIFY_WITH_TIMEOUT(steps.size() >= expected.size(), 10000);
            QCOMPARE(received().mid(0, expected.size()), expected);
        }
        if (!action.page.isEmpty()) {
            // A link: wait for the new page and its bridge before the next touch.
            QVERIFY(waitForJs(
                webPage, QStringLiteral("location.pathname === '/%1' && ").arg(action.page) + kBridgeReady, 15000));
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(visibleScreen(), endScreen, 10000);
    QCOMPARE(received(), expected);
}

void PracticeTest::formsRefuseEmptyAnswers()
{
    QSignalSpy steps(m_panel.get(), &Ui::SitePanel::practiceStepReached);
    m_panel->openPractice(QStringLiteral("prescriptions.html#choose"));
    QWebEnginePage *webPage = m_panel->view()->page();
    QVERIFY(waitForJs(webPage, kBridgeReady, 15000));
    QCOMPARE(visibleScreen(), QStringLiteral("choose"));
    runJs(webPage, click(QStringLiteral("chooseContinue")));
    QVERIFY(waitForJs(webPage, QStringLiteral("!document.getElementById('chooseError').hidden")));
    QCOMPARE(visibleScreen(), QStringLiteral("choose"));
    QTest::qWait(200);
    QCOMPARE(steps.size(), 0);
}

void PracticeTest::channelIsOutOfThePagesReach()
{
    QSignalSpy steps(m_panel.get(), &Ui::SitePanel::practiceStepReached);
    m_panel->openPractice(QStringLiteral("index.html"));
    QWebEnginePage *webPage = m_panel->view()->page();
    QVERIFY(waitForJs(webPage, kBridgeReady, 15000));
    // The page's own world has no channel transport and no QWebChannel.
    QCOMPARE(runJs(webPage, QStringLiteral("typeof qt")).toString(), QStringLiteral("undefined"));
    QCOMPARE(runJs(webPage, QStringLiteral("typeof QWebChannel")).toString(), QStringLiteral("undefined"));
    // A badly named step is refused by the bridge.
    runJs(webPage, QStringLiteral("document.dispatchEvent(new CustomEvent('practice-step', {detail: 'Bad Name!'}))"));
    QTest::qWait(300);
    QCOMPARE(steps.size(), 0);
    // Called directly, the bridge ignores a page that is not the practice site.
    m_panel->view()->open(Kiosk::internalUrl(QStringLiteral("blocked")));
    QTRY_COMPARE_WITH_TIMEOUT(webPage->url().scheme(), QStringLiteral("healthhub"), 10000);
    m_panel->bridge()->stepReached(QStringLiteral("signed-in"));
    QCOMPARE(steps.size(), 0);
}

void PracticeTest::highContrastReachesThePage()
{
    m_panel->openPractice(QStringLiteral("home.html"));
    QWebEnginePage *webPage = m_panel->view()->page();
    QVERIFY(waitForJs(webPage, kBridgeReady, 15000));
    const QString isHigh = QStringLiteral("document.documentElement.classList.contains('hc')");
    QCOMPARE(runJs(webPage, isHigh).toBool(), false);
    m_panel->setHighContrast(true);
    QVERIFY(waitForJs(webPage, isHigh));
    // Black on white with a black banner: contrast well over 7:1 (checked in the page's computed style).
    QCOMPARE(runJs(webPage, QStringLiteral("getComputedStyle(document.body).color")).toString(),
             QStringLiteral("rgb(0, 0, 0)"));
    m_panel->setHighContrast(false);
    QVERIFY(waitForJs(webPage, QStringLiteral("!") + isHigh));
    // Text size follows the visitor's choice.
    m_panel->setTextScale(2.0);
    QCOMPARE(m_panel->view()->zoomFactor(), 2.0);
}

void PracticeTest::highContrastReachesRealSites()
{
    // A "real" site on loopback with its own grey colours, and one whose policy allows only its own style files.
    Test::LoopbackHttpServer server;
    QVERIFY(server.listen());
    const QByteArray page = "<!doctype html><html><head><style>body { color: #777777; background: #eeeeee; }"
                            " a { color: #aaaaaa; }</style></head><body><p>Hello</p>"
                            "<a id=\"next\" href=\"/next\">Next</a></body></html>";
    server.html("/", page);
    server.html("/next", page);
    Test::LoopbackHttpServer::Response css;
    css.contentType = "text/css";
    css.body = "body { color: #777777; background: #eeeeee; }";
    server.route("/grey.css", css);
    Test::LoopbackHttpServer::Response strict;
    strict.body = "<!doctype html><html><head><link rel=\"stylesheet\" href=\"/grey.css\"></head>"
                  "<body><p>Hello</p></body></html>";
    strict.headers.append(
        std::make_pair(QByteArray("Content-Security-Policy"), QByteArray("style-src 'self'; script-src 'none'")));
    server.route("/strict", strict);
    m_panel->reset();
    m_sandbox = std::make_unique<Kiosk::WebSandbox>(Kiosk::UrlPolicy({QStringLiteral("127.0.0.1")}, true));
    const QString colour = QStringLiteral("getComputedStyle(document.body).color");
    const QString background = QStringLiteral("getComputedStyle(document.body).backgroundColor");
    const QString link = QStringLiteral("getComputedStyle(document.getElementById('next')).color");

    const QString loaded = QStringLiteral("document.readyState === 'complete' && !!document.body");
    m_panel->openReal(server.url(QStringLiteral("/")));
    QWebEnginePage *webPage = m_panel->view()->page();
    QTRY_COMPARE_WITH_TIMEOUT(webPage->url(), server.url(QStringLiteral("/")), 15000);
    QVERIFY(waitForJs(webPage, loaded, 15000));
    QCOMPARE(runJs(webPage, colour).toString(), QStringLiteral("rgb(119, 119, 119)"));

    // Turned on: the page on screen at once, black on white, links dark blue.
    m_panel->setHighContrast(true);
    QVERIFY(waitForJs(webPage, colour + QStringLiteral(" === 'rgb(0, 0, 0)'")));
    QCOMPARE(runJs(webPage, background).toString(), QStringLiteral("rgb(255, 255, 255)"));
    QCOMPARE(runJs(webPage, link).toString(), QStringLiteral("rgb(0, 32, 96)"));
    // The site's own scripts see nothing of it.
    QCOMPARE(runJs(webPage, QStringLiteral("typeof window.healthhubContrast")).toString(), QStringLiteral("undefined"));

    // Every page opened after it, from a link the visitor touches, and one that forbids the page's scripts.
    runJs(webPage, QStringLiteral("document.getElementById('next').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(webPage->url().path(), QStringLiteral("/next"), 10000);
    QVERIFY(waitForJs(webPage, loaded, 15000));
    QCOMPARE(runJs(webPage, colour).toString(), QStringLiteral("rgb(0, 0, 0)"));
    m_panel->setHighContrast(false);
    QVERIFY(loadAndWait(webPage, server.url(QStringLiteral("/strict"))));
    QCOMPARE(runJs(webPage, colour).toString(), QStringLiteral("rgb(119, 119, 119)"));
    m_panel->setHighContrast(true);
    QVERIFY(waitForJs(webPage, colour + QStringLiteral(" === 'rgb(0, 0, 0)'")));
    QVERIFY(loadAndWait(webPage, server.url(QStringLiteral("/strict"))));
    QCOMPARE(runJs(webPage, colour).toString(), QStringLiteral("rgb(0, 0, 0)"));
    QCOMPARE(runJs(webPage, background).toString(), QStringLiteral("rgb(255, 255, 255)"));

    // Turned off: the site's own colours again, now and on the next page.
    m_panel->setHighContrast(false);
    QVERIFY(waitForJs(webPage, colour + QStringLiteral(" === 'rgb(119, 119, 119)'")));
    QVERIFY(loadAndWait(webPage, server.url(QStringLiteral("/"))));
    QCOMPARE(runJs(webPage, colour).toString(), QStringLiteral("rgb(119, 119, 119)"));

    // A new sandbox (the next visitor's, or a restarted web engine) gets it too while it is on.
    m_panel->setHighContrast(true);
    m_panel->reset();
    m_sandbox = std::make_unique<Kiosk::WebSandbox>(Kiosk::UrlPolicy({QStringLiteral("127.0.0.1")}, true));
    m_panel->openReal(server.url(QStringLiteral("/next")));
    webPage = m_panel->view()->page();
    QTRY_COMPARE_WITH_TIMEOUT(webPage->url(), server.url(QStringLiteral("/next")), 15000);
    QVERIFY(
        waitForJs(webPage, loaded + QStringLiteral(" && ") + colour + QStringLiteral(" === 'rgb(0, 0, 0)'"), 15000));
}

void PracticeTest::guideMovesOnWithThePracticeSite()
{
    // The whole path through the visitor shell: a guide step's Practise button opens the practice site
    // beside it, the visitor signs in there, and the guide says "Well done" and moves on with them.
    const Catalogue::Catalogue catalogue = Catalogue::Catalogue::load({Catalogue::Catalogue::builtIn()});
    Config::VisitorPreferences preferences(QStringLiteral("en"));
    Ui::MainWindow window(m_config);
    auto *shell = new Ui::VisitorShell(m_config, &preferences, &catalogue);
    window.setShell(shell);
    window.resize(1280, 800);
    window.show();
    QVERIFY(shell->showScreen(QStringLiteral("guide:repeat-prescription:1")));
    Ui::GuideScreen *guide = shell->guide();
    auto *practise = window.findChild<QPushButton *>(QStringLiteral("guidePracticeButton"));
    QVERIFY(practise && practise->isVisible());
    QTest::mouseClick(practise, Qt::LeftButton);
    QVERIFY(guide->isSiteShown());
    QWebEnginePage *webPage = shell->sitePanel()->view()->page();
    QVERIFY(waitForJs(webPage,
                      QStringLiteral("document.documentElement.getAttribute('data-bridge') === 'ready' && "
                                     "location.pathname === '/sign-in.html'"),
                      15000));
    for (const QString &script :
         {type(QStringLiteral("email"), QStringLiteral("sam@example.com")), click(QStringLiteral("emailContinue")),
          type(QStringLiteral("password"), QStringLiteral("river apple cloud")),
          click(QStringLiteral("passwordContinue")), type(QStringLiteral("code"), QStringLiteral("123456")),
          click(QStringLiteral("codeContinue"))}) {
        runJs(webPage, script);
    }
    QTRY_VERIFY_WITH_TIMEOUT(guide->isWellDoneShown(), 10000);
    QCOMPARE(guide->page(), 0);
    // On the practice home page the visitor touches Prescriptions: the guide follows to step 2.
    QVERIFY(waitForJs(webPage,
                      QStringLiteral("location.pathname === '/home.html' && "
                                     "document.documentElement.getAttribute('data-bridge') === 'ready'"),
                      15000));
    runJs(webPage, click(QStringLiteral("prescriptionsLink")));
    QTRY_COMPARE_WITH_TIMEOUT(guide->page(), 1, 10000);
    QVERIFY(guide->isWellDoneShown());

    // Finish: the visitor's web world goes with them.
    QObject::connect(shell, &Ui::VisitorShell::finishRequested, shell, &Ui::VisitorShell::showDetailsRemoved);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("finishButton")), Qt::LeftButton);
    QVERIFY(!guide->isSiteShown());
    QVERIFY(!shell->sitePanel()->view()); // no view either: it would make a page on Qt's default profile
}

HEALTHHUB_WEB_TEST_MAIN(PracticeTest)
#include "practice_test.moc"
