// libFuzzer target: any bytes as a JSON import. Inputs that parse become a .premortem file
// (Workshop::createFromRows, as `premortem-cli import-json` does), which is then read back.

#include "fuzzsupport.h"
#include "jsonio.h"
#include "workshop.h"

namespace {
QString g_path;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_path = fuzz::setUp(argc, argv, QStringLiteral("imported.premortem"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    pm::Result<pm::ChangeSet> rows = pm::parseJson(json);
    if (!rows)
        return 0;
    QFile::remove(g_path);
    {
        auto workshop = pm::Workshop::createFromRows(g_path, rows.value());
        if (workshop) {
            (void)workshop.value()->problems();
            (void)pm::exportJson(*workshop.value());
        }
    }
    QFile::remove(g_path);
    return 0;
}
