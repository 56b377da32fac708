#pragma once

// What a person in front of the window perceives, measured on real widgets (issue 21): panels
// and controls at least the size their content needs, text contrast by WCAG 2, a visible place
// for the keyboard focus, access keys that are not shared, and no Qt warnings. Each measure
// keeps the smallest figure it met (Smallest), so a test can print how close to the limit the
// window came, not only whether it passed.

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMutex>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringList>
#include <QWidget>

#include <cmath>
#include <limits>

namespace perception {

// The smallest value a measure met and where; print() writes it as a qInfo line.
class Smallest
{
public:
    explicit Smallest(const char *measure, const char *unit) : m_measure(measure), m_unit(unit) {}
    void see(double value, const QString &where)
    {
        if (value < m_value) {
            m_value = value;
            m_where = where;
        }
    }
    double value() const { return m_value; }
    QString where() const { return m_where; }
    void print() const
    {
        if (m_where.isEmpty())
            qInfo("perception: %s: nothing measured", m_measure);
        else
            qInfo("perception: %s: smallest %.2f %s (%s)", m_measure, m_value, m_unit,
                  qPrintable(m_where));
    }

private:
    const char *m_measure;
    const char *m_unit;
    double m_value = std::numeric_limits<double>::infinity();
    QString m_where;
};

// ---- Contrast (WCAG 2.x) ----

inline double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

inline double luminance(QRgb rgb)
{
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) +
           0.0722 * channel(qBlue(rgb));
}

inline double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The contrast of text with what it is written on, from pixels painted without text
// antialiasing: the fill is the most common colour of the area, the ink the colour most unlike
// the fill that covers at least minInkShare of it (a text's strokes), and any other colour
// covering a twentieth of it (a hatching) a fill too. The figure is the ink's contrast with the
// worst of those fills; 0 when the area holds no text (a single colour).
inline double textContrast(const QImage &image, const QRect &area, double minInkShare = 0.001)
{
    QHash<QRgb, int> counts;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    const int total = r.width() * r.height();
    if (total == 0 || counts.size() < 2)
        return 0;
    QRgb fill = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            fill = it.key();
        }
    }
    QRgb ink = fill;
    double best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() == fill || it.value() < minInkShare * total)
            continue;
        if (const double c = contrast(it.key(), fill); c > best) {
            best = c;
            ink = it.key();
        }
    }
    if (ink == fill)
        return 0;
    QList<QRgb> fills{fill};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() != fill && it.key() != ink && it.value() >= total / 20)
            fills << it.key();
    }
    double worst = best;
    for (QRgb f : std::as_const(fills))
        worst = std::min(worst, contrast(ink, f));
    return worst;
}

// ---- Sizes ----

// A font's height in pixels on a screen of dpi dots per inch, before any view transform.
inline double fontPixels(const QFont &font, double dpi = 96)
{
    return font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * dpi / 72.0;
}

// Whether w is shown to the person: visible, with some of it inside its window.
inline bool isShown(const QWidget *w)
{
    return w->isVisible() && !w->visibleRegion().isEmpty();
}

// What a widget needs at least: its minimum size hint and minimum size.
inline QSize needs(const QWidget *w)
{
    return w->minimumSizeHint().expandedTo(w->minimumSize());
}

// The shown widgets under root that are smaller than they need to be ("cut"), and forms in
// scroll areas that scroll sideways or are narrower than they need. Widgets inside a scroll
// area's viewport are measured by the scroll area (they may scroll up and down); widgets that
// say they may be shrunk at will (QSizePolicy::Ignored) are measured only if they are listed
// in alwaysMeasure. For each measured widget, slack sees its spare pixels (negative: cut).
inline QStringList cutWidgets(QWidget *root, Smallest &slack, const QStringList &alwaysMeasure = {})
{
    QStringList cut;
    auto name = [](const QWidget *w) {
        QString text = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            text += QLatin1Char('(') + w->objectName() + QLatin1Char(')');
        else if (const auto *b = qobject_cast<const QAbstractButton *>(w))
            text += QLatin1Char('"') + b->text() + QLatin1Char('"');
        else if (const auto *l = qobject_cast<const QLabel *>(w))
            text += QLatin1Char('"') + l->text().left(30) + QLatin1Char('"');
        return text;
    };
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        // Qt's own parts of a widget (a spin box's line edit, a dock's title buttons) are sized
        // by their widget, which is measured itself.
        if (!isShown(w) || w->isWindow() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        bool scrolled = false; // inside some scroll area's viewport
        for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(p);
                area && area->viewport()->isAncestorOf(w)) {
                scrolled = true;
                break;
            }
        }
        if (scrolled)
            continue;
        if (auto *area = qobject_cast<QScrollArea *>(w); area && area->widget()) {
            const QSize form = needs(area->widget());
            const int spare = area->viewport()->width() - form.width();
            slack.see(spare, name(area->widget()) + QStringLiteral(" in its scroll area"));
            if (area->horizontalScrollBar()->isVisible() || spare < 0)
                cut << QStringLiteral("%1 is %2 px wide, needs %3 (scrolled sideways)")
                           .arg(name(area->widget()))
                           .arg(area->viewport()->width())
                           .arg(form.width());
        }
        const QSizePolicy policy = w->sizePolicy();
        const bool ignoredWidth = policy.horizontalPolicy() == QSizePolicy::Ignored;
        const bool ignoredHeight = policy.verticalPolicy() == QSizePolicy::Ignored;
        if ((ignoredWidth || ignoredHeight) && !alwaysMeasure.contains(w->objectName()))
            continue;
        const QSize need = needs(w);
        if (!need.isValid())
            continue;
        const int spare = std::min(w->width() - need.width(), w->height() - need.height());
        slack.see(spare, name(w));
        if (spare < 0)
            cut << QStringLiteral("%1 is %2x%3, needs %4x%5")
                       .arg(name(w))
                       .arg(w->width())
                       .arg(w->height())
                       .arg(need.width())
                       .arg(need.height());
    }
    return cut;
}

// ---- Warnings ----

// Records every Qt warning (and worse) printed while it is installed; install() in main()
// before the QApplication, take() to collect.
class Warnings
{
public:
    static void install()
    {
        s_previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                // The offscreen test platform says this of every window whose size limits
                // change: a limit of the platform, not of the window.
                if (message.contains(QLatin1String("does not support propagateSizeHints")))
                    return;
                if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
                    QMutexLocker lock(&s_mutex);
                    s_recorded << message;
                }
                if (s_previous)
                    s_previous(type, context, message);
            });
    }
    static QStringList take()
    {
        QMutexLocker lock(&s_mutex);
        return std::exchange(s_recorded, {});
    }

private:
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_recorded;
};

} // namespace perception
