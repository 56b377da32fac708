#include "architecturegraph.h"

#include "fieldspec.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::ArchitectureImport", text);
}

QString shortened(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

Error tooManyNodes(qint64 count)
{
    return Error{
        Error::InvalidInput,
        tr("The diagram has more than %L1 boxes (%L2 so far); Premortem imports up to %L1. "
           "Nothing was imported.")
            .arg(kMaxArchitectureNodes)
            .arg(count)};
}

Error tooManyEdges(qint64 count)
{
    return Error{Error::InvalidInput,
                 tr("The diagram has more than %L1 arrows (%L2 so far); Premortem imports up to "
                    "%L1. Nothing was imported.")
                     .arg(kMaxArchitectureEdges)
                     .arg(count)};
}

Error labelTooLong(qint64 length)
{
    return Error{Error::InvalidInput,
                 tr("A name or label in the diagram is %L1 characters long; Premortem accepts up "
                    "to %L2. Nothing was imported.")
                     .arg(length)
                     .arg(kMaxArchitectureLabel)};
}

Error fileTooLarge(qint64 bytes)
{
    return Error{Error::InvalidInput,
                 tr("The diagram file is %L1 MB; Premortem imports diagrams of up to %L2 MB. "
                    "Nothing was imported.")
                     .arg(bytes / (1024 * 1024))
                     .arg(kMaxArchitectureFileBytes / (1024 * 1024))};
}

QString plainLabel(const QString &label)
{
    QString text = label;
    text.replace(QLatin1String("\\n"), QLatin1String(" "));
    text.replace(QLatin1String("\\l"), QLatin1String(" "));
    text.replace(QLatin1String("\\r"), QLatin1String(" "));
    if (text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('&'))) {
        // Line breaks of HTML labels separate words, then tags go; entities are decoded.
        static const QRegularExpression breaks(QStringLiteral("<\\s*(br|/div|/p|/li)\\b[^>]*>"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.replace(breaks, QStringLiteral(" "));
        text.remove(tags);
        static const struct
        {
            const char *entity;
            char16_t ch;
        } entities[] = {{"&nbsp;", u' '}, {"&lt;", u'<'},   {"&gt;", u'>'},
                        {"&quot;", u'"'}, {"&#39;", u'\''}, {"&amp;", u'&'}};
        for (const auto &e : entities)
            text.replace(QLatin1String(e.entity), QString(QChar(e.ch)));
    }
    return text.simplified();
}

Result<ArchitectureGraph> checkedGraph(ArchitectureGraph graph)
{
    if (graph.nodes.size() + graph.groups.size() > kMaxArchitectureNodes)
        return tooManyNodes(graph.nodes.size() + graph.groups.size());
    if (graph.edges.size() > kMaxArchitectureEdges)
        return tooManyEdges(graph.edges.size());
    QSet<QString> groups, nodes;
    for (ArchitectureGroup &g : graph.groups) {
        if (g.name.size() > kMaxArchitectureLabel || g.key.size() > kMaxArchitectureLabel)
            return labelTooLong(qMax(g.name.size(), g.key.size()));
        g.name = shortened(plainLabel(g.name.isEmpty() ? g.key : g.name), kMaxNameLength);
        if (g.name.isEmpty())
            g.name = tr("Unnamed boundary");
        if (groups.contains(g.key))
            return Error{Error::InvalidInput,
                         tr("The diagram names two groups “%1”. Nothing was imported.")
                             .arg(shortened(g.key, 60))};
        if (!g.parent.isEmpty() && !groups.contains(g.parent))
            return Error{Error::InvalidInput,
                         tr("The group “%1” sits in a group that is not in the diagram. Nothing "
                            "was imported.")
                             .arg(shortened(g.key, 60))};
        groups.insert(g.key);
    }
    for (ArchitectureNode &n : graph.nodes) {
        if (n.name.size() > kMaxArchitectureLabel || n.key.size() > kMaxArchitectureLabel)
            return labelTooLong(qMax(n.name.size(), n.key.size()));
        n.name = shortened(plainLabel(n.name.isEmpty() ? n.key : n.name), kMaxNameLength);
        if (n.name.isEmpty())
            n.name = shortened(n.key.simplified(), kMaxNameLength);
        if (n.name.isEmpty())
            n.name = tr("Unnamed component");
        if (nodes.contains(n.key) || groups.contains(n.key))
            return Error{Error::InvalidInput,
                         tr("The diagram names two boxes “%1”. Nothing was imported.")
                             .arg(shortened(n.key, 60))};
        if (!n.group.isEmpty() && !groups.contains(n.group))
            n.group.clear();
        nodes.insert(n.key);
    }
    for (ArchitectureEdge &e : graph.edges) {
        if (e.label.size() > kMaxArchitectureLabel)
            return labelTooLong(e.label.size());
        e.label = shortened(plainLabel(e.label), kMaxTitleLength);
        // An end may be a group: an arrow to a whole boundary or layer (Mermaid draws those).
        const auto known = [&](const QString &key) {
            return nodes.contains(key) || groups.contains(key);
        };
        if (!known(e.from) || !known(e.to))
            return Error{Error::InvalidInput,
                         tr("An arrow of the diagram connects “%1” and “%2”, which are not both "
                            "boxes of it. Nothing was imported.")
                             .arg(shortened(e.from, 60), shortened(e.to, 60))};
    }
    return graph;
}

} // namespace pm
