// Premortem's start-up for the benchmarks: the application's windows (as the premortem
// executable opens them) with the given workshop, or the empty start window without one, ended
// after the first painted frame. Wall time is measured around the process by bench/run.sh.
// Usage: premortem-bench-startup [--build-reference] [--build-all-panels] [FILE]
// --build-reference also runs the migration steps in an in-memory database first, as opening a
// file did before the reference schema was made at build time (core/schemareference.h): the
// "before" of that change, measured in the same run as the "after". --build-all-panels builds
// every page and panel at once, as the window did before they waited until first shown.

#include "firstframe.h"
#include "mainwindow.h"
#include "schemareference.h"
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
    bool allPanels = false;
    for (const QString &arg : app.arguments().mid(1)) {
        if (arg == QLatin1String("--build-all-panels")) {
            allPanels = true;
        } else if (arg == QLatin1String("--build-reference")) {
            if (!pm::referenceFromMigrations())
                return 1;
        } else {
            files << QFileInfo(arg).absoluteFilePath();
        }
    }
    WindowManager windows;
    windows.open(files);
    if (allPanels) {
        for (MainWindow *window : windows.windows())
            window->buildAllPanels();
    }
    return app.exec();
}
