// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/sessionform.h"

#include "core/store/store.h"
#include "ui/common/screenstack.h"
#include "ui/common/theme.h"
#include "ui/console/chipselector.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consolepage.h"
#include "ui/console/sessiondraft.h"
#include "ui/console/visitorsearchmodel.h"
#include "ui/console/vocabulary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
const QString kDefaultOutcome = QStringLiteral("done");
const QString kNoFollowUp = SessionDraft::noFollowUp();
const QString kCustomFollowUp = SessionDraft::customFollowUp();
constexpr int kNotesLimit = 2000;

QList<Chip> confidenceChips()
{
    QList<Chip> chips;
    for (int i = 1; i <= 5; ++i) {
        chips.append({QString::number(i), QString::number(i)});
    }
    return chips;
}
} // namespace

SessionForm::SessionForm(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_visitors(new VisitorSearchModel(context, this))
{
    QVBoxLayout *layout = makeConsolePage(this, QStringLiteral("sessionForm"), tr("Record a session"));
    QWidget *page = layout->parentWidget();
    m_title = page->findChild<QLabel *>(QStringLiteral("sessionFormTitle"));
    m_message = makeMessage(QStringLiteral("sessionMessage"), page);
    layout->addWidget(m_message);

    buildVisitor(layout, page);

    buildAnswers(layout, page);
    buildNotes(layout, page);

    auto *buttons = new QHBoxLayout;
    m_save = makeButton(tr("Save the session"), Kind::Primary, QStringLiteral("saveSessionButton"), page);
    QPushButton *discard = makeButton(tr("Throw away"), Kind::Secondary, QStringLiteral("discardSessionButton"), page);
    buttons->addWidget(m_save, 2);
    buttons->addWidget(discard, 1);
    layout->addLayout(buttons);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &SessionForm::writeDraft);
    for (ChipSelector *chips : {m_barriers, m_referral, m_before, m_after, m_nhsLogin}) {
        connect(chips, &ChipSelector::changed, this, &SessionForm::changed);
    }
    connect(m_tasks, &ChipSelector::changed, this, [this] {
        rebuildOutcomes();
        changed();
    });
    connect(m_followUp, &ChipSelector::changed, this, [this] {
        showFollowUpDate();
        changed();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->toPlainText().size() > kNotesLimit) {
            QString text = m_notes->toPlainText().left(kNotesLimit);
            m_notes->setPlainText(text);
        }
        changed();
    });
    connect(m_save, &QPushButton::clicked, this, &SessionForm::save);
    connect(discard, &QPushButton::clicked, this, &SessionForm::discard);
    resetFields();
}

void SessionForm::buildAnswers(QVBoxLayout *layout, QWidget *page)
{
    auto section = [&](const QString &text, const QString &name) {
        layout->addSpacing(8);
        layout->addWidget(makeLabel(text, Kind::Lead, name, page));
    };
    section(tr("What did you help with?"), QStringLiteral("tasksHeading"));
    m_tasks =
        new ChipSelector(QStringLiteral("taskChips"), tr("Tasks helped with"), ChipSelector::Mode::Multiple, page);
    m_tasks->setChips(Vocabulary::chips(Vocabulary::List::Task));
    layout->addWidget(m_tasks);
    m_outcomeBox = new QWidget(page);
    m_outcomeBox->setObjectName(QStringLiteral("outcomeBox"));
    m_outcomeLayout = new QVBoxLayout(m_outcomeBox);
    m_outcomeLayout->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(m_outcomeBox);

    section(tr("What made it hard?"), QStringLiteral("barriersHeading"));
    m_barriers = new ChipSelector(QStringLiteral("barrierChips"), tr("Barriers"), ChipSelector::Mode::Multiple, page);
    m_barriers->setChips(Vocabulary::chips(Vocabulary::List::Barrier));
    layout->addWidget(m_barriers);

    section(tr("Who sent them?"), QStringLiteral("referralHeading"));
    m_referral =
        new ChipSelector(QStringLiteral("referralChips"), tr("Referral source"), ChipSelector::Mode::Single, page);
    m_referral->setChips(Vocabulary::chips(Vocabulary::List::Referral));
    layout->addWidget(m_referral);

    section(tr("Confidence before, from 1 (none) to 5 (very)"), QStringLiteral("beforeHeading"));
    m_before =
        new ChipSelector(QStringLiteral("confidenceBefore"), tr("Confidence before"), ChipSelector::Mode::Single, page);
    m_before->setChips(confidenceChips());
    layout->addWidget(m_before);
    section(tr("Confidence after"), QStringLiteral("afterHeading"));
    m_after =
        new ChipSelector(QStringLiteral("confidenceAfter"), tr("Confidence after"), ChipSelector::Mode::Single, page);
    m_after->setChips(confidenceChips());
    layout->addWidget(m_after);

    section(tr("NHS login identity check"), QStringLiteral("nhsLoginHeading"));
    m_nhsLogin =
        new ChipSelector(QStringLiteral("nhsLoginChips"), tr("NHS login status"), ChipSelector::Mode::Single, page);
    m_nhsLogin->setChips(Vocabulary::chips(Vocabulary::List::NhsLogin));
    layout->addWidget(m_nhsLogin);

    section(tr("Follow up"), QStringLiteral("followUpHeading"));
    m_followUp = new ChipSelector(QStringLiteral("followUpChips"), tr("Follow-up"), ChipSelector::Mode::Single, page);
    m_followUp->setChips({{kNoFollowUp, tr("No follow-up")},
                          {QStringLiteral("7"), tr("In 1 week")},
                          {QStringLiteral("14"), tr("In 2 weeks")},
                          {QStringLiteral("28"), tr("In 4 weeks")}});
    layout->addWidget(m_followUp);
    m_followUpDate = makeLabel(QString(), Kind::Body, QStringLiteral("followUpDate"), page);
    layout->addWidget(m_followUpDate);
}

