// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/followupsscreen.h"

#include "ui/common/theme.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consolepage.h"
#include "ui/console/followupmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace HealthHub::Ui {

FollowUpsScreen::FollowUpsScreen(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new FollowUpModel(this))
{
    QVBoxLayout *layout = makeConsolePage(this, QStringLiteral("followUps"), tr("Follow-ups"));
    QWidget *page = layout->parentWidget();
    m_summary = makeLabel(QString(), Kind::Lead, QStringLiteral("followUpsSummary"), page);
    layout->addWidget(m_summary);
    m_message = makeMessage(QStringLiteral("followUpsMessage"), page);
    layout->addWidget(m_message);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("followUpsTable"));
    m_table->setAccessibleName(tr("Follow-ups due"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(60);
    m_table->horizontalHeader()->setSectionResizeMode(FollowUpModel::TasksColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FollowUpModel::DueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FollowUpModel::VisitorColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FollowUpModel::ContactColumn, QHeaderView::ResizeToContents);
    m_table->setStyleSheet(QStringLiteral("QTableView { font-size: 22px; }"));
    m_table->setMinimumHeight(330);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    QPushButton *done =
        makeButton(tr("Mark the chosen one done"), Kind::Primary, QStringLiteral("followUpDoneButton"), page);
    QPushButton *journey =
        makeButton(tr("Open their journey"), Kind::Secondary, QStringLiteral("followUpJourneyButton"), page);
    buttons->addWidget(done, 2);
    buttons->addWidget(journey, 1);
    layout->addLayout(buttons);

    connect(done, &QPushButton::clicked, this, [this] {
        const int row = chosenRow();
        if (row < 0) {
            return;
        }
        const Store::StoreError error =
            m_context->store().markFollowUpDone(m_context->actor(), m_model->followUp(row).sessionId);
        refresh();
        showMessage(m_message, error.ok() ? tr("Marked as done.") : error.message(), !error.ok());
        Q_EMIT m_context->recordsChanged();
    });
    connect(journey, &QPushButton::clicked, this, [this] {
        const int row = chosenRow();
        if (row >= 0 && m_model->followUp(row).visitorId != 0) {
            Q_EMIT journeyRequested(m_model->followUp(row).visitorId);
        }
    });
}

int FollowUpsScreen::chosenRow()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        showMessage(m_message, tr("Touch a follow-up in the table first."), true);
        return -1;
    }
    return rows.constFirst().row();
}

void FollowUpsScreen::refresh()
{
    const QDate today = QDate::currentDate();
    const Store::StoreResult<QList<Records::FollowUpDue>> due = m_context->store().followUpsDue(m_context->actor(), today);
    m_model->setFollowUps(due.ok() ? due.value() : QList<Records::FollowUpDue>(), today);
    const int overdue = m_model->overdue();
    const int todayCount = m_model->rowCount() - overdue;
    m_summary->setText(m_model->rowCount() == 0 ? tr("Nothing is due. Well done.")
                                                : tr("Due today: %1. Overdue: %2.").arg(todayCount).arg(overdue));
    showMessage(m_message, QString(), false);
}

} // namespace HealthHub::Ui
