// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QPushButton;
class QVBoxLayout;

namespace HealthHub::Ui {

/**
 * The fixed bar at the foot of every visitor and booth screen: Back, Home, Help and Finish, always in
 * the same place, so a visitor is never lost. Buttons a screen cannot use are disabled, never hidden.
 * When a language's words or a big text size do not fit one row, the buttons continue on a second row.
 * Escape is Back.
 */
class NavigationBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBar)

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void setBackEnabled(bool enabled);
    void setHomeEnabled(bool enabled);

    QPushButton *backButton() const { return m_back; }
    QPushButton *homeButton() const { return m_home; }
    QPushButton *helpButton() const { return m_help; }
    QPushButton *finishButton() const { return m_finish; }

    /** Adds a button between Help and Finish (for example Read aloud), owned by the bar. */
    void addExtraButton(QPushButton *button);

    /** Visitors look for a person, not for "Help": the Help button then reads "Get a volunteer". */
    void setHelpCallsVolunteer(bool volunteer);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    /** As tall as the rows of buttons need at @p width. */
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void backRequested();
    void homeRequested();
    void helpRequested();
    void finishRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void retranslateUi();
    /** Back, Home, Help, the extras and Finish, in reading order. */
    QList<QPushButton *> buttons() const;
    /** Lays the buttons out in as few rows as fit the bar's width. */
    void reflow();
    /** The row of each button (in buttons() order) at @p width. */
    QList<int> rowsFor(int width) const;
    /** The width to lay the buttons out for: the bar's own, or its window's before it has one. */
    int layoutWidth() const;

    bool m_helpCallsVolunteer = false;
    QVBoxLayout *m_rows = nullptr;
    QList<QPushButton *> m_extras;
    QList<int> m_rowOf;
    QPushButton *m_back = nullptr;
    QPushButton *m_home = nullptr;
    QPushButton *m_help = nullptr;
    QPushButton *m_finish = nullptr;
};

} // namespace HealthHub::Ui
