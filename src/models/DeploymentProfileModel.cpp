#include "DeploymentProfileModel.h"

#include "GraphJson.h"
#include "ModelText.h"

#include <QLocale>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView deviceTypeKey("deviceType");
constexpr QLatin1StringView userTypeKey("userType");
constexpr QLatin1StringView deviceUsageTypeKey("deviceUsageType");

} // namespace

DeploymentProfileModel::DeploymentProfileModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

DeploymentProfileModel::~DeploymentProfileModel() = default;

int DeploymentProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeploymentProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeploymentProfileModel::columnTitle(int column)
{
    switch (static_cast<Column>(column)) {
    case NameColumn:
        return tr("Name");
    case JoinTypeColumn:
        return tr("Join type");
    case DeviceTypeColumn:
        return tr("Device type");
    case LocaleColumn:
        return tr("Locale");
    case DescriptionColumn:
        return tr("Description");
    case CreatedColumn:
        return tr("Created");
    case ModifiedColumn:
        return tr("Modified");
    case AssignedDevicesColumn:
        return tr("Assigned devices");
    case GroupAssignmentsColumn:
        return tr("Group assignments");
    case ColumnCount:
        break;
    }
    return {};
}

QString DeploymentProfileModel::joinTypeText(const DeploymentProfile &profile)
{
    switch (profile.kind) {
    case DeploymentProfile::Kind::AzureADJoin:
        return tr("Microsoft Entra join");
    case DeploymentProfile::Kind::HybridAzureADJoin:
        return tr("Microsoft Entra hybrid join");
    case DeploymentProfile::Kind::Other:
        break;
    }
    // A subtype the app does not know: say what Graph said.
    return profile.odataType.isEmpty() ? tr("Unknown (no @odata.type)") : GraphJson::typeName(profile.odataType);
}

QString DeploymentProfileModel::deviceTypeText(const DeploymentProfile &profile)
{
    using T = DeploymentProfile::DeviceType;
    switch (profile.deviceType) {
    case T::WindowsPc:
        return tr("Windows PC");
    case T::HoloLens:
        return tr("HoloLens");
    case T::SurfaceHub2:
        return tr("Surface Hub 2");
    case T::SurfaceHub2S:
        return tr("Surface Hub 2S");
    case T::VirtualMachine:
        return tr("Virtual machine");
    case T::UnknownFutureValue:
        return tr("Unknown (unknownFutureValue)");
    case T::Other:
        break;
    }
    return profile.unknownEnums.value(deviceTypeKey);
}

QString DeploymentProfileModel::userTypeText(const DeploymentProfile &profile)
{
    if (!profile.outOfBoxExperience)
        return tr("Not configured");
    using T = DeploymentProfile::UserType;
    switch (profile.outOfBoxExperience->userType) {
    case T::Standard:
        return tr("Standard user");
    case T::Administrator:
        return tr("Administrator");
    case T::UnknownFutureValue:
        return tr("Unknown (unknownFutureValue)");
    case T::Other:
        break;
    }
    return profile.unknownEnums.value(userTypeKey);
}

QString DeploymentProfileModel::deviceUsageText(const DeploymentProfile &profile)
{
    if (!profile.outOfBoxExperience)
        return tr("Not configured");
    using T = DeploymentProfile::DeviceUsageType;
    switch (profile.outOfBoxExperience->deviceUsageType) {
    case T::SingleUser:
        return tr("User-driven (single user)");
    case T::Shared:
        return tr("Self-deploying (shared)");
    case T::UnknownFutureValue:
        return tr("Unknown (unknownFutureValue)");
    case T::Other:
        break;
    }
    return profile.unknownEnums.value(deviceUsageTypeKey);
}

QString DeploymentProfileModel::localeText(const QString &locale)
{
    if (locale.isEmpty())
        return tr("Not set");
    if (locale.compare("os-default"_L1, Qt::CaseInsensitive) == 0)
        return tr("Operating system default");
    return locale;
}

QString DeploymentProfileModel::localeDescription(const QString &locale)
{
    const QString text = localeText(locale);
    if (text != locale)
        return text;
    const QLocale parsed(locale);
    if (parsed.language() == QLocale::C)
        return locale; // not a locale Qt knows: say what Graph sent
    return tr("%1 (%2, %3)")
            .arg(locale, QLocale::languageToString(parsed.language()), QLocale::territoryToString(parsed.territory()));
}

void DeploymentProfileModel::setProfiles(QList<DeploymentProfile> profiles)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(profiles.size());
    for (DeploymentProfile &p : profiles) {
        Row row;
        if (p.assignmentsExpanded)
            row.assignments = p.assignments;
        row.profile = std::move(p);
        m_rows.append(std::move(row));
    }
    rebuildIndex();
    m_groupNamesError.clear(); // a new load reads the names again
    endResetModel();
}

void DeploymentProfileModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_names.groupNames.clear();
    m_groupNamesError.clear();
    endResetModel();
}

void DeploymentProfileModel::rebuildIndex()
{
    m_rowById = ModelText::rowsById(m_rows, &Row::profile);
}

QList<DeploymentProfile> DeploymentProfileModel::profiles() const
{
    return ModelText::objects(m_rows, &Row::profile);
}

int DeploymentProfileModel::rowOfId(const QString &profileId) const
{
    return m_rowById.value(profileId, -1);
}

void DeploymentProfileModel::emitRowChanged(int row, int column)
{
    const QModelIndex at = index(row, column);
    Q_EMIT dataChanged(at, at);
}

