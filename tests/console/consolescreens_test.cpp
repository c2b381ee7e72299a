// SPDX-License-Identifier: GPL-3.0-or-later
// The console's record screens against a real encrypted store: the visitor journey with export and erasure,
// follow-ups, booth bookings with clashes, reports checked against numbers worked out here from the sessions
// the test wrote (CSV and PDF too), hub lead administration, and every model under QAbstractItemModelTester.

#include "consoletestsupport.h"
#include "core/demo/demodata.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/console/adminscreen.h"
#include "ui/console/auditmodel.h"
#include "ui/console/bookingmodel.h"
#include "ui/console/bookingsscreen.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consoleshell.h"
#include "ui/console/counttablemodel.h"
#include "ui/console/followupmodel.h"
#include "ui/console/followupsscreen.h"
#include "ui/console/journeyscreen.h"
#include "ui/console/reportsscreen.h"
#include "ui/console/sessionlistmodel.h"
#include "ui/console/visitorsearchmodel.h"
#include "ui/console/vocabulary.h"
#include "ui/console/volunteermodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QPrinterInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

using namespace HealthHub;
using namespace HealthHub::ConsoleTest;
using Ui::ConsoleShell;

namespace {

/** A shell over fresh records, unlocked and signed in as the demo hub lead. */
struct Console
{
    QTemporaryDir dir;
    std::unique_ptr<Rig> rig;
    ConsoleShell *shell = nullptr;

    bool open(int visitors = 0, int sessions = 0)
    {
        if (!makeRecords(dir.path(), visitors, sessions)) {
            return false;
        }
        rig = std::make_unique<Rig>(config(dir.path()), storeOptions(dir.path()));
        shell = &rig->shell;
        shell->resize(1280, 800);
        shell->show();
        QString passphrase = Demo::DemoData::passphrase();
        if (!shell->context()->store().unlock(Store::SecureBytes::takeFromString(passphrase)).ok()) {
            return false;
        }
        const QList<Records::Volunteer> volunteers = shell->context()->store().volunteers().value();
        for (const Records::Volunteer &volunteer : volunteers) {
            if (volunteer.role == Records::VolunteerRole::HubLead) {
                shell->context()->signIn(volunteer);
            }
        }
        return shell->context()->isHubLead();
    }
    Store::Store &store() { return shell->context()->store(); }
    Records::Actor actor() { return shell->context()->actor(); }
    void go(const QString &screen) { shell->showScreen(screen); }
};

int tableRowWithText(QTableView *table, int column, const QString &text)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, column).data().toString() == text) {
            return row;
        }
    }
    return -1;
}

void chooseRow(Tapper &tapper, QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    tapper.tap(table->viewport(), table->visualRect(index).center());
}

} // namespace

class ConsoleScreensTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsPassTheTester();
    void visitorSearchPutsReturningVisitorsFirst();
    void journeyShowsTrendAndExports();
    void erasureNeedsConfirmationAndLeavesNothing();
    void contactIsKeptOnlyWithConsent();
    void followUpsDueAndDone();
    void bookingClashIsRefused();
    void reportMatchesTheSessions();
    void adminManagesVolunteersAndAudit();
    void volunteerCannotReachAdmin();
};

void ConsoleScreensTest::initTestCase()
{
    Ui::Theme::apply(*qApp, {});
}

void ConsoleScreensTest::modelsPassTheTester()
{
    Console console;
    QVERIFY(console.open(20, 120));
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    Ui::VisitorSearchModel search(console.shell->context());
    QAbstractItemModelTester searchTester(&search, Mode::QtTest);
    search.search(QString());
    QVERIFY(search.rowCount() > 0);
    search.search(QStringLiteral("A"));
    search.clear();

    Ui::SessionListModel sessions;
    QAbstractItemModelTester sessionsTester(&sessions, Mode::QtTest);
    const qint64 visitorId =
        console.store().searchVisitors(console.actor(), QString(), 1).value().constFirst().visitor.id;
    sessions.setSessions(console.store().visitorHistory(console.actor(), visitorId).value());
    QVERIFY(sessions.rowCount() > 0);
    QVERIFY(!sessions.index(0, Ui::SessionListModel::TasksColumn).data().toString().isEmpty());
    // Each model's column table matches its Column enum, and every column has a header.
    const auto columnsMatch = [](const QAbstractItemModel &model, int count) {
        if (model.columnCount() != count) {
            return false;
        }
        for (int column = 0; column < count; ++column) {
            if (model.headerData(column, Qt::Horizontal).toString().isEmpty()) {
                return false;
            }
        }
        return true;
    };
    QVERIFY(columnsMatch(sessions, Ui::SessionListModel::ColumnCount));
    QCOMPARE(sessions.headerData(Ui::SessionListModel::FollowUpColumn, Qt::Horizontal).toString(),
             QStringLiteral("Follow-up"));

    Ui::FollowUpModel followUps;
    QAbstractItemModelTester followUpsTester(&followUps, Mode::QtTest);
    followUps.setFollowUps(console.store().followUpsDue(console.actor(), QDate::currentDate()).value(),
                           QDate::currentDate());
    QVERIFY(columnsMatch(followUps, Ui::FollowUpModel::ColumnCount));

    Ui::BookingModel bookings;
    QAbstractItemModelTester bookingsTester(&bookings, Mode::QtTest);
    bookings.setBookings(
        console.store()
            .bookings(QDateTime::currentDateTimeUtc().addDays(-8), QDateTime::currentDateTimeUtc().addDays(8))
            .value(),
        {});
    QVERIFY(bookings.rowCount() > 0);
    QVERIFY(columnsMatch(bookings, Ui::BookingModel::ColumnCount));
    QCOMPARE(bookings.index(0, 0).data(Ui::BookingModel::IdRole).toLongLong(), bookings.booking(0).id);

    Ui::VolunteerModel volunteers;
    QAbstractItemModelTester volunteersTester(&volunteers, Mode::QtTest);
    volunteers.setVolunteers(console.store().volunteers().value(), QDateTime::currentDateTimeUtc());
    QCOMPARE(volunteers.rowCount(), 2);
    QVERIFY(columnsMatch(volunteers, Ui::VolunteerModel::ColumnCount));

    Ui::AuditModel audit;
    QAbstractItemModelTester auditTester(&audit, Mode::QtTest);
    Ui::AuditFilterModel filter;
    filter.setSourceModel(&audit);
    QAbstractItemModelTester filterTester(&filter, Mode::QtTest);
    QVERIFY(audit.load(console.store(), {}, QDate::currentDate().addDays(-1), QDate::currentDate()));
    QVERIFY(audit.rowCount() > 0);
    QVERIFY(columnsMatch(audit, Ui::AuditModel::ColumnCount));
    filter.setAction(QStringLiteral("search"));
    QVERIFY(filter.rowCount() > 0);
    QVERIFY(filter.rowCount() < audit.rowCount());
}

