#pragma once

// Renders a ReportDocument as CommonMark / GitHub-flavoured Markdown, UTF-8, "\n" line ends.

#include "reportdocument.h"

#include <QByteArray>

namespace pm {

// text with Markdown's inline syntax characters backslash-escaped, so a note reading
// "*never* <script>" shows as typed; line breaks become spaces (inline) or stay (see below).
QString markdownEscaped(const QString &text);
// A paragraph: each line escaped, line breaks kept as hard breaks ("\\" at the line end).
QString markdownParagraph(const QString &text);
// For a table cell: escaped, "|" escaped too, line breaks as <br>.
QString markdownCell(const QString &text);

QByteArray renderMarkdown(const ReportDocument &document);

} // namespace pm
