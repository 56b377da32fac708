#include "qrcodewidget.h"

#include <QPainter>

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumSize(96, 96);
}

bool QrCodeWidget::setText(const QString &text, QString *error)
{
    m_text = text;
    pm::Result<QrCode> code = QrCode::encode(text);
    if (code)
        m_code = std::move(code).value();
    else
        m_code.reset();
    setAccessibleName(tr("QR code for %1").arg(text));
    update();
    if (!code && error)
        *error = code.error().message;
    return code.ok();
}

void QrCodeWidget::setPreferredSide(int side)
{
    m_preferredSide = side;
    updateGeometry();
}

QSize QrCodeWidget::sizeHint() const
{
    return {m_preferredSide, m_preferredSide};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_code) {
        m_moduleSize = 0;
        return; // no code to show: the address as text is enough
    }
    const int side = qMin(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    m_moduleSize = m_code->paint(&painter, square);
}
