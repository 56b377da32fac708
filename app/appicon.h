#pragma once

// The application icon for windows and dialogs, drawn from the same SVG the desktop's icon theme
// gets (packaging/icons), so the two always match.

#include <QIcon>

QIcon appIcon();
