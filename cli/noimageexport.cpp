// premortem-cli built without the GUI (PREMORTEM_BUILD_GUI=OFF): no views to draw pictures
// with, so png, svg and pdf go the export command's own way, to exportRendered()'s "not
// available in this build".

#include "imageexport.h"

#include "cliio.h"

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
    return BadInput; // never called: wantsGraphicExport() is false
}

} // namespace cli