void ConsoleScreensTest::visitorSearchPutsReturningVisitorsFirst()
{
    Console console;
    QVERIFY(console.open());
    Store::Store &store = console.store();
    const Records::Actor actor = console.actor();
    // Three visitors called Ann...: one new, one seen a month ago, one seen yesterday.
    Records::Visitor visitor;
    visitor.name = QStringLiteral("Anna");
    const qint64 fresh = store.addVisitor(actor, visitor).value();
    visitor.name = QStringLiteral("Annie");
    const qint64 older = store.addVisitor(actor, visitor).value();
    visitor.name = QStringLiteral("Ann");
    const qint64 recent = store.addVisitor(actor, visitor).value();
    visitor.name = QStringLiteral("Bob");
    store.addVisitor(actor, visitor);
    Records::AssistedSession session;
    session.tasks = {{QStringLiteral("nhs_login"), QStringLiteral("done")}};
    session.visitorId = older;
    session.startedAt = QDateTime::currentDateTimeUtc().addDays(-30);
    QVERIFY(store.addSession(actor, session).ok());
    session.visitorId = recent;
    session.startedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(store.addSession(actor, session).ok());
    QVERIFY(store.addSession(actor, session).ok());

    console.go(QStringLiteral("sessionForm"));
    auto *field = find<QLineEdit>(console.shell, QStringLiteral("visitorSearchField"));
    auto *list = find<QListView>(console.shell, QStringLiteral("visitorList"));
    QTest::keyClicks(field, QStringLiteral("an"));
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->model()->index(0, 0).data(Ui::VisitorSearchModel::IdRole).toLongLong(), recent);
    QCOMPARE(list->model()->index(1, 0).data(Ui::VisitorSearchModel::IdRole).toLongLong(), older);
    QCOMPARE(list->model()->index(2, 0).data(Ui::VisitorSearchModel::IdRole).toLongLong(), fresh);
    QCOMPARE(list->model()->index(0, 0).data(Ui::VisitorSearchModel::SessionsRole).toLongLong(), 2);
    // Wildcards are taken literally.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("%"));
    QCOMPARE(list->model()->rowCount(), 0);
}

