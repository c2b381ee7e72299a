// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWebEnginePage;
class QWebChannel;

namespace HealthHub::Ui {

/**
 * What the practice site tells the guide ("the visitor reached this step") and what the guide tells the
 * practice site (high contrast on or off), over a QWebChannel. The channel lives in the page's isolated
 * application world: the site's own scripts, and any real site shown later in the same view, never see it.
 * The practice pages fire "practice-step" DOM events; a script injected in that isolated world passes them on.
 */
class PracticeBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeBridge)
    Q_PROPERTY(bool highContrast READ highContrast NOTIFY highContrastChanged)

public:
    explicit PracticeBridge(QObject *parent = nullptr);

    /** Connects the bridge to @p page (a new visitor's page): channel and injected script. */
    void attach(QWebEnginePage *page);

    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    /** Called by the practice page. Ignored unless the page shows the practice site. */
    Q_INVOKABLE void stepReached(const QString &event);

Q_SIGNALS:
    /** The visitor did step @p event on the practice site. */
    void reached(const QString &event);
    void highContrastChanged();

private:
    QWebChannel *m_channel = nullptr;
    QPointer<QWebEnginePage> m_page;
    bool m_highContrast = false;
};

} // namespace HealthHub::Ui
