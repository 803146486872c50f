#pragma once

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
        QString dataCenter;
        ProbeStatus status = ProbeStatus::NetworkError;
        int httpStatus = 0;
        QString zohoError;  // the "error" field of Zoho's reply, if any
        QString detail;     // technical, for support: never a secret
    };

    ProbeStatus status = ProbeStatus::NetworkError;
    QString dataCenter;           // where the client lives (or the one asked)
    QStringList recognisedIn;     // more than one: the client is enabled for several data centers
    QList<Answer> answers;

    bool isOk() const { return status == ProbeStatus::Ok; }
    // Combines the answers of several data centers: one match wins even if others fail.
    static ProbeReport combine(const QList<Answer> &answers);
};

Q_DECLARE_METATYPE(ProbeReport)