void DeploymentProfileModel::setAssignedCount(const QString &profileId, qint64 count)
{
    const int row = rowOfId(profileId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.assignedCount = std::max<qint64>(0, count);
    r.countError.clear();
    emitRowChanged(row, AssignedDevicesColumn);
}

void DeploymentProfileModel::setAssignedCountPending(const QString &profileId)
{
    const int row = rowOfId(profileId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.assignedCount = -1;
    r.countError.clear();
    emitRowChanged(row, AssignedDevicesColumn);
}

void DeploymentProfileModel::setAssignedCountFailed(const QString &profileId, const QString &reason)
{
    const int row = rowOfId(profileId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.assignedCount = -1;
    r.countError = reason.isEmpty() ? tr("The count could not be read.") : reason;
    emitRowChanged(row, AssignedDevicesColumn);
}

std::optional<qint64> DeploymentProfileModel::assignedCount(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.assignedCount < 0)
        return std::nullopt;
    return r.assignedCount;
}

void DeploymentProfileModel::setAssignments(const QString &profileId, const QList<Assignment> &assignments)
{
    const int row = rowOfId(profileId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.assignments = assignments;
    r.assignmentsError.clear();
    emitRowChanged(row, GroupAssignmentsColumn);
}

void DeploymentProfileModel::setAssignmentsFailed(const QString &profileId, const QString &reason)
{
    const int row = rowOfId(profileId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.assignments.reset();
    r.assignmentsError = reason.isEmpty() ? tr("The assignments could not be read.") : reason;
    emitRowChanged(row, GroupAssignmentsColumn);
}

void DeploymentProfileModel::setGroupNames(const QHash<QString, QString> &names)
{
    m_names.add(names);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, GroupAssignmentsColumn), index(rowCount() - 1, GroupAssignmentsColumn));
}

void DeploymentProfileModel::setGroupNamesFailed(const QString &reason)
{
    m_groupNamesError = reason.isEmpty() ? tr("The group names could not be read.") : reason;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, GroupAssignmentsColumn), index(rowCount() - 1, GroupAssignmentsColumn));
}

QStringList DeploymentProfileModel::assignedGroupIds() const
{
    return ModelText::assignedGroupIds(m_rows);
}

QString DeploymentProfileModel::targetText(const AssignmentTarget &target) const
{
    return m_names.text(target);
}

QString DeploymentProfileModel::groupAssignmentsText(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.assignments)
        return r.assignmentsError.isEmpty() ? ModelText::pending : ModelText::failed;
    if (ModelText::namesPending(r.assignments, m_names, m_groupNamesError))
        return ModelText::pending;
    return m_names.summary(*r.assignments);
}

QVariant DeploymentProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const DeploymentProfile &p = r.profile;
    const auto column = static_cast<Column>(index.column());

    if (role == ProfileIdRole)
        return p.id;

    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return p.displayName.isEmpty() ? p.id : p.displayName;
        case JoinTypeColumn:
            return joinTypeText(p);
        case DeviceTypeColumn:
            return deviceTypeText(p);
        case LocaleColumn:
            return localeText(p.locale);
        case DescriptionColumn:
            return p.description;
        case CreatedColumn:
            return ModelText::shortTime(p.createdDateTime);
        case ModifiedColumn:
            return ModelText::shortTime(p.lastModifiedDateTime);
        case AssignedDevicesColumn:
            if (r.assignedCount >= 0)
                return QLocale().toString(r.assignedCount);
            return r.countError.isEmpty() ? ModelText::pending : ModelText::failed;
        case GroupAssignmentsColumn:
            return groupAssignmentsText(index.row());
        case ColumnCount:
            break;
        }
        return {};
    }

    if (role == RawValueRole) {
        switch (column) {
        case CreatedColumn:
            return ModelText::sortTime(p.createdDateTime);
        case ModifiedColumn:
            return ModelText::sortTime(p.lastModifiedDateTime);
        case AssignedDevicesColumn:
            return r.assignedCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    }

    if (role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn:
            return tr("%1\nID: %2").arg(p.displayName, p.id);
        case DescriptionColumn:
            return p.description;
        case LocaleColumn:
            return localeDescription(p.locale);
        case CreatedColumn:
            return ModelText::longTime(p.createdDateTime);
        case ModifiedColumn:
            return ModelText::longTime(p.lastModifiedDateTime);
        case AssignedDevicesColumn:
            if (r.assignedCount >= 0)
                return tr("Assigned to %Ln device(s)", nullptr, static_cast<int>(r.assignedCount));
            if (!r.countError.isEmpty())
                return tr("The assigned devices could not be counted: %1").arg(r.countError);
            return tr("Counting the devices this profile is assigned to…");
        case GroupAssignmentsColumn: {
            if (!r.assignments) {
                if (!r.assignmentsError.isEmpty())
                    return tr("The assignments could not be read: %1").arg(r.assignmentsError);
                return tr("Reading the assignments…");
            }
            if (ModelText::namesPending(r.assignments, m_names, m_groupNamesError))
                return tr("Reading the group names…");
            QStringList lines = m_names.lines(*r.assignments);
            if (lines.isEmpty())
                lines.append(tr("Not assigned to any group"));
            if (!m_groupNamesError.isEmpty() && m_names.missingAny(*r.assignments))
                lines.append(tr("Group names could not be read: %1").arg(m_groupNamesError));
            return lines.join(u'\n');
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    }

    if (role == Qt::TextAlignmentRole && column == AssignedDevicesColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant DeploymentProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

} // namespace ed
