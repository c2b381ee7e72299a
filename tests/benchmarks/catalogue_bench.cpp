// SPDX-License-Identifier: GPL-3.0-or-later
// Task guides: loading the catalogue, building the search index, search at each key press, and opening a
// guide on screen. Budgets (issue 5): search under 5 ms a key press, a guide open under 100 ms.
// Usage: catalogue_bench [rounds]   (default 20; run under the test environment or QT_QPA_PLATFORM=offscreen)

#include "core/catalogue/catalogue.h"
#include "core/catalogue/searchindex.h"
#include "core/catalogue/searchresultsmodel.h"
#include "core/config/visitorpreferences.h"
#include "ui/common/theme.h"
#include "ui/visitor/guidescreen.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace HealthHub;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return {values[n / 2], values[std::min(n - 1, qsizetype(double(n) * 0.95))], values.back()};
}

void print(const char *what, const Stats &s, qsizetype samples)
{
    std::printf("%-44s %9.3f %9.3f %9.3f %8lld\n", what, s.median, s.p95, s.max, static_cast<long long>(samples));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 20;
    std::printf("%-44s %9s %9s %9s %8s\n", "catalogue (ms)", "median", "p95", "max", "samples");

    QList<double> loads;
    QList<double> builds;
    Catalogue::Catalogue catalogue;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        catalogue = Catalogue::Catalogue::load({Catalogue::Catalogue::builtIn()});
        loads.append(msSince(timer));
        timer.restart();
        const Catalogue::SearchIndex index(catalogue);
        builds.append(msSince(timer));
    }
    print("load and check every built-in guide", stats(loads), loads.size());
    print("build the search index", stats(builds), builds.size());

    // Typing, one key at a time, the queries of the search quality table and a few long ones.
    const Catalogue::SearchIndex index(catalogue);
    Catalogue::SearchResultsModel model(&catalogue, &index);
    const QStringList queries{
        QStringLiteral("pills"), QStringLiteral("perscription"), QStringLiteral("see a doctor"),
        QStringLiteral("blood test"), QStringLiteral("cancle appointment"), QStringLiteral("chemist near me"),
        QStringLiteral("letters from hospital"), QStringLiteral("register with a doctor"),
        QStringLiteral("how do i order more tablets for my mum please"),
        QStringLiteral("video call with the nurse at the surgery"),
    };
    QList<double> keys;
    QList<double> modelKeys;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            for (qsizetype length = 1; length <= query.size(); ++length) {
                const QString typed = query.left(length);
                QElapsedTimer timer;
                timer.start();
                const QList<Catalogue::SearchIndex::Hit> hits = index.search(typed, QStringLiteral("en"));
                keys.append(msSince(timer));
                Q_UNUSED(hits)
                timer.restart();
                model.setQuery(typed);
                modelKeys.append(msSince(timer));
            }
        }
    }
    print("search, one key press (index)", stats(keys), keys.size());
    print("search, one key press (results model)", stats(modelKeys), modelKeys.size());

    // Opening a guide: its first page laid out and painted, at 100 % and 200 % text.
    for (const double scale : {1.0, 2.0}) {
        Ui::Theme::apply(app, {scale, false});
        Ui::GuideScreen guide;
        guide.setTextScale(scale);
        guide.resize(1280, 640);
        guide.show();
        QCoreApplication::processEvents();
        QList<double> opens;
        QList<double> steps;
        for (int round = 0; round < rounds; ++round) {
            for (const Catalogue::Task &task : catalogue.tasks()) {
                QElapsedTimer timer;
                timer.start();
                guide.openTask(&task, QStringLiteral("en"));
                guide.grab(); // layout and paint, as the screen would
                opens.append(msSince(timer));
                timer.restart();
                guide.next();
                guide.grab();
                steps.append(msSince(timer));
            }
        }
        print(scale > 1 ? "open a guide, 200 % text" : "open a guide, 100 % text", stats(opens), opens.size());
        print(scale > 1 ? "next step (picture drawn), 200 % text" : "next step (picture drawn), 100 % text",
              stats(steps), steps.size());
    }
    return 0;
}
