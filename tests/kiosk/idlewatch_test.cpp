// SPDX-License-Identifier: GPL-3.0-or-later
// The idle countdown, driven by a fake clock: no sleeps.

#include "kiosk/idlewatch.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using HealthHub::Kiosk::IdleWatch;

class IdleWatchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void warnsThenTimesOut();
    void activityCancelsWarning();
    void inputEventsCountAsActivity();
    void inhibitedNeverTimesOut();
    void stoppedDoesNothing();

private:
    qint64 m_now = 0;
};

void IdleWatchTest::init()
{
    m_now = 1000;
}

void IdleWatchTest::warnsThenTimesOut()
{
    IdleWatch watch(120000, 30000);
    watch.setClock([this] { return m_now; });
    QSignalSpy warned(&watch, &IdleWatch::warningStarted);
    QSignalSpy ticks(&watch, &IdleWatch::countdown);
    QSignalSpy timedOut(&watch, &IdleWatch::timedOut);
    watch.start();

    m_now += 119999;
    watch.evaluate();
    QCOMPARE(warned.count(), 0);
    m_now += 1;
    watch.evaluate();
    QCOMPARE(warned.count(), 1);
    QCOMPARE(warned.at(0).at(0).toInt(), 30);
    QCOMPARE(watch.state(), IdleWatch::State::Warning);

    m_now += 10000;
    watch.evaluate();
    QCOMPARE(ticks.count(), 1);
    QCOMPARE(ticks.at(0).at(0).toInt(), 20);
    QCOMPARE(timedOut.count(), 0);

    m_now += 20000;
    watch.evaluate();
    QCOMPARE(timedOut.count(), 1);
    // After a timeout the next visitor gets a fresh idle period.
    QCOMPARE(watch.state(), IdleWatch::State::Active);
    m_now += 60000;
    watch.evaluate();
    QCOMPARE(warned.count(), 1);
}

void IdleWatchTest::activityCancelsWarning()
{
    IdleWatch watch(60000, 20000);
    watch.setClock([this] { return m_now; });
    QSignalSpy cancelled(&watch, &IdleWatch::warningCancelled);
    QSignalSpy timedOut(&watch, &IdleWatch::timedOut);
    watch.start();
    m_now += 65000;
    watch.evaluate();
    QCOMPARE(watch.state(), IdleWatch::State::Warning);
    watch.poke(); // "I'm still here"
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(watch.state(), IdleWatch::State::Active);
    m_now += 59000;
    watch.evaluate();
    QCOMPARE(watch.state(), IdleWatch::State::Active);
    QCOMPARE(timedOut.count(), 0);
}

void IdleWatchTest::inputEventsCountAsActivity()
{
    IdleWatch watch(60000, 20000);
    watch.setClock([this] { return m_now; });
    watch.start();
    m_now += 50000;
    QObject target;
    QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &key);
    m_now += 50000; // 100 s since start, but only 50 s since the key
    watch.evaluate();
    QCOMPARE(watch.state(), IdleWatch::State::Active);
    m_now += 10000;
    watch.evaluate();
    QCOMPARE(watch.state(), IdleWatch::State::Warning);
}

void IdleWatchTest::inhibitedNeverTimesOut()
{
    IdleWatch watch(60000, 20000);
    watch.setClock([this] { return m_now; });
    QSignalSpy warned(&watch, &IdleWatch::warningStarted);
    watch.start();
    watch.setInhibited(true); // a video call is on
    m_now += 3600000;
    watch.evaluate();
    QCOMPARE(warned.count(), 0);
    watch.setInhibited(false);
    m_now += 59000;
    watch.evaluate();
    QCOMPARE(warned.count(), 0);
    m_now += 1000;
    watch.evaluate();
    QCOMPARE(warned.count(), 1);
}

void IdleWatchTest::stoppedDoesNothing()
{
    IdleWatch watch(60000, 20000);
    watch.setClock([this] { return m_now; });
    QSignalSpy warned(&watch, &IdleWatch::warningStarted);
    m_now += 100000;
    watch.evaluate();
    QCOMPARE(warned.count(), 0);
    QCOMPARE(watch.state(), IdleWatch::State::Stopped);
}

QTEST_GUILESS_MAIN(IdleWatchTest)
#include "idlewatch_test.moc"