void ConsoleScreensTest::journeyShowsTrendAndExports()
{
    Console console;
    QVERIFY(console.open());
    Records::Visitor visitor;
    visitor.name = QStringLiteral("Pip");
    visitor.consent = true;
    visitor.contact = QStringLiteral("07700 900123");
    const qint64 id = console.store().addVisitor(console.actor(), visitor).value();
    Records::AssistedSession session;
    session.visitorId = id;
    session.startedAt = QDateTime::currentDateTimeUtc().addDays(-20);
    session.tasks = {{QStringLiteral("repeat_prescription"), QStringLiteral("partly")}};
    session.confidenceBefore = 1;
    session.confidenceAfter = 2;
    QVERIFY(console.store().addSession(console.actor(), session).ok());
    session.startedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    session.tasks = {{QStringLiteral("repeat_prescription"), QStringLiteral("done")},
                     {QStringLiteral("gp_appointment"), QStringLiteral("not_done")}};
    session.confidenceBefore = 3;
    session.confidenceAfter = 4;
    session.followUpOn = QDate::currentDate().addDays(5);
    QVERIFY(console.store().addSession(console.actor(), session).ok());

    console.go(QStringLiteral("visitorJourney"));
    QCOMPARE(console.shell->currentScreen(), QStringLiteral("visitorJourney"));
    Tapper tapper;
    QTest::keyClicks(find<QLineEdit>(console.shell, QStringLiteral("journeySearchField")), QStringLiteral("Pi"));
    auto *list = find<QListView>(console.shell, QStringLiteral("journeyVisitorList"));
    QCOMPARE(list->model()->rowCount(), 1);
    tapper.tapRow(list, 0);
    QCOMPARE(find<QLabel>(console.shell, QStringLiteral("journeyName"))->text(), QStringLiteral("Pip"));
    QVERIFY(find<QLabel>(console.shell, QStringLiteral("journeySummary"))
                ->text()
                .startsWith(QStringLiteral("Sessions: 2.")));
    const QString alone = find<QLabel>(console.shell, QStringLiteral("journeyAlone"))->text();
    QVERIFY2(alone.contains(QStringLiteral("Repeat prescription")) && !alone.contains(QStringLiteral("GP appointment")),
             qPrintable(alone));
    QVERIFY(find<QLabel>(console.shell, QStringLiteral("journeyFollowUps"))->text().contains(QStringLiteral("due")));
    auto *table = find<QTableView>(console.shell, QStringLiteral("journeySessions"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, Ui::SessionListModel::ConfidenceColumn).data().toString(),
             QStringLiteral("3 to 4"));
    QCOMPARE(table->model()->index(1, Ui::SessionListModel::ConfidenceColumn).data().toString(),
             QStringLiteral("1 to 2"));
    // The confidence chart draws both sessions.
    auto *chart = find<QChartView>(console.shell, QStringLiteral("journeyConfidenceChart"));
    QVERIFY(chart);

    // Editing from the journey opens the form on that session.
    chooseRow(tapper, table, 1);
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("editSessionButton")));
    QCOMPARE(console.shell->currentScreen(), QStringLiteral("sessionForm"));
    QVERIFY(find<QPushButton>(console.shell, QStringLiteral("outcome_repeat_prescription_partly"))->isChecked());
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("outcome_repeat_prescription_done")));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("saveSessionButton")));
    QCOMPARE(console.store().visitorHistory(console.actor(), id).value().constFirst().tasks.constFirst().outcome,
             QStringLiteral("done"));

    // Subject access export: everything held about Pip, in JSON and text.
    console.go(QStringLiteral("visitorJourney"));
    console.shell->findChild<Ui::JourneyScreen *>()->showVisitor(id);
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("exportVisitorButton")));
    const QStringList files = console.shell->findChild<Ui::JourneyScreen *>()->lastExport();
    QCOMPARE(files.size(), 2);
    QFile json(files.at(0));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray bytes = json.readAll();
    QVERIFY(!QJsonDocument::fromJson(bytes).isNull());
    QVERIFY(bytes.contains("07700 900123"));
    QVERIFY(bytes.contains("gp_appointment"));
    QFile text(files.at(1));
    QVERIFY(text.open(QIODevice::ReadOnly));
    QVERIFY(text.readAll().contains("Pip"));
    bool audited = false;
    const QList<Records::AuditEntry> entries = console.store().auditEntries(0, 100000).value();
    for (const Records::AuditEntry &entry : entries) {
        audited = audited || (entry.action == QLatin1String("export") && entry.recordId == id);
    }
    QVERIFY(audited);
}

void ConsoleScreensTest::erasureNeedsConfirmationAndLeavesNothing()
{
    Console console;
    QVERIFY(console.open());
    Records::Visitor visitor;
    visitor.name = QStringLiteral("Zed");
    const qint64 id = console.store().addVisitor(console.actor(), visitor).value();
    Records::AssistedSession session;
    session.visitorId = id;
    session.startedAt = QDateTime::currentDateTimeUtc();
    session.notes = QStringLiteral("Zed's own words");
    session.tasks = {{QStringLiteral("nhs_111"), QStringLiteral("done")}};
    const qint64 sessionId = console.store().addSession(console.actor(), session).value();
    Records::Booking booking;
    booking.visitorId = id;
    booking.startsAt = QDateTime::currentDateTimeUtc().addDays(1);
    booking.endsAt = booking.startsAt.addSecs(1800);
    QVERIFY(console.store().addBooking(console.actor(), booking).ok());

    console.go(QStringLiteral("visitorJourney"));
    auto *journey = console.shell->findChild<Ui::JourneyScreen *>();
    journey->showVisitor(id);
    Tapper tapper;
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("eraseVisitorButton")));
    QVERIFY(find<QWidget>(console.shell, QStringLiteral("eraseConfirmPanel"))->isVisible());
    QVERIFY(find<QLabel>(console.shell, QStringLiteral("eraseConfirmText"))->text().contains(QStringLiteral("Zed")));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("eraseCancelButton")));
    QVERIFY(console.store().visitor(console.actor(), id).ok()); // "No" keeps them
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("eraseVisitorButton")));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("eraseConfirmButton")));
    QCOMPARE(console.store().visitor(console.actor(), id).error().code(), Store::StoreError::Code::NotFound);
    // The session stays as an anonymous count for reports; nothing in it points at Zed.
    const Records::AssistedSession kept = console.store().session(console.actor(), sessionId).value();
    QCOMPARE(kept.visitorId, qint64(0));
    QVERIFY(kept.notes.isEmpty());
    QVERIFY(console.store().searchVisitors(console.actor(), QStringLiteral("Zed")).value().isEmpty());
    QVERIFY(console.store()
                .bookings(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(3))
                .value()
                .isEmpty());
    QVERIFY(find<QLabel>(console.shell, QStringLiteral("journeyMessage"))->text().contains(QStringLiteral("erased")));
    QVERIFY(!find<QWidget>(console.shell, QStringLiteral("journeyDetails"))->isVisible());
}

