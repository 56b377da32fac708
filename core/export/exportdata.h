#pragma once

// The one gathering step every text export is built on: the workshop's rows resolved into what a
// reader needs (ranked risks with their component, notes and mitigations, coverage of the
// categories, open warnings). Formats only lay this out, so they never disagree on a number.

#include "architecturemap.h"
#include "calibrationtables.h"
#include "exporter.h"
#include "ranking.h"

#include <QDate>

namespace pm {

// Reports progress to the caller's callback and remembers a request to stop.
class ExportProgress
{
public:
    ExportProgress(const ExportOptions &options, qint64 total);
    // Advances by n; false once the caller asked to cancel.
    bool step(qint64 n = 1);
    bool finish(); // reports done == total
    qint64 total() const { return m_total; }

private:
    bool report();
    const ExportOptions &m_options;
    qint64 m_total;
    qint64 m_done = 0;
    qint64 m_lastReported = -1;
    bool m_cancelled = false;
};

Error exportCancelled();

struct ExportParticipant
{
    QString name;
    Role role = Role::Other;
    Side side = Side::Both;
};

struct ExportNote
{
    QString text;
    QString author; // empty when the workshop is anonymous or the note has no author
    Category category = Category::Uncategorised;
};

struct ExportRisk
{
    int rank = 0; // 1-based place in the ranked list
    RiskSummary summary;
    QString description;
    QString componentName; // empty when the failure mode is not on a component
    QString reach;         // "3 of 12 components: …"; empty without dependencies
    QList<ExportNote> notes;
    QList<Mitigation> mitigations; // live, in creation order
};

struct CategoryCoverage
{
    Category category = Category::Uncategorised;
    int failureModes = 0;
    int notes = 0;
};

struct ExportData
{
    WorkshopInfo info;
    QList<ExportParticipant> participants;
    QList<ExportRisk> risks;          // ranking order
    QList<ExportNote> looseNotes;     // notes not stacked into a failure mode
    QList<CategoryCoverage> coverage; // every category but "uncategorised", in vocabulary order
    QStringList warnings;             // warningText() of each open warning, ranking order
    QStringList architectureWarnings; // architecturewarnings.h, in its order
    ArchitectureMap map;              // empty without components
    QList<ReportTable> lookback;      // the look-back section; empty before any outcome is known
    ReportTable disagreements;        // "Where we disagreed"; no rows before the reveal

    QString title() const; // the workshop's title, or a neutral one when it has none
};

// Steps reported: one per note, failure mode and mitigation.
qint64 gatherSteps(const Workshop &workshop);
Result<ExportData> gatherExportData(const Workshop &workshop, ExportProgress &progress);

// "20 Critical", "Unscored": the band always in words, so no format relies on colour.
QString riskLabel(int score, RiskBand band);
// "4 Likely"; "–" when unscored.
QString likelihoodLabel(int likelihood);
QString blastRadiusLabel(int blastRadius);
QString dateText(const QDate &date); // ISO 8601, empty when unset

} // namespace pm
