// SPDX-License-Identifier: GPL-3.0-or-later
// The console clicked through as a volunteer would, against a real encrypted store in a temporary folder:
// first run, unlock, wrong passphrase, PIN lockout, recording and editing a session in few taps, draft
// recovery after the process is killed, and the idle lock.

#include "consoletestsupport.h"
#include "core/demo/demodata.h"
#include "kiosk/idlewatch.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consoleshell.h"
#include "ui/console/sessionform.h"
#include "ui/console/touchkeypad.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace HealthHub;
using namespace HealthHub::ConsoleTest;
using Ui::ConsoleShell;

namespace {

void typePin(Tapper &tapper, QWidget *root, const QString &pin)
{
    for (QChar digit : pin) {
        tapper.tap(find<QPushButton>(root, QStringLiteral("keypadKey") + digit));
    }
}

/** Unlocks with the demo passphrase and signs in as @p name with @p pin. */
bool unlockAndSignIn(ConsoleShell &shell, const QString &name, const QString &pin)
{
    Tapper tapper;
    auto *field = find<QLineEdit>(&shell, QStringLiteral("passphraseField"));
    if (!field) {
        return false;
    }
    QTest::keyClicks(field, Demo::DemoData::passphrase());
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("unlockButton")));
    if (shell.currentScreen() != QLatin1String("consoleSignIn")) {
        return false;
    }
    const auto chips = shell.findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^signInNames_")));
    for (QPushButton *chip : chips) {
        if (chip->accessibleName() == name) {
            tapper.tap(chip);
        }
    }
    typePin(tapper, &shell, pin);
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("signInButton")));
    return shell.context()->isSignedIn();
}

/** The child process for draftSurvivesKill: fill part of a form, wait for the draft, then wait to be killed. */
int runDraftChild(const QString &dataDir)
{
    Rig rig(config(dataDir), storeOptions(dataDir));
    ConsoleShell &shell = rig.shell;
    shell.resize(1280, 800);
    shell.show();
    if (!unlockAndSignIn(shell, Demo::DemoData::volunteerName(), Demo::DemoData::volunteerPin())) {
        std::fputs("sign-in failed\n", stdout);
        return 1;
    }
    Tapper tapper;
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("recordSessionButton")));
    auto *form = find<Ui::SessionForm>(&shell, QStringLiteral("sessionForm"));
    form->setDraftDelay(50);
    QObject::connect(form, &Ui::SessionForm::draftSaved, form, [] {
        std::fputs("draft-saved\n", stdout);
        std::fflush(stdout);
    });
    QTest::keyClicks(find<QLineEdit>(&shell, QStringLiteral("visitorSearchField")), QStringLiteral("Kit"));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("addVisitorButton")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("taskChips_repeat_prescription")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("outcome_repeat_prescription_partly")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("barrierChips_skills")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("confidenceBefore_2")));
    QTest::keyClicks(find<QPlainTextEdit>(&shell, QStringLiteral("notesField")), QStringLiteral("Came with a carer"));
    return qApp->exec(); // until killed
}

} // namespace

class ConsoleShellTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunMakesRecordsAndHubLead();
    void wrongPassphraseIsRefused();
    void pinLocksAfterRepeatedFailures();
    void typicalSessionTakesFewTaps();
    void editASession();
    void draftSurvivesKill();
    void idleLockKeepsTheDraft();
    void everyControlHasAnAccessibleName();
};

void ConsoleShellTest::initTestCase()
{
    Ui::Theme::apply(*qApp, {});
}

