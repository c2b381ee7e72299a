// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebEnginePage;

namespace HealthHub::Kiosk {

/**
 * Notices a page whose renderer has stopped answering (hung in a script, or stopped), which Qt WebEngine does
 * not report: QWebEnginePage::renderProcessTerminated is only for a renderer that ended. Every kPingMs the watch
 * runs a one-line script in the page's own isolated world (the page's scripts cannot answer for it); when one
 * has had no answer for kHungAfterMs, hung() says so, and answering() once it answers again. restart() ends the
 * stopped renderer (it is this program's own helper process) and loads a page in a new one; the end it causes
 * is not a crash (endedOnPurpose()), so the visitor's session is not reset for it.
 */
class RenderWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderWatch)

public:
    static constexpr int kPingMs = 1000;
    /** The issue asks for "about 10 seconds"; a busy page's long script may take a few. */
    static constexpr int kHungAfterMs = 7000;

    explicit RenderWatch(QWebEnginePage *page);

    bool isHung() const { return m_hung; }
    /** Ends the page's renderer and loads @p url in a new one (nothing when @p url is empty). */
    void restart(const QUrl &url);
    /** True once for a renderer end that restart() caused; the page's crash handling asks. */
    bool endedOnPurpose();

Q_SIGNALS:
    void hung();
    void answering();

private:
    void ping();
    void onAnswer(quint64 ping);

    QWebEnginePage *m_page = nullptr;
    QTimer m_timer;
    QElapsedTimer m_waiting; ///< since the unanswered ping was sent
    quint64 m_sent = 0;      ///< the last ping's number
    bool m_outstanding = false;
    bool m_hung = false;
    bool m_endedOnPurpose = false;
    QUrl m_reloadAfterEnd;
};

} // namespace HealthHub::Kiosk
