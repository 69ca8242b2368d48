#include "DirectoryApi.h"

#include "DemoTenant.h"
#include "TokenAuthority.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultPageSize = 100;
constexpr int maxPageSize = 999;
constexpr int maxIds = 1000;

const QString advancedHint = u"Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to "
                             "https://aka.ms/graph-docs/advanced-queries for more information"_s;

// Opaque to clients (like Graph's "RFNwdAIAAQAAA…" tokens): the offset into the sorted, filtered
// result, bound to the query it belongs to so a token from another query is rejected.
QString encodeSkipToken(int offset, const QString &query)
{
    const QByteArray payload =
            "EDgrp:" + QByteArray::number(offset) + ':' + QByteArray::number(qHash(query) & 0xFFFFFFFFu, 16);
    return QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int decodeSkipToken(const QString &token, const QString &query)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    const QList<QByteArray> parts = raw.split(':');
    if (parts.size() != 3 || parts.at(0) != "EDgrp"
        || parts.at(2) != QByteArray::number(qHash(query) & 0xFFFFFFFFu, 16))
        return -1;
    bool ok = false;
    const int offset = parts.at(1).toInt(&ok);
    return ok && offset >= 0 ? offset : -1;
}

bool eventual(const EmuRequest &request)
{
    return request.header("consistencylevel").trimmed().compare("eventual", Qt::CaseInsensitive) == 0;
}

bool canReadGroups(const Caller &caller)
{
    return caller.hasAny({"GroupMember.Read.All", "Group.Read.All", "Directory.Read.All", "Group.ReadWrite.All",
                          "Directory.ReadWrite.All"});
}

bool canGetByIds(const Caller &caller)
{
    // directoryobject-getbyids: Directory.Read.All (delegated also Directory.AccessAsUser.All).
    return caller.hasAny({"Directory.Read.All", "Directory.ReadWrite.All", "Directory.AccessAsUser.All"});
}

EmuResponse denied(const EmuRequest &request)
{
    return graphError(request, 403, u"Authorization_RequestDenied"_s,
                      u"Insufficient privileges to complete the operation."_s);
}

EmuResponse badRequest(const EmuRequest &request, const QString &message)
{
    return graphError(request, 400, u"Request_BadRequest"_s, message);
}

EmuResponse unsupported(const EmuRequest &request, const QString &message)
{
    return graphError(request, 400, u"Request_UnsupportedQuery"_s, message);
}

// Lower-case tokens of a text as the directory index splits it: on spaces and punctuation, and at
// lower→upper case changes ("SalesLaptops" → "sales", "laptops").
QStringList tokens(const QString &text)
{
    QStringList result;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isLetterOrNumber()) {
            if (!current.isEmpty())
                result.append(current.toLower());
            current.clear();
            continue;
        }
        if (!current.isEmpty() && c.isUpper() && current.back().isLower()) {
            result.append(current.toLower());
            current.clear();
        }
        current.append(c);
    }
    if (!current.isEmpty())
        result.append(current.toLower());
    return result;
}

// Every search token is a prefix of some token of the text.
bool tokensMatch(const QString &text, const QStringList &searchTokens)
{
    const QStringList textTokens = tokens(text);
    return !searchTokens.isEmpty() && std::all_of(searchTokens.begin(), searchTokens.end(), [&](const QString &s) {
        return std::any_of(textTokens.begin(), textTokens.end(), [&](const QString &t) { return t.startsWith(s); });
    });
}

// Splits on a keyword (" or ", " and ", …) that stands outside quotes and parentheses.
QStringList splitOutside(const QString &text, QLatin1StringView keyword, QChar quote, Qt::CaseSensitivity cs)
{
    QStringList parts;
    int depth = 0;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == quote) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (depth == 0 && c.isSpace()) {
            const qsizetype k = i + 1;
            const qsizetype after = k + keyword.size();
            if (after < text.size() && text.at(after).isSpace()
                && QStringView(text).mid(k, keyword.size()).compare(keyword, cs) == 0) {
                parts.append(text.mid(start, i - start));
                start = after + 1;
                i = after;
            }
        }
    }
    parts.append(text.mid(start));
    return parts;
}

