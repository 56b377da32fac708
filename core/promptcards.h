#pragma once

// Prompt cards for silent writing: for each of the seed's eleven failure categories, short
// probing questions that get people past the obvious causes. Shown while the room writes, in
// preparation packs, and wherever a facilitator needs the categories explained.

#include "vocabulary.h"

#include <QList>
#include <QStringList>

namespace pm {

struct PromptCard
{
    Category category;
    QStringList questions; // translated
};

// One card per category except Uncategorised, in the seed's order.
QList<PromptCard> promptCards();
PromptCard promptCard(Category category);

} // namespace pm
