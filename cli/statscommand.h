#pragma once

// premortem-cli stats FILE... [--format text|json|md]: the look-back across workshops.

#include <QStringList>

namespace cli {

// Exit status: 0 at least one file has a look-back, 1 files were read but none has any outcome
// yet, 2 bad arguments or no file could be read. Unreadable files are named on stderr.
int runStats(const QStringList &args);

} // namespace cli
