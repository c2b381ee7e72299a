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

namespace HealthHub::Ui {

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
    if (m_view) {
        m_view->setZoomFactor(scale);
    }
}

void SitePanel::setHighContrast(bool on)
{
    m_bridge->setHighContrast(on);
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
    m_fullScreen = false;
    updateHeader();
}

void SitePanel::updateHeader()
{
    m_kind->setText(m_practice ? tr("Practice — not real") : tr("The real NHS website"));
    setButtonText(m_fullScreenButton, m_fullScreen ? tr("Show the steps") : tr("Full screen"));
}

} // namespace HealthHub::Ui