// True when the text is one parenthesised expression: "(a or b)", not "(a) and (b)".
bool enclosed(const QString &text)
{
    if (!text.startsWith(u'(') || !text.endsWith(u')'))
        return false;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && c == u'(')
            ++depth;
        else if (!quoted && c == u')' && --depth == 0 && i != text.size() - 1)
            return false;
    }
    return true;
}

using Predicate = std::function<bool(const Group &)>;

struct ParsedQuery
{
    Predicate predicate;
    bool advanced = false; // needs ConsistencyLevel: eventual and $count=true
};

// $search="displayName:foo" OR "description:bar" [AND …]: AND binds tighter than OR.
std::optional<Predicate> parseSearch(const QString &search, QString *error)
{
    static const QRegularExpression term(u"\"([^\":]+):([^\"]*)\""_s);
    QList<QList<std::pair<QString, QStringList>>> alternatives;
    const QStringList orParts = splitOutside(search.trimmed(), "OR"_L1, u'"', Qt::CaseSensitive);
    for (const QString &orPart : orParts) {
        QList<std::pair<QString, QStringList>> conjunction;
        const QStringList andParts = splitOutside(orPart.trimmed(), "AND"_L1, u'"', Qt::CaseSensitive);
        for (const QString &andPart : andParts) {
            const QRegularExpressionMatch m = term.match(andPart.trimmed());
            if (!m.hasMatch() || m.capturedLength(0) != andPart.trimmed().size()) {
                *error = u"Invalid $search: '%1'. Use \"property:value\" terms joined with OR or AND."_s.arg(
                        andPart.trimmed());
                return std::nullopt;
            }
            const QString property = m.captured(1).trimmed();
            if (property != u"displayName" && property != u"description") {
                *error = u"Unsupported or invalid query filter clause specified for property '%1' of resource "
                         "'Group'."_s.arg(property);
                return std::nullopt;
            }
            conjunction.append({property, tokens(m.captured(2))});
        }
        alternatives.append(conjunction);
    }
    return [alternatives](const Group &group) {
        return std::any_of(alternatives.begin(), alternatives.end(), [&group](const auto &conjunction) {
            return std::all_of(conjunction.begin(), conjunction.end(), [&group](const auto &t) {
                return tokensMatch(t.first == u"displayName" ? group.displayName : group.description, t.second);
            });
        });
    };
}

std::optional<QString> stringProperty(const Group &group, const QString &property)
{
    if (property == u"displayName")
        return group.displayName;
    if (property == u"mail")
        return group.mailEnabled ? group.mail : QString();
    if (property == u"mailNickname")
        return group.mailNickname;
    if (property == u"id")
        return group.id;
    if (property == u"description")
        return group.description;
    if (property == u"membershipRule")
        return group.membershipRule;
    return std::nullopt;
}

std::optional<ParsedQuery> parseFilter(const QString &filter, QString *error);

