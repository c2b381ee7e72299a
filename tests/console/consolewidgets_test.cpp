// SPDX-License-Identifier: GPL-3.0-or-later
// The console's own widgets, clicked through as a volunteer would: chips, the PIN keypad, report charts.

#include "ui/common/theme.h"
#include "ui/console/chipselector.h"
#include "ui/console/counttablemodel.h"
#include "ui/console/reportchart.h"
#include "ui/console/touchkeypad.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace HealthHub::Ui;

class ConsoleWidgetsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void singleChipsPickAtMostOne();
    void multipleChipsToggle();
    void chipsWrapAndStayTouchSized();
    void keypadCollectsDigitsWithoutShowingThem();
    void keypadTakesKeyboardInput();
    void countModelPassesTester();
    void chartFollowsModel();
};

void ConsoleWidgetsTest::initTestCase()
{
    Theme::apply(*qApp, {});
}

void ConsoleWidgetsTest::singleChipsPickAtMostOne()
{
    ChipSelector chips(QStringLiteral("referral"), QStringLiteral("Who sent them"), ChipSelector::Mode::Single);
    chips.setChips({{QStringLiteral("gp"), QStringLiteral("GP practice")},
                    {QStringLiteral("pharmacy"), QStringLiteral("Pharmacy")},
                    {QStringLiteral("self"), QStringLiteral("Self")}});
    chips.resize(900, 300);
    chips.show();
    QSignalSpy changed(&chips, &ChipSelector::changed);

    QPushButton *gp = chips.findChild<QPushButton *>(QStringLiteral("referral_gp"));
    QPushButton *pharmacy = chips.findChild<QPushButton *>(QStringLiteral("referral_pharmacy"));
    QVERIFY(gp && pharmacy);
    QTest::mouseClick(gp, Qt::LeftButton);
    QCOMPARE(chips.selected(), QStringList{QStringLiteral("gp")});
    QVERIFY(gp->text().startsWith(QStringLiteral("\u2714")));
    QCOMPARE(gp->accessibleName(), QStringLiteral("GP practice"));
    QTest::mouseClick(pharmacy, Qt::LeftButton);
    QCOMPARE(chips.current(), QStringLiteral("pharmacy"));
    QVERIFY(!gp->isChecked());
    QCOMPARE(gp->text(), QStringLiteral("GP practice"));
    // Tapping the chosen chip again clears the answer.
    QTest::mouseClick(pharmacy, Qt::LeftButton);
    QVERIFY(chips.current().isEmpty());
    QCOMPARE(changed.count(), 3);

    chips.setCurrent(QStringLiteral("self"));
    QCOMPARE(chips.current(), QStringLiteral("self"));
    QCOMPARE(changed.count(), 3); // programmatic choices are not the volunteer's changes
    chips.setSelected({QStringLiteral("gp"), QStringLiteral("self")});
    QCOMPARE(chips.selected().size(), 1);
}

