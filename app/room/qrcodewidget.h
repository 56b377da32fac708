#pragma once

// Shows a QR code as large as the widget allows, in whole pixels per module so it stays crisp on
// a projector. White quiet zone and dark modules whatever the palette (see QrCode).

#include "qrcode.h"

#include <QWidget>

#include <optional>

class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    // Shows text as a QR code; false with the reason when it does not fit in one (the widget is
    // then blank, and the address shown as text elsewhere still works).
    bool setText(const QString &text, QString *error = nullptr);
    QString text() const { return m_text; }
    bool hasCode() const { return m_code.has_value(); }
    const QrCode *code() const { return m_code ? &*m_code : nullptr; }

    // The side the widget asks for; the layout may give less (never below the minimum size).
    void setPreferredSide(int side);
    QSize sizeHint() const override;

    // Pixels per module in the last paint, for the tests and the screenshots' reader.
    int moduleSize() const { return m_moduleSize; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    std::optional<QrCode> m_code;
    int m_preferredSide = 400;
    int m_moduleSize = 0;
};
