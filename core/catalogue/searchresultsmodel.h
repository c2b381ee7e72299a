// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalogue/catalogue.h"
#include "core/catalogue/searchindex.h"

#include <QAbstractListModel>

namespace HealthHub::Catalogue {

/**
 * The tasks a visitor sees: all of them in list order while the search box is empty, else the search hits
 * best first. Titles and summaries are in the visitor's language.
 */
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        SummaryRole,
        IconRole, ///< path of the task's icon
        ScoreRole,
    };

    /** @p catalogue and @p index must outlive the model. */
    SearchResultsModel(const Catalogue *catalogue, const SearchIndex *index, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    QString language() const { return m_language; }
    void setQuery(const QString &query);
    void setLanguage(const QString &language);
    /** The task id of @p row, or empty. */
    QString taskId(int row) const;

private:
    void refresh();

    const Catalogue *m_catalogue;
    const SearchIndex *m_index;
    QString m_query;
    QString m_language = QStringLiteral("en");
    QList<SearchIndex::Hit> m_rows;
};

} // namespace HealthHub::Catalogue