void SessionForm::buildNotes(QVBoxLayout *layout, QWidget *page)
{
    auto section = [&](const QString &text, const QString &name) {
        layout->addSpacing(8);
        layout->addWidget(makeLabel(text, Kind::Lead, name, page));
    };
    section(tr("Short notes"), QStringLiteral("notesHeading"));
    layout->addWidget(makeLabel(tr("Do not write medical details, symptoms or medicines here. Write only what helps "
                                   "the next volunteer."),
                                Kind::Banner, QStringLiteral("notesWarning"), page));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesField"));
    m_notes->setAccessibleName(tr("Short notes"));
    m_notes->setAccessibleDescription(tr("No medical details"));
    m_notes->setFixedHeight(110);
    m_notes->setTabChangesFocus(true);
    layout->addWidget(m_notes);
}

void SessionForm::buildVisitor(QVBoxLayout *layout, QWidget *page)
{
    layout->addWidget(makeLabel(tr("Who did you help?"), Kind::Lead, QStringLiteral("visitorHeading"), page));
    auto *row = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("visitorSearchField"));
    m_search->setAccessibleName(tr("Visitor's first name or initials"));
    m_search->setPlaceholderText(tr("First name or initials"));
    m_search->setMaxLength(40);
    // The form opens on its first question, not on a chip below the fold.
    m_search->setProperty(ScreenStack::kMainChoice, true);
    row->addWidget(m_search, 2);
    m_addVisitor = makeButton(tr("Add as new visitor"), Kind::Secondary, QStringLiteral("addVisitorButton"), page);
    row->addWidget(m_addVisitor, 1);
    layout->addLayout(row);
    m_visitorList = new QListView(page);
    m_visitorList->setObjectName(QStringLiteral("visitorList"));
    m_visitorList->setAccessibleName(tr("Visitors found"));
    m_visitorList->setModel(m_visitors);
    m_visitorList->setUniformItemSizes(true);
    m_visitorList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleTouchList(m_visitorList, 4);
    layout->addWidget(m_visitorList);
    m_visitorLabel = makeLabel(QString(), Kind::Body, QStringLiteral("chosenVisitorLabel"), page);
    layout->addWidget(m_visitorLabel);

    connect(m_search, &QLineEdit::textEdited, this, &SessionForm::searchVisitors);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_visitors->rowCount() > 0) {
            chooseVisitor(m_visitors->match(0).visitor.id, m_visitors->match(0).visitor.name);
        }
    });
    connect(m_visitorList, &QListView::clicked, this, [this](const QModelIndex &index) {
        chooseVisitor(index.data(VisitorSearchModel::IdRole).toLongLong(),
                      index.data(VisitorSearchModel::NameRole).toString());
    });
    connect(m_addVisitor, &QPushButton::clicked, this, &SessionForm::addVisitor);
}

void SessionForm::searchVisitors(const QString &text)
{
    m_visitors->search(text);
    m_addVisitor->setEnabled(!text.trimmed().isEmpty());
}

