// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/bookingmodel.h"

#include <QLocale>

namespace HealthHub::Ui {

BookingModel::BookingModel(QObject *parent)
    : RecordTableModel(parent)
{
    using Booking = Records::Booking;
    setColumns({
        {tr("Day"),
         [](const Booking &booking) {
             return QLocale().toString(booking.startsAt.toLocalTime().date(), QStringLiteral("ddd d MMM"));
         }},
        {tr("Time"),
         [](const Booking &booking) {
             return tr("%1 to %2")
                 .arg(booking.startsAt.toLocalTime().time().toString(QStringLiteral("HH:mm")),
                      booking.endsAt.toLocalTime().time().toString(QStringLiteral("HH:mm")));
         }},
        {tr("Visitor"),
         [this](const Booking &booking) {
             return booking.visitorId == 0 ? tr("No name given") : m_names.value(booking.visitorId);
         }},
        {tr("What for"),
         [](const Booking &booking) {
             return booking.purpose;
         }},
    });
}

void BookingModel::setBookings(const QList<Records::Booking> &bookings, const QHash<qint64, QString> &names)
{
    setRows(bookings, [&] { m_names = names; });
}

QVariant BookingModel::roleData(const Records::Booking &row, int column, int role) const
{
    Q_UNUSED(column)
    return role == IdRole ? QVariant(row.id) : QVariant();
}

} // namespace HealthHub::Ui