// One $filter clause; `advanced` is set for the operators that need advanced query parameters.
std::optional<Predicate> parseClause(QString clause, bool *advanced, QString *error)
{
    static const QRegularExpression function(u"^(startswith|endswith)\\(\\s*(\\w+)\\s*,\\s*'((?:[^']|'')*)'\\s*\\)$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comparison(u"^(\\w+)\\s+(eq|ne)\\s+(true|false|null|'((?:[^']|'')*)')$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression any(u"^groupTypes/any\\(\\s*(\\w+)\\s*:\\s*(\\w+)\\s+eq\\s+'([^']*)'\\s*\\)$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression other(u"^(\\w+)"_s);
    static const QStringList indexedStrings{u"displayName"_s, u"mail"_s, u"mailNickname"_s, u"id"_s};
    clause = clause.trimmed();
    while (enclosed(clause))
        clause = clause.mid(1, clause.size() - 2).trimmed();
    bool negate = false;
    if (clause.startsWith("not"_L1, Qt::CaseInsensitive) && enclosed(clause.mid(3).trimmed())) {
        negate = true;
        *advanced = true;
        clause = clause.mid(3).trimmed();
        clause = clause.mid(1, clause.size() - 2).trimmed();
    }
    const auto result = [negate](Predicate p) -> std::optional<Predicate> {
        if (!negate)
            return p;
        return [p](const Group &g) { return !p(g); };
    };
    // A parenthesised sub-expression: parse it as a filter of its own.
    if (splitOutside(clause, "or"_L1, u'\'', Qt::CaseInsensitive).size() > 1
        || splitOutside(clause, "and"_L1, u'\'', Qt::CaseInsensitive).size() > 1) {
        std::optional<ParsedQuery> inner = parseFilter(clause, error);
        if (!inner)
            return std::nullopt;
        *advanced = *advanced || inner->advanced;
        return result(inner->predicate);
    }
    if (const QRegularExpressionMatch m = function.match(clause); m.hasMatch()) {
        const QString name = m.captured(1).toLower();
        const QString property = m.captured(2);
        const QString value = m.captured(3).replace(u"''"_s, u"'"_s);
        if (!indexedStrings.contains(property) || property == u"id") {
            *error = u"Unsupported or invalid query filter clause specified for property '%1' of resource 'Group'."_s
                             .arg(property);
            return std::nullopt;
        }
        if (name == u"endswith")
            *advanced = true;
        return result([name, property, value](const Group &g) {
            const QString text = stringProperty(g, property).value_or(QString());
            return name == u"startswith" ? text.startsWith(value, Qt::CaseInsensitive)
                                         : text.endsWith(value, Qt::CaseInsensitive);
        });
    }
    if (const QRegularExpressionMatch m = any.match(clause); m.hasMatch()) {
        if (m.captured(1) != m.captured(2)) {
            *error = u"Invalid filter clause: the lambda variable '%1' is not declared."_s.arg(m.captured(2));
            return std::nullopt;
        }
        const QString type = m.captured(3);
        return result([type](const Group &g) { return g.groupTypes.contains(type, Qt::CaseInsensitive); });
    }
    if (const QRegularExpressionMatch m = comparison.match(clause); m.hasMatch()) {
        const QString property = m.captured(1);
        const bool ne = m.captured(2).compare("ne"_L1, Qt::CaseInsensitive) == 0;
        const QString literal = m.captured(3);
        if (ne)
            *advanced = true;
        Predicate p;
        if (property == u"securityEnabled" || property == u"mailEnabled") {
            if (literal != u"true" && literal != u"false") {
                *error = u"A binary operator with incompatible types was detected. Found operand types 'Edm.Boolean' "
                         "and 'Edm.String' for operator kind 'Equal'."_s;
                return std::nullopt;
            }
            const bool wanted = literal == u"true";
            const bool security = property == u"securityEnabled";
            p = [wanted, security](const Group &g) { return (security ? g.securityEnabled : g.mailEnabled) == wanted; };
        } else if (indexedStrings.contains(property) || property == u"membershipRule") {
            if (!literal.startsWith(u'\'')) {
                *error = u"Invalid filter clause: '%1' compares a string property with %2."_s.arg(property, literal);
                return std::nullopt;
            }
            const QString value = m.captured(4).replace(u"''"_s, u"'"_s);
            p = [property, value](const Group &g) {
                return stringProperty(g, property).value_or(QString()).compare(value, Qt::CaseInsensitive) == 0;
            };
        } else {
            *error = u"Unsupported or invalid query filter clause specified for property '%1' of resource 'Group'."_s
                             .arg(property);
            return std::nullopt;
        }
        if (ne)
            return result([p](const Group &g) { return !p(g); });
        return result(p);
    }
    const QRegularExpressionMatch m = other.match(clause);
    *error = m.hasMatch() && !clause.contains(u'(')
            ? u"Unsupported or invalid query filter clause specified for property '%1' of resource 'Group'."_s.arg(
                    m.captured(1))
            : u"Invalid filter clause: '%1'."_s.arg(clause);
    return std::nullopt;
}

// $filter: clauses joined by 'and' / 'or' (and binds tighter), without nested parentheses.
std::optional<ParsedQuery> parseFilter(const QString &filter, QString *error)
{
    ParsedQuery parsed;
    QList<QList<Predicate>> alternatives;
    const QStringList orParts = splitOutside(filter.trimmed(), "or"_L1, u'\'', Qt::CaseInsensitive);
    for (const QString &orPart : orParts) {
        QList<Predicate> conjunction;
        const QStringList andParts = splitOutside(orPart.trimmed(), "and"_L1, u'\'', Qt::CaseInsensitive);
        for (const QString &andPart : andParts) {
            std::optional<Predicate> p = parseClause(andPart, &parsed.advanced, error);
            if (!p)
                return std::nullopt;
            conjunction.append(*p);
        }
        alternatives.append(conjunction);
    }
    parsed.predicate = [alternatives](const Group &g) {
        return std::any_of(alternatives.begin(), alternatives.end(), [&g](const QList<Predicate> &conjunction) {
            return std::all_of(conjunction.begin(), conjunction.end(), [&g](const Predicate &p) { return p(g); });
        });
    };
    return parsed;
}

