// Board benchmarks: paint time of a large board in a 1920x1080 view, the time from opening a
// file to the first painted frame, and a large architecture map with its dependency arrows (the
// scene built, one box moved). Prints one line per figure; never part of the test run.
// Usage: premortem-bench-board [--notes N] [--open-notes M] [--frames F] [--components C]
//        [--dependencies E]

#include "boardscene.h"
#include "boardview.h"
#include "workload.h"
#include "workshop.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
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
    parser.addOption({QStringLiteral("components"), QStringLiteral("Boxes on the map."),
                      QStringLiteral("C"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("dependencies"), QStringLiteral("Arrows on the map."),
                      QStringLiteral("E"), QStringLiteral("10000")});
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

    // 3. A map of boxes on a grid with random arrows: the scene built, and one box moved (the
    // arrows at it follow, those it crosses pass behind it), beside a board without arrows.
    const int components = parser.value(QStringLiteral("components")).toInt();
    const int dependencies = parser.value(QStringLiteral("dependencies")).toInt();
    QRandomGenerator random(23);
    ChangeSet map;
    QList<QUuid> ids;
    const int columns = std::max(1, int(std::sqrt(double(components))));
    for (int i = 0; i < components; ++i) {
        Component c;
        c.meta.id = QUuid::createUuid();
        c.name = QStringLiteral("Service %1").arg(i);
        c.x = (i % columns) * 400;
        c.y = (i / columns) * 300;
        map << c;
        ids << c.meta.id;
    }
    QSet<QPair<int, int>> pairs;
    while (components > 1 && pairs.size() < dependencies) {
        // Mostly to near neighbours, as drawn maps are, some across the map.
        const int from = random.bounded(components);
        const int to =
            random.bounded(10) == 0
                ? random.bounded(components)
                : std::clamp(from + random.bounded(-columns - 2, columns + 3), 0, components - 1);
        if (from == to || pairs.contains({from, to}))
            continue;
        pairs.insert({from, to});
        Dependency d;
        d.meta.id = QUuid::createUuid();
        d.from = ids.at(from);
        d.to = ids.at(to);
        map << d;
    }
    const auto timeMap = [&](bool withArrows) {
        ChangeSet rows;
        for (const AnyRow &row : std::as_const(map)) {
            if (withArrows || !std::holds_alternative<Dependency>(row))
                rows << row;
        }
        const QString file = dir.filePath(withArrows ? QStringLiteral("map.premortem")
                                                     : QStringLiteral("boxes.premortem"));
        auto opened = Workshop::create(file, QStringLiteral("Map"));
        if (!opened || !opened.value()->apply(rows)) {
            QTextStream(stderr) << "cannot make the map\n";
            return;
        }
        QElapsedTimer timer;
        timer.start();
        auto *scene = new board::BoardScene(opened.value().get());
        const double build = timer.nsecsElapsed() / 1e6;
        QList<double> moves;
        for (int i = 0; i < 5; ++i) {
            Component moved = *opened.value()->findLive<Component>(ids.at(components / 2));
            moved.x += 37;
            moved.y += 23;
            timer.restart();
            if (!opened.value()->update(moved))
                return;
            moves << timer.nsecsElapsed() / 1e6;
        }
        out << QStringLiteral("map %1 boxes, %2 arrows: scene built %3 ms, one box moved "
                              "(write and redraw data) median %4 ms\n")
                   .arg(components)
                   .arg(withArrows ? int(pairs.size()) : 0)
                   .arg(build, 0, 'f', 1)
                   .arg(median(moves), 0, 'f', 2);
        delete scene;
    };
    timeMap(false);
    timeMap(true);
    return 0;
}
