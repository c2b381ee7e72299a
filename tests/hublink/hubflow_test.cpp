// SPDX-License-Identifier: GPL-3.0-or-later
// The hub as visitors and volunteers meet it: the real visitor, console and booth terminals (App::VisitorTerminal,
// ConsoleTerminal, BoothTerminal, as the program builds them) joined to a real mosquitto on loopback. A visitor's
// Get a volunteer reaches the console's bar with a sound; the kiosk says the volunteers know only once the console
// has the request, and "<name> is coming" only after a volunteer tapped I'm going; Finish withdraws it; with the
// broker down the kiosk says "Please ask at the desk" and recovers by itself; a booking made on the console shows
// on the booth, which holds no records and no passphrase.

#include "app/boothterminal.h"
#include "app/consoleterminal.h"
#include "app/visitorterminal.h"
#include "core/config/terminalconfig.h"
#include "core/config/visitorpreferences.h"
#include "core/demo/demodata.h"
#include "core/hublink/hublink.h"
#include "core/store/store.h"
#include "hubfixture.h"
#include "kiosk/visitorsession.h"
#include "kiosk/watchdog.h"
#include "tests/console/consoletestsupport.h"
#include "tests/kiosk/webtest.h"
#include "ui/common/theme.h"
#include "ui/console/consolecontext.h"
#include "ui/console/hubbar.h"
#include "ui/console/terminalsmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace HealthHub;
using namespace HealthHub::HubTest;

