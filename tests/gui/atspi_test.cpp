// SPDX-License-Identifier: GPL-3.0-or-later
// The visitor, booth and console screens as a screen reader sees them: through the real AT-SPI bus (at-spi2-core,
// the bus Orca uses), read by python3-pyatspi in another process (tests/gui/atspi_client.py) while this process
// runs the widgets and answers from its event loop. Every interactive control has a name, a role and an action,
// the action does what a tap does, and the tree lists the controls in reading order (mirrored right to left).

#include "core/config/languagemanager.h"
#include "core/config/languages.h"
#include "core/config/terminalconfig.h"
#include "core/config/visitorpreferences.h"
#include "core/demo/demodata.h"
#include "kiosk/terminalsessions.h"
#include "kiosk/visitorsession.h"
#include "tests/console/consoletestsupport.h"
#include "ui/booth/boothshell.h"
#include "ui/common/mainwindow.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/console/chipselector.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consoleshell.h"
#include "ui/visitor/visitorshell.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub;

namespace {

const QStringList kActionRoles{QStringLiteral("push button"), QStringLiteral("check box"),
                               QStringLiteral("radio button"), QStringLiteral("toggle button")};
const QStringList kNamedRoles =
    kActionRoles + QStringList{QStringLiteral("entry"),      QStringLiteral("text"),  QStringLiteral("password text"),
                               QStringLiteral("list"),       QStringLiteral("table"), QStringLiteral("combo box"),
                               QStringLiteral("spin button")};

QString describe(const QJsonObject &node)
{
    return QStringLiteral("%1 \"%2\" at %3,%4")
        .arg(node.value(QStringLiteral("role")).toString(), node.value(QStringLiteral("name")).toString())
        .arg(node.value(QStringLiteral("x")).toInt())
        .arg(node.value(QStringLiteral("y")).toInt());
}

QRect rectOf(const QJsonObject &node)
{
    return {node.value(QStringLiteral("x")).toInt(), node.value(QStringLiteral("y")).toInt(),
            node.value(QStringLiteral("width")).toInt(), node.value(QStringLiteral("height")).toInt()};
}

bool hasState(const QJsonObject &node, const char *state)
{
    return node.value(QStringLiteral("states")).toArray().contains(QLatin1String(state));
}

} // namespace

class AtSpiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void languagePressedThroughAtSpi();
    void visitorControlsNamedInReadingOrder_data();
    void visitorControlsNamedInReadingOrder();
    void boothControlsAreNamed_data();
    void boothControlsAreNamed();
    void consoleControlsAreNamed_data();
    void consoleControlsAreNamed();
    void checkBoxAndChipActLikeATap();
    void boothJoinStartsEmptyAfterBack();

private:
    void buildVisitor(const QString &language);
    void present(QWidget *shell);
    /** Runs the client on this process; the event loop keeps running, so Qt's bridge can answer it. */
    QJsonDocument client(const QStringList &arguments);
    QJsonArray tree();
    void press(const QString &name);
    void checkNamed(const QJsonArray &nodes, int atLeast);
    void checkReadingOrder(const QJsonArray &nodes);

    Config::TerminalConfig m_config;
    std::unique_ptr<Config::VisitorPreferences> m_preferences;
    std::unique_ptr<Config::LanguageManager> m_languages;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
    std::unique_ptr<Ui::ConsoleContext> m_context;
    std::unique_ptr<Kiosk::VisitorSession> m_boothSession; // the booth's, which must outlive it
    Ui::VisitorShell *m_visitor = nullptr;
};

void AtSpiTest::init()
{
    m_config = Config::TerminalConfig::defaults();
    m_config.hubName = QStringLiteral("Leeds Central Library");
    for (const Config::Language &language : Config::knownLanguages()) {
        m_config.languages.append(language.code);
    }
    m_config.languages.removeDuplicates();
    m_dir = std::make_unique<QTemporaryDir>();
    m_config.dataDir = m_dir->path();
}

void AtSpiTest::cleanup()
{
    m_window.reset(); // the console's shell saves its draft into the store: it goes first
    m_context.reset();
    m_store.reset();
    m_boothSession.reset();
    m_languages.reset();
    m_preferences.reset();
    m_dir.reset();
    Ui::Theme::apply(*qApp, {});
}

