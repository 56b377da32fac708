#pragma once

// The versions of the .premortem schema and the steps between them. docs/file-format.md
// describes each version; a step is never edited once released, only new steps appended.

#include <QStringList>

namespace pm {

// "PMRT": written to PRAGMA application_id so `file` and our own checks recognise the format.
constexpr qint32 kApplicationId = 0x504D5254;
// PRAGMA user_version of files this build writes.
constexpr int kSchemaVersion = 8;

// migrationSteps()[i] turns a version-i database into version i+1. Step 0 creates a fresh file.
const QList<QStringList> &migrationSteps();

// The tables that are private to one file copy (never merged or exported).
constexpr const char *kFileInfoTable = "fileInfo";
constexpr const char *kTimerTable = "phaseTimer";        // version 5: see timerstate.h
constexpr const char *kRoomAddressTable = "roomAddress"; // version 6: see roomaddress.h

// Tables each version is expected to have; anything else of type table is ignored, and any
// trigger or view makes the file be rejected.
QStringList knownTables();

} // namespace pm
