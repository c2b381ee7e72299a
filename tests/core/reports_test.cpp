// SPDX-License-Identifier: GPL-3.0-or-later
// The report files, with no store: the funder CSV quotes what must be quoted and never starts a cell with a
// spreadsheet formula; a visitor's subject access file holds every record given, in both forms. The store's own
// tests (tests/store) check the same files made from real encrypted records.

#include "core/reports/reportcsv.h"
#include "core/reports/visitorfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace HealthHub;

class ReportsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesAndDisarmsCells();
    void csvListsEverySection();
    void visitorFileHoldsEveryRecord();
};

void ReportsTest::csvQuotesAndDisarmsCells()
{
    Records::PeriodReport report;
    report.byVolunteer = {{QStringLiteral("=HYPERLINK(\"x\")"), QString(), 2}, {QStringLiteral("Sam, lead"), {}, 1}};
    const QByteArray csv = Reports::reportCsv(report);
    QVERIFY2(csv.contains("volunteer,\"'=HYPERLINK(\"\"x\"\")\",,2\n"), csv.constData());
    QVERIFY2(csv.contains("volunteer,\"Sam, lead\",,1\n"), csv.constData());
}

void ReportsTest::csvListsEverySection()
{
    Records::PeriodReport report;
    report.sessions = 7;
    report.averageConfidenceChange = 1.5;
    report.byTaskOutcome = {{QStringLiteral("nhs-app-setup"), QStringLiteral("done"), 3}};
    report.byBarrier = {{QStringLiteral("language"), QString(), 1}};
    const QByteArray csv = Reports::reportCsv(report);
    QVERIFY(csv.startsWith("section,key,subkey,count\n"));
    QVERIFY(csv.contains("totals,sessions,,7\n"));
    QVERIFY(csv.contains("confidence,average_change,,1.50\n"));
    QVERIFY(csv.contains("task_outcome,nhs-app-setup,done,3\n"));
    QVERIFY(csv.contains("barrier,language,,1\n"));
}

void ReportsTest::visitorFileHoldsEveryRecord()
{
    Reports::VisitorFile file;
    file.visitor.id = 12;
    file.visitor.name = QStringLiteral("Ada");
    file.madeAt = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
    Records::AssistedSession session;
    session.id = 3;
    session.startedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
    session.tasks = {{QStringLiteral("repeat-prescription"), QStringLiteral("partly")}};
    session.followUpOn = QDate(2026, 11, 8);
    file.sessions = {session};
    Records::Booking booking;
    booking.room = QStringLiteral("booth");
    booking.startsAt = QDateTime(QDate(2026, 12, 5), QTime(14, 0), Qt::UTC);
    file.bookings = {booking};
    Records::AuditEntry access;
    access.at = file.madeAt;
    access.action = QStringLiteral("export");
    access.volunteerId = 4;
    access.terminal = QStringLiteral("desk");
    file.accessLog = {access};

    const Records::VisitorExport exported = Reports::formatVisitorFile(file);
    const QJsonObject root = QJsonDocument::fromJson(exported.json).object();
    QCOMPARE(root.value(QStringLiteral("name")).toString(), QStringLiteral("Ada"));
    QCOMPARE(root.value(QStringLiteral("sessions")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("sessions")).toArray().at(0).toObject().value(QStringLiteral("follow_up_on")),
             QJsonValue(QStringLiteral("2026-11-08")));
    QCOMPARE(root.value(QStringLiteral("bookings")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("access_log")).toArray().size(), 1);
    QVERIFY(exported.text.startsWith(QStringLiteral("Everything this hub holds about visitor 12\n")));
    QVERIFY(exported.text.contains(QStringLiteral("  Helped with: repeat-prescription (partly)\n")));
    QVERIFY(exported.text.contains(QStringLiteral("Booking of the booth on 2026-12-05T14:00:00Z")));
    QVERIFY(exported.text.contains(QStringLiteral("  2026-12-04T10:00:00Z  export by volunteer 4 at desk\n")));
}

QTEST_GUILESS_MAIN(ReportsTest)
#include "reports_test.moc"
