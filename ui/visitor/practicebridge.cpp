// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/practicebridge.h"

#include "kiosk/urlschemes.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

Q_LOGGING_CATEGORY(lcPractice, "healthhub.practice")

namespace HealthHub::Ui {

namespace {
constexpr char kBridgeName[] = "practiceBridge";

/** qwebchannel.js (shipped inside Qt WebChannel) and the glue that links the page's events to the bridge. */
QString injectedScript()
{
    static const QString script = []() -> QString {
        QFile file(QStringLiteral(":/qtwebchannel/qwebchannel.js"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcPractice) << "qwebchannel.js is missing from Qt WebChannel; practice steps will not be seen";
            return QString();
        }
        return QString::fromUtf8(file.readAll()) + QStringLiteral(R"JS(
(function () {
    if (location.protocol !== 'practice:' || typeof qt === 'undefined' || !qt.webChannelTransport) {
        return;
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
        var bridge = channel.objects.practiceBridge;
        function applyContrast() { document.documentElement.classList.toggle('hc', !!bridge.highContrast); }
        applyContrast();
        bridge.highContrastChanged.connect(applyContrast);
        document.addEventListener('practice-step', function (e) { bridge.stepReached(String(e.detail)); });
        document.documentElement.setAttribute('data-bridge', 'ready');
        document.dispatchEvent(new CustomEvent('practice-bridge-ready'));
    });
})();
)JS");
    }();
    return script;
}
} // namespace

PracticeBridge::PracticeBridge(QObject *parent)
    : QObject(parent)
    , m_channel(new QWebChannel(this))
{
    m_channel->registerObject(QLatin1String(kBridgeName), this);
}

void PracticeBridge::attach(QWebEnginePage *page)
{
    m_page = page;
    if (!page) {
        return;
    }
    page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    QWebEngineScript script;
    script.setName(QLatin1String(kBridgeName));
    script.setSourceCode(injectedScript());
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setRunsOnSubFrames(false);
    page->scripts().insert(script);
}

void PracticeBridge::setHighContrast(bool on)
{
    if (on == m_highContrast) {
        return;
    }
    m_highContrast = on;
    Q_EMIT highContrastChanged();
}

void PracticeBridge::stepReached(const QString &event)
{
    // Only the practice site may move the guide on, and only with a plain step name.
    static const QRegularExpression name(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!m_page || m_page->url().scheme() != QLatin1String(Kiosk::kPracticeScheme) || !name.match(event).hasMatch() ||
        event.size() > 64) {
        qCWarning(lcPractice) << "ignored a step message that did not come from the practice site";
        return;
    }
    qCDebug(lcPractice) << "practice step reached:" << event;
    Q_EMIT reached(event);
}

} // namespace HealthHub::Ui
