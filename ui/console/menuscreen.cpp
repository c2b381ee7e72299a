// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/menuscreen.h"

#include "ui/common/theme.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consolepage.h"

#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

MenuScreen::MenuScreen(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    QVBoxLayout *layout = makeConsolePage(this, QStringLiteral("consoleMenu"), tr("What do you want to do?"));
    QWidget *page = layout->parentWidget();
    m_greeting = makeLabel(QString(), Kind::Lead, QStringLiteral("menuGreeting"), page);
    layout->addWidget(m_greeting);
    m_notice = makeMessage(QStringLiteral("menuNotice"), page);
    layout->addWidget(m_notice);
    QPushButton *record =
        makeButton(tr("Record a session"), Kind::Primary, QStringLiteral("recordSessionButton"), page);
    record->setMinimumHeight(96);
    layout->addWidget(record);
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    QPushButton *visitors =
        makeButton(tr("Find a visitor"), Kind::Secondary, QStringLiteral("findVisitorButton"), page);
    m_followUps = makeButton(tr("Follow-ups"), Kind::Secondary, QStringLiteral("followUpsButton"), page);
    QPushButton *bookings = makeButton(tr("Booth bookings"), Kind::Secondary, QStringLiteral("bookingsButton"), page);
    QPushButton *reports = makeButton(tr("Reports"), Kind::Secondary, QStringLiteral("reportsButton"), page);
    m_admin = makeButton(tr("Hub lead tasks"), Kind::Secondary, QStringLiteral("adminButton"), page);
    QPushButton *signOut = makeButton(tr("Sign out"), Kind::Secondary, QStringLiteral("signOutButton"), page);
    grid->addWidget(visitors, 0, 0);
    grid->addWidget(m_followUps, 0, 1);
    grid->addWidget(bookings, 1, 0);
    grid->addWidget(reports, 1, 1);
    grid->addWidget(m_admin, 2, 0);
    grid->addWidget(signOut, 2, 1);
    layout->addLayout(grid);
    layout->addStretch(1);

    connect(record, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(QStringLiteral("sessionForm")); });
    connect(visitors, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(QStringLiteral("visitorJourney")); });
    connect(m_followUps, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(QStringLiteral("followUps")); });
    connect(bookings, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(QStringLiteral("boothBookings")); });
    connect(reports, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(QStringLiteral("reports")); });
    connect(m_admin, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(QStringLiteral("hubAdmin")); });
    connect(signOut, &QPushButton::clicked, this, &MenuScreen::signOutRequested);
}

void MenuScreen::showNotice(const QString &text)
{
    showMessage(m_notice, text, false);
}

void MenuScreen::refresh()
{
    showMessage(m_notice, QString(), false);
    if (!m_context->isSignedIn()) {
        return;
    }
    m_greeting->setText(tr("Signed in as %1.").arg(m_context->volunteer().name));
    m_admin->setVisible(m_context->isHubLead());
    const Store::StoreResult<QList<Records::FollowUpDue>> due =
        m_context->store().followUpsDue(m_context->actor(), QDate::currentDate());
    const int count = due.ok() ? int(due.value().size()) : 0;
    const QString text = count == 0 ? tr("Follow-ups") : tr("Follow-ups: %n due", nullptr, count);
    m_followUps->setText(text);
    m_followUps->setAccessibleName(text);
}

} // namespace HealthHub::Ui
