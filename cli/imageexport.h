#pragma once

// The export formats drawn by the GUI's own views (png, svg, pdf). They need a QApplication and
// the GUI's libraries, which the rest of premortem-cli does without: premortem-cli-draw is the
// same program with them (imageexport.cpp), and premortem-cli hands it these formats
// (graphicforward.cpp). main() asks createApplication() for the right kind of application, and
// runExport() hands these formats to runGraphicExport().

#include <QStringList>

#include <memory>

class QCoreApplication;

namespace cli {

// A QApplication when the command line exports png, svg or pdf (on the offscreen platform when
// there is no display, as in CI), else a QCoreApplication.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
// Whether the export command's arguments ask for png, svg or pdf.
bool wantsGraphicExport(const QStringList &args);
// Whether this program can draw them (itself, or premortem-cli-draw beside it).
bool canDrawPictures();
// export FILE --format png|svg|pdf [--view V] [--width N --height N | --dpi N] [--page P] [-o OUT]
int runGraphicExport(const QStringList &args);

} // namespace cli
