// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QScrollArea;
class QWidget;

namespace HealthHub::Ui {

/**
 * Keeps the control that has keyboard focus in sight inside one scroll area. Qt scrolls to it only when Tab
 * moves focus; this also follows focus given by code (a screen opening on its main choice, a guide's next page)
 * and the page being laid out again under it (new words after a language change, a bigger text size), so a
 * keyboard or switch user never has focus on a control below the fold.
 */
class FocusScroller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusScroller)

public:
    /** Follows focus on @p area's page, which must be set already; owned by @p area. */
    explicit FocusScroller(QScrollArea *area);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Scrolls once the layout has settled: geometry is only right after the posted layout requests ran. */
    void scrollSoon();
    void scrollNow();
    QWidget *focusOnPage() const;

    QScrollArea *m_area;
    bool m_pending = false;
};

} // namespace HealthHub::Ui
