// SPDX-License-Identifier: GPL-3.0-or-later
// The real Qt Virtual Keyboard (qt6-virtualkeyboard-plugin) in the widgets application: it opens for a text
// field, and never covers the field being typed in, even the last one on a long page.

#include "ui/common/keyboardavoider.h"
#include "ui/common/onscreenkeyboard.h"
#include "ui/common/theme.h"

#include <QApplication>
#include <QInputMethod>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTest>
#include <QVBoxLayout>

#include <cstdio>
#include <cstdlib>

using namespace HealthHub::Ui;

class VirtualKeyboardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fieldStaysAboveTheKeyboard_data();
    void fieldStaysAboveTheKeyboard();
    void layoutFollowsTheLanguage_data();
    void layoutFollowsTheLanguage();
};

void VirtualKeyboardTest::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("QT_IM_MODULE") == QLatin1String("qtvirtualkeyboard"),
             "main() sets QT_IM_MODULE before the application starts");
    Theme::apply(*qApp, {});
}

void VirtualKeyboardTest::fieldStaysAboveTheKeyboard_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("top field") << 0;
    QTest::newRow("middle field") << 4;
    QTest::newRow("last field, at the foot of the page") << 7;
}

void VirtualKeyboardTest::fieldStaysAboveTheKeyboard()
{
    QFETCH(int, field);
    KeyboardAvoider avoider;
    QWidget screen;
    screen.setObjectName(QStringLiteral("form"));
    QWidget *page = makeScrollingPage(&screen);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    QList<QLineEdit *> fields;
    for (int i = 0; i < 8; ++i) {
        layout->addWidget(makeLabel(QStringLiteral("Field %1").arg(i + 1), Kind::Body, QString(), page));
        auto *edit = new QLineEdit(page);
        edit->setAccessibleName(QStringLiteral("Field %1").arg(i + 1));
        layout->addWidget(edit);
        fields.append(edit);
    }
    screen.resize(1280, 800);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    // No window manager on the test display: ask for the keyboard focus ourselves.
    screen.activateWindow();
    QTRY_VERIFY(screen.isActiveWindow());

    QLineEdit *edit = fields.at(field);
    edit->setFocus(Qt::MouseFocusReason);
    QGuiApplication::inputMethod()->show();
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::inputMethod()->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!avoider.keyboardRect().isEmpty(), 10000);
    avoider.update();
    QCoreApplication::processEvents();

    const QRect keyboard = avoider.keyboardRect();
    const QRect fieldRect(edit->mapToGlobal(QPoint()), edit->size());
    QVERIFY2(!fieldRect.intersects(keyboard), qPrintable(QStringLiteral("field %1,%2 %3×%4 under keyboard %5,%6 %7×%8")
                                                             .arg(fieldRect.x())
                                                             .arg(fieldRect.y())
                                                             .arg(fieldRect.width())
                                                             .arg(fieldRect.height())
                                                             .arg(keyboard.x())
                                                             .arg(keyboard.y())
                                                             .arg(keyboard.width())
                                                             .arg(keyboard.height())));
    // And it is really on screen, inside the page's visible part.
    auto *scroll = screen.findChild<QScrollArea *>();
    const QRect viewport(scroll->viewport()->mapToGlobal(QPoint()), scroll->viewport()->size());
    QVERIFY(viewport.contains(fieldRect));

    QGuiApplication::inputMethod()->hide();
    QTRY_VERIFY(!QGuiApplication::inputMethod()->isVisible());
    avoider.update();
    QCOMPARE(page->layout()->contentsMargins().bottom(), 24);
}

void VirtualKeyboardTest::layoutFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("layout");
    QTest::newRow("pl") << "pl" << "pl_PL";
    QTest::newRow("ar") << "ar" << "ar_AR";
    QTest::newRow("sk") << "sk" << "sk_SK";
    QTest::newRow("ro") << "ro" << "ro_RO";
    // Debian 12 ships no Urdu, Bengali or Pinyin layout: English (UK) keys still type names, postcodes and links.
    QTest::newRow("ur") << "ur" << "en_GB";
    QTest::newRow("bn") << "bn" << "en_GB";
    QTest::newRow("zh_CN") << "zh_CN" << "en_GB";
    QTest::newRow("en") << "en" << "en_GB";
}

void VirtualKeyboardTest::layoutFollowsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, layout);
    OnScreenKeyboard keyboard;
    QLineEdit edit;
    edit.setAccessibleName(QStringLiteral("Name"));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.activateWindow();
    QTRY_VERIFY(edit.isActiveWindow());
    edit.setFocus(Qt::MouseFocusReason);
    QGuiApplication::inputMethod()->show();
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::inputMethod()->isVisible(), 10000);
    keyboard.setLanguage(language);
    QCOMPARE(keyboard.layout(), layout);
    // The keyboard itself reports the layout it now shows.
    // (Qt names the Arabic layout ar_AR; as a locale that is ar_EG, so compare locales, not strings.)
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::inputMethod()->locale().name(), QLocale(layout).name(), 5000);
    QGuiApplication::inputMethod()->hide();
    QTRY_VERIFY(!QGuiApplication::inputMethod()->isVisible());
}

int main(int argc, char **argv)
{
    // The on-screen keyboard is chosen before the application exists, as main.cpp does on touch-only terminals.
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QApplication app(argc, argv);
    VirtualKeyboardTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int failures = QTest::qExec(&test, argc, argv);
    // Qt 6.4's virtual keyboard deletes its panel window after QGuiApplication is gone, which aborts the process
    // ("Must construct a QGuiApplication before a QPixmap"). The tests are done: leave without that teardown.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(failures == 0 ? 0 : 1);
}

#include "virtualkeyboard_test.moc"
