#pragma once

// The fixed vocabularies of a workshop (categories, phases, roles, ...). Each enum value has a
// stable key (stored in files and JSON, never translated), a user-visible name and a short label
// (so the board never relies on colour alone). The enum's integer value is its index in the table.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm {

struct VocabularyEntry
{
    const char *key;
    const char *name;  // translatable, in the vocabulary's context
    const char *label; // short, for badges; translatable
};

template <typename E>
struct Vocabulary; // specialised below: static const char *context; static const VocabularyEntry
                   // entries[N]

enum class Category
{
    Uncategorised,
    Bug,
    RaceCondition,
    MemoryLeak,
    Load,
    Rollout,
    InfraMisalignment,
    Observability,
    Architecture,
    Dependency,
    BlindSpot,
    TechDebt,
};
enum class Phase
{
    Frame,
    People,
    Writing,
    Cluster,
    Rank,
    Mitigate,
    Report,
    LookBack
};
enum class Role
{
    Architect,
    SeniorEngineer,
    Sre,
    ProductLead,
    ProgrammeLead,
    Security,
    Qa,
    Other
};
enum class Side
{
    Build,
    Run,
    Both
};
enum class ComponentKind
{
    Service,
    Datastore,
    Queue,
    External,
    Layer,
    Boundary
};
enum class MitigationType
{
    Rollback,
    FeatureFlag,
    ChaosTest,
    PerfBaseline,
    Monitoring,
    Canary,
    Runbook,
    DesignChange,
    Other,
};
enum class MitigationStatus
{
    Proposed,
    Accepted,
    InProgress,
    Done,
    Rejected
};
enum class Destination
{
    None,
    Backlog,
    Adr,
    Checklist
};
enum class Outcome
{
    Unknown,
    NotHappened,
    NearMiss,
    Happened
};
// Whether a mitigation helped, as judged in the look-back.
enum class Effect
{
    Unknown,
    Helped,
    Partly,
    DidNotHelp
};
// How one component depends on another (an arrow on the architecture map).
enum class DependencyKind
{
    SyncCall,
    AsyncMessage,
    Data,
    Deployment
};
enum class RiskBand
{
    Unscored,
    Low,
    Medium,
    High,
    Critical
};

#define PM_VOCABULARY(E, N)                                                                        \
    template <> struct Vocabulary<E>                                                               \
    {                                                                                              \
        static const char *const context;                                                          \
        static const VocabularyEntry entries[N];                                                   \
    };
PM_VOCABULARY(Category, 12)
PM_VOCABULARY(Phase, 8)
PM_VOCABULARY(Role, 8)
PM_VOCABULARY(Side, 3)
PM_VOCABULARY(ComponentKind, 6)
PM_VOCABULARY(MitigationType, 9)
PM_VOCABULARY(MitigationStatus, 5)
PM_VOCABULARY(Destination, 4)
PM_VOCABULARY(Outcome, 4)
PM_VOCABULARY(Effect, 4)
PM_VOCABULARY(DependencyKind, 4)
PM_VOCABULARY(RiskBand, 5)
#undef PM_VOCABULARY

template <typename E> constexpr int vocabularySize()
{
    return int(std::size(Vocabulary<E>::entries));
}

template <typename E> QString keyOf(E value)
{
    return QString::fromLatin1(Vocabulary<E>::entries[int(value)].key);
}

template <typename E> QString displayName(E value)
{
    return QCoreApplication::translate(Vocabulary<E>::context,
                                       Vocabulary<E>::entries[int(value)].name);
}

template <typename E> QString shortLabel(E value)
{
    return QCoreApplication::translate(Vocabulary<E>::context,
                                       Vocabulary<E>::entries[int(value)].label);
}

template <typename E> std::optional<E> fromKey(const QString &key)
{
    for (int i = 0; i < vocabularySize<E>(); ++i) {
        if (key == QLatin1String(Vocabulary<E>::entries[i].key))
            return E(i);
    }
    return std::nullopt;
}

template <typename E> QStringList allKeys()
{
    QStringList keys;
    for (int i = 0; i < vocabularySize<E>(); ++i)
        keys << QString::fromLatin1(Vocabulary<E>::entries[i].key);
    return keys;
}

template <typename E> QList<E> allValues()
{
    QList<E> values;
    for (int i = 0; i < vocabularySize<E>(); ++i)
        values << E(i);
    return values;
}

} // namespace pm
