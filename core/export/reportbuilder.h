#pragma once

// The full workshop report, for Markdown and HTML alike: scenario, participants, the matrix,
// ranked failure modes with notes and mitigations, coverage of the categories, open warnings.

#include "exportdata.h"
#include "reportdocument.h"

namespace pm {

ReportDocument buildReport(const ExportData &data);
// The architecture map (Mermaid) and its colours in words, under a heading of this level;
// nothing when the workshop has no dependencies.
void addMap(ReportDocument &doc, const ExportData &data, int level);

// Pieces the checklist and the ADR section share with the report.
QString exportText(const char *text);        // translated in the "pm::Export" context
QString ownerDueText(const Mitigation &m);   // "owner Ana, due 2027-01-15", "no owner, no due date"
QString mitigationLine(const Mitigation &m); // "Runbook (In progress): <description>"
QList<ReportCell> mitigationRow(const Mitigation &m);
QStringList mitigationHeader();

} // namespace pm
