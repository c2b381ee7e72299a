// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/setupscreen.h"

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
        makeField(tr("Hub passphrase (at least 10 characters)"), QStringLiteral("setupPassphrase"), layout, page, true);
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

void SetupScreen::create()
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    QString problem;
    if (m_passphrase->text().size() < kMinPassphrase) {
        problem = tr("The passphrase is too short. Use at least 10 characters.");
    } else if (m_passphrase->text() != m_repeat->text()) {
        problem = tr("The two passphrases are not the same. Type them again.");
    } else if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Type your name.");
    } else if (!digits.match(m_pin->text()).hasMatch()) {
        problem = tr("The PIN must be 4 to 8 numbers.");
    } else if (m_pin->text() != m_pinRepeat->text()) {
        problem = tr("The two PINs are not the same. Type them again.");
    }
    if (!problem.isEmpty()) {
        showMessage(m_message, problem, true);
        return;
    }
    QString passphraseText = m_passphrase->text();
    QString pinText = m_pin->text();
    for (QLineEdit *field : {m_passphrase, m_repeat, m_pin, m_pinRepeat}) {
        field->clear();
    }
    Store::Store &store = m_context->store();
    const Store::StoreError made = store.create(Store::SecureBytes::takeFromString(passphraseText));
    if (!made.ok()) {
        showMessage(m_message, made.message(), true);
        return;
    }
    const Store::StoreResult<qint64> lead =
        store.addVolunteer(Store::Actor{}, m_name->text().trimmed(), Store::VolunteerRole::HubLead,
                           Store::SecureBytes::takeFromString(pinText));
    if (!lead.ok()) {
        showMessage(m_message, lead.error().message(), true);
        return;
    }
    const Store::StoreResult<QList<Store::Volunteer>> all = store.volunteers();
    for (const Store::Volunteer &volunteer : all.ok() ? all.value() : QList<Store::Volunteer>()) {
        if (volunteer.id == lead.value()) {
            m_context->signIn(volunteer);
        }
    }
    m_name->clear();
    showMessage(m_message, QString(), false);
    Q_EMIT created();
}

} // namespace HealthHub::Ui
