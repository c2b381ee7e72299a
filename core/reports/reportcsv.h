// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/records.h"

#include <QByteArray>

namespace HealthHub::Reports {

/** A funder report's rows as CSV (section,key,subkey,count), for funders' spreadsheets. */
QByteArray reportCsv(const Records::PeriodReport &report);

} // namespace HealthHub::Reports
