// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QAbstractTableModel>
#include <QHash>

namespace HealthHub::Ui {

/** The video booth's bookings in the days shown: day, time, visitor and purpose. */
class BookingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingModel)

public:
    enum Column { DayColumn, TimeColumn, VisitorColumn, PurposeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit BookingModel(QObject *parent = nullptr);

    /** @p names maps visitor ids to the names shown. */
    void setBookings(const QList<Records::Booking> &bookings, const QHash<qint64, QString> &names);
    const Records::Booking &booking(int row) const { return m_bookings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Records::Booking> m_bookings;
    QHash<qint64, QString> m_names;
};

} // namespace HealthHub::Ui
