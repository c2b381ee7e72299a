// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/sitepanel.h"

#include "kiosk/kioskwebpage.h"
#include "kiosk/urlschemes.h"
#include "kiosk/websandbox.h"
#include "ui/common/theme.h"
#include "ui/visitor/practicebridge.h"
#include "ui/web/kioskwebview.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace HealthHub::Ui {

namespace {
constexpr char kContrastScriptName[] = "healthhub-high-contrast";

/**
 * Black and white for real websites, as the practice site's own html.hc: black words on white, dark blue
 * underlined links, black borders, a thick black ring and yellow behind what has focus. It is a style sheet
 * the page adopts (not a <style> element), so a site's content security policy does not block it. It runs
 * in the application's isolated world: the site's own scripts never see it.
 */
QString addContrastScript()
{
    static const QString css = QStringLiteral(
        "*, *::before, *::after { color: #000000 !important; background-color: #ffffff !important;"
        " background-image: none !important; border-color: #000000 !important; text-shadow: none !important;"
        " box-shadow: none !important; }"
        " a, a * { color: #002060 !important; text-decoration: underline !important; }"
        " button, input, select, textarea, [role=button] { border: 2px solid #000000 !important; }"
        " :focus { outline: 4px solid #000000 !important; outline-offset: 2px !important;"
        " background-color: #ffdd00 !important; }");
    return QStringLiteral(R"JS(
(function () {
    // The practice site has its own black and white (html.hc); the kiosk's own pages need none.
    if (location.protocol === 'practice:' || location.protocol === 'healthhub:' || window.healthhubContrast) {
        return;
    }
    var sheet = new CSSStyleSheet();
    sheet.replaceSync('%1');
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    window.healthhubContrast = sheet;
})();
)JS")
        .arg(css);
}

const QString kRemoveContrastScript = QStringLiteral(R"JS(
(function () {
    var sheet = window.healthhubContrast;
    if (sheet) {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter(function (s) { return s !== sheet; });
        window.healthhubContrast = null;
    }
})();
)JS");
} // namespace

