#pragma once

#include <QStringList>

namespace cli {

// premortem-cli check FILE [--max-band BAND] [--require-owner] [--format text|json]
const char *checkSynopsis();
int runCheck(const QStringList &args);

} // namespace cli
