// SPDX-License-Identifier: GPL-3.0-or-later
// The hub link against a real mosquitto on loopback, set up by the same code as `healthhub admin hub`: TLS and
// ACLs refuse what they must (anonymous, a wrong CA, a revoked terminal, a kiosk acting as the console or reading
// bookings), help requests go end to end, a killed broker loses nothing that was acknowledged, and bookings reach
// the booth.

#include "core/hublink/hublink.h"
#include "core/hublink/hubsetup.h"
#include "hubfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace HealthHub;
using namespace HealthHub::HubTest;
using HubLink::HelpProgress;

namespace {
constexpr int kWaitMs = 15000;

std::unique_ptr<HubLink::Link> started(const HubLink::Identity &identity)
{
    auto link = std::make_unique<HubLink::Link>(identity);
    link->start();
    return link;
}

bool waitOnline(HubLink::Link &link)
{
    return QTest::qWaitFor([&] { return link.isOnline(); }, kWaitMs);
}

bool waitStage(HubLink::Link &link, HelpProgress::Stage stage)
{
    return QTest::qWaitFor([&] { return link.helpProgress().stage == stage; }, kWaitMs);
}
} // namespace

class HubLinkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anonymousClientsAreRefused();
    void wrongCaIsRefused();
    void revokedTerminalIsRefused();
    void kioskCannotActAsConsoleOrReadBookings();
    void helpRequestEndToEnd();
    void brokerKilledMidFlowLosesNothing();
    void bookingsReachTheBooth();
    void consoleSeesTerminalStatus();
    void setupRefusesBadNames();
    void adminCommandLineSetsUpAHub();

private:
    HubFixture m_hub;
    QString m_console;
    QString m_kiosk;
    QString m_booth;
};

void HubLinkTest::initTestCase()
{
    QVERIFY2(m_hub.setUp(), qPrintable(m_hub.problem()));
    m_console = m_hub.addTerminal(QStringLiteral("desk"), QStringLiteral("console"));
    m_kiosk = m_hub.addTerminal(QStringLiteral("kiosk-1"), QStringLiteral("kiosk"));
    m_booth = m_hub.addTerminal(QStringLiteral("booth-1"), QStringLiteral("booth"));
    QVERIFY2(!m_console.isEmpty() && !m_kiosk.isEmpty() && !m_booth.isEmpty(), qPrintable(m_hub.problem()));
}

void HubLinkTest::anonymousClientsAreRefused()
{
    QByteArray output;
    const int code = m_hub.client(
        QStringLiteral("mosquitto_pub"),
        {QStringLiteral("-t"), QStringLiteral("healthhub/status/x"), QStringLiteral("-m"), QStringLiteral("hello")},
        &output);
    QVERIFY2(code != 0, output.constData());
    QVERIFY2(output.contains("not authorised"), output.constData());
    // And no plain (non-TLS) listener answers MQTT on that port.
    QProcess plain;
    plain.start(QStringLiteral("mosquitto_pub"),
                {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_hub.port()),
                 QStringLiteral("-t"), QStringLiteral("x"), QStringLiteral("-m"), QStringLiteral("y")});
    plain.waitForFinished(20000);
    QVERIFY(plain.exitCode() != 0);
}

void HubLinkTest::wrongCaIsRefused()
{
    // Another hub's CA: the broker's certificate does not verify, so the terminal never connects.
    QTemporaryDir other;
    HubLink::HubSetup::Options options;
    options.folder = other.filePath(QStringLiteral("hub"));
    options.hubName = QStringLiteral("Another Hub");
    options.hosts = {QStringLiteral("127.0.0.1")};
    options.port = m_hub.port();
    options.brokerUser = QStringLiteral("root");
    QCOMPARE(HubLink::HubSetup::init(options), QString());
    const QString otherCa = QDir(options.folder).filePath(QStringLiteral("ca.crt"));
    QByteArray output;
    const QByteArray password = m_hub.passwordOf(m_kiosk);
    QVERIFY(m_hub.client(QStringLiteral("mosquitto_pub"),
                         {QStringLiteral("-u"), QStringLiteral("kiosk-1"), QStringLiteral("-P"),
                          QString::fromUtf8(password), QStringLiteral("-t"), QStringLiteral("healthhub/status/kiosk-1"),
                          QStringLiteral("-m"), QStringLiteral("{}")},
                         &output, otherCa) != 0);
    HubLink::Identity identity = m_hub.identity(m_kiosk);
    identity.caFile = otherCa;
    const auto link = started(identity);
    QVERIFY(!QTest::qWaitFor([&] { return link->isOnline(); }, 3000));
}