namespace {
constexpr int kWaitMs = 15000;

QString labelText(QWidget *root, const QString &name)
{
    const auto *label = root->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

/** With HEALTHHUB_SCREENSHOTS=<folder>, saves what @p window shows (for docs/screenshots and for looking). */
void keepPicture(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("HEALTHHUB_SCREENSHOTS");
    if (!folder.isEmpty()) {
        window->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }
}

bool tap(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QPushButton *>(name);
    if (!button || !button->isVisible()) {
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}
} // namespace

class HubFlowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void helpFromTheKioskToTheConsoleAndBack();
    void brokerDownMeansAskAtTheDesk();
    void bookingMadeOnTheConsoleShowsOnTheBooth();

private:
    Config::TerminalConfig terminalConfig(Config::Role role, const QString &name) const;

    HubFixture m_hub;
    QTemporaryDir m_dir;
    QString m_consoleIdentity;
    QString m_kioskIdentity;
    QString m_boothIdentity;
    Config::TerminalConfig m_consoleConfig;
    Config::TerminalConfig m_kioskConfig;
    std::unique_ptr<Config::VisitorPreferences> m_preferences;
    std::unique_ptr<HubLink::Link> m_consoleLink;
    std::unique_ptr<HubLink::Link> m_kioskLink;
    std::unique_ptr<App::ConsoleTerminal> m_console;
    std::unique_ptr<App::VisitorTerminal> m_kiosk;
    std::unique_ptr<QWidget> m_consoleWindow;
    std::unique_ptr<QWidget> m_kioskWindow;
    Kiosk::Watchdog m_watchdog;
};

Config::TerminalConfig HubFlowTest::terminalConfig(Config::Role role, const QString &name) const
{
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    config.role = role;
    config.terminalName = name;
    config.hubName = QStringLiteral("Test Hub");
    config.dataDir = m_dir.filePath(name);
    return config;
}

void HubFlowTest::initTestCase()
{
    Ui::Theme::apply(*qApp, {}); // as the program looks, for the pictures
    QVERIFY2(m_hub.setUp(), qPrintable(m_hub.problem()));
    m_consoleIdentity = m_hub.addTerminal(QStringLiteral("desk"), QStringLiteral("console"));
    m_kioskIdentity = m_hub.addTerminal(QStringLiteral("kiosk-1"), QStringLiteral("kiosk"));
    m_boothIdentity = m_hub.addTerminal(QStringLiteral("booth-1"), QStringLiteral("booth"));
    QVERIFY(!m_consoleIdentity.isEmpty() && !m_kioskIdentity.isEmpty() && !m_boothIdentity.isEmpty());
    m_consoleConfig = terminalConfig(Config::Role::Console, QStringLiteral("desk"));
    m_kioskConfig = terminalConfig(Config::Role::Visitor, QStringLiteral("kiosk-1"));
    QVERIFY(ConsoleTest::makeRecords(m_consoleConfig.dataDir));
}

void HubFlowTest::init()
{
    // A test that failed with the broker down must not take the next one with it.
    if (!m_hub.isBrokerRunning()) {
        QVERIFY2(m_hub.startBroker(), qPrintable(m_hub.problem()));
    }
    m_preferences = std::make_unique<Config::VisitorPreferences>(m_kioskConfig.defaultLanguage);
    m_consoleLink = std::make_unique<HubLink::Link>(m_hub.identity(m_consoleIdentity));
    m_kioskLink = std::make_unique<HubLink::Link>(m_hub.identity(m_kioskIdentity));
    m_consoleLink->start();
    m_kioskLink->start();
    m_console =
        std::make_unique<App::ConsoleTerminal>(App::TerminalContext{m_consoleConfig, nullptr, m_consoleLink.get()});
    m_kiosk = std::make_unique<App::VisitorTerminal>(
        App::TerminalContext{m_kioskConfig, m_preferences.get(), m_kioskLink.get()});
    m_consoleWindow.reset(m_console->takeShell());
    m_kioskWindow.reset(m_kiosk->takeShell());
    m_consoleWindow->resize(1280, 800);
    m_kioskWindow->resize(1280, 800);
    m_consoleWindow->show();
    m_kioskWindow->show();
    QVERIFY(QTest::qWaitFor([&] { return m_consoleLink->isOnline() && m_kioskLink->isOnline(); }, kWaitMs));
}

void HubFlowTest::cleanup()
{
    m_kioskWindow.reset(); // the shells before their terminals, as the window does
    m_consoleWindow.reset();
    m_kiosk.reset();
    m_console.reset();
    m_kioskLink.reset();
    m_consoleLink.reset();
}

void HubFlowTest::helpFromTheKioskToTheConsoleAndBack()
{
    QWidget *kiosk = m_kioskWindow.get();
    QWidget *console = m_consoleWindow.get();
    auto *bar = console->findChild<Ui::HubBar *>();
    QVERIFY(bar);
    QCOMPARE(labelText(console, QStringLiteral("hubStateLabel")), QStringLiteral("Connected to the hub"));

    QVERIFY(tap(kiosk, QStringLiteral("helpButton")));
    QVERIFY(QTest::qWaitFor([&] { return kiosk->findChild<QWidget *>(QStringLiteral("volunteerComing"))->isVisible(); },
                            kWaitMs));
    // The console is locked, and still it shows the request at once, with a sound.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto *request = console->findChild<QLabel *>(QStringLiteral("helpRequest-kiosk-1"));
            return request && request->isVisible();
        },
        kWaitMs));
    QVERIFY(labelText(console, QStringLiteral("helpRequest-kiosk-1")).startsWith(QStringLiteral("kiosk-1 needs help")));
    QCOMPARE(bar->soundsPlayed(), 1);
    keepPicture(console, QStringLiteral("console-help-request"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return labelText(kiosk, QStringLiteral("volunteerComingTitle")) ==
                   QLatin1String("The volunteers know you need help");
        },
        kWaitMs));

    // A volunteer signs in and taps I'm going: the kiosk names them, by first name only.
    Records::Volunteer sam;
    sam.id = 7;
    sam.name = QStringLiteral("Sam Taylor");
    m_console->findChild<Ui::ConsoleContext *>()->signIn(sam);
    QVERIFY(QTest::qWaitFor([&] { return tap(console, QStringLiteral("imGoing-kiosk-1")); }, kWaitMs));
    QVERIFY(QTest::qWaitFor(
        [&] { return labelText(kiosk, QStringLiteral("volunteerComingTitle")) == QLatin1String("Sam is coming"); },
        kWaitMs));
    keepPicture(kiosk, QStringLiteral("kiosk-volunteer-coming"));
    QVERIFY(QTest::qWaitFor(
        [&] { return labelText(console, QStringLiteral("helpGoing-kiosk-1")) == QLatin1String("Sam is going"); },
        kWaitMs));

    // I am OK now withdraws it: the console's bar empties.
    QVERIFY(tap(kiosk, QStringLiteral("volunteerCancelButton")));
    QVERIFY(
        QTest::qWaitFor([&] { return !console->findChild<QLabel *>(QStringLiteral("helpRequest-kiosk-1")); }, kWaitMs));

    // Finish withdraws an open request too, once the visitor's session is wiped.
    m_kiosk->start(&m_watchdog);
    QVERIFY(tap(kiosk, QStringLiteral("helpButton")));
    QVERIFY(
        QTest::qWaitFor([&] { return console->findChild<QLabel *>(QStringLiteral("helpRequest-kiosk-1")); }, kWaitMs));
    QSignalSpy wiped(m_kiosk->session(), &Kiosk::VisitorSession::resetFinished);
    QVERIFY(tap(kiosk, QStringLiteral("finishButton")));
    QVERIFY(wiped.wait(kWaitMs));
    QVERIFY(
        QTest::qWaitFor([&] { return !console->findChild<QLabel *>(QStringLiteral("helpRequest-kiosk-1")); }, kWaitMs));
    // And the console sees the kiosk's verified wipe.
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &seen : m_consoleLink->terminals()) {
                if (seen.name == QLatin1String("kiosk-1") && seen.status.lastWipe.ok) {
                    return true;
                }
            }
            return false;
        },
        kWaitMs));
    // The console's Terminals table says so, and passes the model tester.
    Ui::TerminalsModel terminals(m_consoleLink.get());
    QAbstractItemModelTester tester(&terminals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(terminals.columnCount(), int(Ui::TerminalsModel::ColumnCount));
    bool verified = false;
    for (int row = 0; row < terminals.rowCount(); ++row) {
        if (terminals.index(row, Ui::TerminalsModel::Name).data().toString() == QLatin1String("kiosk-1")) {
            verified = terminals.index(row, Ui::TerminalsModel::LastWipe)
                           .data()
                           .toString()
                           .startsWith(QStringLiteral("Verified at"));
        }
    }
    QVERIFY(verified);
}

