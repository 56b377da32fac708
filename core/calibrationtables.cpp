#include "calibrationtables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::Calibration", text);
}

QString num(int n)
{
    return QString::number(n);
}

// "2 of 5 (40%)", or a dash when there is nothing to count.
QString partOf(int part, int whole, const std::optional<double> &rate)
{
    if (whole <= 0)
        return QStringLiteral("–");
    return tr("%1 of %2 (%3)").arg(part).arg(whole).arg(percentText(rate));
}

// Largest first, then by name: the worst blind spot leads.
template <typename K>
QList<QStringList> countRows(const QMap<K, int> &counts, const std::function<QString(K)> &name)
{
    QList<QPair<QString, int>> entries;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        entries.append({name(it.key()), it.value()});
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QList<QStringList> rows;
    for (const auto &e : entries)
        rows.append({e.first, num(e.second)});
    return rows;
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QList<ReportTable> calibrationTables(const Calibration &c)
{
    QList<ReportTable> tables;

    ReportTable levels{tr("Likelihood against outcome"),
                       {tr("Likelihood"), tr("Stands for"), tr("Predicted"), tr("Happened"),
                        tr("Near misses"), tr("Observed")},
                       {}};
    for (const LevelCalibration &l : c.levels)
        levels.rows.append({num(l.likelihood), percentText(likelihoodProbability(l.likelihood)),
                            num(l.predicted), num(l.happened), num(l.nearMiss),
                            percentText(l.observedRate())});
    tables << levels;

    ReportTable summary{tr("Calibration"), {tr("Measure"), tr("Value")}, {}};
    summary.rows.append({tr("Brier score (0 is perfect)"), brierText(c.brierScore())});
    summary.rows.append({tr("High and critical predictions that happened"),
                         partOf(c.highHappened, c.highPredicted, c.highHitRate())});
    const int caught = c.predictedHappened();
    summary.rows.append({tr("Failures that happened and were predicted"),
                         partOf(caught, caught + c.surprises, c.caughtRate())});
    summary.rows.append({tr("Surprises (not predicted)"), num(c.surprises)});
    summary.rows.append({tr("Predictions without an outcome yet"), num(c.pending)});
    tables << summary;

    tables << ReportTable{
        tr("Blind spots by category"),
        {tr("Category"), tr("Surprises")},
        countRows<Category>(c.surprisesByCategory, [](Category k) { return displayName(k); })};
    tables << ReportTable{tr("Blind spots by component"),
                          {tr("Component"), tr("Surprises")},
                          countRows<QString>(c.surprisesByComponent, [](QString k) { return k; })};

    ReportTable mitigations{tr("Mitigation types"),
                            {tr("Type"), tr("Written"), tr("Done"), tr("Helped"),
                             tr("Helped partly"), tr("Did not help")},
                            {}};
    for (const MitigationTypeEffect &e : c.mitigations)
        mitigations.rows.append({displayName(e.type), num(e.total), num(e.done), num(e.helped),
                                 num(e.partly), num(e.didNotHelp)});
    tables << mitigations;
    if (!c.people.isEmpty()) {
        ReportTable people{tr("Each person against the group"),
                           {tr("Participant"), tr("Judged estimates"), tr("Their Brier score"),
                            tr("The group's on the same"), tr("Better")},
                           {}};
        for (auto it = c.people.cbegin(); it != c.people.cend(); ++it) {
            const auto mine = it->brierScore(), group = it->groupBrierScore();
            people.rows.append({it.key(), num(it->judged), brierText(mine), brierText(group),
                                !mine || !group  ? QStringLiteral("–")
                                : *group < *mine ? tr("the group")
                                : *mine < *group ? tr("the person")
                                                 : tr("even")});
        }
        tables << people;
    }
    return tables;
}

QString tablesAsText(const QList<ReportTable> &tables)
{
    QString text;
    for (const ReportTable &t : tables) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += t.title + QLatin1Char('\n');
        if (t.rows.isEmpty()) {
            text += QStringLiteral("  ") + tr("None.") + QLatin1Char('\n');
            continue;
        }
        QList<int> widths;
        for (const QString &h : t.headers)
            widths << int(h.size());
        for (const QStringList &row : t.rows) {
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], int(row.at(i).size()));
        }
        auto line = [&widths](const QStringList &cells) {
            QString l = QStringLiteral("  ");
            for (int i = 0; i < cells.size() && i < widths.size(); ++i)
                l += (i ? QStringLiteral("  ") : QString()) +
                     cells.at(i).leftJustified(widths.at(i));
            while (l.endsWith(QLatin1Char(' ')))
                l.chop(1);
            return l;
        };
        text += line(t.headers) + QLatin1Char('\n');
        for (const QStringList &row : t.rows)
            text += line(row) + QLatin1Char('\n');
    }
    return text;
}

