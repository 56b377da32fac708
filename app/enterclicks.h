#pragma once

// Enter and Return click a focused button outside dialogs too. Qt gives them to push buttons only
// in a dialog (autoDefault) and never to tool buttons, so on the start page and the component
// palette a keyboard user who Tabbed to "+ Service" or a template pressed Enter and nothing
// happened.

class QAbstractButton;
class QWidget;

namespace enterclicks {

// This button clicks on Enter and Return (without modifiers) while it has focus.
void install(QAbstractButton *button);
// Every button inside root, now.
void installAll(QWidget *root);

} // namespace enterclicks
