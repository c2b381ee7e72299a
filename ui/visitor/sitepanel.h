// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace HealthHub::Kiosk {
class WebSandbox;
}

namespace HealthHub::Ui {

class KioskWebView;
class PracticeBridge;

/**
 * The practice or real site beside a guide: a plain header that always says which one it is ("Practice —
 * not real" or "The real NHS website"), buttons to show it full screen and to close it, and the locked web
 * view. The view is made on first use, on the sandbox the shell gives for this visitor.
 */
class SitePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitePanel)

public:
    /** @p sandboxForVisitor returns this visitor's sandbox, making it if needed. */
    explicit SitePanel(std::function<Kiosk::WebSandbox *()> sandboxForVisitor, QWidget *parent = nullptr);

    /** Opens @p page of the practice site ("prescriptions.html#choose"); stays put if it is already shown. */
    void openPractice(const QString &page);
    void openReal(const QUrl &url);
    bool isPractice() const { return m_practice; }
    /** Full screen: the site covers the steps; the button then says "Show the steps". */
    void setFullScreen(bool on);
    bool isFullScreen() const { return m_fullScreen; }

    /** Text size (zoom) and contrast of the pages, from the visitor's settings. */
    void setTextScale(double scale);
    void setHighContrast(bool on);

    /** Opens what was asked for before the visitor's sandbox existed. */
    void openPending();

    /** Deletes the page and the view (the shell destroys the sandbox); view() is null until the next page. */
    void reset();

    KioskWebView *view() const { return m_view; }
    PracticeBridge *bridge() const { return m_bridge; }

Q_SIGNALS:
    void practiceStepReached(const QString &event);
    void fullScreenChanged(bool on);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /** False when there is no sandbox to show pages in yet. */
    bool ensureView();
    void updateHeader();
    /** Forces black and white on real sites in this visitor's sandbox, or stops forcing it. */
    void applyContrastToSites();

    std::function<Kiosk::WebSandbox *()> m_sandboxForVisitor;
    std::function<void()> m_pending;
    PracticeBridge *m_bridge = nullptr;
    KioskWebView *m_view = nullptr;
    QLabel *m_kind = nullptr;
    QPushButton *m_fullScreenButton = nullptr;
    QPushButton *m_close = nullptr;
    bool m_practice = true;
    bool m_fullScreen = false;
    bool m_highContrast = false;
    double m_textScale = 1.0;
};

} // namespace HealthHub::Ui
