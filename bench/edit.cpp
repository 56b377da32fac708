// Edit benchmarks: one committed edit (a note moved) through Workshop::apply next to a bare
// single-row UPDATE transaction on a copy of the same file with the same pragmas
// (journal_mode=DELETE, synchronous=FULL), interleaved so both see the same disk; and the
// number of transactions a 50-note drag commits. Prints one line per figure.
// Usage: premortem-bench-edit [--notes N] [--edits E]

#include "workload.h"
#include "workshop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
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

// The reference: what a hand-written program would do for the same edit.
class BareUpdate
{
public:
    explicit BareUpdate(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
        m_db.setDatabaseName(path);
        m_ok = m_db.open();
        QSqlQuery q(m_db);
        for (const char *pragma : {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL"})
            m_ok = m_ok && q.exec(QString::fromLatin1(pragma));
        m_update = QSqlQuery(m_db);
        m_ok = m_ok &&
               m_update.prepare(QStringLiteral("UPDATE note SET x = ?, modified = ? WHERE id = ?"));
    }
    bool ok() const { return m_ok; }
    bool move(const QString &id, double x)
    {
        m_db.transaction();
        m_update.addBindValue(x);
        m_update.addBindValue(QDateTime::currentMSecsSinceEpoch());
        m_update.addBindValue(id);
        return m_update.exec() && m_db.commit();
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_update;
    bool m_ok = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes in the workshop."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("Edits timed on each side."),
                      QStringLiteral("E"), QStringLiteral("60")});
    parser.process(app);
    QTextStream out(stdout), err(stderr);
    QTemporaryDir dir;
    const int notes = parser.value(QStringLiteral("notes")).toInt();
    const int edits = qMax(1, parser.value(QStringLiteral("edits")).toInt());

    const QString path = dir.filePath(QStringLiteral("edit.premortem"));
    const QString copy = dir.filePath(QStringLiteral("reference.premortem"));
    auto workshop = Workshop::createFromRows(path, bench::generateWorkshop(notes, 1));
    if (!workshop || !QFile::copy(path, copy)) {
        err << (workshop ? QStringLiteral("cannot copy the workshop") : workshop.error().message)
            << '\n';
        return 2;
    }
    Workshop &w = *workshop.value();
    const QList<Note> all = w.rows<Note>();
    BareUpdate reference(copy);
    if (all.size() < 50 || !reference.ok()) {
        err << "cannot set up the benchmark\n";
        return 2;
    }

    // 1. One edit committed: a note moved, each edit its own transaction, as a drag of one note.
    QList<double> ours, bare;
    QElapsedTimer timer;
    for (int i = 0; i < edits; ++i) {
        const Note &note = all.at(i % all.size());
        const double x = note.x + i + 1;
        timer.start();
        if (!w.moveNotes({{note.meta.id, x, note.y}})) {
            err << "edit failed\n";
            return 1;
        }
        ours << timer.nsecsElapsed() / 1e6;
        timer.start();
        if (!reference.move(note.meta.id.toString(QUuid::WithoutBraces), x)) {
            err << "reference edit failed\n";
            return 1;
        }
        bare << timer.nsecsElapsed() / 1e6;
    }
    const double oursMs = median(ours), bareMs = median(bare);
    out << QStringLiteral("%1 %2ms %3ms %4x\n")
               .arg(QStringLiteral("one edit committed, %1 notes (ref: bare UPDATE)").arg(notes),
                    -52)
               .arg(oursMs, 8, 'f', 2)
               .arg(bareMs, 8, 'f', 2)
               .arg(bareMs > 0 ? oursMs / bareMs : 0, 7, 'f', 2);

    // 2. A drag of 50 notes: one change set, so one transaction.
    QList<NotePosition> drag;
    for (int i = 0; i < 50; ++i)
        drag << NotePosition{all.at(i).meta.id, all.at(i).x + 500, all.at(i).y + 80};
    const quint64 before = w.commitCount();
    if (!w.moveNotes(drag)) {
        err << "drag failed\n";
        return 1;
    }
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("drag of 50 notes: transactions (goal: exactly 1)"), -52)
               .arg(w.commitCount() - before, 10)
               .arg(1, 10)
               .arg(w.commitCount() - before == 1 ? QStringLiteral("met")
                                                  : QStringLiteral("NOT MET"),
                    8);
    return 0;
}
