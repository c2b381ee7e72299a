// SPDX-License-Identifier: GPL-3.0-or-later
// From a bundle published to a terminal running it (the check interval aside): a bundle of every built-in guide in
// every language, on a loopback https server; the terminal's fetch + verify + stage (Bundles::Updater::check) and,
// at its restart, verify again + swap (Bundles::Installed::activatePending). Median of RUNS runs.
// Usage: packaging/with-test-env.sh build/ci/tests/benchmarks/bundle_bench [RUNS]

#include "core/bundles/bundlefolder.h"
#include "core/bundles/installed.h"
#include "core/bundles/signing.h"
#include "core/bundles/updater.h"
#include "tlsfileserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace HealthHub;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    QTemporaryDir dir;
    const QString published = dir.filePath(QStringLiteral("published"));
    QDir().mkpath(published + QStringLiteral("/content"));
    QProcess::execute(QStringLiteral("cp"),
                      {QStringLiteral("-r"), QStringLiteral(HEALTHHUB_SOURCE_DIR "/resources/guides/."),
                       published + QStringLiteral("/content")});
    const Bundles::Signing::KeyPair key = Bundles::Signing::generate();
    Bundles::Manifest manifest;
    BundleTest::TlsFileServer server;
    if (!server.start(published)) {
        std::fprintf(stderr, "bundle_bench: the https server did not start\n");
        return 1;
    }
    std::vector<double> fetchMs;
    std::vector<double> swapMs;
    for (int run = 0; run < runs; ++run) {
        Bundles::BundleFolder::SignOptions options;
        options.version = run + 1;
        if (const QString problem = Bundles::BundleFolder::sign(published, key.secretKey, options, &manifest);
            !problem.isEmpty()) {
            std::fprintf(stderr, "bundle_bench: %s\n", qPrintable(problem));
            return 1;
        }
        Bundles::Installed installed(dir.filePath(QStringLiteral("terminal")));
        QDir().mkpath(installed.folder());
        Bundles::Updater::Options fetch;
        fetch.url = server.url();
        fetch.trustedKeys = {key.publicKey};
        fetch.caFile = server.caFile();
        QElapsedTimer timer;
        timer.start();
        const auto result = Bundles::Updater::check(installed, fetch);
        fetchMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!result.staged) {
            std::fprintf(stderr, "bundle_bench: %s\n", qPrintable(result.message));
            return 1;
        }
        timer.start();
        const QString swapped = installed.activatePending({key.publicKey});
        swapMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!swapped.contains(QStringLiteral("now in use"))) {
            std::fprintf(stderr, "bundle_bench: %s\n", qPrintable(swapped));
            return 1;
        }
    }
    qint64 bytes = 0;
    for (const auto &file : manifest.files) {
        bytes += file.size;
    }
    std::sort(fetchMs.begin(), fetchMs.end());
    std::sort(swapMs.begin(), swapMs.end());
    std::printf("bundle of %lld files, %.1f MB (every built-in guide, every language)\n",
                qlonglong(manifest.files.size()), double(bytes) / 1e6);
    std::printf("fetch + verify + stage: median %.0f ms; verify + swap at restart: median %.0f ms (%d runs)\n",
                fetchMs.at(fetchMs.size() / 2), swapMs.at(swapMs.size() / 2), runs);
    return 0;
}
