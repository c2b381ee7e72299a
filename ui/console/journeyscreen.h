// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QWidget>

class QChartView;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace HealthHub::Ui {

class ChipSelector;
class ConsoleContext;
class SessionListModel;
class VisitorSearchModel;

/**
 * A visitor's journey: their sessions over time, how their confidence moved, the tasks they now manage,
 * and follow-ups still open. The hub lead can export everything held about them (subject access) or erase
 * them, after a plain confirmation.
 */
class JourneyScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneyScreen)

public:
    explicit JourneyScreen(ConsoleContext *context, QWidget *parent = nullptr);

    void refresh();
    void showVisitor(qint64 visitorId);
    qint64 visitorId() const { return m_visitor.id; }
    SessionListModel *sessions() const { return m_sessions; }
    /** The files the last subject-access export wrote (JSON, then text). */
    QStringList lastExport() const { return m_lastExport; }

Q_SIGNALS:
    void recordRequested(qint64 visitorId);
    void editRequested(const Records::AssistedSession &session);

private:
    /** Saves the contact details and consent; refuses contact details without consent. */
    bool saveContact();
    void exportVisitor();
    void eraseVisitor();
    void showConfidence(const QList<Records::AssistedSession> &history);
    void showProgress(const QList<Records::AssistedSession> &sessions);
    QWidget *buildDetails(QWidget *page);
    void buildContact(QWidget *widget, QVBoxLayout *details);
    void buildHistory(QWidget *widget, QVBoxLayout *details);
    void buildActions(QWidget *widget, QVBoxLayout *details);

    ConsoleContext *m_context = nullptr;
    VisitorSearchModel *m_search = nullptr;
    SessionListModel *m_sessions = nullptr;
    QLineEdit *m_searchField = nullptr;
    QListView *m_visitorList = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_alone = nullptr;
    QLabel *m_openFollowUps = nullptr;
    QLineEdit *m_contact = nullptr;
    ChipSelector *m_consent = nullptr;
    QLabel *m_contactMessage = nullptr;
    QChartView *m_chart = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_erase = nullptr;
    QFrame *m_confirm = nullptr;
    QLabel *m_confirmText = nullptr;
    QLabel *m_message = nullptr;
    Records::Visitor m_visitor;
    QStringList m_lastExport;
};

} // namespace HealthHub::Ui
