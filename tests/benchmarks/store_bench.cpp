// SPDX-License-Identifier: GPL-3.0-or-later
// The records store, encrypted (SQLCipher with the raw Argon2id key) against the same SQLCipher library with no
// key (plain SQLite of the same version), on one workload in one run:
//   insert N sessions in batches (1,000 by default); a 12-month report grouped by task, outcome and barrier (and the
//   rest of the period report); the look-up of one visitor's history. Also the unlock time at the real cost.
// Usage: store_bench [sessions [batch]]   (default 100000 sessions in batches of 1000)
// Environment: STORE_BENCH_SKIP_UNLOCK=1 skips the unlock; STORE_BENCH_ONLY=encrypted|plain runs one side.

#include "core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace HealthHub::Records;
using namespace HealthHub::Store;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/** CPU time of this process (user + system), in ms: less disturbed by other work on a shared machine. */
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figures
{
    double insertMs = 0;
    double insertCpuMs = 0;
    double reportMs = 0;
    double reportCpuMs = 0;
    double reportFirstMs = 0;
    double lookupMs = 0;
    qint64 reportSessions = 0;
    qint64 fileBytes = 0;
};

const QDateTime kNow = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

/** The records a workload writes. */
struct Shape
{
    int visitors = 400;
    int volunteers = 1;
    int months = 12;     ///< sessions spread evenly over this many months before kNow, in time order
    bool varied = false; ///< every NHS login status (else none discussed), visitors picked with a skew
};

/** The first workload of session 1; and one shaped like the console's demo data (console_bench). */
constexpr Shape kBasicShape{};
constexpr Shape kConsoleShape{5000, 3, 24, true};

