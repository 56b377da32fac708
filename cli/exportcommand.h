#pragma once

#include <QStringList>

namespace cli {

// premortem-cli export FILE --format FORMAT [-o OUT] [--view VIEW]
const char *exportSynopsis();
int runExport(const QStringList &args);

} // namespace cli
