#pragma once

// The phase timer as the file keeps it (table phaseTimer, schema version 5), so that reopening a
// workshop, or restarting after a crash, carries on with the countdown instead of starting over.
// Private to one file copy like fileInfo: never merged, exported or undone.

#include "vocabulary.h"

#include <QtGlobal>

namespace pm {

struct TimerState
{
    Phase phase = Phase::Frame; // the phase it counts down; another phase starts afresh
    qint64 durationMs = 0;
    qint64 remainingMs = 0; // at savedAtMs
    bool running = false;
    qint64 savedAtMs = 0; // UTC milliseconds since the epoch (wall clock: survives a restart)

    // What is left at nowMs (wall clock): a running timer kept counting while the file was
    // closed; never below zero, and a clock that went backwards takes nothing off.
    qint64 remainingAt(qint64 nowMs) const
    {
        if (!running)
            return remainingMs;
        return qBound<qint64>(0, remainingMs - qMax<qint64>(0, nowMs - savedAtMs), remainingMs);
    }
    bool operator==(const TimerState &o) const
    {
        return phase == o.phase && durationMs == o.durationMs && remainingMs == o.remainingMs &&
               running == o.running && savedAtMs == o.savedAtMs;
    }
};

// Bounds a stored timer must keep to be believed (a file may come from a stranger).
constexpr qint64 kMaxTimerMs = 24 * 60 * 60 * 1000LL;

} // namespace pm
