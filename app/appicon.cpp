#include "appicon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

QIcon appIcon()
{
    // Drawn with QSvgRenderer rather than loaded through the SVG icon plugin, which a minimal
    // installation may lack; the sizes are the ones title bars, task bars and dialogs ask for.
    QSvgRenderer svg(QStringLiteral(":/icons/org.premortem.Premortem.svg"));
    QIcon icon;
    if (!svg.isValid())
        return icon;
    for (int size : {16, 22, 24, 32, 48, 64, 96, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
