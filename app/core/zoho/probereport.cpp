#include "probereport.h"

#include <algorithm>

namespace {
// Which verdict speaks loudest when no data center recognised the client. A failure to ask beats
// "unknown": the client might live in the data center that could not be asked.
int weight(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::WrongSecret: return 10;
    case ProbeStatus::RedirectUriNotRegistered: return 9;
    case ProbeStatus::RateLimited: return 8;
    case ProbeStatus::TlsError: return 7;
    case ProbeStatus::Timeout: return 6;
    case ProbeStatus::NetworkError: return 5;
    case ProbeStatus::ServerError: return 4;
    case ProbeStatus::UnknownClient: return 1;
    case ProbeStatus::SignInFailed: return 3;
    case ProbeStatus::Ok:
    case ProbeStatus::Verified:
    case ProbeStatus::Malformed: return 0;
    }
    return 0;
}
} // namespace

ProbeReport ProbeReport::combine(const QList<Answer> &answers)
{
    ProbeReport report;
    report.answers = answers;
    for (const Answer &answer : answers) {
        if (answer.status == ProbeStatus::Ok)
            report.recognisedIn.append(answer.dataCenter);
    }
    if (!report.recognisedIn.isEmpty()) {
        report.status = ProbeStatus::Ok;
        report.dataCenter = report.recognisedIn.first();
        return report;
    }
    const auto loudest = std::max_element(answers.cbegin(), answers.cend(), [](const Answer &a, const Answer &b) {
        return weight(a.status) < weight(b.status);
    });
    if (loudest == answers.cend()) {
        report.status = ProbeStatus::NetworkError;
        return report;
    }
    report.status = loudest->status;
    report.cause = loudest->cause;
    report.certificateIssuer = loudest->certificateIssuer;
    report.proxy = loudest->proxy;
    // "Unknown everywhere" belongs to no data center; any other verdict names the one that gave it.
    if (answers.size() == 1 || loudest->status != ProbeStatus::UnknownClient)
        report.dataCenter = loudest->dataCenter;
    return report;
}