void ConsoleWidgetsTest::multipleChipsToggle()
{
    ChipSelector chips(QStringLiteral("barriers"), QStringLiteral("Barriers"), ChipSelector::Mode::Multiple);
    chips.setChips({{QStringLiteral("a"), QStringLiteral("Alpha")},
                    {QStringLiteral("b"), QStringLiteral("Bravo")},
                    {QStringLiteral("c"), QStringLiteral("Charlie")}});
    chips.resize(900, 300);
    chips.show();
    QTest::mouseClick(chips.chip(QStringLiteral("c")), Qt::LeftButton);
    QTest::mouseClick(chips.chip(QStringLiteral("a")), Qt::LeftButton);
    QCOMPARE(chips.selected(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QTest::mouseClick(chips.chip(QStringLiteral("c")), Qt::LeftButton);
    QCOMPARE(chips.selected(), QStringList{QStringLiteral("a")});
    // New chips keep the answers that still exist.
    chips.setChips({{QStringLiteral("a"), QStringLiteral("Alpha")}, {QStringLiteral("d"), QStringLiteral("Delta")}});
    QCOMPARE(chips.selected(), QStringList{QStringLiteral("a")});
}

void ConsoleWidgetsTest::chipsWrapAndStayTouchSized()
{
    QWidget window;
    auto *chips =
        new ChipSelector(QStringLiteral("tasks"), QStringLiteral("Tasks"), ChipSelector::Mode::Multiple, &window);
    QList<Chip> list;
    for (int i = 0; i < 10; ++i) {
        list.append({QString::number(i), QStringLiteral("Task number %1").arg(i)});
    }
    chips->setChips(list);
    chips->setGeometry(0, 0, 600, chips->heightForWidth(600));
    window.resize(600, 1400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int rows = 0;
    int lastY = -1;
    for (const Chip &chip : std::as_const(list)) {
        QPushButton *button = chips->chip(chip.code);
        QVERIFY(button->height() >= Theme::kTouchTargetPx);
        QVERIFY(button->geometry().right() < 600);
        if (button->y() != lastY) {
            ++rows;
            lastY = button->y();
        }
    }
    QVERIFY2(rows > 2, "ten long chips in 600 px must wrap onto several rows");
    QVERIFY(chips->heightForWidth(600) > chips->heightForWidth(1200));
}

void ConsoleWidgetsTest::keypadCollectsDigitsWithoutShowingThem()
{
    TouchKeypad keypad(QStringLiteral("Sign in"));
    keypad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&keypad));
    QSignalSpy submitted(&keypad, &TouchKeypad::submitted);
    QVERIFY(!keypad.actionKey()->isEnabled());
    for (QChar digit : QStringLiteral("2580")) {
        QPushButton *key = keypad.findChild<QPushButton *>(QStringLiteral("keypadKey") + digit);
        QVERIFY(key);
        QVERIFY(key->width() >= TouchKeypad::kKeyPx && key->height() >= TouchKeypad::kKeyPx);
        QVERIFY(!key->accessibleName().isEmpty());
        QTest::mouseClick(key, Qt::LeftButton);
    }
    QCOMPARE(keypad.length(), 4);
    const QString dots = keypad.findChild<QLabel *>(QStringLiteral("keypadDots"))->text();
    QCOMPARE(dots.size(), 4);
    for (QChar digit : QStringLiteral("2580")) {
        QVERIFY(!dots.contains(digit));
    }
    QTest::mouseClick(keypad.findChild<QPushButton *>(QStringLiteral("keypadDelete")), Qt::LeftButton);
    QCOMPARE(keypad.length(), 3);
    QTest::mouseClick(keypad.actionKey(), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(keypad.takePin(), QStringLiteral("258"));
    QCOMPARE(keypad.length(), 0);
    QVERIFY(!keypad.actionKey()->isEnabled());
    for (int i = 0; i < TouchKeypad::kMaxDigits + 3; ++i) {
        QTest::mouseClick(keypad.key(QLatin1Char('7')), Qt::LeftButton);
    }
    QCOMPARE(keypad.length(), TouchKeypad::kMaxDigits);
}

void ConsoleWidgetsTest::keypadTakesKeyboardInput()
{
    TouchKeypad keypad(QStringLiteral("Sign in"));
    keypad.show();
    QSignalSpy submitted(&keypad, &TouchKeypad::submitted);
    QTest::keyClick(&keypad, Qt::Key_Return);
    QCOMPARE(submitted.count(), 0); // nothing typed yet
    QTest::keyClicks(&keypad, QStringLiteral("12a4"));
    QCOMPARE(keypad.length(), 3);
    QTest::keyClick(&keypad, Qt::Key_Backspace);
    QTest::keyClick(&keypad, Qt::Key_Enter);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(keypad.takePin(), QStringLiteral("12"));
}

void ConsoleWidgetsTest::countModelPassesTester()
{
    CountTableModel model(QStringLiteral("Task"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(
        {{QStringLiteral("a"), QStringLiteral("Alpha"), 3}, {QStringLiteral("b"), QStringLiteral("Bravo"), 1}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.total(), 4);
    QCOMPARE(model.index(0, CountTableModel::ShareColumn).data().toString(), QStringLiteral("75%"));
    QCOMPARE(model.index(1, 0).data(CountTableModel::CountRole).toLongLong(), 1);
    QCOMPARE(model.index(1, 0).data(CountTableModel::CodeRole).toString(), QStringLiteral("b"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void ConsoleWidgetsTest::chartFollowsModel()
{
    CountTableModel model(QStringLiteral("Task"));
    ReportChart chart(QStringLiteral("byTask"), QStringLiteral("Sessions by task"), &model);
    chart.resize(1000, 800);
    chart.show();
    QVERIFY(chart.findChild<QLabel *>(QStringLiteral("byTaskEmpty"))->isVisible());
    QCOMPARE(chart.barCount(), 0);
    model.setRows({{QStringLiteral("a"), QStringLiteral("Alpha"), 3},
                   {QStringLiteral("b"), QStringLiteral("Bravo"), 1},
                   {QStringLiteral("c"), QStringLiteral("Charlie"), 7}});
    QCOMPARE(chart.barCount(), 3);
    QVERIFY(!chart.findChild<QLabel *>(QStringLiteral("byTaskEmpty"))->isVisible());
    QVERIFY(chart.table()->isVisible());
    QCOMPARE(chart.table()->model()->rowCount(), 3);
    QVERIFY(!chart.chartView()->accessibleName().isEmpty());
}

QTEST_MAIN(ConsoleWidgetsTest)
#include "consolewidgets_test.moc"
