// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/unlockscreen.h"

#include "core/demo/demodata.h"
#include "ui/common/theme.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consolepage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

UnlockScreen::UnlockScreen(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    QVBoxLayout *layout = makeConsolePage(this, QStringLiteral("consoleHome"), QString());
    QWidget *page = layout->parentWidget();
    m_title = page->findChild<QLabel *>(QStringLiteral("consoleHomeTitle"));
    m_sentence = makeLabel(QString(), Kind::Lead, QStringLiteral("consoleHomeSentence"), page);
    layout->addWidget(m_sentence);
    m_passphrase = makeField(QString(), QStringLiteral("passphraseField"), layout, page, true);
    m_fieldLabel = page->findChild<QLabel *>(QStringLiteral("passphraseFieldLabel"));
    m_message = makeMessage(QStringLiteral("unlockMessage"), page);
    layout->addWidget(m_message);
    m_unlock = makeButton(QString(), Kind::Primary, QStringLiteral("unlockButton"), page);
    layout->addWidget(m_unlock);
    if (context->config().demo) {
        layout->addWidget(makeLabel(tr("Demo only: the passphrase is \"%1\". The hub lead's PIN is %2.")
                                        .arg(Demo::DemoData::passphrase(), Demo::DemoData::hubLeadPin()),
                                    Kind::Banner, QStringLiteral("demoHint"), page));
    }
    layout->addStretch(1);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        QString typed = m_passphrase->text();
        m_passphrase->clear();
        unlockWith(typed);
    });
    connect(m_passphrase, &QLineEdit::returnPressed, m_unlock, &QPushButton::click);
    retranslateUi();
}

void UnlockScreen::retranslateUi()
{
    // These words were the console shell's before this screen existed; they keep its translations.
    static const char *const kContext = "HealthHub::Ui::ConsoleShell";
    m_title->setText(QCoreApplication::translate(kContext, "Volunteer console"));
    m_sentence->setText(QCoreApplication::translate(kContext, "The records of %1 are locked. Unlock them to record a "
                                                              "session, see a visitor's journey, book the booth or "
                                                              "make a report.")
                            .arg(m_context->config().hubName));
    m_fieldLabel->setText(tr("Hub passphrase"));
    m_passphrase->setAccessibleName(m_fieldLabel->text());
    setButtonText(m_unlock, QCoreApplication::translate(kContext, "Unlock the records"));
}

void UnlockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

bool UnlockScreen::unlockWith(QString passphrase)
{
    if (passphrase.isEmpty()) {
        showMessage(m_message, tr("Type the hub passphrase first."), true);
        return false;
    }
    m_context->ensureDemoRecords();
    // The records service also purges what is past the retention in force, as `healthhub admin` does.
    const Store::StoreError error = m_context->records().unlock(Store::SecureBytes::takeFromString(passphrase));
    if (!error.ok()) {
        showMessage(m_message,
                    error.code() == Store::StoreError::Code::WrongPassphrase
                        ? tr("That passphrase does not open the records. Check it and try again.")
                        : error.message(),
                    true);
        return false;
    }
    showMessage(m_message, QString(), false);
    Q_EMIT unlocked();
    return true;
}

} // namespace HealthHub::Ui
