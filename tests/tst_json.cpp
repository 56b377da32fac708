// Full-fidelity JSON: round trips byte for byte, hand-written files import stably, and bad JSON
// gives a clear message and leaves no file behind.

#include "jsonio.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pm;
using testsupport::snapshot;

namespace {

QByteArray minimalJson(const QString &extraNote = QString())
{
    QJsonObject note{{QStringLiteral("id"), QStringLiteral("n-1")},
                     {QStringLiteral("text"), extraNote.isNull()
                                                  ? QStringLiteral("Cache stampede at midnight")
                                                  : extraNote},
                     {QStringLiteral("author"), QStringLiteral("p-ana")},
                     {QStringLiteral("category"), QStringLiteral("load")}};
    QJsonObject root{
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("workshop"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("w")},
                     {QStringLiteral("created"), QStringLiteral("2026-11-02T09:00:00.000Z")},
                     {QStringLiteral("title"), QStringLiteral("Cache rollout")}}},
        {QStringLiteral("participants"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("p-ana")},
                                {QStringLiteral("name"), QStringLiteral("Ana")},
                                {QStringLiteral("role"), QStringLiteral("sre")},
                                {QStringLiteral("side"), QStringLiteral("run")}}}},
        {QStringLiteral("notes"), QJsonArray{note}}};
    return QJsonDocument(root).toJson();
}

QByteArray patched(const QByteArray &json, const char *from, const QByteArray &to)
{
    QByteArray copy = json;
    return copy.replace(from, to);
}

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("j%1.premortem").arg(++m_counter)); }

