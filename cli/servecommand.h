#pragma once

// premortem-cli serve FILE [--bind ADDR] [--port N] [--cert PEM --key PEM]: hosts the room on a
// machine without a display. The join URL is the first line of standard output; it serves until
// SIGINT or SIGTERM, then closes the file cleanly. Lines on standard input move the workshop on
// (docs/room.md): "phase KEY", "reveal", "vote open", "vote close", "timer SECONDS [run]".

#include <QStringList>

namespace cli {

int runServe(const QStringList &args);

} // namespace cli
