#pragma once

#include <QStringList>

namespace cli {

// premortem-cli estimate FILE: set or clear a participant's estimate, reveal or hide all
// estimates, take the median as a failure mode's agreed score.
const char *estimateSynopsis();
int runEstimate(const QStringList &args);

} // namespace cli
