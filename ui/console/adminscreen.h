// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QVBoxLayout;

namespace HealthHub::Ui {

class AuditFilterModel;
class AuditModel;
class ChipSelector;
class ConsoleContext;
class VolunteerModel;

/**
 * The hub lead's tasks: volunteers (add, reset a PIN, deactivate), how long records are kept, backup and
 * restore, changing the hub passphrase, and the audit log with filters. Only a hub lead reaches it.
 */
class AdminScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminScreen)

public:
    explicit AdminScreen(ConsoleContext *context, QWidget *parent = nullptr);

    void refresh();
    VolunteerModel *volunteers() const { return m_volunteers; }
    AuditModel *audit() const { return m_audit; }
    AuditFilterModel *auditFilter() const { return m_filter; }
    QString lastBackup() const { return m_lastBackup; }

Q_SIGNALS:
    /** The records were replaced by a backup: everyone must sign in again. */
    void restored();

private:
    void buildVolunteers(QWidget *page);
    void buildRecords(QWidget *page);
    void buildBackups(QWidget *page, QVBoxLayout *layout);
    void buildPassphrase(QWidget *page, QVBoxLayout *layout);
    void buildAudit(QWidget *page);
    int chosenVolunteer();
    void addVolunteer();
    void resetPin();
    void toggleActive();
    void saveRetention();
    void purgeNow();
    void backup();
    void restore();
    void changePassphrase();
    void loadAudit();
    void fillAuditFilters(const QList<Records::Volunteer> &volunteers);
    void showAuditSummary(bool loaded, const QDate &first, const QDate &last);

    ConsoleContext *m_context = nullptr;
    VolunteerModel *m_volunteers = nullptr;
    AuditModel *m_audit = nullptr;
    AuditFilterModel *m_filter = nullptr;
    QTableView *m_volunteerTable = nullptr;
    QLineEdit *m_newName = nullptr;
    ChipSelector *m_newRole = nullptr;
    QLineEdit *m_newPin = nullptr;
    QLineEdit *m_resetPin = nullptr;
    QLabel *m_volunteerMessage = nullptr;
    QSpinBox *m_retention = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QLineEdit *m_restorePath = nullptr;
    QLineEdit *m_restorePassphrase = nullptr;
    QLineEdit *m_newPassphrase = nullptr;
    QLineEdit *m_newPassphraseRepeat = nullptr;
    QLabel *m_recordsMessage = nullptr;
    QComboBox *m_actionFilter = nullptr;
    QComboBox *m_volunteerFilter = nullptr;
    QDateEdit *m_auditFrom = nullptr;
    QDateEdit *m_auditTo = nullptr;
    QLabel *m_auditSummary = nullptr;
    QString m_lastBackup;
};

} // namespace HealthHub::Ui
