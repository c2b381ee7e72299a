// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QSize>
#include <QString>

namespace HealthHub::Ui {

/** Draws the SVG or PNG at @p path to fit @p box (keeping its shape) at the screen's pixel ratio. */
QPixmap renderPicture(const QString &path, QSize box, qreal devicePixelRatio);

} // namespace HealthHub::Ui
