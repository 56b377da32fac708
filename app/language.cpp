#include "language.h"

#include <QDir>
#include <QSettings>

namespace language {

namespace {

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

} // namespace

QString chosen()
{
    return QSettings().value(settingsKey()).toString();
}

void setChosen(const QString &name)
{
    if (name.isEmpty())
        QSettings().remove(settingsKey());
    else
        QSettings().setValue(settingsKey(), name);
}

QLocale uiLocale()
{
    const QString name = chosen();
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

QList<QLocale> available()
{
    // Whatever translations the build compiled in (core/CMakeLists.txt), so adding a .ts file is
    // all it takes to offer a language.
    QList<QLocale> locales{QLocale(QLocale::English)};
    const QStringList files =
        QDir(QStringLiteral(":/i18n"))
            .entryList({QStringLiteral("premortem_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QLocale locale(file.mid(int(qstrlen("premortem_"))).chopped(int(qstrlen(".qm"))));
        if (locale.language() != QLocale::English && locale.language() != QLocale::C)
            locales << locale;
    }
    return locales;
}

} // namespace language
