// libFuzzer target: any bytes as an architecture diagram of one format (FUZZ_FORMAT, one target
// per importer). What reads becomes an import plan for a new workshop; small maps are also laid
// out by Graphviz, so the layout sees odd graphs too.

#include "architectureformat.h"
#include "architectureimport.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::setUp(argc, argv, QStringLiteral("unused"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)); // NUL-terminated
    auto graph = pm::readArchitecture(bytes, pm::ArchitectureFormat::FUZZ_FORMAT);
    if (!graph)
        return 0;
    const bool small = graph->nodes.size() <= 30 && graph->edges.size() <= 60;
    (void)pm::planArchitectureImport(nullptr, std::move(graph).value(), small);
    return 0;
}
