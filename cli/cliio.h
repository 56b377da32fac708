#pragma once

// What every premortem-cli command shares: its streams, argument parsing, opening a workshop and
// writing a result to standard output or a file.

#include "commands.h"
#include "workshop.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

namespace cli {

QString tr(const char *text); // translated in the "cli" context
QTextStream &out();
QTextStream &err();
// Prints message on stderr and returns code.
int fail(const QString &message, int code = BadInput);

// Parses a command's arguments; prints help or the error and returns an exit code when the
// command should stop here. orMore: positionals is a minimum.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, int positionals,
                         bool orMore = false);

pm::Result<std::unique_ptr<pm::Workshop>> openWorkshop(const QString &path, bool forWriting);
// openWorkshop on the command's FILE (its first positional argument); null after printing why
// it cannot be opened on stderr, for the command to exit with BadInput.
std::unique_ptr<pm::Workshop> openFileArgument(const QCommandLineParser &parser, bool forWriting);

// bytes to standard output (path empty or "-") or, through QSaveFile, to path.
int writeOutput(const QByteArray &bytes, const QString &path);

} // namespace cli
