// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/adminscreen.h"

#include "core/config/settingstable.h"
#include "core/hubrecords/passphrasepolicy.h"
#include "core/store/store.h"
#include "ui/common/theme.h"
#include "ui/console/auditmodel.h"
#include "ui/console/chipselector.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consolepage.h"
#include "ui/console/setupscreen.h"
#include "ui/console/volunteermodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
QVBoxLayout *pageLayout(QWidget *page)
{
    return static_cast<QVBoxLayout *>(page->layout());
}

bool validPin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    return digits.match(pin).hasMatch();
}
} // namespace

AdminScreen::AdminScreen(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_volunteers(new VolunteerModel(this))
    , m_audit(new AuditModel(this))
    , m_filter(new AuditFilterModel(this))
{
    QVBoxLayout *layout = makeConsolePage(this, QStringLiteral("hubAdmin"), tr("Hub lead tasks"));
    QWidget *page = layout->parentWidget();
    m_filter->setSourceModel(m_audit);
    buildVolunteers(page);
    buildRecords(page);
    buildAudit(page);
    layout->addStretch(1);
}

void AdminScreen::buildVolunteers(QWidget *page)
{
    QVBoxLayout *layout = pageLayout(page);
    layout->addWidget(makeLabel(tr("Volunteers"), Kind::Lead, QStringLiteral("volunteersHeading"), page));
    m_volunteerTable = makeTable(QStringLiteral("adminVolunteersTable"), tr("Volunteers"), m_volunteers, page);
    m_volunteerTable->setMinimumHeight(220);
    layout->addWidget(m_volunteerTable);
    m_volunteerMessage = makeMessage(QStringLiteral("volunteerMessage"), page);
    layout->addWidget(m_volunteerMessage);
    auto *chosen = new QHBoxLayout;
    m_resetPin = new QLineEdit(page);
    m_resetPin->setObjectName(QStringLiteral("resetPinField"));
    m_resetPin->setAccessibleName(tr("New PIN for the chosen volunteer"));
    m_resetPin->setPlaceholderText(tr("New PIN"));
    m_resetPin->setEchoMode(QLineEdit::Password);
    m_resetPin->setMaxLength(8);
    QPushButton *reset = makeButton(tr("Set this PIN"), Kind::Secondary, QStringLiteral("resetPinButton"), page);
    QPushButton *toggle =
        makeButton(tr("Deactivate or reactivate"), Kind::Secondary, QStringLiteral("toggleActiveButton"), page);
    chosen->addWidget(m_resetPin, 1);
    chosen->addWidget(reset);
    chosen->addWidget(toggle);
    layout->addLayout(chosen);

    layout->addWidget(makeLabel(tr("Add a volunteer"), Kind::Body, QStringLiteral("addVolunteerHeading"), page));
    auto *add = new QHBoxLayout;
    m_newName = new QLineEdit(page);
    m_newName->setObjectName(QStringLiteral("newVolunteerName"));
    m_newName->setAccessibleName(tr("New volunteer's name"));
    m_newName->setPlaceholderText(tr("Name"));
    m_newName->setMaxLength(40);
    m_newPin = new QLineEdit(page);
    m_newPin->setObjectName(QStringLiteral("newVolunteerPin"));
    m_newPin->setAccessibleName(tr("New volunteer's PIN"));
    m_newPin->setPlaceholderText(tr("PIN"));
    m_newPin->setEchoMode(QLineEdit::Password);
    m_newPin->setMaxLength(8);
    add->addWidget(m_newName, 2);
    add->addWidget(m_newPin, 1);
    layout->addLayout(add);
    auto *addRow = new QHBoxLayout;
    m_newRole = new ChipSelector(QStringLiteral("newVolunteerRole"), tr("Role"), ChipSelector::Mode::Single, page);
    m_newRole->setChips({{QStringLiteral("volunteer"), tr("Volunteer")}, {QStringLiteral("hub_lead"), tr("Hub lead")}});
    m_newRole->setCurrent(QStringLiteral("volunteer"));
    QPushButton *addButton =
        makeButton(tr("Add the volunteer"), Kind::Primary, QStringLiteral("addVolunteerButton"), page);
    addRow->addWidget(m_newRole, 1);
    addRow->addWidget(addButton);
    layout->addLayout(addRow);

    connect(addButton, &QPushButton::clicked, this, &AdminScreen::addVolunteer);
    connect(reset, &QPushButton::clicked, this, &AdminScreen::resetPin);
    connect(toggle, &QPushButton::clicked, this, &AdminScreen::toggleActive);
}

void AdminScreen::buildRecords(QWidget *page)
{
    QVBoxLayout *layout = pageLayout(page);
    layout->addSpacing(16);
    layout->addWidget(makeLabel(tr("Keeping records"), Kind::Lead, QStringLiteral("recordsHeading"), page));
    m_recordsMessage = makeMessage(QStringLiteral("recordsMessage"), page);
    layout->addWidget(m_recordsMessage);
    auto *retention = new QHBoxLayout;
    retention->addWidget(
        makeLabel(tr("Keep visitor records for this many months:"), Kind::Body, QStringLiteral("retentionLabel"), page),
        1);
    m_retention = new QSpinBox(page);
    m_retention->setObjectName(QStringLiteral("retentionField"));
    m_retention->setAccessibleName(tr("Months to keep visitor records"));
    const Config::Setting &retentionRange = Config::settingFor("records", "retention_months");
    m_retention->setRange(retentionRange.min, retentionRange.max);
    m_retention->setMinimumWidth(140);
    retention->addWidget(m_retention);
    QPushButton *saveRetention = makeButton(tr("Save"), Kind::Secondary, QStringLiteral("saveRetentionButton"), page);
    QPushButton *purge =
        makeButton(tr("Remove old records now"), Kind::Secondary, QStringLiteral("purgeNowButton"), page);
    retention->addWidget(saveRetention);
    retention->addWidget(purge);
    layout->addLayout(retention);
    buildBackups(page, layout);
    buildPassphrase(page, layout);

    connect(saveRetention, &QPushButton::clicked, this, &AdminScreen::saveRetention);
    connect(purge, &QPushButton::clicked, this, &AdminScreen::purgeNow);
}

void AdminScreen::buildBackups(QWidget *page, QVBoxLayout *layout)
{
    auto *backupRow = new QHBoxLayout;
    m_backupFolder = makeTextField(QStringLiteral("backupFolderField"), tr("Folder for the backup"), QString(), page);
    QPushButton *backup = makeButton(tr("Back up now"), Kind::Secondary, QStringLiteral("backupButton"), page);
    backupRow->addWidget(m_backupFolder, 1);
    backupRow->addWidget(backup);
    layout->addWidget(makeLabel(tr("Backup folder"), Kind::Body, QStringLiteral("backupFolderLabel"), page));
    layout->addLayout(backupRow);

    layout->addWidget(makeLabel(tr("Restore a backup. This replaces all the records on this computer."), Kind::Body,
                                QStringLiteral("restoreLabel"), page));
    auto *restoreRow = new QHBoxLayout;
    m_restorePath = makeTextField(QStringLiteral("restorePathField"), tr("Backup file to restore"),
                                  tr("Backup file (hub-….db)"), page);
    m_restorePassphrase = makeTextField(QStringLiteral("restorePassphraseField"), tr("The backup's passphrase"),
                                        tr("Its passphrase"), page);
    m_restorePassphrase->setEchoMode(QLineEdit::Password);
    QPushButton *restore = makeButton(tr("Restore"), Kind::Secondary, QStringLiteral("restoreButton"), page);
    restoreRow->addWidget(m_restorePath, 2);
    restoreRow->addWidget(m_restorePassphrase, 1);
    restoreRow->addWidget(restore);
    layout->addLayout(restoreRow);
    connect(backup, &QPushButton::clicked, this, &AdminScreen::backup);
    connect(restore, &QPushButton::clicked, this, &AdminScreen::restore);
}

void AdminScreen::buildPassphrase(QWidget *page, QVBoxLayout *layout)
{
    layout->addWidget(makeLabel(tr("Change the hub passphrase"), Kind::Body, QStringLiteral("passphraseLabel"), page));
    auto *passphraseRow = new QHBoxLayout;
    m_newPassphrase =
        makeTextField(QStringLiteral("newPassphraseField"), tr("New hub passphrase"), tr("New passphrase"), page);
    m_newPassphraseRepeat =
        makeTextField(QStringLiteral("newPassphraseRepeatField"), tr("New hub passphrase again"), tr("Again"), page);
    for (QLineEdit *field : {m_newPassphrase, m_newPassphraseRepeat}) {
        field->setEchoMode(QLineEdit::Password);
    }
    QPushButton *change = makeButton(tr("Change it"), Kind::Secondary, QStringLiteral("changePassphraseButton"), page);
    passphraseRow->addWidget(m_newPassphrase, 1);
    passphraseRow->addWidget(m_newPassphraseRepeat, 1);
    passphraseRow->addWidget(change);
    layout->addLayout(passphraseRow);
    connect(change, &QPushButton::clicked, this, &AdminScreen::changePassphrase);
}

void AdminScreen::buildAudit(QWidget *page)
{
    QVBoxLayout *layout = pageLayout(page);
    layout->addSpacing(16);
    layout->addWidget(makeLabel(tr("Audit log"), Kind::Lead, QStringLiteral("auditHeading"), page));
    m_auditSummary = makeLabel(QString(), Kind::Body, QStringLiteral("auditSummary"), page);
    layout->addWidget(m_auditSummary);
    auto *filters = new QHBoxLayout;
    m_actionFilter = new QComboBox(page);
    m_actionFilter->setObjectName(QStringLiteral("auditActionFilter"));
    m_actionFilter->setAccessibleName(tr("Show only this action"));
    m_volunteerFilter = new QComboBox(page);
    m_volunteerFilter->setObjectName(QStringLiteral("auditVolunteerFilter"));
    m_volunteerFilter->setAccessibleName(tr("Show only this person"));
    filters->addWidget(m_actionFilter, 1);
    filters->addWidget(m_volunteerFilter, 1);
    layout->addLayout(filters);
    // The log can be years long: it is read for the chosen days only, the last month at first.
    auto *dates = new QHBoxLayout;
    m_auditFrom = makeDateField(QStringLiteral("auditFromField"), tr("Audit entries from"), page);
    m_auditTo = makeDateField(QStringLiteral("auditToField"), tr("Audit entries up to"), page);
    m_auditTo->setDate(QDate::currentDate());
    m_auditFrom->setDate(QDate::currentDate().addMonths(-1));
    dates->addWidget(makeLabel(tr("From"), Kind::Body, QStringLiteral("auditFromLabel"), page));
    dates->addWidget(m_auditFrom, 1);
    dates->addWidget(makeLabel(tr("to"), Kind::Body, QStringLiteral("auditToLabel"), page));
    dates->addWidget(m_auditTo, 1);
    layout->addLayout(dates);
    QTableView *table = makeTable(QStringLiteral("auditTable"), tr("Audit log"), m_filter, page);
    table->setMinimumHeight(400);
    layout->addWidget(table);
    for (QDateEdit *edit : {m_auditFrom, m_auditTo}) {
        connect(edit, &QDateEdit::dateChanged, this, &AdminScreen::loadAudit);
    }
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAction(m_actionFilter->currentData().toString()); });
    connect(m_volunteerFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setVolunteer(
            m_volunteerFilter->currentData().isValid() ? m_volunteerFilter->currentData().toLongLong() : -1);
    });
}

