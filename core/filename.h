#pragma once

// Free text (a workshop title, a person's name) as one component of a file name, for the names
// Premortem suggests or writes: new workshops, exports, preparation packs.

#include <QString>

namespace pm {

// No separators, control or reserved characters (each becomes a space), no leading dot, no name
// Windows reserves, no trailing dot or space, at most 80 characters without splitting a
// character; fallback when nothing is left.
QString safeFileName(const QString &text, const QString &fallback);

} // namespace pm
