// premortem-cli itself links the core only, so every command starts without loading Qt's GUI
// libraries (a third of the time `info` takes on a 10,000-note file). The picture formats hand
// the whole command line to premortem-cli-draw beside it, which has the GUI's views to draw with;
// without it (a build without the GUI) they go the export command's own way, to
// exportRendered()'s "not available in this build".

#include "imageexport.h"

#include "cliio.h"
#include "renderedexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

namespace cli {

namespace {

QString drawingProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/premortem-cli-draw");
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}

bool canDrawPictures()
{
    return QFileInfo(drawingProgram()).isExecutable();
}

int runGraphicExport(const QStringList &args)
{
    QProcess draw;
    // Its output (a PNG to a pipe, say) and messages go straight where ours would.
    draw.setProcessChannelMode(QProcess::ForwardedChannels);
    draw.setInputChannelMode(QProcess::ForwardedInputChannel);
    draw.start(drawingProgram(), args);
    if (!draw.waitForFinished(-1) || draw.exitStatus() != QProcess::NormalExit)
        return fail(tr("Cannot run %1: %2").arg(drawingProgram(), draw.errorString()));
    return draw.exitCode();
}

} // namespace cli
