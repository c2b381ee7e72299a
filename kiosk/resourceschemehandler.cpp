// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/resourceschemehandler.h"

#include "kiosk/logging.h"
#include "kiosk/urlpolicy.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

namespace HealthHub::Kiosk {

ResourceSchemeHandler::ResourceSchemeHandler(const QString &root, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_root(QDir::cleanPath(root))
{}

QByteArray ResourceSchemeHandler::mimeTypeFor(const QString &fileName)
{
    static const QList<std::pair<const char *, const char *>> types{
        {"html", "text/html"},      {"htm", "text/html"},         {"css", "text/css"},     {"js", "text/javascript"},
        {"mjs", "text/javascript"}, {"json", "application/json"}, {"txt", "text/plain"},   {"svg", "image/svg+xml"},
        {"png", "image/png"},       {"jpg", "image/jpeg"},        {"jpeg", "image/jpeg"},  {"gif", "image/gif"},
        {"webp", "image/webp"},     {"ico", "image/x-icon"},      {"woff2", "font/woff2"}, {"woff", "font/woff"},
        {"ttf", "font/ttf"},        {"mp3", "audio/mpeg"},        {"ogg", "audio/ogg"},    {"wav", "audio/wav"},
        {"webm", "video/webm"},     {"mp4", "video/mp4"},
    };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &[extension, type] : types) {
        if (suffix == QLatin1String(extension)) {
            return QByteArray(type);
        }
    }
    return {};
}

QString ResourceSchemeHandler::resolve(const QString &urlPath) const
{
    // The path arrives percent-decoded; refuse anything that could climb out or confuse a file name.
    if (urlPath.contains(QLatin1Char('\\')) || urlPath.contains(QChar(0))) {
        return {};
    }
    const QStringList parts = urlPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String(".")) {
            return {};
        }
    }
    QString file = QDir::cleanPath(m_root + QLatin1Char('/') + parts.join(QLatin1Char('/')));
    if (file != m_root && !file.startsWith(m_root + QLatin1Char('/'))) {
        return {};
    }
    if (QFileInfo(file).isDir()) {
        file += QStringLiteral("/index.html");
    }
    return file;
}

void ResourceSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    // A web origin never gets the application's own pages (the request interceptor refuses them first).
    if (job->requestMethod() != "GET" || !UrlPolicy::allowsInitiator(job->requestUrl(), job->initiator())) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString file = resolve(job->requestUrl().path(QUrl::FullyDecoded));
    if (file.isEmpty()) {
        qCWarning(lcWeb) << "refused a path outside the resource folder of" << job->requestUrl().scheme();
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QByteArray mime = mimeTypeFor(file);
    if (mime.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    QFile resource(file);
    if (!resource.open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(resource.readAll());
    job->reply(mime, buffer);
}

} // namespace HealthHub::Kiosk
