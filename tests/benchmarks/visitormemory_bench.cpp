// SPDX-License-Identifier: GPL-3.0-or-later
// Where the visitor kiosk's memory goes, step by step: the real visitor shell and visitor session, joined as
// App::VisitorTerminal joins them, driven through a visitor's path (home, Start, a practice page, Finish, the next
// visitor). After each step, 2 s to settle, then the resident memory of this process (anonymous and
// file-backed) and of Qt WebEngine's helper processes (their RSS and PSS: the zygotes share pages).
// "ready" keeps a sandbox ready at the home screen, as the kiosk did before (for comparison).
// Usage: packaging/with-test-env.sh build/release/tests/benchmarks/visitormemory_bench [on-demand|ready]

#include "core/catalogue/catalogue.h"
#include "core/config/terminalconfig.h"
#include "core/config/visitorpreferences.h"
#include "kiosk/urlschemes.h"
#include "kiosk/visitorsession.h"
#include "tests/common/processtree.h"
#include "ui/common/mainwindow.h"
#include "ui/common/theme.h"
#include "ui/visitor/sessionlink.h"
#include "ui/visitor/sitepanel.h"
#include "ui/visitor/visitorshell.h"
#include "ui/web/kioskwebview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

#include <cstdio>

using namespace HealthHub;

namespace {

/** A field of /proc/<pid>/<file> in kB ("VmRSS:", "Pss:"…), 0 if absent. */
double fieldKb(qint64 pid, const char *file, const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed().split(' ').constFirst().toDouble();
        }
    }
    return 0;
}

QList<qint64> helpers()
{
    return HealthHub::Testing::descendantProcesses(::getpid());
}

void report(const char *step)
{
    QTest::qWait(2000);
    const qint64 self = ::getpid();
    double helperRss = 0;
    double helperPss = 0;
    const QList<qint64> pids = helpers();
    for (const qint64 pid : pids) {
        helperRss += fieldKb(pid, "status", "VmRSS:");
        helperPss += fieldKb(pid, "smaps_rollup", "Pss:");
    }
    std::printf("%-46s %8.1f %8.1f %8.1f %8lld %9.1f %9.1f\n", step, fieldKb(self, "status", "VmRSS:") / 1024,
                fieldKb(self, "status", "RssAnon:") / 1024, fieldKb(self, "status", "RssFile:") / 1024,
                qlonglong(pids.size()), helperRss / 1024, helperPss / 1024);
    std::fflush(stdout);
}

template<typename Signal>
bool clickAndWait(QPushButton *button, const typename QtPrivate::FunctionPointer<Signal>::Object *sender, Signal signal,
                  double *ms = nullptr)
{
    QSignalSpy spy(sender, signal);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(button, Qt::LeftButton);
    const bool ok = !spy.isEmpty() || spy.wait(20000);
    if (ms) {
        *ms = double(timer.nsecsElapsed()) / 1e6;
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    Kiosk::registerUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("healthhub.*.info=false\nqt.webenginecontext.info=false"));
    const bool ready = argc > 1 && QByteArray(argv[1]) == "ready";

    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    config.demo = true;
    Config::VisitorPreferences preferences(config.defaultLanguage);
    Ui::Theme::apply(app, {preferences.textScale(), preferences.highContrast(), preferences.language()});
    const Catalogue::Catalogue catalogue = Catalogue::Catalogue::load({Catalogue::Catalogue::builtIn()});
    Ui::MainWindow window(config);
    auto *shell = new Ui::VisitorShell(config, &preferences, &catalogue);
    Kiosk::VisitorSession session(Kiosk::UrlPolicy(config.allowedHosts, false), &preferences, 600000, 30000);
    Ui::linkVisitorSession(shell, &session);
    session.setSandboxOnDemand(!ready);
    window.setShell(shell);
    window.resize(1280, 800);
    window.show();

    std::printf("Visitor kiosk memory, sandbox %s (MB; helpers = Qt WebEngine's processes)\n",
                ready ? "kept ready at the home screen" : "made on demand");
    std::printf("%-46s %8s %8s %8s %8s %9s %9s\n", "step", "RSS", "anon", "file", "helpers", "help RSS", "help PSS");
    report("window shown, session not started");
    QSignalSpy started(&session, &Kiosk::VisitorSession::started);
    session.start();
    started.wait(20000);
    report("home screen, session started");

    const auto button = [&window](const char *name) {
        return window.findChild<QPushButton *>(QString::fromLatin1(name));
    };
    for (int visitor = 1; visitor <= 2; ++visitor) {
        double warmMs = 0;
        if (!ready) {
            if (!clickAndWait(button("startButton"), &session, &Kiosk::VisitorSession::sandboxChanged, &warmMs)) {
                std::fprintf(stderr, "Start made no sandbox\n");
                return 1;
            }
            std::printf("  (Start to a verified sandbox: %.1f ms)\n", warmMs);
        } else {
            QTest::mouseClick(button("startButton"), Qt::LeftButton);
        }
        report(visitor == 1 ? "Start: task list, sandbox verified" : "next visitor: Start");
        shell->showScreen(QStringLiteral("guide:repeat-prescription:1"));
        QTest::mouseClick(button("guidePracticeButton"), Qt::LeftButton);
        Ui::SitePanel *site = shell->sitePanel();
        QElapsedTimer timer;
        timer.start();
        while (!(site->view() && site->view()->kioskPage() && !site->view()->url().isEmpty() &&
                 site->view()->page()->title().contains(QLatin1String("Practice"))) &&
               timer.elapsed() < 20000) {
            QTest::qWait(10);
        }
        report(visitor == 1 ? "practice page open beside the guide" : "next visitor: practice page open");
        double finishMs = 0;
        if (!clickAndWait(button("finishButton"), &session, &Kiosk::VisitorSession::resetFinished, &finishMs)) {
            std::fprintf(stderr, "Finish did not finish clean\n");
            return 1;
        }
        std::printf("  (Finish to a verified clean session: %.1f ms)\n", finishMs);
        report(visitor == 1 ? "Finish: wipe verified, details removed" : "next visitor: Finish");
        QTest::mouseClick(button("startAgainButton"), Qt::LeftButton);
    }
    report("home screen after two visitors");
    shell->releaseWebPages();
    return 0;
}