void AtSpiTest::present(QWidget *shell)
{
    m_window->setShell(shell);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void AtSpiTest::buildVisitor(const QString &language)
{
    m_window.reset();
    m_preferences = std::make_unique<Config::VisitorPreferences>(QStringLiteral("en"));
    m_languages = std::make_unique<Config::LanguageManager>();
    m_languages->follow(m_preferences.get());
    m_preferences->setLanguage(language);
    Ui::Theme::apply(*qApp, {1.0, false, language});
    m_window = std::make_unique<Ui::MainWindow>(m_config);
    m_visitor = new Ui::VisitorShell(m_config, m_preferences.get());
    present(m_visitor);
}

QJsonDocument AtSpiTest::client(const QStringList &arguments)
{
    // Debian's python3 with python3-pyatspi; a python of one's own (pyenv) has no gi module.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    const QString script = qEnvironmentVariable("HEALTHHUB_SOURCE_DIR") + QStringLiteral("/tests/gui/atspi_client.py");
    QProcess process;
    process.start(python, QStringList{script, QString::number(QCoreApplication::applicationPid())} + arguments);
    if (!process.waitForStarted()) {
        qWarning("cannot start %s", qPrintable(python));
        return {};
    }
    QDeadlineTimer deadline(60000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    if (process.exitCode() != 0 || process.exitStatus() != QProcess::NormalExit) {
        qWarning("atspi_client.py: %s", process.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput());
}

QJsonArray AtSpiTest::tree()
{
    QCoreApplication::processEvents();
    return client({QStringLiteral("tree")}).array();
}

void AtSpiTest::press(const QString &name)
{
    const QJsonObject answer = client({QStringLiteral("press"), name}).object();
    QVERIFY2(answer.value(QStringLiteral("pressed")).toString() == name, qPrintable(name));
}

void AtSpiTest::checkNamed(const QJsonArray &nodes, int atLeast)
{
    int interactive = 0;
    QStringList names;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const QString role = node.value(QStringLiteral("role")).toString();
        if (!kNamedRoles.contains(role)) {
            continue;
        }
        ++interactive;
        names.append(node.value(QStringLiteral("name")).toString());
        QVERIFY2(!node.value(QStringLiteral("name")).toString().trimmed().isEmpty(),
                 qPrintable(QStringLiteral("no name: ") + describe(node)));
        if (kActionRoles.contains(role) && hasState(node, "sensitive")) {
            // Press for a button, Toggle for a check box or radio button: what a tap does (see the tests below).
            const QString action = node.value(QStringLiteral("actions")).toArray().first().toString();
            QVERIFY2(action == QLatin1String("Press") || action == QLatin1String("Toggle"),
                     qPrintable(describe(node) + QStringLiteral(" offers no Press or Toggle")));
        }
    }
    QVERIFY2(interactive >= atLeast, qPrintable(QString::number(interactive)));
    // Everything a keyboard reaches on screen is in the tree, under the name Qt gives it.
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        // Known gap: the console's PIN keypad takes typed digits but is not a control to AT-SPI (its keys are).
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->accessibleName().isEmpty() && widget->objectName() != QLatin1String("touchKeypad")) {
            // On Linux Qt names a combo box by its current choice; its label should come as a labelled-by relation.
            const auto *combo = qobject_cast<const QComboBox *>(widget);
            QVERIFY2(names.contains(combo ? combo->currentText() : widget->accessibleName()),
                     qPrintable(widget->objectName() +
                                QStringLiteral(" is not in the AT-SPI tree as a control; it has ") +
                                names.join(QStringLiteral(", "))));
        }
    }
}

void AtSpiTest::checkReadingOrder(const QJsonArray &nodes)
{
    // The controls in the order the tree lists them; only those fully in sight (a scrolled page's lower part is
    // read after scrolling, in its own order).
    QHash<QString, const QWidget *> byName;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->isVisible() && !widget->accessibleName().isEmpty()) {
            byName.insert(widget->accessibleName(), widget);
        }
    }
    QList<QJsonObject> controls;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const QWidget *widget = byName.value(node.value(QStringLiteral("name")).toString());
        if (kNamedRoles.contains(node.value(QStringLiteral("role")).toString()) && widget &&
            widget->visibleRegion() == QRegion(widget->rect())) {
            controls.append(node);
        }
    }
    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    for (qsizetype i = 1; i < controls.size(); ++i) {
        const QRect a = rectOf(controls.at(i - 1));
        const QRect b = rectOf(controls.at(i));
        const bool below = b.top() >= a.center().y();
        const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
        const bool onward = rightToLeft ? b.center().x() < a.center().x() : b.center().x() > a.center().x();
        QVERIFY2(below || (sameRow && onward),
                 qPrintable(QStringLiteral("the tree lists %1 before %2")
                                .arg(describe(controls.at(i - 1)), describe(controls.at(i)))));
    }
}

