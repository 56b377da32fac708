#include "banner.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace {

struct Colours
{
    QColor background;
    QColor text;
};

// Pale backgrounds with near-black text of the same hue: all well above 4.5:1 contrast, and told
// apart by their wording as well as their colour.
Colours coloursFor(Banner::Kind kind)
{
    switch (kind) {
    case Banner::Info:
        return {QColor(0xdc, 0xeb, 0xfa), QColor(0x0b, 0x2e, 0x4f)};
    case Banner::Warning:
        return {QColor(0xff, 0xf1, 0xc2), QColor(0x3d, 0x2e, 0x00)};
    case Banner::Error:
        break;
    }
    return {QColor(0xfd, 0xe2, 0xe2), QColor(0x5c, 0x0a, 0x0f)};
}

} // namespace

Banner::Banner(Kind kind, QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_dismiss(new QToolButton(this))
{
    const Colours colours = coloursFor(kind);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, colours.background);
    pal.setColor(QPalette::WindowText, colours.text);
    pal.setColor(QPalette::ButtonText, colours.text);
    setPalette(pal);
    setAutoFillBackground(true);

    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    // Selectable, so a backup path or an error can be copied into a chat or a bug report.
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyFont();

    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the message"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setFocusPolicy(Qt::StrongFocus); // Tab reaches it; Space or Esc dismisses
    m_dismiss->setVisible(false);
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    setFocusProxy(m_dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 12, 10);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    hide();
}

void Banner::showMessage(const QString &text)
{
    m_label->setText(text);
    show();
}

QString Banner::text() const
{
    return m_label->text();
}

void Banner::setDismissible(bool dismissible)
{
    m_dismiss->setVisible(dismissible);
    setFocusPolicy(dismissible ? Qt::StrongFocus : Qt::NoFocus);
}

void Banner::setCritical(bool critical)
{
    m_critical = critical;
    applyFont();
    setVisible(m_wanted);
}

void Banner::setPresentation(bool on)
{
    m_presentation = on;
    applyFont();
    setVisible(m_wanted);
}

void Banner::setVisible(bool visible)
{
    m_wanted = visible;
    QFrame::setVisible(visible && (m_critical || !m_presentation));
}

void Banner::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_dismiss->isVisibleTo(this)) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

void Banner::applyFont()
{
    // Set on the frame, so the label and the button share it. Read by the facilitator at 14 pt;
    // a critical one on the projector by the room, at the instruction's size.
    QFont font;
    font.setPointSizeF(m_presentation && m_critical ? 24.0 : qMax(font.pointSizeF(), 14.0));
    font.setBold(m_presentation && m_critical);
    setFont(font);
}
