#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

// The About box: which version of the assistant this is, on which Qt and which system, so that a
// customer can tell support exactly what they run (and copy it in one click).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Version, Qt and system in plain text, one per line: what "Copy Details" puts on the clipboard.
    static QString details();

protected:
    void changeEvent(QEvent *event) override;

private:
    void copyDetails();
    // Words every text again, in the language now installed (also while the box is open).
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_name;
    QLabel *m_version;
    QLabel *m_purpose;
    QLabel *m_platform;
    QLabel *m_copyright;
    QLabel *m_copiedNote;
    QPushButton *m_copy;
    QPushButton *m_close;
    bool m_copied = false;
};
