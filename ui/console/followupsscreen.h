// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace HealthHub::Ui {

class ConsoleContext;
class FollowUpModel;

/** What is due today and what is overdue, oldest first; mark one done or open the visitor's journey. */
class FollowUpsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpsScreen)

public:
    explicit FollowUpsScreen(ConsoleContext *context, QWidget *parent = nullptr);

    void refresh();
    FollowUpModel *model() const { return m_model; }

Q_SIGNALS:
    void journeyRequested(qint64 visitorId);

private:
    int chosenRow();

    ConsoleContext *m_context = nullptr;
    FollowUpModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace HealthHub::Ui
