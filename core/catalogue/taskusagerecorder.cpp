// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalogue/taskusagerecorder.h"

#include "core/store/store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUsage, "healthhub.usage")

namespace HealthHub::Catalogue {

bool TaskUsageRecorder::isRecording() const
{
    return m_store && m_store->isOpen();
}

bool TaskUsageRecorder::opened(const QString &taskId)
{
    return count(openedCode(taskId));
}

bool TaskUsageRecorder::finished(const QString &taskId)
{
    return count(finishedCode(taskId));
}

bool TaskUsageRecorder::count(const QString &code)
{
    if (!isRecording()) {
        return false;
    }
    const Store::StoreError error = m_store->countTaskUse(code);
    if (!error.ok()) {
        // A lost count is not worth stopping a visitor for; say so in the log (no personal data in it).
        qCWarning(lcUsage) << "could not count task use";
        return false;
    }
    return true;
}

} // namespace HealthHub::Catalogue
