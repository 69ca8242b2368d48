#include "EnrollmentConfigurationModel.h"

#include "GraphJson.h"
#include "ModelText.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <concepts>
#include <tuple>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

using Kind = EnrollmentConfiguration::Kind;

constexpr QLatin1StringView platformTypeKey("platformType");
constexpr QLatin1StringView configurationTypeKey("deviceEnrollmentConfigurationType");

// The portal's order of the families (see the class comment).
int familyRank(Kind kind)
{
    switch (kind) {
    case Kind::DeviceLimit:
        return 0;
    case Kind::SinglePlatformRestriction:
    case Kind::PlatformRestrictions:
        return 1;
    case Kind::WindowsHelloForBusiness:
        return 2;
    case Kind::EnrollmentStatusPage:
        return 3;
    case Kind::ComanagementAuthority:
        return 4;
    case Kind::WindowsRestore:
        return 5;
    case Kind::EnrollmentNotifications:
        return 6;
    case Kind::Other:
        break;
    }
    return 7;
}

QString platformTypeOf(const EnrollmentConfiguration &c)
{
    return GraphJson::string(c.properties, platformTypeKey);
}

} // namespace

EnrollmentConfigurationModel::EnrollmentConfigurationModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

EnrollmentConfigurationModel::~EnrollmentConfigurationModel() = default;

int EnrollmentConfigurationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EnrollmentConfigurationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnrollmentConfigurationModel::columnTitle(int column)
{
    switch (static_cast<Column>(column)) {
    case PriorityColumn:
        return tr("Priority");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case LimitColumn:
        return tr("Device limit");
    case AssignmentsColumn:
        return tr("Assignments");
    case VersionColumn:
        return tr("Version");
    case ModifiedColumn:
        return tr("Last modified");
    case DescriptionColumn:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

QString EnrollmentConfigurationModel::platformText(const QString &platformType)
{
    if (platformType.isEmpty())
        return tr("Not set");
    static const QHash<QString, const char *> words = {
            {u"allplatforms"_s, QT_TR_NOOP("All platforms")},
            {u"ios"_s, QT_TR_NOOP("iOS/iPadOS")},
            {u"windows"_s, QT_TR_NOOP("Windows")},
            {u"windowsphone"_s, QT_TR_NOOP("Windows Phone")},
            {u"android"_s, QT_TR_NOOP("Android device administrator")},
            {u"androidforwork"_s, QT_TR_NOOP("Android Enterprise (work profile)")},
            {u"mac"_s, QT_TR_NOOP("macOS")},
            {u"linux"_s, QT_TR_NOOP("Linux")},
            {u"unknownfuturevalue"_s, QT_TR_NOOP("Unknown (unknownFutureValue)")},
    };
    if (const char *word = words.value(platformType.toLower()))
        return tr(word);
    return platformType; // a platform the app does not know: what Graph said
}

QString EnrollmentConfigurationModel::typeText(const EnrollmentConfiguration &c)
{
    switch (c.kind) {
    case Kind::DeviceLimit:
        return tr("Device limit");
    case Kind::PlatformRestrictions:
        return tr("Device platform restrictions");
    case Kind::SinglePlatformRestriction: {
        const QString platform = platformTypeOf(c);
        return platform.isEmpty() ? tr("Device platform restriction")
                                  : tr("Device platform restriction (%1)").arg(platformText(platform));
    }
    case Kind::WindowsHelloForBusiness:
        return tr("Windows Hello for Business");
    case Kind::EnrollmentStatusPage:
        return tr("Enrollment Status Page");
    case Kind::ComanagementAuthority:
        return tr("Co-management authority");
    case Kind::WindowsRestore:
        return tr("Windows restore");
    case Kind::EnrollmentNotifications:
        return tr("Enrollment notifications");
    case Kind::Other:
        break;
    }
    const QString type = c.odataType.isEmpty() ? tr("no @odata.type") : GraphJson::typeName(c.odataType);
    // v1.0 reports beta-only subtypes as the base type; beta's configuration type, when it is one
    // the app does not know (devicePreparation, …), says more.
    const QString configurationType = c.unknownEnums.value(configurationTypeKey);
    if (!configurationType.isEmpty())
        return tr("Other: %1 (%2)").arg(type, configurationType);
    return tr("Other: %1").arg(type);
}

QString EnrollmentConfigurationModel::familyKey(const EnrollmentConfiguration &c)
{
    switch (c.kind) {
    case Kind::SinglePlatformRestriction:
        return u"singlePlatformRestriction:"_s + platformTypeOf(c).toLower();
    case Kind::Other:
        return u"other:"_s + GraphJson::typeName(c.odataType) + u':' + c.unknownEnums.value(configurationTypeKey);
    default:
        return GraphEnum::wireName(c.kind);
    }
}

QString EnrollmentConfigurationModel::defaultToolTip()
{
    return tr("Default configuration: applies to all users and all devices at the lowest priority; it cannot be "
              "assigned, reordered or deleted.");
}

bool EnrollmentConfigurationModel::lessInOrder(const EnrollmentConfiguration &a, const EnrollmentConfiguration &b)
{
    const auto key = [](const EnrollmentConfiguration &c) {
        const bool single = c.kind == Kind::SinglePlatformRestriction;
        return std::make_tuple(familyRank(c.kind), c.kind == Kind::Other ? familyKey(c) : QString(), c.isDefault,
                               single ? 0 : 1, single ? platformText(platformTypeOf(c)).toCaseFolded() : QString(),
                               c.priority);
    };
    const auto ka = key(a);
    const auto kb = key(b);
    if (ka != kb)
        return ka < kb;
    if (const int byName = QString::localeAwareCompare(a.displayName, b.displayName); byName != 0)
        return byName < 0;
    return a.id < b.id;
}

EnrollmentConfigurationModel::Row EnrollmentConfigurationModel::makeRow(EnrollmentConfiguration configuration)
{
    Row row;
    if (configuration.isDefault) {
        // Defaults apply to everyone and are never assigned: nothing to read.
        row.assignments = configuration.assignments;
        configuration.assignmentsExpanded = true;
    } else if (configuration.assignmentsExpanded) {
        row.assignments = configuration.assignments;
    }
    row.configuration = std::move(configuration);
    return row;
}

void EnrollmentConfigurationModel::setConfigurations(QList<EnrollmentConfiguration> configurations)
{
    std::stable_sort(configurations.begin(), configurations.end(), &EnrollmentConfigurationModel::lessInOrder);
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(configurations.size());
    for (EnrollmentConfiguration &c : configurations)
        m_rows.append(makeRow(std::move(c)));
    rebuildIndex();
    m_groupNamesError.clear(); // a new load reads the names again
    endResetModel();
}

void EnrollmentConfigurationModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_names.groupNames.clear();
    m_groupNamesError.clear();
    endResetModel();
}

void EnrollmentConfigurationModel::rebuildIndex()
{
    m_rowById = ModelText::rowsById(m_rows, &Row::configuration);
}

QList<EnrollmentConfiguration> EnrollmentConfigurationModel::configurations() const
{
    return ModelText::objects(m_rows, &Row::configuration);
}

const EnrollmentConfiguration *EnrollmentConfigurationModel::byId(const QString &configurationId) const
{
    const int row = rowOfId(configurationId);
    return row >= 0 ? &m_rows.at(row).configuration : nullptr;
}

int EnrollmentConfigurationModel::rowOfId(const QString &configurationId) const
{
    return m_rowById.value(configurationId, -1);
}

bool EnrollmentConfigurationModel::replaceConfiguration(const EnrollmentConfiguration &updated)
{
    const int row = rowOfId(updated.id);
    if (row < 0)
        return false;
    Row replacement = makeRow(updated);
    const Row &old = m_rows.at(row);
    if (!replacement.assignments && !old.configuration.isDefault) {
        // The answer did not carry the assignments (a PATCH answer): they did not change.
        replacement.assignments = old.assignments;
        replacement.assignmentsError = old.assignmentsError;
        replacement.configuration.assignments = old.configuration.assignments;
        replacement.configuration.assignmentsExpanded = old.configuration.assignmentsExpanded;
    }

    // Where the row belongs now (a priority or a platform may have changed).
    int target = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        if (i != row && lessInOrder(m_rows.at(i).configuration, replacement.configuration))
            ++target;
    if (target == row) {
        m_rows[row] = std::move(replacement);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_rows.removeAt(row);
    m_rows.insert(target, std::move(replacement));
    rebuildIndex();
    endMoveRows();
    Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
    // The priority column sorts by the place in the order: every row between moved.
    Q_EMIT dataChanged(index(std::min(row, target), PriorityColumn), index(std::max(row, target), PriorityColumn));
    return true;
}

void EnrollmentConfigurationModel::setAssignments(const QString &configurationId, const QList<Assignment> &assignments)
{
    const int row = rowOfId(configurationId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.assignments = assignments;
    r.assignmentsError.clear();
    r.configuration.assignments = assignments;
    r.configuration.assignmentsExpanded = true;
    Q_EMIT dataChanged(index(row, AssignmentsColumn), index(row, AssignmentsColumn));
}

void EnrollmentConfigurationModel::setAssignmentsFailed(const QString &configurationId, const QString &reason)
{
    const int row = rowOfId(configurationId);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    if (r.configuration.isDefault)
        return; // nothing to read for a default
    r.assignments.reset();
    r.assignmentsError = reason.isEmpty() ? tr("The assignments could not be read.") : reason;
    Q_EMIT dataChanged(index(row, AssignmentsColumn), index(row, AssignmentsColumn));
}

QList<Assignment> EnrollmentConfigurationModel::assignments(int row) const
{
    return m_rows.at(row).assignments.value_or(QList<Assignment>());
}

void EnrollmentConfigurationModel::emitColumnChanged(int column)
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

void EnrollmentConfigurationModel::setGroupNames(const QHash<QString, QString> &names, const QStringList &deleted)
{
    m_names.add(names);
    m_names.addDeleted(deleted);
    emitColumnChanged(AssignmentsColumn);
}

void EnrollmentConfigurationModel::setGroupNamesFailed(const QString &reason)
{
    m_groupNamesError = reason.isEmpty() ? tr("The group names could not be read.") : reason;
    emitColumnChanged(AssignmentsColumn);
}

void EnrollmentConfigurationModel::clearGroupNamesFailure()
{
    if (m_groupNamesError.isEmpty())
        return;
    m_groupNamesError.clear();
    emitColumnChanged(AssignmentsColumn);
}

QStringList EnrollmentConfigurationModel::assignedGroupIds() const
{
    return ModelText::assignedGroupIds(m_rows);
}

QStringList EnrollmentConfigurationModel::unresolvedGroupIds() const
{
    QStringList ids = assignedGroupIds();
    ids.removeIf([this](const QString &id) { return m_names.knows(id); });
    return ids;
}

QString EnrollmentConfigurationModel::assignmentsText(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.configuration.isDefault)
        return tr("All users and all devices");
    if (!r.assignments)
        return r.assignmentsError.isEmpty() ? ModelText::pending : ModelText::failed;
    if (ModelText::namesPending(r.assignments, m_names, m_groupNamesError))
        return ModelText::pending;
    return m_names.summary(*r.assignments);
}

QStringList EnrollmentConfigurationModel::assignmentLines(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.configuration.isDefault)
        return {tr("All users and all devices")};
    if (!r.assignments) {
        if (!r.assignmentsError.isEmpty())
            return {tr("The assignments could not be read: %1").arg(r.assignmentsError)};
        return {tr("Reading the assignments…")};
    }
    if (ModelText::namesPending(r.assignments, m_names, m_groupNamesError))
        return {tr("Reading the group names…")};
    QStringList lines = m_names.lines(*r.assignments);
    if (lines.isEmpty())
        lines.append(tr("Not assigned"));
    if (!m_groupNamesError.isEmpty() && m_names.missingAny(*r.assignments))
        lines.append(tr("Group names could not be read: %1").arg(m_groupNamesError));
    return lines;
}

int EnrollmentConfigurationModel::familyNeighbour(int row, int step) const
{
    if (row < 0 || row >= m_rows.size() || (step != 1 && step != -1))
        return -1;
    const EnrollmentConfiguration &c = m_rows.at(row).configuration;
    if (c.isDefault || c.kind == Kind::Other)
        return -1;
    // A family's customs are contiguous and ordered by priority.
    const int other = row + step;
    if (other < 0 || other >= m_rows.size())
        return -1;
    const EnrollmentConfiguration &n = m_rows.at(other).configuration;
    if (n.isDefault || familyKey(n) != familyKey(c))
        return -1;
    return other;
}

QString EnrollmentConfigurationModel::moveBlockedReason(int row, int step) const
{
    if (row < 0 || row >= m_rows.size())
        return tr("Select a configuration first.");
    const EnrollmentConfiguration &c = m_rows.at(row).configuration;
    if (c.isDefault)
        return tr("Default configurations always apply last and cannot be reordered.");
    if (c.kind == Kind::Other)
        return tr("The app does not know how Intune orders configurations of this type.");
    if (familyNeighbour(row, step) >= 0)
        return {};
    const QString name = c.displayName.isEmpty() ? c.id : c.displayName;
    if (step < 0)
        return tr("“%1” already has the highest priority of its kind.").arg(name);
    return tr("“%1” already has the lowest priority of its kind; only the default comes after it.").arg(name);
}

QVariant EnrollmentConfigurationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const EnrollmentConfiguration &c = r.configuration;
    const auto column = static_cast<Column>(index.column());

    switch (role) {
    case ConfigurationIdRole:
        return c.id;
    case IsDefaultRole:
        return c.isDefault;
    case Qt::DisplayRole:
        switch (column) {
        case PriorityColumn:
            return c.isDefault ? tr("Default") : QLocale().toString(c.priority);
        case NameColumn:
            return c.displayName.isEmpty() ? c.id : c.displayName;
        case TypeColumn:
            return typeText(c);
        case LimitColumn:
            return c.kind == Kind::DeviceLimit && c.limit ? QLocale().toString(*c.limit) : QString();
        case AssignmentsColumn:
            return assignmentsText(index.row());
        case VersionColumn:
            return QLocale().toString(c.version);
        case ModifiedColumn:
            return ModelText::shortTime(c.lastModifiedDateTime);
        case DescriptionColumn:
            return c.description;
        case ColumnCount:
            break;
        }
        return {};
    case RawValueRole:
        switch (column) {
        case PriorityColumn:
            return index.row(); // the portal order
        case LimitColumn:
            return c.kind == Kind::DeviceLimit && c.limit ? *c.limit : -1;
        case VersionColumn:
            return c.version;
        case ModifiedColumn:
            return ModelText::sortTime(c.lastModifiedDateTime);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (column) {
        case PriorityColumn:
            if (c.isDefault)
                return defaultToolTip();
            return tr("Priority %1: a user gets the configuration of this kind with the lowest number among those "
                      "assigned to them.")
                    .arg(QLocale().toString(c.priority));
        case NameColumn:
            return tr("%1\nID: %2").arg(c.displayName, c.id);
        case TypeColumn:
            return c.odataType.isEmpty() ? typeText(c) : tr("%1\n%2").arg(typeText(c), c.odataType);
        case LimitColumn:
            if (c.kind != Kind::DeviceLimit)
                return tr("Only device limit configurations have a device limit.");
            if (!c.limit)
                return tr("Graph sent no device limit.");
            return tr("A user may enroll at most %n device(s).", nullptr, *c.limit);
        case AssignmentsColumn:
            if (c.isDefault)
                return defaultToolTip();
            return assignmentLines(index.row()).join(u'\n');
        case ModifiedColumn:
            return ModelText::longTime(c.lastModifiedDateTime);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == LimitColumn || column == VersionColumn || (column == PriorityColumn && !c.isDefault))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant EnrollmentConfigurationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole && section == PriorityColumn)
        return tr("Sorted by priority, the configurations appear as in Intune: by kind, the custom ones by "
                  "priority, the default last.");
    return {};
}

} // namespace ed
