// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/console/chipselector.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace HealthHub::Ui {

/**
 * The words the console shows for the codes the store keeps: tasks, outcomes, barriers, referral sources
 * and NHS login statuses. Codes never change; the words are translated.
 */
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(HealthHub::Ui::Vocabulary)

public:
    enum class List { Task, Outcome, Barrier, Referral, NhsLogin };

    static QString label(List list, const QString &code);
    /** Every code of @p list as chips, in the store's order. */
    static QList<Chip> chips(List list);
};

} // namespace HealthHub::Ui
