// SPDX-License-Identifier: GPL-3.0-or-later
// Every visitor screen through Qt's accessibility interface (what AT-SPI reads on Linux): every control is
// named, Tab moves in reading order (mirrored right to left), focus is visible, and no text is clipped at
// 200 % in any language or in a pseudo-translation twice as long as English.

#include "core/config/languagemanager.h"
#include "core/config/languages.h"
#include "core/config/terminalconfig.h"
#include "core/config/visitorpreferences.h"
#include "ui/common/capture.h"
#include "ui/common/mainwindow.h"
#include "ui/common/navigationbar.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/visitor/visitorshell.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QTranslator>

using namespace HealthHub;

namespace {

/** Doubles every string and gives each letter an accent, keeping %1 and %n: text much longer than English. */
class PseudoTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        static const QString plain = QStringLiteral("aceinorsuyACEINORSUY");
        static const QString accented = QStringLiteral("áçéîñöŕšûýÁÇÉÎÑÖŔŠÛÝ");
        QString text = QString::fromUtf8(sourceText);
        for (QChar &c : text) {
            const auto index = plain.indexOf(c);
            if (index >= 0) {
                c = accented.at(index);
            }
        }
        return text + QLatin1Char(' ') + text;
    }
    bool isEmpty() const override { return false; }
};

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

void collect(QAccessibleInterface *parent, QList<QAccessibleInterface *> &out)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        QAccessibleInterface *child = parent->child(i);
        if (!child || child->state().invisible) {
            continue;
        }
        out.append(child);
        collect(child, out);
    }
}

/** Where a control is: on its scrolling page (if any), and the region of the window it is in. */
struct Place
{
    const QWidget *page = nullptr; ///< the scroll area's page, or nullptr
    QRect inPage;                  ///< on that page, whatever the scrolling
    QRect region;                  ///< the scroll area's viewport in the window, or the control itself
    QRect inWindow;
};

Place placeOf(const QWidget *widget)
{
    QCoreApplication::processEvents();
    Place place;
    const QWidget *window = widget->window();
    place.inWindow = QRect(widget->mapTo(window, QPoint()), widget->size());
    place.region = place.inWindow;
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (const auto *area = qobject_cast<const QScrollArea *>(up)) {
            place.page = area->widget();
            place.inPage = QRect(widget->mapTo(area->widget(), QPoint()), widget->size());
            place.region = QRect(area->viewport()->mapTo(window, QPoint()), area->viewport()->size());
            break;
        }
    }
    return place;
}

/** The place a reader starts at: the top row, its first in the reading direction. */
qsizetype topmost(const QList<Place> &places)
{
    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    qsizetype first = 0;
    for (qsizetype i = 1; i < places.size(); ++i) {
        const Place &a = places.at(i);
        const Place &b = places.at(first);
        const bool sameRow = a.region.top() == b.region.top() && a.inPage.top() < b.inPage.bottom() &&
                             b.inPage.top() < a.inPage.bottom();
        const bool before = sameRow
                                ? (rightToLeft ? a.inPage.center().x() > b.inPage.center().x()
                                               : a.inPage.center().x() < b.inPage.center().x())
                                : std::pair(a.region.top(), a.inPage.top()) < std::pair(b.region.top(), b.inPage.top());
        if (before) {
            first = i;
        }
    }
    return first;
}

/** "name (role) at x,y" for messages. */
QString describe(const QWidget *widget)
{
    const QPoint at = widget->mapTo(widget->window(), QPoint());
    return QStringLiteral("%1 (%2) at %3,%4")
        .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))
        .arg(at.x())
        .arg(at.y());
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void tabFollowsReadingOrder_data();
    void tabFollowsReadingOrder();
    void focusIsVisible();
    void nothingClippedAt200Percent_data();
    void nothingClippedAt200Percent();
    void pseudoTranslationIsNotClipped_data();
    void pseudoTranslationIsNotClipped();

private:
    void build(const QString &language = QStringLiteral("en"), double textScale = 1.0);
    QStringList screens() const;
    void show(const QString &screen);
    void screenRows();
    QStringList clipped() const;

    Config::TerminalConfig m_config;
    std::unique_ptr<Config::VisitorPreferences> m_preferences;
    std::unique_ptr<Config::LanguageManager> m_languages;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::VisitorShell *m_shell = nullptr;
};

void AccessibilityTest::init()
{
    m_config = Config::TerminalConfig::defaults();
    m_config.hubName = QStringLiteral("Leeds Central Library");
    m_config.demo = true;
    for (const Config::Language &language : Config::knownLanguages()) {
        m_config.languages.append(language.code);
    }
    m_config.languages.removeDuplicates();
}

void AccessibilityTest::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_preferences.reset();
    Ui::Theme::apply(*qApp, {});
}

void AccessibilityTest::build(const QString &language, double textScale)
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
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCoreApplication::processEvents();
}

QStringList AccessibilityTest::screens() const
{
    QStringList names;
    Ui::ScreenStack *stack = m_shell->stack();
    for (int i = 0; i < stack->count(); ++i) {
        names.append(stack->widget(i)->objectName());
    }
    return names;
}

