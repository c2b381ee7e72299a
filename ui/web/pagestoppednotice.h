// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace HealthHub::Ui {

/**
 * "This page has stopped working", over a web view whose page no longer answers (Kiosk::RenderWatch), with Try
 * again and Home. The page itself cannot say it: its renderer is the part that stopped.
 */
class PageStoppedNotice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageStoppedNotice)

public:
    explicit PageStoppedNotice(QWidget *parent = nullptr);

Q_SIGNALS:
    void tryAgainRequested();
    void homeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_sentence = nullptr;
    QPushButton *m_tryAgain = nullptr;
    QPushButton *m_home = nullptr;
};

} // namespace HealthHub::Ui
