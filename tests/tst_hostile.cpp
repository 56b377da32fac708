// The hostile corpus (tests/data/hostile/README.md): every broken, foreign or malicious file gives
// a specific message or opens safely, both where the app opens files (pm::Workshop::open) and in
// premortem-cli; none crashes, hangs, changes the file's bytes or leaves a file beside it. Also:
// a full disk and write errors during an edit, and a lock file left empty by a killed writer.

#include "fileheader.h"
#include "jsonio.h"
#include "testsupport.h"
#include "workshop.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

#include <fcntl.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace pm;

namespace {

enum class Verdict
{
    Refused,
    Opens,
    OpensReadOnly
};

// What the test arranges around a file besides its bytes.
enum class Setting
{
    Normal,
    Unreadable, // no permission to read it (as root, without the power to override permissions)
    DiskFull,   // no byte may be written to any file (RLIMIT_FSIZE 0), as on a full disk
};

struct Expectation
{
    const char *file;
    Verdict outcome;
    // Refused: a fragment of the message of every way of opening it. OpensReadOnly: a fragment of
    // the reason a read-write open gives.
    const char *message;
    // A fragment of what `validate` reports (exit status 1); empty when the file is valid.
    const char *problem;
    Setting setting;
    // When a read-only open refuses with another message than a read-write one.
    const char *readOnlyMessage;
};

constexpr Expectation refused(const char *file, const char *message,
                              Setting setting = Setting::Normal)
{
    return {file, Verdict::Refused, message, "", setting, nullptr};
}
constexpr Expectation opens(const char *file, const char *problem = "")
{
    return {file, Verdict::Opens, "", problem, Setting::Normal, nullptr};
}
constexpr Expectation readOnly(const char *file, const char *reason, const char *problem = "",
                               Setting setting = Setting::Normal)
{
    return {file, Verdict::OpensReadOnly, reason, problem, setting, nullptr};
}

// One line per file of the corpus; tests/data/hostile/README.md says why each is there.
const Expectation kCorpus[] = {
    // Not a database, or cut short.
    refused("empty.premortem", "is empty"),
    refused("cut-at-10.premortem", "cut short"),
    refused("cut-at-60.premortem", "cut short"),
    refused("cut-at-100.premortem", "cut short"),
    refused("cut-at-4096.premortem", "cut short"),
    refused("cut-mid-page.premortem", "cut short"),
    refused("cut-last-byte.premortem", "cut short"),
    refused("random-bytes.premortem", "not a database file"),
    refused("sqlite-magic-random.premortem", "database of another application"),
    refused("our-header-random-pages.premortem", "is damaged"),
    refused("first-page-then-zeros.premortem", "is damaged"),
    refused("csv-text.premortem", "not a database file"),
    // Foreign and other versions.
    refused("foreign-app.premortem", "database of another application"),
    refused("foreign-id-our-tables.premortem", "database of another application"),
    refused("no-schema-version.premortem", "no schema version"),
    readOnly("future-version.premortem", "newer version of Premortem"),
    refused("future-version-changed-format.premortem", "newer version of Premortem"),
    {"old-version-damaged.premortem", Verdict::Refused, "cannot be upgraded from file format 1", "",
     Setting::Normal, "older version of Premortem"},
    refused("wal-mode.premortem", "write-ahead logging"),
    opens("page-size-512.premortem"),
    opens("utf16-encoding.premortem"),
    // Schema: missing, extra, changed.
    refused("missing-table.premortem", "the table “vote” is missing"),
    refused("missing-column.premortem", "has no column “hidden”"),
    refused("only-file-info.premortem", "the table “workshop” is missing"),
    opens("extra-table.premortem"),
    opens("extra-column.premortem"),
    readOnly("text-declared-integer.premortem", "changed by another program", "“note.text”"),
    readOnly("id-unique-not-primary-key.premortem", "changed by another program", "“note.id”"),
    readOnly("extra-foreign-key.premortem", "changed by another program", "extra foreign key"),
    readOnly("extra-unique-index.premortem", "changed by another program", "extra unique index"),
    refused("text-where-number-belongs.premortem", "has the wrong type"),
    refused("real-where-integer-belongs.premortem", "has the wrong type"),
    refused("blob-id.premortem", "broken identity"),
    refused("created-as-text.premortem", "broken identity"),
    refused("deleted-is-2.premortem", "broken identity"),
    refused("hlc-at-int64-max.premortem", "broken identity"),
    opens("negative-timestamp.premortem"),
    refused("no-writer-id.premortem", "no writer id"),
    // Schema that tries to run code: refused, or proven never to run (opening and editing work).
    refused("trigger.premortem", "contains a trigger (“evil”)"),
    refused("trigger-on-extra-table.premortem", "contains a trigger (“evil”)"),
    refused("view.premortem", "contains a view (“allNotes”)"),
    refused("virtual-table.premortem", "contains a virtual table (“noteSearch”)"),
    opens("check-overflow.premortem"),
    opens("check-slow.premortem"),
    opens("check-load-extension.premortem"),
    refused("generated-column.premortem", "contains a generated column (“note.evil”)"),
    refused("generated-column-slow.premortem", "contains a generated column (“note.evil”)"),
    refused("expression-index.premortem", "contains an index on an expression (“evil”)"),
    refused("partial-index.premortem", "contains an index on an expression (“evil”)"),
    refused("default-expression.premortem", "contains a computed default (“note.mood”)"),
    // Values.
    refused("ten-mb-note.premortem", "at most 20000 are allowed"),
    opens("invalid-utf8.premortem"),
    refused("invalid-utf8-key.premortem", "“Category”: it is not one of"),
    refused("nul-in-note.premortem", "contains a NUL character"),
    refused("nul-in-title.premortem", "contains a NUL character"),
    opens("likelihood-0.premortem"),
    refused("likelihood-6.premortem", "it must be between 0 and 5"),
    refused("likelihood-minus-1.premortem", "it must be between 0 and 5"),
    refused("likelihood-text-nan.premortem", "“likelihood”: it has the wrong type"),
    refused("likelihood-nan.premortem", "“likelihood”: it has the wrong type"),
    refused("coordinate-infinite.premortem", "“x”: it is out of range"),
    refused("votes-over-budget.premortem", "it must be between 1 and 99"),
    refused("votes-huge.premortem", "it must be between 1 and 99"),
    refused("unknown-category.premortem", "“Category”: it is not one of"),
    refused("two-workshops.premortem", "2 workshop records"),
    refused("no-workshop.premortem", "no workshop record"),
    refused("id-shared-by-two-tables.premortem", "Two rows of the file have the identifier"),
    // References and structure.
    opens("dangling-references.premortem", "refers to a component that does not exist"),
    opens("cyclic-parents.premortem", "is nested inside itself"),
    opens("self-parent.premortem", "is nested inside itself"),
    opens("deep-parents.premortem"),
    opens("many-notes.premortem"),
    refused("too-many-rows.premortem", "rows; Premortem opens workshops of up to"),
    // The file system.
    refused("folder.premortem", "is a folder"),
    refused("loop-a.premortem", "the links form a loop"),
    refused("loop-b.premortem", "the links form a loop"),
    refused("dangling-link.premortem", "which does not exist"),
    opens("link-target.premortem"),
    opens("link-to-good.premortem"),
    refused("fifo.premortem", "is not a regular file"),
    refused("device.premortem", "is not a regular file"),
    refused("unreadable.premortem", "do not have permission to read", Setting::Unreadable),
    readOnly("read-only.premortem", "read-only on disk"),
    readOnly("full-disk.premortem", "could not create its lock file", "", Setting::DiskFull),
    opens("good.premortem"),
    refused("foreign-journal.premortem", "does not restore a valid workshop"),
};

constexpr int kCliTimeoutMs = 60000; // far beyond any honest run: longer means it hangs

// Root reads every file whatever its mode, by the capabilities CAP_DAC_OVERRIDE and
// CAP_DAC_READ_SEARCH. Without them (still root, still the owner of the temporary folder,
// wherever TMPDIR is and whatever its mode) a mode-000 file is as unreadable as for anyone else.
constexpr __u32 kDacCapabilities = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);

