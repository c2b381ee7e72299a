// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace HealthHub::Ui {

/**
 * A large PIN keypad for a touch screen: ten digit keys, Delete and an action key, each at least 96 px,
 * and a row of dots that shows how many digits were typed but never which. The hardware keyboard works
 * too (digits, Backspace, Enter). The PIN is handed over once with takePin(), which wipes the keypad's copy.
 */
class TouchKeypad final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TouchKeypad)

public:
    static constexpr int kKeyPx = 96;
    static constexpr int kMaxDigits = 8;

    explicit TouchKeypad(const QString &actionText, QWidget *parent = nullptr);
    ~TouchKeypad() override;

    int length() const { return int(m_digits.size()); }
    /** Returns the typed PIN and clears the keypad. Pass the result to SecureBytes::takeFromString(). */
    QString takePin();
    /** Wipes what was typed. */
    void clear();
    void setActionText(const QString &text);
    QPushButton *key(QChar digit) const;
    QPushButton *actionKey() const { return m_action; }

Q_SIGNALS:
    /** The action key (or Enter) was pressed with at least one digit typed. */
    void submitted();
    void lengthChanged(int length);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void type(QChar digit);
    void erase();
    void submit();
    void showLength();

    QString m_digits;
    QLabel *m_dots = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_action = nullptr;
    QList<QPushButton *> m_keys;
};

} // namespace HealthHub::Ui
