// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/internalschemehandler.h"

#include "kiosk/resourceschemehandler.h"
#include "kiosk/urlpolicy.h"
#include "kiosk/urlschemes.h"

#include <QBuffer>
#include <QFile>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

namespace HealthHub::Kiosk {

InternalSchemeHandler::InternalSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{}

QByteArray InternalSchemeHandler::blockedPage()
{
    QFile templateFile(QStringLiteral(":/healthhub/blocked.html"));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString html = QString::fromUtf8(templateFile.readAll());
    const auto escaped = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    html.replace(QStringLiteral("{{title}}"), escaped(QCoreApplication::translate("HealthHub::Kiosk::BlockedPage",
                                                                                  "This page is not available here")));
    html.replace(QStringLiteral("{{sentence}}"),
                 escaped(QCoreApplication::translate("HealthHub::Kiosk::BlockedPage",
                                                     "This page is not available here. Ask a volunteer.")));
    html.replace(QStringLiteral("{{back}}"),
                 escaped(QCoreApplication::translate("HealthHub::Kiosk::BlockedPage", "Back")));
    html.replace(QStringLiteral("{{home}}"),
                 escaped(QCoreApplication::translate("HealthHub::Kiosk::BlockedPage", "Home")));
    html.replace(QStringLiteral("{{backUrl}}"), internalUrl(QStringLiteral("back")).toString());
    html.replace(QStringLiteral("{{homeUrl}}"), internalUrl(QStringLiteral("home")).toString());
    return html.toUtf8();
}

void InternalSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    // A web origin never gets the application's own pages (the request interceptor refuses them first).
    if (job->requestMethod() != "GET" || !UrlPolicy::allowsInitiator(job->requestUrl(), job->initiator())) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString page = job->requestUrl().path();
    QByteArray body;
    QByteArray mime;
    if (page == QLatin1String("/blocked")) {
        body = blockedPage();
        mime = "text/html";
    } else if (page == QLatin1String("/probe") || page == QLatin1String("/probe.js") ||
               page == QLatin1String("/probe-sw.js") || page == QLatin1String("/canary")) {
        const QString name = page == QLatin1String("/probe") ? QStringLiteral("probe.html") : page.mid(1);
        QFile file(QStringLiteral(":/healthhub/") + name);
        if (name == QLatin1String("canary")) {
            body = "canary";
            mime = "text/plain";
        } else if (file.open(QIODevice::ReadOnly)) {
            body = file.readAll();
            mime = ResourceSchemeHandler::mimeTypeFor(name);
        }
    }
    if (mime.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(body);
    job->reply(mime, buffer);
}

} // namespace HealthHub::Kiosk
