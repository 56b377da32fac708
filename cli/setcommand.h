#pragma once

#include <QStringList>

namespace cli {

// premortem-cli set FILE [--title T] [--system S] [--scenario S] [--horizon YYYY-MM-DD]
const char *setSynopsis();
int runSet(const QStringList &args);

} // namespace cli
