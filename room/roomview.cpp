#include "roomview.h"

#include "anonymity.h"
#include "phaseguide.h"
#include "promptcards.h"
#include "voting.h"
#include "workshop.h"

#include <QJsonArray>

namespace room {

namespace {

QString idText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QJsonArray categories()
{
    QJsonArray list;
    for (const pm::PromptCard &card : pm::promptCards()) {
        list.append(
            QJsonObject{{QStringLiteral("key"), pm::keyOf(card.category)},
                        {QStringLiteral("name"), pm::displayName(card.category)},
                        {QStringLiteral("questions"), QJsonArray::fromStringList(card.questions)}});
    }
    list.append(QJsonObject{{QStringLiteral("key"), pm::keyOf(pm::Category::Uncategorised)},
                            {QStringLiteral("name"), pm::displayName(pm::Category::Uncategorised)},
                            {QStringLiteral("questions"), QJsonArray()}});
    return list;
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
    // revealed, and no note ever carries an author.
    QJsonArray mine, board;
    for (const pm::Note &n : workshop.rows<pm::Note>()) {
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
    QJsonArray modes;
    for (const pm::FailureMode &f : failureModes) {
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

    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("state")},
        {QStringLiteral("title"), info.title},
        {QStringLiteral("phase"), pm::keyOf(info.phase)},
        {QStringLiteral("phaseName"), pm::displayName(info.phase)},
        {QStringLiteral("instruction"), pm::phaseInstruction(info.phase)},
        {QStringLiteral("timer"), QJsonObject{{QStringLiteral("remaining"), viewer.timerRemaining},
                                              {QStringLiteral("running"), viewer.timerRunning}}},
        {QStringLiteral("anonymous"), !pm::showsAuthors(info) || !info.recordAuthors},
        {QStringLiteral("joined"), viewer.joined},
        {QStringLiteral("me"), viewer.displayName},
        {QStringLiteral("participants"),
         pm::showsAuthors(info) ? participants(workshop) : QJsonArray()},
        {QStringLiteral("roles"), roles()},
        {QStringLiteral("sides"), sides()},
        {QStringLiteral("categories"), categories()},
        {QStringLiteral("mine"), mine},
        {QStringLiteral("board"), board},
        {QStringLiteral("vote"),
         QJsonObject{{QStringLiteral("open"), info.votingOpen},
                     {QStringLiteral("budget"), info.voteBudget},
                     {QStringLiteral("left"), qMax(0, info.voteBudget - used)},
                     {QStringLiteral("failureModes"), modes}}},
    };
}

} // namespace room
