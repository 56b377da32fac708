#include "focusoverlay.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace {
constexpr int kRingWidth = 3;
constexpr int kRingGap = 2; // between the widget and the ring
} // namespace

FocusOverlay::FocusOverlay(QWidget *page) : QWidget(page), m_page(page)
{
    setObjectName(QStringLiteral("focusOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    page->installEventFilter(this);
    setGeometry(page->rect());
    raise();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
    follow(QApplication::focusWidget());
}

void FocusOverlay::follow(QWidget *now)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = now && now != this && m_page->isAncestorOf(now) ? now : nullptr;
    if (m_target)
        m_target->installEventFilter(this); // moves with it when the page scrolls or relays out
    raise();
    update();
}

QRect FocusOverlay::ringRect() const
{
    if (!m_target || !m_target->isVisible())
        return {};
    const QRect r(m_target->mapTo(m_page, QPoint(0, 0)), m_target->size());
    return r.adjusted(-kRingGap - kRingWidth, -kRingGap - kRingWidth, kRingGap + kRingWidth,
                      kRingGap + kRingWidth);
}

bool FocusOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Resize)
        setGeometry(m_page->rect());
    if (event->type() == QEvent::Move || event->type() == QEvent::Resize ||
        event->type() == QEvent::Hide || event->type() == QEvent::Show)
        update();
    return QWidget::eventFilter(watched, event);
}

void FocusOverlay::paintEvent(QPaintEvent *)
{
    const QRect ring = ringRect();
    if (ring.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), kRingWidth));
    painter.setBrush(Qt::NoBrush);
    const qreal half = kRingWidth / 2.0;
    painter.drawRoundedRect(QRectF(ring).adjusted(half, half, -half, -half), 4, 4);
}