QJsonObject selectFrom(const QJsonObject &full, const QStringList &properties)
{
    QJsonObject selected;
    for (const QString &property : properties)
        selected.insert(property, full.value(property));
    return selected;
}

} // namespace

DirectoryApi::DirectoryApi(EmulatorContext &context)
    : ApiModule(context)
{ }

std::optional<EmuResponse> DirectoryApi::handle(const EmuRequest &request, const Caller *caller)
{
    const QStringList &segments = request.segments;
    if (segments.size() < 2 || (segments.at(0) != u"beta" && segments.at(0) != u"v1.0"))
        return std::nullopt;
    const QString version = segments.at(0);
    const QString area = segments.at(1).toLower();
    if (area == u"groups") {
        if (!caller || !canReadGroups(*caller))
            return denied(request);
        if (request.method != "GET")
            return graphError(request, 405, u"Request_BadRequest"_s,
                              u"The emulator's directory is read-only: %1 is not supported on groups."_s.arg(
                                      QString::fromLatin1(request.method)));
        if (segments.size() == 2)
            return listGroups(request, version, false);
        if (segments.size() == 3 && segments.at(2) == u"$count")
            return listGroups(request, version, true);
        if (segments.size() == 3)
            return getGroup(request, version, segments.at(2));
        return badRequest(request, u"Resource not found for the segment '%1'."_s.arg(segments.at(3)));
    }
    if (area == u"directoryobjects") {
        if (segments.size() == 3 && segments.at(2).compare("getByIds"_L1, Qt::CaseInsensitive) == 0
            && request.method == "POST") {
            if (!caller || !canGetByIds(*caller))
                return denied(request);
            return getByIds(request, version);
        }
        return badRequest(request,
                          u"Resource not found for the segment '%1'."_s.arg(segments.size() > 2 ? segments.at(2)
                                                                                                : segments.at(1)));
    }
    return std::nullopt;
}

