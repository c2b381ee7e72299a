// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/signinscreen.h"

#include "core/demo/demodata.h"
#include "core/store/store.h"
#include "ui/common/theme.h"
#include "ui/console/chipselector.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consolepage.h"
#include "ui/console/touchkeypad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

SignInScreen::SignInScreen(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    QVBoxLayout *layout = makeConsolePage(this, QStringLiteral("consoleSignIn"), tr("Sign in"));
    QWidget *page = layout->parentWidget();
    auto *row = new QHBoxLayout;
    row->setSpacing(40);
    auto *left = new QVBoxLayout;
    left->addWidget(
        makeLabel(tr("Touch your name, then type your PIN."), Kind::Lead, QStringLiteral("signInSentence"), page));
    m_names = new ChipSelector(QStringLiteral("signInNames"), tr("Your name"), ChipSelector::Mode::Single, page);
    left->addWidget(m_names);
    m_message = makeMessage(QStringLiteral("signInMessage"), page);
    left->addWidget(m_message);
    if (context->config().demo) {
        left->addWidget(makeLabel(tr("Demo only: %1's PIN is %2. %3's PIN is %4.")
                                      .arg(Demo::DemoData::hubLeadName(), Demo::DemoData::hubLeadPin(),
                                           Demo::DemoData::volunteerName(), Demo::DemoData::volunteerPin()),
                                  Kind::Banner, QStringLiteral("demoHint"), page));
    }
    left->addStretch(1);
    QPushButton *lock = makeButton(tr("Lock the records"), Kind::Secondary, QStringLiteral("lockRecordsButton"), page);
    lock->setAccessibleDescription(tr("Closes the records. The hub passphrase is needed to open them again."));
    left->addWidget(lock, 0, Qt::AlignLeft);
    row->addLayout(left, 3);
    m_keypad = new TouchKeypad(tr("Sign in"), page);
    m_keypad->actionKey()->setObjectName(QStringLiteral("signInButton"));
    row->addWidget(m_keypad, 2, Qt::AlignTop);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_keypad, &TouchKeypad::submitted, this, &SignInScreen::submit);
    connect(m_names, &ChipSelector::changed, this, [this] {
        showMessage(m_message, QString(), false);
        m_keypad->setFocus();
    });
    connect(lock, &QPushButton::clicked, this, &SignInScreen::lockRecordsRequested);
}

void SignInScreen::refresh()
{
    m_volunteers.clear();
    QList<Chip> chips;
    const Store::StoreResult<QList<Records::Volunteer>> all = m_context->store().volunteers();
    if (all.ok()) {
        for (const Records::Volunteer &volunteer : all.value()) {
            if (volunteer.active) {
                m_volunteers.append(volunteer);
                chips.append({QString::number(volunteer.id), volunteer.name});
            }
        }
    }
    m_names->setChips(chips);
    m_names->setSelected({});
    m_keypad->clear();
    showMessage(m_message, QString(), false);
}

void SignInScreen::submit()
{
    const qint64 id = m_names->current().toLongLong();
    QString typed = m_keypad->takePin();
    if (id == 0) {
        showMessage(m_message, tr("Touch your name first."), true);
        typed.fill(QChar(0));
        return;
    }
    const Store::StoreResult<Records::PinCheck> check =
        m_context->store().checkPin(id, Store::SecureBytes::takeFromString(typed));
    if (!check.ok()) {
        showMessage(m_message, check.error().message(), true);
        return;
    }
    switch (check.value().outcome) {
    case Records::PinCheck::Outcome::Accepted:
        for (const Records::Volunteer &volunteer : std::as_const(m_volunteers)) {
            if (volunteer.id == id) {
                m_context->signIn(volunteer);
            }
        }
        showMessage(m_message, QString(), false);
        Q_EMIT signedIn();
        break;
    case Records::PinCheck::Outcome::Wrong:
        showMessage(m_message,
                    tr("That PIN is not right. Tries left before it locks: %n.", nullptr, check.value().attemptsLeft),
                    true);
        break;
    case Records::PinCheck::Outcome::Locked:
        showMessage(m_message,
                    tr("This PIN is locked after too many tries. Try again after %1, or ask the hub lead.")
                        .arg(check.value().lockedUntil.toLocalTime().time().toString(QStringLiteral("HH:mm"))),
                    true);
        break;
    }
}

} // namespace HealthHub::Ui