void ConsoleScreensTest::contactIsKeptOnlyWithConsent()
{
    Console console;
    QVERIFY(console.open());
    Records::Visitor visitor;
    visitor.name = QStringLiteral("Wren");
    const qint64 id = console.store().addVisitor(console.actor(), visitor).value();
    console.go(QStringLiteral("visitorJourney"));
    console.shell->findChild<Ui::JourneyScreen *>()->showVisitor(id);
    Tapper tapper;
    auto *contact = find<QLineEdit>(console.shell, QStringLiteral("journeyContactField"));
    auto *message = find<QLabel>(console.shell, QStringLiteral("journeyContactMessage"));
    auto *save = find<QPushButton>(console.shell, QStringLiteral("saveContactButton"));
    QVERIFY(contact->text().isEmpty());

    // A number typed without their agreement is refused and nothing is kept.
    QTest::keyClicks(contact, QStringLiteral("07700 900123"));
    tapper.tap(save);
    QVERIFY2(message->text().contains(QStringLiteral("Ask them first")), qPrintable(message->text()));
    QVERIFY(console.store().visitor(console.actor(), id).value().contact.isEmpty());

    // With agreement it is kept, with the time they agreed.
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("journeyConsentChips_yes")));
    tapper.tap(save);
    Records::Visitor kept = console.store().visitor(console.actor(), id).value();
    QCOMPARE(kept.contact, QStringLiteral("07700 900123"));
    QVERIFY(kept.consent);
    QVERIFY(kept.consentAt.isValid());
    QVERIFY2(message->text().contains(QStringLiteral("may contact Wren")), qPrintable(message->text()));

    // Shown again when the journey is opened again.
    console.shell->findChild<Ui::JourneyScreen *>()->showVisitor(id);
    QCOMPARE(contact->text(), QStringLiteral("07700 900123"));
    QVERIFY(find<QPushButton>(console.shell, QStringLiteral("journeyConsentChips_yes"))->isChecked());

    // Taking agreement back removes the details.
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("journeyConsentChips_no")));
    tapper.tap(save);
    kept = console.store().visitor(console.actor(), id).value();
    QVERIFY(kept.contact.isEmpty());
    QVERIFY(!kept.consent);
    QVERIFY(contact->text().isEmpty());
}

void ConsoleScreensTest::followUpsDueAndDone()
{
    Console console;
    QVERIFY(console.open());
    Records::Visitor visitor;
    visitor.name = QStringLiteral("Cleo");
    const qint64 id = console.store().addVisitor(console.actor(), visitor).value();
    Records::AssistedSession session;
    session.visitorId = id;
    session.tasks = {{QStringLiteral("test_results"), QStringLiteral("partly")}};
    session.startedAt = QDateTime::currentDateTimeUtc().addDays(-14);
    session.followUpOn = QDate::currentDate().addDays(-3); // overdue
    QVERIFY(console.store().addSession(console.actor(), session).ok());
    session.followUpOn = QDate::currentDate(); // due today
    QVERIFY(console.store().addSession(console.actor(), session).ok());
    session.followUpOn = QDate::currentDate().addDays(3); // not yet
    QVERIFY(console.store().addSession(console.actor(), session).ok());

    console.go(QStringLiteral("consoleMenu"));
    QVERIFY(find<QPushButton>(console.shell, QStringLiteral("followUpsButton"))->text().contains(QStringLiteral("2")));
    Tapper tapper;
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("followUpsButton")));
    QCOMPARE(console.shell->currentScreen(), QStringLiteral("followUps"));
    auto *table = find<QTableView>(console.shell, QStringLiteral("followUpsTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(table->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Overdue")));
    QCOMPARE(table->model()->index(1, 0).data().toString(), QStringLiteral("Today"));
    QCOMPARE(find<QLabel>(console.shell, QStringLiteral("followUpsSummary"))->text(),
             QStringLiteral("Due today: 1. Overdue: 1."));
    chooseRow(tapper, table, 0);
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("followUpDoneButton")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(console.store().followUpsDue(console.actor(), QDate::currentDate()).value().size(), 1);
    chooseRow(tapper, table, 0);
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("followUpJourneyButton")));
    QCOMPARE(console.shell->currentScreen(), QStringLiteral("visitorJourney"));
    QCOMPARE(console.shell->findChild<Ui::JourneyScreen *>()->visitorId(), id);
}

