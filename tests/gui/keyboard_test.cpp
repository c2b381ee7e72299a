// SPDX-License-Identifier: GPL-3.0-or-later
// The visitor kiosk with a keyboard alone (Tab, Space, Enter and Escape as Back), with focus that shows, and at
// 200 % text with each screen's main choice in sight without scrolling, in every language.

#include "core/config/languagemanager.h"
#include "core/config/languages.h"
#include "core/config/terminalconfig.h"
#include "core/config/visitorpreferences.h"
#include "kiosk/idlewatch.h"
#include "ui/common/mainwindow.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/visitor/guidescreen.h"
#include "ui/visitor/idleoverlay.h"
#include "ui/visitor/visitorshell.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace HealthHub;

namespace {

QString describe(const QWidget *widget)
{
    return widget ? widget->objectName() + QStringLiteral(" (") +
                        QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(')')
                  : QStringLiteral("nothing");
}

/** Pixels that differ between two grabs of the same widget. */
qsizetype changedPixels(const QImage &a, const QImage &b)
{
    qsizetype changed = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y) {
        for (int x = 0; x < std::min(a.width(), b.width()); ++x) {
            changed += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        }
    }
    return changed;
}

} // namespace

class KeyboardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void walkWithKeysAlone();
    void languagePickerByKeyboard();
    void focusShowsOnEveryControl();
    void idleWarningTakesFocus();
    void mainChoiceInSightAt200Percent_data();
    void mainChoiceInSightAt200Percent();
    void fieldsAreTouchTargets();

private:
    void build(const QString &language = QStringLiteral("en"), double textScale = 1.0);
    QString screen() const { return m_shell->stack()->currentWidget()->objectName(); }
    static void key(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }
    /** Presses Tab until @p target has focus; false if Tab never reaches it. */
    static bool tabTo(const QWidget *target);

    Config::TerminalConfig m_config;
    std::unique_ptr<Config::VisitorPreferences> m_preferences;
    std::unique_ptr<Config::LanguageManager> m_languages;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::VisitorShell *m_shell = nullptr;
};

void KeyboardTest::init()
{
    m_config = Config::TerminalConfig::defaults();
    m_config.hubName = QStringLiteral("Leeds Central Library");
    for (const Config::Language &language : Config::knownLanguages()) {
        m_config.languages.append(language.code);
    }
    m_config.languages.removeDuplicates();
}

void KeyboardTest::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_preferences.reset();
    Ui::Theme::apply(*qApp, {});
}

void KeyboardTest::build(const QString &language, double textScale)
{
    m_window.reset();
    m_preferences = std::make_unique<Config::VisitorPreferences>(QStringLiteral("en"));
    m_languages = std::make_unique<Config::LanguageManager>();
    m_languages->follow(m_preferences.get());
    m_preferences->setLanguage(language);
    m_preferences->setTextScale(textScale);
    Ui::Theme::apply(*qApp, {textScale, false, language});
    m_window = std::make_unique<Ui::MainWindow>(m_config);
    m_shell = new Ui::VisitorShell(m_config, m_preferences.get());
    m_window->setShell(m_shell);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCoreApplication::processEvents();
}

