// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/picture.h"

#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace HealthHub::Ui {

QPixmap renderPicture(const QString &path, QSize box, qreal devicePixelRatio)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgRenderer renderer(path);
        if (!renderer.isValid()) {
            return {};
        }
        const QSize size = renderer.defaultSize().scaled(box, Qt::KeepAspectRatio);
        QPixmap pixmap(size * devicePixelRatio);
        pixmap.setDevicePixelRatio(devicePixelRatio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        return pixmap;
    }
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        return {};
    }
    QPixmap pixmap =
        QPixmap::fromImage(image.scaled(box * devicePixelRatio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace HealthHub::Ui