void SessionForm::chooseVisitor(qint64 id, const QString &name)
{
    m_visitorId = id;
    m_visitorName = name;
    m_visitorLabel->setText(id == 0 ? tr("No visitor chosen yet.") : tr("Visitor: %1").arg(name));
    m_visitorLabel->setAccessibleName(m_visitorLabel->text());
    const Palette palette = Theme::palette(false);
    m_visitorLabel->setStyleSheet(
        id == 0 ? QString() : QStringLiteral("font-weight: bold; color: %1;").arg(palette.primary.name()));
    changed();
}

void SessionForm::addVisitor()
{
    Records::Visitor visitor;
    visitor.name = m_search->text().trimmed();
    if (visitor.name.isEmpty()) {
        showMessage(m_message, tr("Type the visitor's first name or initials first."), true);
        return;
    }
    const Store::StoreResult<qint64> id = m_context->store().addVisitor(m_context->actor(), visitor);
    if (!id.ok()) {
        showMessage(m_message, id.error().message(), true);
        return;
    }
    showMessage(m_message, QString(), false);
    chooseVisitor(id.value(), visitor.name);
    m_visitors->search(visitor.name);
}

void SessionForm::rebuildOutcomes()
{
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        m_outcomeChoice.insert(it.key(), it.value()->current());
    }
    QLayoutItem *item = nullptr;
    while ((item = m_outcomeLayout->takeAt(0))) {
        delete item->widget();
        delete item;
    }
    m_outcomes.clear();
    for (const QString &task : m_tasks->selected()) {
        auto *row = new QWidget(m_outcomeBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        QLabel *label = makeLabel(Vocabulary::label(Vocabulary::List::Task, task), Kind::Body,
                                  QStringLiteral("outcomeLabel_") + task, row);
        label->setFixedWidth(260);
        rowLayout->addWidget(label);
        auto *chips = new ChipSelector(QStringLiteral("outcome_") + task,
                                       tr("Outcome for %1").arg(Vocabulary::label(Vocabulary::List::Task, task)),
                                       ChipSelector::Mode::Single, row);
        chips->setChips(Vocabulary::chips(Vocabulary::List::Outcome));
        chips->setCurrent(m_outcomeChoice.value(task, kDefaultOutcome));
        connect(chips, &ChipSelector::changed, this, &SessionForm::changed);
        rowLayout->addWidget(chips, 1);
        m_outcomeLayout->addWidget(row);
        m_outcomes.insert(task, chips);
    }
}

void SessionForm::showFollowUpDate()
{
    const Records::AssistedSession session = toSession();
    m_followUpDate->setText(
        session.followUpOn.isValid()
            ? tr("Follow up on %1.").arg(QLocale().toString(session.followUpOn, QLocale::LongFormat))
            : QString());
}

void SessionForm::changed()
{
    if (m_loading) {
        return;
    }
    showMessage(m_message, QString(), false);
    m_draftTimer.start();
}

void SessionForm::flushDraft()
{
    if (m_draftTimer.isActive()) {
        m_draftTimer.stop();
        writeDraft();
    }
}

void SessionForm::writeDraft()
{
    if (!m_context->isSignedIn()) {
        return;
    }
    const Store::StoreError error = m_context->store().saveDraft(m_context->volunteer().id, currentDraft().toJson());
    if (error.ok()) {
        Q_EMIT draftSaved();
    }
}

SessionDraft SessionForm::currentDraft() const
{
    SessionDraft draft;
    draft.editingId = m_editingId;
    draft.startedAt = m_startedAt;
    draft.visitorId = m_visitorId;
    draft.visitorName = m_visitorName;
    draft.tasks = m_tasks->selected();
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        draft.outcomes.insert(it.key(), it.value()->current());
    }
    draft.barriers = m_barriers->selected();
    draft.referral = m_referral->current();
    draft.before = m_before->current();
    draft.after = m_after->current();
    draft.nhsLogin = m_nhsLogin->current();
    draft.followUp = m_followUp->current();
    draft.followUpOn = m_customFollowUp;
    draft.notes = m_notes->toPlainText();
    return draft;
}

