// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/booth/boothshell.h"

#include "core/bookings/boothbookings.h"
#include "kiosk/idlewatch.h"
#include "kiosk/visitorsession.h"
#include "ui/booth/callsession.h"
#include "ui/booth/checkscreen.h"
#include "ui/common/helpprogresstext.h"
#include "ui/common/navigationbar.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/common/widgetmemory.h"
#include "ui/web/kioskwebview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
constexpr int kCountdownTickMs = 15000;
constexpr int kDemoBookingMinutes = 25;

/** Title, one sentence, then the choices: the same shape as every visitor screen. */
QWidget *makeScreen(const QString &objectName, const QString &title, const QString &sentence, QWidget *parent,
                    QVBoxLayout **layoutOut = nullptr)
{
    auto *screen = new QWidget(parent);
    screen->setObjectName(objectName);
    QWidget *page = makeScrollingPage(screen);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    layout->addWidget(makeLabel(title, Kind::Title, objectName + QStringLiteral("Title"), page));
    layout->addWidget(makeLabel(sentence, Kind::Lead, objectName + QStringLiteral("Sentence"), page));
    if (layoutOut) {
        *layoutOut = layout;
    }
    return screen;
}
QString idleWarning(int seconds)
{
    // Right in English without a translation loaded; %n gives every language its own plural forms.
    if (seconds == 1) {
        return BoothShell::tr("Are you still there? Touch the screen to carry on. This room resets in 1 second.");
    }
    return BoothShell::tr("Are you still there? Touch the screen to carry on. This room resets in %n seconds.", nullptr,
                          seconds);
}
} // namespace

