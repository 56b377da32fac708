#pragma once

// The diagram formats Premortem imports, told apart by an explicit key or by the file's name and
// first bytes, and one entry point that reads any of them into an ArchitectureGraph.

#include "architecturegraph.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace pm {

enum class ArchitectureFormat
{
    Dot,
    Structurizr,
    Drawio,
    Compose,
    Mermaid
};

// "dot", "structurizr", "drawio", "compose", "mermaid".
QString architectureFormatKey(ArchitectureFormat format);
std::optional<ArchitectureFormat> architectureFormatFromKey(const QString &key);
QStringList architectureFormatKeys();
// For the open dialog: "Diagrams (*.dot *.gv *.json *.drawio …)".
QString architectureFileFilter();

// From the file name's suffix, then the content; nullopt when neither says.
std::optional<ArchitectureFormat> detectArchitectureFormat(const QString &fileName,
                                                           const QByteArray &content);

Result<ArchitectureGraph> readArchitecture(const QByteArray &content, ArchitectureFormat format);
// Reads a file of at most kMaxArchitectureFileBytes, detecting the format unless given.
Result<ArchitectureGraph> readArchitectureFile(const QString &path,
                                               std::optional<ArchitectureFormat> format = {});

} // namespace pm
