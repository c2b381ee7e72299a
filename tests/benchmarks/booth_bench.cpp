// SPDX-License-Identifier: GPL-3.0-or-later
// The booth's two timings on this machine:
//  1. the whole pre-call check (camera, microphone, speaker, network) with the PulseAudio virtual devices, a
//     tone "voice" fed into the virtual microphone, the chime answered "yes" as soon as it has played, and a
//     fast loopback HTTP server as the video host and test address (product budgets, not the tests' short ones);
//  2. "Join" to media flowing (getStats bytesReceived > 0) on a two-peer WebRTC call on a loopback origin,
//     with Chromium's fake camera and microphone.
// Usage (inside the test environment): booth_bench [runs]   (default 5)

#include "core/mediacheck/precallcheck.h"
#include "kiosk/kioskwebpage.h"
#include "kiosk/terminalsessions.h"
#include "kiosk/visitorsession.h"
#include "tests/booth/callpage.h"
#include "tests/booth/tonesource.h"
#include "tests/common/loopbackhttpserver.h"
#include "tests/kiosk/webtest.h"
#include "tests/netprobe/shapedhttpserver.h"
#include "ui/booth/boothshell.h"
#include "ui/booth/callsession.h"
#include "ui/web/kioskwebview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace HealthHub;

namespace {

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return {n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0, values.first(), values.last()};
}

Config::TerminalConfig boothConfig()
{
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    config.role = Config::Role::Booth;
    config.allowLoopback = true;
    config.videoHosts = {QStringLiteral("127.0.0.1")};
    return config;
}

} // namespace

int main(int argc, char **argv)
{
    Test::prepareWebEngineApplication();
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    QLoggingCategory::setFilterRules(QStringLiteral("healthhub.*.info=false\nqt.webenginecontext.info=false"));

    // 1. The whole pre-call check.
    Test::ShapedHttpServer fast({});
    if (!fast.listen()) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }
    QList<double> whole;
    QList<double> parts[4];
    for (int i = 0; i < runs; ++i) {
        MediaCheck::PreCallCheck check(boothConfig());
        check.setNetworkTargets({fast.url()}, fast.url());
        auto voice = std::make_unique<Test::TonePlayer>(440.0, 0.25);
        QElapsedTimer clock;
        QObject::connect(check.microphone(), &MediaCheck::MicrophoneCheck::finished, &check,
                         [&voice] { voice.reset(); });
        QObject::connect(&check, &MediaCheck::PreCallCheck::speakerQuestion, &check,
                         [&check] { check.speaker()->answer(true); });
        QObject::connect(&check, &MediaCheck::PreCallCheck::resultChanged, &check,
                         [&clock, &parts](MediaCheck::PreCallCheck::Part part, const MediaCheck::CheckResult &result) {
                             if (result.isDone()) {
                                 parts[int(part)].append(double(clock.elapsed()));
                             }
                         });
        QEventLoop loop;
        QObject::connect(&check, &MediaCheck::PreCallCheck::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(90000, &loop, &QEventLoop::quit);
        clock.start();
        check.start();
        loop.exec();
        if (check.isRunning()) {
            std::fprintf(stderr, "the pre-call check did not finish in 90 s\n");
            return 1;
        }
        whole.append(double(check.elapsedMs()));
        if (i == 0) {
            static const char *const names[] = {"camera", "microphone", "speaker", "network"};
            for (int part = 0; part < 4; ++part) {
                const MediaCheck::CheckResult r = check.result(MediaCheck::PreCallCheck::Part(part));
                std::printf("  run 1 %-10s %-7s %s\n", names[part], qPrintable(MediaCheck::statusName(r.status)),
                            qPrintable(r.detail));
            }
        }
    }
    const Stats w = stats(whole);
    std::printf("Whole pre-call check, %d runs: median %.0f ms, min %.0f ms, max %.0f ms\n", runs, w.median, w.min,
                w.max);
    static const char *const names[] = {"camera", "microphone", "speaker", "network"};
    for (int part = 0; part < 4; ++part) {
        const Stats s = stats(parts[part]);
        std::printf("  %-10s done after median %.0f ms (min %.0f, max %.0f)\n", names[part], s.median, s.min, s.max);
    }

    // 2. Join to media flowing.
    Test::LoopbackHttpServer server;
    if (!server.listen()) {
        return 1;
    }
    server.html("/call", Test::kCallPage);
    QList<double> joins;
    for (int i = 0; i < runs; ++i) {
        const auto session = Kiosk::makeBoothSession(boothConfig());
        Ui::BoothShell shell(boothConfig(), session.get());
        shell.resize(1280, 800);
        shell.show();
        if (!QTest::qWaitForWindowExposed(&shell)) {
            return 1;
        }
        QElapsedTimer clock;
        clock.start();
        shell.join(server.url(QStringLiteral("/call")).toString());
        if (!Test::waitForJs(shell.callView()->kioskPage(), QStringLiteral("window.bytesReceived > 0"), 30000)) {
            std::fprintf(stderr, "media did not flow within 30 s\n");
            return 1;
        }
        joins.append(double(clock.elapsed()));
        shell.clearBooth();
    }
    const Stats j = stats(joins);
    std::printf("Join to media flowing (getStats bytesReceived > 0), %d runs: median %.0f ms, min %.0f ms, "
                "max %.0f ms (first run includes starting the web engine)\n",
                runs, j.median, j.min, j.max);
    return 0;
}
