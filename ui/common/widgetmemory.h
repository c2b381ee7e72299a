// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QWidget;

namespace HealthHub::Ui {

/**
 * What widgets keep of a person on their own, beyond what they show: a text field's undo and redo history (an
 * emptied field still gives its text back to Ctrl+Z), its context menu (Undo, Paste, Select all), and scroll
 * positions. Visitor and booth screens call guard() once their widgets exist and forget() at every reset, so
 * nothing of one visitor reaches the next through a widget.
 */
class WidgetMemory final
{
    Q_DISABLE_COPY_MOVE(WidgetMemory)

public:
    WidgetMemory() = delete;

    /**
     * No text field under @p root offers a context menu, by right click or by the Menu key: its Undo would bring
     * back what was typed, and its Paste what was copied.
     */
    static void guard(QWidget *root);
    /**
     * Every text field under @p root emptied together with its undo and redo history, and every scroll area
     * back at its start. QLineEdit::clear() can be undone; setting the text is not (Qt clears the history).
     */
    static void forget(QWidget *root);
};

} // namespace HealthHub::Ui