void AtSpiTest::languagePressedThroughAtSpi()
{
    buildVisitor(QStringLiteral("en"));
    QVERIFY(m_visitor->showScreen(QStringLiteral("languagePicker")));
    const QJsonArray nodes = tree();
    // Each language is a radio button named in itself; English is checked.
    int languages = 0;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        if (node.value(QStringLiteral("role")).toString() == QLatin1String("radio button")) {
            ++languages;
            QCOMPARE(hasState(node, "checked"),
                     node.value(QStringLiteral("name")).toString() == QLatin1String("English"));
            QVERIFY2(hasState(node, "focusable"), qPrintable(describe(node)));
        }
    }
    QCOMPARE(languages, int(Config::knownLanguages().size()));

    // The screen reader's action on العربية: the kiosk is in Arabic, mirrored, back on the home screen.
    press(QStringLiteral("العربية"));
    QTRY_COMPARE(m_preferences->language(), QStringLiteral("ar"));
    QTRY_COMPARE(m_visitor->stack()->currentWidget()->objectName(), QStringLiteral("visitorHome"));
    const QString start = m_visitor->findChild<QPushButton *>(QStringLiteral("startButton"))->text();
    QVERIFY(start != QLatin1String("Start"));
    bool found = false;
    const QJsonArray after = tree();
    for (const QJsonValue &value : after) {
        found = found || value.toObject().value(QStringLiteral("name")).toString() == start;
    }
    QVERIFY2(found, "the screen reader hears the Arabic Start");
}

void AtSpiTest::visitorControlsNamedInReadingOrder_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("language");
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    Config::VisitorPreferences preferences(QStringLiteral("en"));
    Ui::VisitorShell shell(config, &preferences);
    QStringList screens;
    for (int i = 0; i < shell.stack()->count(); ++i) {
        screens.append(shell.stack()->widget(i)->objectName());
    }
    screens.append(QStringLiteral("guide:repeat-prescription:3"));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
        for (const QString &screen : std::as_const(screens)) {
            QTest::newRow(qPrintable(screen + QLatin1Char(' ') + language)) << screen << language;
        }
    }
}

void AtSpiTest::visitorControlsNamedInReadingOrder()
{
    QFETCH(QString, screen);
    QFETCH(QString, language);
    buildVisitor(language);
    QVERIFY(screen == QLatin1String("visitorHome") || m_visitor->showScreen(screen));
    const QJsonArray nodes = tree();
    checkNamed(nodes, 6);
    checkReadingOrder(nodes);
}

void AtSpiTest::boothControlsAreNamed_data()
{
    QTest::addColumn<QString>("screen");
    for (const char *screen : {"boothHome", "boothCheck", "boothJoin", "boothCall", "boothHelp", "boothFree"}) {
        QTest::newRow(screen) << QString::fromLatin1(screen);
    }
}

void AtSpiTest::boothControlsAreNamed()
{
    QFETCH(QString, screen);
    Ui::Theme::apply(*qApp, {});
    m_config.role = Config::Role::Booth;
    m_window = std::make_unique<Ui::MainWindow>(m_config);
    m_boothSession = Kiosk::makeBoothSession(m_config);
    auto *booth = new Ui::BoothShell(m_config, m_boothSession.get());
    present(booth);
    QVERIFY(booth->showScreen(screen));
    const QJsonArray nodes = tree();
    checkNamed(nodes, 2);
    checkReadingOrder(nodes);
}

void AtSpiTest::consoleControlsAreNamed_data()
{
    QTest::addColumn<QString>("screen");
    for (const char *screen : {"consoleHome", "consoleSignIn", "consoleMenu", "sessionForm", "visitorJourney",
                               "followUps", "boothBookings", "reports", "hubAdmin"}) {
        QTest::newRow(screen) << QString::fromLatin1(screen);
    }
}