bool KeyboardTest::tabTo(const QWidget *target)
{
    for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i) {
        key(Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

void KeyboardTest::walkWithKeysAlone()
{
    build();
    QCOMPARE(describe(QApplication::focusWidget()), QStringLiteral("startButton (QPushButton)"));
    key(Qt::Key_Return);
    QCOMPARE(screen(), QStringLiteral("taskList"));
    // A task by Tab and Space; Enter through its pages; Escape goes back, as Back does.
    QVERIFY(tabTo(m_shell->findChild<QPushButton *>(QStringLiteral("task_repeat-prescription"))));
    key(Qt::Key_Space);
    QCOMPARE(screen(), QStringLiteral("guide"));
    QCOMPARE(m_shell->guide()->page(), int(Ui::GuideScreen::kBeforeYouStart));
    QCOMPARE(describe(QApplication::focusWidget()), QStringLiteral("guideNextButton (QPushButton)"));
    key(Qt::Key_Return);
    key(Qt::Key_Enter);
    QCOMPARE(m_shell->guide()->page(), 1);
    QVERIFY(tabTo(m_shell->findChild<QPushButton *>(QStringLiteral("guidePreviousButton"))));
    key(Qt::Key_Space);
    QCOMPARE(m_shell->guide()->page(), 0);
    key(Qt::Key_Escape);
    QCOMPARE(screen(), QStringLiteral("taskList"));
    // Get a volunteer and back, then Finish: all from the bar, by keys.
    QVERIFY(tabTo(m_shell->findChild<QPushButton *>(QStringLiteral("helpButton"))));
    key(Qt::Key_Space);
    QCOMPARE(screen(), QStringLiteral("volunteerComing"));
    key(Qt::Key_Escape);
    QCOMPARE(screen(), QStringLiteral("taskList"));
    key(Qt::Key_Escape);
    QCOMPARE(screen(), QStringLiteral("visitorHome"));
    key(Qt::Key_Escape); // nothing to go back to: Escape does nothing
    QCOMPARE(screen(), QStringLiteral("visitorHome"));
    bool finished = false;
    connect(m_shell, &Ui::VisitorShell::finishRequested, this, [&finished] { finished = true; });
    QVERIFY(tabTo(m_shell->findChild<QPushButton *>(QStringLiteral("finishButton"))));
    key(Qt::Key_Return);
    QVERIFY(finished);
}

void KeyboardTest::languagePickerByKeyboard()
{
    build();
    QVERIFY(tabTo(m_shell->findChild<QPushButton *>(QStringLiteral("languageButton"))));
    key(Qt::Key_Space);
    QCOMPARE(screen(), QStringLiteral("languagePicker"));
    // Focus starts on the language the visitor has; Tab reaches every language, arrows never switch the kiosk.
    QCOMPARE(describe(QApplication::focusWidget()), QStringLiteral("language_en (QPushButton)"));
    QSet<QString> reached;
    for (int i = 0; i < 20; ++i) {
        reached.insert(QApplication::focusWidget()->objectName());
        key(i % 3 == 0 ? Qt::Key_Right : Qt::Key_Tab);
        QCOMPARE(m_preferences->language(), QStringLiteral("en"));
        QCOMPARE(screen(), QStringLiteral("languagePicker"));
    }
    for (const Config::Language &language : Config::knownLanguages()) {
        QVERIFY2(reached.contains(QStringLiteral("language_") + language.code), qPrintable(language.code));
    }
    QVERIFY(tabTo(m_shell->findChild<QPushButton *>(QStringLiteral("language_ar"))));
    key(Qt::Key_Space);
    QCOMPARE(m_preferences->language(), QStringLiteral("ar"));
    QCOMPARE(screen(), QStringLiteral("visitorHome"));
    // Focus is on the screen the visitor sees, not left on the hidden picker.
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus && focus->isVisible() && m_shell->stack()->currentWidget()->isAncestorOf(focus),
             qPrintable(describe(focus)));
}

void KeyboardTest::focusShowsOnEveryControl()
{
    build();
    const QStringList screens{QStringLiteral("visitorHome"),
                              QStringLiteral("taskList"),
                              QStringLiteral("guide:repeat-prescription:3"),
                              QStringLiteral("displaySettings"),
                              QStringLiteral("languagePicker"),
                              QStringLiteral("volunteerComing"),
                              QStringLiteral("detailsRemoved")};
    int checked = 0;
    for (const QString &name : screens) {
        QVERIFY(name == QLatin1String("visitorHome") || m_shell->showScreen(name));
        QCoreApplication::processEvents();
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus) ||
                widget->visibleRegion() != QRegion(widget->rect())) {
                continue;
            }
            m_window->setFocus(Qt::OtherFocusReason);
            QCoreApplication::processEvents();
            const QImage without = widget->grab().toImage();
            widget->setFocus(Qt::TabFocusReason);
            QCoreApplication::processEvents();
            QVERIFY(widget->hasFocus());
            const QImage with = widget->grab().toImage();
            const qsizetype changed = changedPixels(without, with);
            // A button turns yellow inside a dark ring; a field's border becomes a ring at least 4 px thick.
            const qsizetype needed = qobject_cast<QLineEdit *>(widget) ? 2 * (with.width() + with.height()) * 4
                                                                       : qsizetype(0.3 * with.width() * with.height());
            QVERIFY2(changed >= needed,
                     qPrintable(name + QStringLiteral(": ") + describe(widget) +
                                QStringLiteral(" changes %1 pixels with focus, not %2").arg(changed).arg(needed)));
            ++checked;
        }
    }
    QVERIFY2(checked >= 40, qPrintable(QString::number(checked)));
}

