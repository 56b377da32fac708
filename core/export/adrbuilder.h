#pragma once

// A "Risks and mitigations" section to paste into an architecture decision record: the high and
// critical risks plus every risk with a mitigation bound for the ADR, each with its mitigations.

#include "exportdata.h"
#include "reportdocument.h"

namespace pm {

ReportDocument buildAdrSection(const ExportData &data);

} // namespace pm
