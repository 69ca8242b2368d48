#include "GraphJson.h"

#include <QJsonArray>

namespace ed {

using namespace Qt::StringLiterals;

QString GraphJson::string(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toString();
}

bool GraphJson::boolean(const QJsonObject &json, QLatin1StringView key, bool fallback)
{
    return json.value(key).toBool(fallback);
}

std::optional<bool> GraphJson::optionalBoolean(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

int GraphJson::integer(const QJsonObject &json, QLatin1StringView key, int fallback)
{
    return optionalInteger(json, key).value_or(fallback);
}

std::optional<int> GraphJson::optionalInteger(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble())
        return std::nullopt;
    // QJsonValue::toInt() gives its default for fractions and out-of-range numbers: ask twice.
    const int a = value.toInt(0);
    const int b = value.toInt(1);
    return a == b ? std::optional<int>(a) : std::nullopt;
}

QStringList GraphJson::stringList(const QJsonObject &json, QLatin1StringView key)
{
    QStringList list;
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        return list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array)
        if (item.isString())
            list.append(item.toString());
    return list;
}

QJsonObject GraphJson::object(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toObject();
}

QDateTime GraphJson::dateTime(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    return value.isString() ? parseDateTime(value.toString()) : QDateTime();
}

QDateTime GraphJson::parseDateTime(const QString &text)
{
    // Graph writes up to seven fraction digits and an offset ("2016-12-31T23:58:26.2447023-08:00");
    // Qt rounds the fraction to milliseconds. A date without a time is not a DateTimeOffset; a time
    // without a zone is taken as UTC, as Graph means it.
    if (text.size() < 19 || text.at(10) != u'T')
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.date().year() <= 1)
        return {};
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

QString GraphJson::typeName(const QString &odataType)
{
    QStringView type(odataType);
    if (type.startsWith(u'#'))
        type = type.mid(1);
    constexpr QLatin1StringView graphNamespace("microsoft.graph.");
    if (type.startsWith(graphNamespace, Qt::CaseInsensitive))
        type = type.mid(graphNamespace.size());
    return type.toString();
}

QString GraphJson::qualifiedType(QLatin1StringView name)
{
    return QString(u"#microsoft.graph."_s + name);
}

} // namespace ed
