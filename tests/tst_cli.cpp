// premortem-cli as a script would use it: output, exit codes (0 ok, 1 check failed, 2 bad input)
// and messages on stderr.

#include "singletonrisk.h"
#include "testsupport.h"
#include "workshop.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace pm;

namespace {

using Run = testsupport::CliRun;

Run cli(const QStringList &args)
{
    return testsupport::runCli(args);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The sample workshop as a .premortem made by import-json; empty when that failed.
    QString importSample(const QString &name) const
    {
        const QString file = path(name);
        const Run r = cli({QStringLiteral("import-json"),
                           QStringLiteral(PREMORTEM_SAMPLES "/checkout-migration.json"), file});
        return r.code == 0 ? file : QString();
    }

private slots:
    void helpAndVersion()
    {
        Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("premortem-cli ")));
        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *command :
             {"new", "info", "validate", "add-note", "export", "import-json", "check"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        r = cli({});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown command")));
        r = cli({QStringLiteral("add-note"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--author")));
    }

    void newInfoAddNote()
    {
        const QString file = path(QStringLiteral("a.premortem"));
        Run r = cli({QStringLiteral("new"), file, QStringLiteral("--title"),
                     QStringLiteral("Payments cut-over"), QStringLiteral("--scenario"),
                     QStringLiteral("It is June. Payments failed.")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("new"), file});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));

        r = cli({QStringLiteral("add-note"), file, QStringLiteral("--text"),
                 QStringLiteral("Retry storm doubles load"), QStringLiteral("--author"),
                 QStringLiteral("Ana"), QStringLiteral("--category"), QStringLiteral("load")});
        QCOMPARE(r.code, 0);
        const QUuid first = QUuid::fromString(r.out.trimmed());
        QVERIFY2(!first.isNull(), qPrintable(r.out));
        r = cli({QStringLiteral("add-note"), file, QStringLiteral("--text"),
                 QStringLiteral("No canary"), QStringLiteral("--author"), QStringLiteral("ana")});
        QCOMPARE(r.code, 0);
        const QUuid second = QUuid::fromString(r.out.trimmed());

        {
            auto w = Workshop::open(file, Store::Access::ReadOnly);
            QVERIFY(w.ok());
            const Note *a = w.value()->findLive<Note>(first);
            const Note *b = w.value()->findLive<Note>(second);
            QVERIFY(a && b);
            QCOMPARE(a->category, Category::Load);
            QCOMPARE(a->author, b->author); // the same participant, matched by name
            QCOMPARE(w.value()->rows<Participant>().size(), 1);
            QCOMPARE(w.value()->info().title, QStringLiteral("Payments cut-over"));
        }

        r = cli({QStringLiteral("info"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Payments cut-over")));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("Notes:\\s+2 "))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("Participants:\\s+1\\n"))));
    }

    // A workshop made without a scenario gets one later: set changes the frame in one edit.
    void setFrame()
    {
        const QString file = path(QStringLiteral("frame.premortem"));
        QCOMPARE(
            cli({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("Search")})
                .code,
            0);
        Run r = cli({QStringLiteral("set"), file, QStringLiteral("--scenario"),
                     QStringLiteral("It is June. Search has failed. Results were empty."),
                     QStringLiteral("--system"), QStringLiteral("Elasticsearch 8"),
                     QStringLiteral("--horizon"), QStringLiteral("2027-06-30")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            auto w = Workshop::open(file, Store::Access::ReadOnly);
            QVERIFY(w.ok());
            QCOMPARE(w.value()->info().scenario,
                     QStringLiteral("It is June. Search has failed. Results were empty."));
            QCOMPARE(w.value()->info().system, QStringLiteral("Elasticsearch 8"));
            QCOMPARE(w.value()->info().horizon, QDate(2027, 6, 30));
            QCOMPARE(w.value()->info().title, QStringLiteral("Search")); // not given: kept
        }
        r = cli({QStringLiteral("info"), file});
        QVERIFY(r.out.contains(QStringLiteral("Results were empty.")));
        // Refusals change nothing and say why.
        const QByteArray hash = testsupport::fileHash(file);
        r = cli({QStringLiteral("set"), file});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--scenario")));
        r = cli({QStringLiteral("set"), file, QStringLiteral("--horizon"),
                 QStringLiteral("30.6.2027")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("YYYY-MM-DD")));
        r = cli({QStringLiteral("set"), file, QStringLiteral("--title"), QStringLiteral("  ")});
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(testsupport::fileHash(file), hash);
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("set FILE")));
    }

    // A backlog CSV with no rows says why on stderr (and still exits 0: it is no error).
    void emptyBacklogSaysWhy()
    {
        const QString file = path(QStringLiteral("undecided.premortem"));
        QVERIFY(!importSample(QStringLiteral("undecided.premortem")).isEmpty());
        {
            auto w = Workshop::open(file);
            QVERIFY(w.ok());
            ChangeSet changes;
            for (Mitigation m : w.value()->rows<Mitigation>()) {
                m.destination = Destination::None;
                changes << m;
            }
            QVERIFY(changes.size() >= 2);
            QVERIFY(w.value()->apply(changes).ok());
        }
        Run r = cli({QStringLiteral("export"), file, QStringLiteral("--format"),
                     QStringLiteral("csv-jira")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // the header alone
        QVERIFY2(r.err.contains(QStringLiteral("No mitigation has the destination")) &&
                     r.err.contains(QStringLiteral("are “Not yet decided”")) &&
                     r.err.contains(QStringLiteral("Mitigations panel")),
                 qPrintable(r.err));
        // With rows, nothing more is said.
        r = cli({QStringLiteral("export"), importSample(QStringLiteral("decided.premortem")),
                 QStringLiteral("--format"), QStringLiteral("csv-jira")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.count(QLatin1Char('\n')) > 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void addNoteRefusals()
    {
        const QString file = path(QStringLiteral("b.premortem"));
        QCOMPARE(cli({QStringLiteral("new"), file}).code, 0);
        const QByteArray hash = testsupport::fileHash(file);
        Run r = cli({QStringLiteral("add-note"), file});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--text")));
        r = cli({QStringLiteral("add-note"), file, QStringLiteral("--text"), QStringLiteral("x"),
                 QStringLiteral("--category"), QStringLiteral("gremlins")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown category")));
        r = cli(
            {QStringLiteral("add-note"), file, QStringLiteral("--text"), QStringLiteral("   ")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("must not be empty")));
        QVERIFY(r.out.isEmpty());
        {
            auto holder = Workshop::open(file); // another writer holds the lock
            QVERIFY(holder.ok());
            r = cli(
                {QStringLiteral("add-note"), file, QStringLiteral("--text"), QStringLiteral("x")});
            QCOMPARE(r.code, 2);
            QVERIFY(r.err.contains(QStringLiteral("already open")));
        }
        QCOMPARE(testsupport::fileHash(file), hash);
    }

    void badFilesExitTwo()
    {
        const QString empty = path(QStringLiteral("empty.premortem"));
        QVERIFY(testsupport::writeAll(empty, {}));
        for (const QString &command :
             {QStringLiteral("info"), QStringLiteral("validate"), QStringLiteral("export")}) {
            Run r = cli({command, empty});
            QCOMPARE(r.code, 2);
            QVERIFY(r.err.contains(QStringLiteral("is empty")));
            QVERIFY(r.out.isEmpty());
            r = cli({command, path(QStringLiteral("missing.premortem"))});
            QCOMPARE(r.code, 2);
            QVERIFY(r.err.contains(QStringLiteral("does not exist")));
        }
    }

    void validateFindsProblems()
    {
        const QString file = path(QStringLiteral("dangling.premortem"));
        QCOMPARE(cli({QStringLiteral("new"), file}).code, 0);
        Run r = cli({QStringLiteral("validate"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("OK")));
        // A note pointing at a component that does not exist, written behind the core's back.
        QVERIFY(testsupport::runSql(
            file,
            QStringLiteral(
                "PRAGMA foreign_keys = OFF;\n"
                "INSERT INTO note (id, created, modified, writer, hlc, text, component) VALUES "
                "('00000000-0000-4000-8000-0000000000aa', 1, 1, 'x', 1, 'orphan', "
                "'00000000-0000-4000-8000-0000000000bb')")));
        r = cli({QStringLiteral("validate"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("component that does not exist")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("problem")));
    }

    void exportImportRoundTrip()
    {
        const QString sample = path(QStringLiteral("sample.premortem"));
        Run r = cli({QStringLiteral("import-json"),
                     QStringLiteral(PREMORTEM_SAMPLES "/checkout-migration.json"), sample});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("info"), sample});
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("Notes:\\s+60 "))));
        QVERIFY(r.out.contains(
            QRegularExpression(QStringLiteral("Failure modes:\\s+12 \\(12 scored"))));
        QCOMPARE(cli({QStringLiteral("validate"), sample}).code, 0);

        r = cli(
            {QStringLiteral("export"), sample, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).isNull());
        const QString json = path(QStringLiteral("sample.json"));
        QCOMPARE(cli({QStringLiteral("export"), sample, QStringLiteral("-o"), json}).code, 0);
        QCOMPARE(testsupport::readAll(json), r.out.toUtf8());
        const QString copy = path(QStringLiteral("copy.premortem"));
        QCOMPARE(cli({QStringLiteral("import-json"), json, copy}).code, 0);
        r = cli({QStringLiteral("import-json"), json, copy});
        QCOMPARE(r.code, 2); // never overwrites
        const Run again = cli({QStringLiteral("export"), copy});
        QCOMPARE(again.out.toUtf8(), testsupport::readAll(json));

        r = cli(
            {QStringLiteral("export"), sample, QStringLiteral("--format"), QStringLiteral("docx")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown format")));
        const QString notJson = path(QStringLiteral("bad.json"));
        QVERIFY(testsupport::writeAll(notJson, "{\"formatVersion\": 1, \"workshop\": "));
        r = cli({QStringLiteral("import-json"), notJson, path(QStringLiteral("never.premortem"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("not valid JSON")));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.premortem"))));
    }

    void exportTextFormats()
    {
        const QString sample = importSample(QStringLiteral("formats.premortem"));
        QVERIFY(!sample.isEmpty());
        for (const char *format :
             {"md", "html", "csv-jira", "csv-github", "checklist", "adr", "json"}) {
            const Run r = cli({QStringLiteral("export"), sample, QStringLiteral("--format"),
                               QLatin1String(format)});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.size() > 500, format);
            QVERIFY(r.out.contains(QStringLiteral("Checkout service migration to Kubernetes")) ||
                    QLatin1String(format).startsWith(QLatin1String("csv")));
            const QString file = path(QStringLiteral("out.") + QLatin1String(format));
            QCOMPARE(cli({QStringLiteral("export"), sample, QStringLiteral("--format"),
                          QLatin1String(format), QStringLiteral("-o"), file})
                         .code,
                     0);
            QCOMPARE(testsupport::readAll(file), r.out.toUtf8()); // the same bytes either way
        }
        QVERIFY(cli({QStringLiteral("export"), sample, QStringLiteral("--format"),
                     QStringLiteral("csv-jira")})
                    .out.startsWith(QStringLiteral("Summary,Description,Issue Type,")));
        // The drawn formats (more in tst_imageexport): a file that starts as its kind does.
        const QList<std::pair<const char *, QByteArray>> drawn{
            {"pdf", "%PDF-"}, {"png", "\x89PNG"}, {"svg", "<?xml"}};
        for (const auto &[format, magic] : drawn) {
            const QString file = path(QStringLiteral("drawn.") + QLatin1String(format));
            const Run r = cli({QStringLiteral("export"), sample, QStringLiteral("--format"),
                               QLatin1String(format), QStringLiteral("--view"),
                               QStringLiteral("matrix"), QStringLiteral("-o"), file});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(testsupport::readAll(file).startsWith(magic), format);
        }
        Run r = cli({QStringLiteral("export"), sample, QStringLiteral("--format"),
                     QStringLiteral("md"), QStringLiteral("--view"), QStringLiteral("board")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("export"), sample, QStringLiteral("--format"),
                 QStringLiteral("png"), QStringLiteral("--view"), QStringLiteral("wall")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown view")));
        r = cli({QStringLiteral("export"), path(QStringLiteral("missing.premortem")),
                 QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(r.code, 2);
    }

    // Loose notes are risks (singletonrisk.h): check names the unscored ones, text and JSON, and
    // once scored (here by the CLI-free core path the GUI uses) they are checked like any other.
    void checkListsLooseNotes()
    {
        const QString sample = importSample(QStringLiteral("loose.premortem"));
        QVERIFY(!sample.isEmpty());
        const QString loose = QStringLiteral("Bot traffic at sale launch is 3x human traffic");
        Run r = cli({QStringLiteral("check"), sample, QStringLiteral("--max-band"),
                     QStringLiteral("high")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("15 risks not scored yet")), qPrintable(r.out));
        QVERIFY(r.out.contains(loose));
        r = cli(
            {QStringLiteral("check"), sample, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray unscored = QJsonDocument::fromJson(r.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("unscored"))
                                        .toArray();
        QCOMPARE(unscored.size(), 15);

        // Scored 5x5 with no mitigation, the loose note fails the gate like a stack would.
        {
            auto opened = Workshop::open(sample);
            QVERIFY(opened);
            Workshop &w = *opened.value();
            QUuid risk;
            for (const Note &n : w.rows<Note>()) {
                if (n.text.startsWith(loose.left(20)))
                    risk = singletonId(n.meta.id);
            }
            ChangeSet changes = writeSingleton(w, risk);
            QCOMPARE(changes.size(), 2);
            auto &mode = std::get<FailureMode>(changes.first());
            mode.likelihood = mode.blastRadius = 5;
            QVERIFY(w.apply(changes));
        }
        r = cli({QStringLiteral("check"), sample, QStringLiteral("--max-band"),
                 QStringLiteral("high")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("25 Critical · ") + loose));
        QVERIFY(r.out.contains(QStringLiteral("14 risks not scored yet")));
    }

    void checkExitCodes()
    {
        const QString sample = importSample(QStringLiteral("check.premortem"));
        QVERIFY(!sample.isEmpty());
        // The sample: two high risks whose mitigations are only proposed.
        Run r = cli({QStringLiteral("check"), sample});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("Checkout pods OOM-killed at peak")));
        QVERIFY(r.out.contains(QStringLiteral("Nobody can see where a payment is stuck")));
        QVERIFY(!r.out.contains(QStringLiteral("Payment retries double-charge customers")));
        r = cli(
            {QStringLiteral("check"), sample, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("maxBand")).toString(), QStringLiteral("medium"));
        const QJsonArray failures = json.value(QStringLiteral("failures")).toArray();
        QCOMPARE(failures.size(), 2);
        const QJsonObject first = failures.first().toObject();
        QCOMPARE(first.value(QStringLiteral("band")).toString(), QStringLiteral("high"));
        QCOMPARE(first.value(QStringLiteral("score")).toInt(), 12);
        QCOMPARE(first.value(QStringLiteral("problems"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("none-committed"));
        QCOMPARE(cli({QStringLiteral("check"), sample, QStringLiteral("--format"),
                      QStringLiteral("json")})
                     .out,
                 r.out); // stable
        r = cli({QStringLiteral("check"), sample, QStringLiteral("--max-band"),
                 QStringLiteral("high")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("OK")));
        QCOMPARE(cli({QStringLiteral("check"), sample, QStringLiteral("--max-band"),
                      QStringLiteral("low")})
                     .code,
                 1);

        // Followed up: both proposed mitigations accepted; the pool baseline loses its owner,
        // which only --require-owner notices (the PgBouncer change covers that risk).
        QJsonObject root =
            QJsonDocument::fromJson(
                testsupport::readAll(QStringLiteral(PREMORTEM_SAMPLES "/checkout-migration.json")))
                .object();
        QJsonArray mitigations = root.value(QStringLiteral("mitigations")).toArray();
        for (auto it = mitigations.begin(); it != mitigations.end(); ++it) {
            QJsonObject m = it->toObject();
            const QString id = m.value(QStringLiteral("id")).toString();
            if (id == QLatin1String("m-oom-chaos") || id == QLatin1String("m-tracing"))
                m.insert(QStringLiteral("status"), QStringLiteral("accepted"));
            if (id == QLatin1String("m-pool-baseline"))
                m.insert(QStringLiteral("owner"), QString());
            *it = m;
        }
        root.insert(QStringLiteral("mitigations"), mitigations);
        const QString cleanJson = path(QStringLiteral("clean.json"));
        QVERIFY(testsupport::writeAll(cleanJson, QJsonDocument(root).toJson()));
        const QString clean = path(QStringLiteral("clean.premortem"));
        QCOMPARE(cli({QStringLiteral("import-json"), cleanJson, clean}).code, 0);
        r = cli({QStringLiteral("check"), clean});
        QCOMPARE(r.code, 0);
        r = cli(
            {QStringLiteral("check"), clean, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("ok")),
                 QJsonValue(true));
        r = cli({QStringLiteral("check"), clean, QStringLiteral("--require-owner")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("Postgres connections exhausted by pod fan-out")));
        QVERIFY(r.out.contains(QStringLiteral("has no owner")));

        // Errors: exit 2, nothing on stdout.
        for (const QStringList &args :
             {QStringList{QStringLiteral("check"), path(QStringLiteral("missing.premortem"))},
              QStringList{QStringLiteral("check"), sample, QStringLiteral("--max-band"),
                          QStringLiteral("severe")},
              QStringList{QStringLiteral("check"), sample, QStringLiteral("--max-band"),
                          QStringLiteral("unscored")},
              QStringList{QStringLiteral("check"), sample, QStringLiteral("--format"),
                          QStringLiteral("xml")},
              QStringList{QStringLiteral("check")}}) {
            r = cli(args);
            QCOMPARE(r.code, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY(!r.err.isEmpty());
        }
        const QString notAWorkshop = path(QStringLiteral("text.premortem"));
        QVERIFY(testsupport::writeAll(notAWorkshop, "just text"));
        QCOMPARE(cli({QStringLiteral("check"), notAWorkshop}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
