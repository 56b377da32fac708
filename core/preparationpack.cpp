#include "preparationpack.h"

#include "filename.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>

#include <cstdio>

namespace pm {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

QString suffix()
{
    return QStringLiteral(".premortem");
}

} // namespace

Result<ChangeSet> PreparationPack::rows(const Workshop &workshop, const QUuid &participant)
{
    const Participant *me = workshop.findLive<Participant>(participant);
    if (!me)
        return Error{Error::NotFound, tr("This workshop has no participant with the identifier "
                                         "%1.")
                                          .arg(participant.toString(QUuid::WithoutBraces))};
    // The workshop record as it is, marked as this person's pack. Its other fields keep their
    // clocks, and a merge leaves a pack's record out, so the mark never travels back.
    WorkshopInfo info = workshop.info();
    info.preparedFor = participant;
    ChangeSet rows{info, *me};
    // Every component, tombstones included: they are the architecture the notes are about, and
    // a live component may still name a removed one as its parent.
    for (const AnyRow &row : workshop.allRows()) {
        if (kindOf(row) == EntityKind::Component)
            rows << row;
    }
    // My own notes, and the failure modes they are stacked in (titles only matter there; the
    // scores and mitigations stay at the workshop).
    QSet<RowKey> modes;
    ChangeSet notes;
    for (const Note &note : workshop.rows<Note>()) {
        if (note.author != participant)
            continue;
        notes << note;
        if (!note.failureMode.isNull())
            modes.insert(note.failureMode);
    }
    // My own estimates (cleared ones too, so a clear made in the pack merges back), never
    // anyone else's: the pack lets its person score offline, and scores are private until the
    // reveal. From ranking on, every failure mode comes along so that all can be scored.
    ChangeSet estimates;
    for (const AnyRow &row : workshop.allRows()) {
        const auto *e = std::get_if<Estimate>(&row);
        if (e && e->participant == participant && workshop.findLive<FailureMode>(e->failureMode)) {
            estimates << row;
            modes.insert(e->failureMode);
        }
    }
    const bool scoring = workshop.info().phase >= Phase::Rank;
    for (const FailureMode &mode : workshop.rows<FailureMode>()) {
        if (scoring || modes.contains(mode.meta.id))
            rows << mode;
    }
    rows << notes << estimates;
    return rows;
}

Status PreparationPack::write(const Workshop &workshop, const QUuid &participant,
                              const QString &path, bool replace)
{
    Result<ChangeSet> packRows = rows(workshop, participant);
    if (!packRows)
        return packRows.error();
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    if (!target.exists()) {
        Result<std::unique_ptr<Workshop>> created = Workshop::createFromRows(absolute, *packRows);
        return created ? Status() : Status(created.error());
    }
    if (!replace)
        return Error{
            Error::InvalidInput,
            tr("“%1” already exists; choose another name or replace it.").arg(shown(path))};
    if (target.canonicalFilePath() == QFileInfo(workshop.path()).canonicalFilePath())
        return Error{Error::InvalidInput, tr("“%1” is the workshop itself; choose another file for "
                                             "the preparation pack.")
                                              .arg(shown(path))};
    // Replacing a file that another window is editing would silently drop that window's work.
    QLockFile lock(absolute + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return Error{Error::Io, tr("“%1” is open for editing in another Premortem window; close it "
                                   "there first or choose another name.")
                                    .arg(shown(path))};
    // Built whole under another name, then moved over the old file in one step.
    const QString temp = absolute + QStringLiteral(".preparing");
    QFile::remove(temp);
    {
        Result<std::unique_ptr<Workshop>> created = Workshop::createFromRows(temp, *packRows);
        if (!created)
            return created.error();
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(absolute).constData()) !=
        0) {
        QFile::remove(temp);
        return Error{Error::Io,
                     tr("Cannot replace “%1”: the file could not be replaced.").arg(shown(path))};
    }
    return {};
}

QStringList PreparationPack::paths(const Workshop &workshop, const QList<QUuid> &participants,
                                   const QString &folder)
{
    const QDir dir(folder);
    const QString title = safeFileName(workshop.info().title);
    QStringList result;
    QSet<QString> taken; // case-folded: some file systems do not tell "Ana" from "ana"
    for (const QUuid &id : participants) {
        const Participant *p = workshop.findLive<Participant>(id);
        const QString stem = title + QStringLiteral(" - ") + safeFileName(p ? p->name : QString());
        QString name = stem + suffix();
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix());
        taken.insert(name.toCaseFolded());
        result << dir.filePath(name);
    }
    return result;
}

Result<QStringList> PreparationPack::writeAll(const Workshop &workshop,
                                              const QList<QUuid> &participants,
                                              const QString &folder, bool replace)
{
    if (!QFileInfo(folder).isDir())
        return Error{Error::NotFound,
                     tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(folder))};
    const QStringList files = paths(workshop, participants, folder);
    QStringList written;
    for (int i = 0; i < participants.size(); ++i) {
        if (Status s = write(workshop, participants[i], files[i], replace); !s)
            return s.error();
        written << files[i];
    }
    return written;
}

Result<QUuid> PreparationPack::findParticipant(const Workshop &workshop, const QString &nameOrId)
{
    if (const Participant *p = workshop.participantNamed(nameOrId))
        return p->meta.id;
    const QUuid id = QUuid::fromString(nameOrId.trimmed());
    if (!id.isNull() && workshop.findLive<Participant>(id))
        return id;
    QStringList names;
    for (const Participant &p : workshop.rows<Participant>())
        names << p.name;
    if (names.isEmpty())
        return Error{Error::NotFound, tr("This workshop has no participants yet; add them first.")};
    return Error{Error::NotFound, tr("No participant is called “%1”. The participants are: %2.")
                                      .arg(nameOrId, names.join(QStringLiteral(", ")))};
}

QString PreparationPack::safeFileName(const QString &text)
{
    return pm::safeFileName(text, tr("participant"));
}

} // namespace pm
