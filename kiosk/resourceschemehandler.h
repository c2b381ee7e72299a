// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

namespace HealthHub::Kiosk {

/**
 * Serves a scheme's URLs from a folder of Qt resources, e.g. practice://site/a/b.html from
 * :/practice/a/b.html. GET only; a path that would leave the folder, or a file of an unknown type, is
 * refused. "/" and folders serve their index.html.
 */
class ResourceSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceSchemeHandler)

public:
    /** @p root is a resource folder such as ":/practice". */
    explicit ResourceSchemeHandler(const QString &root, QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    /** The file under root that @p urlPath names, or an empty string when it is outside root. */
    QString resolve(const QString &urlPath) const;
    /** The MIME type for a file name, or an empty array when the type is not served. */
    static QByteArray mimeTypeFor(const QString &fileName);

private:
    QString m_root;
};

} // namespace HealthHub::Kiosk