void AtSpiTest::consoleControlsAreNamed()
{
    QFETCH(QString, screen);
    Ui::Theme::apply(*qApp, {});
    QVERIFY(ConsoleTest::makeRecords(m_dir->path(), 3, 4));
    m_window = std::make_unique<Ui::MainWindow>(ConsoleTest::config(m_dir->path()));
    // As the console terminal builds it: the records store, the screens' context, then the shell (the window's).
    m_store = std::make_unique<Store::Store>(ConsoleTest::storeOptions(m_dir->path()));
    m_context = std::make_unique<Ui::ConsoleContext>(ConsoleTest::config(m_dir->path()), m_store.get());
    auto *console = new Ui::ConsoleShell(m_context.get());
    present(console);
    if (screen != QLatin1String("consoleHome")) {
        QString passphrase = Demo::DemoData::passphrase();
        QVERIFY(console->context()->store().unlock(Store::SecureBytes::takeFromString(passphrase)).ok());
        const QList<Records::Volunteer> volunteers = console->context()->store().volunteers().value();
        for (const Records::Volunteer &volunteer : volunteers) {
            if (volunteer.role == Records::VolunteerRole::HubLead) {
                console->context()->signIn(volunteer);
            }
        }
        QVERIFY(console->showScreen(screen));
    }
    QCOMPARE(console->currentScreen(), screen);
    checkNamed(tree(), 2);
}

void AtSpiTest::checkBoxAndChipActLikeATap()
{
    // A check box: "Black and white colours" keeps its name and is checked.
    buildVisitor(QStringLiteral("en"));
    QVERIFY(m_visitor->showScreen(QStringLiteral("displaySettings")));
    press(QStringLiteral("Black and white colours"));
    QTRY_VERIFY(m_preferences->highContrast());
    bool checked = false;
    const QJsonArray nodes = tree();
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        if (node.value(QStringLiteral("name")).toString() == QLatin1String("Black and white colours")) {
            QCOMPARE(node.value(QStringLiteral("role")).toString(), QStringLiteral("check box"));
            checked = hasState(node, "checked");
        }
    }
    QVERIFY2(checked, "one name, and the state says it is on");

    // A console chip in single mode: the screen reader's action chooses it and clears the other, as a tap does.
    Ui::Theme::apply(*qApp, {});
    m_window = std::make_unique<Ui::MainWindow>(m_config);
    auto *holder = new QWidget;
    auto *chips = new Ui::ChipSelector(QStringLiteral("chips"), QStringLiteral("Confidence"),
                                       Ui::ChipSelector::Mode::Single, holder);
    chips->setChips({{QStringLiteral("1"), QStringLiteral("One")}, {QStringLiteral("2"), QStringLiteral("Two")}});
    chips->setCurrent(QStringLiteral("1"));
    present(holder);
    QSignalSpy changed(chips, &Ui::ChipSelector::changed);
    press(QStringLiteral("Two"));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(chips->selected(), QStringList{QStringLiteral("2")});
}

void AtSpiTest::boothJoinStartsEmptyAfterBack()
{
    Ui::Theme::apply(*qApp, {});
    m_config.role = Config::Role::Booth;
    m_window = std::make_unique<Ui::MainWindow>(m_config);
    m_boothSession = Kiosk::makeBoothSession(m_config);
    auto *booth = new Ui::BoothShell(m_config, m_boothSession.get());
    present(booth);
    QVERIFY(booth->showScreen(QStringLiteral("boothJoin")));
    auto *link = booth->findChild<QLineEdit *>(QStringLiteral("joinLinkField"));
    auto *message = booth->findChild<QLabel *>(QStringLiteral("joinMessage"));
    QVERIFY(link->height() >= Ui::Theme::kTouchTargetPx);
    link->setText(QStringLiteral("https://not-a-video-service.example/room/42"));
    QVERIFY(!booth->join(link->text()));
    QVERIFY(message->isVisible());
    // The screen reader's Back, then Join my appointment again: the refused link and its message are gone.
    press(QStringLiteral("Back"));
    QTRY_COMPARE(booth->stack()->currentWidget()->objectName(), QStringLiteral("boothHome"));
    press(QStringLiteral("Join my appointment"));
    QTRY_COMPARE(booth->stack()->currentWidget()->objectName(), QStringLiteral("boothJoin"));
    QVERIFY(link->text().isEmpty());
    QVERIFY(!message->isVisible());
}

int main(int argc, char **argv)
{
    // Qt's AT-SPI bridge starts with the application; without a screen reader it waits for this.
    qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    QApplication app(argc, argv);
    AtSpiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "atspi_test.moc"