EmuResponse DirectoryApi::listGroups(const EmuRequest &request, const QString &version, bool countOnly) const
{
    const QHash<QString, QString> options = queryOptions(request);
    const bool consistent = eventual(request);
    const bool count = options.value(u"count"_s).compare("true"_L1, Qt::CaseInsensitive) == 0;
    QString error;

    if (countOnly && !consistent)
        return badRequest(request, u"$count is not currently supported."_s);
    if (options.contains(u"skip"_s))
        return badRequest(request, u"'$skip' is not supported by the service."_s);
    if (options.contains(u"expand"_s))
        return badRequest(
                request, u"The emulator does not expand group relationships ('%1')."_s.arg(options.value(u"expand"_s)));

    QList<Predicate> predicates;
    bool advanced = false;
    if (options.contains(u"search"_s)) {
        if (!consistent)
            return unsupported(
                    request,
                    u"Request with $search query parameter only works through MSGraph with a special request header: "
                    "'ConsistencyLevel: eventual'"_s);
        std::optional<Predicate> search = parseSearch(options.value(u"search"_s), &error);
        if (!search)
            return error.startsWith(u"Unsupported"_s) ? unsupported(request, error) : badRequest(request, error);
        predicates.append(*search);
    }
    if (options.contains(u"filter"_s)) {
        std::optional<ParsedQuery> filter = parseFilter(options.value(u"filter"_s), &error);
        if (!filter)
            return error.startsWith(u"Unsupported"_s) ? unsupported(request, error) : badRequest(request, error);
        advanced = filter->advanced;
        predicates.append(filter->predicate);
    }
    if (advanced && !(consistent && (count || countOnly))) {
        // The operator named as Graph names it (endsWith, ne, not).
        const QString filter = options.value(u"filter"_s);
        const QString op = filter.contains("endswith"_L1, Qt::CaseInsensitive) ? u"endsWith"_s
                : filter.contains("not("_L1, Qt::CaseInsensitive)              ? u"not"_s
                                                                               : u"ne"_s;
        return unsupported(
                request,
                u"Operator '%1' is not supported because the required parameters might be missing. "_s.arg(op)
                        + advancedHint);
    }

    bool descending = false;
    if (options.contains(u"orderby"_s)) {
        const QStringList parts = options.value(u"orderby"_s).simplified().split(u' ');
        if (parts.constFirst() != u"displayName" || parts.size() > 2
            || (parts.size() == 2 && parts.at(1) != u"asc" && parts.at(1) != u"desc"))
            return unsupported(
                    request,
                    u"Sorting is only supported on displayName for groups ('%1')."_s.arg(options.value(u"orderby"_s)));
        descending = parts.size() == 2 && parts.at(1) == u"desc";
        if ((options.contains(u"filter"_s) || options.contains(u"search"_s)) && !(consistent && count))
            return unsupported(
                    request,
                    u"Sorting with $filter or $search is not supported because the required parameters might be "
                    "missing. "_s
                            + advancedHint);
    }

    QStringList select;
    if (options.contains(u"select"_s)) {
        static const QStringList known = Group().toJson().keys();
        const QStringList parts = options.value(u"select"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString property = part.trimmed();
            if (!known.contains(property))
                return badRequest(
                        request,
                        u"Could not find a property named '%1' on type 'microsoft.graph.group'."_s.arg(property));
            select.append(property);
        }
    }

    int top = defaultPageSize;
    if (options.contains(u"top"_s)) {
        bool ok = false;
        top = options.value(u"top"_s).toInt(&ok);
        if (!ok || top < 1 || top > maxPageSize)
            return badRequest(request,
                              u"Invalid page size specified: '%1'. Must be between 1 and %2 inclusive."_s
                                      .arg(options.value(u"top"_s))
                                      .arg(maxPageSize));
    }

    // The query a skip token belongs to: every option but the token itself.
    QStringList identity;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (it.key() != u"skiptoken")
            identity.append(it.key() + u'=' + it.value());
    identity.sort();
    const QString queryIdentity = identity.join(u'&');
    int offset = 0;
    if (options.contains(u"skiptoken"_s)) {
        offset = decodeSkipToken(options.value(u"skiptoken"_s), queryIdentity);
        if (offset < 0)
            return badRequest(request, u"The specified page token value is not valid for this query."_s);
    }

    const QList<Group> &groups = m_context.tenant.groups;
    QList<int> matched;
    for (int i = 0; i < groups.size(); ++i)
        if (std::all_of(predicates.begin(), predicates.end(), [&](const Predicate &p) { return p(groups.at(i)); }))
            matched.append(i);
    if (countOnly)
        return EmuResponse::raw(200, QByteArray::number(matched.size()), "text/plain;charset=utf-8");

    // Without $orderby the directory answers in object-id order, which is stable across pages.
    std::stable_sort(matched.begin(), matched.end(), [&groups, &options, descending](int a, int b) {
        if (!options.contains(u"orderby"_s))
            return groups.at(a).id < groups.at(b).id;
        const int order = groups.at(a).displayName.compare(groups.at(b).displayName, Qt::CaseInsensitive);
        return descending ? order > 0 : order < 0;
    });

    const int end = int(qMin<qsizetype>(matched.size(), qsizetype(offset) + top));
    QJsonArray value;
    for (int i = offset; i < end; ++i) {
        const QJsonObject full = groups.at(matched.at(i)).toJson();
        value.append(select.isEmpty() ? full : selectFrom(full, select));
    }
    const QString fragment = select.isEmpty() ? u"groups"_s : u"groups(%1)"_s.arg(select.join(u','));
    QJsonObject body{{u"@odata.context"_s, odataContext(m_context.baseUrl, version, fragment)}};
    if (count && consistent && offset == 0)
        body.insert(u"@odata.count"_s, int(matched.size()));
    if (end < matched.size())
        body.insert(u"@odata.nextLink"_s, nextLink(m_context.baseUrl, request, encodeSkipToken(end, queryIdentity)));
    body.insert(u"value"_s, value);
    return EmuResponse::json(200, body);
}

