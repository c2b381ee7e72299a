// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/visitorsearchmodel.h"

#include "ui/console/consolecontext.h"

#include <QLocale>

namespace HealthHub::Ui {

VisitorSearchModel::VisitorSearchModel(ConsoleContext *context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{}

void VisitorSearchModel::search(const QString &prefix)
{
    beginResetModel();
    m_prefix = prefix;
    const Store::StoreResult<QList<Records::VisitorMatch>> found =
        m_context->store().searchVisitors(m_context->actor(), prefix, kLimit);
    m_matches = found.ok() ? found.value() : QList<Records::VisitorMatch>();
    endResetModel();
}

void VisitorSearchModel::clear()
{
    beginResetModel();
    m_matches.clear();
    m_prefix.clear();
    endResetModel();
}

int VisitorSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant VisitorSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Records::VisitorMatch &match = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (match.sessions == 0) {
            return tr("%1 — new").arg(match.visitor.name);
        }
        return tr("%1 — last here %2 (visits: %3)")
            .arg(match.visitor.name, QLocale().toString(match.lastSeen.toLocalTime().date(), QLocale::ShortFormat),
                 QLocale().toString(match.sessions));
    case IdRole:
        return match.visitor.id;
    case NameRole:
        return match.visitor.name;
    case SessionsRole:
        return match.sessions;
    default:
        return {};
    }
}

} // namespace HealthHub::Ui
