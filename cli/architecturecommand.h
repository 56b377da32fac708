#pragma once

#include <QStringList>

namespace cli {

// premortem-cli import-architecture FILE SOURCE [--format KEY] [--dry-run]
const char *architectureSynopsis();
int runImportArchitecture(const QStringList &args);

} // namespace cli
