#pragma once

// Qt's warnings that are known to be harmless for Premortem and would only alarm a user in a
// terminal, dropped before they are printed; every other message passes on unchanged to the
// handler that was there before. Installed by main() before the QApplication is made (premortem
// and premortem-cli-draw), since Qt prints the first of them while it starts.

namespace quietmessages {

void install();

} // namespace quietmessages
