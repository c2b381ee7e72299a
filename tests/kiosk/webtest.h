// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers for suites that drive real QtWebEngine pages: wait for a load, run a script and wait for
// its result, and start the application the way App::Application::prepare() does (schemes before QApplication).
#pragma once

#include "kiosk/urlschemes.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

namespace HealthHub::Test {

/** Loads @p url in @p page and waits for loadFinished; returns its ok flag (false on timeout). */
inline bool loadAndWait(QWebEnginePage *page, const QUrl &url, int timeoutMs = 15000)
{
    QSignalSpy finished(page, &QWebEnginePage::loadFinished);
    page->load(url);
    if (!finished.wait(timeoutMs)) {
        return false;
    }
    return finished.last().at(0).toBool();
}

/** Runs @p script in the page's main world and returns its (synchronous) result. */
inline QVariant runJs(QWebEnginePage *page, const QString &script, int timeoutMs = 10000)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < timeoutMs) {
        QTest::qWait(5);
    }
    return result;
}

/** Waits until @p script evaluates to true in the page. */
inline bool waitForJs(QWebEnginePage *page, const QString &script, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (runJs(page, script).toBool()) {
            return true;
        }
        QTest::qWait(20);
    }
    return false;
}

/**
 * Prepares the process like App::Application::prepare(): our URL schemes, shared GL contexts, and Chromium flags
 * without the fake permission UI (so permission requests reach the application and can be seen being denied).
 */
inline void prepareWebEngineApplication()
{
    HealthHub::Kiosk::registerUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    flags.replace("--use-fake-ui-for-media-stream", "");
    if (!flags.contains("--use-fake-device-for-media-stream")) {
        flags += " --use-fake-device-for-media-stream";
    }
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}

} // namespace HealthHub::Test

/** main() for a web test suite: prepare, then QApplication, then run the suite. */
#define HEALTHHUB_WEB_TEST_MAIN(TestClass)                                                                             \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        HealthHub::Test::prepareWebEngineApplication();                                                                \
        QApplication app(argc, argv);                                                                                  \
        TestClass test;                                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