QJsonObject calibrationJson(const Calibration &c)
{
    QJsonArray levels;
    for (const LevelCalibration &l : c.levels)
        levels.append(
            QJsonObject{{QStringLiteral("likelihood"), l.likelihood},
                        {QStringLiteral("probability"), likelihoodProbability(l.likelihood)},
                        {QStringLiteral("predicted"), l.predicted},
                        {QStringLiteral("happened"), l.happened},
                        {QStringLiteral("nearMiss"), l.nearMiss},
                        {QStringLiteral("observedRate"), jsonNumber(l.observedRate())}});
    QJsonObject byCategory;
    for (auto it = c.surprisesByCategory.cbegin(); it != c.surprisesByCategory.cend(); ++it)
        byCategory.insert(keyOf(it.key()), it.value());
    QJsonObject byComponent;
    for (auto it = c.surprisesByComponent.cbegin(); it != c.surprisesByComponent.cend(); ++it)
        byComponent.insert(it.key(), it.value());
    QJsonArray mitigations;
    for (const MitigationTypeEffect &e : c.mitigations)
        mitigations.append(QJsonObject{{QStringLiteral("type"), keyOf(e.type)},
                                       {QStringLiteral("total"), e.total},
                                       {QStringLiteral("done"), e.done},
                                       {QStringLiteral("helped"), e.helped},
                                       {QStringLiteral("partly"), e.partly},
                                       {QStringLiteral("didNotHelp"), e.didNotHelp}});
    QJsonArray people;
    for (auto it = c.people.cbegin(); it != c.people.cend(); ++it)
        people.append(
            QJsonObject{{QStringLiteral("name"), it.key()},
                        {QStringLiteral("judged"), it->judged},
                        {QStringLiteral("brierScore"), jsonNumber(it->brierScore())},
                        {QStringLiteral("groupBrierScore"), jsonNumber(it->groupBrierScore())}});
    QJsonObject root{
        {QStringLiteral("levels"), levels},
        {QStringLiteral("judged"), c.judged},
        {QStringLiteral("pending"), c.pending},
        {QStringLiteral("unscoredJudged"), c.unscoredJudged},
        {QStringLiteral("brierScore"), jsonNumber(c.brierScore())},
        {QStringLiteral("highPredicted"), c.highPredicted},
        {QStringLiteral("highHappened"), c.highHappened},
        {QStringLiteral("highHitRate"), jsonNumber(c.highHitRate())},
        {QStringLiteral("predictedHappened"), c.predictedHappened()},
        {QStringLiteral("caughtRate"), jsonNumber(c.caughtRate())},
        {QStringLiteral("surprises"), c.surprises},
        {QStringLiteral("surprisesByCategory"), byCategory},
        {QStringLiteral("surprisesByComponent"), byComponent},
        {QStringLiteral("mitigationTypes"), mitigations},
    };
    if (!people.isEmpty()) // only workshops with revealed, named estimates
        root.insert(QStringLiteral("people"), people);
    return root;
}

} // namespace pm
