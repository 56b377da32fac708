// premortem-cli stats: the look-back across workshop files in text, JSON and Markdown, bad files
// skipped with a message, and the exit codes (0 a look-back counted, 1 none has outcomes yet,
// 2 bad arguments or nothing readable).

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using testsupport::runCli;

class TestCliStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ranked;   // the sample as ranked in the workshop: no outcomes
    QString m_lookback; // the same workshop six months later

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ranked = path(QStringLiteral("ranked.premortem"));
        m_lookback = path(QStringLiteral("lookback.premortem"));
        for (const auto &[json, file] :
             {std::pair{QStringLiteral("checkout-migration.json"), m_ranked},
              std::pair{QStringLiteral("checkout-migration-lookback.json"), m_lookback}}) {
            const auto r = runCli({QStringLiteral("import-json"),
                                   QStringLiteral(PREMORTEM_SAMPLES "/") + json, file});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

    void textOverTheSamples()
    {
        const auto r = runCli({QStringLiteral("stats"), m_ranked, m_lookback});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Workshops counted: 2 (with a look-back: 1)")),
                 qPrintable(r.out));
        // The look-back sample: likelihood 4 came true for two of three failure modes.
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\n  4 +75% +3 +2 +1 +67%\\n"))));
        QVERIFY(r.out.contains(QStringLiteral("Operational blind spot")));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("Checkout service +2\\n"))));
        QVERIFY(r.err.isEmpty());
    }

    void jsonAndMarkdown()
    {
        auto r = runCli({QStringLiteral("stats"), m_lookback, QStringLiteral("--format"),
                         QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject c = root.value(QStringLiteral("calibration")).toObject();
        QCOMPARE(c.value(QStringLiteral("judged")).toInt(), 12);
        QCOMPARE(c.value(QStringLiteral("surprises")).toInt(), 3);
        QCOMPARE(c.value(QStringLiteral("surprisesByComponent"))
                     .toObject()
                     .value(QStringLiteral("Checkout service"))
                     .toInt(),
                 2);
        const double brier = c.value(QStringLiteral("brierScore")).toDouble();
        QVERIFY(brier > 0.0 && brier < 1.0);
        QCOMPARE(root.value(QStringLiteral("counted")).toArray().size(), 1);

        r = runCli({QStringLiteral("stats"), m_lookback, QStringLiteral("--format"),
                    QStringLiteral("md")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("# Look-back statistics\n")));
        QVERIFY2(r.out.contains(QStringLiteral("| 4 | 75% | 3 | 2 | 1 | 67% |")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("## Blind spots by category")));

        // -o writes the same bytes to a file.
        const QString md = path(QStringLiteral("stats.md"));
        const auto toFile = runCli({QStringLiteral("stats"), m_lookback, QStringLiteral("--format"),
                                    QStringLiteral("md"), QStringLiteral("-o"), md});
        QCOMPARE(toFile.code, 0);
        QVERIFY(toFile.out.isEmpty());
        QCOMPARE(QString::fromUtf8(testsupport::readAll(md)), r.out);
    }

    void badFilesAreSkippedAndTheRestCounted()
    {
        const QString corrupt = path(QStringLiteral("corrupt.premortem"));
        QVERIFY(testsupport::writeAll(corrupt, QByteArray(4096, 'x')));
        const QString foreign = path(QStringLiteral("notes.txt"));
        QVERIFY(testsupport::writeAll(foreign, "just some text\n"));
        const QByteArray before = testsupport::fileHash(corrupt);
        auto r = runCli({QStringLiteral("stats"), corrupt, m_lookback, foreign,
                         QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("Skipped ") + corrupt), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Skipped ") + foreign));
        QVERIFY(r.out.contains(QStringLiteral("files skipped: 2")));
        QVERIFY(r.out.contains(QStringLiteral("## Skipped files")));
        QCOMPARE(testsupport::fileHash(corrupt), before);

        // A folder counts the .premortem files in it; the corrupt one is skipped there too.
        r = runCli({QStringLiteral("stats"), m_dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Workshops counted: 2")), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("corrupt.premortem")));
    }

    void exitCodes()
    {
        // Read, but nothing looked back on yet: 1, with the tables still printed.
        auto r = runCli({QStringLiteral("stats"), m_ranked});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("Likelihood against outcome")));
        QVERIFY(r.err.contains(QStringLiteral("No workshop has a look-back yet")));
        // Nothing readable: 2.
        r = runCli({QStringLiteral("stats"), path(QStringLiteral("missing.premortem"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("No workshop could be read")));
        // Bad arguments: 2.
        r = runCli({QStringLiteral("stats")});
        QCOMPARE(r.code, 2);
        r = runCli({QStringLiteral("stats"), m_lookback, QStringLiteral("--format"),
                    QStringLiteral("pdf")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown format")));
        r = runCli({QStringLiteral("stats"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--format")));
        r = runCli({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("stats FILE... [--format text|json|md]")));
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"
