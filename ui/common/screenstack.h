// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

namespace HealthHub::Ui {

/**
 * A stack of screens with a history, so Back always returns to where the visitor came from and Home
 * always returns to the first screen. Screens are found again by objectName.
 */
class ScreenStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenStack)

public:
    /**
     * A control with this property true is its screen's main choice, where focus goes when the screen shows (the
     * guide's Next step, the console's visitor name field). Without one, the screen's first button in Tab order.
     */
    static constexpr char kMainChoice[] = "mainChoice";

    explicit ScreenStack(QWidget *parent = nullptr);

    /** Adds a screen without showing it; the first one added is home. */
    void addScreen(QWidget *screen);
    QWidget *screen(const QString &objectName) const;

    /** Shows @p screen and remembers where we were, for Back. */
    void open(QWidget *screen);
    bool open(const QString &objectName);
    bool canGoBack() const { return !m_history.isEmpty(); }
    void back();
    void home();

Q_SIGNALS:
    void screenChanged(QWidget *screen);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(QWidget *screen);
    /** Keyboard and switch users start on the screen's main choice (see kMainChoice). */
    static void focusMainChoice(QWidget *screen);

    QList<QWidget *> m_history;
};

} // namespace HealthHub::Ui
