// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QDateTime>
#include <QList>

namespace HealthHub::Reports {

/** Everything held about one visitor, as the store read it for a subject access request. */
struct VisitorFile
{
    Records::Visitor visitor;
    QList<Records::AssistedSession> sessions; ///< oldest first
    QList<Records::Booking> bookings;         ///< earliest first
    QList<Records::AuditEntry> accessLog;     ///< every read, change and export of the visitor, oldest first
    QDateTime madeAt;
};

/** The file as JSON and as plain text, the two forms a visitor may ask for. */
Records::VisitorExport formatVisitorFile(const VisitorFile &file);

} // namespace HealthHub::Reports