void AccessibilityTest::show(const QString &screen)
{
    if (screen != QLatin1String("visitorHome")) {
        QVERIFY2(m_shell->showScreen(screen), qPrintable(screen));
    }
    QCoreApplication::processEvents();
}

void AccessibilityTest::screenRows()
{
    // Every screen of the visitor shell; the list is read from a built shell so new screens are covered.
    QTest::addColumn<QString>("screen");
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    Config::VisitorPreferences preferences(QStringLiteral("en"));
    Ui::VisitorShell shell(config, &preferences);
    for (int i = 0; i < shell.stack()->count(); ++i) {
        const QString name = shell.stack()->widget(i)->objectName();
        QTest::newRow(qPrintable(name)) << name;
    }
}

QStringList AccessibilityTest::clipped() const
{
    // Language and style changes post layout requests; let them all be handled first.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QStringList out;
    const QJsonArray tree = Ui::StartupCapture::widgetTree(m_window.get());
    for (const QJsonValue &value : tree) {
        const QJsonObject widget = value.toObject();
        if (widget.value(QStringLiteral("clipped")).toBool()) {
            out.append(widget.value(QStringLiteral("objectName")).toString() + QStringLiteral(": ") +
                       widget.value(QStringLiteral("text")).toString().left(60) +
                       QStringLiteral(" (%1×%2)")
                           .arg(widget.value(QStringLiteral("width")).toInt())
                           .arg(widget.value(QStringLiteral("height")).toInt()));
        }
    }
    return out;
}

void AccessibilityTest::everyControlIsNamed_data()
{
    screenRows();
}

void AccessibilityTest::everyControlIsNamed()
{
    QFETCH(QString, screen);
    build();
    show(screen);
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window.get());
    QVERIFY(root);
    QList<QAccessibleInterface *> nodes;
    collect(root, nodes);
    int interactive = 0;
    for (QAccessibleInterface *node : std::as_const(nodes)) {
        if (!isInteractive(node->role())) {
            continue;
        }
        ++interactive;
        const QString where = node->object() ? describe(qobject_cast<QWidget *>(node->object())) : QString();
        QVERIFY2(!node->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(QStringLiteral("an unnamed control: ") + where));
    }
    QVERIFY2(interactive >= 4, "the navigation bar alone has four buttons");

    // And from the widgets' side: anything that takes keyboard focus is a named, interactive control.
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus)) {
            continue;
        }
        QAccessibleInterface *node = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(node, qPrintable(describe(widget)));
        QVERIFY2(isInteractive(node->role()),
                 qPrintable(describe(widget) +
                            QStringLiteral(" takes focus but is not a control (role %1)").arg(node->role())));
        QVERIFY2(!node->text(QAccessible::Name).trimmed().isEmpty(), qPrintable(describe(widget)));
    }
}

void AccessibilityTest::tabFollowsReadingOrder_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("language");
    QTest::newRow("home en") << QStringLiteral("visitorHome") << QStringLiteral("en");
    QTest::newRow("home ar") << QStringLiteral("visitorHome") << QStringLiteral("ar");
    QTest::newRow("display settings en") << QStringLiteral("displaySettings") << QStringLiteral("en");
    QTest::newRow("display settings ur") << QStringLiteral("displaySettings") << QStringLiteral("ur");
    QTest::newRow("volunteer en") << QStringLiteral("volunteerComing") << QStringLiteral("en");
    // Next step is on top of Previous step on screen, under Practise this step: Tab goes the same way.
    QTest::newRow("guide en") << QStringLiteral("guide:repeat-prescription:3") << QStringLiteral("en");
    QTest::newRow("guide ar") << QStringLiteral("guide:repeat-prescription:3") << QStringLiteral("ar");
    QTest::newRow("languages en") << QStringLiteral("languagePicker") << QStringLiteral("en");
    QTest::newRow("languages ur") << QStringLiteral("languagePicker") << QStringLiteral("ur");
    QTest::newRow("task list en") << QStringLiteral("taskList") << QStringLiteral("en");
}