void HubLinkTest::revokedTerminalIsRefused()
{
    const QString spare = m_hub.addTerminal(QStringLiteral("kiosk-9"), QStringLiteral("kiosk"));
    QVERIFY(!spare.isEmpty());
    {
        const auto link = started(m_hub.identity(spare));
        QVERIFY(waitOnline(*link));
    }
    QCOMPARE(HubLink::HubSetup::removeTerminal(m_hub.hubFolder(), QStringLiteral("kiosk-9")), QString());
    m_hub.reloadBroker();
    const auto link = started(m_hub.identity(spare));
    QVERIFY(QTest::qWaitFor([&] { return link->problem().contains(QStringLiteral("refused")); }, kWaitMs));
    QVERIFY(!link->isOnline());
    QString problem;
    QVERIFY(!HubLink::HubSetup::terminals(m_hub.hubFolder(), &problem).contains(QStringLiteral("kiosk-9 kiosk")));
}

void HubLinkTest::kioskCannotActAsConsoleOrReadBookings()
{
    const auto console = started(m_hub.identity(m_console));
    const auto kiosk = started(m_hub.identity(m_kiosk));
    QVERIFY(waitOnline(*console));
    QVERIFY(waitOnline(*kiosk));
    console->publishBookings(QStringLiteral("booth-1"), {{QDateTime::currentDateTimeUtc().addSecs(3600),
                                                          QDateTime::currentDateTimeUtc().addSecs(5400)}});
    const QStringList asKiosk{QStringLiteral("-u"), QStringLiteral("kiosk-1"), QStringLiteral("-P"),
                              QString::fromUtf8(m_hub.passwordOf(m_kiosk))};

    // The kiosk cannot read the booth's bookings: the subscription times out with nothing.
    QByteArray output;
    m_hub.client(QStringLiteral("mosquitto_sub"),
                 asKiosk + QStringList{QStringLiteral("-t"), QStringLiteral("healthhub/booth/booth-1/bookings"),
                                       QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-W"),
                                       QStringLiteral("2")},
                 &output);
    QVERIFY2(!output.contains("times"), output.constData());

    // The kiosk cannot answer for the console: its own request stays unanswered by a forged "coming".
    kiosk->requestHelp(QStringLiteral("visitorHome"));
    QVERIFY(waitStage(*kiosk, HelpProgress::Stage::Received));
    const QString id = console->openRequests().value(0).request.id;
    QVERIFY(!id.isEmpty());
    const QByteArray forged =
        HubLink::encode(HubLink::HelpAnswer{id, HubLink::HelpAnswer::State::Coming, QStringLiteral("Mallory")});
    m_hub.client(QStringLiteral("mosquitto_pub"),
                 asKiosk + QStringList{QStringLiteral("-t"), QStringLiteral("healthhub/help/kiosk-1/answer"),
                                       QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-m"),
                                       QString::fromUtf8(forged)});
    // Nor publish a status in the console's name.
    m_hub.client(QStringLiteral("mosquitto_pub"),
                 asKiosk + QStringList{QStringLiteral("-t"), QStringLiteral("healthhub/status/booth-1"),
                                       QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-r"),
                                       QStringLiteral("-m"), QStringLiteral("{\"v\":1,\"online\":true}")});
    QTest::qWait(1000);
    QCOMPARE(kiosk->helpProgress().stage, HelpProgress::Stage::Received);
    for (const HubLink::TerminalSeen &seen : console->terminals()) {
        QVERIFY(seen.name != QLatin1String("booth-1") || seen.status.role == QLatin1String("booth"));
    }
    kiosk->withdrawHelp();
    QVERIFY(QTest::qWaitFor([&] { return console->openRequests().isEmpty(); }, kWaitMs));
}

