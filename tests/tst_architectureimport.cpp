// The architecture importers on realistic files of each format (tests/data/architecture), checked
// box by box and arrow by arrow; the import into a workshop (matching by name, one undo step, the
// preview, Graphviz's layout); and hostile files, refused with a message and nothing written.

#include "architectureformat.h"
#include "architectureimport.h"
#include "bandpalette.h"
#include "composeimporter.h"
#include "dotimporter.h"
#include "drawioimporter.h"
#include "exporter.h"
#include "mermaidimporter.h"
#include "reach.h"
#include "structurizrimporter.h"
#include "testsupport.h"
#include "translations.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <zlib.h>

using namespace pm;
using namespace testsupport;

namespace {

QByteArray data(const char *name)
{
    return readAll(QStringLiteral(PREMORTEM_TEST_DATA "/architecture/") + QLatin1String(name));
}

// "Name | kind | group | user-facing" per box, "From -> To | kind | label" per arrow, sorted.
QStringList boxes(const ArchitectureGraph &g)
{
    QHash<QString, QString> groupNames;
    for (const ArchitectureGroup &group : g.groups)
        groupNames.insert(group.key, group.name);
    QStringList lines;
    for (const ArchitectureGroup &group : g.groups)
        lines << QStringLiteral("[%1] in %2").arg(group.name, groupNames.value(group.parent));
    for (const ArchitectureNode &n : g.nodes)
        lines << QStringLiteral("%1 | %2 | %3%4")
                     .arg(n.name, keyOf(n.kind), groupNames.value(n.group),
                          n.userFacing ? QStringLiteral(" | user-facing") : QString());
    lines.sort();
    return lines;
}

QStringList arrows(const ArchitectureGraph &g)
{
    QHash<QString, QString> names;
    for (const ArchitectureNode &n : g.nodes)
        names.insert(n.key, n.name);
    QStringList lines;
    for (const ArchitectureEdge &e : g.edges)
        lines << QStringLiteral("%1 -> %2 | %3 | %4")
                     .arg(names.value(e.from), names.value(e.to), keyOf(e.kind), e.label);
    lines.sort();
    return lines;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

#define CHECK_GRAPH(result, expectedBoxes, expectedArrows)                                         \
    do {                                                                                           \
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));                 \
        QCOMPARE(boxes(*result), sorted(expectedBoxes));                                           \
        QCOMPARE(arrows(*result), sorted(expectedArrows));                                         \
    } while (false)

// A raw deflate stream of `bytes` zeros, made in pieces so the test never holds them.
QByteArray deflatedZeros(qint64 bytes)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out;
    char buffer[1 << 16];
    for (qint64 fed = 0; fed < bytes; fed += zeros.size()) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        z.avail_in = uInt(zeros.size());
        const int flush = fed + zeros.size() >= bytes ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

} // namespace

class TstArchitectureImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("w%1.premortem").arg(++m_files)); }

