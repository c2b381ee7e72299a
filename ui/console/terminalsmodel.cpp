// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/terminalsmodel.h"

namespace HealthHub::Ui {

namespace {
QString stateText(const HubLink::TerminalStatus &status)
{
    if (!status.online) {
        return TerminalsModel::tr("Offline");
    }
    if (status.booth == QLatin1String("in-call")) {
        return TerminalsModel::tr("In a call");
    }
    if (status.booth == QLatin1String("clearing")) {
        return TerminalsModel::tr("Being cleared");
    }
    if (status.booth == QLatin1String("check-failed")) {
        return TerminalsModel::tr("Check failed");
    }
    if (status.booth == QLatin1String("free")) {
        return TerminalsModel::tr("Free");
    }
    return TerminalsModel::tr("Running");
}
} // namespace

TerminalsModel::TerminalsModel(HubLink::Link *link, QObject *parent)
    : QAbstractTableModel(parent)
    , m_link(link)
{
    connect(m_link, &HubLink::Link::terminalsChanged, this, &TerminalsModel::refresh);
    refresh();
}

void TerminalsModel::refresh()
{
    beginResetModel();
    m_rows = m_link->terminals();
    endResetModel();
}

int TerminalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TerminalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TerminalsModel::ago(const QDateTime &then, const QDateTime &now)
{
    const qint64 minutes = then.secsTo(now) / 60;
    if (minutes < 1) {
        return tr("just now");
    }
    if (minutes < 60) {
        return tr("%n minute(s) ago", nullptr, int(minutes));
    }
    return tr("%n hour(s) ago", nullptr, int(minutes / 60));
}

QString TerminalsModel::text(const HubLink::TerminalSeen &seen, int column) const
{
    switch (column) {
    case Name:
        return seen.name;
    case Role:
        return seen.status.role;
    case State:
        return stateText(seen.status);
    case LastWipe:
        if (!seen.status.lastWipe.at.isValid()) {
            return tr("None yet");
        }
        return (seen.status.lastWipe.ok ? tr("Verified at %1") : tr("FAILED at %1"))
            .arg(seen.status.lastWipe.at.toLocalTime().toString(QStringLiteral("HH:mm")));
    case LastHeard:
        return ago(seen.lastHeard, QDateTime::currentDateTimeUtc());
    default:
        return {};
    }
}

QVariant TerminalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    return text(m_rows.at(index.row()), index.column());
}

QVariant TerminalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Terminal");
    case Role:
        return tr("Role");
    case State:
        return tr("State");
    case LastWipe:
        return tr("Last wipe");
    case LastHeard:
        return tr("Last heard");
    default:
        return {};
    }
}

} // namespace HealthHub::Ui
