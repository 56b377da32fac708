#pragma once

// The countdown of a timed phase (silent writing, clustering, ranking): start, pause, one more
// minute, and a single expired() when it reaches zero. It reads time from a clock it is given, so
// the tests step through ten minutes without waiting for them.

#include <QObject>

#include <functional>

class QTimer;

class PhaseTimer : public QObject
{
    Q_OBJECT

public:
    // Milliseconds from any fixed origin; must never go backwards.
    using Clock = std::function<qint64()>;

    explicit PhaseTimer(QObject *parent = nullptr, Clock clock = {});

    // Stopped at the full length; 0 seconds: the phase has no timer.
    void reset(int seconds);
    void start();
    void pause();
    void toggle();
    // One more minute; a timer that ran out starts again, because the room wants to go on.
    void addMinute();

    bool hasTimer() const { return m_durationMs > 0; }
    bool isRunning() const { return m_running; }
    bool isExpired() const { return hasTimer() && remainingMs() == 0; }
    qint64 remainingMs() const;
    // Rounded up, so "00:01" shows until the very end and "00:00" means time is up.
    int remainingSeconds() const;
    // "09:59"
    QString text() const;

    // Where it stands, for keeping it in the file: remaining as of now.
    qint64 durationMs() const { return m_durationMs; }
    // Carries on from a kept state: this length, this much left, running or not. Nothing left
    // means expired.
    void restore(qint64 durationMs, qint64 remainingMs, bool running);

    // Looks at the clock: emits changed() while running, expired() once at zero. Called by the
    // timer's own ticker; tests call it after moving their clock.
    void poll();

signals:
    void changed();
    void expired();
    // Started, paused, a minute added, reset or run out: what is worth keeping (not the ticks).
    void stateChanged();

private:
    Clock m_clock;
    QTimer *m_ticker;
    qint64 m_durationMs = 0;
    qint64 m_remainingMs = 0; // at m_startedAt while running
    qint64 m_startedAt = 0;
    bool m_running = false;
};
