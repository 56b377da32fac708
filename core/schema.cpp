#include "schema.h"

#include "entities.h"

namespace pm {

namespace {

// Columns every replicated row has; see docs/file-format.md "Row bookkeeping".
#define PM_META_COLUMNS                                                                            \
    "id TEXT PRIMARY KEY NOT NULL, "                                                               \
    "created INTEGER NOT NULL, "                                                                   \
    "modified INTEGER NOT NULL, "                                                                  \
    "writer TEXT NOT NULL, "                                                                       \
    "hlc INTEGER NOT NULL, "                                                                       \
    "deleted INTEGER NOT NULL DEFAULT 0, "

// References are deferred so rows of one change set can be written in any order.
#define PM_REF(table) " REFERENCES " table "(id) DEFERRABLE INITIALLY DEFERRED"

QStringList version1()
{
    return {
        QStringLiteral(
            "CREATE TABLE fileInfo (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE workshop (" PM_META_COLUMNS
                       "title TEXT NOT NULL, system TEXT NOT NULL DEFAULT '', "
                       "scenario TEXT NOT NULL DEFAULT '', horizon TEXT, "
                       "template TEXT NOT NULL DEFAULT '', phase TEXT NOT NULL DEFAULT 'frame')"),
        QStringLiteral("CREATE TABLE participant (" PM_META_COLUMNS
                       "name TEXT NOT NULL, role TEXT NOT NULL DEFAULT 'other', "
                       "side TEXT NOT NULL DEFAULT 'both')"),
        QStringLiteral("CREATE TABLE component (" PM_META_COLUMNS
                       "name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'service', "
                       "x REAL NOT NULL DEFAULT 0, y REAL NOT NULL DEFAULT 0, "
                       "width REAL NOT NULL DEFAULT 240, height REAL NOT NULL DEFAULT 160, "
                       "parent TEXT" PM_REF("component") ")"),
        QStringLiteral(
            "CREATE TABLE failureMode (" PM_META_COLUMNS
            "title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
            "component TEXT" PM_REF("component") ", "
                                                 "likelihood INTEGER NOT NULL DEFAULT 0, "
                                                 "blastRadius INTEGER NOT NULL DEFAULT 0, "
                                                 "category TEXT NOT NULL DEFAULT 'uncategorised')"),
        QStringLiteral(
            "CREATE TABLE note (" PM_META_COLUMNS "text TEXT NOT NULL, author TEXT" PM_REF(
                "participant") ", "
                               "category TEXT NOT NULL DEFAULT 'uncategorised', "
                               "colour TEXT NOT NULL DEFAULT '', "
                               "x REAL NOT NULL DEFAULT 0, y REAL NOT NULL DEFAULT 0, "
                               "width REAL NOT NULL DEFAULT 200, height REAL NOT NULL DEFAULT 140, "
                               "hidden INTEGER NOT NULL DEFAULT 0, "
                               "component TEXT" PM_REF("component") ", "
                                                                    "failureMode TEXT" PM_REF(
                                                                        "failureMode") ")"),
        QStringLiteral(
            "CREATE TABLE mitigation (" PM_META_COLUMNS "failureMode TEXT NOT NULL" PM_REF(
                "failureMode") ", "
                               "type TEXT NOT NULL DEFAULT 'other', description TEXT NOT NULL, "
                               "owner TEXT NOT NULL DEFAULT '', due TEXT, "
                               "status TEXT NOT NULL DEFAULT 'proposed', "
                               "destination TEXT NOT NULL DEFAULT 'none')"),
        QStringLiteral("CREATE TABLE vote (" PM_META_COLUMNS "participant TEXT NOT NULL" PM_REF(
            "participant") ", "
                           "failureMode TEXT NOT NULL" PM_REF(
                               "failureMode") ", "
                                              "dots INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX noteByComponent ON note(component)"),
        QStringLiteral("CREATE INDEX noteByFailureMode ON note(failureMode)"),
        QStringLiteral("CREATE INDEX failureModeByComponent ON failureMode(component)"),
        QStringLiteral("CREATE INDEX mitigationByFailureMode ON mitigation(failureMode)"),
        QStringLiteral("CREATE INDEX voteByFailureMode ON vote(failureMode)"),
    };
}

// Version 2: the look-back (outcome of each failure mode) and residual risk after mitigation.
QStringList version2()
{
    return {
        QStringLiteral(
            "ALTER TABLE failureMode ADD COLUMN outcome TEXT NOT NULL DEFAULT 'unknown'"),
        QStringLiteral("ALTER TABLE failureMode ADD COLUMN outcomeDate TEXT"),
        QStringLiteral("ALTER TABLE failureMode ADD COLUMN outcomeRef TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "ALTER TABLE mitigation ADD COLUMN residualLikelihood INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "ALTER TABLE mitigation ADD COLUMN residualBlastRadius INTEGER NOT NULL DEFAULT 0"),
    };
}

// Version 3: per-field clocks for the merge (see FieldClocks and docs/file-format.md).
QStringList version3()
{
    QStringList steps;
    for (const char *table :
         {"workshop", "participant", "component", "failureMode", "note", "mitigation", "vote"})
        steps << QStringLiteral("ALTER TABLE %1 ADD COLUMN clocks TEXT NOT NULL DEFAULT ''")
                     .arg(QLatin1String(table));
    return steps;
}

// Version 4: facilitation (axis wording, anonymity, dot voting, preparation packs) and the
// look-back (surprises, whether each mitigation helped).
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE workshop ADD COLUMN likelihoodLabels TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "ALTER TABLE workshop ADD COLUMN blastRadiusLabels TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE workshop ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE workshop ADD COLUMN recordAuthors INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE workshop ADD COLUMN voteBudget INTEGER NOT NULL DEFAULT 3"),
        QStringLiteral("ALTER TABLE workshop ADD COLUMN votingOpen INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE workshop ADD COLUMN preparedFor TEXT" PM_REF("participant")),
        QStringLiteral("ALTER TABLE failureMode ADD COLUMN surprise INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE mitigation ADD COLUMN effect TEXT NOT NULL DEFAULT 'unknown'"),
    };
}

