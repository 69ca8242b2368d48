#include "EnrollmentConfigurationsApi.h"

#include "DemoTenant.h"
#include "RequestLog.h"
#include "TokenAuthority.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView collectionName{"deviceEnrollmentConfigurations"};
constexpr QLatin1StringView collectionFragment{"deviceManagement/deviceEnrollmentConfigurations"};
constexpr QLatin1StringView baseType{"microsoft.graph.deviceEnrollmentConfiguration"};

QString encodeSkipToken(int offset)
{
    return QString::fromLatin1(QByteArray("EDcfg:" + QByteArray::number(offset))
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int decodeSkipToken(const QString &token)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("EDcfg:"))
        return -1;
    bool ok = false;
    const int offset = raw.mid(6).toInt(&ok);
    return ok && offset >= 0 ? offset : -1;
}

QString typeName(const QString &odataType)
{
    QString type = odataType;
    if (type.startsWith(u'#'))
        type.remove(0, 1);
    return type.startsWith("microsoft.graph."_L1) ? type.mid(16) : type;
}

// Position of a configuration's family in the list: defaults and customs of one kind together.
int familyRank(const EnrollmentConfiguration &c)
{
    static const QStringList order{u"deviceEnrollmentLimitConfiguration"_s,
                                   u"deviceEnrollmentPlatformRestrictionsConfiguration"_s,
                                   u"deviceEnrollmentPlatformRestrictionConfiguration"_s,
                                   u"deviceEnrollmentWindowsHelloForBusinessConfiguration"_s,
                                   u"windows10EnrollmentCompletionPageConfiguration"_s,
                                   u"deviceComanagementAuthorityConfiguration"_s,
                                   u"windowsRestoreDeviceEnrollmentConfiguration"_s};
    const qsizetype rank = order.indexOf(typeName(c.odataType));
    return rank < 0 ? int(order.size()) : int(rank);
}

QString familyKey(const EnrollmentConfiguration &c)
{
    // Single-platform restrictions are ordered per platform, as the admin centre shows them.
    if (typeName(c.odataType) == u"deviceEnrollmentPlatformRestrictionConfiguration")
        return c.odataType + u'/' + c.properties.value("platformType"_L1).toString();
    return c.odataType;
}

QJsonObject assignmentJson(const Assignment &assignment, bool beta)
{
    QJsonObject json{{u"@odata.type"_s, u"#microsoft.graph.enrollmentConfigurationAssignment"_s},
                     {u"id"_s, assignment.id},
                     {u"target"_s, assignment.target.toJson(beta)}};
    if (beta) {
        json.insert(u"source"_s, assignment.source.isEmpty() ? u"direct"_s : assignment.source);
        json.insert(u"sourceId"_s,
                    assignment.sourceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assignment.sourceId));
    }
    return json;
}

EmuResponse noRoute(const EmuRequest &request)
{
    return intuneError(request, 400, u"BadRequest"_s, u"No method match route template"_s);
}

EmuResponse badRequest(const EmuRequest &request, const QString &phrase)
{
    return intuneError(request, 400, u"BadRequest"_s, phrase);
}

bool canRead(const Caller &caller)
{
    return caller.hasAny({"DeviceManagementServiceConfig.Read.All", "DeviceManagementServiceConfig.ReadWrite.All",
                          "DeviceManagementConfiguration.Read.All", "DeviceManagementConfiguration.ReadWrite.All"});
}

bool canWrite(const Caller &caller)
{
    return caller.hasAny(
            {"DeviceManagementServiceConfig.ReadWrite.All", "DeviceManagementConfiguration.ReadWrite.All"});
}

// One $filter alternative: deviceEnrollmentConfigurationType eq '…' (beta) or isof('…').
struct FilterClause
{
    bool isOf = false;
    QString value;
};

