#pragma once

#include <QDialog>

class QLabel;

// The About box: which version of the assistant this is, on which Qt and which system, so that a
// customer can tell support exactly what they run (and copy it in one click).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Version, Qt and system in plain text, one per line: what "Copy Details" puts on the clipboard.
    static QString details();

private:
    void copyDetails();

    QLabel *m_copiedNote;
};