void HubLinkTest::helpRequestEndToEnd()
{
    const auto console = started(m_hub.identity(m_console));
    const auto kiosk = started(m_hub.identity(m_kiosk));
    QVERIFY(waitOnline(*console));
    QVERIFY(waitOnline(*kiosk));
    QSignalSpy arrived(console.get(), &HubLink::Link::openRequestsChanged);
    kiosk->requestHelp(QStringLiteral("guide repeat-prescription step 3"));
    QCOMPARE(kiosk->helpProgress().stage, HelpProgress::Stage::Sending);
    QVERIFY(waitStage(*kiosk, HelpProgress::Stage::Received));
    QCOMPARE(console->openRequests().size(), 1);
    QCOMPARE(console->openRequests().first().terminal, QStringLiteral("kiosk-1"));
    QCOMPARE(console->openRequests().first().request.screen, QStringLiteral("guide repeat-prescription step 3"));
    QVERIFY(!arrived.isEmpty() && arrived.first().first().toBool());

    console->answer(QStringLiteral("kiosk-1"), QStringLiteral("Sam Smith"));
    QVERIFY(waitStage(*kiosk, HelpProgress::Stage::Coming));
    QCOMPARE(kiosk->helpProgress().volunteer, QStringLiteral("Sam")); // the first name only

    kiosk->withdrawHelp();
    QCOMPARE(kiosk->helpProgress().stage, HelpProgress::Stage::None);
    QVERIFY(QTest::qWaitFor([&] { return console->openRequests().isEmpty(); }, kWaitMs));
}

void HubLinkTest::brokerKilledMidFlowLosesNothing()
{
    const auto console = started(m_hub.identity(m_console));
    const auto kiosk = started(m_hub.identity(m_kiosk));
    QVERIFY(waitOnline(*console));
    QVERIFY(waitOnline(*kiosk));
    kiosk->requestHelp(QStringLiteral("visitorHome"));
    QVERIFY(waitStage(*kiosk, HelpProgress::Stage::Received));

    m_hub.killBroker();
    // While the broker is down the visitor is told to ask at the desk, never that someone is coming.
    QVERIFY(waitStage(*kiosk, HelpProgress::Stage::Unreachable));
    QVERIFY(m_hub.startBroker());
    // Both come back by themselves; the console has the request again and confirms it.
    QVERIFY(waitOnline(*kiosk));
    QVERIFY(waitOnline(*console));
    QVERIFY(waitStage(*kiosk, HelpProgress::Stage::Received));
    QCOMPARE(console->openRequests().size(), 1);
    console->answer(QStringLiteral("kiosk-1"), QStringLiteral("Ali"));
    QVERIFY(waitStage(*kiosk, HelpProgress::Stage::Coming));
    kiosk->withdrawHelp();
    QVERIFY(QTest::qWaitFor([&] { return console->openRequests().isEmpty(); }, kWaitMs));
}

void HubLinkTest::bookingsReachTheBooth()
{
    const auto console = started(m_hub.identity(m_console));
    QVERIFY(waitOnline(*console));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(1800);
    console->publishBookings(QStringLiteral("booth-1"), {{start, start.addSecs(1200)}});
    const auto booth = started(m_hub.identity(m_booth));
    QSignalSpy received(booth.get(), &HubLink::Link::bookingsReceived);
    QVERIFY(received.wait(kWaitMs)); // retained: the booth gets it whenever it connects
    const auto times = received.last().first().value<QList<HubLink::BookingTime>>();
    QCOMPARE(times.size(), 1);
    QCOMPARE(times.first().start.toSecsSinceEpoch(), start.toSecsSinceEpoch());
}

