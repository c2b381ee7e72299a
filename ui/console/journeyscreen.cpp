// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/journeyscreen.h"

#include "core/store/privatefiles.h"
#include "core/store/store.h"
#include "ui/common/theme.h"
#include "ui/console/chipselector.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consolepage.h"
#include "ui/console/sessionlistmodel.h"
#include "ui/console/visitorsearchmodel.h"
#include "ui/console/vocabulary.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    return Store::writePrivateFile(path, bytes);
}
} // namespace

JourneyScreen::JourneyScreen(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new VisitorSearchModel(context, this))
    , m_sessions(new SessionListModel(this))
{
    QVBoxLayout *layout = makeConsolePage(this, QStringLiteral("visitorJourney"), tr("A visitor's journey"));
    QWidget *page = layout->parentWidget();
    m_searchField = new QLineEdit(page);
    m_searchField->setObjectName(QStringLiteral("journeySearchField"));
    m_searchField->setAccessibleName(tr("Find a visitor by first name or initials"));
    m_searchField->setPlaceholderText(tr("First name or initials"));
    layout->addWidget(m_searchField);
    m_visitorList = new QListView(page);
    m_visitorList->setObjectName(QStringLiteral("journeyVisitorList"));
    m_visitorList->setAccessibleName(tr("Visitors found"));
    m_visitorList->setModel(m_search);
    m_visitorList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleTouchList(m_visitorList, 3);
    layout->addWidget(m_visitorList);
    m_message = makeMessage(QStringLiteral("journeyMessage"), page);
    layout->addWidget(m_message);

    m_details = buildDetails(page);
    layout->addWidget(m_details);
    layout->addStretch(1);
    m_details->hide();

    connect(m_searchField, &QLineEdit::textEdited, m_search, &VisitorSearchModel::search);
    connect(m_visitorList, &QListView::clicked, this,
            [this](const QModelIndex &index) { showVisitor(index.data(VisitorSearchModel::IdRole).toLongLong()); });
    connect(m_record, &QPushButton::clicked, this, [this] { Q_EMIT recordRequested(m_visitor.id); });
}

QWidget *JourneyScreen::buildDetails(QWidget *page)
{
    auto *widget = new QWidget(page);
    widget->setObjectName(QStringLiteral("journeyDetails"));
    auto *details = new QVBoxLayout(widget);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(12);
    m_name = makeLabel(QString(), Kind::Title, QStringLiteral("journeyName"), widget);
    details->addWidget(m_name);
    m_summary = makeLabel(QString(), Kind::Lead, QStringLiteral("journeySummary"), widget);
    details->addWidget(m_summary);
    m_record =
        makeButton(tr("Record a session for them"), Kind::Primary, QStringLiteral("recordForVisitorButton"), widget);
    details->addWidget(m_record);
    m_alone = makeLabel(QString(), Kind::Body, QStringLiteral("journeyAlone"), widget);
    details->addWidget(m_alone);
    m_openFollowUps = makeLabel(QString(), Kind::Body, QStringLiteral("journeyFollowUps"), widget);
    details->addWidget(m_openFollowUps);
    buildContact(widget, details);
    buildHistory(widget, details);
    buildActions(widget, details);
    return widget;
}

void JourneyScreen::buildContact(QWidget *widget, QVBoxLayout *details)
{
    // Contact details are kept only with the visitor's agreement, and only for following up.
    details->addWidget(
        makeLabel(tr("Contact for follow-up"), Kind::Lead, QStringLiteral("journeyContactTitle"), widget));
    m_contact = new QLineEdit(widget);
    m_contact->setObjectName(QStringLiteral("journeyContactField"));
    m_contact->setAccessibleName(tr("Phone number or email for follow-up"));
    m_contact->setPlaceholderText(tr("Phone number or email"));
    m_contact->setMaxLength(100);
    details->addWidget(m_contact);
    m_consent =
        new ChipSelector(QStringLiteral("journeyConsentChips"), tr("Do they agree that the hub may contact them?"),
                         ChipSelector::Mode::Single, widget);
    m_consent->setChips({{QStringLiteral("yes"), tr("They agree we may contact them")},
                         {QStringLiteral("no"), tr("They do not agree")}});
    details->addWidget(m_consent);
    QPushButton *saveContact =
        makeButton(tr("Save contact details"), Kind::Secondary, QStringLiteral("saveContactButton"), widget);
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(saveContact);
    contactRow->addStretch(1);
    details->addLayout(contactRow);
    m_contactMessage = makeMessage(QStringLiteral("journeyContactMessage"), widget);
    details->addWidget(m_contactMessage);
    connect(saveContact, &QPushButton::clicked, this, &JourneyScreen::saveContact);
}

