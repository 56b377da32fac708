// Architecture benchmarks, each beside a reference measured in the same run:
// - importing a map of 2,000 components and 10,000 dependencies (a Mermaid flowchart read,
//   matched and written as one change set) next to the bare SQLite insert of the same rows with
//   the same pragmas; Graphviz's layout of that map on a row of its own;
// - what a failure reaches, for every component, next to a breadth-first walk from each one.
// Usage: premortem-bench-architecture [--components N] [--dependencies E] [--runs R]

#include "architectureimport.h"
#include "graphlayout.h"
#include "mermaidimporter.h"
#include "reach.h"
#include "reachgraph.h"
#include "schema.h"
#include "workshop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace pm;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void row(const QString &what, double ours, double reference)
{
    QTextStream(stdout) << QStringLiteral("%1 %2ms %3ms %4\n")
                               .arg(what, -52)
                               .arg(ours, 8, 'f', 1)
                               .arg(reference, 8, 'f', 1)
                               .arg(reference > 0
                                        ? QStringLiteral("%1x").arg(ours / reference, 0, 'f', 2)
                                        : QStringLiteral("-"),
                                    8);
}

// A map as teams draw it, only bigger: components in boundaries of 20, arrows mostly to a
// few shared services (so reach is large), cycles included.
QByteArray mermaidMap(int components, int dependencies, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray text = "flowchart LR\n";
    for (int b = 0; b * 20 < components; ++b) {
        text += "subgraph b" + QByteArray::number(b) + " [\"Boundary " + QByteArray::number(b) +
                "\"]\n";
        for (int i = b * 20; i < qMin(components, (b + 1) * 20); ++i)
            text += "c" + QByteArray::number(i) + "[\"Service " + QByteArray::number(i) + "\"]\n";
        text += "end\n";
    }
    QSet<QPair<int, int>> seen;
    while (seen.size() < dependencies) {
        const int from = rng.bounded(components);
        const int to =
            rng.bounded(4) == 0 ? rng.bounded(qMin(components, 50)) : rng.bounded(components);
        if (from == to || seen.contains({from, to}))
            continue;
        seen.insert({from, to});
        text += "c" + QByteArray::number(from) + " --> c" + QByteArray::number(to) + "\n";
    }
    return text;
}

