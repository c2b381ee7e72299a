// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/consoleshell.h"

#include "core/demo/demodata.h"
#include "kiosk/idlewatch.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/console/adminscreen.h"
#include "ui/console/bookingsscreen.h"
#include "ui/console/consolecontext.h"
#include "ui/console/followupsscreen.h"
#include "ui/console/journeyscreen.h"
#include "ui/console/menuscreen.h"
#include "ui/console/reportsscreen.h"
#include "ui/console/sessionform.h"
#include "ui/console/setupscreen.h"
#include "ui/console/signinscreen.h"
#include "ui/console/unlockscreen.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
const QString kUnlock = QStringLiteral("consoleHome");
const QString kSetup = QStringLiteral("consoleSetup");
const QString kSignIn = QStringLiteral("consoleSignIn");
const QString kMenu = QStringLiteral("consoleMenu");
const QString kForm = QStringLiteral("sessionForm");
} // namespace

ConsoleShell::ConsoleShell(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("consoleShell"));
    build();
}

ConsoleShell::~ConsoleShell()
{
    if (auto *form = m_stack->findChild<SessionForm *>()) {
        form->flushDraft();
    }
}

void ConsoleShell::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildBar(layout);
    m_stack = new ScreenStack(this);
    layout->addWidget(m_stack, 1);
    buildScreens();
    buildIdleLock();
    updateBar();
}

void ConsoleShell::buildBar(QVBoxLayout *layout)
{
    m_bar = new QFrame(this);
    m_bar->setObjectName(QStringLiteral("consoleBar"));
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(24, 4, 24, 4);
    QPushButton *menu = makeButton(tr("Menu"), Kind::Bar, QStringLiteral("menuButton"), m_bar);
    m_who = makeLabel(QString(), Kind::Body, QStringLiteral("signedInLabel"), m_bar);
    QPushButton *lock = makeButton(tr("Lock now"), Kind::Bar, QStringLiteral("lockNowButton"), m_bar);
    lock->setAccessibleDescription(tr("Signs you out. Your unfinished session is kept."));
    barLayout->addWidget(menu);
    barLayout->addWidget(m_who, 1);
    barLayout->addWidget(lock);
    layout->addWidget(m_bar);
    m_warning = makeLabel(QString(), Kind::Banner, QStringLiteral("lockWarning"), this);
    m_warning->hide();
    layout->addWidget(m_warning);

    connect(menu, &QPushButton::clicked, this, [this] { open(kMenu); });
    connect(lock, &QPushButton::clicked, this, &ConsoleShell::lockNow);
    connect(m_context, &ConsoleContext::signedInChanged, this, &ConsoleShell::updateBar);
}

void ConsoleShell::buildScreens()
{
    auto *unlock = new UnlockScreen(m_context, m_stack);
    auto *setup = new SetupScreen(m_context, m_stack);
    auto *signIn = new SignInScreen(m_context, m_stack);
    auto *menuScreen = new MenuScreen(m_context, m_stack);
    auto *form = new SessionForm(m_context, m_stack);
    auto *journey = new JourneyScreen(m_context, m_stack);
    auto *followUps = new FollowUpsScreen(m_context, m_stack);
    auto *bookings = new BookingsScreen(m_context, m_stack);
    auto *reports = new ReportsScreen(m_context, m_stack);
    auto *admin = new AdminScreen(m_context, m_stack);
    // The demo makes its records when first unlocked, so it starts on the unlock screen.
    const bool firstRun = !m_context->config().demo && !m_context->store().exists();
    m_stack->addScreen(firstRun ? static_cast<QWidget *>(setup) : unlock);
    m_stack->addScreen(firstRun ? static_cast<QWidget *>(unlock) : setup);
    for (QWidget *screen :
         std::initializer_list<QWidget *>{signIn, menuScreen, form, journey, followUps, bookings, reports, admin}) {
        m_stack->addScreen(screen);
    }

    connect(setup, &SetupScreen::created, this, &ConsoleShell::afterSignIn);
    connect(unlock, &UnlockScreen::unlocked, this, &ConsoleShell::afterUnlock);
    connect(signIn, &SignInScreen::signedIn, this, &ConsoleShell::afterSignIn);
    connect(signIn, &SignInScreen::lockRecordsRequested, this, [this] {
        m_context->lockRecords();
        m_stack->home();
        m_stack->setCurrentWidget(m_stack->screen(kUnlock));
    });
    connect(menuScreen, &MenuScreen::openRequested, this, &ConsoleShell::open);
    connect(menuScreen, &MenuScreen::signOutRequested, this, &ConsoleShell::lockNow);
    connect(form, &SessionForm::saved, this, [this, menuScreen] {
        m_context->recordsChanged();
        open(kMenu);
        menuScreen->showNotice(tr("The session is saved."));
    });
    connect(form, &SessionForm::discarded, this, [this] { open(kMenu); });
    connect(journey, &JourneyScreen::recordRequested, this, [this, form](qint64 visitorId) {
        form->startNew(visitorId);
        m_stack->open(form);
    });
    connect(journey, &JourneyScreen::editRequested, this, [this, form](const Records::AssistedSession &session) {
        form->edit(session);
        m_stack->open(form);
    });
    connect(followUps, &FollowUpsScreen::journeyRequested, this, [this, journey](qint64 visitorId) {
        journey->refresh();
        journey->showVisitor(visitorId);
        m_stack->open(journey);
    });
    connect(admin, &AdminScreen::restored, this, &ConsoleShell::lockNow);
}

