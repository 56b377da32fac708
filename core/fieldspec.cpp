#include "fieldspec.h"

#include <QCoreApplication>

namespace pm {

FieldSpec FieldSpec::text(const char *name, int maxLength, bool required)
{
    FieldSpec f;
    f.name = name;
    f.type = FieldType::Text;
    f.maxLength = maxLength;
    f.required = required;
    return f;
}

FieldSpec FieldSpec::uuid(const char *name, EntityKind references, bool required)
{
    FieldSpec f;
    f.name = name;
    f.type = FieldType::Uuid;
    f.references = references;
    f.isReference = true;
    f.required = required;
    return f;
}

FieldSpec FieldSpec::integer(const char *name, qint64 min, qint64 max)
{
    FieldSpec f;
    f.name = name;
    f.type = FieldType::Integer;
    f.minInt = min;
    f.maxInt = max;
    return f;
}

FieldSpec FieldSpec::real(const char *name, double min, double max)
{
    FieldSpec f;
    f.name = name;
    f.type = FieldType::Real;
    f.minReal = min;
    f.maxReal = max;
    return f;
}

FieldSpec FieldSpec::boolean(const char *name)
{
    FieldSpec f;
    f.name = name;
    f.type = FieldType::Bool;
    return f;
}

FieldSpec FieldSpec::date(const char *name)
{
    FieldSpec f;
    f.name = name;
    f.type = FieldType::Date;
    return f;
}

FieldSpec FieldSpec::colour(const char *name)
{
    FieldSpec f;
    f.name = name;
    f.type = FieldType::Colour;
    return f;
}

QString TableSpec::displayNoun() const
{
    return QCoreApplication::translate("pm::Entity", noun);
}

} // namespace pm