// The reference: the same rows inserted by hand into a file with the same schema and pragmas.
double bareInsert(const QString &path, const ChangeSet &rows)
{
    double ms = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        for (const QStringList &step : migrationSteps())
            for (const QString &sql : step)
                q.exec(sql);
        QElapsedTimer t;
        t.start();
        db.transaction();
        QSqlQuery component(db), dependency(db);
        component.prepare(QStringLiteral(
            "INSERT INTO component (id, created, modified, writer, hlc, name, kind, x, y, width, "
            "height, parent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        dependency.prepare(QStringLiteral(
            "INSERT INTO dependency (id, created, modified, writer, hlc, fromComponent, "
            "toComponent, kind, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString writer = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const AnyRow &r : rows) {
            if (const auto *c = std::get_if<Component>(&r)) {
                for (const QVariant &v :
                     {QVariant(c->meta.id.toString(QUuid::WithoutBraces)), QVariant(1), QVariant(1),
                      QVariant(writer), QVariant(1000), QVariant(c->name), QVariant(keyOf(c->kind)),
                      QVariant(c->x), QVariant(c->y), QVariant(c->width), QVariant(c->height),
                      c->parent.isNull() ? QVariant()
                                         : QVariant(c->parent.toString(QUuid::WithoutBraces))})
                    component.addBindValue(v);
                component.exec();
            } else if (const auto *d = std::get_if<Dependency>(&r)) {
                for (const QVariant &v :
                     {QVariant(d->meta.id.toString(QUuid::WithoutBraces)), QVariant(1), QVariant(1),
                      QVariant(writer), QVariant(1000),
                      QVariant(d->from.toString(QUuid::WithoutBraces)),
                      QVariant(d->to.toString(QUuid::WithoutBraces)), QVariant(keyOf(d->kind)),
                      QVariant(d->label)})
                    dependency.addBindValue(v);
                dependency.exec();
            }
        }
        db.commit();
        ms = t.nsecsElapsed() / 1e6;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return ms;
}

// The reference for reach: a breadth-first walk over the reversed arrows from each component.
double naiveReach(int n, const std::vector<std::pair<int, int>> &edges, qint64 *total)
{
    QElapsedTimer t;
    t.start();
    std::vector<std::vector<int>> dependents(static_cast<size_t>(n));
    for (const auto &[from, to] : edges)
        dependents[size_t(to)].push_back(from);
    std::vector<int> stamp(static_cast<size_t>(n), -1), queue;
    queue.reserve(size_t(n));
    *total = 0;
    for (int s = 0; s < n; ++s) {
        queue.assign(1, s);
        stamp[size_t(s)] = s;
        for (size_t head = 0; head < queue.size(); ++head) {
            for (int d : dependents[size_t(queue[head])]) {
                if (stamp[size_t(d)] != s) {
                    stamp[size_t(d)] = s;
                    queue.push_back(d);
                }
            }
        }
        *total += qint64(queue.size()) - 1;
    }
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("components"), QStringLiteral("Components."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("dependencies"), QStringLiteral("Dependencies."),
                      QStringLiteral("E"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs (median)."), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.process(app);
    const int n = parser.value(QStringLiteral("components")).toInt();
    const int e = parser.value(QStringLiteral("dependencies")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir;
    const QByteArray text = mermaidMap(n, e, 42);

    QList<double> imports, references, layouts;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto graph = readMermaid(text);
        auto workshop = Workshop::create(dir.filePath(QStringLiteral("i%1.premortem").arg(run)),
                                         QStringLiteral("Import"));
        if (!graph || !workshop) {
            QTextStream(stderr) << "import failed\n";
            return 1;
        }
        auto plan = planArchitectureImport(workshop.value().get(), *graph, false);
        auto applied = plan ? applyArchitectureImport(*workshop.value(), *plan)
                            : Result<ChangeSet>(plan.error());
        imports << t.nsecsElapsed() / 1e6;
        if (!applied) {
            QTextStream(stderr) << applied.error().message << '\n';
            return 1;
        }
        references << bareInsert(dir.filePath(QStringLiteral("r%1.sqlite").arg(run)),
                                 plan->changes);
        if (run < 2) { // the layout is slow and steady: two runs are enough
            ArchitectureGraph laidOut = *graph;
            QElapsedTimer l;
            l.start();
            if (Status s = layoutGraph(laidOut); !s) {
                QTextStream(stderr) << s.error().message << '\n';
                return 1;
            }
            layouts << l.nsecsElapsed() / 1e6;
        }
    }
    const QString size = QStringLiteral("%1 components + %2 deps").arg(n).arg(e);
    row(QStringLiteral("import %1 (ref: bare SQLite insert)").arg(size), median(imports),
        median(references));
    row(QStringLiteral("  Graphviz layout of it (ref: the import)"), median(layouts),
        median(imports));

    // Reach for every component of the imported workshop.
    auto workshop = Workshop::open(dir.filePath(QStringLiteral("i0.premortem")));
    if (!workshop)
        return 1;
    QList<double> ours, naive;
    qint64 ourTotal = 0, naiveTotal = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const ReachIndex reach(*workshop.value());
        ourTotal = 0;
        for (const Component &c : workshop.value()->rows<Component>())
            ourTotal += reach.reachCount(c.meta.id);
        ours << t.nsecsElapsed() / 1e6;
        // The same graph on plain numbers for the walk.
        QHash<QUuid, int> index;
        int i = 0;
        for (const Component &c : workshop.value()->rows<Component>())
            index.insert(c.meta.id, i++);
        std::vector<std::pair<int, int>> edges;
        for (const Dependency &d : workshop.value()->rows<Dependency>())
            edges.emplace_back(index.value(d.from), index.value(d.to));
        naive << naiveReach(i, edges, &naiveTotal);
    }
    row(QStringLiteral("reach of all %1 components (ref: BFS from each)").arg(n), median(ours),
        median(naive));
    if (ourTotal != naiveTotal) {
        // Boundaries are not counted in ours; the walk counts them: compare without them.
        QTextStream(stdout) << QStringLiteral("  (reached in all: %1; the walk, boundaries "
                                              "included: %2)\n")
                                   .arg(ourTotal)
                                   .arg(naiveTotal);
    }
    return 0;
}
