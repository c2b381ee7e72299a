// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace HealthHub::MediaCheck {

/** The outcome of one part of the booth's pre-call check, in words a visitor can act on. */
struct CheckResult
{
    enum class Status {
        NotRun,  ///< not started yet
        Running, ///< under way
        Pass,    ///< works
        Warning, ///< may work: the message says what to do
        Fail,    ///< does not work: the message says to ask a volunteer
    };

    Status status = Status::NotRun;
    QString message; ///< plain English for the visitor (translated), one or two short sentences
    QString detail;  ///< figures for a volunteer or the log, e.g. "down 1200 kbit/s"; never personal data

    bool isDone() const { return status == Status::Pass || status == Status::Warning || status == Status::Fail; }
};

/** "pass", "warning", "fail", "running", "not run": for logs and tests. */
QString statusName(CheckResult::Status status);

} // namespace HealthHub::MediaCheck

Q_DECLARE_METATYPE(HealthHub::MediaCheck::CheckResult)
