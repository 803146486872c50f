#pragma once

#include "probereport.h"
#include "secretstore.h"

#include <QPointer>
#include <QStyle>
#include <QWizardPage>

class ClientProber;
class OnboardingWizard;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Asks Zoho about the pasted credentials, then keeps them in the keychain and reads them back.
// Going Back cancels whatever is under way.
class VerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State { Idle, Checking, CheckFailed, Storing, StoreFailed, Stored };
    Q_ENUM(State)

    explicit VerifyPage(OnboardingWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    State state() const { return m_state; }
    ProbeReport report() const { return m_report; }
    QLabel *headlineLabel() const { return m_headline; }
    QLabel *adviceLabel() const { return m_advice; }
    QPushButton *retryButton() const { return m_retry; }

signals:
    void stateChanged(VerifyPage::State state);

private:
    void startCheck();
    void onProbeFinished(const ProbeReport &report);
    void startStore();
    void onStored(const Credentials &credentials);
    void onStoreFailed(const SecretStore::Error &error);
    void retry();
    void setState(State state);
    void showResult(QStyle::StandardPixmap icon, const QString &headline, const QString &advice,
                    const QString &details = QString());

    OnboardingWizard *m_wizard;
    QPointer<ClientProber> m_prober;
    QPointer<SecretStore> m_store;
    State m_state = State::Idle;
    ProbeReport m_report;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_advice;
    QLabel *m_details;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QWidget *m_secretBox;
    QLineEdit *m_secretOnScreen;
};
