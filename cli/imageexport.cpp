#include "imageexport.h"

#include "cliio.h"
#include "quietmessages.h"
#include "viewrenderer.h"
#include "workshop.h"
#include "workshopreport.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace cli {

namespace {

bool stdoutIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout));
#else
    return isatty(fileno(stdout));
#endif
}

// A positive whole number from an option, or nothing when it is not set; an error when it is
// set to anything else.
std::optional<int> sizeOption(const QCommandLineParser &parser, const QString &name, bool *bad)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value <= 0) {
        fail(tr("--%1 needs a positive whole number, not “%2”.").arg(name, parser.value(name)));
        *bad = true;
        return std::nullopt;
    }
    return value;
}

} // namespace

bool canDrawPictures()
{
    return true;
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!wantsGraphicExport(args))
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // No display (CI, a server): draw offscreen rather than fail to connect to one.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Nothing but the picture (or a real error) on the user's terminal.
    quietmessages::install();
    return std::make_unique<QApplication>(argc, argv);
}

int runGraphicExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a picture of a workshop, or its PDF report."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: png, svg or pdf."), tr("FORMAT")});
    parser.addOption({QStringLiteral("view"),
                      tr("What to draw: board, matrix or heatmap (png and svg)."), tr("VIEW"),
                      QStringLiteral("board")});
    parser.addOption({QStringLiteral("width"), tr("Image width in pixels."), tr("N")});
    parser.addOption({QStringLiteral("height"), tr("Image height in pixels."), tr("N")});
    parser.addOption({QStringLiteral("dpi"),
                      tr("Resolution: the view at 100% zoom is 96 dpi (instead of a size)."),
                      tr("N")});
    parser.addOption({QStringLiteral("page"), tr("PDF page size: a4 or letter."), tr("PAGE"),
                      QStringLiteral("a4")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write to OUT instead of standard output."),
                      tr("OUT")});
    if (auto code = parse(parser, args, 1))
        return *code;

    const QString format = parser.value(QStringLiteral("format"));
    const QString output = parser.value(QStringLiteral("output"));
    const auto view = render::viewFromKey(parser.value(QStringLiteral("view")));
    if (!view)
        return fail(tr("Unknown view “%1”; choose board, matrix or heatmap.")
                        .arg(parser.value(QStringLiteral("view"))));
    bool bad = false;
    render::ImageSize size;
    size.width = sizeOption(parser, QStringLiteral("width"), &bad).value_or(0);
    size.height = sizeOption(parser, QStringLiteral("height"), &bad).value_or(0);
    size.dpi = sizeOption(parser, QStringLiteral("dpi"), &bad).value_or(0);
    if (bad)
        return BadInput;
    const auto page = render::pageSizeFromKey(parser.value(QStringLiteral("page")));
    if (!page)
        return fail(tr("Unknown page size “%1”; choose a4 or letter.")
                        .arg(parser.value(QStringLiteral("page"))));
    // A binary file on a terminal is garbage on screen: ask for a file instead.
    const bool toStdout = output.isEmpty() || output == QLatin1String("-");
    if (format != QLatin1String("svg") && toStdout && stdoutIsTerminal())
        return fail(tr("%1 is a binary format: give -o OUT, or redirect standard output.")
                        .arg(format.toUpper()));

    auto opened = openWorkshop(parser.positionalArguments().at(0), false);
    if (!opened)
        return fail(opened.error().message);
    pm::Workshop &workshop = *opened.value();
    const auto bytes = [&]() -> pm::Result<QByteArray> {
        if (format == QLatin1String("pdf"))
            return render::writeWorkshopReport(workshop, *page);
        const render::ViewRenderer renderer(workshop, *view);
        return format == QLatin1String("png") ? renderer.png(size) : renderer.svg(size);
    }();
    if (!bytes)
        return fail(bytes.error().message);
    return writeOutput(*bytes, output);
}

} // namespace cli
