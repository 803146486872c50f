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

// True when no rule above can match: none can without "=" or ":" (a parameter, a header, JSON),
// the name of an Authorization scheme, Zoho's "1000." or a run of at least 32 letters, digits,
// "_" or "-" (a secret, a token, a verifier). Most log lines have none of them, and for those the
// patterns need not even be compiled: that (their JIT compilation) took 3 M instructions before
// the wizard's first frame (tests/benchmarks/README.md). QString's case-insensitive search folds
// case as PCRE does for these words (K and the Kelvin sign, s and the long s).
bool noRuleCanMatch(const QString &text)
{
    if (text.contains(u'=') || text.contains(u':') || text.contains(QLatin1String("1000.")))
        return false;
    for (const QLatin1String scheme : {QLatin1String("oauthtoken"), QLatin1String("bearer"), QLatin1String("basic")}) {
        if (text.contains(scheme, Qt::CaseInsensitive))
            return false;
    }
    qsizetype run = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool partOfRun = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'-';
        run = partOfRun ? run + 1 : 0;
        if (run >= 32)
            return false;
    }
    return true;
}

} // namespace

QString LogRedaction::redact(const QString &text)
{
    return noRuleCanMatch(text) ? text : redactByEveryRule(text);
}

QString LogRedaction::redactByEveryRule(const QString &text)
{
    QString out = text;
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}