private slots:
    void sampleRoundTripsByteForByte()
    {
        const QByteArray sample =
            testsupport::readAll(QStringLiteral(PREMORTEM_SAMPLES "/checkout-migration.json"));
        QVERIFY(!sample.isEmpty());
        auto first = importJson(sample, nextPath());
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const QByteArray exported = exportJson(*first.value());
        auto second = importJson(exported, nextPath());
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(exportJson(*second.value()), exported);
        QCOMPARE(snapshot(*second.value()), snapshot(*first.value()));
        QCOMPARE(second.value()->problems(), QStringList());
    }

    void editedWorkshopRoundTripsWithTombstones()
    {
        auto w = Workshop::create(nextPath(), QStringLiteral("Edits"),
                                  QStringLiteral("Ünïcødé ✓ 中文 עברית"));
        QVERIFY(w.ok());
        Note a, b;
        a.text = QStringLiteral("first\nwith a newline and \"quotes\"");
        a.x = 0.1 + 0.2; // a double that needs all its digits
        b.text = QStringLiteral("second 🔥");
        QVERIFY(w.value()->add(a).ok());
        auto added = w.value()->add(b);
        QVERIFY(added.ok());
        QVERIFY(w.value()->apply(added.value()).ok()); // undo: b becomes a tombstone
        const QByteArray exported = exportJson(*w.value());
        QVERIFY(exported.contains("\"deleted\": true"));
        auto copy = importJson(exported, nextPath());
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        QCOMPARE(exportJson(*copy.value()), exported);
        QCOMPARE(copy.value()->rows<Note>().size(), 1);
        QCOMPARE(copy.value()->rows<Note>().at(0).x, 0.1 + 0.2);
        QCOMPARE(copy.value()->allRows().size(), w.value()->allRows().size());
    }

    void handWrittenKeysBecomeStableIds()
    {
        auto a = importJson(minimalJson(), nextPath());
        auto b = importJson(minimalJson(), nextPath());
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QVERIFY(b.ok());
        QCOMPARE(exportJson(*a.value()), exportJson(*b.value())); // same input, same rows
        const Note note = a.value()->rows<Note>().at(0);
        QCOMPARE(a.value()->find<Participant>(note.author)->name, QStringLiteral("Ana"));
        QCOMPARE(note.meta.created,
                 QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(note.width, Note().width); // absent fields take the defaults
    }

    // Estimates (format 3) round-trip with the reveal flag; a hand-written estimate gets the id
    // of its pair, and the same estimate written twice is refused as one id used twice.
    void estimatesRoundTripAndTakeTheirPairsId()
    {
        const QByteArray json = R"({"formatVersion": 3,
            "workshop": {"id": "w", "created": "2026-11-02T09:00:00.000Z", "title": "T",
                         "estimatesRevealed": true},
            "participants": [{"id": "p-ana", "name": "Ana"}, {"id": "p-bo", "name": "Bo"}],
            "failureModes": [{"id": "f-1", "title": "Queue backlog"}],
            "estimates": [
                {"id": "e-1", "participant": "p-ana", "failureMode": "f-1",
                 "likelihood": 2, "blastRadius": 5},
                {"id": "e-2", "participant": "p-bo", "failureMode": "f-1",
                 "likelihood": 4, "blastRadius": 1}]})";
        auto w = importJson(json, nextPath());
        QVERIFY2(w.ok(), qPrintable(w.error().message));
        QVERIFY(w.value()->info().estimatesRevealed);
        const QList<Estimate> estimates = w.value()->rows<Estimate>();
        QCOMPARE(estimates.size(), 2);
        for (const Estimate &e : estimates)
            QCOMPARE(e.meta.id, estimateId(e.participant, e.failureMode));
        const QByteArray exported = exportJson(*w.value());
        QVERIFY(exported.contains("\"estimates\""));
        QVERIFY(exported.contains("\"formatVersion\": 3"));
        auto copy = importJson(exported, nextPath());
        QVERIFY(copy.ok());
        QCOMPARE(exportJson(*copy.value()), exported);

        QByteArray twice = json;
        twice.replace("\"participant\": \"p-bo\"", "\"participant\": \"p-ana\"");
        auto refused = importJson(twice, nextPath());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("twice")),
                 qPrintable(refused.error().message));
    }

    void badJsonIsRejectedWithoutAFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray good = minimalJson();
        QTest::newRow("not JSON") << QByteArray("title: nope") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("invalid UTF-8") << patched(good, "Cache stampede", "Cache \xff\xfe stampede")
                                       << QStringLiteral("not valid JSON");
        QTest::newRow("a JSON array")
            << QByteArray("[1,2,3]") << QStringLiteral("not a Premortem export");
        QTest::newRow("no formatVersion") << patched(good, "formatVersion", "version")
                                          << QStringLiteral("not a Premortem export");
        QTest::newRow("newer formatVersion")
            << patched(good, "\"formatVersion\": 1", "\"formatVersion\": 7")
            << QStringLiteral("newer Premortem");
        QTest::newRow("no workshop")
            << patched(good, "\"workshop\"", "\"workshopp\"") << QStringLiteral("no “workshop”");
        QTest::newRow("a 10 MB note") << minimalJson(QString(10 * 1024 * 1024, QLatin1Char('x')))
                                      << QStringLiteral("at most 20000");
        QTest::newRow("dangling author")
            << patched(good, "\"author\": \"p-ana\"", "\"author\": \"p-nobody\"")
            << QStringLiteral("does not exist");
        QTest::newRow("unknown category")
            << patched(good, "\"category\": \"load\"", "\"category\": \"gremlins\"")
            << QStringLiteral("is not one of");
        QTest::newRow("number as text")
            << patched(good, "\"title\": \"Cache rollout\"", "\"title\": 42")
            << QStringLiteral("wrong JSON type");
        QTest::newRow("notes not a list")
            << patched(good, "\"notes\": [", "\"notes\": \"none\", \"x\": [")
            << QStringLiteral("must be a list");
        QTest::newRow("bad timestamp") << patched(good, "2026-11-02T09:00:00.000Z", "yesterday")
                                       << QStringLiteral("not a time");
        QTest::newRow("duplicate id")
            << patched(good, "\"n-1\"", "\"p-ana\"") << QStringLiteral("used twice");
    }

    void badJsonIsRejectedWithoutAFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString path = nextPath();
        auto w = importJson(json, path);
        QVERIFY(!w.ok());
        QVERIFY2(w.error().message.contains(message), qPrintable(w.error().message));
        QVERIFY(!QFile::exists(path));
    }

    void importNeverOverwrites()
    {
        const QString path = nextPath();
        QVERIFY(testsupport::writeAll(path, "precious"));
        auto w = importJson(minimalJson(), path);
        QVERIFY(!w.ok());
        QCOMPARE(testsupport::readAll(path), QByteArray("precious"));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
