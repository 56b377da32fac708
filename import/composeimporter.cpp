#include "composeimporter.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::ArchitectureImport", text);
}

QString text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// Counts the nodes the document expands to, each alias as the whole of what it names, without
// building the document. Saturates instead of overflowing.
class ExpansionCounter : public YAML::EventHandler
{
public:
    qint64 total() const { return m_total; }
    qint64 written() const { return m_written; } // nodes as they stand in the file

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override { leaf(anchor, 1); }
    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        leaf(0, m_sizes.value(anchor, 1));
    }
    void OnAnchor(const YAML::Mark &, const std::string &) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                  const std::string &) override
    {
        leaf(anchor, 1);
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        m_open.push_back({anchor, 1});
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        m_open.push_back({anchor, 1});
    }
    void OnMapEnd() override { close(); }

private:
    static qint64 add(qint64 a, qint64 b) { return qMin(a + b, qint64(1) << 60); }
    void leaf(YAML::anchor_t anchor, qint64 size)
    {
        ++m_written;
        if (anchor)
            m_sizes.insert(anchor, size);
        if (m_open.empty())
            m_total = add(m_total, size);
        else
            m_open.back().size = add(m_open.back().size, size);
    }
    void close()
    {
        const Open done = m_open.back();
        m_open.pop_back();
        leaf(done.anchor, done.size);
    }
    struct Open
    {
        YAML::anchor_t anchor;
        qint64 size;
    };
    std::vector<Open> m_open;
    QHash<YAML::anchor_t, qint64> m_sizes;
    qint64 m_total = 0;
    qint64 m_written = 0;
};

ComponentKind kindOfImage(const QString &image)
{
    static const char *const stores[] = {
        "postgres",   "mysql",   "mariadb", "mongo",     "redis",     "cassandra", "elasticsearch",
        "opensearch", "couchdb", "minio",   "memcached", "cockroach", "clickhouse"};
    static const char *const queues[] = {"rabbitmq", "kafka",    "nats",      "activemq", "artemis",
                                         "pulsar",   "redpanda", "zookeeper", "mosquitto"};
    const QString name = image.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), 0, 0);
    for (const char *q : queues) {
        if (name.contains(QLatin1String(q), Qt::CaseInsensitive))
            return ComponentKind::Queue;
    }
    for (const char *s : stores) {
        if (name.contains(QLatin1String(s), Qt::CaseInsensitive))
            return ComponentKind::Datastore;
    }
    return ComponentKind::Service;
}

} // namespace

Result<ArchitectureGraph> readCompose(const QByteArray &yaml)
{
    if (yaml.size() > kMaxArchitectureFileBytes)
        return fileTooLarge(yaml.size());
    try {
        {
            std::istringstream in(yaml.toStdString());
            YAML::Parser parser(in);
            ExpansionCounter counter;
            while (parser.HandleNextDocument(counter)) {
                if (counter.written() > kMaxYamlWrittenNodes)
                    return Error{Error::InvalidInput,
                                 tr("The YAML file holds more than %L1 values; Premortem reads "
                                    "docker-compose files of up to that many. Nothing was "
                                    "imported.")
                                     .arg(kMaxYamlWrittenNodes)};
                if (counter.total() - counter.written() > kMaxYamlExpandedNodes)
                    return Error{Error::InvalidInput,
                                 tr("The YAML file expands to more than %L1 values through its "
                                    "aliases (an “alias bomb”); Premortem does not read it. "
                                    "Nothing was imported.")
                                     .arg(kMaxYamlExpandedNodes)};
            }
        }
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return Error{Error::InvalidInput, tr("The file is YAML but not a docker-compose file "
                                                 "(it is not a map of settings). Nothing was "
                                                 "imported.")};
        // Version 1 files list the services at the top.
        const YAML::Node services = root["services"] ? root["services"] : root;
        if (!services.IsMap())
            return Error{Error::InvalidInput,
                         tr("The docker-compose file has no “services”. Nothing was imported.")};
        ArchitectureGraph graph;
        for (const auto &entry : services) {
            if (graph.nodes.size() >= kMaxArchitectureNodes)
                return tooManyNodes(qint64(services.size()));
            const QString name = text(entry.first);
            if (name.isEmpty())
                continue;
            ArchitectureNode node;
            node.key = node.name = name;
            const YAML::Node service = entry.second;
            if (service.IsMap()) {
                if (const YAML::Node image = service["image"]; image && image.IsScalar())
                    node.kind = kindOfImage(text(image));
                if (const YAML::Node label = service["container_name"]; label && label.IsScalar())
                    node.name = text(label);
                auto depend = [&](const QString &on) {
                    if (!on.isEmpty())
                        graph.edges << ArchitectureEdge{name, on, DependencyKind::Deployment, {}};
                };
                if (const YAML::Node dependsOn = service["depends_on"]; dependsOn) {
                    if (dependsOn.IsSequence()) {
                        for (const auto &item : dependsOn)
                            depend(text(item));
                    } else if (dependsOn.IsMap()) {
                        for (const auto &item : dependsOn)
                            depend(text(item.first));
                    } else {
                        depend(text(dependsOn));
                    }
                }
                if (const YAML::Node links = service["links"]; links && links.IsSequence()) {
                    for (const auto &item : links)
                        depend(text(item).section(QLatin1Char(':'), 0, 0));
                }
                if (graph.edges.size() > kMaxArchitectureEdges)
                    return tooManyEdges(graph.edges.size());
            }
            graph.nodes << node;
        }
        // An arrow to a service the file does not define is a mistake in the file: name it.
        QHash<QString, bool> known;
        for (const ArchitectureNode &n : std::as_const(graph.nodes))
            known.insert(n.key, true);
        for (const ArchitectureEdge &e : std::as_const(graph.edges)) {
            if (!known.contains(e.to))
                return Error{Error::InvalidInput,
                             tr("The service “%1” depends on “%2”, which the file does not "
                                "define. Nothing was imported.")
                                 .arg(e.from.left(100), e.to.left(100))};
        }
        return checkedGraph(std::move(graph));
    } catch (const YAML::Exception &e) {
        return Error{Error::InvalidInput,
                     tr("The file is not YAML Premortem can read (%1). Nothing was imported.")
                         .arg(QString::fromStdString(e.what()).left(300))};
    }
}

} // namespace pm
