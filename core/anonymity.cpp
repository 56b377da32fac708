#include "anonymity.h"

#include "workshop.h"

namespace pm {

bool showsAuthors(const WorkshopInfo &info)
{
    return !info.anonymous && info.recordAuthors;
}

Result<ChangeSet> setAnonymous(Workshop &workshop, bool on)
{
    WorkshopInfo info = workshop.info();
    info.anonymous = on;
    return workshop.apply({info});
}

ChangeSet setRecordAuthorsChanges(const Workshop &workshop, bool record)
{
    WorkshopInfo info = workshop.info();
    info.recordAuthors = record;
    ChangeSet changes{info};
    if (!record) {
        // Tombstones too: a removed note brought back by undo must not bring its author back.
        for (const AnyRow &row : workshop.allRows()) {
            if (const auto *note = std::get_if<Note>(&row); note && !note->author.isNull()) {
                Note cleared = *note;
                cleared.author = QUuid();
                changes << cleared;
            }
        }
    }
    return changes;
}

Result<ChangeSet> setRecordAuthors(Workshop &workshop, bool record)
{
    return workshop.apply(setRecordAuthorsChanges(workshop, record));
}

} // namespace pm