void ConsoleScreensTest::bookingClashIsRefused()
{
    Console console;
    QVERIFY(console.open());
    Records::Visitor visitor;
    visitor.name = QStringLiteral("Otto");
    console.store().addVisitor(console.actor(), visitor);
    console.go(QStringLiteral("boothBookings"));
    QCOMPARE(console.shell->currentScreen(), QStringLiteral("boothBookings"));
    auto *screen = console.shell->findChild<Ui::BookingsScreen *>();
    auto *table = find<QTableView>(console.shell, QStringLiteral("bookingsTable"));
    auto *message = find<QLabel>(console.shell, QStringLiteral("bookingsMessage"));
    const QDate day = QDate::currentDate().addDays(1);
    Tapper tapper;
    find<QDateEdit>(console.shell, QStringLiteral("bookingDateField"))->setDate(day);
    find<QTimeEdit>(console.shell, QStringLiteral("bookingTimeField"))->setTime(QTime(10, 0));
    QTest::keyClicks(find<QLineEdit>(console.shell, QStringLiteral("bookingVisitorField")), QStringLiteral("Ot"));
    tapper.tapRow(find<QListView>(console.shell, QStringLiteral("bookingVisitorList")), 0);
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("bookingLengthChips_60")));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("bookButton")));
    QVERIFY2(message->text().startsWith(QStringLiteral("Booked")), qPrintable(message->text()));
    QCOMPARE(screen->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, Ui::BookingModel::VisitorColumn).data().toString(), QStringLiteral("Otto"));
    QCOMPARE(table->model()->index(0, Ui::BookingModel::TimeColumn).data().toString(),
             QStringLiteral("10:00 to 11:00"));

    // 10:30 for half an hour overlaps 10:00-11:00: refused, plainly.
    find<QTimeEdit>(console.shell, QStringLiteral("bookingTimeField"))->setTime(QTime(10, 30));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("bookingLengthChips_30")));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("bookButton")));
    QCOMPARE(message->text(),
             QStringLiteral("The booth is already booked for part of that time. Choose another time."));
    QCOMPARE(screen->model()->rowCount(), 1);
    // 11:00 fits right after it.
    find<QTimeEdit>(console.shell, QStringLiteral("bookingTimeField"))->setTime(QTime(11, 0));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("bookButton")));
    QCOMPARE(screen->model()->rowCount(), 2);

    // Moving the first booking onto the second is refused; moving it to 14:00 works.
    chooseRow(tapper, table, 0);
    find<QTimeEdit>(console.shell, QStringLiteral("bookingTimeField"))->setTime(QTime(11, 15));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("moveBookingButton")));
    QVERIFY(message->text().contains(QStringLiteral("already booked")));
    chooseRow(tapper, table, 0);
    find<QTimeEdit>(console.shell, QStringLiteral("bookingTimeField"))->setTime(QTime(14, 0));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("moveBookingButton")));
    QCOMPARE(message->text(), QStringLiteral("The booking is moved."));
    const QList<Records::Booking> stored =
        console.store()
            .bookings(QDateTime(day, QTime(0, 0)).toUTC(), QDateTime(day.addDays(1), QTime(0, 0)).toUTC())
            .value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.constLast().startsAt.toLocalTime().time(), QTime(14, 0));

    // Cancel the 11:00 one; day view shows only that day.
    chooseRow(tapper, table, tableRowWithText(table, Ui::BookingModel::TimeColumn, QStringLiteral("11:00 to 11:30")));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("cancelBookingButton")));
    QCOMPARE(screen->model()->rowCount(), 1);
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("bookingViewChips_day")));
    QCOMPARE(screen->firstDay(), screen->lastDay());
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("bookingsTodayButton")));
    QCOMPARE(screen->model()->rowCount(), 0); // the booking is tomorrow
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("bookingsNextButton")));
    QCOMPARE(screen->model()->rowCount(), 1);
}

