#pragma once

#include <QString>

// What the log file and standard error may hold: anything shaped like a Client Secret, a grant
// code, a token, a PKCE verifier or an Authorization header is masked before a line is written,
// so a careless log call cannot leak one.
namespace LogRedaction {

// The text with every such value replaced by "[redacted]".
QString redact(const QString &text);
// The same, always through every rule: redact() skips the rules for a text none of them can
// match (most log lines); tst_logredaction checks that this never changes the result.
QString redactByEveryRule(const QString &text);

} // namespace LogRedaction
