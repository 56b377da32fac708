#pragma once

// The rows of a workshop. Each row type carries RowMeta (identity and merge bookkeeping) plus its
// own fields, and knows its TableSpec and how to turn itself into and back from a value list in
// spec order. Positions and colours are plain numbers and strings: the app maps them to Qt Gui
// types.

#include "fieldclocks.h"
#include "fieldspec.h"
#include "vocabulary.h"

#include <QDate>
#include <QUuid>
#include <QVariantList>

#include <variant>

namespace pm {

struct RowMeta
{
    QUuid id;
    qint64 created = 0;  // UTC milliseconds since the epoch
    qint64 modified = 0; // UTC milliseconds since the epoch
    QUuid writer;        // the file copy that last wrote the row
    qint64 hlc = 0;      // hybrid logical clock of the last write: max(ms * 1000, previous + 1)
    bool deleted = false;
    FieldClocks clocks; // the clock of each field written since the row was created

    bool operator==(const RowMeta &o) const;
};

#define PM_ROW_INTERFACE(T)                                                                        \
    RowMeta meta;                                                                                  \
    static const TableSpec &spec();                                                                \
    QVariantList values() const;                                                                   \
    static T fromValues(const RowMeta &meta, const QVariantList &values);                          \
    bool operator==(const T &o) const                                                              \
    {                                                                                              \
        return meta == o.meta && values() == o.values();                                           \
    }                                                                                              \
    bool operator!=(const T &o) const                                                              \
    {                                                                                              \
        return !(*this == o);                                                                      \
    }

struct WorkshopInfo
{
    PM_ROW_INTERFACE(WorkshopInfo)
    QString title;
    QString system;   // the launch or system under review
    QString scenario; // "It is <date>. <launch> has failed. <what users saw>."
    QDate horizon;
    QString templateId;
    Phase phase = Phase::Frame;
    // The wording of the matrix axes, levels 1..5 one per line; empty for the built-in wording.
    QString likelihoodLabels;
    QString blastRadiusLabels;
    bool anonymous = false;         // authors are not shown on the board, matrix or exports
    bool recordAuthors = true;      // false: the file does not store authors at all
    int voteBudget = 3;             // dots per participant
    bool votingOpen = false;        // while open, vote totals stay hidden from the room
    QUuid preparedFor;              // a preparation pack: the participant it was made for
    bool estimatesRevealed = false; // version 8: everyone sees every estimate (estimates.h)
};

struct Participant
{
    PM_ROW_INTERFACE(Participant)
    QString name;
    Role role = Role::Other;
    Side side = Side::Both;
};

struct Component
{
    PM_ROW_INTERFACE(Component)
    QString name;
    ComponentKind kind = ComponentKind::Service;
    double x = 0, y = 0, width = 240, height = 160;
    QUuid parent;            // a layer or boundary that contains it
    bool userFacing = false; // users see it fail directly (version 7)
};

struct FailureMode
{
    PM_ROW_INTERFACE(FailureMode)
    QString title;
    QString description;
    QUuid component;
    int likelihood = 0; // 0 = unscored, else 1..5
    int blastRadius = 0;
    Category category = Category::Uncategorised;
    Outcome outcome = Outcome::Unknown;
    QDate outcomeDate;
    QString outcomeRef;    // post-mortem link or reference
    bool surprise = false; // added in the look-back: it happened but nobody predicted it
};

struct Note
{
    PM_ROW_INTERFACE(Note)
    QString text;
    QUuid author; // a participant
    Category category = Category::Uncategorised;
    QString colour; // "#rrggbb", or empty to colour by category
    double x = 0, y = 0, width = 200, height = 140;
    bool hidden = false; // hidden from the room until the reveal
    QUuid component;
    QUuid failureMode;
};

struct Mitigation
{
    PM_ROW_INTERFACE(Mitigation)
    QUuid failureMode;
    MitigationType type = MitigationType::Other;
    QString description;
    QString owner;
    QDate due;
    MitigationStatus status = MitigationStatus::Proposed;
    Destination destination = Destination::None;
    int residualLikelihood = 0;
    int residualBlastRadius = 0;
    Effect effect = Effect::Unknown; // judged in the look-back
};

struct Vote
{
    PM_ROW_INTERFACE(Vote)
    QUuid participant;
    QUuid failureMode;
    int dots = 1;
};

// "from depends on to": a failure of `to` reaches `from` (version 7).
struct Dependency
{
    PM_ROW_INTERFACE(Dependency)
    QUuid from;
    QUuid to;
    DependencyKind kind = DependencyKind::SyncCall;
    QString label;
    bool unprotected = false; // no agreed SLA and no fallback
};

// One participant's own likelihood and blast radius for one failure mode (version 8). Its id is
// derived from the pair (estimateId() in estimates.h), so the same estimate made on two machines
// is one row that merges field by field; clearing it leaves a tombstone.
struct Estimate
{
    PM_ROW_INTERFACE(Estimate)
    QUuid participant;
    QUuid failureMode;
    int likelihood = 1; // 1..5
    int blastRadius = 1;
};

#undef PM_ROW_INTERFACE

// The id of the estimate of this participant on this failure mode: a name-based UUID (version 5)
// of the pair, the same on every machine. Rows with another id are refused.
QUuid estimateId(const QUuid &participant, const QUuid &failureMode);

// Any row: the unit of change. A ChangeSet is applied atomically, in one transaction.
using AnyRow = std::variant<WorkshopInfo, Participant, Component, FailureMode, Note, Mitigation,
                            Vote, Dependency, Estimate>;
using ChangeSet = QList<AnyRow>;

// A row named by kind and id, without its contents.
struct RowRef
{
    EntityKind kind;
    QUuid id;
};

// Calls f with a default-constructed row of the kind's type, to dispatch on a runtime kind.
template <typename F> decltype(auto) visitKind(EntityKind kind, F &&f)
{
    switch (kind) {
    case EntityKind::Workshop:
        return f(WorkshopInfo{});
    case EntityKind::Participant:
        return f(Participant{});
    case EntityKind::Component:
        return f(Component{});
    case EntityKind::FailureMode:
        return f(FailureMode{});
    case EntityKind::Note:
        return f(Note{});
    case EntityKind::Mitigation:
        return f(Mitigation{});
    case EntityKind::Dependency:
        return f(Dependency{});
    case EntityKind::Estimate:
        return f(Estimate{});
    case EntityKind::Vote:
        break;
    }
    return f(Vote{});
}

const RowMeta &metaOf(const AnyRow &row);
EntityKind kindOf(const AnyRow &row);
const TableSpec &specOf(EntityKind kind);
const std::vector<const TableSpec *> &allSpecs(); // in dependency order (referenced tables first)

} // namespace pm
