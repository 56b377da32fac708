#include "mermaidimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pm {

namespace {

// Subgraphs nested deeper than this are refused (each is a boundary inside a boundary).
constexpr int kMaxSubgraphDepth = 32;

struct Shape
{
    const char *open;
    const char *close;
    ComponentKind kind;
};
// Longest openers first, so "((" is not read as "(".
const Shape kShapes[] = {
    {"(((", ")))", ComponentKind::External}, {"([", "])", ComponentKind::Service},
    {"[(", ")]", ComponentKind::Datastore},  {"[[", "]]", ComponentKind::Service},
    {"((", "))", ComponentKind::External},   {"{{", "}}", ComponentKind::Service},
    {"[/", "/]", ComponentKind::Service},    {"[\\", "\\]", ComponentKind::Service},
    {"[/", "\\]", ComponentKind::Service},   {"[\\", "/]", ComponentKind::Service},
    {"(", ")", ComponentKind::Service},      {"[", "]", ComponentKind::Service},
    {"{", "}", ComponentKind::Service},      {">", "]", ComponentKind::Queue},
};

QString decoded(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    if (text.size() >= 2 && text.startsWith(QLatin1Char('`')) && text.endsWith(QLatin1Char('`')))
        text = text.mid(1, text.size() - 2);
    static const QRegularExpression code(QStringLiteral("#(\\d{1,6}|quot|amp|lt|gt|nbsp);"));
    QString out;
    qsizetype last = 0;
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == QLatin1String("quot"))
            out += QLatin1Char('"');
        else if (name == QLatin1String("amp"))
            out += QLatin1Char('&');
        else if (name == QLatin1String("lt"))
            out += QLatin1Char('<');
        else if (name == QLatin1String("gt"))
            out += QLatin1Char('>');
        else if (name == QLatin1String("nbsp"))
            out += QLatin1Char(' ');
        else if (const uint c = name.toUInt(); c > 0 && c < 0x110000 && QChar::isPrint(c))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

DependencyKind kindOfArrow(const QString &arrow)
{
    if (arrow.contains(QLatin1Char('.')))
        return DependencyKind::AsyncMessage;
    if (arrow.startsWith(QLatin1Char('=')))
        return DependencyKind::Deployment;
    if (arrow.endsWith(QLatin1Char('o')))
        return DependencyKind::Data;
    return DependencyKind::SyncCall;
}

class Parser
{
public:
    // lupdate files the strings of this class under its name.
    static QString tr(const char *text) { return QCoreApplication::translate("pm::Parser", text); }

