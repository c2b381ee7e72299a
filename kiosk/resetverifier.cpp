// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/resetverifier.h"

#include "kiosk/logging.h"
#include "kiosk/urlschemes.h"
#include "kiosk/websandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QUrlQuery>
#include <QWebEngineCookieStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>

namespace HealthHub::Kiosk {

namespace {
constexpr int kDefaultTimeoutMs = 5000;
const QString kReportPrefix = QStringLiteral("healthhub-probe:");
const QString kPlantedPrefix = QStringLiteral("healthhub-probe-planted:");
const QUrl kCookieCanaryUrl(QStringLiteral("https://canary.healthhub.invalid/"));

/** A page that hands the probe's one console report to the verifier and ignores every other message. */
class ProbePage final : public QWebEnginePage
{
public:
    ProbePage(QWebEngineProfile *profile, std::function<void(const QString &)> onReport)
        : QWebEnginePage(profile)
        , m_onReport(std::move(onReport))
    {
        WebSandbox::applySafeSettings(settings());
    }

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int, const QString &) override
    {
        if ((message.startsWith(kReportPrefix) || message.startsWith(kPlantedPrefix)) && m_onReport) {
            m_onReport(message);
        }
    }

private:
    std::function<void(const QString &)> m_onReport;
};
} // namespace

ResetVerifier::ResetVerifier(QObject *parent)
    : QObject(parent)
    , m_probeUrl(internalUrl(QStringLiteral("probe")))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCWarning(lcSession) << "the reset probe did not answer in time";
        Result result;
        result.leftovers = {QStringLiteral("probe")};
        finish(result);
    });
}

ResetVerifier::~ResetVerifier()
{
    delete m_page.data();
}

QStringList ResetVerifier::storageKinds()
{
    return {QStringLiteral("cookies"),   QStringLiteral("localStorage"), QStringLiteral("sessionStorage"),
            QStringLiteral("indexedDB"), QStringLiteral("cacheStorage"), QStringLiteral("serviceWorkers"),
            QStringLiteral("httpCache"), QStringLiteral("visitedLinks"), QStringLiteral("permissions")};
}

QUrl ResetVerifier::plantedUrl() const
{
    QUrl url = m_probeUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("plant"), QStringLiteral("1"));
    url.setQuery(query);
    return url;
}

void ResetVerifier::verify(WebSandbox *sandbox)
{
    delete m_page.data();
    m_clock.start();
    m_sandbox = sandbox;
    m_cookies = 0;
    QWebEngineProfile *profile = sandbox->profile();

    // The profile as a whole: its cookie jar (every site, not only the probe's) and its visited links.
    QWebEngineCookieStore *cookies = profile->cookieStore();
    connect(cookies, &QWebEngineCookieStore::cookieAdded, this, &ResetVerifier::onCookieAdded, Qt::UniqueConnection);
    cookies->loadAllCookies();
    m_visitedLink = profile->visitedLinksContainsUrl(plantedUrl());

    auto *page = new ProbePage(profile, [this](const QString &json) { onProbeReport(json); });
    sandbox->adoptPage(page);
    m_page = page;
    m_timeout.start();
    page->load(m_plant ? plantedUrl() : m_probeUrl);
}

void ResetVerifier::onCookieAdded()
{
    ++m_cookies;
}

void ResetVerifier::onProbeReport(const QString &message)
{
    if (!m_timeout.isActive()) {
        return; // already finished (timed out), or a report from a page reloaded by hand
    }
    if (message.startsWith(kPlantedPrefix)) {
        if (m_sandbox) {
            QNetworkCookie canary("healthhub-canary", "1");
            canary.setDomain(kCookieCanaryUrl.host());
            m_sandbox->profile()->cookieStore()->setCookie(canary, kCookieCanaryUrl);
        }
        finish(m_result);
        return;
    }
    const QString json = message.mid(kReportPrefix.size());
    Result result;
    const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QString &kind : storageKinds()) {
        int count = -1;
        if (kind == QLatin1String("visitedLinks")) {
            count = m_visitedLink ? 1 : 0;
        } else if (report.contains(kind)) {
            count = report.value(kind).toInt(-1);
        }
        if (kind == QLatin1String("cookies")) {
            count = qMax(count, 0) + m_cookies; // the page's own view plus the whole jar
        }
        if (count < 0) {
            continue; // not something this origin can hold
        }
        result.checked.append(kind);
        if (count > 0) {
            result.leftovers.append(kind);
        }
    }
    result.clean = result.leftovers.isEmpty();
    // The counts are taken; canaries planted from here on must not count against this profile.
    if (m_sandbox) {
        disconnect(m_sandbox->profile()->cookieStore(), nullptr, this, nullptr);
    }
    if (m_plant) {
        m_result = result; // finished once the probe says its canaries are planted
        return;
    }
    finish(result);
}

void ResetVerifier::finish(Result result)
{
    m_timeout.stop();
    result.elapsedMs = m_clock.elapsed();
    if (m_sandbox) {
        disconnect(m_sandbox->profile()->cookieStore(), nullptr, this, nullptr);
    }
    // The probe page stays (the sandbox deletes it with the profile): it answers the watchdog's heartbeat.
    if (result.clean) {
        qCInfo(lcSession) << "reset verified clean in" << result.elapsedMs << "ms; checked"
                          << result.checked.join(QStringLiteral(", "));
    } else {
        qCWarning(lcSession) << "reset left something behind in:" << result.leftovers.join(QStringLiteral(", "));
    }
    Q_EMIT finished(result);
}

} // namespace HealthHub::Kiosk
