#pragma once

// The look-back across workshops: every file opened read-only, its calibration added to the
// total. A file that cannot be read (missing, damaged, not a workshop) is skipped with a message
// and the rest are still counted.

#include "calibration.h"

#include <QStringList>

namespace pm {

struct SkippedFile
{
    QString path;
    QString reason; // for a person: why the file was not counted
};

struct LookbackStats
{
    Calibration total;
    QStringList counted;        // files read, in the order given
    QStringList withOutcomes;   // of those, the ones with any look-back entered
    QList<SkippedFile> skipped; // files that could not be read
};

// A workshop's own calibration (all its live rows).
class Workshop;
Calibration calibrate(const Workshop &workshop);

// Opens each file read-only (the files are never changed) and adds up the calibrations.
LookbackStats lookbackStats(const QStringList &paths);

// The .premortem files directly in a folder, sorted by name.
QStringList workshopFilesIn(const QString &folder);

} // namespace pm
