#pragma once

// Why an export that lists mitigations by destination (the backlog CSVs, the deployment
// checklist) has nothing in it: a CSV of only its header, with no word of why, sends the
// facilitator hunting. The export dialog's preview and premortem-cli say this instead.

#include "exporter.h"

#include <QString>

namespace pm {

class Workshop;

// Empty when the export lists at least one mitigation, or when the format does not select
// mitigations by destination. Otherwise one translated sentence: what is missing and where to
// set it ("No mitigation has the destination Backlog item yet: 3 mitigations are “Not yet
// decided”. Set a destination in the Mitigations panel.").
QString emptyExportReason(const Workshop &workshop, ExportFormat format);

} // namespace pm