EmuResponse DirectoryApi::getGroup(const EmuRequest &request, const QString &version, const QString &id) const
{
    if (QUuid::fromString(id).isNull())
        return badRequest(request, u"Invalid object identifier '%1'."_s.arg(id));
    const int index = m_context.tenant.groupIndex(id);
    if (index < 0)
        return notFound(request, u"Group"_s, id);
    const QHash<QString, QString> options = queryOptions(request);
    QJsonObject json = m_context.tenant.groups.at(index).toJson();
    QString fragment = u"groups/$entity"_s;
    if (options.contains(u"select"_s)) {
        QStringList select;
        const QStringList parts = options.value(u"select"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString property = part.trimmed();
            if (!json.contains(property))
                return badRequest(
                        request,
                        u"Could not find a property named '%1' on type 'microsoft.graph.group'."_s.arg(property));
            select.append(property);
        }
        json = selectFrom(json, select);
        fragment = u"groups(%1)/$entity"_s.arg(select.join(u','));
    }
    json.insert(u"@odata.context"_s, odataContext(m_context.baseUrl, version, fragment));
    return EmuResponse::json(200, json);
}

QJsonObject DirectoryApi::userJson(const User &user)
{
    return QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.user"_s},
                       {u"id"_s, user.id},
                       {u"accountEnabled"_s, true},
                       {u"businessPhones"_s, QJsonArray()},
                       {u"department"_s, user.department},
                       {u"displayName"_s, user.displayName},
                       {u"givenName"_s, user.givenName},
                       {u"jobTitle"_s, QJsonValue::Null},
                       {u"mail"_s, user.userPrincipalName},
                       {u"mobilePhone"_s, QJsonValue::Null},
                       {u"officeLocation"_s, QJsonValue::Null},
                       {u"preferredLanguage"_s, QJsonValue::Null},
                       {u"surname"_s, user.surname},
                       {u"userPrincipalName"_s, user.userPrincipalName}};
}

EmuResponse DirectoryApi::getByIds(const EmuRequest &request, const QString &version) const
{
    QString error;
    const std::optional<QJsonObject> body = request.jsonBody(&error);
    if (!body)
        return badRequest(request, error);
    const QJsonValue idsValue = body->value("ids"_L1);
    if (!idsValue.isArray() || idsValue.toArray().isEmpty())
        return badRequest(request, u"The 'ids' parameter is required and must list at least one id."_s);
    const QJsonArray ids = idsValue.toArray();
    if (ids.size() > maxIds)
        return badRequest(
                request,
                u"Too many ids: %1 were sent, at most %2 are allowed per request."_s.arg(ids.size()).arg(maxIds));

    static const QStringList knownTypes{u"user"_s,
                                        u"group"_s,
                                        u"device"_s,
                                        u"application"_s,
                                        u"serviceprincipal"_s,
                                        u"orgcontact"_s,
                                        u"administrativeunit"_s,
                                        u"directoryrole"_s,
                                        u"directoryobjectpartnerreference"_s,
                                        u"contract"_s,
                                        u"approleassignment"_s};
    QSet<QString> types;
    const QJsonArray typeValues = body->value("types"_L1).toArray();
    for (const QJsonValue &t : typeValues) {
        QString type = t.toString().toLower();
        if (type.startsWith("microsoft.graph."_L1))
            type = type.mid(16);
        if (!knownTypes.contains(type))
            return badRequest(request, u"Invalid type '%1' in the 'types' parameter."_s.arg(t.toString()));
        types.insert(type);
    }
    const bool wantGroups = types.isEmpty() || types.contains(u"group"_s);
    const bool wantUsers = types.isEmpty() || types.contains(u"user"_s);

    const DemoTenant &tenant = m_context.tenant;
    QJsonArray value;
    QSet<QString> seen;
    for (const QJsonValue &idValue : ids) {
        if (!idValue.isString())
            return badRequest(request, u"Every id must be a string."_s);
        const QString id = idValue.toString().toLower();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (const int g = tenant.groupIndex(id); wantGroups && g >= 0) {
            QJsonObject json = tenant.groups.at(g).toJson();
            json.insert(u"@odata.type"_s, u"#microsoft.graph.group"_s);
            value.append(json);
            continue;
        }
        if (wantUsers) {
            const auto user = std::find_if(tenant.users.cbegin(), tenant.users.cend(),
                                           [&id](const User &u) { return u.id.compare(id, Qt::CaseInsensitive) == 0; });
            if (user != tenant.users.cend())
                value.append(userJson(*user));
        }
    }
    return EmuResponse::json(
            200,
            QJsonObject{{u"@odata.context"_s, odataContext(m_context.baseUrl, version, u"directoryObjects"_s)},
                        {u"value"_s, value}});
}

} // namespace ed::emu