std::optional<QList<FilterClause>> parseFilter(const QString &filter, bool beta, QString *error)
{
    static const QRegularExpression orSplit(u"\\s+or\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression typeEq(u"^deviceEnrollmentConfigurationType\\s+eq\\s+'([^']*)'$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression isOf(u"^isof\\(\\s*'([^']+)'\\s*\\)$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QStringList types{u"unknown"_s,
                                   u"limit"_s,
                                   u"platformRestrictions"_s,
                                   u"windowsHelloForBusiness"_s,
                                   u"defaultLimit"_s,
                                   u"defaultPlatformRestrictions"_s,
                                   u"defaultWindowsHelloForBusiness"_s,
                                   u"defaultWindows10EnrollmentCompletionPageConfiguration"_s,
                                   u"windows10EnrollmentCompletionPageConfiguration"_s,
                                   u"deviceComanagementAuthorityConfiguration"_s,
                                   u"singlePlatformRestriction"_s,
                                   u"unknownFutureValue"_s,
                                   u"enrollmentNotificationsConfiguration"_s,
                                   u"windowsRestore"_s};
    QList<FilterClause> clauses;
    const QStringList parts = filter.trimmed().split(orSplit);
    for (QString part : parts) {
        part = part.trimmed();
        while (part.startsWith(u'(') && part.endsWith(u')') && !part.startsWith("isof("_L1, Qt::CaseInsensitive))
            part = part.mid(1, part.size() - 2).trimmed();
        if (const QRegularExpressionMatch m = typeEq.match(part); m.hasMatch()) {
            if (!beta) {
                *error = u"Could not find a property named 'deviceEnrollmentConfigurationType' on type "
                         "'microsoft.graph.deviceEnrollmentConfiguration'."_s;
                return std::nullopt;
            }
            if (!types.contains(m.captured(1))) {
                *error = u"The string '%1' is not a valid enumeration type constant."_s.arg(m.captured(1));
                return std::nullopt;
            }
            clauses.append({false, m.captured(1)});
        } else if (const QRegularExpressionMatch t = isOf.match(part); t.hasMatch()) {
            clauses.append({true, typeName(t.captured(1))});
        } else {
            *error = u"Invalid filter clause: '%1'. Supported: deviceEnrollmentConfigurationType eq '…' (beta) and "
                     "isof('microsoft.graph.…'), joined with 'or'."_s.arg(part);
            return std::nullopt;
        }
    }
    return clauses;
}

bool matches(const EnrollmentConfiguration &c, const QList<FilterClause> &clauses, bool beta)
{
    for (const FilterClause &clause : clauses) {
        if (!clause.isOf && c.configurationType == clause.value)
            return true;
        if (clause.isOf
            && (clause.value == baseType.mid(16)
                || clause.value == typeName(enrollmentSchema::typeFor(c.odataType, beta))))
            return true;
    }
    return false;
}

// $select: base properties of the version, "assignments", or a derived property qualified with
// its type ("microsoft.graph.deviceEnrollmentLimitConfiguration/limit").
std::optional<QStringList> parseSelect(const QString &select, bool beta, QString *error)
{
    QStringList properties;
    const QStringList base = enrollmentSchema::baseProperties(beta);
    const QStringList parts = select.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString name = raw.trimmed();
        if (base.contains(name) || name == u"assignments") {
            properties.append(name);
            continue;
        }
        const qsizetype slash = name.indexOf(u'/');
        if (slash > 0) {
            const QString type = name.left(slash);
            const QString property = name.mid(slash + 1);
            if (enrollmentSchema::ownProperties(type, beta).contains(property)) {
                properties.append(property);
                continue;
            }
        }
        *error = u"Could not find a property named '%1' on type 'microsoft.graph.deviceEnrollmentConfiguration'."_s.arg(
                name);
        return std::nullopt;
    }
    return properties;
}

bool isInteger(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && number == double(qint64(number)) && number >= -2147483648.0 && number <= 2147483647.0;
}

QJsonObject restrictionDefaults()
{
    return QJsonObject{{u"platformBlocked"_s, false},
                       {u"personalDeviceEnrollmentBlocked"_s, false},
                       {u"osMinimumVersion"_s, QJsonValue::Null},
                       {u"osMaximumVersion"_s, QJsonValue::Null},
                       {u"blockedManufacturers"_s, QJsonArray()},
                       {u"blockedSkus"_s, QJsonArray()}};
}

bool isStringArray(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isString(); });
}

