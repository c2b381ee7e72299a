// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/touchkeypad.h"

#include "ui/common/theme.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace HealthHub::Ui {

namespace {
void wipe(QString &text)
{
    text.fill(QChar(0));
    text.clear();
}
} // namespace

TouchKeypad::TouchKeypad(const QString &actionText, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("touchKeypad"));
    setAccessibleName(tr("PIN keypad"));
    setFocusPolicy(Qt::StrongFocus);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    // The theme's style sheet sets button sizes, so the bigger keys must be set the same way.
    setStyleSheet(QStringLiteral("QPushButton { min-width: %1px; min-height: %1px; }"
                                 "QPushButton[digitKey=\"true\"] { font-size: 36px; }")
                      .arg(kKeyPx));

    m_dots = makeLabel(QString(), Kind::Lead, QStringLiteral("keypadDots"), this);
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setMinimumHeight(56);
    m_dots->setAccessibleName(tr("PIN typed so far"));
    grid->addWidget(m_dots, 0, 0, 1, 3);

    const QString layout = QStringLiteral("123456789");
    for (int i = 0; i < 10; ++i) {
        const QChar digit = i < 9 ? layout.at(i) : QLatin1Char('0');
        QPushButton *key = makeButton(QString(digit), Kind::Secondary, QStringLiteral("keypadKey") + digit, this);
        key->setProperty("digitKey", true);
        key->setFocusPolicy(Qt::NoFocus); // the keypad itself takes keyboard input
        connect(key, &QPushButton::clicked, this, [this, digit] { type(digit); });
        m_keys.append(key);
        if (i < 9) {
            grid->addWidget(key, 1 + i / 3, i % 3);
        } else {
            grid->addWidget(key, 4, 1);
        }
    }
    m_delete = makeButton(tr("Delete"), Kind::Secondary, QStringLiteral("keypadDelete"), this);
    m_delete->setFocusPolicy(Qt::NoFocus);
    connect(m_delete, &QPushButton::clicked, this, &TouchKeypad::erase);
    grid->addWidget(m_delete, 4, 0);
    m_action = makeButton(actionText, Kind::Primary, QStringLiteral("keypadAction"), this);
    connect(m_action, &QPushButton::clicked, this, &TouchKeypad::submit);
    grid->addWidget(m_action, 4, 2);
    showLength();
}

TouchKeypad::~TouchKeypad()
{
    wipe(m_digits);
}

QString TouchKeypad::takePin()
{
    QString pin = m_digits; // the caller wipes this copy; clear() only drops the keypad's reference
    m_digits.clear();
    showLength();
    return pin;
}

void TouchKeypad::clear()
{
    wipe(m_digits);
    showLength();
}

void TouchKeypad::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setAccessibleName(text);
}

QPushButton *TouchKeypad::key(QChar digit) const
{
    for (QPushButton *key : m_keys) {
        if (key->text() == QString(digit)) {
            return key;
        }
    }
    return nullptr;
}

void TouchKeypad::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit()) {
        type(text.at(0));
    } else if (event->key() == Qt::Key_Backspace) {
        erase();
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
    } else {
        QWidget::keyPressEvent(event);
    }
}

void TouchKeypad::type(QChar digit)
{
    if (m_digits.size() >= kMaxDigits) {
        return;
    }
    m_digits.append(digit);
    showLength();
}

void TouchKeypad::erase()
{
    if (!m_digits.isEmpty()) {
        m_digits[m_digits.size() - 1] = QChar(0);
        m_digits.chop(1);
    }
    showLength();
}

void TouchKeypad::submit()
{
    if (!m_digits.isEmpty()) {
        Q_EMIT submitted();
    }
}

void TouchKeypad::showLength()
{
    const int n = int(m_digits.size());
    m_dots->setText(n == 0 ? tr("Type your PIN") : QString(n, QChar(0x25CF)));
    m_dots->setAccessibleDescription(tr("Digits typed: %n", nullptr, n));
    m_action->setEnabled(n > 0);
    m_delete->setEnabled(n > 0);
    Q_EMIT lengthChanged(n);
}

} // namespace HealthHub::Ui