void AccessibilityTest::tabFollowsReadingOrder()
{
    QFETCH(QString, screen);
    QFETCH(QString, language);
    build(language);
    show(screen);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QWidget *start = QApplication::focusWidget();
    QVERIFY2(start, "the screen gives focus to its main choice");

    QList<QWidget *> order{start};
    QList<Place> places{placeOf(start)};
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (next == start) {
            break;
        }
        QVERIFY2(!order.contains(next),
                 qPrintable(QStringLiteral("Tab loops without returning to the start at ") + describe(next)));
        order.append(next);
        places.append(placeOf(next));
        QVERIFY2(m_window->rect().contains(places.constLast().inWindow) &&
                     next->visibleRegion() == QRegion(next->rect()),
                 qPrintable(describe(next) + QStringLiteral(" has focus out of sight")));
    }
    QCOMPARE(QApplication::focusWidget(), start);
    // Tab goes round: read the round from the control nearest the top (the screen may start on its main choice,
    // lower down, such as a guide's Next step).
    const qsizetype first = topmost(places);
    std::rotate(order.begin(), order.begin() + first, order.end());
    std::rotate(places.begin(), places.begin() + first, places.end());

    // Every enabled, visible control is reached.
    const QList<QPushButton *> buttons = m_window->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->isVisible() && button->isEnabled()) {
            QVERIFY2(order.contains(button), qPrintable(describe(button) + QStringLiteral(" is never reached by Tab")));
        }
    }
    // Top to bottom; within a row, in the language's reading direction.
    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    for (qsizetype i = 1; i < order.size(); ++i) {
        // On one scrolling page, where they are on the page; else where their regions are (the page, a row under
        // it, the bar).
        const bool samePage = places.at(i - 1).page && places.at(i - 1).page == places.at(i).page;
        const QRect a = samePage ? places.at(i - 1).inPage : places.at(i - 1).region;
        const QRect b = samePage ? places.at(i).inPage : places.at(i).region;
        const bool below = b.top() >= a.center().y();
        const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
        const bool onward = rightToLeft ? b.center().x() < a.center().x() : b.center().x() > a.center().x();
        QVERIFY2(
            below || (sameRow && onward),
            qPrintable(QStringLiteral("Tab goes from %1 to %2").arg(describe(order.at(i - 1)), describe(order.at(i)))));
    }
}

void AccessibilityTest::focusIsVisible()
{
    build();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QList<QPushButton *> buttons = m_window->findChildren<QPushButton *>();
    int checked = 0;
    for (QPushButton *button : buttons) {
        if (!button->isVisible() || !button->isEnabled()) {
            continue;
        }
        m_window->setFocus(Qt::OtherFocusReason);
        button->clearFocus();
        QCoreApplication::processEvents();
        const QImage without = button->grab().toImage();
        button->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        QVERIFY(button->hasFocus());
        const QImage with = button->grab().toImage();
        QCOMPARE(with.size(), without.size());
        // The focused button must look clearly different: the theme fills it yellow inside a dark ring.
        qsizetype changed = 0;
        for (int y = 0; y < with.height(); ++y) {
            for (int x = 0; x < with.width(); ++x) {
                changed += with.pixel(x, y) != without.pixel(x, y) ? 1 : 0;
            }
        }
        const double share = double(changed) / double(with.width() * with.height());
        QVERIFY2(share > 0.3,
                 qPrintable(describe(button) +
                            QStringLiteral(": only %1% of it changes with focus").arg(qRound(share * 100))));
        ++checked;
    }
    QVERIFY(checked >= 5);
}

void AccessibilityTest::nothingClippedAt200Percent_data()
{
    QTest::addColumn<QString>("language");
    for (const Config::Language &language : Config::knownLanguages()) {
        QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void AccessibilityTest::nothingClippedAt200Percent()
{
    QFETCH(QString, language);
    build(language, 2.0);
    const QStringList names = screens();
    for (const QString &screen : names) {
        show(screen);
        const QStringList cut = clipped();
        QVERIFY2(cut.isEmpty(), qPrintable(screen + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
    }
    // The bar's words grow to 34 px at 200 % (Finish, the main choice, 39 px): its buttons continue on more
    // rows, all inside the window, and the bar leaves at least half the screen to the page.
    Ui::NavigationBar *bar = m_shell->navigationBar();
    const QList<QPushButton *> buttons = bar->findChildren<QPushButton *>();
    QVERIFY(buttons.size() >= 6);
    for (const QPushButton *button : buttons) {
        if (button->property("kind").toString() == QLatin1String(Ui::Kind::Bar)) {
            QCOMPARE(QFontInfo(button->font()).pixelSize(), 34);
        }
        const QRect inWindow(button->mapTo(m_window.get(), QPoint(0, 0)), button->size());
        QVERIFY2(m_window->rect().contains(inWindow), qPrintable(button->objectName()));
    }
    QVERIFY2(bar->height() <= m_window->height() / 2, qPrintable(QString::number(bar->height())));
    // The window did not grow past the 1280 × 800 screen to make room.
    QVERIFY2(m_window->height() <= 800, qPrintable(QString::number(m_window->height())));
}

void AccessibilityTest::pseudoTranslationIsNotClipped_data()
{
    QTest::addColumn<double>("textScale");
    QTest::newRow("100%") << 1.0;
    QTest::newRow("150%") << 1.5;
}

void AccessibilityTest::pseudoTranslationIsNotClipped()
{
    QFETCH(double, textScale);
    build(QStringLiteral("en"), textScale);
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const QStringList names = screens();
    QStringList problems;
    for (const QString &screen : names) {
        show(screen);
        const QStringList cut = clipped();
        if (!cut.isEmpty()) {
            problems.append(screen + QStringLiteral(": ") + cut.join(QStringLiteral("; ")));
        }
    }
    // The pseudo-translation really reached the screens.
    const QString finish = m_shell->navigationBar()->finishButton()->text();
    QCoreApplication::removeTranslator(&pseudo);
    QVERIFY2(finish.contains(QStringLiteral("Fîñîšh Fîñîšh")), qPrintable(finish));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(AccessibilityTest)
#include "accessibility_test.moc"
