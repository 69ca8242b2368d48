#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>

namespace ed {

// Lenient readers for Graph JSON, shared by the domain structs. None of them throws or asserts:
// a missing key, null or a value of another JSON type reads as empty or as the fallback.
class GraphJson final
{
public:
    GraphJson() = delete;

    static QString string(const QJsonObject &json, QLatin1StringView key); // "" unless a string
    static bool boolean(const QJsonObject &json, QLatin1StringView key, bool fallback = false);
    static std::optional<bool> optionalBoolean(const QJsonObject &json, QLatin1StringView key);
    static int integer(const QJsonObject &json, QLatin1StringView key, int fallback = 0);
    // nullopt unless an integral number that fits in an int.
    static std::optional<int> optionalInteger(const QJsonObject &json, QLatin1StringView key);
    static QStringList stringList(const QJsonObject &json, QLatin1StringView key); // strings only
    static QJsonObject object(const QJsonObject &json, QLatin1StringView key); // {} unless an object

    // A DateTimeOffset in UTC. Invalid when missing, malformed, or Graph's "no date" value
    // 0001-01-01T00:00:00Z (any date in year 1).
    static QDateTime dateTime(const QJsonObject &json, QLatin1StringView key);
    static QDateTime parseDateTime(const QString &text);

    static QString odataType(const QJsonObject &json) { return string(json, QLatin1StringView("@odata.type")); }
    // "groupAssignmentTarget" from "#microsoft.graph.groupAssignmentTarget" or
    // "microsoft.graph.groupAssignmentTarget"; other namespaces are returned whole.
    static QString typeName(const QString &odataType);
    // "#microsoft.graph.<name>".
    static QString qualifiedType(QLatin1StringView name);
};

} // namespace ed
