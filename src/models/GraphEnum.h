#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QMap>
#include <QString>
#include <QStringList>

#include <iterator>
#include <optional>
#include <type_traits>

namespace ed {

// Graph enums in C++ (ARCHITECTURE.md rule 3). Each Graph enum is a `enum class E : std::uint8_t`
// whose members follow Graph's wire names in order, plus a last member `Other` for a string the
// app does not know (Graph adds values: "unknownFutureValue" is the evolvable-enum marker). Map it
// by specialising GraphEnumTraits next to the enum:
//
//     template<>
//     struct GraphEnumTraits<AutopilotDevice::EnrollmentState>
//     {
//         static constexpr QLatin1StringView names[] = {QLatin1StringView("unknown"), …};
//         // optional: other spellings Graph may send
//         static constexpr std::pair<QLatin1StringView, E> aliases[] = {…};
//     };
//
// The raw string of an `Other` value is not kept beside every field (a QString per enum would
// multiply the size of a 100,000-device list); each struct that has enums keeps the few strings it
// did not recognise in one UnknownEnumValues, by property name, so views can show them, logs can
// report them and toJson() can write them back unchanged.
template<typename E>
struct GraphEnumTraits;

// Enum strings a struct did not recognise, by Graph property name ("enrollmentState" → "frozen").
// Empty (and allocation-free) in the normal case.
class UnknownEnumValues
{
public:
    bool isEmpty() const { return m_values.isEmpty(); }
    qsizetype size() const { return m_values.size(); }
    bool contains(QLatin1StringView property) const { return m_values.contains(QString(property)); }
    // The raw string Graph sent for property, or a null string.
    QString value(QLatin1StringView property) const { return m_values.value(QString(property)); }
    void insert(QLatin1StringView property, const QString &raw) { m_values.insert(QString(property), raw); }
    QStringList properties() const { return m_values.keys(); }
    // "deviceType=surfaceHub3, userType=guest": for logs and test messages.
    QString toString() const
    {
        QStringList parts;
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
            parts.append(QString(it.key() + u'=' + it.value()));
        return parts.join(QLatin1StringView(", "));
    }

    friend bool operator==(const UnknownEnumValues &a, const UnknownEnumValues &b) { return a.m_values == b.m_values; }

private:
    QMap<QString, QString> m_values;
};

class GraphEnum final
{
public:
    GraphEnum() = delete;

    // How many wire names E has; E::Other equals this number.
    template<typename E>
    static constexpr qsizetype count()
    {
        static_assert(std::is_enum_v<E> && sizeof(E) == 1, "Graph enums are uint8-backed enum classes");
        constexpr auto size = qsizetype(std::size(GraphEnumTraits<E>::names));
        static_assert(static_cast<qsizetype>(E::Other) == size, "E::Other must follow the last wire name");
        return size;
    }

    // The value of a wire string (exact match first, then ignoring case, then aliases); nullopt
    // when the app does not know it.
    template<typename E>
    static std::optional<E> fromWire(QStringView wire)
    {
        const auto &names = GraphEnumTraits<E>::names;
        for (qsizetype i = 0; i < count<E>(); ++i)
            if (wire == names[i])
                return static_cast<E>(i);
        for (qsizetype i = 0; i < count<E>(); ++i)
            if (wire.compare(names[i], Qt::CaseInsensitive) == 0)
                return static_cast<E>(i);
        if constexpr (requires { GraphEnumTraits<E>::aliases; }) {
            for (const auto &alias : GraphEnumTraits<E>::aliases)
                if (wire.compare(alias.first, Qt::CaseInsensitive) == 0)
                    return alias.second;
        }
        return std::nullopt;
    }

    // Graph's wire name of value; empty for E::Other (use the overload below to get its raw string).
    template<typename E>
    static QLatin1StringView wireName(E value)
    {
        const auto index = static_cast<qsizetype>(value);
        return index >= 0 && index < count<E>() ? GraphEnumTraits<E>::names[index] : QLatin1StringView();
    }

    // The string to show or write back for property: Graph's name, or for E::Other the raw string
    // recorded in unknown.
    template<typename E>
    static QString wireName(E value, const UnknownEnumValues &unknown, QLatin1StringView property)
    {
        return value == E::Other ? unknown.value(property) : QString(wireName(value));
    }

    // Reads json[property]: a known string gives its value; an unknown non-empty string gives
    // E::Other and is recorded in unknown; anything else (missing, null, "", another JSON type)
    // gives fallback.
    template<typename E>
    static E read(const QJsonObject &json, QLatin1StringView property, E fallback, UnknownEnumValues &unknown)
    {
        const QJsonValue value = json.value(property);
        if (!value.isString())
            return fallback;
        const QString wire = value.toString();
        if (wire.isEmpty())
            return fallback;
        if (const std::optional<E> known = fromWire<E>(wire))
            return *known;
        unknown.insert(property, wire);
        return E::Other;
    }
};

} // namespace ed
