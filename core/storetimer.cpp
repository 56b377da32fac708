// The phase timer's row in the file (schema version 5). Kept apart from the rows of the workshop:
// it is not replicated, so it has no ids, clocks or tombstones, and no undo.

#include "schema.h"
#include "singlerow.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlError>

namespace pm {

namespace {

Error timerError(const QSqlError &error)
{
    return Error{Error::Io, QCoreApplication::translate("pm::Store", "Cannot save the timer: %1")
                                .arg(error.databaseText())};
}

} // namespace

std::optional<TimerState> Store::loadTimer() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // Fails quietly on a file without the table (a newer version may have moved it).
    if (!q.exec(QStringLiteral("SELECT phase, durationMs, remainingMs, running, savedAt FROM %1 "
                               "LIMIT 1")
                    .arg(QLatin1String(kTimerTable))) ||
        !q.next())
        return std::nullopt;
    for (int i = 1; i < 5; ++i) {
        if (q.value(i).typeId() != QMetaType::LongLong)
            return std::nullopt;
    }
    const std::optional<Phase> phase = fromKey<Phase>(q.value(0).toString());
    TimerState state;
    state.durationMs = q.value(1).toLongLong();
    state.remainingMs = q.value(2).toLongLong();
    const qint64 running = q.value(3).toLongLong();
    state.savedAtMs = q.value(4).toLongLong();
    // A timer from a stranger's file is believed only within what Premortem itself writes.
    if (!phase || state.durationMs < 0 || state.durationMs > kMaxTimerMs || state.remainingMs < 0 ||
        state.remainingMs > kMaxTimerMs || (running != 0 && running != 1))
        return std::nullopt;
    state.phase = *phase;
    state.running = running == 1;
    return state;
}

Status Store::saveTimer(const TimerState &state)
{
    if (m_readOnly)
        return Error{Error::ReadOnly, m_readOnlyReason};
    if (const auto error = replaceSingleRow(
            db(), kTimerTable,
            {QStringLiteral("phase"), QStringLiteral("durationMs"), QStringLiteral("remainingMs"),
             QStringLiteral("running"), QStringLiteral("savedAt")},
            {keyOf(state.phase), qBound<qint64>(0, state.durationMs, kMaxTimerMs),
             qBound<qint64>(0, state.remainingMs, kMaxTimerMs), qlonglong(state.running ? 1 : 0),
             state.savedAtMs}))
        return timerError(*error);
    return {};
}

} // namespace pm