void ConsoleScreensTest::reportMatchesTheSessions()
{
    Console console;
    QVERIFY(console.open());
    Store::Store &store = console.store();
    const Records::Actor actor = console.actor();
    const QList<Records::Volunteer> volunteers = store.volunteers().value();
    QList<qint64> visitors;
    for (int i = 0; i < 30; ++i) {
        Records::Visitor visitor;
        visitor.name = QStringLiteral("V%1").arg(i);
        visitors.append(store.addVisitor(actor, visitor).value());
    }
    // Sessions over 90 days; the report covers the last 30, so earlier ones make returning visitors.
    const QDate first = QDate::currentDate().addDays(-29);
    const QDate last = QDate::currentDate();
    QRandomGenerator random(7);
    QList<Records::AssistedSession> sessions;
    const QStringList tasks = Demo::assistedTaskCodes();
    for (int i = 0; i < 400; ++i) {
        Records::AssistedSession session;
        session.startedAt =
            QDateTime(last.addDays(-int(random.bounded(90))), QTime(9 + int(random.bounded(8)), 0)).toUTC();
        session.volunteerId = volunteers.at(int(random.bounded(quint32(volunteers.size())))).id;
        session.visitorId = random.bounded(8) == 0 ? 0 : visitors.at(int(random.bounded(30)));
        session.tasks = {{tasks.at(int(random.bounded(quint32(tasks.size())))),
                          Records::knownOutcomes().at(int(random.bounded(4)))}};
        if (random.bounded(2) == 0) {
            session.barriers = {
                Records::knownBarriers().at(int(random.bounded(quint32(Records::knownBarriers().size()))))};
        }
        session.referral =
            Records::knownReferralSources().at(int(random.bounded(quint32(Records::knownReferralSources().size()))));
        session.confidenceBefore = 1 + int(random.bounded(3));
        session.confidenceAfter = random.bounded(3) == 0 ? 0 : session.confidenceBefore + int(random.bounded(3));
        sessions.append(session);
    }
    QVERIFY(store.addSessions(actor, sessions).ok());

    // What the report must say, worked out here from the sessions themselves.
    QMap<QString, qint64> byTask, byOutcome, byBarrier, byReferral, byVolunteer;
    QHash<qint64, QString> names;
    for (const Records::Volunteer &volunteer : volunteers) {
        names.insert(volunteer.id, volunteer.name);
    }
    QHash<qint64, QDate> firstSeen;
    QSet<qint64> seenInPeriod;
    qint64 inPeriod = 0;
    qint64 pairs = 0;
    qint64 change = 0;
    for (const Records::AssistedSession &session : std::as_const(sessions)) {
        const QDate date = session.startedAt.toLocalTime().date();
        if (session.visitorId != 0 && (!firstSeen.contains(session.visitorId) || date < firstSeen[session.visitorId])) {
            firstSeen[session.visitorId] = date;
        }
        if (date < first || date > last) {
            continue;
        }
        ++inPeriod;
        if (session.visitorId != 0) {
            seenInPeriod.insert(session.visitorId);
        }
        for (const Records::TaskHelped &task : session.tasks) {
            ++byTask[Ui::Vocabulary::label(Ui::Vocabulary::List::Task, task.task)];
            ++byOutcome[Ui::Vocabulary::label(Ui::Vocabulary::List::Outcome, task.outcome)];
        }
        for (const QString &barrier : session.barriers) {
            ++byBarrier[Ui::Vocabulary::label(Ui::Vocabulary::List::Barrier, barrier)];
        }
        ++byReferral[Ui::Vocabulary::label(Ui::Vocabulary::List::Referral, session.referral)];
        ++byVolunteer[names.value(session.volunteerId)];
        if (session.confidenceBefore > 0 && session.confidenceAfter > 0) {
            ++pairs;
            change += session.confidenceAfter - session.confidenceBefore;
        }
    }
    qint64 newVisitors = 0;
    for (qint64 id : std::as_const(seenInPeriod)) {
        newVisitors += firstSeen.value(id) >= first ? 1 : 0;
    }

    console.go(QStringLiteral("consoleMenu"));
    Tapper tapper;
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("reportsButton")));
    QCOMPARE(console.shell->currentScreen(), QStringLiteral("reports"));
    auto *screen = console.shell->findChild<Ui::ReportsScreen *>();
    find<QDateEdit>(console.shell, QStringLiteral("reportFromField"))->setDate(first);
    find<QDateEdit>(console.shell, QStringLiteral("reportToField"))->setDate(last);
    QCOMPARE(screen->report().sessions, inPeriod);
    QCOMPARE(screen->report().visitors, qint64(seenInPeriod.size()));
    QCOMPARE(screen->report().newVisitors, newVisitors);
    QCOMPARE(screen->report().returningVisitors, qint64(seenInPeriod.size()) - newVisitors);
    QCOMPARE(screen->report().confidencePairs, pairs);
    QVERIFY(qAbs(screen->report().averageConfidenceChange - double(change) / double(pairs)) < 1e-9);
    const QString totals = find<QLabel>(console.shell, QStringLiteral("reportTotals"))->accessibleName();
    QVERIFY2(totals.contains(QStringLiteral("%1 sessions").arg(inPeriod)), qPrintable(totals));

    // Every table on the screen shows exactly these counts.
    const QList<QPair<QString, QMap<QString, qint64>>> expected{{QStringLiteral("task"), byTask},
                                                                {QStringLiteral("outcome"), byOutcome},
                                                                {QStringLiteral("barrier"), byBarrier},
                                                                {QStringLiteral("referral"), byReferral},
                                                                {QStringLiteral("volunteer"), byVolunteer}};
    for (const auto &[name, counts] : expected) {
        auto *table = find<QTableView>(console.shell, QStringLiteral("report_") + name + QStringLiteral("Table"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), int(counts.size()));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const int row = tableRowWithText(table, Ui::CountTableModel::LabelColumn, it.key());
            QVERIFY2(row >= 0, qPrintable(name + QStringLiteral(": no row for ") + it.key()));
            QCOMPARE(table->model()->index(row, Ui::CountTableModel::CountColumn).data().toString(),
                     QLocale().toString(it.value()));
        }
    }

    // The CSV holds the same numbers, and the PDF is a real PDF.
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("exportCsvButton")));
    QFile csv(screen->lastCsv());
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(QStringLiteral("totals,sessions,,%1").arg(inPeriod)), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("totals,new_visitors,,%1").arg(newVisitors)));
    QVERIFY(!text.contains(QStringLiteral("V1,"))); // no visitor names in a funder report
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("printPdfButton")));
    QFile pdf(screen->lastPdf());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 5000);
    const QByteArray pdfBytes = pdf.readAll();
    QVERIFY2(pdfBytes.count("/Type /Page\n") + pdfBytes.count("/Type /Page\r") + pdfBytes.count("/Type /Page ") >= 2,
             "the report runs to more than one A4 page");
    // Printing says plainly when there is no printer; with one, Qt's print dialog opens (closed here).
    const bool hasPrinter = !QPrinterInfo::availablePrinters().isEmpty();
    if (hasPrinter) {
        QTimer::singleShot(500, screen, [] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                QCOMPARE(dialog->objectName(), QStringLiteral("reportPrintDialog"));
                dialog->close();
            }
        });
    }
    QVERIFY(!screen->print());
    auto *reportMessage = find<QLabel>(console.shell, QStringLiteral("reportsMessage"));
    QCOMPARE(reportMessage->text().contains(QStringLiteral("No printer is set up")), !hasPrinter);

    // A period with nothing in it shows that plainly.
    find<QDateEdit>(console.shell, QStringLiteral("reportFromField"))->setDate(last.addYears(-5));
    find<QDateEdit>(console.shell, QStringLiteral("reportToField"))->setDate(last.addYears(-4));
    QCOMPARE(screen->report().sessions, qint64(0));
    QVERIFY(find<QLabel>(console.shell, QStringLiteral("report_taskEmpty"))->isVisible());
}

