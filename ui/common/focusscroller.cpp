// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/focusscroller.h"

#include <QApplication>
#include <QEvent>
#include <QScrollArea>
#include <QTimer>

namespace HealthHub::Ui {

namespace {
// Room kept above and below the control, so its focus ring and a little of what is around it show too.
constexpr int kMarginPx = 24;
} // namespace

FocusScroller::FocusScroller(QScrollArea *area)
    : QObject(area)
    , m_area(area)
{
    if (QWidget *page = area->widget()) {
        page->installEventFilter(this);
    }
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && focusOnPage() == now) {
            scrollSoon();
        }
    });
}

QWidget *FocusScroller::focusOnPage() const
{
    QWidget *focus = QApplication::focusWidget();
    QWidget *page = m_area->widget();
    return focus && page && page->isAncestorOf(focus) && focus->isVisible() ? focus : nullptr;
}

bool FocusScroller::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area->widget() && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) &&
        focusOnPage()) {
        scrollSoon();
    }
    return QObject::eventFilter(watched, event);
}

void FocusScroller::scrollSoon()
{
    if (m_pending) {
        return;
    }
    m_pending = true;
    QTimer::singleShot(0, this, &FocusScroller::scrollNow);
}

void FocusScroller::scrollNow()
{
    m_pending = false;
    // Layout requests still waiting would move the control again after the scroll.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (QWidget *focus = focusOnPage()) {
        m_area->ensureWidgetVisible(focus, kMarginPx, kMarginPx);
    }
}

} // namespace HealthHub::Ui
