#pragma once

// One function per premortem-cli command. Each takes the arguments after the command name and
// returns the process exit code: 0 ok, 1 a check failed, 2 bad input or the file cannot be opened.

#include <QStringList>

namespace cli {

enum ExitCode
{
    Ok = 0,
    CheckFailed = 1,
    BadInput = 2
};

struct Command
{
    const char *name;
    const char *synopsis; // translatable, context "cli"
    int (*run)(const QStringList &args);
};

const QList<Command> &commands();

} // namespace cli
