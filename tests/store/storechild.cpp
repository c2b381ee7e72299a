// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the crash suites: it works on a store until the test kills it with SIGKILL.
//   storechild write DIR                 write sessions forever, printing each committed id
//   storechild change DIR STEP           change the passphrase "old passphrase" -> "new passphrase"
//   storechild restore DIR BACKUP STEP   restore BACKUP (passphrase "old passphrase")
// STEP names a point of the file-replacement protocol at which the child kills itself, or "none".

#include "storetestsupport.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <csignal>
#include <cstdio>
#include <cstring>


using namespace HealthHub::Records;
using namespace HealthHub::Store;
using namespace HealthHub::Store::Testing;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: storechild write|change|restore DIR [BACKUP] [STEP]\n");
        return 2;
    }
    const QByteArray mode = argv[1];
    StoreOptions options = cheapOptions(QString::fromLocal8Bit(argv[2]));
    const QByteArray killAt =
        mode == "restore" ? QByteArray(argc > 4 ? argv[4] : "none") : QByteArray(argc > 3 ? argv[3] : "none");
    options.stepHook = [killAt](const char *step) {
        if (killAt == step) {
            std::raise(SIGKILL);
        }
    };
    Store store(options);

    if (mode == "write") {
        const StoreError opened =
            store.exists() ? store.unlock(secret("crash passphrase")) : store.create(secret("crash passphrase"));
        if (!opened.ok()) {
            std::fprintf(stderr, "open failed: %s\n", StoreError::codeName(opened.code()));
            return 1;
        }
        std::printf("ready\n");
        std::fflush(stdout);
        AssistedSession session;
        session.tasks = {{QStringLiteral("repeat-prescription"), QStringLiteral("done")},
                         {QStringLiteral("nhs-app-setup"), QStringLiteral("partly")}};
        session.barriers = {QStringLiteral("skills"), QStringLiteral("language")};
        for (;;) {
            session.startedAt = QDateTime::currentDateTimeUtc();
            session.notes = QString(int(QRandomGenerator::global()->bounded(1, 1500)), QLatin1Char('n'));
            const auto added = store.addSession({}, session);
            if (!added.ok()) {
                std::fprintf(stderr, "write failed: %s\n", StoreError::codeName(added.error().code()));
                return 1;
            }
            std::printf("%lld\n", static_cast<long long>(added.value()));
            std::fflush(stdout);
        }
    }
    if (mode == "change" || mode == "restore") {
        if (!store.unlock(secret("old passphrase")).ok() && mode == "change") {
            std::fprintf(stderr, "unlock failed\n");
            return 1;
        }
        std::printf("ready\n");
        std::fflush(stdout);
        const StoreError error = mode == "change"
                                     ? store.changePassphrase(secret("new passphrase"))
                                     : store.restore(QString::fromLocal8Bit(argv[3]), secret("old passphrase"));
        if (!error.ok()) {
            std::fprintf(stderr, "%s failed: %s\n", mode.constData(), StoreError::codeName(error.code()));
            return 1;
        }
        std::printf("done\n");
        std::fflush(stdout);
        return 0;
    }
    return 2;
}
