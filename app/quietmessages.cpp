#include "quietmessages.h"

#include <QString>

#include <cstdio>

namespace quietmessages {

namespace {

QtMessageHandler g_previous = nullptr;

bool isKnownHarmless(QtMsgType type, const QString &message)
{
    // Where the session sets no runtime directory (su, ssh without a login session, a container,
    // CI), Qt uses /tmp/runtime-$USER, created with mode 0700, and says so on every start and on
    // every later look-up (the single-instance socket lives there). The fallback is what
    // Premortem wants; a real problem with that folder (wrong owner or mode) still gets its own
    // warning, which is not this one.
    return type == QtWarningMsg && message.startsWith(QLatin1String(
                                       "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to "));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isKnownHarmless(type, message))
        return;
    if (g_previous) {
        g_previous(type, context, message);
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

void install()
{
    if (!g_previous)
        g_previous = qInstallMessageHandler(handler);
}

} // namespace quietmessages
