#pragma once

// Turns an imported diagram into workshop rows: one change set, so the import is one undo step
// and one transaction. Components are matched to the workshop's by name (ignoring case and
// surrounding space); matched ones keep their place, new ones are placed by Graphviz to the right
// of what is already on the board. The plan is the preview: what would be added and matched,
// before anything is written.

#include "architecturegraph.h"
#include "entities.h"

#include <QStringList>

namespace pm {

class Workshop;

struct ArchitectureImportPlan
{
    ChangeSet changes;             // boundaries, then components, then dependencies
    QStringList addedComponents;   // names, in diagram order (boundaries included)
    QStringList matchedComponents; // names of the workshop's components the diagram names too
    QStringList addedDependencies; // "Checkout API → Payment gateway (Synchronous call)"
    int existingDependencies = 0;  // arrows the workshop has already
    QStringList skipped;           // arrows left out, and why

    bool isEmpty() const { return changes.isEmpty(); }
    // The preview, one line per item, for the window's dialog and `--dry-run`.
    QStringList previewLines() const;
};

// workshop may be null: a new workshop, where everything is added. layout false keeps the
// importer's positions (the benchmark measures the layout on its own).
Result<ArchitectureImportPlan> planArchitectureImport(const Workshop *workshop,
                                                      ArchitectureGraph graph, bool layout = true);
// Writes the plan; returns the inverse change set (the undo).
Result<ChangeSet> applyArchitectureImport(Workshop &workshop, const ArchitectureImportPlan &plan);

} // namespace pm