void ConsoleShellTest::firstRunMakesRecordsAndHubLead()
{
    QTemporaryDir dir;
    Rig rig(config(dir.path()), storeOptions(dir.path()));
    ConsoleShell &shell = rig.shell;
    shell.show();
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleSetup"));
    Tapper tapper;
    QTest::keyClicks(find<QLineEdit>(&shell, QStringLiteral("setupPassphrase")), QStringLiteral("short"));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("createRecordsButton")));
    auto *message = find<QLabel>(&shell, QStringLiteral("setupMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("too short")));
    QVERIFY(!shell.context()->store().exists());

    find<QLineEdit>(&shell, QStringLiteral("setupPassphrase"))->setText(QStringLiteral("a long hub passphrase"));
    find<QLineEdit>(&shell, QStringLiteral("setupPassphraseRepeat"))->setText(QStringLiteral("a long hub passphrase"));
    find<QLineEdit>(&shell, QStringLiteral("setupLeadName"))->setText(QStringLiteral("Robin"));
    find<QLineEdit>(&shell, QStringLiteral("setupPin"))->setText(QStringLiteral("4321"));
    find<QLineEdit>(&shell, QStringLiteral("setupPinRepeat"))->setText(QStringLiteral("4321"));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("createRecordsButton")));
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleMenu"));
    QVERIFY(shell.context()->isHubLead());
    QCOMPARE(shell.context()->volunteer().name, QStringLiteral("Robin"));
    QVERIFY(find<QPushButton>(&shell, QStringLiteral("adminButton"))->isVisible());
    // The secrets are gone from the form.
    QVERIFY(find<QLineEdit>(&shell, QStringLiteral("setupPassphrase"))->text().isEmpty());
    QVERIFY(find<QLineEdit>(&shell, QStringLiteral("setupPin"))->text().isEmpty());

    // The records really are encrypted with that passphrase and hold the hub lead with that PIN.
    shell.context()->lockRecords();
    Store::Store store(storeOptions(dir.path()));
    QString wrong = QStringLiteral("not the passphrase");
    QCOMPARE(store.unlock(Store::SecureBytes::takeFromString(wrong)).code(), Store::StoreError::Code::WrongPassphrase);
    QString right = QStringLiteral("a long hub passphrase");
    QVERIFY(store.unlock(Store::SecureBytes::takeFromString(right)).ok());
    const QList<Records::Volunteer> volunteers = store.volunteers().value();
    QCOMPARE(volunteers.size(), 1);
    QCOMPARE(volunteers.constFirst().role, Records::VolunteerRole::HubLead);
    QString pin = QStringLiteral("4321");
    QCOMPARE(store.checkPin(volunteers.constFirst().id, Store::SecureBytes::takeFromString(pin)).value().outcome,
             Records::PinCheck::Outcome::Accepted);
}

void ConsoleShellTest::wrongPassphraseIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(makeRecords(dir.path()));
    Rig rig(config(dir.path()), storeOptions(dir.path()));
    ConsoleShell &shell = rig.shell;
    shell.show();
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleHome"));
    Tapper tapper;
    auto *field = find<QLineEdit>(&shell, QStringLiteral("passphraseField"));
    QTest::keyClicks(field, QStringLiteral("guess"));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("unlockButton")));
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleHome"));
    auto *message = find<QLabel>(&shell, QStringLiteral("unlockMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("does not open")));
    QVERIFY(field->text().isEmpty());
    QVERIFY(!shell.context()->store().isOpen());
    QTest::keyClicks(field, Demo::DemoData::passphrase());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleSignIn"));
    QVERIFY(shell.context()->store().isOpen());
    QVERIFY(!shell.context()->isSignedIn());
}

void ConsoleShellTest::pinLocksAfterRepeatedFailures()
{
    QTemporaryDir dir;
    QVERIFY(makeRecords(dir.path()));
    Rig rig(config(dir.path()), storeOptions(dir.path()));
    ConsoleShell &shell = rig.shell;
    shell.show();
    QVERIFY(!unlockAndSignIn(shell, Demo::DemoData::volunteerName(), QStringLiteral("0000")));
    auto *message = find<QLabel>(&shell, QStringLiteral("signInMessage"));
    QVERIFY(message->text().contains(QStringLiteral("Tries left before it locks: 4")));
    Tapper tapper;
    for (int i = 0; i < 4; ++i) {
        typePin(tapper, &shell, QStringLiteral("0000"));
        tapper.tap(find<QPushButton>(&shell, QStringLiteral("signInButton")));
    }
    QVERIFY2(message->text().contains(QStringLiteral("locked")), qPrintable(message->text()));
    // Now even the right PIN is refused until the lockout ends, and the keypad keeps nothing.
    typePin(tapper, &shell, Demo::DemoData::volunteerPin());
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("signInButton")));
    QVERIFY(!shell.context()->isSignedIn());
    QVERIFY(message->text().contains(QStringLiteral("locked")));
    QCOMPARE(find<Ui::TouchKeypad>(&shell, QStringLiteral("touchKeypad"))->length(), 0);
    // Another volunteer is not affected.
    const auto chips = shell.findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^signInNames_")));
    for (QPushButton *chip : chips) {
        if (chip->accessibleName() == Demo::DemoData::hubLeadName()) {
            tapper.tap(chip);
        }
    }
    typePin(tapper, &shell, Demo::DemoData::hubLeadPin());
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("signInButton")));
    QVERIFY(shell.context()->isHubLead());
}

