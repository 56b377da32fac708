#pragma once

// One function per premortem-cli command. Each takes the arguments after the command name and
// returns the process exit code: 0 ok, 1 a check failed, 2 bad input or the file cannot be opened.

#include "result.h"

#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace pm {
class Workshop;
}

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

// Shared by the commands kept in other files (cli/imageexport.cpp).
// Prints message to standard error and returns code.
int fail(const QString &message, int code = BadInput);
// Parses a command's arguments; prints help or the error and returns an exit code when the
// command should stop here. orMore: positionals is a minimum.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, int positionals,
                         bool orMore = false);
pm::Result<std::unique_ptr<pm::Workshop>> openWorkshop(const QString &path, bool forWriting);
// Writes to path, or to standard output when path is empty or "-".
int writeOutput(const QByteArray &bytes, const QString &path);

} // namespace cli
