#pragma once

#include "GraphEnum.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace ed {

// deviceAndAppManagementAssignmentTarget and its subtypes (graph.md §4): who a profile or an
// enrollment configuration applies to. A target of a type the app does not know keeps its JSON and
// is written back verbatim; known ones are written back as read, with only what was changed.
struct AssignmentTarget
{
    // From @odata.type (with or without '#' and "microsoft.graph.").
    enum class Kind : std::uint8_t {
        Base, // deviceAndAppManagementAssignmentTarget itself (Microsoft's examples use it)
        Group,
        ExclusionGroup,
        AllLicensedUsers,
        AllDevices,
        ConfigurationManagerCollection,
        ScopeTagGroup, // beta
        Other
    };
    // deviceAndAppManagementAssignmentFilterType (beta).
    enum class FilterType : std::uint8_t { None, Include, Exclude, Other };
    // scopeTagTargetType (beta, scopeTagGroupAssignmentTarget).
    enum class ScopeTagTargetType : std::uint8_t { None, User, Device, UnknownFutureValue, Other };

    Kind kind = Kind::Other;
    FilterType filterType = FilterType::None;
    ScopeTagTargetType scopeTagTargetType = ScopeTagTargetType::None;
    QString odataType; // as read ("#microsoft.graph.groupAssignmentTarget" or without '#'); empty if none
    QString groupId; // Group, ExclusionGroup
    QString collectionId; // ConfigurationManagerCollection
    QString entraObjectId; // ScopeTagGroup
    QString filterId; // deviceAndAppManagementAssignmentFilterId (beta); empty when null
    UnknownEnumValues unknownEnums;
    QJsonObject json; // the target as read ({} for one made with the factories below)

    bool isGroup() const { return kind == Kind::Group || kind == Kind::ExclusionGroup; }
    bool isExclusion() const { return kind == Kind::ExclusionGroup; }

    static AssignmentTarget fromJson(const QJsonObject &json);
    // What was read, with the fields changed since applied. Kind::Other: the JSON as read.
    // beta false (v1.0 bodies) leaves out filter properties that say nothing (null/"none"); a real
    // filter is kept, for Graph to accept or refuse.
    QJsonObject toJson(bool beta = true) const;

    static AssignmentTarget group(const QString &groupId);
    static AssignmentTarget exclusionGroup(const QString &groupId);
    static AssignmentTarget allLicensedUsers();
    static AssignmentTarget allDevices();
    static AssignmentTarget configurationManagerCollection(const QString &collectionId);
};

// A profile assignment (windowsAutopilotDeploymentProfileAssignment) or an enrollment
// configuration assignment (enrollmentConfigurationAssignment): id, target, and beta's source.
struct Assignment
{
    // deviceAndAppManagementAssignmentSource.
    enum class Source : std::uint8_t { Direct, PolicySets, Other };

    Source source = Source::Direct;
    QString id; // empty for one not created yet
    AssignmentTarget target;
    QString sourceId; // empty when null
    UnknownEnumValues unknownEnums;

    static Assignment fromJson(const QJsonObject &json);
    static QList<Assignment> listFromJson(const QJsonArray &values); // non-objects are skipped
    // id when known, target, and (beta only) source and sourceId. No @odata.type: the caller adds
    // the one of its entity (see EnrollmentConfiguration::assignBody).
    QJsonObject toJson(bool beta) const;
};

template<>
struct GraphEnumTraits<AssignmentTarget::Kind>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("deviceAndAppManagementAssignmentTarget"),
                                                  QLatin1StringView("groupAssignmentTarget"),
                                                  QLatin1StringView("exclusionGroupAssignmentTarget"),
                                                  QLatin1StringView("allLicensedUsersAssignmentTarget"),
                                                  QLatin1StringView("allDevicesAssignmentTarget"),
                                                  QLatin1StringView("configurationManagerCollectionAssignmentTarget"),
                                                  QLatin1StringView("scopeTagGroupAssignmentTarget")};
};

template<>
struct GraphEnumTraits<AssignmentTarget::FilterType>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("none"), QLatin1StringView("include"),
                                                  QLatin1StringView("exclude")};
};

template<>
struct GraphEnumTraits<AssignmentTarget::ScopeTagTargetType>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("none"), QLatin1StringView("user"),
                                                  QLatin1StringView("device"), QLatin1StringView("unknownFutureValue")};
};

template<>
struct GraphEnumTraits<Assignment::Source>
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("direct"), QLatin1StringView("policySets")};
};

} // namespace ed
