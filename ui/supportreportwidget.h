#pragma once

#include "probereport.h"
#include "supportreport.h"
#include "zohosignin.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

// "Copy report for support" and the reference the customer reads out: a row any page can carry.
// The report (SupportReport) is gathered when asked for and copied as plain text; it holds no
// secret, code or token.
class SupportReportWidget : public QWidget
{
    Q_OBJECT

public:
    // Called before each report is gathered, to say which servers and credentials it is about.
    using Configure = std::function<void(SupportReport *report)>;

    explicit SupportReportWidget(Configure configure, QWidget *parent = nullptr);

    // Remembers a verification's verdict for the report (LastVerification) and shows its new reference.
    void noteVerification(const ProbeReport &report);
    void noteVerification(const ZohoSignIn::Result &result);
    // Shows the stored reference again.
    void refreshReference();

    QPushButton *copyButton() const { return m_copy; }
    QLabel *referenceLabel() const { return m_reference; }
    QLabel *statusLabel() const { return m_status; }
    bool isCollecting() const { return m_report != nullptr; }

signals:
    // After the report was put on the clipboard.
    void copied(const QString &report);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void collect();
    void onCollected();
    void showReference(const QString &code);

    Configure m_configure;
    QPointer<SupportReport> m_report;
    QPushButton *m_copy;
    QLabel *m_reference;
    QLabel *m_status;
    QTimer *m_clearStatus;
    QString m_referenceShown;
    enum class Status { None, Checking, Copied } m_statusShown = Status::None;
};
