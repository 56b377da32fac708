#pragma once

// The look-back figures as plain tables, and those tables as text, Markdown, HTML or JSON: one
// description of what is shown, used by premortem-cli stats, the report's look-back section
// and the GUI's statistics dialog alike.

#include "calibration.h"

#include <QJsonObject>
#include <QStringList>

namespace pm {

struct ReportTable
{
    QString title;
    QStringList headers;
    QList<QStringList> rows; // each as long as headers
    int linkColumn = -1;     // cells here that are web addresses become links
};

// Whether text is an http or https address with a host: the only references made clickable.
bool isWebAddress(const QString &text);

// Likelihood against outcome, the summary figures, the blind spots (surprises by category and
// by component) and the mitigation types with their effect.
QList<ReportTable> calibrationTables(const Calibration &c);

QString tablesAsText(const QList<ReportTable> &tables);
QString tablesAsMarkdown(const QList<ReportTable> &tables, int headingLevel = 2);
QString tablesAsHtml(const QList<ReportTable> &tables, int headingLevel = 2);

// Every count and measure with stable keys; measures without data are null, never NaN.
QJsonObject calibrationJson(const Calibration &c);

} // namespace pm
