#pragma once

// What the start page says about a recent workshop without opening it for editing: its title,
// phase, when it last changed and how much is in it. Read through the same checked, read-only
// path as any other file (no lock, nothing written), so a broken or hostile file only yields a
// message. Safe to call from a worker thread: each call has its own database connection.

#include "result.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QString>

namespace pm {

struct WorkshopSummary
{
    QString title;
    Phase phase = Phase::Frame;
    QDateTime lastChange; // the file's modification time
    int notes = 0;
    int failureModes = 0;
    // High and critical failure modes without a committed, owned and dated mitigation: the
    // launch check's findings at its default band, the same rule as the Warnings list.
    int openHighRisks = 0;
};

// The summary, or an error saying why the file cannot be shown (missing, damaged, not a
// workshop, written by an older version and not yet upgraded, ...).
Result<WorkshopSummary> summarizeWorkshop(const QString &path);

} // namespace pm
