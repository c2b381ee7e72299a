// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace HealthHub::Ui {

class ChipSelector;
class ConsoleContext;
struct SessionDraft;
class VisitorSearchModel;

/**
 * The assisted-session form: one scrolling screen of big chips with sensible defaults, so a typical
 * session is recorded in under a minute and fewer than 15 taps. Every change is saved as a draft in the
 * encrypted store (debounced), keyed by the signed-in volunteer, so a crash or a killed process loses
 * nothing: the draft comes back at the next sign-in.
 */
class SessionForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionForm)

public:
    static constexpr int kDraftDelayMs = 1000;

    explicit SessionForm(ConsoleContext *context, QWidget *parent = nullptr);

    /** A blank form; with @p visitorId, that visitor is already chosen. */
    void startNew(qint64 visitorId = 0);
    /** The form filled with a saved session, to change it. */
    void edit(const Records::AssistedSession &session);
    /** Fills the form with the signed-in volunteer's draft; false when there is none. */
    bool restoreDraft();
    bool isEditing() const { return m_editingId != 0; }

    /** The form's answers as the draft's JSON, and back. */
    void buildAnswers(QVBoxLayout *layout, QWidget *page);
    void buildNotes(QVBoxLayout *layout, QWidget *page);
    SessionDraft currentDraft() const;
    void showDraft(const SessionDraft &draft);
    /** The answers as a session (time, volunteer and visitor filled in). */
    Records::AssistedSession toSession() const;

    void setDraftDelay(int ms) { m_draftTimer.setInterval(ms); }
    /** Writes the draft now if a change is waiting (sign-out and lock call this). */
    void flushDraft();

Q_SIGNALS:
    void saved(qint64 sessionId);
    void discarded();
    void draftSaved();

private:
    void buildVisitor(QVBoxLayout *layout, QWidget *page);
    void searchVisitors(const QString &text);
    void chooseVisitor(qint64 id, const QString &name);
    void addVisitor();
    void rebuildOutcomes();
    void changed();
    void writeDraft();
    void save();
    void discard();
    void resetFields();
    void showFollowUpDate();

    ConsoleContext *m_context = nullptr;
    VisitorSearchModel *m_visitors = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_visitorList = nullptr;
    QPushButton *m_addVisitor = nullptr;
    QLabel *m_visitorLabel = nullptr;
    ChipSelector *m_tasks = nullptr;
    QWidget *m_outcomeBox = nullptr;
    QVBoxLayout *m_outcomeLayout = nullptr;
    QHash<QString, ChipSelector *> m_outcomes;
    QHash<QString, QString> m_outcomeChoice; ///< kept while a task is unticked and ticked again
    ChipSelector *m_barriers = nullptr;
    ChipSelector *m_referral = nullptr;
    ChipSelector *m_before = nullptr;
    ChipSelector *m_after = nullptr;
    ChipSelector *m_nhsLogin = nullptr;
    ChipSelector *m_followUp = nullptr;
    QLabel *m_followUpDate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QTimer m_draftTimer;
    qint64 m_visitorId = 0;
    QString m_visitorName;
    qint64 m_editingId = 0;
    QDateTime m_startedAt;
    QDate m_customFollowUp;
    bool m_loading = false;
};

} // namespace HealthHub::Ui
