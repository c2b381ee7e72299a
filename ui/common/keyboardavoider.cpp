// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/keyboardavoider.h"

#include <QApplication>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QWidget>
#include <QWindow>

namespace HealthHub::Ui {

KeyboardAvoider::KeyboardAvoider(QObject *parent)
    : QObject(parent)
{
    QInputMethod *input = QGuiApplication::inputMethod();
    connect(input, &QInputMethod::visibleChanged, this, &KeyboardAvoider::update);
    connect(input, &QInputMethod::keyboardRectangleChanged, this, &KeyboardAvoider::update);
    connect(qApp, &QApplication::focusChanged, this, &KeyboardAvoider::update);
}

QRect KeyboardAvoider::keyboardRect() const
{
    QInputMethod *input = QGuiApplication::inputMethod();
    if (!input->isVisible()) {
        return {};
    }
    // Qt gives the rectangle in the coordinates of the window that has focus.
    const QRectF rect = input->keyboardRectangle();
    QWindow *window = QGuiApplication::focusWindow();
    if (rect.isEmpty() || !window) {
        return {};
    }
    return QRect(window->mapToGlobal(rect.topLeft().toPoint()), rect.size().toSize());
}

void KeyboardAvoider::update()
{
    const QRect keyboard = keyboardRect();
    QWidget *field = QApplication::focusWidget();
    if (keyboard.isEmpty() || !field || !field->testAttribute(Qt::WA_InputMethodEnabled)) {
        restore();
        return;
    }
    QScrollArea *scroll = nullptr;
    for (QWidget *parent = field->parentWidget(); parent; parent = parent->parentWidget()) {
        if ((scroll = qobject_cast<QScrollArea *>(parent))) {
            break;
        }
    }
    if (!scroll || !scroll->widget()) {
        restore();
        return;
    }
    if (scroll != m_scroll) {
        restore();
        m_scroll = scroll;
    }
    QWidget *viewport = scroll->viewport();
    const QRect viewportGlobal(viewport->mapToGlobal(QPoint()), viewport->size());
    // How much of the page's window the keyboard hides: that much room is added below the content, so even the
    // last field on the page can scroll up above the keyboard.
    const int hidden = std::max(0, viewportGlobal.bottom() - keyboard.top() + 1);
    QWidget *page = scroll->widget();
    if (hidden != m_addedRoom && page->layout()) {
        QMargins margins = page->layout()->contentsMargins();
        margins.setBottom(margins.bottom() - m_addedRoom + hidden);
        page->layout()->setContentsMargins(margins);
        m_addedRoom = hidden;
        page->layout()->activate();
        // Resize the page now, not on the next layout pass: the scroll range must include the new room before
        // the page can scroll into it.
        page->resize(page->width(), std::max(viewport->height(), page->minimumSizeHint().height()));
    }
    const QRect fieldGlobal(field->mapToGlobal(QPoint()), field->size());
    const int overlap = fieldGlobal.bottom() + kGapPx - keyboard.top();
    const int above = viewportGlobal.top() - fieldGlobal.top();
    QScrollBar *bar = scroll->verticalScrollBar();
    if (overlap > 0) {
        bar->setValue(bar->value() + overlap);
    } else if (above > 0) {
        bar->setValue(bar->value() - above);
    }
}

void KeyboardAvoider::restore()
{
    if (m_scroll && m_addedRoom != 0 && m_scroll->widget() && m_scroll->widget()->layout()) {
        QMargins margins = m_scroll->widget()->layout()->contentsMargins();
        margins.setBottom(margins.bottom() - m_addedRoom);
        m_scroll->widget()->layout()->setContentsMargins(margins);
    }
    m_addedRoom = 0;
    m_scroll = nullptr;
}

} // namespace HealthHub::Ui
