// The phase timer kept in the workshop file (schema version 5, pm::TimerState): written when it
// starts, pauses, gains a minute, runs out or a phase begins, never on every tick; read when a
// workshop is shown, so a reopened file (or one reopened after a crash) carries on counting.

#include "facilitation.h"
#include "phasetimer.h"
#include "workshop.h"

#include <QDateTime>

void Facilitation::saveTimer()
{
    if (!m_keepTimer || !m_workshop || m_workshop->isReadOnly())
        return;
    pm::TimerState state;
    state.phase = m_phase;
    state.durationMs = m_timer->durationMs();
    state.remainingMs = m_timer->remainingMs();
    state.running = m_timer->isRunning();
    state.savedAtMs = QDateTime::currentMSecsSinceEpoch();
    // A timer that cannot be kept (disk full) still counts down in the window; the next edit
    // reports the disk in the banner, so this one stays quiet in front of the room.
    (void)m_workshop->saveTimer(state);
}

void Facilitation::restoreTimer()
{
    const std::optional<pm::TimerState> saved = m_workshop->savedTimer();
    // A timer of another phase (the phase moved in a merged copy, or by undo) starts afresh.
    if (!saved || saved->phase != m_phase || saved->durationMs <= 0)
        return;
    m_timer->restore(saved->durationMs, saved->remainingAt(QDateTime::currentMSecsSinceEpoch()),
                     saved->running);
}
