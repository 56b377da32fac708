// premortem-schema-reference OUT.cpp: the build step that ships the reference schema
// (schemareference.h). It runs the migration steps in an in-memory database, reads back how
// SQLite declares each table, and writes that as a C++ source file compiled into the core, so
// opening a file compares its tables with a constant instead of running the migrations first.
// The file is rewritten only when its text changes, so an unrelated edit rebuilds nothing.

#include "schemareference.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

// This program makes the shipped text, so it has none of its own; nothing here opens a file.
const char *pm::shippedSchemaReferenceText()
{
    return "";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: premortem-schema-reference OUT.cpp\n");
        return 2;
    }
    const auto reference = pm::referenceFromMigrations();
    if (!reference) {
        std::fprintf(stderr, "premortem-schema-reference: %s\n",
                     qPrintable(reference.error().message));
        return 1;
    }
    const QByteArray text = pm::referenceText(*reference);
    const QByteArray delimiter = "premortem_schema";
    if (text.contains(")" + delimiter + "\"")) {
        std::fprintf(stderr, "premortem-schema-reference: the schema holds the delimiter\n");
        return 1;
    }
    const QByteArray source =
        "// Generated at build time by premortem-schema-reference (core/schemareferencetool.cpp)\n"
        "// from the migration steps in core/schema.cpp. Do not edit.\n\n"
        "#include \"schemareference.h\"\n\n"
        "const char *pm::shippedSchemaReferenceText()\n{\n    return R\"" +
        delimiter + "(" + text + ")" + delimiter + "\";\n}\n";

    const QString path = QString::fromLocal8Bit(argv[1]);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == source)
        return 0;
    existing.close();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(source) != source.size() || !out.commit()) {
        std::fprintf(stderr, "premortem-schema-reference: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
