#pragma once

// Loads Premortem's translations (built into the binaries) into an application, with Qt's own
// strings in the same language where the system has them. English is always loaded under any
// other language: it supplies the plural forms ("1 note", "2 notes").

#include <QLocale>

class QCoreApplication;

namespace pm {

void installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace pm