void HubFlowTest::brokerDownMeansAskAtTheDesk()
{
    QWidget *kiosk = m_kioskWindow.get();
    m_hub.killBroker();
    // Both notice on their own time; the console's bar follows its link.
    QVERIFY(QTest::qWaitFor([&] { return !m_kioskLink->isOnline() && !m_consoleLink->isOnline(); }, kWaitMs));
    QVERIFY(tap(kiosk, QStringLiteral("helpButton")));
    QCOMPARE(labelText(kiosk, QStringLiteral("volunteerComingTitle")), QStringLiteral("Please ask at the desk"));
    keepPicture(kiosk, QStringLiteral("kiosk-ask-at-the-desk"));
    QVERIFY(labelText(m_consoleWindow.get(), QStringLiteral("hubStateLabel"))
                .startsWith(QStringLiteral("Cannot reach the hub")));
    QVERIFY(m_hub.startBroker());
    // Back by itself: the request goes out and the console confirms it.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return labelText(kiosk, QStringLiteral("volunteerComingTitle")) ==
                   QLatin1String("The volunteers know you need help");
        },
        kWaitMs));
    QVERIFY(tap(kiosk, QStringLiteral("volunteerCancelButton")));
}

void HubFlowTest::bookingMadeOnTheConsoleShowsOnTheBooth()
{
    Config::TerminalConfig boothConfig = terminalConfig(Config::Role::Booth, QStringLiteral("booth-1"));
    HubLink::Link boothLink(m_hub.identity(m_boothIdentity));
    boothLink.start();
    App::BoothTerminal booth(App::TerminalContext{boothConfig, nullptr, &boothLink});
    std::unique_ptr<QWidget> boothWindow(booth.takeShell());
    boothWindow->show();
    QVERIFY(QTest::qWaitFor([&] { return boothLink.isOnline(); }, kWaitMs));

    // The console's volunteer books the booth; the console's records are open.
    auto *context = m_console->findChild<Ui::ConsoleContext *>();
    QString passphrase = Demo::DemoData::passphrase();
    QVERIFY(context->records().unlock(Store::SecureBytes::takeFromString(passphrase)).ok());
    Records::Booking booking;
    booking.startsAt = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
    booking.startsAt.setTime(QTime(booking.startsAt.time().hour(), 30));
    booking.endsAt = booking.startsAt.addSecs(1800);
    QVERIFY(context->store().addBooking({}, booking).ok());
    Q_EMIT context->recordsChanged();

    const QString expected = QStringLiteral("The next appointment in this room is at %1.")
                                 .arg(booking.startsAt.toLocalTime().time().toString(QStringLiteral("HH:mm")));
    QVERIFY(QTest::qWaitFor(
        [&] { return labelText(boothWindow.get(), QStringLiteral("nextBookingLabel")) == expected; }, kWaitMs));
    // The booth was never given the records or the passphrase.
    QVERIFY(boothConfig.boothRecordsDir.isEmpty());
    boothWindow.reset();
}

HEALTHHUB_WEB_TEST_MAIN(HubFlowTest)
#include "hubflow_test.moc"
