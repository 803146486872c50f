#include "logredaction.h"

#include <QRegularExpression>

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    using RE = QRegularExpression;
    // Never destroyed: the message handler may still redact during static destruction at exit.
    static const QList<Rule> &all = *new QList<Rule>{
        // Authorization: Zoho-oauthtoken 1000.x.y / Bearer … / Basic …, in a header or a dump of one.
        {RE(QStringLiteral(R"re(((?:proxy-)?authorization)(["']?\s*[:=]\s*["']?)[^\r\n"',}]+)re"), RE::CaseInsensitiveOption),
         QStringLiteral("\\1\\2[redacted]")},
        {RE(QStringLiteral(R"re(\b(Zoho-oauthtoken|Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)re"), RE::CaseInsensitiveOption),
         QStringLiteral("\\1 [redacted]")},
        // Form and query parameters: code=…, client_secret=…, refresh_token=…
        {RE(QStringLiteral(R"re(\b(code|client_secret|secret|refresh_token|access_token|id_token|token|code_verifier|password)=[^&\s"'<>]*)re"),
            RE::CaseInsensitiveOption),
         QStringLiteral("\\1=[redacted]")},
        // The same in JSON: "access_token":"…"
        {RE(QStringLiteral(R"re("(code|client_secret|secret|refresh_token|access_token|id_token|token|code_verifier|password)"\s*:\s*"[^"]*")re"),
            RE::CaseInsensitiveOption),
         QStringLiteral("\"\\1\":\"[redacted]\"")},
        // Zoho's grant codes and tokens: 1000.<hex>.<hex>
        {RE(QStringLiteral(R"re(\b1000\.[0-9a-fA-F]{8,}\.[0-9a-fA-F]{8,}\b)re")), QStringLiteral("[redacted]")},
        // A Client Secret is a run of hex; anything of 32 hex digits or more is treated as one.
        {RE(QStringLiteral(R"re((?<![0-9A-Za-z])[0-9a-fA-F]{32,}(?![0-9A-Za-z]))re")), QStringLiteral("[redacted]")},
        // Other long random-looking strings (PKCE verifiers, base64url tokens).
        {RE(QStringLiteral(R"re((?<![0-9A-Za-z_-])(?=[A-Za-z_-]*[0-9])(?=[0-9_-]*[A-Za-z])[A-Za-z0-9_-]{40,}(?![0-9A-Za-z_-]))re")),
         QStringLiteral("[redacted]")},
    };
    return all;
}

} // namespace

QString LogRedaction::redact(const QString &text)
{
    QString out = text;
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}
