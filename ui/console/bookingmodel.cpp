// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/bookingmodel.h"

#include <QLocale>

namespace HealthHub::Ui {

BookingModel::BookingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BookingModel::setBookings(const QList<Records::Booking> &bookings, const QHash<qint64, QString> &names)
{
    beginResetModel();
    m_bookings = bookings;
    m_names = names;
    endResetModel();
}

int BookingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int BookingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Records::Booking &booking = m_bookings.at(index.row());
    if (role == IdRole) {
        return booking.id;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case DayColumn:
        return locale.toString(booking.startsAt.toLocalTime().date(), QStringLiteral("ddd d MMM"));
    case TimeColumn:
        return tr("%1 to %2")
            .arg(booking.startsAt.toLocalTime().time().toString(QStringLiteral("HH:mm")),
                 booking.endsAt.toLocalTime().time().toString(QStringLiteral("HH:mm")));
    case VisitorColumn:
        return booking.visitorId == 0 ? tr("No name given") : m_names.value(booking.visitorId);
    case PurposeColumn:
        return booking.purpose;
    default:
        return {};
    }
}

QVariant BookingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DayColumn:
        return tr("Day");
    case TimeColumn:
        return tr("Time");
    case VisitorColumn:
        return tr("Visitor");
    case PurposeColumn:
        return tr("What for");
    default:
        return {};
    }
}

} // namespace HealthHub::Ui