void HubLinkTest::consoleSeesTerminalStatus()
{
    const auto console = started(m_hub.identity(m_console));
    QVERIFY(waitOnline(*console));
    {
        const auto booth = started(m_hub.identity(m_booth));
        QVERIFY(waitOnline(*booth));
        HubLink::TerminalStatus status;
        status.version = QStringLiteral("1.2.3");
        status.lastWipe = {QDateTime::currentDateTimeUtc(), true};
        status.booth = QStringLiteral("in-call");
        booth->setStatus(status);
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &seen : console->terminals()) {
                    if (seen.name == QLatin1String("booth-1") && seen.status.booth == QLatin1String("in-call") &&
                        seen.status.online) {
                        return seen.status.lastWipe.ok && seen.status.version == QLatin1String("1.2.3");
                    }
                }
                return false;
            },
            kWaitMs));
    }
    // Gone (here: stopped cleanly): the console shows it offline.
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &seen : console->terminals()) {
                if (seen.name == QLatin1String("booth-1")) {
                    return !seen.status.online;
                }
            }
            return false;
        },
        kWaitMs));
}

void HubLinkTest::setupRefusesBadNames()
{
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("kiosk/1"), QStringLiteral("#"), QStringLiteral("Kiosk"),
                                QStringLiteral("a+b"), QString(), QStringLiteral("x").repeated(40)}) {
        QVERIFY2(!HubLink::HubSetup::addTerminal(m_hub.hubFolder(), name, QStringLiteral("kiosk"),
                                                 dir.filePath(QStringLiteral("j")))
                      .isEmpty(),
                 qPrintable(name));
    }
    QVERIFY(!HubLink::HubSetup::addTerminal(m_hub.hubFolder(), QStringLiteral("ok-name"), QStringLiteral("admin"),
                                            dir.filePath(QStringLiteral("j")))
                 .isEmpty());
}

void HubLinkTest::adminCommandLineSetsUpAHub()
{
    // As a hub admin types it: `healthhub admin hub …` with the real binary.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("hub"));
    auto admin = [&](const QStringList &arguments, QByteArray *out = nullptr) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(qEnvironmentVariable("HEALTHHUB_BINARY"),
                      QStringList{QStringLiteral("admin"), QStringLiteral("hub")} + arguments);
        process.waitForFinished(60000);
        if (out) {
            *out = process.readAllStandardOutput() + process.readAllStandardError();
        }
        return process.exitCode();
    };
    QByteArray out;
    QCOMPARE(admin({QStringLiteral("init"), QStringLiteral("--folder"), folder}, &out), 1); // no name or host
    QVERIFY2(out.contains("--name") && out.contains("--host"), out.constData());
    QCOMPARE(admin({QStringLiteral("init"), QStringLiteral("--folder"), folder, QStringLiteral("--name"),
                    QStringLiteral("Test Hub"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"), QStringLiteral("18883")},
                   &out),
             0);
    QVERIFY2(out.contains("mosquitto.conf"), out.constData());
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("ca.crt"))));
    QCOMPARE(admin({QStringLiteral("add-terminal"), QStringLiteral("kiosk-2"), QStringLiteral("--role"),
                    QStringLiteral("kiosk"), QStringLiteral("--folder"), folder},
                   &out),
             0);
    const QString join = dir.filePath(QStringLiteral("kiosk-2.hubjoin"));
    QVERIFY2(QFile::exists(join), out.constData());
    QCOMPARE(QFileInfo(join).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(!out.contains(HubLink::Identity::load(join, nullptr)->password)); // the password is never printed
    QCOMPARE(admin({QStringLiteral("list"), QStringLiteral("--folder"), folder}, &out), 0);
    QVERIFY(out.contains("kiosk-2 kiosk"));
    const QString config = dir.filePath(QStringLiteral("etc/healthhub.ini"));
    QCOMPARE(admin({QStringLiteral("join"), join, QStringLiteral("--config"), config}, &out), 0);
    QVERIFY2(QFile::exists(HubLink::Identity::pathBeside(config)), out.constData());
    QCOMPARE(admin({QStringLiteral("remove-terminal"), QStringLiteral("kiosk-2"), QStringLiteral("--folder"), folder}),
             0);
    QCOMPARE(admin({QStringLiteral("list"), QStringLiteral("--folder"), folder}, &out), 0);
    QVERIFY(!out.contains("kiosk-2"));
    QCOMPARE(admin({QStringLiteral("unknown-thing")}), 2);
}

QTEST_GUILESS_MAIN(HubLinkTest)
#include "hublink_test.moc"
