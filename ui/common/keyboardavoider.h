// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>

class QScrollArea;
class QWidget;

namespace HealthHub::Ui {

/**
 * Keeps the field being typed in above the on-screen keyboard (Qt Virtual Keyboard on touch-only
 * terminals). When the keyboard shows, the scrolling page that holds the focused field gets room below its
 * content as tall as the keyboard, and scrolls until the whole field sits above the keyboard's top edge.
 * When the keyboard hides, the room goes again.
 */
class KeyboardAvoider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardAvoider)

public:
    explicit KeyboardAvoider(QObject *parent = nullptr);

    /** Space kept between the field's lower edge and the keyboard's top. */
    static constexpr int kGapPx = 16;

    /** The keyboard's rectangle in global (screen) coordinates, empty when it is hidden. */
    QRect keyboardRect() const;

public Q_SLOTS:
    /** Moves the focused field clear of the keyboard now. */
    void update();

private:
    void restore();

    QPointer<QScrollArea> m_scroll;
    int m_addedRoom = 0;
};

} // namespace HealthHub::Ui
