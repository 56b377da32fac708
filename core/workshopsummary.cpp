#include "workshopsummary.h"

#include "fileheader.h"
#include "launchcheck.h"
#include "schema.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pm {

namespace {

// A read-only open refuses files that need an upgrade (upgrading writes); such a file is not
// broken, and opening it for real upgrades it after a backup. Say that instead of the refusal.
bool needsUpgrade(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const FileHeader header = FileHeader::parse(file.read(FileHeader::kSize));
    return header.isSqlite && header.applicationId == kApplicationId && header.userVersion > 0 &&
           header.userVersion < kSchemaVersion;
}

} // namespace

Result<WorkshopSummary> summarizeWorkshop(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Io, QCoreApplication::translate(
                                    "pm::WorkshopSummary",
                                    "The file is missing: it was moved, renamed or deleted.")};
    auto opened = Workshop::open(path, Store::Access::ReadOnly);
    if (!opened) {
        if (needsUpgrade(path))
            return Error{Error::Unsupported,
                         QCoreApplication::translate(
                             "pm::WorkshopSummary",
                             "Written by an older version of Premortem: it is upgraded (after a "
                             "backup copy) when you open it.")};
        return opened.error();
    }
    const Workshop &workshop = *opened.value();
    WorkshopSummary summary;
    summary.title = workshop.info().title;
    summary.phase = workshop.info().phase;
    summary.lastChange = info.lastModified();
    summary.notes = workshop.liveCount(EntityKind::Note);
    summary.failureModes = workshop.liveCount(EntityKind::FailureMode);
    summary.openHighRisks = int(launchCheck(workshop, LaunchCheckOptions{}).size());
    return summary;
}

} // namespace pm