SitePanel::SitePanel(std::function<Kiosk::WebSandbox *()> sandboxForVisitor, QWidget *parent)
    : QWidget(parent)
    , m_sandboxForVisitor(std::move(sandboxForVisitor))
    , m_bridge(new PracticeBridge(this))
{
    setObjectName(QStringLiteral("sitePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("siteHeader"));
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(12, 8, 12, 8);
    row->setSpacing(12);
    m_kind = makeLabel(QString(), Kind::Banner, QStringLiteral("siteKindLabel"), header);
    m_fullScreenButton = makeButton(QString(), Kind::Secondary, QStringLiteral("siteFullScreenButton"), header);
    m_close = makeButton(QString(), Kind::Secondary, QStringLiteral("siteCloseButton"), header);
    row->addWidget(m_kind, 1);
    row->addWidget(m_fullScreenButton);
    row->addWidget(m_close);
    layout->addWidget(header);

    connect(m_fullScreenButton, &QPushButton::clicked, this, [this] { setFullScreen(!m_fullScreen); });
    connect(m_close, &QPushButton::clicked, this, &SitePanel::closeRequested);
    connect(m_bridge, &PracticeBridge::reached, this, &SitePanel::practiceStepReached);
    retranslateUi();
}

void SitePanel::retranslateUi()
{
    setButtonText(m_close, tr("Close"));
    m_close->setAccessibleDescription(tr("Close the website and go back to the steps"));
    if (m_view) {
        m_view->setAccessibleName(tr("Website"));
    }
    updateHeader();
}

void SitePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

bool SitePanel::ensureView()
{
    Kiosk::WebSandbox *sandbox = m_sandboxForVisitor();
    if (!sandbox) {
        return false; // the visitor session is still starting
    }
    if (!m_view) {
        m_view = new KioskWebView(this);
        m_view->setObjectName(QStringLiteral("siteView"));
        m_view->setAccessibleName(tr("Website"));
        static_cast<QVBoxLayout *>(layout())->addWidget(m_view, 1);
    }
    if (m_view->sandbox() != sandbox || !m_view->kioskPage()) {
        m_view->setSandbox(sandbox);
        m_bridge->attach(m_view->kioskPage());
        m_view->setZoomFactor(m_textScale);
        applyContrastToSites();
    }
    return true;
}

void SitePanel::openPractice(const QString &page)
{
    if (!ensureView()) {
        m_pending = [this, page] {
            openPractice(page);
        };
        return;
    }
    m_pending = nullptr;
    m_practice = true;
    updateHeader();
    QUrl url = Kiosk::practiceUrl(page.section(QLatin1Char('#'), 0, 0));
    const QString screen = page.section(QLatin1Char('#'), 1);
    // Already on this page: keep what the visitor has done there.
    if (m_view->url().adjusted(QUrl::RemoveFragment) == url && screen.isEmpty()) {
        return;
    }
    if (!screen.isEmpty()) {
        url.setFragment(screen);
    }
    m_view->open(url);
}

void SitePanel::openReal(const QUrl &url)
{
    if (!ensureView()) {
        m_pending = [this, url] {
            openReal(url);
        };
        return;
    }
    m_pending = nullptr;
    m_practice = false;
    updateHeader();
    m_view->open(url);
}

void SitePanel::setFullScreen(bool on)
{
    if (on == m_fullScreen) {
        return;
    }
    m_fullScreen = on;
    updateHeader();
    Q_EMIT fullScreenChanged(on);
}

void SitePanel::setTextScale(double scale)
{
    m_textScale = scale;
    // Only with a page: QWebEngineView would otherwise make one on the default profile, outside any
    // visitor's sandbox (the reset's return to default text size did that). ensureView() applies it later.
    if (m_view && m_view->kioskPage()) {
        m_view->setZoomFactor(scale);
    }
}

void SitePanel::setHighContrast(bool on)
{
    m_bridge->setHighContrast(on);
    if (on != m_highContrast) {
        m_highContrast = on;
        applyContrastToSites();
    }
}

void SitePanel::applyContrastToSites()
{
    Kiosk::WebSandbox *sandbox = m_view ? m_view->sandbox() : nullptr;
    if (!sandbox) {
        return; // the next visitor's sandbox gets it in ensureView()
    }
    // Every page this visitor opens from now on (the profile's scripts), in every frame...
    QWebEngineScriptCollection *scripts = sandbox->profile()->scripts();
    const QList<QWebEngineScript> old = scripts->find(QLatin1String(kContrastScriptName));
    for (const QWebEngineScript &script : old) {
        scripts->remove(script);
    }
    if (m_highContrast) {
        QWebEngineScript script;
        script.setName(QLatin1String(kContrastScriptName));
        script.setSourceCode(addContrastScript());
        script.setWorldId(QWebEngineScript::ApplicationWorld);
        script.setInjectionPoint(QWebEngineScript::DocumentCreation);
        script.setRunsOnSubFrames(true);
        scripts->insert(script);
    }
    // ...and the page on screen now.
    if (QWebEnginePage *page = m_view->kioskPage()) {
        page->runJavaScript(m_highContrast ? addContrastScript() : kRemoveContrastScript,
                            QWebEngineScript::ApplicationWorld);
    }
}

void SitePanel::openPending()
{
    if (m_pending) {
        const std::function<void()> pending = m_pending;
        pending();
    }
}

void SitePanel::reset()
{
    m_pending = nullptr;
    if (m_view) {
        m_view->setSandbox(nullptr);
    }
    m_bridge->attach(nullptr);
    // The view goes too: a QWebEngineView without a page makes itself one on Qt's default profile, outside
    // any visitor's sandbox, as soon as it is hidden or shown. ensureView() makes the next visitor's.
    delete m_view;
    m_view = nullptr;
    m_fullScreen = false;
    updateHeader();
}

void SitePanel::updateHeader()
{
    m_kind->setText(m_practice ? tr("Practice — not real") : tr("The real NHS website"));
    setButtonText(m_fullScreenButton, m_fullScreen ? tr("Show the steps") : tr("Full screen"));
}

} // namespace HealthHub::Ui
