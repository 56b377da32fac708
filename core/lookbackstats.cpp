#include "lookbackstats.h"

#include "workshop.h"

#include <QDir>

namespace pm {

Calibration calibrate(const Workshop &workshop)
{
    Calibration c = calibrate(workshop.rows<FailureMode>(), workshop.rows<Mitigation>(),
                              workshop.rows<Component>());
    calibrateEstimates(c, workshop);
    return c;
}

LookbackStats lookbackStats(const QStringList &paths)
{
    LookbackStats stats;
    for (const QString &path : paths) {
        auto opened = Workshop::open(path, Store::Access::ReadOnly);
        if (!opened) {
            stats.skipped.append({path, opened.error().message});
            continue;
        }
        const Calibration one = calibrate(*opened.value());
        stats.total.add(one);
        stats.counted << path;
        if (one.hasOutcomes())
            stats.withOutcomes << path;
    }
    return stats;
}

QStringList workshopFilesIn(const QString &folder)
{
    const QDir dir(folder);
    QStringList files;
    const QStringList names =
        dir.entryList({QStringLiteral("*.premortem")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        files << dir.filePath(name);
    return files;
}

} // namespace pm
