#pragma once

#include "probecause.h"
#include "probestatus.h"
#include "zohosignin.h"

#include <QDateTime>
#include <QString>

struct ProbeReport;

// What the last check or sign-in found, remembered in the settings for the support report:
// the stage, the verdict, its cause, Zoho's error code, when, and the reference of that attempt.
// Never a secret, a code or a token: only stable keys and a data-center code.
struct LastVerification
{
    QString stage;      // "check" (token-endpoint probe) or "sign_in"
    QString status;     // ProbeStatusText::key()
    QString cause;      // ProbeStatusText::causeKey()
    QString zohoError;  // Zoho's "error" field, e.g. "invalid_client"
    QString dataCenter; // code
    QString reference;  // SupportReference of this attempt
    QDateTime when;

    bool isValid() const { return !status.isEmpty(); }

    // Stores the verdict of a check (probe); renews the reference. Returns the reference.
    static QString record(const ProbeReport &report);
    // Stores the verdict of a sign-in; renews the reference. Returns the reference.
    static QString record(ProbeStatus status, ProbeCause cause, const QString &zohoError, const QString &dataCenter);
    // The same for a finished sign-in.
    static QString record(const ZohoSignIn::Result &result);
    static LastVerification load();
};