void ConsoleShellTest::typicalSessionTakesFewTaps()
{
    QTemporaryDir dir;
    QVERIFY(makeRecords(dir.path(), 12, 40));
    Rig rig(config(dir.path()), storeOptions(dir.path()));
    ConsoleShell &shell = rig.shell;
    shell.resize(1280, 800);
    shell.show();
    QVERIFY(unlockAndSignIn(shell, Demo::DemoData::volunteerName(), Demo::DemoData::volunteerPin()));
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleMenu"));

    // A returning visitor, one task done with a barrier, a GP referral, confidence 2 then 4, NHS login
    // verified, a follow-up in two weeks.
    Tapper tapper;
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("recordSessionButton")));
    QCOMPARE(shell.currentScreen(), QStringLiteral("sessionForm"));
    auto *list = find<QListView>(&shell, QStringLiteral("visitorList"));
    QVERIFY(list->model()->rowCount() > 0); // returning visitors are offered before anything is typed
    const qint64 visitorId = list->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
    tapper.tapRow(list, 0);
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("taskChips_repeat_prescription")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("barrierChips_confidence")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("referralChips_gp")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("confidenceBefore_2")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("confidenceAfter_4")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("nhsLoginChips_verified")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("followUpChips_14")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("saveSessionButton")));
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleMenu"));
    QVERIFY(find<QLabel>(&shell, QStringLiteral("menuNotice"))->text().contains(QStringLiteral("saved")));
    QVERIFY2(tapper.taps() < 15, qPrintable(QString::number(tapper.taps())));
    QCOMPARE(tapper.taps(), 10);

    // What the store holds is what was tapped.
    Store::Store &store = shell.context()->store();
    const QList<Records::AssistedSession> history = store.visitorHistory(shell.context()->actor(), visitorId).value();
    QVERIFY(!history.isEmpty());
    const Records::AssistedSession &saved =
        *std::max_element(history.cbegin(), history.cend(), [](const auto &a, const auto &b) { return a.id < b.id; });
    QCOMPARE(saved.tasks.size(), 1);
    QCOMPARE(saved.tasks.constFirst().task, QStringLiteral("repeat_prescription"));
    QCOMPARE(saved.tasks.constFirst().outcome, QStringLiteral("done"));
    QCOMPARE(saved.barriers, QStringList{QStringLiteral("confidence")});
    QCOMPARE(saved.referral, QStringLiteral("gp"));
    QCOMPARE(saved.confidenceBefore, 2);
    QCOMPARE(saved.confidenceAfter, 4);
    QCOMPARE(saved.nhsLogin, QStringLiteral("verified"));
    QCOMPARE(saved.followUpOn, saved.startedAt.toLocalTime().date().addDays(14));
    QCOMPARE(saved.volunteerId, shell.context()->volunteer().id);
    // Saving cleared the draft.
    QVERIFY(store.draft(shell.context()->volunteer().id).value().isEmpty());
}

