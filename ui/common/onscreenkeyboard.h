// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/keyboardavoider.h"

#include <QObject>
#include <QString>

namespace HealthHub::Ui {

/**
 * Qt Virtual Keyboard for touch-only terminals ([visitor] on_screen_keyboard = true): chosen before the
 * application starts (QT_IM_MODULE), its layout follows the visitor's language where Debian's package has
 * one, and the field being typed in is kept above it (KeyboardAvoider).
 */
class OnScreenKeyboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnScreenKeyboard)

public:
    /** Call before QApplication exists: selects the virtual keyboard unless QT_IM_MODULE is already set. */
    static void select();
    /** True when the running application uses the virtual keyboard. */
    static bool isSelected();
    /**
     * The keyboard layout for a language code, e.g. "pl" → "pl_PL". Debian 12's package has no Urdu, Bengali or
     * Chinese (Pinyin) layout: those get the English (UK) one, so names, postcodes and links can still be typed.
     */
    static QString layoutFor(const QString &languageCode);

    explicit OnScreenKeyboard(QObject *parent = nullptr);

    /** Switches the keyboard's layout now, or as soon as its panel first exists. */
    void setLanguage(const QString &languageCode);
    /** The layout asked for last, e.g. "pl_PL". */
    QString layout() const { return m_layout; }

private:
    /** Sets VirtualKeyboardSettings.locale in the panel's QML engine; false when there is no panel yet. */
    bool applyLayout();

    KeyboardAvoider *m_avoider = nullptr;
    QString m_layout;
};

} // namespace HealthHub::Ui
