#pragma once

// Keeps secrets out of what screen readers receive. Qt 6.4's QLineEdit reports every insertion,
// removal and update with its text, even in password mode; this guard sits between the widgets
// and the platform's accessibility bridge and replaces that text by as many "*" for a masked field
// or a field marked secret (the length is kept, so a screen reader can still say how long it is).
class AccessibleSecretGuard
{
public:
    // The dynamic property that marks a QLineEdit whose text may hold a secret whatever its echo mode.
    static const char *const secretProperty;

    // Once per process; later calls do nothing. The update handler installed before (a test's
    // capture, or none = the platform bridge) receives the masked events.
    static void install();
};