BoothShell::BoothShell(const Config::TerminalConfig &config, Kiosk::VisitorSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("boothShell"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_idleBanner = makeLabel(QString(), Kind::Banner, QStringLiteral("idleBanner"), this);
    m_idleBanner->hide();
    m_stack = new ScreenStack(this);
    m_bar = new NavigationBar(this);
    layout->addWidget(m_idleBanner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_bar);

    // The booth is one kiosk visitor session (its terminal makes it): its sandbox may reach the video services
    // only; its idle watch, reset and verifier are the kiosk's own.
    m_call = new CallSession(config, this);
    m_check = new CheckScreen(config, m_stack);
    m_stack->addScreen(buildHome(config));
    m_stack->addScreen(m_check);
    m_stack->addScreen(buildJoin());
    m_stack->addScreen(buildCall());
    m_stack->addScreen(buildHelp());
    m_stack->addScreen(buildFree());

    connectSession();
    connectNavigation();

    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(kCountdownTickMs);
    connect(m_countdownTimer, &QTimer::timeout, this, &BoothShell::updateCountdown);
    if (config.demo) {
        // Made-up data for the demo only: a booking a little while from now.
        setNextBooking(QDateTime::currentDateTime().addSecs(kDemoBookingMinutes * 60));
    } else {
        setNextBooking({});
    }
    // After the first frame: the web engine starts in the background, not before the welcome screen.
    QTimer::singleShot(0, m_session, &Kiosk::VisitorSession::start);
    WidgetMemory::guard(this); // no field's context menu can undo or paste the last caller's link
    updateBar();
}

void BoothShell::connectSession()
{
    Kiosk::IdleWatch *idle = m_session->idleWatch();
    connect(idle, &Kiosk::IdleWatch::warningStarted, this, [this](int seconds) {
        m_idleBanner->setText(idleWarning(seconds));
        m_idleBanner->show();
    });
    connect(idle, &Kiosk::IdleWatch::countdown, this,
            [this](int seconds) { m_idleBanner->setText(idleWarning(seconds)); });
    connect(idle, &Kiosk::IdleWatch::warningCancelled, m_idleBanner, &QWidget::hide);
    // The end of the countdown is the session's own reset (it is connected there): aboutToReset clears the screens.
    connect(m_session, &Kiosk::VisitorSession::aboutToReset, this, &BoothShell::onAboutToReset);
    connect(m_session, &Kiosk::VisitorSession::resetFinished, this, &BoothShell::onResetFinished);
    connect(m_session, &Kiosk::VisitorSession::hardResetRequired, this, &BoothShell::hardResetRequired);
}

void BoothShell::connectNavigation()
{
    connect(m_check, &CheckScreen::joinRequested, this, [this] { m_stack->open(QStringLiteral("boothJoin")); });
    connect(m_check->check(), &MediaCheck::PreCallCheck::finished, this, &BoothShell::updateIdle);
    connect(m_call, &CallSession::activeChanged, this, &BoothShell::updateIdle);
    connect(m_bar, &NavigationBar::backRequested, m_stack, &ScreenStack::back);
    connect(m_bar, &NavigationBar::homeRequested, m_stack, &ScreenStack::home);
    connect(m_bar, &NavigationBar::helpRequested, this, [this] {
        const QString where = m_stack->currentWidget()->objectName();
        m_stack->open(QStringLiteral("boothHelp"));
        Q_EMIT helpRequested(where);
    });
    connect(m_bar, &NavigationBar::finishRequested, this, [this] {
        clearBooth();
        Q_EMIT finishRequested();
    });
    connect(m_stack, &ScreenStack::screenChanged, this, [this](QWidget *screen) {
        if (screen == m_check) {
            m_check->start();
        } else if (m_check->check()->isRunning()) {
            m_check->stop(); // leaving the check frees the camera, microphone and speaker
        }
        updateBar();
        updateIdle();
    });
}

BoothShell::~BoothShell()
{
    m_check->stop();
    m_call->end();
}

Kiosk::IdleWatch *BoothShell::idleWatch() const
{
    return m_session->idleWatch();
}

bool BoothShell::showScreen(const QString &objectName)
{
    return m_stack->open(objectName);
}

QWidget *BoothShell::buildHome(const Config::TerminalConfig &config)
{
    QVBoxLayout *layout = nullptr;
    QWidget *screen = makeScreen(
        QStringLiteral("boothHome"), tr("Video appointment room"),
        tr("Welcome to %1. This room is ready for your video appointment.").arg(config.hubName), this, &layout);
    QWidget *page = layout->parentWidget();
    m_booking = makeLabel(QString(), Kind::Lead, QStringLiteral("nextBookingLabel"), page);
    m_countdown = makeLabel(QString(), Kind::Banner, QStringLiteral("countdownLabel"), page);
    layout->addWidget(m_booking);
    layout->addWidget(m_countdown);
    auto *check = makeButton(tr("Check my camera and sound"), Kind::Secondary, QStringLiteral("checkButton"), page);
    auto *join = makeButton(tr("Join my appointment"), Kind::Primary, QStringLiteral("joinButton"), page);
    check->setAccessibleDescription(tr("Check the camera, microphone, speaker and internet before your call"));
    join->setAccessibleDescription(tr("Type the link from your text message or email"));
    layout->addSpacing(8);
    layout->addWidget(check);
    layout->addWidget(join);
    layout->addStretch(1);
    connect(check, &QPushButton::clicked, this, [this] {
        m_stack->open(m_check);
        Q_EMIT checkRequested();
    });
    connect(join, &QPushButton::clicked, this, [this] {
        m_stack->open(QStringLiteral("boothJoin"));
        Q_EMIT joinRequested();
    });
    return screen;
}

QWidget *BoothShell::buildJoin()
{
    QVBoxLayout *layout = nullptr;
    QWidget *screen = makeScreen(QStringLiteral("boothJoin"), tr("Join your appointment"),
                                 tr("Type or paste the link from your text message or email."), this, &layout);
    QWidget *page = layout->parentWidget();
    m_link = new QLineEdit(page);
    m_link->setObjectName(QStringLiteral("joinLinkField"));
    m_link->setAccessibleName(tr("The link for your appointment"));
    m_link->setPlaceholderText(tr("For example: https://…"));
    m_link->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_link->setMinimumHeight(88);
    m_joinMessage = makeLabel(QString(), Kind::Body, QStringLiteral("joinMessage"), page);
    m_joinMessage->hide();
    auto *go = makeButton(tr("Join the call"), Kind::Primary, QStringLiteral("joinGoButton"), page);
    layout->addWidget(m_link);
    layout->addWidget(m_joinMessage);
    layout->addWidget(go);
    layout->addStretch(1);
    connect(go, &QPushButton::clicked, this, [this] { join(m_link->text()); });
    connect(m_link, &QLineEdit::returnPressed, this, [this] { join(m_link->text()); });
    // Focus starts in the field: the link is the first thing to give. A refused link and its message go when the
    // patient leaves the screen, so it starts empty next time; not for "Get a volunteer", asked about this link.
    m_link->setProperty(ScreenStack::kMainChoice, true);
    connect(m_stack, &ScreenStack::screenChanged, this, [this, screen](QWidget *now) {
        if (now != screen && now->objectName() != QLatin1String("boothHelp")) {
            m_link->setText(QString()); // with its undo history: clear() could be undone
            m_joinMessage->hide();
        }
    });
    return screen;
}

QWidget *BoothShell::buildCall()
{
    auto *screen = new QWidget(this);
    screen->setObjectName(QStringLiteral("boothCall"));
    auto *layout = new QVBoxLayout(screen);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_callView = new KioskWebView(screen);
    m_callView->setObjectName(QStringLiteral("callView"));
    auto *bar = new QFrame(screen);
    bar->setObjectName(QStringLiteral("callBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(24, 8, 24, 8);
    barLayout->setSpacing(16);
    m_callHelp = makeLabel(QString(), Kind::Body, QStringLiteral("callHelpLabel"), bar);
    m_callHelp->hide();
    auto *help = makeButton(tr("Need help"), Kind::Secondary, QStringLiteral("needHelpButton"), bar);
    auto *end = makeButton(tr("End call and clear"), Kind::Primary, QStringLiteral("endCallButton"), bar);
    help->setAccessibleDescription(tr("Ask a volunteer to come and help. Your call carries on."));
    end->setAccessibleDescription(tr("End the call and remove everything about it from this computer"));
    barLayout->addWidget(m_callHelp, 1);
    barLayout->addStretch(0);
    barLayout->addWidget(help);
    barLayout->addWidget(end);
    layout->addWidget(m_callView, 1);
    layout->addWidget(bar);
    connect(help, &QPushButton::clicked, this, [this] {
        m_callHelp->show();
        Q_EMIT helpRequested(QStringLiteral("boothCall"));
    });
    connect(end, &QPushButton::clicked, this, &BoothShell::clearBooth);
    return screen;
}

QWidget *BoothShell::buildHelp()
{
    QVBoxLayout *layout = nullptr;
    // The words follow the request (setHelpProgress); until a hub link says otherwise, ask at the desk.
    const HelpProgressText text = helpProgressText(m_helpProgress);
    QWidget *screen = makeScreen(QStringLiteral("boothHelp"), text.title, text.sentence, this, &layout);
    auto *ok =
        makeButton(tr("I am OK now"), Kind::Secondary, QStringLiteral("boothHelpOkButton"), layout->parentWidget());
    layout->addWidget(ok);
    layout->addStretch(1);
    connect(ok, &QPushButton::clicked, this, [this] {
        Q_EMIT helpWithdrawn();
        m_stack->back();
    });
    return screen;
}

void BoothShell::setHelpProgress(const HubLink::HelpProgress &progress)
{
    m_helpProgress = progress;
    const HelpProgressText text = helpProgressText(progress);
    if (auto *title = findChild<QLabel *>(QStringLiteral("boothHelpTitle"))) {
        title->setText(text.title);
    }
    if (auto *sentence = findChild<QLabel *>(QStringLiteral("boothHelpSentence"))) {
        sentence->setText(text.sentence);
    }
    m_callHelp->setText(tr("%1. Your call carries on.").arg(text.title));
}

QWidget *BoothShell::buildFree()
{
    QVBoxLayout *layout = nullptr;
    QWidget *screen =
        makeScreen(QStringLiteral("boothFree"), tr("This room is free"),
                   tr("The last call has ended. Its page, camera and microphone have been cleared."), this, &layout);
    auto *start = makeButton(tr("Start"), Kind::Primary, QStringLiteral("boothStartButton"), layout->parentWidget());
    start->setAccessibleDescription(tr("Start for the next person"));
    layout->addWidget(start);
    layout->addStretch(1);
    connect(start, &QPushButton::clicked, m_stack, &ScreenStack::home);
    return screen;
}

bool BoothShell::join(const QString &typed)
{
    const CallSession::LinkCheck check = m_call->checkLink(typed);
    if (!check.ok()) {
        m_joinMessage->setText(check.refusal);
        m_joinMessage->show();
        return false;
    }
    m_joinMessage->hide();
    // The link may carry a personal code: it stays on screen no longer than needed, and not in the field's undo
    // history either (clear() could be undone).
    m_link->setText(QString());
    m_callHelp->hide();
    m_stack->open(QStringLiteral("boothCall"));
    m_call->start(check.url, m_callView, m_session);
    Q_EMIT callStarted();
    return true;
}

void BoothShell::clearBooth()
{
    // The session's reset: aboutToReset (onAboutToReset) clears the screens first, then the sandbox goes,
    // then the verifier checks the next one. "This room is free" waits for its answer.
    m_session->reset();
}

void BoothShell::onAboutToReset()
{
    m_check->stop();            // the camera, microphone and speaker of the check are released
    m_call->end();              // the call's page goes before its sandbox
    WidgetMemory::forget(this); // the link, its undo history, and where the screens were scrolled
    m_joinMessage->hide();
    m_callHelp->hide();
    m_idleBanner->hide();
}

void BoothShell::onResetFinished()
{
    if (m_call->isActive()) {
        return; // a new call began while the last one's wipe was being checked: stay in it
    }
    m_stack->home();
    m_stack->open(QStringLiteral("boothFree"));
    Q_EMIT boothCleared();
}

void BoothShell::showBookingsFrom(Bookings::BoothBookings *bookings)
{
    if (!bookings || !bookings->isEnabled()) {
        return;
    }
    connect(bookings, &Bookings::BoothBookings::nextBookingChanged, this, &BoothShell::setNextBooking);
    connect(this, &BoothShell::boothCleared, bookings, &Bookings::BoothBookings::refresh);
    setNextBooking(bookings->nextBooking());
}

void BoothShell::setNextBooking(const QDateTime &start)
{
    m_nextBooking = start.isValid() ? start.toLocalTime() : QDateTime(); // the store keeps UTC
    updateCountdown();
    if (start.isValid()) {
        m_countdownTimer->start();
    } else {
        m_countdownTimer->stop();
    }
}

QString BoothShell::countdownText(const QDateTime &now, const QDateTime &start)
{
    const qint64 minutes = (now.secsTo(start) + 59) / 60;
    if (minutes <= 0) {
        return tr("It is time for your appointment.");
    }
    // Whole sentences with %n, so each language has its own plural forms (Polish says 2 godziny, 5 godzin).
    // "1 minute" is its own sentence so that English reads right without a translation loaded.
    if (minutes == 1) {
        return tr("It starts in 1 minute.");
    }
    if (minutes < 120) {
        return tr("It starts in %n minutes.", nullptr, int(minutes));
    }
    return tr("It starts in %n hours.", nullptr, int(minutes / 60));
}

void BoothShell::updateCountdown()
{
    const bool show = m_nextBooking.isValid();
    m_booking->setVisible(show);
    m_countdown->setVisible(show);
    if (!show) {
        return;
    }
    m_booking->setText(
        tr("The next appointment in this room is at %1.").arg(m_nextBooking.time().toString(QStringLiteral("HH:mm"))));
    m_countdown->setText(countdownText(QDateTime::currentDateTime(), m_nextBooking));
}

void BoothShell::updateBar()
{
    const bool inCall =
        m_stack->currentWidget() && m_stack->currentWidget()->objectName() == QLatin1String("boothCall");
    m_bar->setVisible(!inCall); // the call has its own fixed bar
    m_bar->setBackEnabled(m_stack->canGoBack());
    m_bar->setHomeEnabled(m_stack->currentIndex() != 0);
}

void BoothShell::updateIdle()
{
    // No idle reset while a call is on or the check is using the camera and microphone.
    m_session->setExternalActivity(m_call->isActive() || m_check->check()->isRunning());
}

} // namespace HealthHub::Ui
