#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace pm {

void installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // Installed last is asked first: the user's language, then English for what it lacks.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/premortem_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *local = new QTranslator(app);
    if (locale.language() != QLocale::English &&
        local->load(locale, QStringLiteral("premortem"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

} // namespace pm
