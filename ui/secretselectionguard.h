#pragma once

// Keeps a shown secret out of the X11 PRIMARY selection (and Wayland's primary selection). A
// QLineEdit in Normal echo mode puts whatever is selected in it there, by a double-click or Ctrl+A
// alone, unmarked and for as long as nothing else is selected: any program can read it, and a
// middle click pastes it anywhere. A field marked AccessibleSecretGuard::secretProperty (the
// secret, and the Client ID field that may hold one pasted by mistake) never leaves its selection
// there: the moment it arrives it is taken off again, before any other program can ask for it.
// The Copy buttons stay the way to take a secret elsewhere (SecretClipboard).
class SecretSelectionGuard
{
public:
    // Once per process, after the QGuiApplication exists; later calls do nothing.
    static void install();
};