private slots:
    // English plurals ("3 components") come from the English translation.
    void initTestCase() { installTranslations(qApp); }

    void mermaidFlowchart()
    {
        const auto g = readMermaid(data("checkout.mmd"));
        CHECK_GRAPH(
            g,
            (QStringList{
                QStringLiteral("[Edge] in "),
                QStringLiteral("[Checkout platform] in "),
                QStringLiteral("[Fulfilment] in Checkout platform"),
                QStringLiteral("[Third parties] in "),
                QStringLiteral("CDN | service | Edge"),
                QStringLiteral("Web shop | service | Edge"),
                QStringLiteral("Mobile app | service | Edge"),
                QStringLiteral("Checkout API | service | Checkout platform"),
                QStringLiteral("Cart service | service | Checkout platform"),
                QStringLiteral("Order service | service | Checkout platform"),
                QStringLiteral("Orders DB | datastore | Checkout platform"),
                QStringLiteral("Order events | queue | Checkout platform"),
                QStringLiteral("Picking service | service | Fulfilment"),
                QStringLiteral("Payment provider | external | Third parties"),
                QStringLiteral("Tax service | external | Third parties"),
            }),
            (QStringList{
                QStringLiteral("CDN -> Web shop | sync-call | "),
                QStringLiteral("Web shop -> Checkout API | sync-call | REST"),
                QStringLiteral("Mobile app -> Checkout API | sync-call | REST"),
                QStringLiteral("Checkout API -> Cart service | sync-call | "),
                QStringLiteral("Checkout API -> Order service | sync-call | place order"),
                QStringLiteral("Order service -> Orders DB | sync-call | "),
                QStringLiteral("Order service -> Order events | async-message | OrderPlaced"),
                QStringLiteral("Order events -> Picking service | async-message | "),
                QStringLiteral("Order service -> Payment provider | sync-call | authorise"),
                QStringLiteral("Cart service -> Tax service | data | "),
                QStringLiteral("Picking service -> Orders DB | deployment | "),
            }));
    }

    void mermaidSyntax_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::addRow("graph TD with semicolons")
            << QByteArray("graph TD;A-->B;B---C") << QString();
        QTest::addRow("chain") << QByteArray("flowchart LR\nA --> B --> C") << QString();
        QTest::addRow("not mermaid") << QByteArray("sequenceDiagram\nA->>B: hi")
                                     << QStringLiteral("not a Mermaid flowchart");
        QTest::addRow("empty") << QByteArray("%% nothing\n") << QStringLiteral("empty");
        QTest::addRow("unclosed subgraph")
            << QByteArray("flowchart LR\nsubgraph x\nA-->B") << QStringLiteral("has no “end”");
        QTest::addRow("stray end")
            << QByteArray("flowchart LR\nA-->B\nend") << QStringLiteral("without a “subgraph”");
        QTest::addRow("garbage") << QByteArray("flowchart LR\nA --> B ?? C")
                                 << QStringLiteral("line 2");
    }
    void mermaidSyntax()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto g = readMermaid(text);
        if (error.isEmpty()) {
            QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
            QVERIFY(!g->edges.isEmpty());
        } else {
            QVERIFY(!g);
            QVERIFY2(g.error().message.contains(error), qPrintable(g.error().message));
        }
    }

    void dotWithClusters()
    {
        const auto g = readDot(data("payments.dot"));
        CHECK_GRAPH(g,
                    (QStringList{
                        QStringLiteral("[Edge] in "),
                        QStringLiteral("[Payments] in "),
                        QStringLiteral("[Risk] in Payments"),
                        QStringLiteral("API gateway | service | Edge"),
                        QStringLiteral("Payment API | service | Payments"),
                        QStringLiteral("Webhook receiver | service | Payments"),
                        QStringLiteral("Ledger | datastore | Payments"),
                        QStringLiteral("Fraud scoring | service | Risk"),
                        QStringLiteral("Rules DB | datastore | Risk"),
                        QStringLiteral("Payment provider | service | "),
                        QStringLiteral("Event bus | queue | "),
                        QStringLiteral("reporting | service | "),
                    }),
                    (QStringList{
                        QStringLiteral("API gateway -> Payment API | sync-call | POST /payments"),
                        QStringLiteral("Payment API -> Fraud scoring | sync-call | score"),
                        QStringLiteral("Fraud scoring -> Rules DB | sync-call | "),
                        QStringLiteral("Payment API -> Payment provider | sync-call | authorise"),
                        QStringLiteral("Payment provider -> Webhook receiver | async-message | "
                                       "callback"),
                        QStringLiteral("Webhook receiver -> Payment API | sync-call | settle"),
                        QStringLiteral("Payment API -> Ledger | data | "),
                        QStringLiteral("Payment API -> Event bus | async-message | "
                                       "PaymentSettled"),
                        QStringLiteral("reporting -> Ledger | data | "),
                        QStringLiteral("reporting -> Event bus | async-message | "),
                    }));
        const auto broken = readDot("digraph { a -> ; }");
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(QStringLiteral("not a Graphviz DOT graph")),
                 qPrintable(broken.error().message));
    }

    void compose()
    {
        const auto g = readCompose(data("docker-compose.yml"));
        CHECK_GRAPH(g,
                    (QStringList{
                        QStringLiteral("gateway | service | "),
                        QStringLiteral("web | service | "),
                        QStringLiteral("api | service | "),
                        QStringLiteral("auth | service | "),
                        QStringLiteral("worker | service | "),
                        QStringLiteral("scheduler | service | "),
                        QStringLiteral("search | datastore | "),
                        QStringLiteral("indexer | service | "),
                        QStringLiteral("mailer | service | "),
                        QStringLiteral("postgres | datastore | "),
                        QStringLiteral("redis | datastore | "),
                        QStringLiteral("rabbitmq | queue | "),
                    }),
                    (QStringList{
                        QStringLiteral("gateway -> web | deployment | "),
                        QStringLiteral("gateway -> api | deployment | "),
                        QStringLiteral("web -> api | deployment | "),
                        QStringLiteral("api -> postgres | deployment | "),
                        QStringLiteral("api -> redis | deployment | "),
                        QStringLiteral("api -> rabbitmq | deployment | "),
                        QStringLiteral("api -> auth | deployment | "),
                        QStringLiteral("auth -> postgres | deployment | "),
                        QStringLiteral("worker -> rabbitmq | deployment | "),
                        QStringLiteral("worker -> postgres | deployment | "),
                        QStringLiteral("worker -> mailer | deployment | "),
                        QStringLiteral("scheduler -> rabbitmq | deployment | "),
                        QStringLiteral("indexer -> search | deployment | "),
                        QStringLiteral("indexer -> postgres | deployment | "),
                    }));
        const auto unknown = readCompose("services:\n  a:\n    depends_on: [b]\n");
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("“b”, which the file does not")),
                 qPrintable(unknown.error().message));
        const auto notYaml = readCompose("services: [unclosed\n");
        QVERIFY(!notYaml);
        QVERIFY2(notYaml.error().message.contains(QStringLiteral("not YAML")),
                 qPrintable(notYaml.error().message));
    }

    void structurizr()
    {
        const auto g = readStructurizr(data("shop-workspace.json"));
        CHECK_GRAPH(g,
                    (QStringList{
                        QStringLiteral("[Online shop] in "),
                        QStringLiteral("[Back office] in "),
                        QStringLiteral("Storefront | service | Online shop | user-facing"),
                        QStringLiteral("Storefront BFF | service | Online shop"),
                        QStringLiteral("Catalogue service | service | Online shop"),
                        QStringLiteral("Cart service | service | Online shop"),
                        QStringLiteral("Order service | service | Online shop"),
                        QStringLiteral("Catalogue DB | datastore | Online shop"),
                        QStringLiteral("Cart cache | datastore | Online shop"),
                        QStringLiteral("Orders DB | datastore | Online shop"),
                        QStringLiteral("Order events | queue | Online shop"),
                        QStringLiteral("Fulfilment worker | service | Online shop"),
                        QStringLiteral("Search service | service | Online shop"),
                        QStringLiteral("Back-office UI | service | Back office | user-facing"),
                        QStringLiteral("Back-office API | service | Back office"),
                        QStringLiteral("Report queue | queue | Back office"),
                        QStringLiteral("Reporting job | service | Back office"),
                        QStringLiteral("Payment provider | external | "),
                        QStringLiteral("Shipping carrier | external | "),
                    }),
                    (QStringList{
                        QStringLiteral("Storefront -> Storefront BFF | sync-call | Calls"),
                        QStringLiteral("Storefront BFF -> Catalogue service | sync-call | Reads "
                                       "products"),
                        QStringLiteral("Storefront BFF -> Cart service | sync-call | Manages cart"),
                        QStringLiteral("Storefront BFF -> Order service | sync-call | Places "
                                       "orders"),
                        QStringLiteral("Catalogue service -> Catalogue DB | sync-call | Reads and "
                                       "writes"),
                        QStringLiteral("Cart service -> Cart cache | sync-call | Stores carts"),
                        QStringLiteral("Order service -> Orders DB | sync-call | Reads and writes"),
                        QStringLiteral("Order service -> Order events | async-message | Publishes "
                                       "OrderPlaced"),
                        QStringLiteral("Order service -> Payment provider | sync-call | Authorises "
                                       "payments"),
                        // A component's relationship, lifted to its container.
                        QStringLiteral("Order service -> Payment provider | sync-call | Captures "
                                       "payment"),
                        QStringLiteral("Fulfilment worker -> Order events | async-message | "
                                       "Consumes OrderPlaced"),
                        QStringLiteral("Fulfilment worker -> Shipping carrier | sync-call | Books "
                                       "shipments"),
                        QStringLiteral("Search service -> Catalogue DB | sync-call | Indexes "
                                       "products"),
                        QStringLiteral("Back-office UI -> Back-office API | sync-call | Calls"),
                        QStringLiteral("Back-office API -> Orders DB | sync-call | Reads orders"),
                        QStringLiteral("Back-office API -> Catalogue service | sync-call | Updates "
                                       "products"),
                        QStringLiteral("Back-office API -> Report queue | async-message | "
                                       "Publishes reports"),
                        QStringLiteral("Reporting job -> Report queue | async-message | Consumes"),
                        QStringLiteral("Reporting job -> Orders DB | sync-call | Reads orders"),
                    }));
        const auto notWorkspace = readStructurizr(R"({"formatVersion": 2})");
        QVERIFY(!notWorkspace);
        QVERIFY2(notWorkspace.error().message.contains(QStringLiteral("Structurizr")),
                 qPrintable(notWorkspace.error().message));
    }

    void drawioCompressed()
    {
        const QByteArray file = data("identity.drawio");
        QVERIFY(!file.contains("mxCell id=\"lb\"")); // the test file really is compressed
        const auto g = readDrawio(file);
        CHECK_GRAPH(g,
                    (QStringList{
                        QStringLiteral("[AWS VPC] in "),
                        QStringLiteral("Load balancer | service | AWS VPC"),
                        QStringLiteral("Login service | service | AWS VPC"),
                        QStringLiteral("Token service | service | AWS VPC"),
                        QStringLiteral("User DB | datastore | AWS VPC"),
                        QStringLiteral("Session store | datastore | AWS VPC"),
                        QStringLiteral("Audit queue | queue | AWS VPC"),
                        QStringLiteral("Corporate IdP | external | "),
                        QStringLiteral("SMS gateway | external | "),
                        QStringLiteral("Customer portal | service | "),
                        QStringLiteral("Admin console | service | "),
                    }),
                    (QStringList{
                        QStringLiteral("Customer portal -> Load balancer | sync-call | HTTPS"),
                        QStringLiteral("Admin console -> Load balancer | sync-call | "),
                        QStringLiteral("Load balancer -> Login service | sync-call | "),
                        QStringLiteral("Login service -> User DB | sync-call | reads"),
                        QStringLiteral("Login service -> Token service | sync-call | issue token"),
                        QStringLiteral("Token service -> Session store | sync-call | "),
                        QStringLiteral("Login service -> Corporate IdP | sync-call | SAML"),
                        QStringLiteral("Login service -> SMS gateway | sync-call | "),
                        QStringLiteral("Token service -> Audit queue | async-message | "
                                       "TokenIssued"),
                    }));
        // The same page uncompressed reads the same.
        const QByteArray plain =
            "<mxfile><diagram name=\"p\"><mxGraphModel><root><mxCell id=\"0\"/>"
            "<mxCell id=\"1\" parent=\"0\"/>"
            "<mxCell id=\"a\" value=\"A\" vertex=\"1\" parent=\"1\"/>"
            "<mxCell id=\"b\" value=\"B\" style=\"shape=cylinder3\" vertex=\"1\" parent=\"1\"/>"
            "<mxCell id=\"e\" edge=\"1\" source=\"a\" target=\"b\" parent=\"1\"/>"
            "</root></mxGraphModel></diagram></mxfile>";
        const auto p = readDrawio(plain);
        CHECK_GRAPH(
            p, (QStringList{QStringLiteral("A | service | "), QStringLiteral("B | datastore | ")}),
            (QStringList{QStringLiteral("A -> B | sync-call | ")}));
    }

    // The map exports read back with the importers: every component and arrow of the sample,
    // names and kinds intact, and each component coloured by its worst band.
    void mapExportsReadBack()
    {
        auto w = importSample(newPath());
        QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
        const Workshop &workshop = *w.value();
        QHash<QUuid, QString> names;
        QStringList expectedBoxes, expectedArrows;
        for (const Component &c : workshop.rows<Component>()) {
            names.insert(c.meta.id, c.name);
            const bool group = c.kind == ComponentKind::Layer || c.kind == ComponentKind::Boundary;
            if (group)
                expectedBoxes << QStringLiteral("[%1]").arg(c.name);
            else
                expectedBoxes << c.name;
        }
        for (const Dependency &d : workshop.rows<Dependency>())
            expectedArrows << QStringLiteral("%1 -> %2 | %3")
                                  .arg(names.value(d.from), names.value(d.to), keyOf(d.kind));
        QVERIFY(expectedArrows.size() >= 10);
        auto shape = [](const ArchitectureGraph &g) {
            QHash<QString, QString> keys;
            QStringList boxes, arrows;
            for (const ArchitectureGroup &group : g.groups) {
                keys.insert(group.key, group.name);
                boxes << QStringLiteral("[%1]").arg(group.name);
            }
            for (const ArchitectureNode &n : g.nodes) {
                keys.insert(n.key, n.name);
                boxes << n.name;
            }
            for (const ArchitectureEdge &e : g.edges)
                arrows << QStringLiteral("%1 -> %2 | %3")
                              .arg(keys.value(e.from), keys.value(e.to), keyOf(e.kind));
            return std::pair{sorted(boxes), sorted(arrows)};
        };
        const auto mermaid = exportText(workshop, ExportFormat::Mermaid);
        QVERIFY(mermaid);
        const auto fromMermaid = readMermaid(*mermaid);
        QVERIFY2(fromMermaid, qPrintable(fromMermaid ? QString() : fromMermaid.error().message));
        QCOMPARE(shape(*fromMermaid).first, sorted(expectedBoxes));
        QCOMPARE(shape(*fromMermaid).second, sorted(expectedArrows));
        const auto dot = exportText(workshop, ExportFormat::Dot);
        QVERIFY(dot);
        const auto fromDot = readDot(*dot);
        QVERIFY2(fromDot, qPrintable(fromDot ? QString() : fromDot.error().message));
        QCOMPARE(shape(*fromDot).first, sorted(expectedBoxes));
        QCOMPARE(shape(*fromDot).second, sorted(expectedArrows));
        // Kinds of boxes survive too, and the unprotected arrow says so.
        for (const ArchitectureNode &n : fromMermaid->nodes) {
            if (n.name == QStringLiteral("Orders database (Postgres on RDS)"))
                QCOMPARE(n.kind, ComponentKind::Datastore);
        }
        QVERIFY(mermaid->contains("|\"authorise and capture (no SLA or fallback)\"|"));
        // The checkout service's worst failure mode is critical (double charge, 4 × 5).
        const QString critical = bandColourHex(RiskBand::Critical);
        QVERIFY2(
            mermaid->contains(QStringLiteral("classDef critical fill:%1").arg(critical).toUtf8()),
            mermaid->constData());
        int checkoutIndex = 0;
        const QList<Component> all = workshop.rows<Component>();
        for (int i = 0; i < all.size(); ++i) {
            if (all[i].name == QStringLiteral("Checkout service"))
                checkoutIndex = i + 1;
        }
        QVERIFY(checkoutIndex > 0);
        const QRegularExpression criticalClass(QStringLiteral("class ([c0-9,]+) critical"));
        const QStringList criticalIds =
            criticalClass.match(QString::fromUtf8(*mermaid)).captured(1).split(u',');
        QVERIFY2(criticalIds.contains(QStringLiteral("c%1").arg(checkoutIndex)),
                 mermaid->constData());
        QVERIFY(dot->contains(QStringLiteral("c%1 [label=\"Checkout service\", fillcolor=\"%2\"")
                                  .arg(checkoutIndex)
                                  .arg(critical)
                                  .toUtf8()));
        // The reports and the ADR section carry the Mermaid map.
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Adr}) {
            const auto text = exportText(workshop, f);
            QVERIFY(text);
            QVERIFY(text->contains("```mermaid\nflowchart LR\n"));
            QVERIFY(text->contains("Critical: "));
        }
    }

    void formatDetection()
    {
        QCOMPARE(detectArchitectureFormat(QStringLiteral("x.dot"), {}), ArchitectureFormat::Dot);
        QCOMPARE(detectArchitectureFormat(QStringLiteral("docker-compose.yml"), {}),
                 ArchitectureFormat::Compose);
        QCOMPARE(detectArchitectureFormat(QStringLiteral("w.json"), {}),
                 ArchitectureFormat::Structurizr);
        QCOMPARE(detectArchitectureFormat(QStringLiteral("d.drawio"), {}),
                 ArchitectureFormat::Drawio);
        QCOMPARE(detectArchitectureFormat(QStringLiteral("m.mmd"), {}),
                 ArchitectureFormat::Mermaid);
        QCOMPARE(detectArchitectureFormat(QStringLiteral("noext"), "flowchart LR\nA-->B"),
                 ArchitectureFormat::Mermaid);
        QCOMPARE(detectArchitectureFormat(QStringLiteral("noext"), "digraph { a -> b }"),
                 ArchitectureFormat::Dot);
        QVERIFY(!detectArchitectureFormat(QStringLiteral("noext"), "hello"));
    }

    void importIntoNewWorkshopIsOneStep()
    {
        auto g = readDot(data("payments.dot"));
        QVERIFY(g);
        auto created = Workshop::create(newPath(), QStringLiteral("Payments"));
        QVERIFY(created);
        Workshop &w = *created.value();
        const auto before = snapshot(w);
        auto plan = planArchitectureImport(&w, *g);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->addedComponents.size(), 12); // 9 boxes and 3 boundaries
        QCOMPARE(plan->addedDependencies.size(), 10);
        QVERIFY(plan->matchedComponents.isEmpty());
        QVERIFY(plan->previewLines().contains(
            QStringLiteral("Add dependency Payment API → Payment provider (Synchronous call)")));
        QCOMPARE(snapshot(w), before); // the preview wrote nothing
        int signals_ = 0;
        connect(&w, &Workshop::changed, this, [&] { ++signals_; });
        auto undo = applyArchitectureImport(w, *plan);
        QVERIFY2(undo, qPrintable(undo ? QString() : undo.error().message));
        QCOMPARE(signals_, 1); // one transaction, one change
        QCOMPARE(w.liveCount(EntityKind::Component), 12);
        QCOMPARE(w.liveCount(EntityKind::Dependency), 10);
        // Members sit in their boundary, on the board and inside its box.
        QHash<QString, Component> byName;
        for (const Component &c : w.rows<Component>())
            byName.insert(c.name, c);
        const Component risk = byName.value(QStringLiteral("Risk"));
        const Component fraud = byName.value(QStringLiteral("Fraud scoring"));
        QCOMPARE(risk.kind, ComponentKind::Boundary);
        QCOMPARE(fraud.parent, risk.meta.id);
        QCOMPARE(risk.parent, byName.value(QStringLiteral("Payments")).meta.id);
        QVERIFY(fraud.x >= risk.x && fraud.x + fraud.width <= risk.x + risk.width);
        QVERIFY(fraud.y >= risk.y && fraud.y + fraud.height <= risk.y + risk.height);
        // Laid out by Graphviz: no two boxes overlap.
        const QList<Component> all = w.rows<Component>();
        for (const Component &a : all) {
            for (const Component &b : all) {
                if (a.meta.id == b.meta.id || a.kind == ComponentKind::Boundary ||
                    b.kind == ComponentKind::Boundary)
                    continue;
                const bool apart = a.x + a.width <= b.x || b.x + b.width <= a.x ||
                                   a.y + a.height <= b.y || b.y + b.height <= a.y;
                QVERIFY2(apart, qPrintable(a.name + QStringLiteral(" / ") + b.name));
            }
        }
        // The cycle came in as it is: the provider's failure reaches the API, the webhook
        // receiver, the gateway, and the API's own callers.
        const ReachIndex reach(w);
        const QUuid psp = byName.value(QStringLiteral("Payment provider")).meta.id;
        QCOMPARE(sorted(reach.reachedNames(psp)),
                 sorted({QStringLiteral("API gateway"), QStringLiteral("Payment API"),
                         QStringLiteral("Webhook receiver")}));
        QCOMPARE(reach.reachCount(byName.value(QStringLiteral("Payment API")).meta.id), 3);
        QVERIFY(w.apply(*undo)); // one undo step takes all of it
        QCOMPARE(snapshot(w), before);
    }

    void importMatchesByName()
    {
        auto created = Workshop::create(newPath(), QStringLiteral("Shop"));
        QVERIFY(created);
        Workshop &w = *created.value();
        Component pg;
        pg.name = QStringLiteral("  Postgres ");
        pg.kind = ComponentKind::Datastore;
        pg.x = 5000;
        pg.y = -300;
        QVERIFY(w.add(pg));
        const Component existing = w.rows<Component>().first();
        auto g = readCompose(data("docker-compose.yml"));
        QVERIFY(g);
        auto plan = planArchitectureImport(&w, *g);
        QVERIFY(plan);
        QCOMPARE(plan->matchedComponents, QStringList{QStringLiteral("  Postgres ")});
        QCOMPARE(plan->addedComponents.size(), 11);
        QVERIFY(applyArchitectureImport(w, *plan));
        QCOMPARE(w.liveCount(EntityKind::Component), 12);
        QCOMPARE(*w.findLive<Component>(existing.meta.id), existing); // left where it was
        int intoPostgres = 0;
        for (const Dependency &d : w.rows<Dependency>())
            intoPostgres += d.to == existing.meta.id ? 1 : 0;
        QCOMPARE(intoPostgres, 4); // api, auth, worker, indexer
        // The new map is placed beside what was on the board, not on top of it.
        for (const Component &c : w.rows<Component>()) {
            if (c.meta.id != existing.meta.id)
                QVERIFY2(c.x >= existing.x + existing.width, qPrintable(c.name));
        }
        // Importing again adds nothing: all matched, every arrow there already.
        auto again = planArchitectureImport(&w, *g);
        QVERIFY(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(again->matchedComponents.size(), 12);
        QCOMPARE(again->existingDependencies, 14);
    }

    void hostile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");

        const QByteArray bomb = deflatedZeros(qint64(1) << 30); // 1 GB of zeros, about 1 MB
        QTest::addRow("draw.io zip bomb (1 GB)")
            << int(ArchitectureFormat::Drawio)
            << QByteArray("<mxfile><diagram name=\"p\">" + bomb.toBase64() + "</diagram></mxfile>")
            << QStringLiteral("zip bomb");
        QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= 9; ++i) {
            laughs += " <!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                laughs += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
            laughs += "\">\n";
        }
        laughs += "]>\n<mxfile><diagram><mxGraphModel><root><mxCell id=\"a\" value=\"&lol9;\" "
                  "vertex=\"1\"/></root></mxGraphModel></diagram></mxfile>";
        QTest::addRow("XML entity expansion")
            << int(ArchitectureFormat::Drawio) << laughs << QStringLiteral("DTD or entities");
        QByteArray aliases = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            aliases += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int j = 0; j < 9; ++j)
                aliases += QByteArray(j ? ",*" : "*") + QByteArray(1, char(c - 1));
            aliases += "]\n";
        }
        aliases += "services:\n  web:\n    image: x\n    labels: *j\n";
        QTest::addRow("YAML alias bomb")
            << int(ArchitectureFormat::Compose) << aliases << QStringLiteral("alias bomb");
        QByteArray manyDot = "digraph {\n";
        for (int i = 0; i < 100000; ++i)
            manyDot += "n" + QByteArray::number(i) + ";\n";
        manyDot += "}\n";
        QTest::addRow("DOT with 100,000 nodes")
            << int(ArchitectureFormat::Dot) << manyDot << QStringLiteral("more than 5,000 boxes");
        QByteArray manyMermaid = "flowchart LR\n";
        for (int i = 0; i < 100000; ++i)
            manyMermaid += "n" + QByteArray::number(i) + " --> m" + QByteArray::number(i) + "\n";
        QTest::addRow("Mermaid with 100,000 nodes")
            << int(ArchitectureFormat::Mermaid) << manyMermaid
            << QStringLiteral("more than 5,000 boxes");
        QByteArray manyCompose = "services:\n";
        for (int i = 0; i < 100000; ++i)
            manyCompose += "  s" + QByteArray::number(i) + ": {}\n";
        QTest::addRow("compose with 100,000 services")
            << int(ArchitectureFormat::Compose) << manyCompose
            << QStringLiteral("more than 5,000 boxes");
        const QByteArray mb(1 << 20, 'x');
        QTest::addRow("Mermaid label of 1 MB")
            << int(ArchitectureFormat::Mermaid) << QByteArray("flowchart LR\na[" + mb + "] --> b")
            << QStringLiteral("1,048,576 characters long");
        QTest::addRow("DOT label of 1 MB")
            << int(ArchitectureFormat::Dot) << QByteArray("digraph { a [label=\"" + mb + "\"]; }")
            << QStringLiteral("1,048,576 characters long");
        QTest::addRow("Structurizr name of 1 MB")
            << int(ArchitectureFormat::Structurizr)
            << QByteArray(R"({"model": {"softwareSystems": [{"id": "1", "name": ")" + mb +
                          R"("}]}})")
            << QStringLiteral("1,048,576 characters long");
        QTest::addRow("draw.io label of 1 MB")
            << int(ArchitectureFormat::Drawio)
            << QByteArray("<mxfile><diagram><mxGraphModel><root><mxCell id=\"a\" value=\"" + mb +
                          "\" vertex=\"1\"/></root></mxGraphModel></diagram></mxfile>")
            << QStringLiteral("1,048,576 characters long");
        QTest::addRow("compose name of 1 MB")
            << int(ArchitectureFormat::Compose)
            << QByteArray("services:\n  web:\n    container_name: " + mb + "\n")
            << QStringLiteral("1,048,576 characters long");
        QTest::addRow("file of 17 MB") << int(ArchitectureFormat::Mermaid)
                                       << QByteArray(17 << 20, ' ') << QStringLiteral("17 MB");
        QTest::addRow("DOT with NUL")
            << int(ArchitectureFormat::Dot) << QByteArray("digraph { a\0b }", 15)
            << QStringLiteral("binary data");
    }
    void hostile()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        const auto g = readArchitecture(content, ArchitectureFormat(format));
        QVERIFY(!g);
        QVERIFY2(g.error().message.contains(message), qPrintable(g.error().message.left(400)));
        QVERIFY2(g.error().message.contains(QStringLiteral("Nothing was imported")),
                 qPrintable(g.error().message.left(400)));
        QVERIFY2(g.error().message.size() < 600, "the message does not repeat the input");
        QVERIFY2(timer.elapsed() < 20000, "refused in seconds, not minutes");
    }

    // The command line: preview, write, refuse; a refused file leaves the workshop untouched.
    void commandLine()
    {
        const QString target = newPath();
        const QString source = QStringLiteral(PREMORTEM_TEST_DATA "/architecture/checkout.mmd");
        CliRun dry = runCli(
            {QStringLiteral("import-architecture"), target, source, QStringLiteral("--dry-run")});
        QVERIFY(dry.finished);
        QCOMPARE(dry.code, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("Add component “Checkout API”")),
                 qPrintable(dry.out));
        QVERIFY(!QFile::exists(target));
        CliRun run = runCli({QStringLiteral("import-architecture"), target, source});
        QCOMPARE(run.code, 0);
        auto w = Workshop::open(target, Store::Access::ReadOnly);
        QVERIFY(w);
        QCOMPARE(w.value()->liveCount(EntityKind::Dependency), 11);
        QCOMPARE(w.value()->info().title, QStringLiteral("checkout"));
        w.value().reset();
        // The map's warnings come with the launch check, and never fail it.
        CliRun check = runCli({QStringLiteral("check"), target});
        QCOMPARE(check.code, 0);
        QVERIFY2(check.out.contains(QStringLiteral("“Orders DB” is a single point of failure "
                                                   "nobody discussed: a failure there reaches 7 "
                                                   "of 11 components")),
                 qPrintable(check.out));
        check = runCli(
            {QStringLiteral("check"), target, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(check.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(check.out.toUtf8()).object();
        const QJsonArray warnings = json.value(QStringLiteral("architectureWarnings")).toArray();
        QVERIFY(!warnings.isEmpty());
        QCOMPARE(warnings.first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("undiscussed-single-point"));
        QCOMPARE(warnings.first().toObject().value(QStringLiteral("reached")).toInt(), 7);
        const QByteArray hash = fileHash(target);
        const QString bomb = m_dir.filePath(QStringLiteral("bomb.yml"));
        QVERIFY(writeAll(bomb,
                         "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                         "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                         "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                         "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                         "f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\nservices: {}\n"));
        CliRun refused = runCli({QStringLiteral("import-architecture"), target, bomb});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("alias bomb")), qPrintable(refused.err));
        QCOMPARE(fileHash(target), hash);
        const QString fresh = newPath();
        refused = runCli({QStringLiteral("import-architecture"), fresh, bomb});
        QCOMPARE(refused.code, 2);
        QVERIFY(!QFile::exists(fresh));
        CliRun unknown = runCli({QStringLiteral("import-architecture"), fresh, source,
                                 QStringLiteral("--format"), QStringLiteral("visio")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("Unknown diagram format")));
    }
};

QTEST_GUILESS_MAIN(TstArchitectureImport)
#include "tst_architectureimport.moc"
