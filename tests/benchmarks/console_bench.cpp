// SPDX-License-Identifier: GPL-3.0-or-later
// The console with 100,000 sessions in a real encrypted store: how long opening the reports screen for the last
// 12 months takes, and how long each keystroke of the visitor search takes (search, model and list update).
// Prints medians; the budget for each is 100 ms. Run with packaging/run-benchmarks.sh console.

#include "core/demo/demodata.h"
#include "ui/common/theme.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consoleshell.h"
#include "ui/console/reportsscreen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace HealthHub;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

void row(const char *what, const std::vector<double> &ms)
{
    std::printf("%-48s %8.1f %8.1f %8.1f   (n=%zu)\n", what, median(ms), *std::min_element(ms.begin(), ms.end()),
                *std::max_element(ms.begin(), ms.end()), ms.size());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Ui::Theme::apply(app, {});
    const int sessions = qEnvironmentVariableIntValue("CONSOLE_BENCH_SESSIONS") > 0
                             ? qEnvironmentVariableIntValue("CONSOLE_BENCH_SESSIONS")
                             : 100000;
    QTemporaryDir dir;
    Config::TerminalConfig config = Config::TerminalConfig::defaults();
    config.role = Config::Role::Console;
    config.dataDir = dir.path();
    config.hubName = QStringLiteral("Benchmark Hub");
    Store::StoreOptions options = Ui::ConsoleContext::storeOptionsFor(config);
    options.kdfCost = Store::KdfCost::cheapest(); // the key's cost changes unlocking, not queries
    options.pinCost = Store::KdfCost::cheapest();

    QElapsedTimer timer;
    timer.start();
    {
        Store::Store store(options);
        QString passphrase = Demo::DemoData::passphrase();
        if (!store.create(Store::SecureBytes::takeFromString(passphrase)).ok()) {
            std::fputs("console_bench: could not create the store\n", stderr);
            return 1;
        }
        Demo::DemoDataOptions demo;
        demo.visitors = 5000;
        demo.sessions = sessions;
        demo.months = 24;
        const Store::StoreResult<Demo::DemoDataSummary> made = Demo::DemoData::populate(store, demo);
        if (!made.ok()) {
            std::fprintf(stderr, "console_bench: demo data failed: %s\n",
                         Store::StoreError::codeName(made.error().code()));
            return 1;
        }
        store.checkpoint();
    }
    std::printf("store: %d sessions over 24 months, 5000 visitors, generated in %.1f s\n\n", sessions,
                double(timer.elapsed()) / 1000.0);

    Store::Store consoleStore(options);
    Ui::ConsoleContext context(config, &consoleStore);
    Ui::ConsoleShell shell(&context);
    shell.resize(1280, 800);
    shell.show();
    QString passphrase = Demo::DemoData::passphrase();
    if (!shell.context()->store().unlock(Store::SecureBytes::takeFromString(passphrase)).ok()) {
        return 1;
    }
    const QList<Records::Volunteer> volunteers = shell.context()->store().volunteers().value();
    shell.context()->signIn(volunteers.constFirst());
    QTest::qWait(50);

    std::printf("%-48s %8s %8s %8s\n", "what (ms)", "median", "min", "max");
    const QDate today = QDate::currentDate();
    const QDateTime from = QDateTime(today.addMonths(-12).addDays(1), QTime(0, 0)).toUTC();
    const QDateTime to = QDateTime(today.addDays(1), QTime(0, 0)).toUTC();
    std::vector<double> query;
    for (int i = 0; i < 15; ++i) {
        timer.restart();
        const Store::StoreResult<Records::PeriodReport> report = shell.context()->store().periodReport(from, to);
        query.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (i == 0) {
            std::printf("(12-month report: %lld sessions, %lld people)\n", report.value().sessions,
                        report.value().visitors);
        }
    }
    row("store: 12-month period report query", query);

    std::vector<double> open;
    for (int i = 0; i < 15; ++i) {
        shell.showScreen(QStringLiteral("consoleMenu"));
        QCoreApplication::processEvents();
        timer.restart();
        shell.showScreen(QStringLiteral("reports")); // refreshes: query, six models, six charts
        QCoreApplication::processEvents();           // layout and paint
        open.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    row("open the reports screen (last 12 months)", open);

    shell.showScreen(QStringLiteral("sessionForm"));
    QCoreApplication::processEvents();
    auto *field = shell.findChild<QLineEdit *>(QStringLiteral("visitorSearchField"));
    auto *list = shell.findChild<QListView *>(QStringLiteral("visitorList"));
    std::vector<double> keys;
    const QStringList typed{QStringLiteral("Ada"),  QStringLiteral("Wren 1"), QStringLiteral("J.K."),
                            QStringLiteral("Mo"),   QStringLiteral("Sol 3"),  QStringLiteral("Xan"),
                            QStringLiteral("B.C."), QStringLiteral("Pip 2")};
    int found = 0;
    for (const QString &name : typed) {
        field->clear();
        for (QChar c : name) {
            timer.restart();
            QTest::keyClick(field, c.toLatin1());
            QCoreApplication::processEvents();
            keys.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        found += list->model()->rowCount();
    }
    row("visitor search, per keystroke", keys);
    std::printf("(%d matches shown in all)\n", found);
    std::printf("\nbudget: 100 ms median for each console row\n");
    return median(open) < 100 && median(keys) < 100 ? 0 : 3;
}
