#include "structurizrimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::ArchitectureImport", text);
}

struct Element
{
    enum Type
    {
        Person,
        System, // without containers: a component; with: a boundary
        Container,
        Component
    };
    Type type = Person;
    QString nodeKey; // the node it counts as, or empty (a person, a system with containers)
};

QString field(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString();
}

bool tagged(const QJsonObject &o, const char *tag)
{
    const QStringList tags = field(o, "tags").split(QLatin1Char(','));
    for (const QString &t : tags) {
        if (t.trimmed().compare(QLatin1String(tag), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ComponentKind kindOf(const QJsonObject &o)
{
    const QString technology = field(o, "technology");
    if (tagged(o, "Database") || tagged(o, "Datastore") ||
        technology.contains(QLatin1String("SQL"), Qt::CaseInsensitive))
        return ComponentKind::Datastore;
    if (tagged(o, "Queue") || tagged(o, "Message Bus") || tagged(o, "Topic") ||
        technology.contains(QLatin1String("Kafka"), Qt::CaseInsensitive) ||
        technology.contains(QLatin1String("RabbitMQ"), Qt::CaseInsensitive))
        return ComponentKind::Queue;
    if (tagged(o, "External") || field(o, "location") == QLatin1String("External"))
        return ComponentKind::External;
    return ComponentKind::Service;
}

class Reader
{
public:
    // lupdate files the strings of this class under its name.
    static QString tr(const char *text) { return QCoreApplication::translate("pm::Reader", text); }

    Result<ArchitectureGraph> read(const QJsonObject &model)
    {
        for (const QJsonValue &p : model.value(QStringLiteral("people")).toArray()) {
            const QJsonObject person = p.toObject();
            m_elements.insert(field(person, "id"), Element{Element::Person, {}});
            m_withRelationships << person;
        }
        for (const QJsonValue &s : model.value(QStringLiteral("softwareSystems")).toArray()) {
            const QJsonObject system = s.toObject();
            const QString id = field(system, "id");
            const QJsonArray containers = system.value(QStringLiteral("containers")).toArray();
            m_withRelationships << system;
            if (containers.isEmpty()) {
                addNode(system, QString());
                m_elements.insert(id, Element{Element::System, id});
            } else {
                m_graph.groups << ArchitectureGroup{id, field(system, "name"), {}, 0, 0, 0, 0};
                m_elements.insert(id, Element{Element::System, {}});
            }
            for (const QJsonValue &c : containers) {
                const QJsonObject container = c.toObject();
                const QString containerId = field(container, "id");
                addNode(container, id);
                m_elements.insert(containerId, Element{Element::Container, containerId});
                m_withRelationships << container;
                for (const QJsonValue &k :
                     container.value(QStringLiteral("components")).toArray()) {
                    const QJsonObject component = k.toObject();
                    m_elements.insert(field(component, "id"),
                                      Element{Element::Component, containerId});
                    m_withRelationships << component;
                }
                if (m_graph.nodes.size() + m_graph.groups.size() > kMaxArchitectureNodes)
                    return tooManyNodes(m_graph.nodes.size() + m_graph.groups.size());
            }
        }
        if (m_graph.nodes.size() + m_graph.groups.size() > kMaxArchitectureNodes)
            return tooManyNodes(m_graph.nodes.size() + m_graph.groups.size());
        if (m_graph.nodes.isEmpty())
            return Error{Error::InvalidInput,
                         tr("The Structurizr workspace has no containers or software systems. "
                            "Nothing was imported.")};
        QHash<QString, int> nodeIndex;
        for (int i = 0; i < m_graph.nodes.size(); ++i)
            nodeIndex.insert(m_graph.nodes[i].key, i);
        for (const QJsonObject &element : std::as_const(m_withRelationships)) {
            for (const QJsonValue &r : element.value(QStringLiteral("relationships")).toArray()) {
                const QJsonObject rel = r.toObject();
                // Implied relationships repeat an explicit one a level up.
                if (rel.contains(QStringLiteral("linkedRelationshipId")))
                    continue;
                const QString sourceId = field(rel, "sourceId").isEmpty() ? field(element, "id")
                                                                          : field(rel, "sourceId");
                const Element source = m_elements.value(sourceId);
                const Element target = m_elements.value(field(rel, "destinationId"));
                if (target.nodeKey.isEmpty())
                    continue; // to a person or around a boundary
                if (source.type == Element::Person && m_elements.contains(sourceId)) {
                    m_graph.nodes[nodeIndex.value(target.nodeKey)].userFacing = true;
                    continue;
                }
                if (source.nodeKey.isEmpty() || source.nodeKey == target.nodeKey)
                    continue;
                ArchitectureEdge e;
                e.from = source.nodeKey;
                e.to = target.nodeKey;
                e.label = field(rel, "description");
                e.kind = field(rel, "interactionStyle") == QLatin1String("Asynchronous") ||
                                 tagged(rel, "Asynchronous")
                             ? DependencyKind::AsyncMessage
                             : DependencyKind::SyncCall;
                m_graph.edges << e;
                if (m_graph.edges.size() > kMaxArchitectureEdges)
                    return tooManyEdges(m_graph.edges.size());
            }
        }
        return checkedGraph(std::move(m_graph));
    }

private:
    void addNode(const QJsonObject &o, const QString &group)
    {
        ArchitectureNode n;
        n.key = field(o, "id");
        n.name = field(o, "name");
        n.kind = kindOf(o);
        n.group = group;
        m_graph.nodes << n;
    }

    ArchitectureGraph m_graph;
    QHash<QString, Element> m_elements;
    QList<QJsonObject> m_withRelationships;
};

} // namespace

Result<ArchitectureGraph> readStructurizr(const QByteArray &json)
{
    if (json.size() > kMaxArchitectureFileBytes)
        return fileTooLarge(json.size());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{Error::InvalidInput, tr("The file is not valid JSON (%1 at byte %2). Nothing "
                                             "was imported.")
                                              .arg(error.errorString())
                                              .arg(error.offset)};
    const QJsonObject model = doc.object().value(QStringLiteral("model")).toObject();
    if (!doc.isObject() || model.isEmpty())
        return Error{Error::InvalidInput,
                     tr("The JSON is not a Structurizr workspace (it has no “model”). Nothing was "
                        "imported.")};
    return Reader().read(model);
}

} // namespace pm