Figures runWorkload(bool encrypted, int sessionCount, int batchSize, const Shape &shape = kBasicShape)
{
    QTemporaryDir dir;
    StoreOptions options;
    options.dataDir = dir.path();
    options.kdfCost = KdfCost::cheapest(); // the key's cost is measured separately; here only the database
    options.pinCost = KdfCost::cheapest();
    options.unencryptedForBenchmarks = !encrypted;
    options.clock = [] {
        return kNow;
    };
    Store store(options);
    const SecureBytes passphrase("benchmark passphrase", 20);
    if (!store.create(passphrase).ok()) { // without a key the passphrase is not used
        std::fprintf(stderr, "could not create the store\n");
        std::exit(1);
    }
    QRandomGenerator random(42); // the same workload for both runs
    const Actor admin{};
    const int visitorCount = shape.visitors;
    QList<qint64> volunteers;
    for (int i = 0; i < shape.volunteers; ++i) {
        volunteers.append(store
                              .addVolunteer(admin, QStringLiteral("Bench %1").arg(i), VolunteerRole::Volunteer,
                                            SecureBytes("1234", 4))
                              .value());
    }
    QList<qint64> visitors;
    for (int i = 0; i < visitorCount; ++i) {
        Visitor visitor;
        visitor.name = QStringLiteral("V%1").arg(i);
        visitors.append(store.addVisitor(admin, visitor).value());
    }
    const QStringList tasks{QStringLiteral("nhs-app-setup"),     QStringLiteral("repeat-prescription"),
                            QStringLiteral("gp-appointment"),    QStringLiteral("test-results"),
                            QStringLiteral("nhs-111-online"),    QStringLiteral("find-pharmacy"),
                            QStringLiteral("video-appointment"), QStringLiteral("nhs-login-verify")};
    const QStringList &outcomes = knownOutcomes();
    const QStringList &barriers = knownBarriers();
    const QStringList &referrals = knownReferralSources();

    Figures figures;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    for (int done = 0; done < sessionCount; done += batchSize) {
        QList<AssistedSession> batch;
        for (int i = 0; i < batchSize && done + i < sessionCount; ++i) {
            AssistedSession session;
            // Sessions are recorded as they happen: in time order across the year, a few minutes apart.
            const qint64 spanSeconds = shape.months * 365LL * 24 * 3600 / 12;
            session.startedAt =
                kNow.addSecs(-spanSeconds + spanSeconds * (done + i) / sessionCount + qint64(random.bounded(60)));
            session.volunteerId = volunteers.at(int(random.bounded(shape.volunteers)));
            if (shape.varied) {
                // Some visitors come often: the smaller of two picks.
                session.visitorId =
                    random.bounded(10) != 0
                        ? visitors.at(int(std::min(random.bounded(visitorCount), random.bounded(visitorCount))))
                        : 0;
                session.nhsLogin = knownNhsLoginStatuses().at(int(random.bounded(int(knownNhsLoginStatuses().size()))));
            } else {
                session.visitorId = random.bounded(10) < 7 ? visitors.at(int(random.bounded(visitorCount))) : 0;
            }
            const int taskCount = 1 + int(random.bounded(3));
            for (int t = 0; t < taskCount; ++t) {
                session.tasks.append(
                    {tasks.at(int(random.bounded(tasks.size()))), outcomes.at(int(random.bounded(outcomes.size())))});
            }
            const int barrierCount = int(random.bounded(4));
            for (int b = 0; b < barrierCount; ++b) {
                session.barriers.append(barriers.at(int(random.bounded(barriers.size()))));
            }
            session.barriers.removeDuplicates();
            session.referral = referrals.at(int(random.bounded(referrals.size())));
            session.confidenceBefore = 1 + int(random.bounded(5));
            session.confidenceAfter = 1 + int(random.bounded(5));
            session.notes = QStringLiteral("Helped with the app; will come back next week to finish.");
            if (random.bounded(4) == 0) {
                session.followUpOn = session.startedAt.date().addDays(14);
            }
            batch.append(session);
        }
        if (!store.addSessions(admin, batch).ok()) {
            std::fprintf(stderr, "insert failed\n");
            std::exit(1);
        }
    }
    figures.insertMs = msSince(timer);
    figures.insertCpuMs = cpuMs() - cpuStart;
    store.checkpoint();

    QList<double> reports;
    QList<double> reportCpu;
    for (int run = 0; run < 11; ++run) {
        const double cpuBefore = cpuMs();
        timer.restart();
        const auto report = store.periodReport(kNow.addMonths(-12), kNow);
        const double ms = msSince(timer);
        const double cpu = cpuMs() - cpuBefore;
        if (!report.ok()) {
            std::fprintf(stderr, "report failed\n");
            std::exit(1);
        }
        figures.reportSessions = report.value().sessions;
        if (run == 0) {
            figures.reportFirstMs = ms;
        } else {
            reports.append(ms);
            reportCpu.append(cpu);
        }
    }
    figures.reportMs = median(reports);
    figures.reportCpuMs = median(reportCpu);

    QList<double> lookups;
    for (int run = 0; run < 50; ++run) {
        const qint64 id = visitors.at(int(random.bounded(visitorCount)));
        timer.restart();
        const auto history = store.visitorHistory(admin, id);
        lookups.append(msSince(timer));
        if (!history.ok()) {
            std::fprintf(stderr, "look-up failed\n");
            std::exit(1);
        }
    }
    figures.lookupMs = median(lookups);
    figures.fileBytes = QFileInfo(store.databasePath()).size();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("healthhub.store.info=false"));
    const int sessions = argc > 1 ? std::max(1000, std::atoi(argv[1])) : 100000;
    const int batchSize = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1000;

    // Unlock at the real cost: Argon2id alone, then the whole unlock (key + open + checks).
    if (!qEnvironmentVariableIsSet("STORE_BENCH_SKIP_UNLOCK")) {
        QTemporaryDir dir;
        StoreOptions options;
        options.dataDir = dir.path();
        const SecureBytes passphrase("a real hub passphrase", 21);
        Store store(options);
        store.create(passphrase);
        store.close();
        QList<double> unlocks;
        QElapsedTimer timer;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            if (!store.unlock(passphrase).ok()) {
                std::fprintf(stderr, "unlock failed\n");
                return 1;
            }
            unlocks.append(msSince(timer));
            store.close();
        }
        const KdfCost cost = KdfCost::standard();
        std::printf("Unlock at the real cost (Argon2id opslimit %llu, memlimit %llu MiB), median of 5: %.0f ms "
                    "(Argon2id alone: %.0f ms)\n\n",
                    static_cast<unsigned long long>(cost.opsLimit),
                    static_cast<unsigned long long>(cost.memLimit >> 20), median(unlocks), Store::measureKdfMs(cost));
    }

    std::printf("Workload: %d sessions inserted in time order in batches of %d (1-3 tasks, 0-3 barriers each), "
                "400 visitors\n",
                sessions, batchSize);
    // STORE_BENCH_ONLY=encrypted or =plain runs one side only (for instruction counts under callgrind).
    const QByteArray only = qgetenv("STORE_BENCH_ONLY");
    const Figures plain = only == "encrypted" ? Figures() : runWorkload(false, sessions, batchSize);
    const Figures encrypted = only == "plain" ? Figures() : runWorkload(true, sessions, batchSize);
    std::printf("%-40s %14s %14s %8s\n", "", "encrypted", "no key", "ratio");
    auto row = [](const char *name, double a, double b) {
        std::printf("%-40s %11.1f ms %11.1f ms %7.2fx\n", name, a, b, b > 0 ? a / b : 0.0);
    };
    row("insert all sessions (wall)", encrypted.insertMs, plain.insertMs);
    row("insert all sessions (CPU)", encrypted.insertCpuMs, plain.insertCpuMs);
    row("12-month report, first run", encrypted.reportFirstMs, plain.reportFirstMs);
    row("12-month report, median of 10 (wall)", encrypted.reportMs, plain.reportMs);
    row("12-month report, median of 10 (CPU)", encrypted.reportCpuMs, plain.reportCpuMs);
    row("one visitor's history, median of 50", encrypted.lookupMs, plain.lookupMs);
    std::printf("%-40s %11.1f MB %11.1f MB\n", "database file", double(encrypted.fileBytes) / 1e6,
                double(plain.fileBytes) / 1e6);

    // The console's reports screen asks the same report of data shaped like its demo data (console_bench): more
    // visitors, several volunteers, every NHS login status, two years. STORE_BENCH_CONSOLE=0 skips it.
    if (qEnvironmentVariable("STORE_BENCH_CONSOLE") != QLatin1String("0")) {
        std::printf("\nConsole-shaped: %d sessions over 24 months in batches of %d, 5000 visitors (skewed), 3 "
                    "volunteers, every NHS login status\n",
                    sessions, batchSize);
        const Figures consolePlain =
            only == "encrypted" ? Figures() : runWorkload(false, sessions, batchSize, kConsoleShape);
        const Figures consoleEncrypted =
            only == "plain" ? Figures() : runWorkload(true, sessions, batchSize, kConsoleShape);
        std::printf("%-40s %14s %14s %8s\n", "", "encrypted", "no key", "ratio");
        row("insert all sessions (wall)", consoleEncrypted.insertMs, consolePlain.insertMs);
        row("insert all sessions (CPU)", consoleEncrypted.insertCpuMs, consolePlain.insertCpuMs);
        row("12-month report, first run", consoleEncrypted.reportFirstMs, consolePlain.reportFirstMs);
        row("12-month report, median of 10 (wall)", consoleEncrypted.reportMs, consolePlain.reportMs);
        row("12-month report, median of 10 (CPU)", consoleEncrypted.reportCpuMs, consolePlain.reportCpuMs);
        std::printf("(the report covered %lld sessions)\n", static_cast<long long>(consoleEncrypted.reportSessions));
    }
    std::printf("\nThe report covered %lld sessions. Goals: encrypted <= 1.15x no key; report < 100 ms; unlock ~500 "
                "ms.\n",
                static_cast<long long>(encrypted.reportSessions));
    return 0;
}
