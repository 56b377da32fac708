#include "roomview.h"

#include "anonymity.h"
#include "axiswording.h"
#include "estimates.h"
#include "phaseguide.h"
#include "promptcards.h"
#include "singletonrisk.h"
#include "voting.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace room {

namespace {

QString idText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QJsonArray buildCategories()
{
    // "Uncategorised" first: the page starts on it, so a note written without choosing is not
    // filed under a category nobody chose.
    QJsonArray list{
        QJsonObject{{QStringLiteral("key"), pm::keyOf(pm::Category::Uncategorised)},
                    {QStringLiteral("name"), pm::displayName(pm::Category::Uncategorised)},
                    {QStringLiteral("questions"), QJsonArray()}}};
    for (const pm::PromptCard &card : pm::promptCards()) {
        list.append(
            QJsonObject{{QStringLiteral("key"), pm::keyOf(card.category)},
                        {QStringLiteral("name"), pm::displayName(card.category)},
                        {QStringLiteral("questions"), QJsonArray::fromStringList(card.questions)}});
    }
    return list;
}

// Built once per language rather than for every push to every device.
QJsonArray categories()
{
    static QString builtFor;
    static QJsonArray cached;
    const QString language = pm::displayName(pm::Category::Bug);
    if (cached.isEmpty() || builtFor != language) {
        cached = buildCategories();
        builtFor = language;
    }
    return cached;
}

QJsonArray participants(const pm::Workshop &workshop)
{
    QJsonArray list;
    for (const pm::Participant &p : workshop.rows<pm::Participant>())
        list.append(QJsonObject{{QStringLiteral("id"), idText(p.meta.id)},
                                {QStringLiteral("name"), p.name}});
    return list;
}

QJsonArray roles()
{
    QJsonArray list;
    for (int i = 0; i < pm::vocabularySize<pm::Role>(); ++i)
        list.append(QJsonObject{{QStringLiteral("key"), pm::keyOf(pm::Role(i))},
                                {QStringLiteral("name"), pm::displayName(pm::Role(i))}});
    return list;
}

QJsonArray sides()
{
    QJsonArray list;
    for (int i = 0; i < pm::vocabularySize<pm::Side>(); ++i)
        list.append(QJsonObject{{QStringLiteral("key"), pm::keyOf(pm::Side(i))},
                                {QStringLiteral("name"), pm::displayName(pm::Side(i))}});
    return list;
}

// What the page asks of a participant: the board's instruction, except where the page offers
// something else than the board (in ranking, the page holds each person's scores and the dot
// vote).
QString instruction(const pm::WorkshopInfo &info, bool showsTotals)
{
    const pm::Phase phase = info.phase;
    if (phase == pm::Phase::Rank && !info.votingOpen && !showsTotals && !info.estimatesRevealed)
        return QCoreApplication::translate(
            "room::RoomView", "Score each risk on your own: how likely it is and how far it would "
                              "reach. Nobody sees your scores until the facilitator reveals them.");
    if (phase == pm::Phase::Rank && showsTotals)
        return QCoreApplication::translate(
            "room::RoomView",
            "The vote is closed: the failure modes with the most dots come first.");
    if (phase == pm::Phase::Rank)
        return QCoreApplication::translate(
            "room::RoomView", "Give your dots to the failure modes you think matter most. The "
                              "totals show once the facilitator closes the vote.");
    return pm::phaseInstruction(phase);
}

// What the device scores in ranking: every failure mode and every loose note (a risk of its own,
// singletonrisk.h), in the order they were made, so the list does not move while people score;
// its own estimates; after the reveal the room's spread of each, without names. Other devices'
// values are never sent, and before the reveal nothing of them at all.
QJsonObject estimates(const pm::Workshop &workshop, const ViewerInfo &viewer,
                      const QHash<QUuid, QString> &componentNames)
{
    const pm::WorkshopInfo &info = workshop.info();
    QHash<QUuid, pm::VisibleEstimate> own;
    if (!viewer.participant.isNull()) {
        for (const pm::VisibleEstimate &e : pm::visibleEstimates(workshop, viewer.participant)) {
            if (e.own)
                own.insert(e.failureMode, e);
        }
    }
    QHash<QUuid, pm::EstimateSpread> spreads;
    if (info.estimatesRevealed) {
        for (const pm::EstimateSpread &s : pm::estimateSpreads(workshop))
            spreads.insert(s.failureMode, s);
    }
    QList<pm::FailureMode> modes = workshop.rows<pm::FailureMode>();
    modes << pm::unwrittenSingletons(workshop);
    QJsonArray list;
    int scored = 0;
    for (const pm::FailureMode &f : std::as_const(modes)) {
        QJsonObject m{{QStringLiteral("id"), idText(f.meta.id)},
                      {QStringLiteral("title"), f.title},
                      {QStringLiteral("component"), componentNames.value(f.component)}};
        if (const auto it = own.constFind(f.meta.id); it != own.constEnd()) {
            m.insert(QStringLiteral("likelihood"), it->likelihood);
            m.insert(QStringLiteral("blastRadius"), it->blastRadius);
            ++scored;
        }
        if (const auto it = spreads.constFind(f.meta.id); it != spreads.constEnd())
            m.insert(QStringLiteral("spread"),
                     QJsonObject{{QStringLiteral("count"), it->count},
                                 {QStringLiteral("likelihood"),
                                  QJsonArray{it->minLikelihood, it->maxLikelihood}},
                                 {QStringLiteral("blastRadius"),
                                  QJsonArray{it->minBlastRadius, it->maxBlastRadius}}});
        list.append(m);
    }
    return QJsonObject{
        {QStringLiteral("open"), info.phase == pm::Phase::Rank && !info.estimatesRevealed},
        {QStringLiteral("revealed"), info.estimatesRevealed},
        {QStringLiteral("likelihoodLevels"),
         QJsonArray::fromStringList(pm::levelNames(info, pm::Axis::Likelihood))},
        {QStringLiteral("blastRadiusLevels"),
         QJsonArray::fromStringList(pm::levelNames(info, pm::Axis::BlastRadius))},
        {QStringLiteral("scored"), scored},
        {QStringLiteral("of"), int(modes.size())},
        {QStringLiteral("failureModes"), list},
    };
}

} // namespace

