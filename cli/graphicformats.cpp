#include "imageexport.h"

namespace cli {

namespace {

const QStringList kGraphicFormats{QStringLiteral("png"), QStringLiteral("svg"),
                                  QStringLiteral("pdf")};

// The value of --format (or --format=...) in raw arguments, before the parser sees them.
QString formatIn(const QStringList &args)
{
    const QString prefix = QStringLiteral("--format=");
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--format"))
            return args.value(i + 1);
        if (args.at(i).startsWith(prefix))
            return args.at(i).mid(prefix.size());
    }
    return {};
}

} // namespace

bool wantsGraphicExport(const QStringList &args)
{
    return args.value(0) == QLatin1String("export") && kGraphicFormats.contains(formatIn(args));
}

} // namespace cli
