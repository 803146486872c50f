#pragma once

#include "probecause.h"
#include "probestatus.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What the token-endpoint probe found, for one data center and in sum.
struct ProbeReport
{
    struct Answer
    {
        using Cause = ProbeCause;

        QString dataCenter;
        ProbeStatus status = ProbeStatus::NetworkError;
        int httpStatus = 0;
        QString zohoError;  // the "error" field of Zoho's reply, if any
        QString detail;     // technical, for support: never a secret
        Cause cause = Cause::None;
        QString certificateIssuer; // who issued a certificate that was refused (from the network: escape it)
        QString proxy;             // "host:port" of the proxy a failed request went through, if any
    };

    ProbeStatus status = ProbeStatus::NetworkError;
    // Of the answer the verdict was taken from.
    ProbeCause cause = ProbeCause::None;
    QString certificateIssuer;
    QString proxy;
    QString dataCenter;           // where the client lives (or the one asked)
    QStringList recognisedIn;     // more than one: the client is enabled for several data centers
    QList<Answer> answers;

    bool isOk() const { return status == ProbeStatus::Ok; }
    // Combines the answers of several data centers: one match wins even if others fail.
    static ProbeReport combine(const QList<Answer> &answers);
};

Q_DECLARE_METATYPE(ProbeReport)