// Sets or clears the DAC capabilities in this thread's effective set; false when the kernel
// refuses (they stay in the permitted set, so they can be raised again).
bool setDacCapabilities(bool on)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    data[0].effective = on ? data[0].effective | (data[0].permitted & kDacCapabilities)
                           : data[0].effective & ~kDacCapabilities;
    return syscall(SYS_capset, &header, data) == 0;
}

// Puts the test process into a setting for as long as it lives.
class InSetting
{
public:
    explicit InSetting(Setting setting) : m_setting(setting)
    {
        if (setting == Setting::Unreadable && geteuid() == 0)
            m_dropped = setDacCapabilities(false);
        if (setting == Setting::DiskFull) {
            getrlimit(RLIMIT_FSIZE, &m_limit);
            rlimit none = m_limit;
            none.rlim_cur = 0;
            setrlimit(RLIMIT_FSIZE, &none);
        }
    }
    ~InSetting()
    {
        if (m_dropped && !setDacCapabilities(true))
            qFatal("cannot raise the capabilities dropped for an unreadable file again");
        if (m_setting == Setting::DiskFull)
            setrlimit(RLIMIT_FSIZE, &m_limit);
    }
    InSetting(const InSetting &) = delete;
    InSetting &operator=(const InSetting &) = delete;

private:
    Setting m_setting;
    bool m_dropped = false;
    rlimit m_limit{};
};

