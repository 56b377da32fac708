#include "promptcards.h"

#include <QCoreApplication>

namespace pm {

namespace {

struct CardText
{
    Category category;
    const char *questions[3]; // nullptr where a card has only two
};

// The questions probe the run-time and the build-time side alike: the seed's point is that both
// kinds of people see different failures.
const CardText kCards[] = {
    {Category::Bug,
     {QT_TRANSLATE_NOOP("pm::PromptCard",
                        "Which code path has no test because it is hard to reach?"),
      QT_TRANSLATE_NOOP("pm::PromptCard", "What input did nobody expect: empty, huge, malformed?"),
      QT_TRANSLATE_NOOP("pm::PromptCard", "Which edge case only shows up with real data?")}},
    {Category::RaceCondition,
     {QT_TRANSLATE_NOOP("pm::PromptCard",
                        "What happens when two requests change the same thing at once?"),
      QT_TRANSLATE_NOOP("pm::PromptCard",
                        "Which step assumes an order that retries or queues can break?"),
      QT_TRANSLATE_NOOP("pm::PromptCard", "Where do old and new versions run side by side?")}},
    {Category::MemoryLeak,
     {QT_TRANSLATE_NOOP("pm::PromptCard",
                        "What grows and is never released: caches, connections, handles?"),
      QT_TRANSLATE_NOOP("pm::PromptCard", "What happens after a week without a restart?")}},
    {Category::Load,
     {QT_TRANSLATE_NOOP("pm::PromptCard", "Which load estimate is a guess nobody measured?"),
      QT_TRANSLATE_NOOP("pm::PromptCard",
                        "What happens at ten times the traffic, or at the daily peak?"),
      QT_TRANSLATE_NOOP("pm::PromptCard", "Which dependency has a quota or limit we could hit?")}},
    {Category::Rollout,
     {QT_TRANSLATE_NOOP("pm::PromptCard", "How do we roll back, and has anyone tried it?"),
      QT_TRANSLATE_NOOP(
          "pm::PromptCard",
          "Which change reaches everyone at once, without a canary or blue-green step?"),
      QT_TRANSLATE_NOOP("pm::PromptCard", "Which migration cannot be undone?")}},
    {Category::InfraMisalignment,
     {QT_TRANSLATE_NOOP("pm::PromptCard", "Where does the production setup differ from staging?"),
      QT_TRANSLATE_NOOP("pm::PromptCard",
                        "Which feature needs infrastructure that is not ready or not sized?")}},
    {Category::Observability,
     {QT_TRANSLATE_NOOP("pm::PromptCard", "How would we know it is broken before users tell us?"),
      QT_TRANSLATE_NOOP("pm::PromptCard", "Who gets paged, and does the runbook exist?"),
      QT_TRANSLATE_NOOP("pm::PromptCard",
                        "Which failure would be silent: no error, just wrong results?")}},
    {Category::Architecture,
     {QT_TRANSLATE_NOOP("pm::PromptCard",
                        "Which single component takes everything down when it fails?"),
      QT_TRANSLATE_NOOP("pm::PromptCard",
                        "Where does a slow part make everything behind it slow?")}},
    {Category::Dependency,
     {QT_TRANSLATE_NOOP("pm::PromptCard",
                        "Which external service or library can change or fail under us?"),
      QT_TRANSLATE_NOOP("pm::PromptCard",
                        "What do we do when a dependency times out instead of failing?")}},
    {Category::BlindSpot,
     {QT_TRANSLATE_NOOP("pm::PromptCard", "Which part of the system does nobody in this room own?"),
      QT_TRANSLATE_NOOP("pm::PromptCard",
                        "What do operations people do by hand that nobody wrote down?")}},
    {Category::TechDebt,
     {QT_TRANSLATE_NOOP("pm::PromptCard", "Which shortcut taken for the deadline will bite first?"),
      QT_TRANSLATE_NOOP("pm::PromptCard",
                        "Which old part are we afraid to touch, and must touch now?")}},
};

PromptCard toCard(const CardText &text)
{
    PromptCard card{text.category, {}};
    for (const char *question : text.questions) {
        if (question)
            card.questions << QCoreApplication::translate("pm::PromptCard", question);
    }
    return card;
}

} // namespace

QList<PromptCard> promptCards()
{
    QList<PromptCard> cards;
    for (const CardText &text : kCards)
        cards << toCard(text);
    return cards;
}

PromptCard promptCard(Category category)
{
    for (const CardText &text : kCards) {
        if (text.category == category)
            return toCard(text);
    }
    return {category, {}};
}

} // namespace pm