void JourneyScreen::buildHistory(QWidget *widget, QVBoxLayout *details)
{
    details->addWidget(
        makeLabel(tr("Confidence over time (1 to 5)"), Kind::Lead, QStringLiteral("journeyChartTitle"), widget));
    m_chart = new QChartView(widget);
    m_chart->setObjectName(QStringLiteral("journeyConfidenceChart"));
    m_chart->setAccessibleName(tr("Chart: confidence before and after each session"));
    m_chart->setFixedHeight(260);
    m_chart->setRenderHint(QPainter::Antialiasing);
    details->addWidget(m_chart);
    details->addWidget(
        makeLabel(tr("Sessions, newest first"), Kind::Lead, QStringLiteral("journeyTableTitle"), widget));
    m_table = new QTableView(widget);
    m_table->setObjectName(QStringLiteral("journeySessions"));
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setModel(m_sessions);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SessionListModel::TasksColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SessionListModel::BarriersColumn, QHeaderView::Stretch);
    m_table->setStyleSheet(QStringLiteral("QTableView { font-size: 20px; } QTableView::item { padding: 8px; }"));
    m_table->setMinimumHeight(300);
    details->addWidget(m_table);
}

void JourneyScreen::buildActions(QWidget *widget, QVBoxLayout *details)
{
    auto *buttons = new QHBoxLayout;
    m_edit = makeButton(tr("Change the chosen session"), Kind::Secondary, QStringLiteral("editSessionButton"), widget);
    m_export = makeButton(tr("Export their records"), Kind::Secondary, QStringLiteral("exportVisitorButton"), widget);
    m_erase = makeButton(tr("Erase this visitor"), Kind::Secondary, QStringLiteral("eraseVisitorButton"), widget);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_export);
    buttons->addWidget(m_erase);
    details->addLayout(buttons);

    m_confirm = new QFrame(widget);
    m_confirm->setObjectName(QStringLiteral("eraseConfirmPanel"));
    m_confirm->setFrameShape(QFrame::Box);
    auto *confirm = new QVBoxLayout(m_confirm);
    m_confirmText = makeLabel(QString(), Kind::Lead, QStringLiteral("eraseConfirmText"), m_confirm);
    confirm->addWidget(m_confirmText);
    auto *confirmButtons = new QHBoxLayout;
    QPushButton *yes =
        makeButton(tr("Yes, erase everything"), Kind::Primary, QStringLiteral("eraseConfirmButton"), m_confirm);
    QPushButton *no = makeButton(tr("No, keep them"), Kind::Secondary, QStringLiteral("eraseCancelButton"), m_confirm);
    confirmButtons->addWidget(yes);
    confirmButtons->addWidget(no);
    confirm->addLayout(confirmButtons);
    m_confirm->hide();
    details->addWidget(m_confirm);

    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty()) {
            showMessage(m_message, tr("Touch a session in the table first."), true);
            return;
        }
        Q_EMIT editRequested(m_sessions->session(rows.constFirst().row()));
    });
    connect(m_export, &QPushButton::clicked, this, &JourneyScreen::exportVisitor);
    connect(m_erase, &QPushButton::clicked, this, [this] {
        m_confirmText->setText(
            tr("Erase %1 and all their sessions and bookings? This cannot be undone.").arg(m_visitor.name));
        m_confirm->show();
    });
    connect(no, &QPushButton::clicked, m_confirm, &QFrame::hide);
    connect(yes, &QPushButton::clicked, this, &JourneyScreen::eraseVisitor);
}

