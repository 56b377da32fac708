// Board benchmarks: paint time of a large board in a 1920x1080 view, and the time from opening a
// file to the first painted frame. Prints one line per figure; never part of the test run.
// Usage: premortem-bench-board [--notes N] [--open-notes M] [--frames F]

#include "boardscene.h"
#include "boardview.h"
#include "workload.h"
#include "workshop.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>

using namespace pm;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Paints the view's viewport synchronously, as a frame on screen would be.
double paintMs(board::BoardView &view)
{
    QElapsedTimer timer;
    timer.start();
    view.viewport()->repaint();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes on the painted board."),
                      QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("open-notes"), QStringLiteral("Notes in the opened file."),
                      QStringLiteral("M"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Frames to paint."),
                      QStringLiteral("F"), QStringLiteral("30")});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;

    // 1. Paint of the whole board fitted in a 1920x1080 view.
    const int notes = parser.value(QStringLiteral("notes")).toInt();
    const QString paintFile = dir.filePath(QStringLiteral("paint.premortem"));
    auto workshop = Workshop::createFromRows(paintFile, bench::generateWorkshop(notes, 1));
    if (!workshop) {
        QTextStream(stderr) << workshop.error().message << '\n';
        return 2;
    }
    QUndoStack undo;
    {
        auto *scene = new board::BoardScene(workshop.value().get());
        board::BoardView view(scene, &undo);
        scene->setParent(&view);
        view.resize(1920, 1080);
        view.show();
        QApplication::processEvents();
        view.fitAll();
        QList<double> fitted, zoomed;
        const int frames = parser.value(QStringLiteral("frames")).toInt();
        paintMs(view); // warm-up
        for (int i = 0; i < frames; ++i)
            fitted << paintMs(view);
        view.setTransform(QTransform()); // 100%: text drawn
        view.centerOn(1200, 1200);
        paintMs(view);
        for (int i = 0; i < frames; ++i)
            zoomed << paintMs(view);
        out << QStringLiteral("paint %1 notes, whole board fitted in 1920x1080: median %2 ms "
                              "(budget 16.7 ms)\n")
                   .arg(notes)
                   .arg(median(fitted), 0, 'f', 2);
        out << QStringLiteral("paint %1 notes, 100%% zoom, 1920x1080: median %2 ms\n")
                   .arg(notes)
                   .arg(median(zoomed), 0, 'f', 2)
                   .replace(QStringLiteral("%%"), QStringLiteral("%"));
    }
    workshop.value().reset();

    // 2. Open a large file to the first painted frame.
    const int openNotes = parser.value(QStringLiteral("open-notes")).toInt();
    const QString openFile = dir.filePath(QStringLiteral("open.premortem"));
    if (!Workshop::createFromRows(openFile, bench::generateWorkshop(openNotes, 2))) {
        QTextStream(stderr) << "cannot generate\n";
        return 2;
    }
    QList<double> opens;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto opened = Workshop::open(openFile);
        auto *scene = new board::BoardScene(opened.value().get());
        board::BoardView view(scene, &undo);
        scene->setParent(&view);
        view.resize(1920, 1080);
        view.show();
        view.fitAll();
        view.viewport()->repaint();
        opens << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("open %1-note file to first painted frame: median %2 ms\n")
               .arg(openNotes)
               .arg(median(opens), 0, 'f', 1);
    return 0;
}
