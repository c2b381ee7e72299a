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

QString lastWipeText(const HubLink::TerminalStatus &status)
{
    if (!status.lastWipe.at.isValid()) {
        return TerminalsModel::tr("None yet");
    }
    return (status.lastWipe.ok ? TerminalsModel::tr("Verified at %1") : TerminalsModel::tr("FAILED at %1"))
        .arg(status.lastWipe.at.toLocalTime().toString(QStringLiteral("HH:mm")));
}
} // namespace

TerminalsModel::TerminalsModel(HubLink::Link *link, QObject *parent)
    : RecordTableModel(parent)
    , m_link(link)
{
    using Seen = HubLink::TerminalSeen;
    setColumns({
        {tr("Terminal"),
         [](const Seen &seen) {
             return seen.name;
         }},
        {tr("Role"),
         [](const Seen &seen) {
             return seen.status.role;
         }},
        {tr("State"),
         [](const Seen &seen) {
             return stateText(seen.status);
         }},
        {tr("Last wipe"),
         [](const Seen &seen) {
             return lastWipeText(seen.status);
         }},
        {tr("Content"),
         [](const Seen &seen) {
             // The bundle it runs, "STALE" when its expiry passed (docs/bundles.md).
             return seen.status.bundle.isEmpty() ? tr("Built in") : seen.status.bundle;
         }},
        {tr("Last heard"),
         [](const Seen &seen) {
             return ago(seen.lastHeard, QDateTime::currentDateTimeUtc());
         }},
    });
    connect(m_link, &HubLink::Link::terminalsChanged, this, &TerminalsModel::refresh);
    refresh();
}

void TerminalsModel::refresh()
{
    setRows(m_link->terminals());
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

} // namespace HealthHub::Ui
