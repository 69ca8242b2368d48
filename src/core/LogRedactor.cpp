#include "LogRedactor.h"

#include <QRegularExpression>

namespace ed {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    static const QList<Rule> all = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        const QString marker = LogRedactor::marker;
        return QList<Rule>{
                // Authorization: Bearer/Basic <anything to end of line or quote>
                {QRegularExpression(QStringLiteral(R"((authorization["']?\s*[:=]\s*["']?)[^"'\r\n]+)"), ci),
                 QStringLiteral("\\1") + marker},
                {QRegularExpression(QStringLiteral(R"(\b(bearer|basic)\s+[A-Za-z0-9\-._~+/]+=*)"), ci),
                 QStringLiteral("\\1 ") + marker},
                // JSON Web Tokens anywhere (header.payload.signature, base64url).
                {QRegularExpression(QStringLiteral(R"(eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*)")),
                 marker},
                // key=value, "key": "value", key: value for credential-bearing keys.
                {QRegularExpression(
                         QStringLiteral(
                                 R"(\b((?:access_?|refresh_?|id_?)?token|client_?secret|code_?verifier|client_?assertion)"
                                 R"(|device_?code|password|passwd|assertion)(["']?\s*[:=]\s*["']?))"
                                 R"([^"'&\s,;}]+)"),
                         ci),
                 QStringLiteral("\\1\\2") + marker},
                // The authorization code in a redirect URL (?code=…&state=…). Not "code": Graph's
                // error codes are diagnostics we want to keep.
                {QRegularExpression(QStringLiteral(R"(([?&](?:code|state)=)[^&#\s"']+)")),
                 QStringLiteral("\\1") + marker},
        };
    }();
    return all;
}

} // namespace

QString LogRedactor::redact(const QString &text)
{
    QString result = text;
    for (const Rule &rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

} // namespace ed