void ConsoleScreensTest::adminManagesVolunteersAndAudit()
{
    Console console;
    QVERIFY(console.open(5, 10));
    console.go(QStringLiteral("hubAdmin"));
    QCOMPARE(console.shell->currentScreen(), QStringLiteral("hubAdmin"));
    auto *admin = console.shell->findChild<Ui::AdminScreen *>();
    auto *table = find<QTableView>(console.shell, QStringLiteral("adminVolunteersTable"));
    auto *message = find<QLabel>(console.shell, QStringLiteral("volunteerMessage"));
    Tapper tapper;
    QTest::keyClicks(find<QLineEdit>(console.shell, QStringLiteral("newVolunteerName")), QStringLiteral("Quin"));
    QTest::keyClicks(find<QLineEdit>(console.shell, QStringLiteral("newVolunteerPin")), QStringLiteral("97531"));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("addVolunteerButton")));
    QVERIFY2(message->text().contains(QStringLiteral("Quin can now sign in")), qPrintable(message->text()));
    QCOMPARE(table->model()->rowCount(), 3);
    const int quin = tableRowWithText(table, Ui::VolunteerModel::NameColumn, QStringLiteral("Quin"));
    QVERIFY(quin >= 0);
    const qint64 quinId = admin->volunteers()->volunteer(quin).id;
    QString pin = QStringLiteral("97531");
    QCOMPARE(console.store().checkPin(quinId, Store::SecureBytes::takeFromString(pin)).value().outcome,
             Records::PinCheck::Outcome::Accepted);

    // Reset the PIN, then deactivate: the old PIN fails, and Quin is not offered at sign-in.
    chooseRow(tapper, table, quin);
    QTest::keyClicks(find<QLineEdit>(console.shell, QStringLiteral("resetPinField")), QStringLiteral("1111"));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("resetPinButton")));
    pin = QStringLiteral("97531");
    QCOMPARE(console.store().checkPin(quinId, Store::SecureBytes::takeFromString(pin)).value().outcome,
             Records::PinCheck::Outcome::Wrong);
    chooseRow(tapper, table, tableRowWithText(table, Ui::VolunteerModel::NameColumn, QStringLiteral("Quin")));
    tapper.tap(find<QPushButton>(console.shell, QStringLiteral("toggleActiveButton")));
    QVERIFY(message->text().contains(QStringLiteral("no longer")));
    bool active = true;
    const QList<Records::Volunteer> everyone = console.store().volunteers().value();
    for (const Records::Volunteer &volunteer : everyone) {
        active = volunteer.id == quinId ? volunteer.active : active;
    }
    QVERIFY(!active);
    console.shell->lockNow();
    QVERIFY(!console.shell->findChild<QPushButton *>(QStringLiteral("signInNames_%1").arg(quinId)));
    QVERIFY(console.shell->findChild<QPushButton *>(
        QStringLiteral("signInNames_%1").arg(admin->volunteers()->volunteer(0).id)));

    // Retention, backup and the audit log with its filters.
    Console lead;
    QVERIFY(lead.open(5, 10));
    lead.go(QStringLiteral("hubAdmin"));
    auto *leadAdmin = lead.shell->findChild<Ui::AdminScreen *>();
    auto *retention = find<QSpinBox>(lead.shell, QStringLiteral("retentionField"));
    retention->setValue(6);
    tapper.tap(find<QPushButton>(lead.shell, QStringLiteral("saveRetentionButton")));
    QCOMPARE(lead.store().retentionMonths().value(), 6);
    QCOMPARE(lead.shell->context()->retentionMonths(), 6);
    tapper.tap(find<QPushButton>(lead.shell, QStringLiteral("backupButton")));
    QVERIFY(QFile::exists(leadAdmin->lastBackup()));
    QString passphrase = Demo::DemoData::passphrase();
    QVERIFY(Store::Store::verifyBackup(leadAdmin->lastBackup(), Store::SecureBytes::takeFromString(passphrase),
                                       storeOptions(lead.dir.path()))
                .ok());

    leadAdmin->refresh();
    QVERIFY(find<QLabel>(lead.shell, QStringLiteral("auditSummary"))->text().contains(QStringLiteral("unchanged")));
    auto *audit = find<QTableView>(lead.shell, QStringLiteral("auditTable"));
    const int all = audit->model()->rowCount();
    QVERIFY(all > 10);
    auto *actions = find<QComboBox>(lead.shell, QStringLiteral("auditActionFilter"));
    actions->setCurrentIndex(actions->findData(QStringLiteral("set-retention")));
    QCOMPARE(audit->model()->rowCount(), 1);
    actions->setCurrentIndex(0);
    QCOMPARE(audit->model()->rowCount(), all);
    auto *people = find<QComboBox>(lead.shell, QStringLiteral("auditVolunteerFilter"));
    people->setCurrentIndex(people->findText(Demo::DemoData::hubLeadName()));
    QVERIFY(audit->model()->rowCount() > 0);
    for (int row = 0; row < audit->model()->rowCount(); ++row) {
        QCOMPARE(audit->model()->index(row, Ui::AuditModel::WhoColumn).data().toString(),
                 Demo::DemoData::hubLeadName());
    }
    // The days: nothing is logged tomorrow; the person chosen stays chosen when the days change.
    const int leadsEntries = audit->model()->rowCount();
    auto *auditFrom = find<QDateEdit>(lead.shell, QStringLiteral("auditFromField"));
    auto *auditTo = find<QDateEdit>(lead.shell, QStringLiteral("auditToField"));
    auditTo->setDate(QDate::currentDate().addDays(2));
    auditFrom->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(audit->model()->rowCount(), 0);
    QVERIFY2(find<QLabel>(lead.shell, QStringLiteral("auditSummary"))->text().contains(QStringLiteral("all 0")),
             qPrintable(find<QLabel>(lead.shell, QStringLiteral("auditSummary"))->text()));
    QCOMPARE(people->currentText(), Demo::DemoData::hubLeadName());
    auditFrom->setDate(QDate::currentDate());
    QVERIFY(audit->model()->rowCount() >= leadsEntries);
    for (int row = 0; row < audit->model()->rowCount(); ++row) {
        QCOMPARE(audit->model()->index(row, Ui::AuditModel::WhoColumn).data().toString(),
                 Demo::DemoData::hubLeadName());
    }

    // Changing the passphrase: the old one no longer opens the records.
    QTest::keyClicks(find<QLineEdit>(lead.shell, QStringLiteral("newPassphraseField")),
                     QStringLiteral("another long passphrase"));
    QTest::keyClicks(find<QLineEdit>(lead.shell, QStringLiteral("newPassphraseRepeatField")),
                     QStringLiteral("another long passphrase"));
    tapper.tap(find<QPushButton>(lead.shell, QStringLiteral("changePassphraseButton")));
    QVERIFY(find<QLabel>(lead.shell, QStringLiteral("recordsMessage"))->text().contains(QStringLiteral("changed")));
    lead.shell->context()->lockRecords();
    Store::Store check(storeOptions(lead.dir.path()));
    passphrase = Demo::DemoData::passphrase();
    QCOMPARE(check.unlock(Store::SecureBytes::takeFromString(passphrase)).code(),
             Store::StoreError::Code::WrongPassphrase);
    passphrase = QStringLiteral("another long passphrase");
    QVERIFY(check.unlock(Store::SecureBytes::takeFromString(passphrase)).ok());
}

