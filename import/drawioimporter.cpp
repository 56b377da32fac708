#include "drawioimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

#include <zlib.h>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::ArchitectureImport", text);
}

// Nested containers deeper than this are flattened into the one that holds them.
constexpr int kMaxGroupDepth = 32;

Error notDrawio(const QString &why)
{
    return Error{Error::InvalidInput,
                 tr("The file is not a draw.io diagram Premortem can read (%1). Nothing was "
                    "imported.")
                     .arg(why)};
}

// Raw deflate (no zlib header), as draw.io's pako.deflateRaw writes, stopping at the bound.
Result<QByteArray> inflateRaw(const QByteArray &data)
{
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return notDrawio(tr("the decompressor cannot start"));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&z);
            return notDrawio(tr("a compressed page is damaged"));
        }
        out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
        if (out.size() > kMaxArchitectureDecompressedBytes) {
            inflateEnd(&z);
            return Error{Error::InvalidInput,
                         tr("A compressed page of the draw.io file expands to more than %L1 MB "
                            "(a “zip bomb”); Premortem does not read it. Nothing was imported.")
                             .arg(kMaxArchitectureDecompressedBytes / (1024 * 1024))};
        }
        if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0)
            break; // input ended without the end marker: take what there is
    }
    inflateEnd(&z);
    return out;
}

struct Cell
{
    QString id;
    QString value;
    QString style;
    QString parent;
    QString source;
    QString target;
    bool vertex = false;
    bool edge = false;
};

// A box's name is its first line; draw.io labels often add the technology below it.
QString firstLine(const QString &value)
{
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>|\\n|<div>"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : value.split(lineBreak)) {
        if (!plainLabel(line).isEmpty())
            return line;
    }
    return value;
}

bool styleHas(const QString &style, const char *what)
{
    return style.contains(QLatin1String(what), Qt::CaseInsensitive);
}

class Reader
{
public:
    // lupdate files the strings of this class under its name.
    static QString tr(const char *text) { return QCoreApplication::translate("pm::Reader", text); }

    Result<ArchitectureGraph> read(const QByteArray &xml, int nesting = 0)
    {
        QXmlStreamReader r(xml);
        r.setNamespaceProcessing(false);
        QString objectId, objectLabel; // an <object>/<UserObject> wrapping the next cell
        bool inDiagram = false;
        QString diagramText;
        while (!r.atEnd()) {
            const QXmlStreamReader::TokenType t = r.readNext();
            if (t == QXmlStreamReader::DTD)
                return Error{Error::InvalidInput,
                             tr("The draw.io file declares a DTD or entities (a way to make a "
                                "small file expand enormously); Premortem does not read such "
                                "files. Nothing was imported.")};
            if (t == QXmlStreamReader::EntityReference)
                return notDrawio(tr("it refers to an undeclared entity"));
            if (t == QXmlStreamReader::StartElement) {
                const auto name = r.name();
                const QXmlStreamAttributes a = r.attributes();
                if (name == QLatin1String("diagram")) {
                    if (m_pages++ > 0) {
                        r.skipCurrentElement(); // the first page only
                        continue;
                    }
                    inDiagram = true;
                    diagramText.clear();
                } else if (name == QLatin1String("object") || name == QLatin1String("UserObject")) {
                    objectId = a.value(QLatin1String("id")).toString();
                    objectLabel = a.hasAttribute(QLatin1String("label"))
                                      ? a.value(QLatin1String("label")).toString()
                                      : a.value(QLatin1String("value")).toString();
                } else if (name == QLatin1String("mxCell")) {
                    inDiagram = false; // a plain page: the model is inline
                    Cell c;
                    c.id = a.value(QLatin1String("id")).toString();
                    c.value = a.value(QLatin1String("value")).toString();
                    if (c.id.isEmpty() && !objectId.isEmpty()) {
                        c.id = objectId;
                        c.value = objectLabel;
                    }
                    objectId.clear();
                    c.style = a.value(QLatin1String("style")).toString();
                    c.parent = a.value(QLatin1String("parent")).toString();
                    c.source = a.value(QLatin1String("source")).toString();
                    c.target = a.value(QLatin1String("target")).toString();
                    c.vertex = a.value(QLatin1String("vertex")) == QLatin1String("1");
                    c.edge = a.value(QLatin1String("edge")) == QLatin1String("1");
                    if (c.value.size() > kMaxArchitectureLabel)
                        return labelTooLong(c.value.size());
                    m_cells << c;
                    if (m_cells.size() > kMaxArchitectureNodes + kMaxArchitectureEdges)
                        return tooManyNodes(m_cells.size());
                } else {
                    inDiagram = inDiagram && name != QLatin1String("mxGraphModel");
                }
            } else if (t == QXmlStreamReader::Characters && inDiagram) {
                diagramText += r.text();
                if (diagramText.size() > kMaxArchitectureFileBytes)
                    return fileTooLarge(diagramText.size());
            } else if (t == QXmlStreamReader::EndElement && r.name() == QLatin1String("diagram") &&
                       inDiagram) {
                inDiagram = false;
                if (!diagramText.trimmed().isEmpty() && nesting == 0) {
                    Result<QByteArray> model = expand(diagramText.trimmed().toLatin1());
                    if (!model)
                        return model.error();
                    Reader inner;
                    return inner.read(*model, nesting + 1);
                }
            }
        }
        if (r.hasError())
            return notDrawio(tr("%1 at line %2").arg(r.errorString()).arg(r.lineNumber()));
        if (m_cells.isEmpty())
            return notDrawio(tr("it holds no shapes"));
        return graph();
    }

private:
    static Result<QByteArray> expand(const QByteArray &base64)
    {
        const auto decoded =
            QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return notDrawio(tr("a page is neither XML nor compressed"));
        Result<QByteArray> inflated = inflateRaw(*decoded);
        if (!inflated)
            return inflated;
        // Newer draw.io URL-encodes the XML before compressing it; older versions did not.
        if (inflated->startsWith('<'))
            return inflated;
        return QUrl::fromPercentEncoding(*inflated).toUtf8();
    }