    Result<ArchitectureGraph> parse(const QString &source)
    {
        const QStringList lines = source.split(QLatin1Char('\n'));
        bool header = false;
        for (int i = 0; i < lines.size(); ++i) {
            m_line = i + 1;
            for (const QString &raw : statements(lines[i])) {
                const QString s = raw.trimmed();
                if (s.isEmpty() || s.startsWith(QLatin1String("%%")))
                    continue;
                if (!header) {
                    static const QRegularExpression start(
                        QStringLiteral("^(flowchart|graph)(\\s+(TB|TD|BT|RL|LR))?\\s*$"));
                    if (!start.match(s).hasMatch())
                        return Error{Error::InvalidInput,
                                     tr("The file is not a Mermaid flowchart (it does not start "
                                        "with “flowchart” or “graph”). Nothing was imported.")};
                    header = true;
                    continue;
                }
                if (Status st = statement(s); !st)
                    return st.error();
                if (m_graph.nodes.size() + m_graph.groups.size() > kMaxArchitectureNodes)
                    return tooManyNodes(m_graph.nodes.size() + m_graph.groups.size());
                if (m_graph.edges.size() > kMaxArchitectureEdges)
                    return tooManyEdges(m_graph.edges.size());
            }
        }
        if (!header)
            return Error{Error::InvalidInput,
                         tr("The file is empty: there is no Mermaid flowchart in it. Nothing was "
                            "imported.")};
        if (!m_groupStack.isEmpty())
            return syntaxError(tr("a “subgraph” has no “end”"));
        return checkedGraph(std::move(m_graph));
    }

private:
    // A line split at ";" outside quotes and brackets.
    static QStringList statements(const QString &line)
    {
        QStringList parts;
        QString current;
        bool quoted = false;
        int depth = 0;
        for (const QChar c : line) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && QStringLiteral("[({").contains(c))
                ++depth;
            else if (!quoted && QStringLiteral("])}").contains(c))
                depth = qMax(0, depth - 1);
            if (c == QLatin1Char(';') && !quoted && depth == 0) {
                parts << current;
                current.clear();
            } else {
                current += c;
            }
        }
        parts << current;
        return parts;
    }

    Error syntaxError(const QString &what) const
    {
        return Error{Error::InvalidInput,
                     tr("The Mermaid flowchart cannot be read at line %1: %2. Nothing was "
                        "imported.")
                         .arg(m_line)
                         .arg(what)};
    }

    Status statement(const QString &s)
    {
        static const QRegularExpression skipped(QStringLiteral(
            "^(classDef|class|style|linkStyle|click|direction|accTitle|accDescr)\\b"));
        if (skipped.match(s).hasMatch())
            return {};
        if (s == QLatin1String("end")) {
            if (m_groupStack.isEmpty())
                return syntaxError(tr("an “end” without a “subgraph”"));
            m_groupStack.removeLast();
            return {};
        }
        if (s.startsWith(QLatin1String("subgraph")) && (s.size() == 8 || s.at(8).isSpace()))
            return subgraph(s.mid(8).trimmed());
        return chain(s);
    }

    Status subgraph(const QString &rest)
    {
        if (m_groupStack.size() >= kMaxSubgraphDepth)
            return syntaxError(tr("subgraphs are nested more than %1 deep").arg(kMaxSubgraphDepth));
        static const QRegularExpression withTitle(QStringLiteral("^([^\\s\\[\"]+)\\s*\\[(.*)\\]$"));
        ArchitectureGroup g;
        if (const auto m = withTitle.match(rest); m.hasMatch()) {
            g.key = m.captured(1);
            g.name = decoded(m.captured(2));
        } else if (rest.startsWith(QLatin1Char('"'))) {
            g.name = decoded(rest);
            g.key = g.name;
        } else if (!rest.isEmpty()) {
            g.key = rest;
            g.name = rest;
        } else {
            g.key = QStringLiteral("subgraph %1").arg(m_graph.groups.size() + 1);
        }
        if (m_groupKeys.contains(g.key))
            return syntaxError(tr("the subgraph “%1” is declared twice").arg(g.key.left(60)));
        g.parent = m_groupStack.isEmpty() ? QString() : m_groupStack.last();
        m_groupKeys.insert(g.key);
        m_groupStack << g.key;
        m_graph.groups << g;
        return {};
    }

    // node ("&" node)* (link node ("&" node)*)*
    Status chain(const QString &s)
    {
        qsizetype pos = 0;
        QStringList left;
        if (Status st = nodeGroup(s, pos, left); !st)
            return st;
        while (pos < s.size()) {
            DependencyKind kind;
            QString label;
            if (!link(s, pos, kind, label))
                return syntaxError(
                    tr("“%1” is not a node, an arrow or a subgraph").arg(s.mid(pos, 40).trimmed()));
            QStringList right;
            if (Status st = nodeGroup(s, pos, right); !st)
                return st;
            for (const QString &from : std::as_const(left)) {
                for (const QString &to : std::as_const(right))
                    m_graph.edges << ArchitectureEdge{from, to, kind, label};
            }
            left = right;
        }
        return {};
    }

    Status nodeGroup(const QString &s, qsizetype &pos, QStringList &ids)
    {
        for (;;) {
            QString id;
            if (Status st = node(s, pos, id); !st)
                return st;
            ids << id;
            skipSpace(s, pos);
            if (pos < s.size() && s.at(pos) == QLatin1Char('&')) {
                ++pos;
                continue;
            }
            return {};
        }
    }

    static void skipSpace(const QString &s, qsizetype &pos)
    {
        while (pos < s.size() && s.at(pos).isSpace())
            ++pos;
    }

    static bool isIdChar(QChar c)
    {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') ||
               c == QLatin1Char('/') || c == QLatin1Char(':') || c == QLatin1Char('-');
    }

    Status node(const QString &s, qsizetype &pos, QString &id)
    {
        skipSpace(s, pos);
        const qsizetype start = pos;
        // An id ends where an arrow ("--", "-.", "==") or a shape starts.
        while (pos < s.size() && isIdChar(s.at(pos))) {
            if (s.at(pos) == QLatin1Char('-') && pos + 1 < s.size() &&
                (s.at(pos + 1) == QLatin1Char('-') || s.at(pos + 1) == QLatin1Char('.')))
                break;
            if (s.at(pos) == QLatin1Char(':') && s.mid(pos, 3) == QLatin1String(":::"))
                break;
            ++pos;
        }
        id = s.mid(start, pos - start);
        if (id.isEmpty())
            return syntaxError(tr("a node is expected at “%1”").arg(s.mid(start, 40).trimmed()));
        QString text;
        bool hasText = false;
        ComponentKind kind = ComponentKind::Service;
        for (const Shape &shape : kShapes) {
            const QLatin1String open(shape.open);
            if (s.mid(pos, open.size()) != open)
                continue;
            qsizetype from = pos + open.size();
            qsizetype end = -1;
            if (from < s.size() && s.at(from) == QLatin1Char('"')) {
                const qsizetype closeQuote = s.indexOf(QLatin1Char('"'), from + 1);
                if (closeQuote >= 0 &&
                    s.mid(closeQuote + 1, qstrlen(shape.close)) == QLatin1String(shape.close))
                    end = closeQuote + 1;
            } else {
                end = s.indexOf(QLatin1String(shape.close), from);
            }
            if (end < 0)
                continue; // maybe a shorter opener fits
            text = decoded(s.mid(from, end - from));
            hasText = true;
            kind = shape.kind;
            pos = end + qstrlen(shape.close);
            break;
        }
        if (s.mid(pos, 3) == QLatin1String(":::")) { // a class: styling only
            pos += 3;
            while (pos < s.size() && isIdChar(s.at(pos)))
                ++pos;
        }
        if (m_groupKeys.contains(id))
            return {};
        const auto known = m_nodeIndex.constFind(id);
        if (known == m_nodeIndex.cend()) {
            ArchitectureNode n;
            n.key = id;
            n.name = hasText ? text : id;
            n.kind = kind;
            n.group = m_groupStack.isEmpty() ? QString() : m_groupStack.last();
            m_nodeIndex.insert(id, int(m_graph.nodes.size()));
            m_graph.nodes << n;
        } else if (hasText) {
            m_graph.nodes[*known].name = text;
            m_graph.nodes[*known].kind = kind;
        }
        return {};
    }

    bool link(const QString &s, qsizetype &pos, DependencyKind &kind, QString &label)
    {
        static const QRegularExpression plain(QStringLiteral(
            "\\G\\s*<?(-{2,}>|-{3,}|-\\.+->|-\\.+-|={2,}>|={3,}|-{2,}[ox]|={2,}[ox]|-\\.+-[ox])"
            "\\s*(?:\\|([^|]*)\\|)?"));
        static const QRegularExpression withText(QStringLiteral(
            "\\G\\s*<?(--|==|-\\.)\\s+(.*?)\\s+(-{2,}>|-{3,}|\\.+->|\\.+-|={2,}>|={3,}|-{2,}[ox]|"
            "={2,}[ox])"));
        if (const auto m = plain.match(s, pos); m.hasMatch()) {
            kind = kindOfArrow(m.captured(1));
            label = decoded(m.captured(2));
            pos = m.capturedEnd();
            return true;
        }
        if (const auto m = withText.match(s, pos); m.hasMatch()) {
            kind = kindOfArrow(m.captured(1) + m.captured(3));
            label = decoded(m.captured(2));
            pos = m.capturedEnd();
            return true;
        }
        return false;
    }

    ArchitectureGraph m_graph;
    QHash<QString, int> m_nodeIndex;
    QSet<QString> m_groupKeys;
    QStringList m_groupStack;
    int m_line = 0;
};

} // namespace

Result<ArchitectureGraph> readMermaid(const QByteArray &text)
{
    if (text.size() > kMaxArchitectureFileBytes)
        return fileTooLarge(text.size());
    return Parser().parse(QString::fromUtf8(text).remove(QLatin1Char('\r')));
}

} // namespace pm
