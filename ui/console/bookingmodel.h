// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"
#include "ui/console/recordtablemodel.h"

#include <QHash>

namespace HealthHub::Ui {

/** The video booth's bookings in the days shown: day, time, visitor and purpose. */
class BookingModel final : public RecordTableModel<Records::Booking>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingModel)

public:
    enum Column { DayColumn, TimeColumn, VisitorColumn, PurposeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit BookingModel(QObject *parent = nullptr);

    /** @p names maps visitor ids to the names shown. */
    void setBookings(const QList<Records::Booking> &bookings, const QHash<qint64, QString> &names);
    const Records::Booking &booking(int index) const { return row(index); }

private:
    QVariant roleData(const Records::Booking &row, int column, int role) const override;

    QHash<qint64, QString> m_names;
};

} // namespace HealthHub::Ui