void ConsoleShell::buildIdleLock()
{
    // The idle lock: the configured minutes in all, the last 20 seconds as a warning that any touch cancels.
    const qint64 totalMs = qint64(m_context->config().consoleLockMinutes) * 60000;
    const qint64 warningMs = std::min<qint64>(kLockWarningSeconds * 1000, totalMs / 2);
    m_idle = new Kiosk::IdleWatch(totalMs - warningMs, warningMs, this);
    connect(m_idle, &Kiosk::IdleWatch::warningStarted, this, [this](int seconds) {
        showLockWarning(seconds);
        m_warning->show();
    });
    connect(m_idle, &Kiosk::IdleWatch::countdown, this, &ConsoleShell::showLockWarning);
    connect(m_idle, &Kiosk::IdleWatch::warningCancelled, m_warning, &QLabel::hide);
    connect(m_idle, &Kiosk::IdleWatch::timedOut, this, &ConsoleShell::lockNow);
}

void ConsoleShell::showLockWarning(int seconds)
{
    m_warning->setText(
        tr("The console will lock soon. Seconds left: %n. Touch the screen to stay signed in.", nullptr, seconds));
}

void ConsoleShell::afterUnlock()
{
    auto *signIn = m_stack->findChild<SignInScreen *>();
    signIn->refresh();
    m_stack->home();
    m_stack->open(signIn);
}

void ConsoleShell::afterSignIn()
{
    m_stack->home();
    auto *form = m_stack->findChild<SessionForm *>();
    // An unfinished session comes back first, so nothing typed is lost to a crash or a lock.
    if (form->restoreDraft()) {
        m_stack->open(m_stack->screen(kMenu));
        m_stack->open(form);
    } else {
        open(kMenu);
    }
    m_idle->start();
}

void ConsoleShell::open(const QString &objectName)
{
    if (!m_context->isSignedIn()) {
        return;
    }
    QWidget *screen = m_stack->screen(objectName);
    if (!screen) {
        return;
    }
    if (auto *menu = qobject_cast<MenuScreen *>(screen)) {
        menu->refresh();
        m_stack->home();
    } else if (auto *form = qobject_cast<SessionForm *>(screen)) {
        if (m_stack->currentWidget() != form) {
            form->startNew();
        }
    } else if (auto *journey = qobject_cast<JourneyScreen *>(screen)) {
        journey->refresh();
    } else if (auto *followUps = qobject_cast<FollowUpsScreen *>(screen)) {
        followUps->refresh();
    } else if (auto *bookings = qobject_cast<BookingsScreen *>(screen)) {
        bookings->refresh();
    } else if (auto *reports = qobject_cast<ReportsScreen *>(screen)) {
        reports->refresh();
    } else if (auto *admin = qobject_cast<AdminScreen *>(screen)) {
        if (!m_context->isHubLead()) {
            return; // only a hub lead manages volunteers, records and the audit log
        }
        admin->refresh();
    }
    if (m_stack->currentWidget() != screen) {
        m_stack->open(screen);
    }
}

void ConsoleShell::lockNow()
{
    if (auto *form = m_stack->findChild<SessionForm *>()) {
        form->flushDraft();
    }
    m_idle->stop();
    m_warning->hide();
    if (!m_context->isSignedIn()) {
        return;
    }
    m_context->signOut();
    auto *signIn = m_stack->findChild<SignInScreen *>();
    signIn->refresh();
    m_stack->home();
    m_stack->open(signIn);
}

void ConsoleShell::updateBar()
{
    const bool signedIn = m_context->isSignedIn();
    m_bar->setVisible(signedIn);
    if (signedIn) {
        m_who->setText(tr("Signed in: %1").arg(m_context->volunteer().name));
    }
}

QString ConsoleShell::currentScreen() const
{
    return m_stack->currentWidget() ? m_stack->currentWidget()->objectName() : QString();
}

bool ConsoleShell::showScreen(const QString &objectName)
{
    if (!m_stack->screen(objectName)) {
        return false;
    }
    const bool behindLock = objectName != kUnlock && objectName != kSetup;
    if (behindLock && m_context->config().demo && !m_context->isSignedIn()) {
        auto *unlock = m_stack->findChild<UnlockScreen *>();
        m_context->ensureDemoRecords();
        if (!m_context->store().isOpen() && !unlock->unlockWith(Demo::DemoData::passphrase())) {
            return false;
        }
        if (objectName == kSignIn) {
            afterUnlock();
            return true;
        }
        const Store::StoreResult<QList<Records::Volunteer>> volunteers = m_context->store().volunteers();
        for (const Records::Volunteer &volunteer : volunteers.ok() ? volunteers.value() : QList<Records::Volunteer>()) {
            if (volunteer.role == Records::VolunteerRole::HubLead) {
                m_context->signIn(volunteer);
                break;
            }
        }
        afterSignIn();
    }
    if (m_context->isSignedIn()) {
        open(objectName);
        if (m_context->config().demo && objectName == QLatin1String("visitorJourney")) {
            // For the docs: show the journey of the visitor seen most lately.
            const Store::StoreResult<QList<Records::VisitorMatch>> recent =
                m_context->store().searchVisitors(m_context->actor(), QString(), 1);
            if (recent.ok() && !recent.value().isEmpty()) {
                m_stack->findChild<JourneyScreen *>()->showVisitor(recent.value().constFirst().visitor.id);
            }
        }
        return true;
    }
    return m_stack->open(objectName);
}

} // namespace HealthHub::Ui