// Version 5: the phase timer, kept so that reopening the file carries on with the countdown. At
// most one row; private to the file copy like fileInfo.
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE phaseTimer (phase TEXT NOT NULL, "
                       "durationMs INTEGER NOT NULL, remainingMs INTEGER NOT NULL, "
                       "running INTEGER NOT NULL DEFAULT 0, savedAt INTEGER NOT NULL)"),
    };
}

// Version 6: a deleted note keeps only what a merge needs (id, bookkeeping, position in the
// board's structure): its text becomes "-" and its author is cleared, in existing files too. And
// the room's address (join code and port), kept so that a restarted host serves the same address;
// private to the file copy like fileInfo.
QStringList version6()
{
    return {
        QStringLiteral("UPDATE note SET text = '-', author = NULL WHERE deleted = 1"),
        QStringLiteral("CREATE TABLE roomAddress (code TEXT NOT NULL, port INTEGER NOT NULL)"),
    };
}

// Version 7: the architecture map's arrows ("A depends on B") and user-facing components.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE dependency (" PM_META_COLUMNS
                       "fromComponent TEXT NOT NULL" PM_REF(
                           "component") ", "
                                        "toComponent TEXT NOT NULL" PM_REF(
                                            "component") ", "
                                                         "kind TEXT NOT NULL DEFAULT 'sync-call', "
                                                         "label TEXT NOT NULL DEFAULT '', "
                                                         "unprotected INTEGER NOT NULL DEFAULT 0, "
                                                         "clocks TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX dependencyByFrom ON dependency(fromComponent)"),
        QStringLiteral("CREATE INDEX dependencyByTo ON dependency(toComponent)"),
        QStringLiteral("ALTER TABLE component ADD COLUMN userFacing INTEGER NOT NULL DEFAULT 0"),
    };
}

// Version 8: each participant's own estimate of likelihood and blast radius per failure mode,
// hidden from the others until the facilitator reveals them.
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE estimate (" PM_META_COLUMNS "participant TEXT NOT NULL" PM_REF(
            "participant") ", "
                           "failureMode TEXT NOT NULL" PM_REF(
                               "failureMode") ", "
                                              "likelihood INTEGER NOT NULL, blastRadius INTEGER "
                                              "NOT NULL, "
                                              "clocks TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX estimateByFailureMode ON estimate(failureMode)"),
        QStringLiteral(
            "ALTER TABLE workshop ADD COLUMN estimatesRevealed INTEGER NOT NULL DEFAULT 0"),
    };
}

#undef PM_REF
#undef PM_META_COLUMNS

} // namespace

const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps{version1(), version2(), version3(), version4(),
                                          version5(), version6(), version7(), version8()};
    static_assert(kSchemaVersion == 8, "add a migration step with the new version");
    return steps;
}

QStringList knownTables()
{
    QStringList tables{QString::fromLatin1(kFileInfoTable), QString::fromLatin1(kTimerTable),
                       QString::fromLatin1(kRoomAddressTable)};
    for (const TableSpec *spec : allSpecs())
        tables << QString::fromLatin1(spec->table);
    return tables;
}

} // namespace pm
