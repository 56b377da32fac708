#include "emptyexport.h"

#include "workshop.h"

#include <QCoreApplication>
#include <QMap>

namespace pm {

QString emptyExportReason(const Workshop &workshop, ExportFormat format)
{
    // Initialised although the switch names every format: an optimising GCC cannot see that.
    Destination wanted = Destination::Backlog;
    switch (format) {
    case ExportFormat::CsvJira:
    case ExportFormat::CsvGithub:
        wanted = Destination::Backlog;
        break;
    case ExportFormat::Checklist:
        wanted = Destination::Checklist;
        break;
    case ExportFormat::Json:
    case ExportFormat::Markdown:
    case ExportFormat::Html:
    case ExportFormat::Adr: // lists the high risks whatever their mitigations' destinations
        return QString();
    case ExportFormat::Mermaid:
    case ExportFormat::Dot:
        if (workshop.liveCount(EntityKind::Component) == 0)
            return QCoreApplication::translate(
                "pm::EmptyExport", "The workshop has no components yet, so the map is empty. Add "
                                   "them on the board or import a diagram with "
                                   "“import-architecture”.");
        return QString();
    }
    int total = 0;
    int listed = 0;
    int rejected = 0;
    QMap<int, int> byDestination; // the others, in vocabulary order
    workshop.forEachLive<Mitigation>([&](const Mitigation &m) {
        ++total;
        if (m.destination != wanted)
            ++byDestination[int(m.destination)];
        else if (m.status == MitigationStatus::Rejected)
            ++rejected;
        else
            ++listed;
    });
    if (listed > 0)
        return QString();
    if (total == 0)
        return QCoreApplication::translate(
                   "pm::EmptyExport",
                   "There are no mitigations yet. Add them to the failure modes in the "
                   "Mitigations panel and set their destination to “%1”.")
            .arg(displayName(wanted));
    // Says where they went instead, so the facilitator knows which ones to change.
    QStringList elsewhere;
    for (auto it = byDestination.cbegin(); it != byDestination.cend(); ++it)
        elsewhere << QCoreApplication::translate("pm::EmptyExport", "%n mitigation(s) are “%1”",
                                                 nullptr, it.value())
                         .arg(displayName(Destination(it.key())));
    if (rejected > 0)
        elsewhere << QCoreApplication::translate("pm::EmptyExport", "%n mitigation(s) are rejected",
                                                 nullptr, rejected);
    return QCoreApplication::translate("pm::EmptyExport",
                                       "No mitigation has the destination “%1” yet: %2. Set a "
                                       "destination in the Mitigations panel.")
        .arg(displayName(wanted), elsewhere.join(QStringLiteral(", ")));
}

} // namespace pm
