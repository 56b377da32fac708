#include "phasetimer.h"

#include <QElapsedTimer>
#include <QTimer>

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
}

} // namespace

PhaseTimer::PhaseTimer(QObject *parent, Clock clock)
    : QObject(parent), m_clock(clock ? std::move(clock) : Clock(monotonicMs)),
      m_ticker(new QTimer(this))
{
    // A few ticks a second keep the seconds display on time without a visible stutter.
    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &PhaseTimer::poll);
}

void PhaseTimer::reset(int seconds)
{
    m_durationMs = qMax(0, seconds) * qint64(1000);
    m_remainingMs = m_durationMs;
    m_running = false;
    m_ticker->stop();
    emit changed();
    emit stateChanged();
}

void PhaseTimer::restore(qint64 durationMs, qint64 remainingMs, bool running)
{
    m_durationMs = qMax<qint64>(0, durationMs);
    m_remainingMs = qBound<qint64>(0, remainingMs, qMax(m_durationMs, remainingMs));
    m_running = false;
    m_ticker->stop();
    if (running && m_remainingMs > 0) {
        m_startedAt = m_clock();
        m_running = true;
        m_ticker->start();
    }
    // Run out while the file was closed: isExpired() shows "Time is up", without a new alarm.
    emit changed();
}

void PhaseTimer::start()
{
    if (m_running || !hasTimer() || m_remainingMs == 0)
        return;
    m_startedAt = m_clock();
    m_running = true;
    m_ticker->start();
    emit changed();
    emit stateChanged();
}

void PhaseTimer::pause()
{
    if (!m_running)
        return;
    m_remainingMs = remainingMs();
    m_running = false;
    m_ticker->stop();
    emit changed();
    emit stateChanged();
}

void PhaseTimer::toggle()
{
    if (m_running)
        pause();
    else
        start();
}

void PhaseTimer::addMinute()
{
    if (!hasTimer())
        return;
    const bool expired = isExpired();
    m_remainingMs = remainingMs() + 60 * 1000;
    if (m_running)
        m_startedAt = m_clock();
    emit changed();
    if (expired)
        start(); // says stateChanged() itself
    else
        emit stateChanged();
}

qint64 PhaseTimer::remainingMs() const
{
    if (!m_running)
        return m_remainingMs;
    return qMax<qint64>(0, m_remainingMs - (m_clock() - m_startedAt));
}

int PhaseTimer::remainingSeconds() const
{
    return int((remainingMs() + 999) / 1000);
}

QString PhaseTimer::text() const
{
    const int seconds = remainingSeconds();
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void PhaseTimer::poll()
{
    if (!m_running)
        return;
    if (remainingMs() > 0) {
        emit changed();
        return;
    }
    m_remainingMs = 0;
    m_running = false;
    m_ticker->stop();
    emit changed();
    emit stateChanged();
    emit expired();
}