// The same, for a child process (runs between fork and exec: system calls only). A process
// of root gets every capability of its bounding set back at exec, so the DAC ones leave that.
std::function<void()> childSetting(Setting setting, rlim_t fileSizeLimit = 0)
{
    return [setting, fileSizeLimit] {
        if (setting == Setting::Unreadable && geteuid() == 0) {
            if (prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0 ||
                prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0) != 0)
                _exit(126);
        }
        if (setting == Setting::DiskFull) {
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = fileSizeLimit;
            setrlimit(RLIMIT_FSIZE, &limit);
        }
    };
}

// Whether this process can be made unable to read a mode-000 file: not root, or root that may
// put its DAC capabilities aside (a container may forbid changing the bounding set).
bool canTestUnreadable()
{
    if (geteuid() != 0)
        return true;
    if (!setDacCapabilities(false))
        return false;
    return setDacCapabilities(true);
}

using Run = testsupport::CliRun;

Run cli(const QStringList &args, const std::function<void()> &childSetup = {})
{
    return testsupport::runCli(
        args, kCliTimeoutMs,
        [&](QProcess &p) {
            if (childSetup)
                p.setChildProcessModifier(childSetup);
        },
        QStringLiteral(PREMORTEM_CLI));
}

// What a path is, without reading a pipe (that would wait forever) or following a loop.
QByteArray fingerprint(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) // and the bytes of what it leads to, when that is a plain file
        return "link to " + info.symLinkTarget().toUtf8() + ' ' +
               (info.isFile() ? testsupport::fileHash(path).toHex() : QByteArray());
    if (info.isDir())
        return "folder of " +
               QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u',').toUtf8();
    if (!info.exists())
        return "nothing";
    if (!info.isFile())
        return "special file";
    return testsupport::fileHash(path).toHex() + " mode " + QByteArray::number(info.permissions());
}

bool isClearMessage(const QString &message)
{
    // Written for people: not empty, and no driver text standing in for an explanation.
    return !message.trimmed().isEmpty() && !message.contains(QLatin1String("QSQLITE")) &&
           !message.contains(QLatin1String("Unable to"));
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::Hidden |
                               QDir::NoDotAndDotDot);
}

