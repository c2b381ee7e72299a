// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/idlewatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>

namespace HealthHub::Kiosk {

namespace {
constexpr int kTickMs = 250;

bool isActivity(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleWatch::IdleWatch(qint64 idleMs, qint64 warningMs, QObject *parent)
    : QObject(parent)
    , m_idleMs(idleMs)
    , m_warningMs(warningMs)
{
    static QElapsedTimer monotonic;
    if (!monotonic.isValid()) {
        monotonic.start();
    }
    m_clock = [] { return monotonic.elapsed(); };
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::evaluate);
}

IdleWatch::~IdleWatch()
{
    stop();
}

void IdleWatch::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastActivity = now();
}

void IdleWatch::setIntervals(qint64 idleMs, qint64 warningMs)
{
    m_idleMs = idleMs;
    m_warningMs = warningMs;
}

qint64 IdleWatch::now() const
{
    return m_clock();
}

int IdleWatch::secondsLeft() const
{
    const qint64 left = m_lastActivity + m_idleMs + m_warningMs - now();
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

void IdleWatch::start()
{
    if (m_state == State::Stopped) {
        QCoreApplication::instance()->installEventFilter(this);
    }
    m_lastActivity = now();
    m_state = State::Active;
    m_lastAnnounced = -1;
    m_timer.start();
}

void IdleWatch::stop()
{
    if (m_state == State::Stopped) {
        return;
    }
    if (auto *app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
    m_timer.stop();
    m_state = State::Stopped;
}

void IdleWatch::poke()
{
    if (m_state == State::Stopped) {
        return;
    }
    m_lastActivity = now();
    if (m_state == State::Warning) {
        m_state = State::Active;
        Q_EMIT warningCancelled();
    }
}

void IdleWatch::setInhibited(bool inhibited)
{
    if (inhibited == m_inhibited) {
        return;
    }
    m_inhibited = inhibited;
    poke(); // a fresh idle period either way; also ends any warning
}

void IdleWatch::evaluate()
{
    if (m_state == State::Stopped) {
        return;
    }
    if (m_inhibited) {
        m_lastActivity = now();
        return;
    }
    const qint64 idleFor = now() - m_lastActivity;
    if (m_state == State::Active && idleFor >= m_idleMs) {
        m_state = State::Warning;
        m_lastAnnounced = secondsLeft();
        Q_EMIT warningStarted(m_lastAnnounced);
    }
    if (m_state != State::Warning) {
        return;
    }
    if (idleFor >= m_idleMs + m_warningMs) {
        m_state = State::Active;
        m_lastActivity = now();
        Q_EMIT timedOut();
        return;
    }
    const int left = secondsLeft();
    if (left != m_lastAnnounced) {
        m_lastAnnounced = left;
        Q_EMIT countdown(left);
    }
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (isActivity(event->type())) {
        poke();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace HealthHub::Kiosk
