// libFuzzer target: any bytes as a .premortem file, opened read-only and read the way
// `premortem-cli info`, `validate` and `export` do, then opened for editing as the app does (which
// also upgrades old versions). A crash, sanitizer report or timeout is a bug.

#include "fuzzsupport.h"
#include "jsonio.h"
#include "workshop.h"

#include <QDir>
#include <QFileInfo>

namespace {
QString g_path;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_path = fuzz::setUp(argc, argv, QStringLiteral("input.premortem"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::writeFile(g_path, data, size);
    auto workshop = pm::Workshop::open(g_path, pm::Store::Access::ReadOnly);
    if (workshop) {
        (void)workshop.value()->problems();
        (void)pm::exportJson(*workshop.value());
    }
    workshop = pm::Workshop::open(g_path);
    if (workshop)
        (void)workshop.value()->problems();
    workshop = pm::Error{};
    // A lock, journal or upgrade backup must not outlive the input that made it.
    const QFileInfo input(g_path);
    for (const QString &leftover : input.dir().entryList(QDir::Files | QDir::Hidden)) {
        if (leftover != input.fileName())
            QFile::remove(input.dir().filePath(leftover));
    }
    return 0;
}