void KeyboardTest::idleWarningTakesFocus()
{
    build();
    Kiosk::IdleWatch idle(60000, 20000);
    auto *overlay = new Ui::IdleOverlay(&idle, m_shell);
    overlay->showCountdown(20);
    QPushButton *stay = overlay->findChild<QPushButton *>(QStringLiteral("stillHereButton"));
    QCOMPARE(QApplication::focusWidget(), stay);
    // Nothing behind it shows (to a screen reader too), and Tab stays on it.
    QVERIFY(!m_shell->findChild<QPushButton *>(QStringLiteral("startButton"))->isVisible());
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), stay);
    key(Qt::Key_Space);
    QVERIFY(!overlay->isVisible());
    QCOMPARE(describe(QApplication::focusWidget()), QStringLiteral("startButton (QPushButton)"));
}

void KeyboardTest::mainChoiceInSightAt200Percent_data()
{
    QTest::addColumn<QString>("language");
    for (const Config::Language &language : Config::knownLanguages()) {
        QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void KeyboardTest::mainChoiceInSightAt200Percent()
{
    QFETCH(QString, language);
    build(language, 2.0);
    const QList<QPair<QString, QString>> screens{
        {QStringLiteral("visitorHome"), QStringLiteral("startButton")},
        {QStringLiteral("taskList"), QStringLiteral("searchBox")},
        {QStringLiteral("guide:repeat-prescription:1"), QStringLiteral("guideNextButton")},
        {QStringLiteral("guide:repeat-prescription:3"), QStringLiteral("guideNextButton")},
        {QStringLiteral("guide:get-nhs-app:2"), QStringLiteral("guideNextButton")},
        {QStringLiteral("displaySettings"), QStringLiteral("smallerTextButton")},
        {QStringLiteral("languagePicker"), QStringLiteral("language_") + language},
        {QStringLiteral("volunteerComing"), QStringLiteral("volunteerCancelButton")},
        {QStringLiteral("detailsRemoved"), QStringLiteral("startAgainButton")}};
    for (const auto &[name, main] : screens) {
        m_shell->stack()->home();
        QVERIFY2(name == QLatin1String("visitorHome") || m_shell->showScreen(name), qPrintable(name));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        auto *widget = m_shell->stack()->currentWidget()->findChild<QWidget *>(main);
        QVERIFY2(widget && widget->isVisible(), qPrintable(name + QLatin1Char(' ') + main));
        // In the 1280 × 800 window, and not cut by its scrolling page: seen as soon as the screen opens.
        const QRect inWindow(widget->mapTo(m_window.get(), QPoint()), widget->size());
        QVERIFY2(m_window->rect().contains(inWindow) && widget->visibleRegion() == QRegion(widget->rect()),
                 qPrintable(QStringLiteral("%1: %2 at %3,%4 %5×%6 is not all in sight")
                                .arg(name, main)
                                .arg(inWindow.x())
                                .arg(inWindow.y())
                                .arg(inWindow.width())
                                .arg(inWindow.height())));
    }
    QCOMPARE(m_window->size(), QSize(1280, 800));
}

void KeyboardTest::fieldsAreTouchTargets()
{
    // Find a task, and every other field the theme styles (the console's and the booth's), in both colour schemes.
    for (const bool highContrast : {false, true}) {
        Ui::Theme::apply(*qApp, {1.0, highContrast, QStringLiteral("en")});
        QLineEdit field;
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QVERIFY2(field.height() >= Ui::Theme::kTouchTargetPx, qPrintable(QString::number(field.height())));
    }
    build();
    QVERIFY(m_shell->showScreen(QStringLiteral("taskList")));
    QCoreApplication::processEvents();
    QVERIFY(m_shell->findChild<QLineEdit *>(QStringLiteral("searchBox"))->height() >= Ui::Theme::kTouchTargetPx);
}

QTEST_MAIN(KeyboardTest)
#include "keyboard_test.moc"