void AdminScreen::refresh()
{
    if (!m_context->isHubLead()) {
        return;
    }
    Store::Store &store = m_context->store();
    const Store::StoreResult<QList<Records::Volunteer>> volunteers = store.volunteers();
    const QList<Records::Volunteer> list = volunteers.ok() ? volunteers.value() : QList<Records::Volunteer>();
    m_volunteers->setVolunteers(list, QDateTime::currentDateTimeUtc());
    m_retention->setValue(m_context->retentionMonths());
    if (m_backupFolder->text().isEmpty()) {
        m_backupFolder->setText(QDir(m_context->config().dataDir).filePath(QStringLiteral("backups")));
    }

    loadAudit();
}

void AdminScreen::loadAudit()
{
    if (!m_context->isHubLead()) {
        return;
    }
    Store::Store &store = m_context->store();
    const Store::StoreResult<QList<Records::Volunteer>> volunteers = store.volunteers();
    const QList<Records::Volunteer> list = volunteers.ok() ? volunteers.value() : QList<Records::Volunteer>();
    QHash<qint64, QString> names;
    for (const Records::Volunteer &volunteer : list) {
        names.insert(volunteer.id, volunteer.name);
    }
    const QDate first = std::min(m_auditFrom->date(), m_auditTo->date());
    const QDate last = std::max(m_auditFrom->date(), m_auditTo->date());
    const bool loaded = m_audit->load(store, names, first, last);
    fillAuditFilters(list);
    showAuditSummary(loaded, first, last);
}

