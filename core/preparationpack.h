#pragma once

// Preparation packs: one small .premortem per participant, to write notes before the workshop
// (often offline, on their own laptop) and to be merged back by the facilitator. A pack is the
// same workshop (same id), so it merges back without MergeOptions::acrossWorkshops, with
// WorkshopInfo::preparedFor naming the participant. docs/preparation-packs.md says what a pack
// holds and why; rows() is that rule.

#include "result.h"
#include "workshop.h"

#include <QCoreApplication>

namespace pm {

class PreparationPack
{
    Q_DECLARE_TR_FUNCTIONS(pm::PreparationPack)

public:
    // The rows of the pack for this participant: the workshop record (preparedFor set), the
    // participant, every component, the participant's own live notes with the failure modes
    // they are stacked in, and the participant's own estimates with the failure modes they score
    // (from the ranking phase on, every live failure mode, to score them all). Nobody else's
    // name, notes, votes or estimates, and no mitigations.
    static Result<ChangeSet> rows(const Workshop &workshop, const QUuid &participant);

    // Writes the pack to path. An existing file is an error unless replace is set; it is then
    // replaced in one step (never the workshop itself, nor a file open for editing elsewhere).
    static Status write(const Workshop &workshop, const QUuid &participant, const QString &path,
                        bool replace = false);

    // Where writeAll() puts each participant's pack: folder/"<title> - <name>.premortem", names
    // made safe for every file system and told apart when two people share a name.
    static QStringList paths(const Workshop &workshop, const QList<QUuid> &participants,
                             const QString &folder);
    // One pack per participant (in that order) into folder, which must exist. Stops at the first
    // failure, saying which; the packs written before it stay. Returns the files written.
    static Result<QStringList> writeAll(const Workshop &workshop, const QList<QUuid> &participants,
                                        const QString &folder, bool replace = false);

    // A participant named by name (case-insensitive) or id; an error naming the choices if none.
    static Result<QUuid> findParticipant(const Workshop &workshop, const QString &nameOrId);

    // A name as one file name component (pm::safeFileName), "participant" when nothing is left.
    static QString safeFileName(const QString &text);
};

} // namespace pm
