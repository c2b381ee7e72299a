// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hublink/hublink.h"
#include "ui/console/recordtablemodel.h"

#include <QDateTime>

namespace HealthHub::Ui {

/** The hub's terminals as the console last heard of them: name, role, state, last verified wipe, last heard. */
class TerminalsModel final : public RecordTableModel<HubLink::TerminalSeen>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalsModel)

public:
    enum Column { Name, Role, State, LastWipe, Content, LastHeard, ColumnCount };

    explicit TerminalsModel(HubLink::Link *link, QObject *parent = nullptr);

    /** "just now", "5 minutes ago", "3 hours ago" from @p then to @p now. */
    static QString ago(const QDateTime &then, const QDateTime &now);
    /** Refreshes the rows (and the "ago" column, which changes with time alone). */
    void refresh();

private:
    HubLink::Link *m_link = nullptr;
};

} // namespace HealthHub::Ui
