#pragma once

// The look-back figures as plain tables, and as text or JSON: one description of what is shown,
// used by premortem-cli stats, the report's look-back section and the GUI's statistics dialog.

#include "calibration.h"

#include <QJsonObject>
#include <QStringList>

namespace pm {

struct ReportTable
{
    QString title;
    QStringList headers;
    QList<QStringList> rows; // each as long as headers
};

// Whether text is an http or https address with a host: the only references made clickable.
bool isWebAddress(const QString &text);

// Likelihood against outcome, the summary figures, the blind spots (surprises by category and
// by component) and the mitigation types with their effect.
QList<ReportTable> calibrationTables(const Calibration &c);

// Aligned columns for a terminal. Markdown and HTML go through a ReportDocument (addTables() in
// export/lookbacksection.h) and the report's own writers.
QString tablesAsText(const QList<ReportTable> &tables);

// Every count and measure with stable keys; measures without data are null, never NaN.
QJsonObject calibrationJson(const Calibration &c);

} // namespace pm
