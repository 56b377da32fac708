// The translations: every entry of every .ts file finished and consistent with its source (the
// guard that fails when new strings have not been translated, see translations/README.md), and
// German actually reaching core messages and the CLI at run time.

#include "testsupport.h"

#include "jsonio.h"
#include "translations.h"
#include "vocabulary.h"
#include "workshop.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per plural form
    qint64 line = 0;
};

// Reads a Qt Linguist file (the TS DTD: TS > context > name, message > source, translation
// [> numerusform]).
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}, xml.lineNumber()};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    message.translations << xml.readElementText();
                } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                    break;
                }
            }
            if (message.translations.isEmpty())
                message.translations << text;
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1 … %99 and %n, as a sorted list (the same placeholder may be used twice).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?n|L?\\d{1,2})"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// A mnemonic is '&' before a character other than '&' or a space ("&&" is a literal ampersand).
bool hasMnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

// The files to check: every .ts file in PREMORTEM_TS_DIR (the up-to-date check points it at
// freshly updated copies), else in translations/.
QStringList tsFiles()
{
    QString path = qEnvironmentVariable("PREMORTEM_TS_DIR");
    if (path.isEmpty())
        path = QStringLiteral(PREMORTEM_TRANSLATIONS);
    const QDir dir(path);
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files))
        files << dir.filePath(name);
    return files;
}

using Run = testsupport::CliRun;

Run germanCli(const QStringList &args)
{
    return testsupport::runCli(args, 60000, [](QProcess &p) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        p.setProcessEnvironment(env);
    });
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryFinished_data();
    void everyEntryFinished();
    void germanReachesCoreMessages();
    void cliSpeaksGerman();
};

void TstTranslations::everyEntryFinished_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = tsFiles();
    QVERIFY2(!files.isEmpty(), "no .ts files found");
    for (const QString &path : files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TstTranslations::everyEntryFinished()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1:%2 [%3] “%4”: ")
                                  .arg(QFileInfo(path).fileName())
                                  .arg(m.line)
                                  .arg(m.context, m.source.left(60));
        if (m.type == QLatin1String("unfinished")) {
            problems << where + QStringLiteral("unfinished");
            continue;
        }
        if (!m.type.isEmpty()) { // obsolete or vanished: the source no longer has the string
            problems << where + m.type + QStringLiteral(" (run lupdate with -no-obsolete)");
            continue;
        }
        const QStringList expected = placeholders(m.source);
        for (const QString &translation : m.translations) {
            if (translation.isEmpty()) {
                problems << where + QStringLiteral("empty translation");
                continue;
            }
            // %n may be left out of a singular form ("eine Notiz"); numbered ones never.
            QStringList found = placeholders(translation);
            QStringList wanted = expected;
            if (m.translations.size() > 1) {
                wanted.removeAll(QStringLiteral("%n"));
                found.removeAll(QStringLiteral("%n"));
            }
            if (found != wanted)
                problems << where + QStringLiteral("placeholders %1 in “%2”, source has %3")
                                        .arg(found.join(QLatin1Char(' ')), translation,
                                             expected.join(QLatin1Char(' ')));
            if (hasMnemonic(m.source) && !hasMnemonic(translation))
                problems << where + QStringLiteral("no &-mnemonic in “%1”").arg(translation);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                        problems.join(QLatin1Char('\n'))));
}

void TstTranslations::germanReachesCoreMessages()
{
    pm::installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(pm::displayName(pm::Category::RaceCondition), QStringLiteral("Race Condition"));
    QCOMPARE(pm::displayName(pm::Phase::Writing), QStringLiteral("Stilles Schreiben"));
    QCOMPARE(pm::displayName(pm::RiskBand::High), QStringLiteral("Hoch"));

    // Messages of core's file-local tr() helpers, which lupdate files under "pm".
    QTemporaryDir dir;
    auto imported = pm::importJson("{ not json", dir.filePath(QStringLiteral("x.premortem")));
    QVERIFY(!imported);
    QVERIFY2(
        imported.error().message.startsWith(QStringLiteral("Die Datei ist kein gültiges JSON")),
        qPrintable(imported.error().message));
    auto missing = pm::Workshop::open(dir.filePath(QStringLiteral("nowhere.premortem")));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("existiert nicht")),
             qPrintable(missing.error().message));
    // English plural forms stay available underneath.
    QCOMPARE(QCoreApplication::translate("QObject", "%n note(s)", nullptr, 1),
             QStringLiteral("1 Notiz"));
}

void TstTranslations::cliSpeaksGerman()
{
    Run r = germanCli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Befehle:")), qPrintable(r.out));
    r = germanCli({QStringLiteral("info"), QStringLiteral("/nonexistent/x.premortem")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("existiert nicht")), qPrintable(r.err));
    // Qt's own help texts come from Qt's translations, when they are installed.
    r = germanCli({QStringLiteral("info"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Titel")) || r.out.contains(QStringLiteral("Datei")),
             qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
