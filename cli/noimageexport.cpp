// premortem-cli built without the GUI (PREMORTEM_BUILD_GUI=OFF): no views to draw pictures
// with, so png, svg and pdf stay unknown formats to the export command.

#include "imageexport.h"

#include "commands.h"

#include <QCoreApplication>

namespace cli {

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}

bool wantsGraphicExport(const QStringList &)
{
    return false;
}

int runGraphicExport(const QStringList &)
{
    return fail(QCoreApplication::translate(
        "cli", "This premortem-cli was built without the GUI, so it cannot draw PNG, SVG or PDF."));
}

} // namespace cli
