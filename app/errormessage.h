#pragma once

// A modal error for a file operation the user just asked for (open, create, save a copy).
// Edits during a session report in the window's banner instead, never in a dialog.

class QString;
class QWidget;

void showErrorMessage(QWidget *parent, const QString &title, const QString &message);
