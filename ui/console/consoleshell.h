// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/terminalconfig.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace HealthHub::Ui {

class ScreenStack;

/** The volunteer console: the locked home screen first; unlocking leads to the record screens. */
class ConsoleShell final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleShell)

public:
    explicit ConsoleShell(const Core::TerminalConfig &config, QWidget *parent = nullptr);

    ScreenStack *stack() const { return m_stack; }
    bool showScreen(const QString &objectName);

Q_SIGNALS:
    void unlockRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_hubName;
    ScreenStack *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_sentence = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace HealthHub::Ui
