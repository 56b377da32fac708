#include "csvwriter.h"

#include "markdownwriter.h"
#include "reportbuilder.h"
#include "risk.h"
#include "rowtext.h"

namespace pm {

namespace {

// Summary lines stay well under Jira's 255 characters and GitHub's title limit.
constexpr int kSummaryLength = 120;

struct BacklogItem
{
    const ExportRisk *risk;
    const Mitigation *mitigation;
};

QList<BacklogItem> backlogItems(const ExportData &data)
{
    QList<BacklogItem> items;
    for (const ExportRisk &r : data.risks) {
        for (const Mitigation &m : r.mitigations) {
            if (m.destination == Destination::Backlog && m.status != MitigationStatus::Rejected)
                items << BacklogItem{&r, &m};
        }
    }
    return items;
}

QString summary(const BacklogItem &item)
{
    const QString text = elided(item.mitigation->description, kSummaryLength);
    return text.isEmpty() ? exportText("%1 for “%2”")
                                .arg(displayName(item.mitigation->type),
                                     elided(item.risk->summary.title, kSummaryLength))
                          : text;
}

// Labels name no free text, only vocabulary keys: they can hold neither spaces nor commas.
QStringList labels(const BacklogItem &item)
{
    return {QStringLiteral("premortem"), keyOf(item.risk->summary.category),
            keyOf(item.mitigation->type)};
}

// The context a ticket needs on its own: the risk it lowers and how much.
QStringList contextLines(const BacklogItem &item)
{
    const ExportRisk &r = *item.risk;
    const Mitigation &m = *item.mitigation;
    QStringList lines;
    lines << exportText("Risk: %1 (%2, #%3 of the pre-mortem)")
                 .arg(r.summary.title, riskLabel(r.summary.score, r.summary.band))
                 .arg(r.rank);
    if (!r.componentName.isEmpty())
        lines << exportText("Component: %1").arg(r.componentName);
    lines << exportText("Type: %1").arg(displayName(m.type))
          << exportText("Status: %1").arg(displayName(m.status));
    if (m.residualLikelihood > 0 && m.residualBlastRadius > 0) {
        const int score = m.residualLikelihood * m.residualBlastRadius;
        lines << exportText("Risk once done: %1").arg(riskLabel(score, riskBand(score)));
    }
    return lines;
}

QByteArray csv(const QStringList &header, const QList<QStringList> &rows)
{
    QString out;
    auto record = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    record(header);
    for (const QStringList &row : rows)
        record(row);
    return out.toUtf8();
}

} // namespace

QString csvField(const QString &text)
{
    static const QString needsQuotes = QStringLiteral(",\"\r\n");
    if (!std::any_of(text.cbegin(), text.cend(), [](QChar c) { return needsQuotes.contains(c); }))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString jiraPriority(RiskBand band)
{
    switch (band) {
    case RiskBand::Critical:
        return QStringLiteral("Highest");
    case RiskBand::High:
        return QStringLiteral("High");
    case RiskBand::Medium:
        return QStringLiteral("Medium");
    case RiskBand::Low:
        return QStringLiteral("Low");
    case RiskBand::Unscored:
        break;
    }
    return QStringLiteral("Lowest");
}

QByteArray writeJiraCsv(const ExportData &data)
{
    QList<QStringList> rows;
    for (const BacklogItem &item : backlogItems(data)) {
        const QString description = item.mitigation->description.trimmed() +
                                    QStringLiteral("\n\n") +
                                    contextLines(item).join(QLatin1Char('\n'));
        rows << QStringList{summary(item),
                            description,
                            QStringLiteral("Task"),
                            jiraPriority(item.risk->summary.band),
                            item.mitigation->owner.trimmed(),
                            dateText(item.mitigation->due),
                            labels(item).join(QLatin1Char(' '))};
    }
    // Column names as Jira's CSV importer maps them by default (not translated).
    return csv({QStringLiteral("Summary"), QStringLiteral("Description"),
                QStringLiteral("Issue Type"), QStringLiteral("Priority"),
                QStringLiteral("Assignee"), QStringLiteral("Due date"), QStringLiteral("Labels")},
               rows);
}

QByteArray writeGithubCsv(const ExportData &data)
{
    QList<QStringList> rows;
    for (const BacklogItem &item : backlogItems(data)) {
        QStringList body{markdownParagraph(item.mitigation->description), QString()};
        for (const QString &line : contextLines(item))
            body << QStringLiteral("- ") + markdownEscaped(line);
        if (item.mitigation->due.isValid())
            body << QStringLiteral("- ") +
                        markdownEscaped(exportText("Due: %1").arg(dateText(item.mitigation->due)));
        QStringList itemLabels = labels(item);
        itemLabels << QStringLiteral("risk-%1").arg(keyOf(item.risk->summary.band));
        rows << QStringList{summary(item), body.join(QLatin1Char('\n')),
                            itemLabels.join(QLatin1Char(',')), item.mitigation->owner.trimmed()};
    }
    return csv({QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("labels"),
                QStringLiteral("assignee")},
               rows);
}

} // namespace pm
