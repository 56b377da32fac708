#pragma once

// A table's shape, described once and used everywhere: SQL statements, reading and type-checking
// rows from an untrusted file, JSON export/import, and validation of every edit. Field names are
// both the SQL column names and the JSON keys.

#include "vocabulary.h"

#include <QStringList>

#include <vector>

namespace pm {

enum class EntityKind
{
    Workshop,
    Participant,
    Component,
    FailureMode,
    Note,
    Mitigation,
    Vote,
    Dependency, // version 7
    Estimate    // version 8
};
constexpr int kEntityKindCount = 9;

enum class FieldType
{
    Text,    // QString, bounded length
    Uuid,    // QUuid as text; null when unset; may reference another table
    Integer, // qlonglong within [minInt, maxInt]
    Real,    // finite double within [minReal, maxReal]
    Bool,    // bool (0/1 in SQL)
    Date,    // ISO yyyy-MM-dd text, or null
    Key,     // one of a vocabulary's keys
    Colour,  // "#rrggbb", or empty
};

struct FieldSpec
{
    const char *name = "";
    FieldType type = FieldType::Text;
    bool required = false; // Text: not blank; Uuid: not null
    int maxLength = 0;     // Text
    qint64 minInt = 0, maxInt = 0;
    double minReal = 0, maxReal = 0;
    EntityKind references = EntityKind::Workshop; // Uuid fields only
    bool isReference = false;
    QStringList keys; // Key fields only

    static FieldSpec text(const char *name, int maxLength, bool required = false);
    static FieldSpec uuid(const char *name, EntityKind references, bool required = false);
    static FieldSpec integer(const char *name, qint64 min, qint64 max);
    static FieldSpec real(const char *name, double min, double max);
    static FieldSpec boolean(const char *name);
    static FieldSpec date(const char *name);
    static FieldSpec colour(const char *name);
    template <typename E> static FieldSpec key(const char *name)
    {
        FieldSpec f;
        f.name = name;
        f.type = FieldType::Key;
        f.keys = allKeys<E>();
        return f;
    }
};

struct TableSpec
{
    EntityKind kind;
    const char *table;     // SQL table name
    const char *jsonArray; // key of the array in the JSON export
    const char *noun;      // translatable, in context "pm::Entity", for messages
    std::vector<FieldSpec> fields;

    QString displayNoun() const;
};

// Bounds shared by the format documentation, the tests and the validators.
constexpr int kMaxNameLength = 200;
constexpr int kMaxTitleLength = 500;
constexpr int kMaxLongTextLength = 20000; // note text, scenario, descriptions
constexpr double kMaxCoordinate = 1e7;
constexpr int kMaxAxisWordingLength = 5 * (kMaxNameLength + 1); // five lines

} // namespace pm
