// Premortem's start-up for the benchmarks: the application's windows (as the premortem
// executable opens them) with the given workshop, or the empty start window without one, ended
// after the first painted frame. Wall time is measured around the process by bench/run.sh.
// Usage: premortem-bench-startup [FILE]

#include "firstframe.h"
#include "translations.h"
#include "windowmanager.h"

#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Premortem"));
    QApplication::setApplicationName(QStringLiteral("Premortem benchmark"));
    pm::installTranslations(&app);
    bench::QuitAfterFirstFrame quit(&app);
    QStringList files;
    for (const QString &file : app.arguments().mid(1))
        files << QFileInfo(file).absoluteFilePath();
    WindowManager windows;
    windows.open(files);
    return app.exec();
}
