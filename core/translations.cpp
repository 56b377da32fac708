#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pm {

namespace {

// lupdate files a tr() call by the class or namespace around it, so the file-local tr() helpers
// of core (which translate in "pm::Json", "pm::RowCodec", "pm::Store") have their strings filed
// under "pm" when they are called from a free function. Asking the enclosing namespace when the
// exact context has no entry makes both agree, without touching every call site.
class Translator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        QByteArray outer(context ? context : "");
        for (int cut = int(outer.lastIndexOf("::")); text.isNull() && cut > 0;
             cut = int(outer.lastIndexOf("::"))) {
            outer.truncate(cut);
            text = QTranslator::translate(outer.constData(), sourceText, disambiguation, n);
        }
        return text;
    }
};

} // namespace

void installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // Installed last is asked first: the user's language, then Qt's own strings in it (standard
    // buttons, key names, command-line help), then English for what they lack.
    auto *english = new Translator(app);
    if (english->load(QStringLiteral(":/i18n/premortem_en.qm")))
        QCoreApplication::installTranslator(english);
    if (locale.language() == QLocale::English)
        return;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *local = new Translator(app);
    if (local->load(locale, QStringLiteral("premortem"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

} // namespace pm
