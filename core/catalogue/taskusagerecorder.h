// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace HealthHub::Store {
class Store;
}

namespace HealthHub::Catalogue {

/**
 * Counts guides opened and read to the end, for the hub's reports: the task and the day, never the person.
 * Counts go to the records store only while one is open on this terminal. A visitor kiosk usually has none
 * open, and then nothing is counted or kept anywhere (not even in memory): see docs/content-format.md.
 */
class TaskUsageRecorder final
{
public:
    explicit TaskUsageRecorder(Store::Store *store = nullptr)
        : m_store(store)
    {}

    void setStore(Store::Store *store) { m_store = store; }
    bool isRecording() const;

    /** Counts "opened:<task-id>"; false when no store is open or the store refused. */
    bool opened(const QString &taskId);
    /** Counts "finished:<task-id>". */
    bool finished(const QString &taskId);

    static QString openedCode(const QString &taskId) { return QStringLiteral("opened:") + taskId; }
    static QString finishedCode(const QString &taskId) { return QStringLiteral("finished:") + taskId; }

private:
    bool count(const QString &code);

    Store::Store *m_store = nullptr;
};

} // namespace HealthHub::Catalogue
