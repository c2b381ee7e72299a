// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/setupscreen.h"

#include "core/hubrecords/passphrasepolicy.h"
#include "ui/common/theme.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consolepage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace HealthHub::Ui {

SetupScreen::SetupScreen(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    QVBoxLayout *layout = makeConsolePage(this, QStringLiteral("consoleSetup"), tr("Set up the records"));
    QWidget *page = layout->parentWidget();
    layout->addWidget(makeLabel(tr("Choose the hub passphrase. Everyone who opens the records will need it. "
                                   "Then make your own hub lead account."),
                                Kind::Body, QStringLiteral("setupSentence"), page));
    m_passphrase =
        makeField(tr("Hub passphrase (at least %1 characters)").arg(HubRecords::PassphrasePolicy::kMinimumLength),
                  QStringLiteral("setupPassphrase"), layout, page, true);
    m_repeat = makeField(tr("Type the passphrase again"), QStringLiteral("setupPassphraseRepeat"), layout, page, true);
    m_name = makeField(tr("Your name"), QStringLiteral("setupLeadName"), layout, page);
    m_pin = makeField(tr("Your PIN (4 to 8 numbers)"), QStringLiteral("setupPin"), layout, page, true);
    m_pinRepeat = makeField(tr("Type your PIN again"), QStringLiteral("setupPinRepeat"), layout, page, true);
    for (QLineEdit *pin : {m_pin, m_pinRepeat}) {
        pin->setInputMethodHints(pin->inputMethodHints() | Qt::ImhDigitsOnly);
        pin->setMaxLength(8);
    }
    m_message = makeMessage(QStringLiteral("setupMessage"), page);
    layout->addWidget(m_message);
    QPushButton *create =
        makeButton(tr("Create the records"), Kind::Primary, QStringLiteral("createRecordsButton"), page);
    layout->addWidget(create);
    layout->addStretch(1);
    connect(create, &QPushButton::clicked, this, &SetupScreen::create);
}

QString SetupScreen::formProblem() const
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (m_passphrase->text() != m_repeat->text()) {
        return tr("The two passphrases are not the same. Type them again.");
    }
    if (m_name->text().trimmed().isEmpty()) {
        return tr("Type your name.");
    }
    if (!digits.match(m_pin->text()).hasMatch()) {
        return tr("The PIN must be 4 to 8 numbers.");
    }
    if (m_pin->text() != m_pinRepeat->text()) {
        return tr("The two PINs are not the same. Type them again.");
    }
    return {};
}

void SetupScreen::create()
{
    QString passphraseText = m_passphrase->text();
    const Store::SecureBytes passphrase = Store::SecureBytes::takeFromString(passphraseText);
    // The records service's own rule and words, the same as `healthhub admin init` uses.
    QString problem = HubRecords::PassphrasePolicy::problem(passphrase);
    if (problem.isEmpty()) {
        problem = formProblem();
    }
    if (!problem.isEmpty()) {
        showMessage(m_message, problem, true);
        return;
    }
    QString pinText = m_pin->text();
    for (QLineEdit *field : {m_passphrase, m_repeat, m_pin, m_pinRepeat}) {
        field->clear();
    }
    Store::Store &store = m_context->store();
    const Store::StoreError made = m_context->records().create(passphrase);
    if (!made.ok()) {
        showMessage(m_message, made.message(), true);
        return;
    }
    const Store::StoreResult<qint64> lead =
        store.addVolunteer(Records::Actor{}, m_name->text().trimmed(), Records::VolunteerRole::HubLead,
                           Store::SecureBytes::takeFromString(pinText));
    if (!lead.ok()) {
        showMessage(m_message, lead.error().message(), true);
        return;
    }
    const Store::StoreResult<QList<Records::Volunteer>> all = store.volunteers();
    for (const Records::Volunteer &volunteer : all.ok() ? all.value() : QList<Records::Volunteer>()) {
        if (volunteer.id == lead.value()) {
            m_context->signIn(volunteer);
        }
    }
    m_name->clear();
    showMessage(m_message, QString(), false);
    Q_EMIT created();
}

} // namespace HealthHub::Ui
