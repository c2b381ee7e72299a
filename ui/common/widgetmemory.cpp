// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/widgetmemory.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextEdit>

namespace HealthHub::Ui {

namespace {
template<typename Field>
void preventContextMenus(QWidget *root)
{
    // PreventContextMenu, not NoContextMenu: the event does not go on to a parent that might offer a menu.
    for (Field *field : root->findChildren<Field *>()) {
        field->setContextMenuPolicy(Qt::PreventContextMenu);
    }
}
} // namespace

void WidgetMemory::guard(QWidget *root)
{
    preventContextMenus<QLineEdit>(root);
    preventContextMenus<QTextEdit>(root);
    preventContextMenus<QPlainTextEdit>(root);
    preventContextMenus<QComboBox>(root);
}

void WidgetMemory::forget(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        edit->setText(QString()); // clears the undo and redo history too, unlike clear()
        edit->setModified(false);
    }
    // QTextEdit::clear() and QPlainTextEdit::clear() clear their documents' undo stacks as well.
    for (QTextEdit *edit : root->findChildren<QTextEdit *>()) {
        edit->clear();
    }
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>()) {
        edit->clear();
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (combo->isEditable()) {
            combo->clearEditText(); // what was typed; its line edit's history went above
        }
    }
    for (QAbstractScrollArea *area : root->findChildren<QAbstractScrollArea *>()) {
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->minimum());
        area->horizontalScrollBar()->setValue(area->horizontalScrollBar()->minimum());
    }
}

} // namespace HealthHub::Ui
