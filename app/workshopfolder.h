#pragma once

// Where a new workshop goes when the facilitator has not chosen a folder yet: their Documents
// folder, made when a fresh account has none (issue 21: creating the first workshop failed
// because ~/Documents did not exist), else their home folder.

#include <QString>

QString defaultWorkshopFolder();
