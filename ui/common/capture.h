// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/commandline.h"

#include <QJsonArray>
#include <QObject>

class QWidget;

namespace HealthHub::Ui {

/**
 * Waits until a window is shown, exposed and idle, then does what the run options ask: report "ready",
 * save a screenshot, write the widget tree, and quit. Used by docs, GUI tests and the start-up benchmark.
 */
class StartupCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupCapture)

public:
    StartupCapture(QWidget *window, const Config::RunOptions &options, QObject *parent = nullptr);

    /** True when the options ask for a capture, so the application quits after it. */
    bool quitsWhenDone() const;

    /**
     * The visible widgets under @p root as JSON: objectName, class, text, accessible name, geometry, and
     * whether the text is clipped. Tests read this to find widgets by objectName in another process.
     */
    static QJsonArray widgetTree(const QWidget *root);

private:
    void waitForExposure();
    void capture();

    QWidget *m_window;
    Config::RunOptions m_options;
    int m_exposureChecks = 0;
};

} // namespace HealthHub::Ui