void AdminScreen::fillAuditFilters(const QList<Records::Volunteer> &volunteers)
{
    // Keep the chosen filters when only the days change.
    const QString chosenAction = m_actionFilter->currentData().toString();
    const QVariant chosenVolunteer = m_volunteerFilter->currentData();
    const QSignalBlocker blockAction(m_actionFilter);
    const QSignalBlocker blockVolunteer(m_volunteerFilter);
    m_actionFilter->clear();
    m_actionFilter->addItem(tr("Every action"), QString());
    QStringList actions;
    for (const Records::AuditEntry &entry : m_audit->entries()) {
        if (!actions.contains(entry.action)) {
            actions.append(entry.action);
        }
    }
    actions.sort();
    for (const QString &action : std::as_const(actions)) {
        m_actionFilter->addItem(action, action);
    }
    m_volunteerFilter->clear();
    m_volunteerFilter->addItem(tr("Everyone"));
    m_volunteerFilter->addItem(tr("Admin tool"), qint64(0));
    for (const Records::Volunteer &volunteer : volunteers) {
        m_volunteerFilter->addItem(volunteer.name, volunteer.id);
    }
    const int actionIndex = m_actionFilter->findData(chosenAction);
    m_actionFilter->setCurrentIndex(std::max(0, actionIndex));
    const int volunteerIndex = chosenVolunteer.isValid() ? m_volunteerFilter->findData(chosenVolunteer) : 0;
    m_volunteerFilter->setCurrentIndex(std::max(0, volunteerIndex));
    m_filter->setAction(m_actionFilter->currentData().toString());
    m_filter->setVolunteer(m_volunteerFilter->currentData().isValid() ? m_volunteerFilter->currentData().toLongLong()
                                                                      : -1);
}