Note noteWithText(const QString &text)
{
    Note n;
    n.meta.id = QUuid::createUuid();
    n.text = text;
    return n;
}

// Pages of an SQLite file, from its header.
qint64 pageCount(const QString &path)
{
    const FileHeader h = FileHeader::parse(testsupport::readAll(path).left(FileHeader::kSize));
    return h.pageSize > 0 ? QFileInfo(path).size() / h.pageSize : 0;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;  // the generated corpus
    QString m_scratch; // copies to edit

    QString scratchCopy(const QString &name)
    {
        const QString copy = QDir(m_scratch).filePath(name);
        QFile::remove(copy);
        return QFile::copy(QDir(m_corpus).filePath(QStringLiteral("good.premortem")), copy)
                   ? copy
                   : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath(QStringLiteral("corpus"));
        m_scratch = m_dir.filePath(QStringLiteral("scratch"));
        QVERIFY(QDir().mkpath(m_scratch));
        // A write beyond RLIMIT_FSIZE fails with EFBIG instead of killing the process.
        std::signal(SIGXFSZ, SIG_IGN);

        QProcess make;
        make.start(QStringLiteral("bash"),
                   {QStringLiteral(PREMORTEM_TEST_DATA "/hostile/make-corpus.sh"), m_corpus,
                    QStringLiteral(PREMORTEM_CLI)});
        QVERIFY(make.waitForFinished(180000));
        if (make.exitCode() == 2 && make.readAllStandardError().contains("needs sqlite3"))
            QSKIP("the corpus needs the sqlite3 command (apt-get install sqlite3)");
        QVERIFY2(make.exitStatus() == QProcess::NormalExit && make.exitCode() == 0,
                 make.readAllStandardError().constData());
    }

    // The table above, the corpus and its README name the same files.
    void corpusIsDocumented()
    {
        QStringList expected;
        for (const Expectation &e : kCorpus)
            expected << QString::fromLatin1(e.file);
        QStringList present =
            listing(m_corpus).filter(QRegularExpression(QStringLiteral("\\.premortem$")));
        expected.sort();
        present.sort();
        QCOMPARE(present, expected);
        QVERIFY(expected.size() >= 40);
        const QString readme = QString::fromUtf8(
            testsupport::readAll(QStringLiteral(PREMORTEM_TEST_DATA "/hostile/README.md")));
        for (const QString &file : std::as_const(expected))
            QVERIFY2(readme.contains(QLatin1Char('`') + file + QLatin1Char('`')),
                     qPrintable(file + QStringLiteral(" is not in README.md")));
    }

    void corpus_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kCorpus)); ++i)
            QTest::newRow(kCorpus[i].file) << i;
    }

    void corpus()
    {
        QFETCH(int, index);
        const Expectation &e = kCorpus[index];
        const QString path = QDir(m_corpus).filePath(QString::fromLatin1(e.file));
        const QString message = QString::fromUtf8(e.message);
        const QString problem = QString::fromUtf8(e.problem);
        const QString roMessage =
            e.readOnlyMessage ? QString::fromUtf8(e.readOnlyMessage) : message;
        const QByteArray before = fingerprint(path);
        const QByteArray journalBefore = fingerprint(path + QStringLiteral("-journal"));
        const QStringList filesBefore = listing(m_corpus);

        if (e.setting == Setting::Unreadable && !canTestUnreadable())
            QSKIP("root cannot put aside its power to read every file here");

        // Where the app opens files: read-write (what a double click does) and read-only.
        for (const Store::Access access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
            const bool rw = access == Store::Access::ReadWrite;
            Result<std::unique_ptr<Workshop>> w = [&] {
                InSetting setting(e.setting);
                return Workshop::open(path, access);
            }();
            if (e.outcome == Verdict::Refused) {
                QVERIFY2(!w, rw ? "read-write open" : "read-only open");
                const QString &expected = rw ? message : roMessage;
                QVERIFY2(w.error().message.contains(expected), qPrintable(w.error().message));
                QVERIFY2(isClearMessage(w.error().message), qPrintable(w.error().message));
                continue;
            }
            QVERIFY2(w, qPrintable(w.error().message));
            Workshop &workshop = *w.value();
            QCOMPARE(workshop.isReadOnly(), !rw || e.outcome == Verdict::OpensReadOnly);
            if (rw && e.outcome == Verdict::OpensReadOnly)
                QVERIFY2(workshop.readOnlyReason().contains(message),
                         qPrintable(workshop.readOnlyReason()));
            // What info, validate and export do with it; on a read-write connection too, where
            // SQLite would evaluate CHECK constraints if Premortem let it.
            const QString problems = workshop.problems().join(u'\n');
            QVERIFY2(problem.isEmpty() ? problems.isEmpty() : problems.contains(problem),
                     qPrintable(problems));
            QVERIFY(!exportJson(workshop).isEmpty());
            if (e.outcome == Verdict::OpensReadOnly)
                QCOMPARE(workshop.add(noteWithText(QStringLiteral("edit"))).error().code,
                         Error::ReadOnly);
        }

        // premortem-cli info and validate: a message on stderr and exit status 2, or a report.
        const auto child = childSetting(e.setting);
        for (const QString &command : {QStringLiteral("info"), QStringLiteral("validate")}) {
            const Run r = cli({command, path}, child);
            QVERIFY2(r.finished, qPrintable(command + QStringLiteral(" hangs")));
            if (e.outcome == Verdict::Refused) {
                QVERIFY2(r.code == 2, qPrintable(command + QLatin1Char(' ') + r.err));
                QVERIFY2(r.err.contains(roMessage), qPrintable(r.err));
                QVERIFY(r.out.isEmpty());
            } else if (command == QLatin1String("info")) {
                QVERIFY2(r.code == 0, qPrintable(r.err));
                QVERIFY(r.out.contains(QStringLiteral("Title:")));
            } else {
                QVERIFY2(r.code == (problem.isEmpty() ? 0 : 1), qPrintable(r.err));
                QVERIFY2(r.err.contains(problem), qPrintable(r.err));
            }
        }

        // Never a changed byte or a file left beside it (journal, lock, backup).
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(fingerprint(path + QStringLiteral("-journal")), journalBefore);
        QCOMPARE(listing(m_corpus), filesBefore);

        // A file that opens for editing can really be edited: a schema that tries to run code on
        // a write (CHECK constraints here) runs nothing. Big files are skipped to save time.
        if (e.outcome == Verdict::Opens && QFileInfo(path).size() < 2 * 1024 * 1024) {
            const QString copy = QDir(m_scratch).filePath(QString::fromLatin1(e.file));
            QFile::remove(copy);
            QVERIFY(QFile::copy(path, copy));
            const Note note = noteWithText(QStringLiteral("Written after opening %1").arg(copy));
            {
                auto w = Workshop::open(copy);
                QVERIFY2(w, qPrintable(w.error().message));
                auto added = w.value()->add(note);
                QVERIFY2(added, qPrintable(added.error().message));
            }
            auto reopened = Workshop::open(copy, Store::Access::ReadOnly);
            QVERIFY2(reopened, qPrintable(reopened.error().message));
            QVERIFY(reopened.value()->findLive<Note>(note.meta.id));
            reopened.value().reset();
            QVERIFY(QFile::remove(copy));
        }
    }

    // The disk fills up (SQLite's page limit stands in for it): the edit is refused with a message,
    // memory still matches the file, nothing saved before is lost, and editing works again once
    // there is room.
    // The schema checks remember their answers by the exact schema text (a merge of thirty
    // files checks one schema): a file whose schema differs in any way is checked afresh.
    void rememberedSchemaChecksTellFilesApart()
    {
        const QString good = QDir(m_scratch).filePath(QStringLiteral("remembered-good.premortem"));
        QFile::remove(good);
        QVERIFY(Workshop::create(good, QStringLiteral("Good")).ok());
        for (int round = 0; round < 2; ++round) { // the second round answers from memory
            auto w = Workshop::open(good);
            QVERIFY2(w, qPrintable(w.error().message));
            QVERIFY(!w.value()->isReadOnly());
        }
        const QString trigger =
            QDir(m_scratch).filePath(QStringLiteral("remembered-trigger.premortem"));
        QFile::remove(trigger);
        QVERIFY(QFile::copy(good, trigger));
        QVERIFY(testsupport::runSql(
            trigger,
            QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON note BEGIN SELECT 1; END")));
        auto t = Workshop::open(trigger, Store::Access::ReadOnly);
        QVERIFY(!t);
        QVERIFY2(t.error().message.contains(QStringLiteral("trigger")),
                 qPrintable(t.error().message));
        const QString retyped =
            QDir(m_scratch).filePath(QStringLiteral("remembered-retyped.premortem"));
        QFile::remove(retyped);
        QVERIFY(QFile::copy(good, retyped));
        QVERIFY(testsupport::runSql(retyped, QStringLiteral("PRAGMA writable_schema = ON;\n"
                                                            "UPDATE sqlite_schema SET sql = "
                                                            "replace(sql, 'text TEXT NOT NULL', "
                                                            "'text INTEGER NOT NULL') WHERE name = "
                                                            "'note'")));
        auto r = Workshop::open(retyped);
        QVERIFY2(r, qPrintable(r.error().message));
        QVERIFY2(r.value()->isReadOnly(), "a changed column type must still be noticed");
        auto again = Workshop::open(good, Store::Access::ReadOnly);
        QVERIFY(again.ok());
        QVERIFY(QFile::remove(good) && QFile::remove(trigger));
        r.value().reset();
        QVERIFY(QFile::remove(retyped));
    }

    void editOnFullDiskIsRefused()
    {
        const QString path = scratchCopy(QStringLiteral("full.premortem"));
        QVERIFY(!path.isEmpty());
        QMap<QString, QVariantList> saved;
        int notesBefore = 0;
        {
            Store::setPageLimitForTesting(pageCount(path));
            auto w = Workshop::open(path);
            Store::setPageLimitForTesting(0);
            QVERIFY(w);
            Workshop &workshop = *w.value();
            saved = testsupport::snapshot(workshop);
            notesBefore = int(workshop.rows<Note>().size());
            int changes = 0;
            connect(&workshop, &Workshop::changed, this, [&] { ++changes; });

            ChangeSet batch; // one edit of many rows: all or nothing
            for (int i = 0; i < 50; ++i)
                batch << noteWithText(QStringLiteral("Long note %1 ").arg(i).repeated(400));
            auto r = workshop.apply(batch);
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Io);
            QVERIFY2(r.error().message.contains(QStringLiteral("the disk is full")),
                     qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(QStringLiteral("everything saved before is safe")),
                     qPrintable(r.error().message));
            QCOMPARE(changes, 0);
            QCOMPARE(testsupport::snapshot(workshop), saved); // memory rolled back (never changed)
            auto onDisk = Workshop::open(path, Store::Access::ReadOnly);
            QVERIFY(onDisk);
            QCOMPARE(testsupport::snapshot(*onDisk.value()), saved);
            QCOMPARE(onDisk.value()->problems(), QStringList());
        }
        auto w = Workshop::open(path); // room again
        QVERIFY(w);
        QVERIFY(w.value()->add(noteWithText(QStringLiteral("There is room now"))));
        QCOMPARE(w.value()->rows<Note>().size(), notesBefore + 1);
    }

    // The disk refuses a write (EFBIG from RLIMIT_FSIZE, as an I/O error): refused with a message,
    // memory matches the file, and the same document saves once the disk accepts writes again.
    void editOnWriteErrorIsRefused()
    {
        const QString path = scratchCopy(QStringLiteral("ioerror.premortem"));
        QVERIFY(!path.isEmpty());
        auto w = Workshop::open(path);
        QVERIFY(w);
        Workshop &workshop = *w.value();
        const auto saved = testsupport::snapshot(workshop);
        const QByteArray bytes = testsupport::fileHash(path);
        Result<ChangeSet> r = ChangeSet{};
        {
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            const rlim_t old = limit.rlim_cur;
            limit.rlim_cur = rlim_t(QFileInfo(path).size()); // the file cannot grow
            setrlimit(RLIMIT_FSIZE, &limit);
            r = workshop.add(noteWithText(QStringLiteral("Too big to fit ").repeated(1000)));
            limit.rlim_cur = old;
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Io);
        QVERIFY2(r.error().message.contains(QStringLiteral("The change was not saved")),
                 qPrintable(r.error().message));
        QVERIFY(isClearMessage(r.error().message));
        QCOMPARE(testsupport::snapshot(workshop), saved);
        QCOMPARE(testsupport::fileHash(path), bytes);

        const Note later = noteWithText(QStringLiteral("Saved once the disk is back"));
        QVERIFY(workshop.add(later));
        auto onDisk = Workshop::open(path, Store::Access::ReadOnly);
        QVERIFY(onDisk);
        QCOMPARE(testsupport::snapshot(*onDisk.value()), testsupport::snapshot(workshop));
        QVERIFY(onDisk.value()->findLive<Note>(later.meta.id));
        QCOMPARE(onDisk.value()->problems(), QStringList());
    }

    // premortem-cli add-note on a full disk: a message, exit 2, no id printed, the file untouched.
    void cliAddNoteOnFullDisk()
    {
        const QString path = scratchCopy(QStringLiteral("cli-full.premortem"));
        QVERIFY(!path.isEmpty());
        const QByteArray bytes = testsupport::fileHash(path);
        const QStringList files = listing(m_scratch);
        const QStringList args{QStringLiteral("add-note"), path, QStringLiteral("--text"),
                               QStringLiteral("A long note ").repeated(1500)};

        // Room for the lock and the journal, none for the file to grow: the commit fails.
        Run r = cli(args, childSetting(Setting::DiskFull, rlim_t(QFileInfo(path).size())));
        QVERIFY(r.finished);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("The change was not saved")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(testsupport::fileHash(path), bytes);
        QCOMPARE(listing(m_scratch), files);

        // No room at all: not even the lock file can be made, so it is not opened for editing.
        r = cli(args, childSetting(Setting::DiskFull, 0));
        QVERIFY(r.finished);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("could not create its lock file")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(testsupport::fileHash(path), bytes);
        QCOMPARE(listing(m_scratch), files);

        r = cli(args);
        QCOMPARE(r.code, 0);
        QVERIFY(!QUuid::fromString(r.out.trimmed()).isNull());
    }

    // premortem-cli new where the file cannot be made (issue 21): the message names the real
    // cause (a missing folder, no permission, a full disk, a name taken), never "damaged", and
    // nothing is left behind.
    void cliNewNamesTheCause_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("setting");
        QTest::addColumn<QString>("cause");
        QTest::newRow("folder missing") << QStringLiteral("no/such/folder") << int(Setting::Normal)
                                        << QStringLiteral("does not exist");
        QTest::newRow("no permission") << QStringLiteral("locked") << int(Setting::Unreadable)
                                       << QStringLiteral("do not have permission to write");
        // No byte may be written (a file size limit): the disk refuses the write.
        QTest::newRow("disk refuses") << QStringLiteral("full") << int(Setting::DiskFull)
                                      << QStringLiteral("the disk reported an error");
        QTest::newRow("name taken")
            << QStringLiteral("taken") << int(Setting::Normal) << QStringLiteral("already exists");
    }

    void cliNewNamesTheCause()
    {
        QFETCH(QString, where);
        QFETCH(int, setting);
        QFETCH(QString, cause);
        if (Setting(setting) == Setting::Unreadable && !canTestUnreadable())
            QSKIP("root cannot put aside its power to write every folder here");
        const QString folder = QDir(m_scratch).filePath(where);
        if (!where.startsWith(QLatin1String("no/")))
            QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("new.premortem"));
        if (where == QLatin1String("taken"))
            QVERIFY(testsupport::writeAll(path, "someone else's file"));
        if (where == QLatin1String("locked"))
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QStringList before = listing(folder);

        const Run r =
            cli({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Launch")},
                childSetting(Setting(setting)));
        QVERIFY(r.finished);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(cause), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY2(isClearMessage(r.err), qPrintable(r.err));
        QCOMPARE(listing(folder), before);
        if (where == QLatin1String("locked"))
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        // The same in the library the window uses.
        const Result<std::unique_ptr<Workshop>> made = [&] {
            InSetting in{Setting(setting)};
            return Workshop::create(path, QStringLiteral("Launch"));
        }();
        if (Setting(setting) != Setting::Unreadable) { // the folder is writable again
            QVERIFY(!made);
            QVERIFY2(made.error().message.contains(cause), qPrintable(made.error().message));
            QCOMPARE(listing(folder), before);
        }
    }

    // A disk that fills up while the new file is written (SQLite's "database or disk is full").
    void newWorkshopOnFullDisk()
    {
        const QString path = QDir(m_scratch).filePath(QStringLiteral("no-room.premortem"));
        Store::setPageLimitForTesting(1);
        const Result<std::unique_ptr<Workshop>> made =
            Workshop::create(path, QStringLiteral("Launch"));
        Store::setPageLimitForTesting(0);
        QVERIFY(!made);
        QVERIFY2(made.error().message.contains(QStringLiteral("the disk is full")),
                 qPrintable(made.error().message));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".creating")));
    }

    // A writer killed between creating its lock file and writing its process id into it leaves an
    // empty lock that QLockFile can never call stale. Once it is a few seconds old it is taken
    // over; a fresh one may be a writer starting up right now, so it is respected.
    void emptyLockOfKilledWriterIsTakenOver()
    {
        const QString path = scratchCopy(QStringLiteral("empty-lock.premortem"));
        QVERIFY(!path.isEmpty());
        const QString lock = path + QStringLiteral(".lock");
        QVERIFY(testsupport::writeAll(lock, {}));
        {
            auto w = Workshop::open(path);
            QVERIFY(w);
            QVERIFY(w.value()->isReadOnly());
        }
        QFile file(lock);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                                 QFileDevice::FileModificationTime));
        file.close();
        auto w = Workshop::open(path);
        QVERIFY(w);
        QVERIFY2(!w.value()->isReadOnly(), qPrintable(w.value()->readOnlyReason()));
        QVERIFY(w.value()->add(noteWithText(QStringLiteral("Lock taken over"))));
    }

    // A writer killed while taking over a dead writer's lock leaves QLockFile's "<lock>.rmlock"
    // behind, and QLockFile would make every later open wait 30 s for it. The lock of a process
    // that is gone is taken over at once, leftovers included.
    void lockLeftDuringTakeoverIsTakenOver()
    {
        const QString path = scratchCopy(QStringLiteral("rmlock.premortem"));
        QVERIFY(!path.isEmpty());
        const QString lock = path + QStringLiteral(".lock");
        const QByteArray deadWriter =
            "999999999\npremortem-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n";
        QVERIFY(testsupport::writeAll(lock, deadWriter));
        QVERIFY(testsupport::writeAll(lock + QStringLiteral(".rmlock"), deadWriter));
        QVERIFY(testsupport::writeAll(lock + QStringLiteral(".rmlock.rmlock"), {}));
        {
            auto w = Workshop::open(path);
            QVERIFY(w);
            QVERIFY2(!w.value()->isReadOnly(), qPrintable(w.value()->readOnlyReason()));
        }
        QCOMPARE(listing(m_scratch).filter(QStringLiteral("rmlock.premortem")),
                 QStringList{QStringLiteral("rmlock.premortem")});
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