void ConsoleScreensTest::volunteerCannotReachAdmin()
{
    Console console;
    QVERIFY(console.open());
    console.shell->lockNow();
    const QList<Records::Volunteer> all = console.store().volunteers().value();
    for (const Records::Volunteer &volunteer : all) {
        if (volunteer.role == Records::VolunteerRole::Volunteer) {
            console.shell->context()->signIn(volunteer);
        }
    }
    console.go(QStringLiteral("consoleMenu"));
    QVERIFY(!find<QPushButton>(console.shell, QStringLiteral("adminButton"))->isVisible());
    console.go(QStringLiteral("hubAdmin"));
    QVERIFY(console.shell->currentScreen() != QLatin1String("hubAdmin"));
    console.go(QStringLiteral("visitorJourney"));
    auto *journey = console.shell->findChild<Ui::JourneyScreen *>();
    journey->showVisitor(console.store().searchVisitors(console.actor(), QString(), 1).value().isEmpty() ? 0 : 1);
    QVERIFY(!find<QPushButton>(console.shell, QStringLiteral("eraseVisitorButton"))->isVisible());
    QVERIFY(!find<QPushButton>(console.shell, QStringLiteral("exportVisitorButton"))->isVisible());
}

QTEST_MAIN(ConsoleScreensTest)
#include "consolescreens_test.moc"
