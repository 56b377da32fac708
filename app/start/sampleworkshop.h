#pragma once

// "Open the sample workshop": the checkout migration sample, copied into the user's own data
// folder so the room can play with it while the installed sample stays as shipped. The sample is
// looked for beside the program: the build tree's samples/*.premortem, or the JSON the package
// installs under share/premortem/samples (read from the data folders, e.g. /usr/share).

#include "result.h"

#include <QString>

namespace sampleworkshop {

// The installed or built sample, or an empty string when there is none.
QString locate();
// Tests point this at a sample of their own; an empty path restores the search.
void setSourceForTesting(const QString &path);

// Where copies go: <AppDataLocation>/samples.
QString copyFolder();

// A fresh, writable copy of source (a .premortem or the sample's .json) in copyFolder(), under
// a name not yet taken; the path of the copy, or why there is none. source is only read.
pm::Result<QString> makeCopy(const QString &source = locate());

} // namespace sampleworkshop