void JourneyScreen::refresh()
{
    m_searchField->clear();
    m_search->search(QString());
    showMessage(m_message, QString(), false);
    m_confirm->hide();
    if (m_visitor.id != 0) {
        showVisitor(m_visitor.id);
    }
}

void JourneyScreen::showVisitor(qint64 visitorId)
{
    m_confirm->hide();
    Store::Store &store = m_context->store();
    const Store::StoreResult<Records::Visitor> visitor = store.visitor(m_context->actor(), visitorId);
    const Store::StoreResult<QList<Records::AssistedSession>> history =
        store.visitorHistory(m_context->actor(), visitorId);
    if (!visitor.ok() || !history.ok()) {
        m_visitor = {};
        m_details->hide();
        return;
    }
    m_visitor = visitor.value();
    const QList<Records::AssistedSession> &sessions = history.value();
    m_sessions->setSessions(sessions);
    m_name->setText(m_visitor.name);
    m_contact->setText(m_visitor.contact);
    m_consent->setCurrent(m_visitor.consent ? QStringLiteral("yes") : QString());
    showMessage(m_contactMessage, QString(), false);
    const QLocale locale;
    if (sessions.isEmpty()) {
        m_summary->setText(tr("No sessions yet. First recorded on %1.")
                               .arg(locale.toString(m_visitor.createdAt.toLocalTime().date(), QLocale::LongFormat)));
    } else {
        m_summary->setText(
            tr("Sessions: %1. First on %2, last on %3.")
                .arg(locale.toString(sessions.size()),
                     locale.toString(sessions.constFirst().startedAt.toLocalTime().date(), QLocale::LongFormat),
                     locale.toString(sessions.constLast().startedAt.toLocalTime().date(), QLocale::LongFormat)));
    }
    m_record->setText(tr("Record a session for %1").arg(m_visitor.name));
    m_record->setAccessibleName(m_record->text());

    showProgress(sessions);
    showConfidence(sessions);
    const bool lead = m_context->isHubLead();
    m_export->setVisible(lead);
    m_erase->setVisible(lead);
    m_edit->setEnabled(!sessions.isEmpty());
    m_table->setFixedHeight(std::min(560, 60 + int(sessions.size()) * 56));
    m_details->show();
}

void JourneyScreen::showProgress(const QList<Records::AssistedSession> &sessions)
{
    // A task they now manage: its latest outcome was "done". Open follow-ups: due and not done.
    const QLocale locale;
    QMap<QString, QString> latest;
    QStringList open;
    for (const Records::AssistedSession &session : sessions) {
        for (const Records::TaskHelped &task : session.tasks) {
            latest.insert(task.task, task.outcome);
        }
        if (session.followUpOn.isValid() && !session.followUpDoneAt.isValid()) {
            open.append(locale.toString(session.followUpOn, QLocale::ShortFormat));
        }
    }
    QStringList alone;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (it.value() == QLatin1String("done")) {
            alone.append(Vocabulary::label(Vocabulary::List::Task, it.key()));
        }
    }
    m_alone->setText(alone.isEmpty()
                         ? tr("Tasks now done: none yet.")
                         : tr("Tasks now done (last time it was done): %1.").arg(alone.join(QStringLiteral(", "))));
    m_openFollowUps->setText(open.isEmpty() ? tr("Open follow-ups: none.")
                                            : tr("Open follow-ups due: %1.").arg(open.join(QStringLiteral(", "))));
}

