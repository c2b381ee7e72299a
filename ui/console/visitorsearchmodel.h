// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/store.h"

#include <QAbstractListModel>

namespace HealthHub::Ui {

class ConsoleContext;

/**
 * Visitors whose first name or initials start with what the volunteer typed, returning visitors first
 * (most recent visit first). Every search is audited by the store.
 */
class VisitorSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitorSearchModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, SessionsRole };
    static constexpr int kLimit = 8;

    explicit VisitorSearchModel(ConsoleContext *context, QObject *parent = nullptr);

    void search(const QString &prefix);
    void clear();
    const Records::VisitorMatch &match(int row) const { return m_matches.at(row); }
    QString prefix() const { return m_prefix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ConsoleContext *m_context = nullptr;
    QList<Records::VisitorMatch> m_matches;
    QString m_prefix;
};

} // namespace HealthHub::Ui
