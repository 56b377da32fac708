#pragma once

// Scoring failure modes: the one code path behind dragging a matrix card, the 1-5 and Shift+1-5
// keys (on the board, the matrix or the ranked list) and the matrix arrows. Every call is one
// change set and one undo step ("Score “Retry storm” 4×5").

#include <QCoreApplication>
#include <QUuid>

#include <functional>
#include <optional>

class QUndoStack;

namespace pm {
class Workshop;
}

struct ScoreChange
{
    std::optional<int> likelihood;  // set to this (0 clears)
    std::optional<int> blastRadius; // set to this (0 clears)
    int likelihoodStep = 0;         // move by this many cells; unscored failure modes stay put
    int blastRadiusStep = 0;
};

class ScoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    // Returns false with the core's message when the edit was refused; true (and no undo step)
    // when it would change nothing.
    static bool apply(QUndoStack *stack, pm::Workshop *workshop, const QList<QUuid> &failureModes,
                      const ScoreChange &change, QString *error = nullptr,
                      std::function<void(const QString &)> onError = {});

    // "Score “Retry storm” 4×5"; "–" for an unscored factor.
    static QString text(const QString &title, int likelihood, int blastRadius);
};
