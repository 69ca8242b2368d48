#pragma once

#include "GraphEnum.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace ed {

// An Entra ID group for the assignment-target picker (graph.md §6), or whatever other directory
// object directoryObjects/getByIds answered (kind tells which).
struct Group
{
    // From @odata.type: absent (a /groups listing) or "#microsoft.graph.group" is a group.
    enum class Kind : std::uint8_t { Group, User, Other };

    Kind kind = Kind::Group;
    bool mailEnabled = false;
    bool securityEnabled = false;
    QString odataType; // as read; often empty (/groups does not send it)
    QString id;
    QString displayName;
    QString description;
    QString mail;
    QStringList groupTypes; // "Unified", "DynamicMembership"
    QString membershipRule; // dynamic groups only

    bool isGroup() const { return kind == Kind::Group; }
    // Dynamic membership: groupTypes says so, or (when $select left groupTypes out) a rule is set.
    bool isDynamic() const;
    // A Microsoft 365 group (groupTypes has "Unified").
    bool isMicrosoft365() const;

    static Group fromJson(const QJsonObject &json);
    static QList<Group> listFromJson(const QJsonArray &values); // non-objects are skipped
};

template<>
struct GraphEnumTraits<Group::Kind>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("group"), QLatin1StringView("user")};
};

} // namespace ed