QJsonObject deviceState(const pm::Workshop &workshop, const ViewerInfo &viewer,
                        const QHash<QUuid, QUuid> &noteOwners)
{
    const pm::WorkshopInfo &info = workshop.info();
    QHash<QUuid, QString> componentNames, failureModeTitles;
    for (const pm::Component &c : workshop.rows<pm::Component>())
        componentNames.insert(c.meta.id, c.name);
    const QList<pm::FailureMode> failureModes = workshop.rows<pm::FailureMode>();
    for (const pm::FailureMode &f : failureModes)
        failureModeTitles.insert(f.meta.id, f.title);

    // Own notes carry their text (the device wrote it); everyone else's note only once it is
    // revealed, and no note ever carries an author. Only those are copied and put in order:
    // with a thousand hidden notes, sorting all of them for every push would cost more than
    // the commit.
    QList<const pm::Note *> shown;
    workshop.forEachLive<pm::Note>([&](const pm::Note &n) {
        if (!n.hidden || (!viewer.writer.isNull() && noteOwners.value(n.meta.id) == viewer.writer))
            shown << &n;
    });
    std::sort(shown.begin(), shown.end(), [](const pm::Note *a, const pm::Note *b) {
        return a->meta.created != b->meta.created ? a->meta.created < b->meta.created
                                                  : a->meta.id < b->meta.id;
    });
    QJsonArray mine, board;
    for (const pm::Note *shownNote : std::as_const(shown)) {
        const pm::Note &n = *shownNote;
        const bool own = !viewer.writer.isNull() && noteOwners.value(n.meta.id) == viewer.writer;
        QJsonObject note{{QStringLiteral("id"), idText(n.meta.id)},
                         {QStringLiteral("text"), n.text},
                         {QStringLiteral("category"), pm::keyOf(n.category)}};
        if (own) {
            QJsonObject m = note;
            m.insert(QStringLiteral("hidden"), n.hidden);
            mine.append(m);
        }
        if (n.hidden)
            continue;
        note.insert(QStringLiteral("component"), componentNames.value(n.component));
        note.insert(QStringLiteral("failureMode"), failureModeTitles.value(n.failureMode));
        board.append(note);
    }

    const QHash<QUuid, int> totals = pm::visibleVoteTotals(workshop);
    QList<pm::FailureMode> ordered = failureModes;
    if (!info.votingOpen) // the result: most dots first (in board order among equals)
        std::stable_sort(ordered.begin(), ordered.end(),
                         [&](const pm::FailureMode &a, const pm::FailureMode &b) {
                             return totals.value(a.meta.id) > totals.value(b.meta.id);
                         });
    QJsonArray modes;
    for (const pm::FailureMode &f : std::as_const(ordered)) {
        QJsonObject m{{QStringLiteral("id"), idText(f.meta.id)},
                      {QStringLiteral("title"), f.title},
                      {QStringLiteral("component"), componentNames.value(f.component)}};
        if (!viewer.participant.isNull())
            m.insert(QStringLiteral("mine"), pm::dotsOn(workshop, viewer.participant, f.meta.id));
        if (!info.votingOpen)
            m.insert(QStringLiteral("total"), totals.value(f.meta.id));
        modes.append(m);
    }
    const int used = viewer.participant.isNull() ? 0 : pm::dotsUsed(workshop, viewer.participant);
    // Scoring belongs to ranking: the list (every title again) only goes out then.
    const bool scoring = info.phase == pm::Phase::Rank && viewer.joined;

    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("state")},
        {QStringLiteral("title"), info.title},
        {QStringLiteral("phase"), pm::keyOf(info.phase)},
        {QStringLiteral("phaseName"), pm::displayName(info.phase)},
        {QStringLiteral("instruction"), instruction(info, !info.votingOpen && !totals.isEmpty())},
        {QStringLiteral("timer"), QJsonObject{{QStringLiteral("remaining"), viewer.timerRemaining},
                                              {QStringLiteral("running"), viewer.timerRunning}}},
        {QStringLiteral("anonymous"), !pm::showsAuthors(info)},
        {QStringLiteral("joined"), viewer.joined},
        {QStringLiteral("me"), viewer.displayName},
        // The list to pick from and the join form's choices only while the device has not
        // joined: with a hundred participants they would be most of every push.
        {QStringLiteral("participants"),
         pm::showsAuthors(info) && !viewer.joined ? participants(workshop) : QJsonArray()},
        {QStringLiteral("roles"), viewer.joined ? QJsonArray() : roles()},
        {QStringLiteral("sides"), viewer.joined ? QJsonArray() : sides()},
        {QStringLiteral("categories"), categories()},
        {QStringLiteral("mine"), mine},
        {QStringLiteral("board"), board},
        {QStringLiteral("vote"),
         QJsonObject{{QStringLiteral("open"), info.votingOpen},
                     {QStringLiteral("budget"), info.voteBudget},
                     {QStringLiteral("left"), qMax(0, info.voteBudget - used)},
                     {QStringLiteral("failureModes"), modes}}},
        {QStringLiteral("estimates"),
         scoring ? estimates(workshop, viewer, componentNames) : QJsonObject()},
    };
}

} // namespace room