bool JourneyScreen::saveContact()
{
    if (m_visitor.id == 0) {
        return false;
    }
    Records::Visitor changed = m_visitor;
    changed.contact = m_contact->text().trimmed();
    const QString consent = m_consent->current();
    if (consent == QLatin1String("no")) {
        // Saying no (or taking agreement back) removes what was kept.
        changed.consent = false;
        changed.contact.clear();
    } else if (consent == QLatin1String("yes")) {
        changed.consent = true;
    } else if (!changed.contact.isEmpty()) {
        showMessage(m_contactMessage, tr("Ask them first. Contact details are kept only when the visitor agrees."),
                    true);
        return false;
    } else {
        changed.consent = false;
    }
    const Store::StoreError error = m_context->store().updateVisitor(m_context->actor(), changed);
    if (!error.ok()) {
        showMessage(m_contactMessage, error.message(), true);
        return false;
    }
    m_visitor.contact = changed.contact;
    m_visitor.consent = changed.consent;
    m_contact->setText(changed.contact);
    m_consent->setCurrent(changed.consent ? QStringLiteral("yes") : QString());
    showMessage(m_contactMessage,
                changed.contact.isEmpty() ? tr("Saved. No contact details are kept for %1.").arg(m_visitor.name)
                                          : tr("Saved. The hub may contact %1 to follow up.").arg(m_visitor.name),
                false);
    return true;
}

void JourneyScreen::showConfidence(const QList<Records::AssistedSession> &history)
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    const Palette palette = Theme::palette(false);
    auto *before = new QLineSeries;
    before->setName(tr("Before"));
    before->setColor(palette.secondaryText);
    before->setPointsVisible(true);
    auto *after = new QLineSeries;
    after->setName(tr("After"));
    after->setColor(palette.primary);
    after->setPointsVisible(true);
    QPen pen = after->pen();
    pen.setWidth(4);
    after->setPen(pen);
    int n = 0;
    for (const Records::AssistedSession &session : history) {
        ++n;
        if (session.confidenceBefore > 0) {
            before->append(n, session.confidenceBefore);
        }
        if (session.confidenceAfter > 0) {
            after->append(n, session.confidenceAfter);
        }
    }
    chart->addSeries(before);
    chart->addSeries(after);
    QFont font = this->font();
    font.setPixelSize(18);
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *x = new QValueAxis;
    x->setRange(1, std::max(2, n));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(std::min(std::max(2, n), 10));
    x->setTitleText(tr("Session"));
    x->setLabelsFont(font);
    x->setTitleFont(font);
    auto *y = new QValueAxis;
    y->setRange(0.5, 5.5);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsFont(font);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {before, after}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void JourneyScreen::exportVisitor()
{
    if (!m_context->isHubLead()) {
        return;
    }
    const Store::StoreResult<Records::VisitorExport> exported =
        m_context->store().exportVisitor(m_context->actor(), m_visitor.id);
    if (!exported.ok()) {
        showMessage(m_message, exported.error().message(), true);
        return;
    }
    const QString base =
        QDir(m_context->exportFolder())
            .filePath(
                QStringLiteral("visitor-%1-%2").arg(m_visitor.id).arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString json = base + QStringLiteral(".json");
    const QString text = base + QStringLiteral(".txt");
    if (!writeFile(json, exported.value().json) || !writeFile(text, exported.value().text.toUtf8())) {
        showMessage(m_message, tr("The export could not be saved. Check the space on the disk."), true);
        return;
    }
    m_lastExport = {json, text};
    showMessage(m_message,
                tr("Saved in %1. Give it to the visitor, then delete it from this computer.")
                    .arg(QDir::toNativeSeparators(text)),
                false);
}

void JourneyScreen::eraseVisitor()
{
    if (!m_context->isHubLead()) {
        return;
    }
    const QString name = m_visitor.name;
    const Store::StoreError error = m_context->store().eraseVisitor(m_context->actor(), m_visitor.id);
    m_confirm->hide();
    if (!error.ok()) {
        showMessage(m_message, error.message(), true);
        return;
    }
    m_visitor = {};
    m_details->hide();
    m_search->search(m_searchField->text());
    showMessage(m_message, tr("%1 and all their records are erased.").arg(name), false);
    Q_EMIT m_context->recordsChanged();
}

} // namespace HealthHub::Ui
