// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalogue/searchresultsmodel.h"

#include "core/catalogue/plaintext.h"

namespace HealthHub::Catalogue {

SearchResultsModel::SearchResultsModel(const Catalogue *catalogue, const SearchIndex *index, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalogue(catalogue)
    , m_index(index)
{
    refresh();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchIndex::Hit &hit = m_rows.at(index.row());
    const Task *task = m_catalogue->task(hit.taskId);
    if (!task) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return task->text(m_language).title;
    case Qt::ToolTipRole:
    case SummaryRole:
        return task->text(m_language).summary;
    case TaskIdRole:
        return task->id;
    case IconRole:
        return task->icon;
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TaskIdRole, "taskId");
    names.insert(SummaryRole, "summary");
    names.insert(IconRole, "icon");
    names.insert(ScoreRole, "score");
    return names;
}

void SearchResultsModel::setQuery(const QString &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    refresh();
}

void SearchResultsModel::setLanguage(const QString &language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    refresh();
}

QString SearchResultsModel::taskId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).taskId : QString();
}

void SearchResultsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (PlainText::normalise(m_query).isEmpty()) {
        for (const Task &task : m_catalogue->tasks()) {
            m_rows.append({task.id, 0.0});
        }
    } else {
        m_rows = m_index->search(m_query, m_language);
    }
    endResetModel();
}

} // namespace HealthHub::Catalogue
