// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/navigationbar.h"

#include "ui/common/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
constexpr int kSpacing = 12;
constexpr QMargins kMargins{16, 8, 16, 8};
} // namespace

NavigationBar::NavigationBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("navigationBar"));
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(kMargins);
    m_rows->setSpacing(8);

    m_back = makeButton(QString(), Kind::Bar, QStringLiteral("backButton"), this);
    m_home = makeButton(QString(), Kind::Bar, QStringLiteral("homeButton"), this);
    m_help = makeButton(QString(), Kind::Bar, QStringLiteral("helpButton"), this);
    m_finish = makeButton(QString(), Kind::Primary, QStringLiteral("finishButton"), this);
    retranslateUi();

    connect(m_back, &QPushButton::clicked, this, &NavigationBar::backRequested);
    connect(m_home, &QPushButton::clicked, this, &NavigationBar::homeRequested);
    connect(m_help, &QPushButton::clicked, this, &NavigationBar::helpRequested);
    connect(m_finish, &QPushButton::clicked, this, &NavigationBar::finishRequested);
    // Escape is Back for keyboard users, anywhere in the window, while Back can be used (and shows: not under the
    // idle warning, not during a booth call).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_back, nullptr, nullptr, Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, m_back, &QPushButton::click);
}

QList<QPushButton *> NavigationBar::buttons() const
{
    QList<QPushButton *> all{m_back, m_home, m_help};
    all += m_extras;
    all.append(m_finish);
    return all;
}

int NavigationBar::layoutWidth() const
{
    // Before the bar has been given its place its width means nothing yet (Qt's default 640 px, or less): lay
    // it out for the window it will fill, or the window's minimum height would be set from a tall, narrow bar
    // and the window would grow beyond the screen.
    const int barWidth = testAttribute(Qt::WA_Resized) ? width() : window()->width();
    return std::max(barWidth, 320);
}

QList<int> NavigationBar::rowsFor(int barWidth) const
{
    const int available = barWidth - kMargins.left() - kMargins.right();
    QList<int> rowOf;
    int row = 0;
    int used = 0;
    for (const QPushButton *button : buttons()) {
        const int wanted = button->sizeHint().width();
        if (used > 0 && used + kSpacing + wanted > available) {
            ++row;
            used = 0;
        }
        used += (used > 0 ? kSpacing : 0) + wanted;
        rowOf.append(row);
    }
    return rowOf;
}

int NavigationBar::heightForWidth(int barWidth) const
{
    // The rows reflow() makes at this width, each as tall as its tallest button.
    const QList<int> rowOf = rowsFor(barWidth);
    const QList<QPushButton *> all = buttons();
    const int available = barWidth - kMargins.left() - kMargins.right();
    QList<int> rowHeight(rowOf.isEmpty() ? 0 : rowOf.constLast() + 1, 0);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QPushButton *button = all.at(i);
        const int buttonWidth = std::min(button->sizeHint().width(), available);
        const int height =
            button->hasHeightForWidth() ? button->heightForWidth(buttonWidth) : button->sizeHint().height();
        rowHeight[rowOf.at(i)] = std::max(rowHeight.at(rowOf.at(i)), height);
    }
    int total = kMargins.top() + kMargins.bottom();
    for (qsizetype row = 0; row < rowHeight.size(); ++row) {
        total += rowHeight.at(row) + (row > 0 ? m_rows->spacing() : 0);
    }
    return total;
}

void NavigationBar::reflow()
{
    // One row when the words fit, as on every screen in English; more rows when a language's longer words or
    // bigger text would not fit, so no button is ever cut off. Order and reading direction never change.
    if (!m_finish) {
        return; // still being built
    }
    const QList<QPushButton *> all = buttons();
    const QList<int> rowOf = rowsFor(layoutWidth());
    if (rowOf == m_rowOf) {
        return;
    }
    m_rowOf = rowOf;
    // Deleting a row's layout leaves its buttons alone: they belong to the bar.
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item;
    }
    QHBoxLayout *line = nullptr;
    bool stretched = false;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!line || rowOf.at(i) != rowOf.at(i - 1)) {
            if (line && !stretched) {
                line->addStretch(1);
            }
            line = new QHBoxLayout;
            line->setSpacing(kSpacing);
            m_rows->addLayout(line);
            stretched = false;
        }
        // Back and Home sit at the start of the bar; Help, the extras and Finish at its far end.
        if (!stretched && all.at(i) != m_back && all.at(i) != m_home && line->count() > 0) {
            line->addStretch(1);
            stretched = true;
        }
        line->addWidget(all.at(i));
    }
    if (line && !stretched) {
        line->addStretch(1);
    }
}

QSize NavigationBar::minimumSizeHint() const
{
    // As narrow as its widest button: reflow() puts the rest on further rows.
    int widest = 0;
    for (const QPushButton *button : buttons()) {
        widest = std::max(widest, button->sizeHint().width());
    }
    return {widest + kMargins.left() + kMargins.right(), heightForWidth(layoutWidth())};
}

QSize NavigationBar::sizeHint() const
{
    return {QFrame::sizeHint().width(), heightForWidth(layoutWidth())};
}

void NavigationBar::retranslateUi()
{
    setButtonText(m_back, tr("Back"));
    setButtonText(m_home, tr("Home"));
    setButtonText(m_help, m_helpCallsVolunteer ? tr("Get a volunteer") : tr("Help"));
    setButtonText(m_finish, tr("Finish"));
    m_back->setAccessibleDescription(tr("Go back one screen"));
    m_home->setAccessibleDescription(tr("Go to the first screen"));
    m_help->setAccessibleDescription(tr("Ask a volunteer to come and help"));
    m_finish->setAccessibleDescription(tr("Finish and remove your details from this computer"));
    reflow();
}

void NavigationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

bool NavigationBar::event(QEvent *event)
{
    // New words, a new text size or a new width: the buttons may need another row, or fewer.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize ||
        event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        reflow();
    }
    return QFrame::event(event);
}

void NavigationBar::setHelpCallsVolunteer(bool volunteer)
{
    m_helpCallsVolunteer = volunteer;
    retranslateUi();
}

void NavigationBar::setBackEnabled(bool enabled)
{
    m_back->setEnabled(enabled);
}

void NavigationBar::setHomeEnabled(bool enabled)
{
    m_home->setEnabled(enabled);
}

void NavigationBar::addExtraButton(QPushButton *button)
{
    button->setParent(this);
    m_extras.append(button);
    // Tab follows the bar's visual order: Help, the extras, then Finish.
    QWidget::setTabOrder(m_extras.size() > 1 ? m_extras.at(m_extras.size() - 2) : m_help, button);
    QWidget::setTabOrder(button, m_finish);
    // A screen reader lists the bar's buttons in the order of the bar's children: Finish goes last again.
    m_finish->raise();
    m_rowOf.clear();
    reflow();
    button->show();
}

} // namespace HealthHub::Ui