// Validates one subtype property of a PATCH body; returns the value to store (restriction
// objects are completed with defaults: a complex value replaces the stored one).
std::optional<QJsonValue> validateProperty(const QString &key, const QJsonValue &value, const QJsonValue &existing,
                                           bool beta, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<QJsonValue> {
        *error = reason;
        return std::nullopt;
    };
    static const QStringList enablement{u"notConfigured"_s, u"enabled"_s, u"disabled"_s};
    static const QStringList pinUsage{u"allowed"_s, u"required"_s, u"disallowed"_s};
    static const QStringList platformTypes{u"allPlatforms"_s, u"ios"_s,     u"windows"_s,
                                           u"windowsPhone"_s, u"android"_s, u"androidForWork"_s,
                                           u"mac"_s,          u"linux"_s,   u"unknownFutureValue"_s};
    static const QHash<QString, std::pair<int, int>> ranges{{u"limit"_s, {1, 15}},
                                                            {u"pinMinimumLength"_s, {4, 127}},
                                                            {u"pinMaximumLength"_s, {4, 127}},
                                                            {u"pinPreviousBlockCount"_s, {0, 50}},
                                                            {u"pinExpirationInDays"_s, {0, 730}},
                                                            {u"installProgressTimeoutInMinutes"_s, {1, 1440}},
                                                            {u"managedDeviceAuthority"_s, {INT_MIN, INT_MAX}},
                                                            {u"enhancedSignInSecurity"_s, {INT_MIN, INT_MAX}}};

    if (const auto range = ranges.constFind(key); range != ranges.cend()) {
        if (!isInteger(value) || value.toInt() < range->first || value.toInt() > range->second) {
            if (key == u"limit")
                return fail(u"The device limit must be a whole number from 1 to 15."_s);
            return fail(u"'%1' must be a whole number from %2 to %3."_s.arg(key).arg(range->first).arg(range->second));
        }
        return value;
    }
    if (key == u"state" || key == u"enhancedBiometricsState" || key == u"securityKeyForSignIn") {
        if (!value.isString() || !enablement.contains(value.toString()))
            return fail(u"'%1' must be one of notConfigured, enabled, disabled."_s.arg(key));
        return value;
    }
    if (key.startsWith(u"pin") && key.endsWith(u"CharactersUsage")) {
        if (!value.isString() || !pinUsage.contains(value.toString()))
            return fail(u"'%1' must be one of allowed, required, disallowed."_s.arg(key));
        return value;
    }
    if (key == u"platformType") {
        if (!value.isString() || !platformTypes.contains(value.toString()))
            return fail(u"'%1' is not a valid enrollmentRestrictionPlatformType."_s.arg(value.toString()));
        return value;
    }
    if (enrollmentSchema::isRestrictionValued(key)) {
        if (!value.isObject())
            return fail(u"'%1' must be a deviceEnrollmentPlatformRestriction object."_s.arg(key));
        const QStringList allowed = enrollmentSchema::restrictionProperties(beta);
        const QJsonObject sent = value.toObject();
        QJsonObject result = existing.isObject() ? existing.toObject() : restrictionDefaults();
        const QJsonObject defaults = restrictionDefaults();
        for (const QString &property : allowed)
            result.insert(property, sent.contains(property) ? sent.value(property) : defaults.value(property));
        for (auto it = sent.begin(); it != sent.end(); ++it) {
            const QString &name = it.key();
            const QJsonValue &v = it.value();
            if (name == u"@odata.type")
                continue;
            if (!allowed.contains(name))
                return fail(u"The property '%1' does not exist on type "
                            "'microsoft.graph.deviceEnrollmentPlatformRestriction'."_s.arg(name));
            const bool ok = name.startsWith(u"blocked") ? isStringArray(v)
                    : name.startsWith(u"os")            ? (v.isString() || v.isNull())
                                                        : v.isBool();
            if (!ok)
                return fail(u"'%1.%2' has the wrong type."_s.arg(key, name));
        }
        return QJsonValue(result);
    }
    if (key == u"customErrorMessage" && value.isString() && value.toString().size() > 10000)
        return fail(u"'customErrorMessage' is longer than 10000 characters."_s);
    if (existing.isBool() && !value.isBool())
        return fail(u"'%1' must be true or false."_s.arg(key));
    if ((existing.isString() || existing.isNull()) && !value.isString() && !value.isNull())
        return fail(u"'%1' must be a string."_s.arg(key));
    if (existing.isArray() && !isStringArray(value))
        return fail(u"'%1' must be an array of strings."_s.arg(key));
    return value;
}

bool sameTime(const QJsonValue &value, const QDateTime &stored)
{
    if (!value.isString())
        return false;
    if (value.toString() == graphTime(stored))
        return true;
    const QDateTime sent = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return sent.isValid() && stored.isValid() && sent == stored;
}

} // namespace

EnrollmentConfigurationsApi::EnrollmentConfigurationsApi(EmulatorContext &context)
    : ApiModule(context)
{ }

