#include "vocabulary.h"

namespace pm {

// Keys are part of the file format: never rename one, only add.
const char *const Vocabulary<Category>::context = "pm::Category";
const VocabularyEntry Vocabulary<Category>::entries[] = {
    {"uncategorised", QT_TRANSLATE_NOOP("pm::Category", "Uncategorised"),
     QT_TRANSLATE_NOOP("pm::Category", "NEW")},
    {"bug", QT_TRANSLATE_NOOP("pm::Category", "Critical bug"),
     QT_TRANSLATE_NOOP("pm::Category", "BUG")},
    {"race-condition", QT_TRANSLATE_NOOP("pm::Category", "Race condition"),
     QT_TRANSLATE_NOOP("pm::Category", "RACE")},
    {"memory-leak", QT_TRANSLATE_NOOP("pm::Category", "Memory leak"),
     QT_TRANSLATE_NOOP("pm::Category", "LEAK")},
    {"load", QT_TRANSLATE_NOOP("pm::Category", "Misestimated load"),
     QT_TRANSLATE_NOOP("pm::Category", "LOAD")},
    {"rollout", QT_TRANSLATE_NOOP("pm::Category", "Flawed rollout"),
     QT_TRANSLATE_NOOP("pm::Category", "ROLL")},
    {"infra-misalignment", QT_TRANSLATE_NOOP("pm::Category", "Infrastructure/feature misalignment"),
     QT_TRANSLATE_NOOP("pm::Category", "INFRA")},
    {"observability", QT_TRANSLATE_NOOP("pm::Category", "Weak observability / incident response"),
     QT_TRANSLATE_NOOP("pm::Category", "OBS")},
    {"architecture", QT_TRANSLATE_NOOP("pm::Category", "Architectural fragility"),
     QT_TRANSLATE_NOOP("pm::Category", "ARCH")},
    {"dependency", QT_TRANSLATE_NOOP("pm::Category", "Dependency risk"),
     QT_TRANSLATE_NOOP("pm::Category", "DEP")},
    {"blind-spot", QT_TRANSLATE_NOOP("pm::Category", "Operational blind spot"),
     QT_TRANSLATE_NOOP("pm::Category", "OPS")},
    {"tech-debt", QT_TRANSLATE_NOOP("pm::Category", "Tech-debt pressure"),
     QT_TRANSLATE_NOOP("pm::Category", "DEBT")},
};

const char *const Vocabulary<Phase>::context = "pm::Phase";
const VocabularyEntry Vocabulary<Phase>::entries[] = {
    {"frame", QT_TRANSLATE_NOOP("pm::Phase", "Frame"), QT_TRANSLATE_NOOP("pm::Phase", "1")},
    {"people", QT_TRANSLATE_NOOP("pm::Phase", "People"), QT_TRANSLATE_NOOP("pm::Phase", "2")},
    {"writing", QT_TRANSLATE_NOOP("pm::Phase", "Silent writing"),
     QT_TRANSLATE_NOOP("pm::Phase", "3")},
    {"cluster", QT_TRANSLATE_NOOP("pm::Phase", "Reveal & cluster"),
     QT_TRANSLATE_NOOP("pm::Phase", "4")},
    {"rank", QT_TRANSLATE_NOOP("pm::Phase", "Rank"), QT_TRANSLATE_NOOP("pm::Phase", "5")},
    {"mitigate", QT_TRANSLATE_NOOP("pm::Phase", "Mitigate"), QT_TRANSLATE_NOOP("pm::Phase", "6")},
    {"report", QT_TRANSLATE_NOOP("pm::Phase", "Report"), QT_TRANSLATE_NOOP("pm::Phase", "7")},
    {"lookback", QT_TRANSLATE_NOOP("pm::Phase", "Look back"), QT_TRANSLATE_NOOP("pm::Phase", "8")},
};

const char *const Vocabulary<Role>::context = "pm::Role";
const VocabularyEntry Vocabulary<Role>::entries[] = {
    {"architect", QT_TRANSLATE_NOOP("pm::Role", "Architect"), QT_TRANSLATE_NOOP("pm::Role", "ARC")},
    {"senior-engineer", QT_TRANSLATE_NOOP("pm::Role", "Senior engineer"),
     QT_TRANSLATE_NOOP("pm::Role", "ENG")},
    {"sre", QT_TRANSLATE_NOOP("pm::Role", "SRE / operations"),
     QT_TRANSLATE_NOOP("pm::Role", "SRE")},
    {"product-lead", QT_TRANSLATE_NOOP("pm::Role", "Product lead"),
     QT_TRANSLATE_NOOP("pm::Role", "PRD")},
    {"programme-lead", QT_TRANSLATE_NOOP("pm::Role", "Programme lead"),
     QT_TRANSLATE_NOOP("pm::Role", "PGM")},
    {"security", QT_TRANSLATE_NOOP("pm::Role", "Security"), QT_TRANSLATE_NOOP("pm::Role", "SEC")},
    {"qa", QT_TRANSLATE_NOOP("pm::Role", "QA"), QT_TRANSLATE_NOOP("pm::Role", "QA")},
    {"other", QT_TRANSLATE_NOOP("pm::Role", "Other"), QT_TRANSLATE_NOOP("pm::Role", "OTH")},
};

const char *const Vocabulary<Side>::context = "pm::Side";
const VocabularyEntry Vocabulary<Side>::entries[] = {
    {"build", QT_TRANSLATE_NOOP("pm::Side", "Build-time"), QT_TRANSLATE_NOOP("pm::Side", "B")},
    {"run", QT_TRANSLATE_NOOP("pm::Side", "Run-time"), QT_TRANSLATE_NOOP("pm::Side", "R")},
    {"both", QT_TRANSLATE_NOOP("pm::Side", "Build- and run-time"),
     QT_TRANSLATE_NOOP("pm::Side", "B+R")},
};

const char *const Vocabulary<ComponentKind>::context = "pm::ComponentKind";
const VocabularyEntry Vocabulary<ComponentKind>::entries[] = {
    {"service", QT_TRANSLATE_NOOP("pm::ComponentKind", "Service"),
     QT_TRANSLATE_NOOP("pm::ComponentKind", "SVC")},
    {"datastore", QT_TRANSLATE_NOOP("pm::ComponentKind", "Datastore"),
     QT_TRANSLATE_NOOP("pm::ComponentKind", "DB")},
    {"queue", QT_TRANSLATE_NOOP("pm::ComponentKind", "Queue"),
     QT_TRANSLATE_NOOP("pm::ComponentKind", "Q")},
    {"external", QT_TRANSLATE_NOOP("pm::ComponentKind", "External dependency"),
     QT_TRANSLATE_NOOP("pm::ComponentKind", "EXT")},
    {"layer", QT_TRANSLATE_NOOP("pm::ComponentKind", "Stack layer"),
     QT_TRANSLATE_NOOP("pm::ComponentKind", "LAYER")},
    {"boundary", QT_TRANSLATE_NOOP("pm::ComponentKind", "Service boundary"),
     QT_TRANSLATE_NOOP("pm::ComponentKind", "BOUNDARY")},
};

const char *const Vocabulary<MitigationType>::context = "pm::MitigationType";
const VocabularyEntry Vocabulary<MitigationType>::entries[] = {
    {"rollback", QT_TRANSLATE_NOOP("pm::MitigationType", "Automated rollback"),
     QT_TRANSLATE_NOOP("pm::MitigationType", "RB")},
    {"feature-flag", QT_TRANSLATE_NOOP("pm::MitigationType", "Feature flag"),
     QT_TRANSLATE_NOOP("pm::MitigationType", "FF")},
    {"chaos-test", QT_TRANSLATE_NOOP("pm::MitigationType", "Chaos test"),
     QT_TRANSLATE_NOOP("pm::MitigationType", "CHAOS")},
    {"perf-baseline", QT_TRANSLATE_NOOP("pm::MitigationType", "Performance baseline"),
     QT_TRANSLATE_NOOP("pm::MitigationType", "PERF")},
    {"monitoring", QT_TRANSLATE_NOOP("pm::MitigationType", "Monitoring / alerting"),
     QT_TRANSLATE_NOOP("pm::MitigationType", "MON")},
    {"canary", QT_TRANSLATE_NOOP("pm::MitigationType", "Canary / blue-green"),
     QT_TRANSLATE_NOOP("pm::MitigationType", "CAN")},
    {"runbook", QT_TRANSLATE_NOOP("pm::MitigationType", "Runbook"),
     QT_TRANSLATE_NOOP("pm::MitigationType", "RUN")},
    {"design-change", QT_TRANSLATE_NOOP("pm::MitigationType", "Design change"),
     QT_TRANSLATE_NOOP("pm::MitigationType", "DES")},
    {"other", QT_TRANSLATE_NOOP("pm::MitigationType", "Other"),
     QT_TRANSLATE_NOOP("pm::MitigationType", "OTH")},
};

const char *const Vocabulary<MitigationStatus>::context = "pm::MitigationStatus";
const VocabularyEntry Vocabulary<MitigationStatus>::entries[] = {
    {"proposed", QT_TRANSLATE_NOOP("pm::MitigationStatus", "Proposed"),
     QT_TRANSLATE_NOOP("pm::MitigationStatus", "PROP")},
    {"accepted", QT_TRANSLATE_NOOP("pm::MitigationStatus", "Accepted"),
     QT_TRANSLATE_NOOP("pm::MitigationStatus", "ACC")},
    {"in-progress", QT_TRANSLATE_NOOP("pm::MitigationStatus", "In progress"),
     QT_TRANSLATE_NOOP("pm::MitigationStatus", "WIP")},
    {"done", QT_TRANSLATE_NOOP("pm::MitigationStatus", "Done"),
     QT_TRANSLATE_NOOP("pm::MitigationStatus", "DONE")},
    {"rejected", QT_TRANSLATE_NOOP("pm::MitigationStatus", "Rejected"),
     QT_TRANSLATE_NOOP("pm::MitigationStatus", "REJ")},
};

const char *const Vocabulary<Destination>::context = "pm::Destination";
const VocabularyEntry Vocabulary<Destination>::entries[] = {
    {"none", QT_TRANSLATE_NOOP("pm::Destination", "Not yet decided"),
     QT_TRANSLATE_NOOP("pm::Destination", "-")},
    {"backlog", QT_TRANSLATE_NOOP("pm::Destination", "Backlog item"),
     QT_TRANSLATE_NOOP("pm::Destination", "BACKLOG")},
    {"adr", QT_TRANSLATE_NOOP("pm::Destination", "Architecture decision record"),
     QT_TRANSLATE_NOOP("pm::Destination", "ADR")},
    {"checklist", QT_TRANSLATE_NOOP("pm::Destination", "Deployment checklist"),
     QT_TRANSLATE_NOOP("pm::Destination", "CHECKLIST")},
};

const char *const Vocabulary<Outcome>::context = "pm::Outcome";
const VocabularyEntry Vocabulary<Outcome>::entries[] = {
    {"unknown", QT_TRANSLATE_NOOP("pm::Outcome", "Not yet known"),
     QT_TRANSLATE_NOOP("pm::Outcome", "?")},
    {"not-happened", QT_TRANSLATE_NOOP("pm::Outcome", "Did not happen"),
     QT_TRANSLATE_NOOP("pm::Outcome", "NO")},
    {"near-miss", QT_TRANSLATE_NOOP("pm::Outcome", "Near miss"),
     QT_TRANSLATE_NOOP("pm::Outcome", "NEAR")},
    {"happened", QT_TRANSLATE_NOOP("pm::Outcome", "Happened"),
     QT_TRANSLATE_NOOP("pm::Outcome", "YES")},
};

const char *const Vocabulary<Effect>::context = "pm::Effect";
const VocabularyEntry Vocabulary<Effect>::entries[] = {
    {"unknown", QT_TRANSLATE_NOOP("pm::Effect", "Not yet judged"),
     QT_TRANSLATE_NOOP("pm::Effect", "?")},
    {"helped", QT_TRANSLATE_NOOP("pm::Effect", "Helped"),
     QT_TRANSLATE_NOOP("pm::Effect", "HELPED")},
    {"partly", QT_TRANSLATE_NOOP("pm::Effect", "Helped partly"),
     QT_TRANSLATE_NOOP("pm::Effect", "PARTLY")},
    {"did-not-help", QT_TRANSLATE_NOOP("pm::Effect", "Did not help"),
     QT_TRANSLATE_NOOP("pm::Effect", "NO HELP")},
};

const char *const Vocabulary<DependencyKind>::context = "pm::DependencyKind";
const VocabularyEntry Vocabulary<DependencyKind>::entries[] = {
    {"sync-call", QT_TRANSLATE_NOOP("pm::DependencyKind", "Synchronous call"),
     QT_TRANSLATE_NOOP("pm::DependencyKind", "CALL")},
    {"async-message", QT_TRANSLATE_NOOP("pm::DependencyKind", "Asynchronous message"),
     QT_TRANSLATE_NOOP("pm::DependencyKind", "MSG")},
    {"data", QT_TRANSLATE_NOOP("pm::DependencyKind", "Data"),
     QT_TRANSLATE_NOOP("pm::DependencyKind", "DATA")},
    {"deployment", QT_TRANSLATE_NOOP("pm::DependencyKind", "Deployment"),
     QT_TRANSLATE_NOOP("pm::DependencyKind", "DEPLOY")},
};

const char *const Vocabulary<RiskBand>::context = "pm::RiskBand";
const VocabularyEntry Vocabulary<RiskBand>::entries[] = {
    {"unscored", QT_TRANSLATE_NOOP("pm::RiskBand", "Unscored"),
     QT_TRANSLATE_NOOP("pm::RiskBand", "-")},
    {"low", QT_TRANSLATE_NOOP("pm::RiskBand", "Low"), QT_TRANSLATE_NOOP("pm::RiskBand", "LOW")},
    {"medium", QT_TRANSLATE_NOOP("pm::RiskBand", "Medium"),
     QT_TRANSLATE_NOOP("pm::RiskBand", "MED")},
    {"high", QT_TRANSLATE_NOOP("pm::RiskBand", "High"), QT_TRANSLATE_NOOP("pm::RiskBand", "HIGH")},
    {"critical", QT_TRANSLATE_NOOP("pm::RiskBand", "Critical"),
     QT_TRANSLATE_NOOP("pm::RiskBand", "CRIT")},
};

} // namespace pm
