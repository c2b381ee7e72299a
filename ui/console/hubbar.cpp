// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/hubbar.h"

#include "core/hublink/hublink.h"
#include "ui/common/theme.h"
#include "ui/console/consolecontext.h"

#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSoundEffect>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
/** Where the visitor is, from the terminal's screen name ("visitorHome", "guide repeat-prescription step 3"). */
QString place(const QString &screen)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("visitorHome"), QT_TRANSLATE_NOOP("HubBar", "home screen")},
        {QStringLiteral("taskList"), QT_TRANSLATE_NOOP("HubBar", "list of tasks")},
        {QStringLiteral("languagePicker"), QT_TRANSLATE_NOOP("HubBar", "choosing a language")},
        {QStringLiteral("displaySettings"), QT_TRANSLATE_NOOP("HubBar", "text size and colours")},
        {QStringLiteral("boothHome"), QT_TRANSLATE_NOOP("HubBar", "booth home screen")},
        {QStringLiteral("boothCheck"), QT_TRANSLATE_NOOP("HubBar", "checking camera and sound")},
        {QStringLiteral("boothJoin"), QT_TRANSLATE_NOOP("HubBar", "joining a call")},
        {QStringLiteral("boothCall"), QT_TRANSLATE_NOOP("HubBar", "in a video call")},
    };
    if (screen.startsWith(QLatin1String("guide "))) {
        QString guide = screen.mid(6);
        guide.replace(QLatin1Char('-'), QLatin1Char(' '));
        return HubBar::tr("guide: %1").arg(guide);
    }
    const char *name = names.value(screen);
    return name ? HubBar::tr(name) : screen;
}

/** "kiosk-1 needs help (guide: repeat prescription step 3, since 10:42)": read at a glance. */
QString describe(const HubLink::OpenRequest &open)
{
    return HubBar::tr("%1 needs help (%2, since %3)")
        .arg(open.terminal, place(open.request.screen),
             open.request.at.toLocalTime().toString(QStringLiteral("HH:mm")));
}
} // namespace

HubBar::HubBar(HubLink::Link *link, ConsoleContext *context, QWidget *parent)
    : QFrame(parent)
    , m_link(link)
    , m_context(context)
    , m_sound(new QSoundEffect(this))
{
    setObjectName(QStringLiteral("hubBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 4, 24, 4);
    auto *top = new QHBoxLayout;
    m_state = makeLabel(QString(), Kind::Body, QStringLiteral("hubStateLabel"), this);
    QPushButton *terminals = makeButton(tr("Terminals"), Kind::Bar, QStringLiteral("hubTerminalsButton"), this);
    terminals->setAccessibleDescription(tr("Shows every terminal of the hub and its state"));
    top->addWidget(m_state, 1);
    top->addWidget(terminals);
    layout->addLayout(top);
    m_requests = new QVBoxLayout;
    layout->addLayout(m_requests);
    m_sound->setSource(QUrl(QStringLiteral("qrc:/sounds/help-request.wav")));
    connect(terminals, &QPushButton::clicked, this, &HubBar::terminalsRequested);
    connect(m_link, &HubLink::Link::openRequestsChanged, this, &HubBar::rebuild);
    connect(m_link, &HubLink::Link::onlineChanged, this, &HubBar::updateState);
    rebuild(false);
    updateState();
}

void HubBar::updateState()
{
    m_state->setText(m_link->isOnline() ? tr("Connected to the hub")
                                        : tr("Cannot reach the hub: %1").arg(m_link->problem()));
}

void HubBar::rebuild(bool arrived)
{
    while (QLayoutItem *item = m_requests->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *part = row->takeAt(0)) {
                // Later: the button that was tapped may be the one whose click is being handled.
                if (QWidget *widget = part->widget()) {
                    widget->hide();
                    widget->deleteLater();
                }
                delete part;
            }
        }
        delete item;
    }
    for (const HubLink::OpenRequest &open : m_link->openRequests()) {
        auto *row = new QHBoxLayout;
        QLabel *what = makeLabel(describe(open), Kind::Banner, QStringLiteral("helpRequest-") + open.terminal, this);
        row->addWidget(what, 1);
        if (open.answered) {
            row->addWidget(
                makeLabel(open.volunteer.isEmpty() ? tr("A volunteer is going") : tr("%1 is going").arg(open.volunteer),
                          Kind::Body, QStringLiteral("helpGoing-") + open.terminal, this));
        } else {
            QPushButton *going =
                makeButton(tr("I'm going"), Kind::Primary, QStringLiteral("imGoing-") + open.terminal, this);
            going->setAccessibleDescription(tr("Tells %1 that a volunteer is on the way").arg(open.terminal));
            const QString terminal = open.terminal;
            connect(going, &QPushButton::clicked, this, [this, terminal] {
                const QString name = m_context->isSignedIn() ? m_context->volunteer().name : QString();
                m_link->answer(terminal, name);
            });
            row->addWidget(going);
        }
        m_requests->addLayout(row);
    }
    if (arrived) {
        ++m_soundsPlayed;
        m_sound->play();
    }
}

} // namespace HealthHub::Ui
