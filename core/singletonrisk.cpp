#include "singletonrisk.h"

#include "workshop.h"

#include <cstring>

namespace pm {

namespace {

// Flipping a fixed pattern in the last eight bytes maps a note id to its singleton's and back.
// The version and variant bits lie before them, so the result is a well-formed id of the same
// kind; the map is one-to-one, so two notes never share a singleton.
constexpr unsigned char kSingletonMask[8] = {0x5a, 0x1e, 0x7c, 0x3b, 0xa5, 0xe1, 0xc3, 0x96};

QUuid flipped(const QUuid &id)
{
    if (id.isNull())
        return {};
    QUuid result = id;
    for (int i = 0; i < 8; ++i)
        result.data4[i] ^= kSingletonMask[i];
    return result;
}

} // namespace

bool isLooseNote(const Note &note)
{
    return !note.meta.deleted && !note.hidden && note.failureMode.isNull() &&
           !note.text.trimmed().isEmpty();
}

QUuid singletonId(const QUuid &note)
{
    return flipped(note);
}

QUuid singletonNote(const QUuid &failureMode)
{
    return flipped(failureMode);
}

FailureMode singletonFailureMode(const Note &note)
{
    FailureMode mode;
    mode.meta.id = singletonId(note.meta.id);
    mode.meta.created = note.meta.created; // ranks among equals where the note was written
    // The same title a stack of this one note would get.
    mode.title = note.text.left(120).simplified();
    mode.component = note.component;
    mode.category = note.category;
    return mode;
}

namespace {

bool hasUnwrittenSingleton(const Workshop &workshop, const Note &note)
{
    return isLooseNote(note) && !workshop.findLive<FailureMode>(singletonId(note.meta.id));
}

} // namespace

QList<FailureMode> unwrittenSingletons(const Workshop &workshop)
{
    QList<FailureMode> result;
    for (const Note &note : workshop.rows<Note>()) {
        if (hasUnwrittenSingleton(workshop, note))
            result << singletonFailureMode(note);
    }
    return result;
}

int unwrittenSingletonCount(const Workshop &workshop)
{
    int count = 0;
    workshop.forEachLive<Note>(
        [&](const Note &note) { count += hasUnwrittenSingleton(workshop, note) ? 1 : 0; });
    return count;
}

std::optional<FailureMode> failureModeOrSingleton(const Workshop &workshop, const QUuid &id)
{
    if (const FailureMode *mode = workshop.findLive<FailureMode>(id))
        return *mode;
    const Note *note = workshop.findLive<Note>(singletonNote(id));
    if (!note || !isLooseNote(*note))
        return std::nullopt;
    return singletonFailureMode(*note);
}

ChangeSet writeSingleton(const Workshop &workshop, const QUuid &id)
{
    if (id.isNull() || workshop.findLive<FailureMode>(id))
        return {};
    const Note *note = workshop.findLive<Note>(singletonNote(id));
    if (!note || !isLooseNote(*note))
        return {};
    FailureMode mode = singletonFailureMode(*note);
    if (const FailureMode *tombstone = workshop.find<FailureMode>(id)) {
        // Written once and removed since: the row comes back, with the note's current wording.
        const FailureMode fresh = mode;
        mode = *tombstone;
        mode.meta.deleted = false;
        mode.title = fresh.title;
        mode.component = fresh.component;
        mode.category = fresh.category;
        mode.likelihood = 0;
        mode.blastRadius = 0;
    }
    Note joined = *note;
    joined.failureMode = id;
    return {mode, joined};
}

} // namespace pm
