// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/followupmodel.h"

#include "ui/common/theme.h"
#include "ui/console/vocabulary.h"

#include <QBrush>
#include <QLocale>

namespace HealthHub::Ui {

FollowUpModel::FollowUpModel(QObject *parent)
    : RecordTableModel(parent)
{
    using Due = Records::FollowUpDue;
    setColumns({
        {tr("Due"),
         [this](const Due &due) {
             const QString date = QLocale().toString(due.dueOn, QLocale::ShortFormat);
             return due.dueOn < m_today ? tr("Overdue: %1").arg(date) : tr("Today");
         }},
        {tr("Visitor"),
         [](const Due &due) {
             return due.visitorName.isEmpty() ? tr("No name given") : due.visitorName;
         }},
        {tr("Contact"),
         [](const Due &due) {
             return due.contact;
         }},
        {tr("Helped with"),
         [](const Due &due) {
             QStringList tasks;
             for (const QString &task : due.tasks) {
                 tasks.append(Vocabulary::label(Vocabulary::List::Task, task));
             }
             return tasks.join(QStringLiteral(", "));
         }},
    });
}

void FollowUpModel::setFollowUps(const QList<Records::FollowUpDue> &list, const QDate &today)
{
    setRows(list, [&] { m_today = today; });
}

int FollowUpModel::overdue() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [this](const auto &due) { return due.dueOn < m_today; }));
}

QVariant FollowUpModel::roleData(const Records::FollowUpDue &row, int column, int role) const
{
    const bool late = row.dueOn < m_today;
    switch (role) {
    case SessionIdRole:
        return row.sessionId;
    case VisitorIdRole:
        return row.visitorId;
    case OverdueRole:
        return late;
    case Qt::ForegroundRole:
        return column == DueColumn && late ? QVariant(QBrush(Theme::palette(false).warning)) : QVariant();
    default:
        return {};
    }
}

} // namespace HealthHub::Ui
