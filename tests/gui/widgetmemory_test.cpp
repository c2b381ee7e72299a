// SPDX-License-Identifier: GPL-3.0-or-later
// Regression test for issue 20, item 1: what the widgets keep on their own must not reach the next person. Before
// the fix, Finish emptied the visitor's search box with QLineEdit::clear(), which can be undone: Ctrl+Z (or Undo
// in the field's context menu, which the Menu key opened) brought the last visitor's words back, and the booth's
// link field gave back the last caller's appointment link. Real shells, real sessions on real QtWebEngine.
#include "core/catalogue/catalogue.h"
#include "core/config/terminalconfig.h"
#include "core/config/visitorpreferences.h"
#include "kiosk/resetverifier.h"
#include "kiosk/terminalsessions.h"
#include "kiosk/visitorsession.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"
#include "ui/booth/boothshell.h"
#include "ui/common/mainwindow.h"
#include "ui/common/screenstack.h"
#include "ui/visitor/sessionlink.h"
#include "ui/visitor/visitorshell.h"

#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

#include <memory>

using namespace HealthHub;

Q_DECLARE_METATYPE(HealthHub::Kiosk::ResetVerifier::Result)

namespace {
const QString kCanary = QStringLiteral("canary-7311");

/** A context menu anywhere in the application (Qt's line edit menu is a top-level QMenu). */
bool anyMenuShown()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMenu *>(widget) && widget->isVisible()) {
            return true;
        }
    }
    return false;
}

/** Everything a person could do to get a field's old text back; the field must stay empty. */
void tryToGetTheTextBack(QLineEdit *field)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(field, Qt::Key_Y, Qt::ControlModifier);
    field->undo(); // what the context menu's Undo action calls
    field->redo();
}
} // namespace

class WidgetMemoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void visitorSearchIsForgottenAtFinish();
    void visitorFieldsOfferNoContextMenu();
    void visitorScrollPositionIsForgotten();
    void boothLinkIsForgottenAfterTheCall();

private:
    /** The visitor kiosk as App::VisitorTerminal builds it. */
    struct Visitor
    {
        std::unique_ptr<Config::VisitorPreferences> preferences;
        std::unique_ptr<Ui::MainWindow> window;
        Ui::VisitorShell *shell = nullptr;
        std::unique_ptr<Kiosk::VisitorSession> session;
        ~Visitor()
        {
            shell->releaseWebPages();
            session.reset();
            window.reset();
        }
    };
    std::unique_ptr<Visitor> makeVisitor();
    static bool finish(Visitor *visitor);

    Config::TerminalConfig m_config;
    std::unique_ptr<Catalogue::Catalogue> m_catalogue;
    Test::LoopbackHttpServer m_server;
};

void WidgetMemoryTest::initTestCase()
{
    qRegisterMetaType<Kiosk::ResetVerifier::Result>();
    m_config = Config::TerminalConfig::defaults();
    m_config.demo = true;
    m_catalogue = std::make_unique<Catalogue::Catalogue>(Catalogue::Catalogue::load({Catalogue::Catalogue::builtIn()}));
    QVERIFY(m_server.listen());
    m_server.html("/call", "<!doctype html><title>call</title><p>call");
}

std::unique_ptr<WidgetMemoryTest::Visitor> WidgetMemoryTest::makeVisitor()
{
    auto visitor = std::make_unique<Visitor>();
    visitor->preferences = std::make_unique<Config::VisitorPreferences>(m_config.defaultLanguage);
    visitor->window = std::make_unique<Ui::MainWindow>(m_config);
    visitor->shell = new Ui::VisitorShell(m_config, visitor->preferences.get(), m_catalogue.get());
    visitor->session = Kiosk::makeVisitorSession(m_config, visitor->preferences.get());
    Ui::linkVisitorSession(visitor->shell, visitor->session.get());
    visitor->window->setShell(visitor->shell);
    visitor->window->resize(1280, 800);
    visitor->window->show();
    QSignalSpy started(visitor->session.get(), &Kiosk::VisitorSession::started);
    visitor->session->start();
    if (!started.wait(10000) || !QTest::qWaitForWindowExposed(visitor->window.get())) {
        qWarning("the visitor kiosk did not start");
    }
    return visitor;
}

bool WidgetMemoryTest::finish(Visitor *visitor)
{
    QSignalSpy finished(visitor->session.get(), &Kiosk::VisitorSession::resetFinished);
    QTest::mouseClick(visitor->window->findChild<QPushButton *>(QStringLiteral("finishButton")), Qt::LeftButton);
    return finished.wait(10000);
}

