#pragma once

#include <QWidget>

class QLabel;

// What a failure left for support (Zoho's error code, a keychain message, a timeout) shown as what
// it is: lines for support, in English whatever language the window speaks, under a heading in
// the customer's language that says so. Hidden while there is nothing to show.
class SupportDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit SupportDetailsView(QWidget *parent = nullptr);

    // Empty hides the view.
    void setDetails(const QString &details);
    QString details() const;

    QLabel *heading() const { return m_heading; }
    QLabel *detailsLabel() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading;
    QLabel *m_details;
};
