#include "filename.h"

#include <QRegularExpression>

namespace pm {

QString safeFileName(const QString &text, const QString &fallback)
{
    QString name;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        const bool bad = QStringLiteral("/\\:*?\"<>|").contains(c) ||
                         c.category() == QChar::Other_Control ||
                         c.category() == QChar::Other_Format || c.isSpace();
        name += bad ? QChar(QLatin1Char(' ')) : c;
    }
    name = name.simplified();
    // No hidden file, no "." or "..", and no trailing dot or space (Windows drops them).
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.size() > 80) {
        name.truncate(80);
        if (name.back().isHighSurrogate())
            name.chop(1);
    }
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    // Names Windows reserves for devices, with any extension.
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(name.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch())
        name.prepend(QLatin1Char('_'));
    return name.isEmpty() ? fallback : name;
}

} // namespace pm