void AdminScreen::showAuditSummary(bool loaded, const QDate &first, const QDate &last)
{
    const QLocale locale;
    const QString period =
        tr("from %1 to %2")
            .arg(locale.toString(first, QLocale::LongFormat), locale.toString(last, QLocale::LongFormat));
    const Store::StoreResult<Records::AuditCheck> check = m_context->store().verifyAudit();
    if (!loaded || !check.ok()) {
        m_auditSummary->setText(tr("The audit log could not be read. Lock the console and unlock it again."));
    } else if (!check.value().intact) {
        m_auditSummary->setText(tr("Warning: the log has been changed. %1").arg(check.value().problem));
    } else if (m_audit->rowCount() >= AuditModel::kShown) {
        m_auditSummary->setText(
            tr("The log is complete and unchanged (%1 entries). Showing the newest %2 %3: "
               "choose fewer days to see older ones.")
                .arg(locale.toString(check.value().entries), locale.toString(m_audit->rowCount()), period));
    } else {
        m_auditSummary->setText(
            tr("The log is complete and unchanged (%1 entries). Showing all %2 %3.")
                .arg(locale.toString(check.value().entries), locale.toString(m_audit->rowCount()), period));
    }
}

int AdminScreen::chosenVolunteer()
{
    const QModelIndexList rows = m_volunteerTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        showMessage(m_volunteerMessage, tr("Touch a volunteer in the table first."), true);
        return -1;
    }
    return rows.constFirst().row();
}

void AdminScreen::addVolunteer()
{
    const QString name = m_newName->text().trimmed();
    QString pin = m_newPin->text();
    m_newPin->clear();
    if (name.isEmpty() || !validPin(pin)) {
        showMessage(m_volunteerMessage, tr("Type a name and a PIN of 4 to 8 numbers."), true);
        return;
    }
    const Records::VolunteerRole role = m_newRole->current() == QLatin1String("hub_lead")
                                            ? Records::VolunteerRole::HubLead
                                            : Records::VolunteerRole::Volunteer;
    const Store::StoreResult<qint64> id =
        m_context->store().addVolunteer(m_context->actor(), name, role, Store::SecureBytes::takeFromString(pin));
    if (!id.ok()) {
        showMessage(m_volunteerMessage, id.error().message(), true);
        return;
    }
    m_newName->clear();
    refresh();
    showMessage(m_volunteerMessage, tr("%1 can now sign in.").arg(name), false);
}

void AdminScreen::resetPin()
{
    const int row = chosenVolunteer();
    QString pin = m_resetPin->text();
    m_resetPin->clear();
    if (row < 0) {
        return;
    }
    if (!validPin(pin)) {
        showMessage(m_volunteerMessage, tr("The PIN must be 4 to 8 numbers."), true);
        return;
    }
    const Records::Volunteer volunteer = m_volunteers->volunteer(row);
    const Store::StoreError error =
        m_context->store().setVolunteerPin(m_context->actor(), volunteer.id, Store::SecureBytes::takeFromString(pin));
    refresh();
    showMessage(m_volunteerMessage, error.ok() ? tr("%1 has a new PIN.").arg(volunteer.name) : error.message(),
                !error.ok());
}