void WidgetMemoryTest::visitorSearchIsForgottenAtFinish()
{
    const auto visitor = makeVisitor();
    QTest::mouseClick(visitor->window->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    auto *search = visitor->window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(search && search->isVisible());
    search->setFocus();
    QTest::keyClicks(search, kCanary);
    QCOMPARE(search->text(), kCanary);
    // The visitor empties the box with its own Clear button, and can undo that while it is still their visit.
    QTest::mouseClick(visitor->window->findChild<QPushButton *>(QStringLiteral("clearSearchButton")), Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QVERIFY(finish(visitor.get()));

    // The next visitor.
    visitor->shell->stack()->home();
    QTest::mouseClick(visitor->window->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(search->isVisible());
    QVERIFY(!search->isUndoAvailable());
    QVERIFY(!search->isRedoAvailable());
    tryToGetTheTextBack(search);
    QVERIFY2(!search->text().contains(kCanary), qPrintable(search->text()));
    QVERIFY(search->text().isEmpty());
}

void WidgetMemoryTest::visitorFieldsOfferNoContextMenu()
{
    const auto visitor = makeVisitor();
    QTest::mouseClick(visitor->window->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    auto *search = visitor->window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(search && search->isVisible());
    search->setFocus();
    QTest::keyClicks(search, kCanary);
    // The Menu key and a right click, as a keyboard or a mouse sends them.
    QTest::keyClick(search, Qt::Key_Menu);
    QContextMenuEvent byKey(QContextMenuEvent::Keyboard, search->rect().center(),
                            search->mapToGlobal(search->rect().center()));
    QApplication::sendEvent(search, &byKey);
    QTest::mouseClick(search, Qt::RightButton);
    QContextMenuEvent byMouse(QContextMenuEvent::Mouse, search->rect().center(),
                              search->mapToGlobal(search->rect().center()));
    QApplication::sendEvent(search, &byMouse);
    QTest::qWait(200);
    QVERIFY(!anyMenuShown());
    for (QLineEdit *field : visitor->window->findChildren<QLineEdit *>()) {
        QCOMPARE(field->contextMenuPolicy(), Qt::PreventContextMenu);
    }
}

void WidgetMemoryTest::visitorScrollPositionIsForgotten()
{
    const auto visitor = makeVisitor();
    visitor->preferences->setTextScale(2.0); // the task list is longer than the screen
    QTest::mouseClick(visitor->window->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    auto *search = visitor->window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QScrollArea *area = nullptr;
    for (QWidget *parent = search; parent && !area; parent = parent->parentWidget()) {
        area = qobject_cast<QScrollArea *>(parent);
    }
    QVERIFY(area);
    QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0);
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    QVERIFY(area->verticalScrollBar()->value() > 0);
    QVERIFY(finish(visitor.get()));
    QCOMPARE(area->verticalScrollBar()->value(), area->verticalScrollBar()->minimum());
}

void WidgetMemoryTest::boothLinkIsForgottenAfterTheCall()
{
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    config.role = Config::Role::Booth;
    config.allowLoopback = true;
    config.videoHosts = {QStringLiteral("127.0.0.1")};
    const auto session = Kiosk::makeBoothSession(config);
    Ui::BoothShell shell(config, session.get());
    QSignalSpy started(session.get(), &Kiosk::VisitorSession::started);
    QVERIFY(started.wait(15000));
    shell.resize(1280, 800);
    shell.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shell));
    auto *link = shell.findChild<QLineEdit *>(QStringLiteral("joinLinkField"));
    QVERIFY(link);

    // A caller types their link (with its personal code) and joins; the field is emptied as the call starts.
    QVERIFY(shell.showScreen(QStringLiteral("boothJoin")));
    const QString personal = m_server.url(QStringLiteral("/call")).toString() + QStringLiteral("?code=") + kCanary;
    link->setFocus();
    QTest::keyClicks(link, personal);
    QTest::keyClick(link, Qt::Key_Return);
    QTRY_VERIFY(shell.findChild<QPushButton *>(QStringLiteral("endCallButton"))->isVisible());
    QVERIFY(link->text().isEmpty());
    QSignalSpy cleared(&shell, &Ui::BoothShell::boothCleared);
    QTest::mouseClick(shell.findChild<QPushButton *>(QStringLiteral("endCallButton")), Qt::LeftButton);
    QVERIFY(cleared.wait(15000));

    // The next caller: nothing of the last link comes back, by keys or by the undo action.
    QVERIFY(shell.showScreen(QStringLiteral("boothJoin")));
    QVERIFY(!link->isUndoAvailable());
    tryToGetTheTextBack(link);
    QVERIFY2(!link->text().contains(kCanary), qPrintable(link->text()));

    // Typed but not joined, then Finish: the same.
    link->setFocus();
    QTest::keyClicks(link, kCanary);
    QTest::mouseClick(shell.findChild<QPushButton *>(QStringLiteral("finishButton")), Qt::LeftButton);
    QVERIFY(cleared.wait(15000));
    QVERIFY(shell.showScreen(QStringLiteral("boothJoin")));
    tryToGetTheTextBack(link);
    QVERIFY2(!link->text().contains(kCanary), qPrintable(link->text()));
    QTest::keyClick(link, Qt::Key_Menu);
    QTest::qWait(200);
    QVERIFY(!anyMenuShown());
    QCOMPARE(link->contextMenuPolicy(), Qt::PreventContextMenu);
}

HEALTHHUB_WEB_TEST_MAIN(WidgetMemoryTest)
#include "widgetmemory_test.moc"
