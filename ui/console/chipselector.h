// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QPushButton;

namespace HealthHub::Ui {

class FlowLayout;

/** One choice on a ChipSelector: a stable code (stored) and the words shown (translated). */
struct Chip
{
    QString code;
    QString label;
};

/**
 * A row of big toggle buttons ("chips") that wraps to the width: the quickest way to answer "which of
 * these?" standing at a touch screen. Single mode picks at most one (tap the chosen one again to clear
 * it); multiple mode picks any number. A chosen chip is green with a tick, so the choice never depends on
 * colour alone. Each chip is named `<objectName>_<code>` for tests and has the label as accessible name.
 */
class ChipSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChipSelector)

public:
    enum class Mode { Single, Multiple };

    ChipSelector(const QString &objectName, const QString &accessibleName, Mode mode, QWidget *parent = nullptr);

    void setChips(const QList<Chip> &chips);
    QList<Chip> chips() const { return m_chips; }
    Mode mode() const { return m_mode; }

    /** The chosen codes, in the order the chips are shown. */
    QStringList selected() const;
    /** The one chosen code in single mode (the first in multiple mode); empty when none. */
    QString current() const;
    /** Chooses exactly @p codes (unknown codes are ignored) without emitting changed(). */
    void setSelected(const QStringList &codes);
    void setCurrent(const QString &code) { setSelected(code.isEmpty() ? QStringList() : QStringList{code}); }
    QPushButton *chip(const QString &code) const;

Q_SIGNALS:
    /** The volunteer changed the choice (not emitted by setSelected()). */
    void changed();

private:
    void chipClicked(QPushButton *button);
    static void showState(QPushButton *button, const QString &label);

    Mode m_mode = Mode::Multiple;
    QList<Chip> m_chips;
    QList<QPushButton *> m_buttons;
    FlowLayout *m_layout = nullptr;
};

} // namespace HealthHub::Ui