    Result<ArchitectureGraph> graph()
    {
        QHash<QString, int> index;
        for (int i = 0; i < m_cells.size(); ++i)
            index.insert(m_cells[i].id, i);
        QSet<QString> edges, groups, hasChildren, connected;
        for (const Cell &c : std::as_const(m_cells)) {
            if (c.edge) {
                edges.insert(c.id);
                connected << c.source << c.target;
            }
        }
        for (const Cell &c : std::as_const(m_cells)) {
            if (c.vertex && !edges.contains(c.parent))
                hasChildren.insert(c.parent);
        }
        QHash<QString, QString> edgeLabels; // label cells on a connector
        ArchitectureGraph graph;
        for (const Cell &c : std::as_const(m_cells)) {
            if (!c.vertex)
                continue;
            if (edges.contains(c.parent)) {
                edgeLabels[c.parent] += QLatin1Char(' ') + c.value;
                continue;
            }
            const bool container = hasChildren.contains(c.id) || styleHas(c.style, "swimlane") ||
                                   styleHas(c.style, "container=1") || styleHas(c.style, "group");
            if (container)
                groups.insert(c.id);
        }
        // Groups in document order have their parents first only by chance: order by depth.
        auto groupOf = [&](const Cell &c) {
            QString p = c.parent;
            for (int depth = 0; depth < kMaxGroupDepth && !p.isEmpty(); ++depth) {
                if (groups.contains(p))
                    return p;
                p = m_cells.value(index.value(p, -1)).parent;
            }
            return QString();
        };
        QList<const Cell *> pending;
        for (const Cell &c : std::as_const(m_cells)) {
            if (c.vertex && groups.contains(c.id))
                pending << &c;
        }
        QSet<QString> placed;
        for (int round = 0; round <= kMaxGroupDepth && !pending.isEmpty(); ++round) {
            QList<const Cell *> later;
            for (const Cell *c : std::as_const(pending)) {
                const QString parent = groupOf(*c);
                if (!parent.isEmpty() && !placed.contains(parent) && round < kMaxGroupDepth) {
                    later << c;
                    continue;
                }
                graph.groups << ArchitectureGroup{
                    c->id, c->value, placed.contains(parent) ? parent : QString(), 0, 0, 0, 0};
                placed.insert(c->id);
            }
            pending = later;
        }
        QSet<QString> nodes;
        for (const Cell &c : std::as_const(m_cells)) {
            if (!c.vertex || groups.contains(c.id) || edges.contains(c.parent))
                continue;
            // Free text and unnamed, unconnected shapes are decoration, not components.
            if (styleHas(c.style, "text;") ||
                (plainLabel(c.value).isEmpty() && !connected.contains(c.id)))
                continue;
            ArchitectureNode n;
            n.key = c.id;
            n.name = firstLine(c.value);
            n.group = groupOf(c);
            if (styleHas(c.style, "cylinder") || styleHas(c.style, "datastore"))
                n.kind = ComponentKind::Datastore;
            else if (styleHas(c.style, "queue") || styleHas(c.style, "mxgraph.aws4.sqs"))
                n.kind = ComponentKind::Queue;
            else if (styleHas(c.style, "cloud") || styleHas(c.style, "dashed=1"))
                n.kind = ComponentKind::External;
            else if (styleHas(c.style, "umlActor"))
                n.userFacing = true;
            graph.nodes << n;
            nodes.insert(n.key);
        }
        for (const Cell &c : std::as_const(m_cells)) {
            if (!c.edge || !nodes.contains(c.source) || !nodes.contains(c.target))
                continue; // dangling, or to a container
            ArchitectureEdge e;
            e.from = c.source;
            e.to = c.target;
            e.label = (c.value + edgeLabels.value(c.id)).trimmed();
            e.kind = styleHas(c.style, "dashed=1") ? DependencyKind::AsyncMessage
                                                   : DependencyKind::SyncCall;
            graph.edges << e;
        }
        return checkedGraph(std::move(graph));
    }

    QList<Cell> m_cells;
    int m_pages = 0;
};

} // namespace

QByteArray compressDrawioPage(const QByteArray &modelXml)
{
    const QByteArray encoded = QUrl::toPercentEncoding(QString::fromUtf8(modelXml));
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(encoded.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(encoded.constData()));
    z.avail_in = uInt(encoded.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out.toBase64();
}

Result<ArchitectureGraph> readDrawio(const QByteArray &xml)
{
    if (xml.size() > kMaxArchitectureFileBytes)
        return fileTooLarge(xml.size());
    return Reader().read(xml);
}

} // namespace pm
