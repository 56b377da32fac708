#include "renderedexport.h"

#include "cliio.h"

namespace cli {

QStringList plannedRenderedFormats()
{
    return {QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg")};
}

int exportRendered(const pm::Workshop &, const QString &format, const QString &, const QString &)
{
    return fail(tr("The %1 export is not available in this build of premortem-cli; use the "
                   "Export dialog of the Premortem app.")
                    .arg(format),
                BadInput);
}

} // namespace cli
