#pragma once

class QWidget;

// Makes the keyboard focus look different from the default button. Fusion (Qt's style on Linux
// desktops without a theme of their own, and the one the tests draw with) outlines both in the same
// blue, so a customer cannot tell where Enter goes from what Next looks like. With Fusion, a ring
// in the text colour follows the keyboard focus around the control that has it, in every window of
// the program. Other styles draw a focus of their own that does not look like the default button
// (Windows a dotted rectangle, macOS a glow), so they are left alone.
class FocusRing
{
public:
    // Once per process, after the QApplication exists; later calls do nothing.
    static void install();
    // The control the ring is drawn around now (null: none, or no ring in this style).
    static QWidget *ringedWidget();
};