void ConsoleShellTest::editASession()
{
    QTemporaryDir dir;
    QVERIFY(makeRecords(dir.path(), 5, 10));
    Rig rig(config(dir.path()), storeOptions(dir.path()));
    ConsoleShell &shell = rig.shell;
    shell.show();
    QVERIFY(unlockAndSignIn(shell, Demo::DemoData::hubLeadName(), Demo::DemoData::hubLeadPin()));
    Store::Store &store = shell.context()->store();
    const Records::VisitorMatch first = store.searchVisitors(shell.context()->actor(), QString(), 1).value().constFirst();
    const QList<Records::AssistedSession> before =
        store.visitorHistory(shell.context()->actor(), first.visitor.id).value();
    QVERIFY(!before.isEmpty());
    const Records::AssistedSession original = before.constLast();

    const QDateTime from = original.startedAt.addDays(-1);
    const QDateTime to = original.startedAt.addDays(1);
    const Records::PeriodReport reportBefore = store.periodReport(from, to).value();
    auto *form = find<Ui::SessionForm>(&shell, QStringLiteral("sessionForm"));
    form->edit(original);
    shell.stack()->open(form);
    QVERIFY(form->isEditing());
    Tapper tapper;
    // Add a task the session did not have, and mark it referred on.
    QString added = QStringLiteral("nhs_111");
    for (const Records::TaskHelped &task : original.tasks) {
        if (task.task == added) {
            added = QStringLiteral("find_pharmacy");
        }
    }
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("taskChips_") + added));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("outcome_") + added + QStringLiteral("_referred")));
    auto *notes = find<QPlainTextEdit>(&shell, QStringLiteral("notesField"));
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral(" Changed."));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("saveSessionButton")));
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleMenu"));

    const Records::AssistedSession after = store.session(shell.context()->actor(), original.id).value();
    QCOMPARE(after.tasks.size(), original.tasks.size() + 1);
    bool found = false;
    for (const Records::TaskHelped &task : after.tasks) {
        found = found || (task.task == added && task.outcome == QLatin1String("referred"));
    }
    QVERIFY(found);
    QVERIFY(after.notes.endsWith(QStringLiteral("Changed.")));
    QCOMPARE(after.startedAt, original.startedAt);
    QCOMPARE(after.referral, original.referral);
    QCOMPARE(store.sessionCount().value(), qint64(10)); // changed, not added

    // The report's counts follow the change exactly: one more task row, the same sessions.
    const Records::PeriodReport reportAfter = store.periodReport(from, to).value();
    QCOMPARE(reportAfter.sessions, reportBefore.sessions);
    auto uses = [](const Records::PeriodReport &report, const QString &task, const QString &outcome) {
        qint64 n = 0;
        for (const Records::CountRow &row : report.byTaskOutcome) {
            n += row.key == task && (outcome.isEmpty() || row.subKey == outcome) ? row.count : 0;
        }
        return n;
    };
    QCOMPARE(uses(reportAfter, added, QStringLiteral("referred")),
             uses(reportBefore, added, QStringLiteral("referred")) + 1);
    for (const Records::TaskHelped &task : original.tasks) {
        QCOMPARE(uses(reportAfter, task.task, task.outcome), uses(reportBefore, task.task, task.outcome));
    }
    qint64 totalBefore = 0;
    qint64 totalAfter = 0;
    for (const Records::CountRow &row : reportBefore.byTaskOutcome) {
        totalBefore += row.count;
    }
    for (const Records::CountRow &row : reportAfter.byTaskOutcome) {
        totalAfter += row.count;
    }
    QCOMPARE(totalAfter, totalBefore + 1);
}

void ConsoleShellTest::draftSurvivesKill()
{
    QTemporaryDir dir;
    QVERIFY(makeRecords(dir.path()));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--draft-child"), dir.path()});
    QVERIFY(child.waitForStarted());
    // Wait for the draft with everything typed (the last change is the notes).
    QByteArray output;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        child.waitForReadyRead(500);
        output += child.readAllStandardOutput();
        if (output.count("draft-saved") > 0 && !child.waitForReadyRead(600)) {
            break; // no further draft write within 600 ms: the form is quiet
        }
        output += child.readAllStandardOutput();
    }
    QVERIFY2(output.contains("draft-saved"), output.constData());
    child.kill(); // SIGKILL: no chance to tidy up
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // The draft is in the encrypted store, not in a plain file beside it.
    QDir data(dir.path());
    for (const QString &name : data.entryList(QDir::Files)) {
        QFile file(data.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("Came with a carer"), qPrintable(name));
    }

    Rig rig(config(dir.path()), storeOptions(dir.path()));
    ConsoleShell &shell = rig.shell;
    shell.show();
    QVERIFY(unlockAndSignIn(shell, Demo::DemoData::volunteerName(), Demo::DemoData::volunteerPin()));
    QCOMPARE(shell.currentScreen(), QStringLiteral("sessionForm"));
    QVERIFY(find<QLabel>(&shell, QStringLiteral("sessionMessage"))->text().contains(QStringLiteral("not finished")));
    QVERIFY(find<QPushButton>(&shell, QStringLiteral("taskChips_repeat_prescription"))->isChecked());
    QVERIFY(find<QPushButton>(&shell, QStringLiteral("outcome_repeat_prescription_partly"))->isChecked());
    QVERIFY(find<QPushButton>(&shell, QStringLiteral("barrierChips_skills"))->isChecked());
    QVERIFY(find<QPushButton>(&shell, QStringLiteral("confidenceBefore_2"))->isChecked());
    QCOMPARE(find<QPlainTextEdit>(&shell, QStringLiteral("notesField"))->toPlainText(),
             QStringLiteral("Came with a carer"));
    QCOMPARE(find<QLabel>(&shell, QStringLiteral("chosenVisitorLabel"))->text(), QStringLiteral("Visitor: Kit"));
    // Another volunteer does not see it.
    shell.lockNow();
    QVERIFY(!shell.context()->isSignedIn());
    const auto chips = shell.findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^signInNames_")));
    Tapper tapper;
    for (QPushButton *chip : chips) {
        if (chip->accessibleName() == Demo::DemoData::hubLeadName()) {
            tapper.tap(chip);
        }
    }
    typePin(tapper, &shell, Demo::DemoData::hubLeadPin());
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("signInButton")));
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleMenu"));
}