std::optional<EmuResponse> EnrollmentConfigurationsApi::handle(const EmuRequest &request, const Caller *caller)
{
    const QStringList &segments = request.segments;
    if (segments.size() < 3 || (segments.at(0) != u"beta" && segments.at(0) != u"v1.0")
        || segments.at(1).compare("deviceManagement"_L1, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    Target target;
    target.version = segments.at(0);
    target.rest = segments.mid(3);
    const QString &collection = segments.at(2);
    if (collection.compare(collectionName, Qt::CaseInsensitive) == 0) {
        if (!target.rest.isEmpty())
            target.id = target.rest.takeFirst();
    } else if (collection.startsWith(collectionName + u'(', Qt::CaseInsensitive) && collection.endsWith(u')')) {
        // Key syntax: deviceEnrollmentConfigurations('{id}')
        target.id = collection.mid(collectionName.size() + 1, collection.size() - collectionName.size() - 2);
        if (target.id.size() >= 2 && target.id.startsWith(u'\'') && target.id.endsWith(u'\''))
            target.id = target.id.mid(1, target.id.size() - 2);
    } else {
        return std::nullopt;
    }
    for (QString &segment : target.rest)
        if (segment.startsWith("microsoft.graph."_L1))
            segment = segment.mid(16);

    if (!caller || !(request.isWrite() ? canWrite(*caller) : canRead(*caller)))
        return forbidden(request);

    if (target.id.isEmpty())
        return request.method == "GET" ? list(request, target.version) : noRoute(request);
    target.index = indexOf(target.id);
    if (target.index < 0)
        return notFound(request, u"DeviceEnrollmentConfiguration"_s, target.id);

    if (target.rest.isEmpty()) {
        if (request.method == "GET")
            return get(request, target);
        if (request.method == "PATCH")
            return patch(request, target);
        if (request.method == "DELETE")
            return remove(request, target);
        return noRoute(request);
    }
    const QString action = target.rest.constFirst();
    if (action == u"assign" && target.rest.size() == 1 && request.method == "POST") {
        // Both Graph pages (beta seed 001, v1.0 seed 003) name only ServiceConfig.ReadWrite.All.
        if (!caller->hasAny({"DeviceManagementServiceConfig.ReadWrite.All"}))
            return forbidden(request);
        return assign(request, target);
    }
    if (action == u"setPriority" && target.rest.size() == 1 && request.method == "POST")
        return setPriority(request, target);
    if (action == u"assignments" && target.rest.size() <= 2 && request.method == "GET")
        return assignments(request, target);
    return noRoute(request);
}

int EnrollmentConfigurationsApi::indexOf(const QString &id) const
{
    const QList<EnrollmentConfiguration> &configurations = m_context.tenant.configurations;
    for (int i = 0; i < configurations.size(); ++i)
        if (configurations.at(i).id == id)
            return i;
    for (int i = 0; i < configurations.size(); ++i)
        if (configurations.at(i).id.compare(id, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QList<int> EnrollmentConfigurationsApi::family(const EnrollmentConfiguration &configuration) const
{
    const QList<EnrollmentConfiguration> &configurations = m_context.tenant.configurations;
    const QString key = familyKey(configuration);
    QList<int> members;
    for (int i = 0; i < configurations.size(); ++i)
        if (!configurations.at(i).isDefault && familyKey(configurations.at(i)) == key)
            members.append(i);
    std::stable_sort(members.begin(), members.end(), [&configurations](int a, int b) {
        const EnrollmentConfiguration &x = configurations.at(a);
        const EnrollmentConfiguration &y = configurations.at(b);
        return x.priority != y.priority ? x.priority < y.priority : x.createdDateTime < y.createdDateTime;
    });
    return members;
}

void EnrollmentConfigurationsApi::renumber(const QList<int> &ordered)
{
    for (int i = 0; i < ordered.size(); ++i)
        m_context.tenant.configurations[ordered.at(i)].priority = i + 1;
}

EmuResponse EnrollmentConfigurationsApi::list(const EmuRequest &request, const QString &version) const
{
    const bool beta = version == u"beta";
    const QHash<QString, QString> options = queryOptions(request);
    QString error;

    std::optional<QList<FilterClause>> filter;
    if (options.contains(u"filter"_s)) {
        filter = parseFilter(options.value(u"filter"_s), beta, &error);
        if (!filter)
            return graphError(request, 400, u"BadRequest"_s, error);
    }
    std::optional<QStringList> select;
    if (options.contains(u"select"_s)) {
        select = parseSelect(options.value(u"select"_s), beta, &error);
        if (!select)
            return graphError(request, 400, u"BadRequest"_s, error);
    }
    bool expand = false;
    if (options.contains(u"expand"_s)) {
        const QString value = options.value(u"expand"_s).trimmed();
        if (value != u"assignments")
            return graphError(
                    request, 400, u"BadRequest"_s,
                    u"Could not find a navigation property named '%1' on type "
                    "'microsoft.graph.deviceEnrollmentConfiguration'. Only 'assignments' can be expanded."_s.arg(
                            value));
        expand = true;
    }
    int top = -1;
    if (options.contains(u"top"_s)) {
        bool ok = false;
        top = options.value(u"top"_s).toInt(&ok);
        if (!ok || top < 0)
            return graphError(request, 400, u"BadRequest"_s,
                              u"Invalid value '%1' for $top query option found."_s.arg(options.value(u"top"_s)));
    }
    int offset = 0;
    if (options.contains(u"skiptoken"_s)) {
        offset = decodeSkipToken(options.value(u"skiptoken"_s));
        if (offset < 0)
            return badRequest(request, u"The skip token is not valid."_s);
    }

    // Order: the defaults first, then the customs; each family together, customs by priority.
    const QList<EnrollmentConfiguration> &configurations = m_context.tenant.configurations;
    QList<int> order;
    for (int i = 0; i < configurations.size(); ++i)
        if (!filter || matches(configurations.at(i), *filter, beta))
            order.append(i);
    std::stable_sort(order.begin(), order.end(), [&configurations](int a, int b) {
        const EnrollmentConfiguration &x = configurations.at(a);
        const EnrollmentConfiguration &y = configurations.at(b);
        if (x.isDefault != y.isDefault)
            return x.isDefault;
        if (familyRank(x) != familyRank(y))
            return familyRank(x) < familyRank(y);
        if (familyKey(x) != familyKey(y))
            return familyKey(x) < familyKey(y);
        return x.priority < y.priority;
    });

    const int end = top < 0 ? int(order.size()) : int(qMin<qsizetype>(order.size(), qsizetype(offset) + top));
    QJsonArray value;
    for (int i = offset; i < end; ++i) {
        const EnrollmentConfiguration &c = configurations.at(order.at(i));
        QJsonObject item = c.toJson(beta);
        if (select) {
            QJsonObject selected{{u"@odata.type"_s, item.value("@odata.type"_L1)}, {u"id"_s, c.id}};
            for (const QString &property : std::as_const(*select))
                if (item.contains(property))
                    selected.insert(property, item.value(property));
            item = selected;
        }
        if (expand || (select && select->contains(u"assignments"_s))) {
            QJsonArray assignments;
            for (const Assignment &a : c.assignments)
                assignments.append(assignmentJson(a, beta));
            item.insert(u"assignments@odata.context"_s,
                        odataContext(
                                m_context.baseUrl, version,
                                u"%1('%2')/%3/assignments"_s.arg(collectionFragment, c.id,
                                                                 enrollmentSchema::typeFor(c.odataType, beta).mid(1))));
            item.insert(u"assignments"_s, assignments);
        }
        value.append(item);
    }

    QString fragment = collectionFragment;
    QStringList shape = select.value_or(QStringList());
    if (expand)
        shape.append(u"assignments()"_s);
    if (!shape.isEmpty())
        fragment += u'(' + shape.join(u',') + u')';
    QJsonObject body{{u"@odata.context"_s, odataContext(m_context.baseUrl, version, fragment)}, {u"value"_s, value}};
    if (end < order.size())
        body.insert(u"@odata.nextLink"_s, nextLink(m_context.baseUrl, request, encodeSkipToken(end)));
    return EmuResponse::json(200, body);
}

EmuResponse EnrollmentConfigurationsApi::get(const EmuRequest &request, const Target &target) const
{
    const bool beta = target.version == u"beta";
    const EnrollmentConfiguration &c = m_context.tenant.configurations.at(target.index);
    const QHash<QString, QString> options = queryOptions(request);
    QString error;
    QJsonObject item = c.toJson(beta);
    QString fragment = collectionFragment;
    if (options.contains(u"select"_s)) {
        const std::optional<QStringList> select = parseSelect(options.value(u"select"_s), beta, &error);
        if (!select)
            return graphError(request, 400, u"BadRequest"_s, error);
        QJsonObject selected{{u"@odata.type"_s, item.value("@odata.type"_L1)}, {u"id"_s, c.id}};
        for (const QString &property : *select)
            if (item.contains(property))
                selected.insert(property, item.value(property));
        item = selected;
        fragment += u'(' + select->join(u',') + u')';
    }
    if (options.contains(u"expand"_s)) {
        if (options.value(u"expand"_s).trimmed() != u"assignments")
            return graphError(request, 400, u"BadRequest"_s,
                              u"Could not find a navigation property named '%1' on type "
                              "'microsoft.graph.deviceEnrollmentConfiguration'."_s.arg(options.value(u"expand"_s)));
        QJsonArray assignments;
        for (const Assignment &a : c.assignments)
            assignments.append(assignmentJson(a, beta));
        item.insert(
                u"assignments@odata.context"_s,
                odataContext(m_context.baseUrl, target.version,
                             u"%1('%2')/%3/assignments"_s.arg(collectionFragment, c.id,
                                                              enrollmentSchema::typeFor(c.odataType, beta).mid(1))));
        item.insert(u"assignments"_s, assignments);
        if (!fragment.endsWith(u')'))
            fragment += u"(assignments())"_s;
    }
    item.insert(u"@odata.context"_s, odataContext(m_context.baseUrl, target.version, fragment + u"/$entity"_s));
    return EmuResponse::json(200, item);
}

EmuResponse EnrollmentConfigurationsApi::assignments(const EmuRequest &request, const Target &target) const
{
    const bool beta = target.version == u"beta";
    const EnrollmentConfiguration &c = m_context.tenant.configurations.at(target.index);
    const QString fragment = u"%1('%2')/assignments"_s.arg(collectionFragment, c.id);
    if (target.rest.size() == 2) {
        const QString &assignmentId = target.rest.at(1);
        for (const Assignment &a : c.assignments) {
            if (a.id.compare(assignmentId, Qt::CaseInsensitive) == 0) {
                QJsonObject item = assignmentJson(a, beta);
                item.insert(u"@odata.context"_s,
                            odataContext(m_context.baseUrl, target.version, fragment + u"/$entity"_s));
                return EmuResponse::json(200, item);
            }
        }
        return notFound(request, u"EnrollmentConfigurationAssignment"_s, assignmentId);
    }
    QJsonArray value;
    for (const Assignment &a : c.assignments)
        value.append(assignmentJson(a, beta));
    return EmuResponse::json(
            200,
            QJsonObject{{u"@odata.context"_s, odataContext(m_context.baseUrl, target.version, fragment)},
                        {u"value"_s, value}});
}

EmuResponse EnrollmentConfigurationsApi::remove(const EmuRequest &request, const Target &target)
{
    QList<EnrollmentConfiguration> &configurations = m_context.tenant.configurations;
    const EnrollmentConfiguration removed = configurations.at(target.index);
    if (removed.isDefault)
        return badRequest(request, u"Default enrollment configurations cannot be deleted."_s);
    configurations.removeAt(target.index);
    renumber(family(removed));
    m_context.log.countWrite(u"deleteConfiguration:"_s + removed.id);
    return EmuResponse::noContent();
}

EmuResponse EnrollmentConfigurationsApi::setPriority(const EmuRequest &request, const Target &target)
{
    QString error;
    const std::optional<QJsonObject> body = request.jsonBody(&error);
    if (!body)
        return badRequest(request, error);
    QList<EnrollmentConfiguration> &configurations = m_context.tenant.configurations;
    EnrollmentConfiguration &c = configurations[target.index];
    const QJsonValue value = body->value("priority"_L1);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != double(qint64(number)))
        return badRequest(request, u"'priority' must be an integer."_s);
    if (body->size() != 1)
        return badRequest(request, u"setPriority takes only 'priority'."_s);
    if (c.isDefault)
        return badRequest(request, u"The priority of a default enrollment configuration cannot be changed."_s);
    if (number < 1)
        return badRequest(request, u"Priority must be 1 or greater for a custom enrollment configuration."_s);
    if (qint64(number) == c.priority)
        return badRequest(request, u"The configuration already has priority %1."_s.arg(c.priority));

    QList<int> ordered = family(c);
    ordered.removeOne(target.index);
    const qsizetype position = qMin<qsizetype>(ordered.size(), qint64(number) - 1);
    ordered.insert(position, target.index);
    renumber(ordered);
    c.lastModifiedDateTime = m_context.now();
    ++c.version;
    m_context.log.countWrite(u"setPriority:"_s + c.id);
    return EmuResponse::noContent();
}

EmuResponse EnrollmentConfigurationsApi::patch(const EmuRequest &request, const Target &target)
{
    const bool beta = target.version == u"beta";
    QString error;
    const std::optional<QJsonObject> body = request.jsonBody(&error);
    if (!body)
        return badRequest(request, error);
    EnrollmentConfiguration &c = m_context.tenant.configurations[target.index];

    // Polymorphic entity: the subtype must be named, and be this entity's (graph.md §3.5, §9 item 5).
    const QString entityType = enrollmentSchema::typeFor(c.odataType, beta).mid(1);
    const QJsonValue typeValue = body->value("@odata.type"_L1);
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return graphError(request, 400, u"ModelValidationFailure"_s,
                          u"Exception has been thrown by the target of an invocation."_s);
    QString sentType = typeValue.toString();
    if (sentType.startsWith(u'#'))
        sentType.remove(0, 1);
    if (sentType != entityType)
        return graphError(
                request, 400, u"ModelValidationFailure"_s,
                u"The type '%1' in @odata.type does not match the type '%2' of the entity with id '%3'."_s.arg(
                        typeValue.toString(), entityType, c.id));

    const QStringList own = enrollmentSchema::ownProperties(entityType, beta);
    QJsonObject changes;
    std::optional<QString> displayName;
    std::optional<QString> description;
    std::optional<QStringList> roleScopeTagIds;
    for (auto it = body->begin(); it != body->end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (key.startsWith(u'@') || key.contains(u"@odata."_s))
            continue; // @odata.type is checked above; other annotations (a GET body sent back) are ignored
        // Read-only properties: tolerated when they repeat the stored value (a GET body sent back).
        bool unchanged = false;
        bool readOnly = true;
        if (key == u"id")
            unchanged = value.toString().compare(c.id, Qt::CaseInsensitive) == 0;
        else if (key == u"version")
            unchanged = isInteger(value) && value.toInt() == c.version;
        else if (key == u"priority")
            unchanged = isInteger(value) && value.toInt() == c.priority;
        else if (key == u"createdDateTime")
            unchanged = sameTime(value, c.createdDateTime);
        else if (key == u"lastModifiedDateTime")
            unchanged = sameTime(value, c.lastModifiedDateTime);
        else if (key == u"deviceEnrollmentConfigurationType" && beta)
            unchanged = value.toString() == c.configurationType;
        else
            readOnly = false;
        if (readOnly) {
            if (!unchanged)
                return badRequest(request,
                                  key == u"priority" ? u"'priority' cannot be changed with PATCH; use setPriority."_s
                                                     : u"'%1' is read-only."_s.arg(key));
            continue;
        }
        if (key == u"displayName" || key == u"description") {
            if (!value.isString() && !(key == u"description" && value.isNull()))
                return badRequest(request, u"'%1' must be a string."_s.arg(key));
            const QString text = value.toString();
            if (key == u"displayName" && text.trimmed().isEmpty())
                return badRequest(request, u"'displayName' cannot be empty."_s);
            if (c.isDefault && text != (key == u"displayName" ? c.displayName : c.description))
                return badRequest(request,
                                  u"The %1 of a default enrollment configuration cannot be changed."_s.arg(key));
            (key == u"displayName" ? displayName : description) = text;
        } else if (key == u"roleScopeTagIds" && beta) {
            if (!isStringArray(value))
                return badRequest(request, u"'roleScopeTagIds' must be an array of strings."_s);
            QStringList tags;
            for (const QJsonValue &tag : value.toArray())
                tags.append(tag.toString());
            roleScopeTagIds = tags;
        } else if (key == u"assignments") {
            return badRequest(request, u"Assignments cannot be changed with PATCH; use the assign action."_s);
        } else if (own.contains(key)) {
            const std::optional<QJsonValue> checked =
                    validateProperty(key, value, c.properties.value(key), beta, &error);
            if (!checked)
                return badRequest(request, error);
            changes.insert(key, *checked);
        } else {
            return graphError(
                    request, 400, u"BadRequest"_s,
                    u"The property '%1' does not exist on type '%2'. Make sure to only use property names that are "
                    "defined by the type or mark the type as open type."_s.arg(key, entityType));
        }
    }
    if (changes.contains(u"pinMinimumLength"_s) || changes.contains(u"pinMaximumLength"_s)) {
        const int minimum =
                changes.value("pinMinimumLength"_L1).toInt(c.properties.value("pinMinimumLength"_L1).toInt(6));
        const int maximum =
                changes.value("pinMaximumLength"_L1).toInt(c.properties.value("pinMaximumLength"_L1).toInt(127));
        if (minimum > maximum)
            return badRequest(request, u"'pinMinimumLength' cannot be greater than 'pinMaximumLength'."_s);
    }

    if (displayName)
        c.displayName = *displayName;
    if (description)
        c.description = *description;
    if (roleScopeTagIds)
        c.roleScopeTagIds = *roleScopeTagIds;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        c.properties.insert(it.key(), it.value());
    ++c.version;
    c.lastModifiedDateTime = m_context.now();
    m_context.log.countWrite(u"patchConfiguration:"_s + c.id);

    QJsonObject json = c.toJson(beta);
    json.insert(u"@odata.context"_s,
                odataContext(m_context.baseUrl, target.version, QString(collectionFragment) + u"/$entity"_s));
    return EmuResponse::json(200, json);
}

EmuResponse EnrollmentConfigurationsApi::assign(const EmuRequest &request, const Target &target)
{
    const bool beta = target.version == u"beta";
    QString error;
    const std::optional<QJsonObject> body = request.jsonBody(&error);
    if (!body)
        return badRequest(request, error);
    EnrollmentConfiguration &c = m_context.tenant.configurations[target.index];
    if (c.isDefault)
        return badRequest(
                request,
                u"Default enrollment configurations apply to all users and all devices and cannot be assigned."_s);
    if (typeName(c.odataType) == u"windowsRestoreDeviceEnrollmentConfiguration")
        return badRequest(request, u"This enrollment configuration is not targetable."_s);
    for (auto it = body->begin(); it != body->end(); ++it)
        if (it.key() != u"enrollmentConfigurationAssignments")
            return graphError(request, 400, u"BadRequest"_s,
                              u"The parameter '%1' in the request payload is not a valid parameter for the operation "
                              "'assign'."_s.arg(it.key()));
    const QJsonValue list = body->value("enrollmentConfigurationAssignments"_L1);
    if (!list.isArray())
        return badRequest(request, u"'enrollmentConfigurationAssignments' is required and must be an array."_s);

    static const QStringList itemKeysBeta{u"@odata.type"_s, u"id"_s, u"target"_s, u"source"_s, u"sourceId"_s};
    static const QStringList itemKeysV1{u"@odata.type"_s, u"id"_s, u"target"_s};
    QList<Assignment> next;
    QHash<QString, bool> groupExcluded; // groupId → excluded
    const QJsonArray items = list.toArray();
    for (const QJsonValue &itemValue : items) {
        if (!itemValue.isObject())
            return badRequest(request, u"Every enrollmentConfigurationAssignment must be an object."_s);
        const QJsonObject item = itemValue.toObject();
        for (auto it = item.begin(); it != item.end(); ++it)
            if (!(beta ? itemKeysBeta : itemKeysV1).contains(it.key()))
                return graphError(
                        request, 400, u"BadRequest"_s,
                        u"The property '%1' does not exist on type 'microsoft.graph.enrollmentConfigurationAssignment'."_s
                                .arg(it.key()));
        if (item.contains(u"@odata.type"_s)
            && typeName(item.value("@odata.type"_L1).toString()) != u"enrollmentConfigurationAssignment")
            return badRequest(request,
                              u"'%1' is not microsoft.graph.enrollmentConfigurationAssignment."_s.arg(
                                      item.value("@odata.type"_L1).toString()));
        const QJsonObject targetJson = item.value("target"_L1).toObject();
        if (targetJson.isEmpty())
            return badRequest(request, u"Every assignment needs a 'target'."_s);
        if (!beta
            && (targetJson.contains(u"deviceAndAppManagementAssignmentFilterId"_s)
                || targetJson.contains(u"deviceAndAppManagementAssignmentFilterType"_s)))
            return graphError(request, 400, u"BadRequest"_s,
                              u"The property 'deviceAndAppManagementAssignmentFilterId' does not exist on type "
                              "'microsoft.graph.deviceAndAppManagementAssignmentTarget'."_s);
        std::optional<AssignmentTarget> parsed = AssignmentTarget::fromJson(targetJson, &error);
        if (!parsed)
            return badRequest(request, error);
        const QString type = typeName(parsed->odataType);
        if (type == u"deviceAndAppManagementAssignmentTarget")
            return badRequest(
                    request,
                    u"microsoft.graph.deviceAndAppManagementAssignmentTarget is abstract; send a group, exclusion "
                    "group, all users, all devices or Configuration Manager collection target."_s);
        Assignment assignment;
        assignment.target = *parsed;
        if (!parsed->groupId.isEmpty()) {
            if (m_context.tenant.groupIndex(parsed->groupId) < 0)
                return badRequest(request, u"The group '%1' does not exist in the tenant."_s.arg(parsed->groupId));
            const bool excluded = type == u"exclusionGroupAssignmentTarget";
            if (groupExcluded.contains(parsed->groupId) && groupExcluded.value(parsed->groupId) != excluded)
                return badRequest(request,
                                  u"The group '%1' cannot be both included and excluded."_s.arg(parsed->groupId));
            groupExcluded.insert(parsed->groupId, excluded);
            assignment.id = c.id + u'_' + parsed->groupId;
        } else if (!parsed->collectionId.isEmpty()) {
            assignment.id = c.id + u'_' + parsed->collectionId;
        } else {
            assignment.id =
                    c.id + u'_' + (type == u"allDevicesAssignmentTarget" ? u"alldevices"_s : u"alllicensedusers"_s);
        }
        const QJsonValue source = item.value("source"_L1);
        if (!source.isUndefined() && !source.isNull()) {
            if (source.toString() != u"direct" && source.toString() != u"policySets")
                return badRequest(request, u"'source' must be direct or policySets."_s);
            assignment.source = source.toString();
        }
        assignment.sourceId = item.value("sourceId"_L1).toString();
        const bool duplicate = std::any_of(next.cbegin(), next.cend(),
                                           [&assignment](const Assignment &a) { return a.id == assignment.id; });
        if (!duplicate)
            next.append(assignment);
    }
    c.assignments = next; // replace semantics: the new list is the whole set
    m_context.log.countWrite(u"assignConfiguration:"_s + c.id);
    return EmuResponse::noContent();
}

} // namespace ed::emu