void AdminScreen::toggleActive()
{
    const int row = chosenVolunteer();
    if (row < 0) {
        return;
    }
    const Records::Volunteer volunteer = m_volunteers->volunteer(row);
    if (volunteer.id == m_context->volunteer().id) {
        showMessage(m_volunteerMessage, tr("You cannot deactivate yourself."), true);
        return;
    }
    const Store::StoreError error =
        m_context->store().setVolunteerActive(m_context->actor(), volunteer.id, !volunteer.active);
    refresh();
    showMessage(m_volunteerMessage,
                !error.ok()        ? error.message()
                : volunteer.active ? tr("%1 can no longer sign in.").arg(volunteer.name)
                                   : tr("%1 can sign in again.").arg(volunteer.name),
                !error.ok());
}

void AdminScreen::saveRetention()
{
    const Store::StoreError error = m_context->store().setRetentionMonths(m_context->actor(), m_retention->value());
    showMessage(m_recordsMessage,
                error.ok() ? tr("Visitor records are now kept for %1 months.").arg(m_retention->value())
                           : error.message(),
                !error.ok());
}

void AdminScreen::purgeNow()
{
    const Store::StoreResult<Records::PurgeSummary> purged = m_context->records().purge(m_context->actor());
    if (!purged.ok()) {
        showMessage(m_recordsMessage, purged.error().message(), true);
        return;
    }
    showMessage(m_recordsMessage,
                tr("Old records removed: %1 sessions made anonymous, %2 visitors and %3 bookings deleted.")
                    .arg(purged.value().sessionsAnonymised)
                    .arg(purged.value().visitorsDeleted)
                    .arg(purged.value().bookingsDeleted),
                false);
    Q_EMIT m_context->recordsChanged();
}

void AdminScreen::backup()
{
    const QString folder = m_backupFolder->text().trimmed();
    if (folder.isEmpty()) {
        showMessage(m_recordsMessage, tr("That backup folder cannot be used. Choose another one."), true);
        return;
    }
    // A backup made by hand never removes older ones (the nightly unit keeps the newest 14).
    const Store::StoreResult<HubRecords::BackupOutcome> made = m_context->records().backup(folder);
    if (!made.ok()) {
        const bool badFolder = made.error().code() == Store::StoreError::Code::ReadOnly;
        showMessage(m_recordsMessage,
                    badFolder ? tr("That backup folder cannot be used. Choose another one.") : made.error().message(),
                    true);
        return;
    }
    m_lastBackup = made.value().path;
    showMessage(m_recordsMessage, tr("Backed up and checked: %1").arg(QDir::toNativeSeparators(m_lastBackup)), false);
}

void AdminScreen::restore()
{
    QString passphrase = m_restorePassphrase->text();
    m_restorePassphrase->clear();
    const QString path = m_restorePath->text().trimmed();
    if (path.isEmpty() || passphrase.isEmpty()) {
        showMessage(m_recordsMessage, tr("Type the backup file and its passphrase."), true);
        return;
    }
    const Store::StoreError error = m_context->store().restore(path, Store::SecureBytes::takeFromString(passphrase));
    if (!error.ok()) {
        showMessage(m_recordsMessage, error.message(), true);
        return;
    }
    showMessage(m_recordsMessage, tr("The backup is restored. Everyone must sign in again."), false);
    Q_EMIT restored();
}

void AdminScreen::changePassphrase()
{
    QString first = m_newPassphrase->text();
    const bool same = first == m_newPassphraseRepeat->text();
    m_newPassphrase->clear();
    m_newPassphraseRepeat->clear();
    const Store::SecureBytes passphrase = Store::SecureBytes::takeFromString(first);
    const QString tooShort = HubRecords::PassphrasePolicy::problem(passphrase);
    if (!tooShort.isEmpty()) {
        showMessage(m_recordsMessage, tooShort, true);
        return;
    }
    if (!same) {
        showMessage(m_recordsMessage, tr("The two passphrases are not the same. Type them again."), true);
        return;
    }
    const Store::StoreError error = m_context->records().changePassphrase(passphrase);
    showMessage(m_recordsMessage,
                error.ok() ? tr("The hub passphrase is changed. Tell the people who open the records.")
                           : error.message(),
                !error.ok());
}

} // namespace HealthHub::Ui
