// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/pinkeypad.h"

#include "ui/common/theme.h"

#include <QGridLayout>
#include <QPushButton>

namespace HealthHub::Ui {

PinKeypad::PinKeypad(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pinKeypad"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(16);
    auto addKey = [this, grid](const QString &text, const char *kind, const QString &name, int row, int column) {
        QPushButton *button = makeButton(text, kind, name, this);
        button->setFocusPolicy(Qt::NoFocus);
        grid->addWidget(button, row, column);
        return button;
    };
    for (int digit = 1; digit <= 10; ++digit) {
        const int value = digit % 10; // 1–9, then 0 in the middle of the last row
        const int row = digit <= 9 ? (digit - 1) / 3 : 3;
        const int column = digit <= 9 ? (digit - 1) % 3 : 1;
        QPushButton *button =
            addKey(QString::number(value), Kind::Secondary, QStringLiteral("keypad%1").arg(value), row, column);
        connect(button, &QPushButton::clicked, this, [this, value] { Q_EMIT digitPressed(char('0' + value)); });
        m_digitKeys.append(button);
    }
    QPushButton *erase = addKey(tr("Delete"), Kind::Secondary, QStringLiteral("keypadDelete"), 3, 0);
    connect(erase, &QPushButton::clicked, this, &PinKeypad::deletePressed);
    m_ok = addKey(tr("OK"), Kind::Primary, QStringLiteral("keypadOk"), 3, 2);
    connect(m_ok, &QPushButton::clicked, this, &PinKeypad::okPressed);

    // Every key the same size, big enough for the longest word ("Delete" in some languages is long).
    const QList<QPushButton *> keys = findChildren<QPushButton *>();
    QSize size(kKeyPx + kKeyPx * 3 / 4, kKeyPx);
    for (const QPushButton *button : keys) {
        size = size.expandedTo(button->sizeHint());
    }
    for (QPushButton *button : keys) {
        button->setFixedSize(size);
    }
}

void PinKeypad::setDigitsEnabled(bool enabled)
{
    for (QPushButton *button : std::as_const(m_digitKeys)) {
        button->setEnabled(enabled);
    }
    m_ok->setEnabled(enabled);
}

QPushButton *PinKeypad::key(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

} // namespace HealthHub::Ui
