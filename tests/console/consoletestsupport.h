// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the console's GUI tests: a real encrypted store in a temporary folder, and clicks that count.

#include "core/config/terminalconfig.h"
#include "core/store/store.h"
#include "ui/console/consolecontext.h"
#include "ui/console/consoleshell.h"

#include <QAbstractItemView>
#include <QPushButton>
#include <QString>
#include <QTest>
#include <QWidget>

namespace HealthHub::ConsoleTest {

/** A console terminal's configuration over @p dataDir, not the demo. */
Config::TerminalConfig config(const QString &dataDir);
/** Store options for tests: the cheapest key cost so that tests stay fast. */
Store::StoreOptions storeOptions(const QString &dataDir);
/** Makes records in @p dataDir with the demo passphrase and volunteers (and, with @p sessions, demo sessions). */
bool makeRecords(const QString &dataDir, int visitors = 0, int sessions = 0);

/** A console as its terminal builds it: the records store, the screens' shared context, then the shell. */
struct Rig
{
    Rig(const Config::TerminalConfig &terminal, Store::StoreOptions options)
        : store(std::move(options))
        , context(terminal, &store)
        , shell(&context)
    {}
    Store::Store store;
    Ui::ConsoleContext context;
    Ui::ConsoleShell shell; // destroyed first: it saves its draft into the store
};

/** Counts every tap a test makes, so a test can assert how many a task takes. */
class Tapper
{
public:
    void tap(QWidget *widget, QPoint at = {})
    {
        QVERIFY2(widget, "tap on a widget that does not exist");
        QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName() + QStringLiteral(" is disabled")));
        QTest::mouseClick(widget, Qt::LeftButton, {}, at.isNull() ? widget->rect().center() : at);
        ++m_taps;
    }
    void tapRow(QAbstractItemView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        QVERIFY(index.isValid());
        view->scrollTo(index);
        tap(view->viewport(), view->visualRect(index).center());
    }
    int taps() const { return m_taps; }

private:
    int m_taps = 0;
};

template<typename T = QWidget>
T *find(const QWidget *root, const QString &objectName)
{
    T *widget = root->findChild<T *>(objectName);
    if (!widget) {
        qWarning("no widget named %s", qPrintable(objectName));
    }
    return widget;
}

} // namespace HealthHub::ConsoleTest
