// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QLineEdit;

namespace HealthHub::Ui {

class ConsoleContext;

/** The records are locked: type the hub passphrase to open them. Expired records are purged on opening. */
class UnlockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockScreen)

public:
    explicit UnlockScreen(ConsoleContext *context, QWidget *parent = nullptr);

    /** Opens the records with @p passphrase, as if typed; false (and a message) when it does not. */
    bool unlockWith(QString passphrase);

Q_SIGNALS:
    void unlocked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ConsoleContext *m_context = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace HealthHub::Ui
