// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/screenstack.h"

namespace HealthHub::Ui {

ScreenStack::ScreenStack(QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("screenStack"));
}

void ScreenStack::addScreen(QWidget *screen)
{
    addWidget(screen);
    if (count() == 1) {
        show(screen);
    }
}

QWidget *ScreenStack::screen(const QString &objectName) const
{
    for (int i = 0; i < count(); ++i) {
        if (widget(i)->objectName() == objectName) {
            return widget(i);
        }
    }
    return nullptr;
}

void ScreenStack::open(QWidget *screen)
{
    if (screen == currentWidget()) {
        return;
    }
    if (indexOf(screen) < 0) {
        addWidget(screen);
    }
    m_history.append(currentWidget());
    show(screen);
}

bool ScreenStack::open(const QString &objectName)
{
    QWidget *target = screen(objectName);
    if (!target) {
        return false;
    }
    open(target);
    return true;
}

void ScreenStack::back()
{
    if (m_history.isEmpty()) {
        return;
    }
    show(m_history.takeLast());
}

void ScreenStack::home()
{
    m_history.clear();
    if (count() > 0) {
        show(widget(0));
    }
}

void ScreenStack::show(QWidget *screen)
{
    setCurrentWidget(screen);
    focusMainChoice(screen);
    Q_EMIT screenChanged(screen);
}

void ScreenStack::showEvent(QShowEvent *event)
{
    QStackedWidget::showEvent(event);
    // Focus given before the window was first shown does not hold; give it again now it can.
    if (QWidget *screen = currentWidget()) {
        focusMainChoice(screen);
    }
}

void ScreenStack::focusMainChoice(QWidget *screen)
{
    // In Tab order, so "first" is the first a keyboard user would reach; only controls that show.
    QWidget *first = nullptr;
    for (QWidget *child = screen->nextInFocusChain(); child != screen; child = child->nextInFocusChain()) {
        if (!screen->isAncestorOf(child) || !(child->focusPolicy() & Qt::TabFocus) || !child->isEnabled() ||
            !child->isVisibleTo(screen)) {
            continue;
        }
        if (child->property(kMainChoice).toBool()) {
            first = child;
            break;
        }
        if (!first && child->property("kind").isValid() && child->inherits("QAbstractButton")) {
            first = child;
        }
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace HealthHub::Ui