void ConsoleShellTest::idleLockKeepsTheDraft()
{
    QTemporaryDir dir;
    QVERIFY(makeRecords(dir.path()));
    Rig rig(config(dir.path()), storeOptions(dir.path()));
    ConsoleShell &shell = rig.shell;
    shell.show();
    QVERIFY(unlockAndSignIn(shell, Demo::DemoData::volunteerName(), Demo::DemoData::volunteerPin()));
    qint64 now = 0;
    Kiosk::IdleWatch *idle = shell.idleWatch();
    idle->setClock([&now] { return now; });
    idle->start();
    Tapper tapper;
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("recordSessionButton")));
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("taskChips_nhs_login")));

    now += 5 * 60000 - ConsoleShell::kLockWarningSeconds * 1000 - 1;
    idle->evaluate();
    QVERIFY(!find<QLabel>(&shell, QStringLiteral("lockWarning"))->isVisible());
    now += 1;
    idle->evaluate();
    auto *warning = find<QLabel>(&shell, QStringLiteral("lockWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("20")));
    now += ConsoleShell::kLockWarningSeconds * 1000;
    idle->evaluate();
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleSignIn"));
    QVERIFY(!shell.context()->isSignedIn());
    QVERIFY(!warning->isVisible());
    QVERIFY(!find<QWidget>(&shell, QStringLiteral("consoleBar"))->isVisible());
    // The unfinished form was written at once, and comes back after signing in again.
    const auto chips = shell.findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^signInNames_")));
    for (QPushButton *chip : chips) {
        if (chip->accessibleName() == Demo::DemoData::volunteerName()) {
            tapper.tap(chip);
        }
    }
    typePin(tapper, &shell, Demo::DemoData::volunteerPin());
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("signInButton")));
    QCOMPARE(shell.currentScreen(), QStringLiteral("sessionForm"));
    QVERIFY(find<QPushButton>(&shell, QStringLiteral("taskChips_nhs_login"))->isChecked());

    // Lock now does the same at once.
    tapper.tap(find<QPushButton>(&shell, QStringLiteral("lockNowButton")));
    QCOMPARE(shell.currentScreen(), QStringLiteral("consoleSignIn"));
    QVERIFY(!shell.context()->isSignedIn());
}

void ConsoleShellTest::everyControlHasAnAccessibleName()
{
    QTemporaryDir dir;
    QVERIFY(makeRecords(dir.path(), 5, 10));
    Rig rig(config(dir.path()), storeOptions(dir.path()));
    ConsoleShell &shell = rig.shell;
    shell.show();
    QVERIFY(unlockAndSignIn(shell, Demo::DemoData::hubLeadName(), Demo::DemoData::hubLeadPin()));
    const QList<QWidget *> widgets = shell.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = widget->inherits("QAbstractButton") || widget->inherits("QLineEdit") ||
                             widget->inherits("QPlainTextEdit") || widget->inherits("QAbstractItemView") ||
                             widget->inherits("QComboBox") || widget->inherits("QAbstractSpinBox");
        bool inner = false; // a part of a composite control: a table's header, a spin box's editor
        for (QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
            inner = inner || up->inherits("QAbstractItemView") || up->inherits("QAbstractSpinBox") ||
                    up->inherits("QComboBox");
        }
        if (!control || inner || widget->objectName().startsWith(QLatin1String("qt_"))) {
            continue;
        }
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                .arg(widget->objectName(), QLatin1String(widget->metaObject()->className()))));
        QVERIFY2(!widget->objectName().isEmpty(),
                 qPrintable(QStringLiteral("a %1 named \"%2\" has no objectName")
                                .arg(QLatin1String(widget->metaObject()->className()), widget->accessibleName())));
    }
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const qsizetype child = arguments.indexOf(QStringLiteral("--draft-child"));
    if (child > 0 && child + 1 < arguments.size()) {
        Ui::Theme::apply(app, {});
        return runDraftChild(arguments.at(child + 1));
    }
    ConsoleShellTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "consoleshell_test.moc"
