#pragma once

// Renders a ReportDocument as one self-contained HTML5 page: inline, print-friendly CSS, no
// scripts, no external resources. Every text is escaped. Risk bands get the app's colours
// (core/bandpalette.h) and always their name in words, so nothing depends on colour alone or on
// a colour printer.

#include "reportdocument.h"

#include <QByteArray>

namespace pm {

QByteArray renderHtml(const ReportDocument &document);

} // namespace pm
