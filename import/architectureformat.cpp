#include "architectureformat.h"

#include "composeimporter.h"
#include "dotimporter.h"
#include "drawioimporter.h"
#include "mermaidimporter.h"
#include "structurizrimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::ArchitectureImport", text);
}

struct FormatEntry
{
    ArchitectureFormat format;
    const char *key;
    const char *suffixes; // space-separated
};

const FormatEntry kFormats[] = {
    {ArchitectureFormat::Dot, "dot", "dot gv"},
    {ArchitectureFormat::Structurizr, "structurizr", "json"},
    {ArchitectureFormat::Drawio, "drawio", "drawio xml dio"},
    {ArchitectureFormat::Compose, "compose", "yml yaml"},
    {ArchitectureFormat::Mermaid, "mermaid", "mmd mermaid"},
};

} // namespace

QString architectureFormatKey(ArchitectureFormat format)
{
    for (const FormatEntry &e : kFormats) {
        if (e.format == format)
            return QString::fromLatin1(e.key);
    }
    return {};
}

std::optional<ArchitectureFormat> architectureFormatFromKey(const QString &key)
{
    for (const FormatEntry &e : kFormats) {
        if (key == QLatin1String(e.key))
            return e.format;
    }
    return std::nullopt;
}

QStringList architectureFormatKeys()
{
    QStringList keys;
    for (const FormatEntry &e : kFormats)
        keys << QString::fromLatin1(e.key);
    return keys;
}

QString architectureFileFilter()
{
    QStringList patterns;
    for (const FormatEntry &e : kFormats) {
        for (const QString &s : QString::fromLatin1(e.suffixes).split(QLatin1Char(' ')))
            patterns << QStringLiteral("*.") + s;
    }
    return tr("Architecture diagrams (%1)").arg(patterns.join(QLatin1Char(' ')));
}

std::optional<ArchitectureFormat> detectArchitectureFormat(const QString &fileName,
                                                           const QByteArray &content)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QByteArray head = content.left(4096).trimmed();
    if (suffix == QLatin1String("json"))
        return ArchitectureFormat::Structurizr;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ArchitectureFormat::Mermaid;
    for (const FormatEntry &e : kFormats) {
        if (!suffix.isEmpty() &&
            QString::fromLatin1(e.suffixes).split(QLatin1Char(' ')).contains(suffix))
            return e.format;
    }
    if (head.startsWith('{'))
        return ArchitectureFormat::Structurizr;
    if (head.startsWith('<'))
        return ArchitectureFormat::Drawio;
    if (head.startsWith("flowchart") || head.startsWith("graph ") || head.startsWith("%%"))
        return ArchitectureFormat::Mermaid;
    if (head.contains("digraph") || head.startsWith("graph") || head.startsWith("strict"))
        return ArchitectureFormat::Dot;
    if (head.contains("services:"))
        return ArchitectureFormat::Compose;
    return std::nullopt;
}

Result<ArchitectureGraph> readArchitecture(const QByteArray &content, ArchitectureFormat format)
{
    switch (format) {
    case ArchitectureFormat::Dot:
        return readDot(content);
    case ArchitectureFormat::Structurizr:
        return readStructurizr(content);
    case ArchitectureFormat::Drawio:
        return readDrawio(content);
    case ArchitectureFormat::Compose:
        return readCompose(content);
    case ArchitectureFormat::Mermaid:
        break;
    }
    return readMermaid(content);
}

Result<ArchitectureGraph> readArchitectureFile(const QString &path,
                                               std::optional<ArchitectureFormat> format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            Error::Io,
            tr("“%1” cannot be read: %2.").arg(QFileInfo(path).fileName(), file.errorString())};
    if (file.size() > kMaxArchitectureFileBytes)
        return fileTooLarge(file.size());
    const QByteArray content = file.read(kMaxArchitectureFileBytes + 1);
    if (content.size() > kMaxArchitectureFileBytes)
        return fileTooLarge(content.size());
    if (!format)
        format = detectArchitectureFormat(path, content);
    if (!format)
        return Error{Error::InvalidInput,
                     tr("Premortem cannot tell which kind of diagram “%1” is. Name the format: "
                        "%2.")
                         .arg(QFileInfo(path).fileName(),
                              architectureFormatKeys().join(QStringLiteral(", ")))};
    return readArchitecture(content, *format);
}

} // namespace pm
