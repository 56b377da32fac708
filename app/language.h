#pragma once

// The language of the user interface: the system's, or one chosen in Preferences (kept in
// QSettings and applied at the next start, before any window exists).

#include <QList>
#include <QLocale>
#include <QString>

namespace language {

// The chosen language as a locale name ("de"), or empty to follow the system.
QString chosen();
void setChosen(const QString &name);

// The locale to run in: the chosen language, or the system locale.
QLocale uiLocale();

// Languages with a translation built in, English first.
QList<QLocale> available();

} // namespace language