void SessionForm::showDraft(const SessionDraft &draft)
{
    m_loading = true;
    resetFields();
    m_editingId = draft.editingId;
    m_startedAt = draft.startedAt.isValid() ? draft.startedAt : QDateTime::currentDateTimeUtc();
    m_customFollowUp = draft.followUpOn;
    if (m_customFollowUp.isValid()) {
        m_followUp->setChips(
            m_followUp->chips().mid(0, 4) +
            QList<Chip>{{kCustomFollowUp, QLocale().toString(m_customFollowUp, QLocale::ShortFormat)}});
    }
    chooseVisitor(draft.visitorId, draft.visitorName);
    for (auto it = draft.outcomes.cbegin(); it != draft.outcomes.cend(); ++it) {
        m_outcomeChoice.insert(it.key(), it.value());
    }
    m_tasks->setSelected(draft.tasks);
    rebuildOutcomes();
    m_barriers->setSelected(draft.barriers);
    m_referral->setCurrent(draft.referral);
    m_before->setCurrent(draft.before);
    m_after->setCurrent(draft.after);
    m_nhsLogin->setCurrent(draft.nhsLogin);
    m_followUp->setCurrent(draft.followUp);
    m_notes->setPlainText(draft.notes);
    showFollowUpDate();
    m_title->setText(m_editingId != 0 ? tr("Change a session") : tr("Record a session"));
    m_loading = false;
}

Records::AssistedSession SessionForm::toSession() const
{
    return currentDraft().toSession(m_context->volunteer().id);
}

void SessionForm::resetFields()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_editingId = 0;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_customFollowUp = {};
    m_outcomeChoice.clear();
    m_search->clear();
    m_visitors->clear();
    m_addVisitor->setEnabled(false);
    chooseVisitor(0, QString());
    m_tasks->setSelected({});
    rebuildOutcomes();
    m_barriers->setSelected({});
    m_referral->setCurrent(QStringLiteral("self"));
    m_before->setSelected({});
    m_after->setSelected({});
    m_nhsLogin->setCurrent(QStringLiteral("not_discussed"));
    m_followUp->setChips(m_followUp->chips().mid(0, 4));
    m_followUp->setCurrent(kNoFollowUp);
    m_notes->clear();
    showFollowUpDate();
    showMessage(m_message, QString(), false);
    m_title->setText(tr("Record a session"));
    m_save->setText(tr("Save the session"));
    m_loading = wasLoading;
}

void SessionForm::startNew(qint64 visitorId)
{
    m_draftTimer.stop();
    m_loading = true;
    resetFields();
    if (m_context->isSignedIn()) {
        // Returning visitors come first, so the person in front of you is usually one tap away.
        m_visitors->search(QString());
        if (visitorId != 0) {
            const Store::StoreResult<Records::Visitor> visitor =
                m_context->store().visitor(m_context->actor(), visitorId);
            if (visitor.ok()) {
                chooseVisitor(visitorId, visitor.value().name);
            }
        }
    }
    m_loading = false;
}

void SessionForm::edit(const Records::AssistedSession &session)
{
    m_draftTimer.stop();
    const Store::StoreResult<Records::Visitor> visitor =
        session.visitorId != 0 ? m_context->store().visitor(m_context->actor(), session.visitorId)
                               : Store::StoreResult<Records::Visitor>(Records::Visitor{});
    showDraft(SessionDraft::fromSession(session, visitor.ok() ? visitor.value().name : QString()));
    m_save->setText(tr("Save the changes"));
}

bool SessionForm::restoreDraft()
{
    if (!m_context->isSignedIn()) {
        return false;
    }
    const Store::StoreResult<QByteArray> draft = m_context->store().draft(m_context->volunteer().id);
    if (!draft.ok() || draft.value().isEmpty()) {
        return false;
    }
    showDraft(SessionDraft::fromJson(draft.value()));
    m_visitors->search(QString());
    showMessage(m_message, tr("Here is the session you had not finished. Check it, then save it."), false);
    return true;
}

void SessionForm::save()
{
    const Records::AssistedSession session = toSession();
    if (session.tasks.isEmpty()) {
        showMessage(m_message, tr("Touch at least one task you helped with."), true);
        return;
    }
    Store::Store &store = m_context->store();
    qint64 id = session.id;
    Store::StoreError error;
    if (id != 0) {
        error = store.updateSession(m_context->actor(), session);
    } else {
        const Store::StoreResult<qint64> added = store.addSession(m_context->actor(), session);
        error = added.error();
        id = added.ok() ? added.value() : 0;
    }
    if (!error.ok()) {
        showMessage(m_message, error.message(), true);
        return;
    }
    m_draftTimer.stop();
    store.clearDraft(m_context->volunteer().id);
    startNew();
    Q_EMIT saved(id);
}

void SessionForm::discard()
{
    m_draftTimer.stop();
    if (m_context->isSignedIn()) {
        m_context->store().clearDraft(m_context->volunteer().id);
    }
    startNew();
    Q_EMIT discarded();
}

} // namespace HealthHub::Ui
