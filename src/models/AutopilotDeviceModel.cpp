#include "AutopilotDeviceModel.h"

#include <QFutureWatcher>
#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

using D = AutopilotDevice;

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : AutopilotDeviceModel::invalidTime;
}

QDateTime fromMs(qint64 ms)
{
    return ms == AutopilotDeviceModel::invalidTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

template<typename E>
int compareValues(E a, E b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareText(const QString &a, const QString &b)
{
    // Empty last, so "(none)" does not crowd the top of an ascending sort.
    if (a.isEmpty() != b.isEmpty())
        return a.isEmpty() ? 1 : -1;
    // The same order as sortRanks() (case-folded text compared as UTF-16), without building the
    // folded copies: this runs for every comparison while pages are inserted into a sorted table.
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a.at(i).toCaseFolded().unicode();
        const char16_t y = b.at(i).toCaseFolded().unicode();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : (b.size() < a.size() ? 1 : 0);
}

} // namespace

AutopilotDeviceModel::AutopilotDeviceModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_ranks(ColumnCount)
{ }

AutopilotDeviceModel::~AutopilotDeviceModel() = default;

int AutopilotDeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AutopilotDeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AutopilotDeviceModel::profileStatusText(D::ProfileAssignmentStatus status)
{
    switch (status) {
    case D::ProfileAssignmentStatus::Unknown:
        return tr("Unknown");
    case D::ProfileAssignmentStatus::AssignedInSync:
        return tr("Assigned");
    case D::ProfileAssignmentStatus::AssignedOutOfSync:
        return tr("Assigned, out of sync");
    case D::ProfileAssignmentStatus::AssignedUnknownSyncState:
        return tr("Assigned, sync state unknown");
    case D::ProfileAssignmentStatus::NotAssigned:
        return tr("Not assigned");
    case D::ProfileAssignmentStatus::Pending:
        return tr("Pending");
    case D::ProfileAssignmentStatus::Failed:
        return tr("Failed");
    case D::ProfileAssignmentStatus::Other:
        break;
    }
    return tr("Other");
}

QString AutopilotDeviceModel::detailedStatusText(D::ProfileAssignmentDetailedStatus status)
{
    switch (status) {
    case D::ProfileAssignmentDetailedStatus::None:
        return tr("None");
    case D::ProfileAssignmentDetailedStatus::HardwareRequirementsNotMet:
        return tr("Hardware requirements not met");
    case D::ProfileAssignmentDetailedStatus::SurfaceHubProfileNotSupported:
        return tr("Surface Hub profile not supported");
    case D::ProfileAssignmentDetailedStatus::HoloLensProfileNotSupported:
        return tr("HoloLens profile not supported");
    case D::ProfileAssignmentDetailedStatus::WindowsPcProfileNotSupported:
        return tr("Windows PC profile not supported");
    case D::ProfileAssignmentDetailedStatus::SurfaceHub2SProfileNotSupported:
        return tr("Surface Hub 2S profile not supported");
    case D::ProfileAssignmentDetailedStatus::UnknownFutureValue:
    case D::ProfileAssignmentDetailedStatus::Other:
        break;
    }
    return tr("Other");
}

QString AutopilotDeviceModel::enrollmentStateText(D::EnrollmentState state)
{
    switch (state) {
    case D::EnrollmentState::Unknown:
        return tr("Unknown");
    case D::EnrollmentState::Enrolled:
        return tr("Enrolled");
    case D::EnrollmentState::PendingReset:
        return tr("Pending reset");
    case D::EnrollmentState::Failed:
        return tr("Failed");
    case D::EnrollmentState::NotContacted:
        return tr("Not contacted");
    case D::EnrollmentState::Blocked:
        return tr("Blocked");
    case D::EnrollmentState::Other:
        break;
    }
    return tr("Other");
}

QString AutopilotDeviceModel::remediationStateText(D::RemediationState state)
{
    switch (state) {
    case D::RemediationState::Unknown:
        return tr("Unknown");
    case D::RemediationState::NoRemediationRequired:
        return tr("No remediation required");
    case D::RemediationState::AutomaticRemediationRequired:
        return tr("Automatic remediation required");
    case D::RemediationState::ManualRemediationRequired:
        return tr("Manual remediation required");
    case D::RemediationState::UnknownFutureValue:
    case D::RemediationState::Other:
        break;
    }
    return tr("Other");
}

QString AutopilotDeviceModel::userlessStatusText(D::UserlessEnrollmentStatus status)
{
    switch (status) {
    case D::UserlessEnrollmentStatus::Allowed:
        return tr("Allowed");
    case D::UserlessEnrollmentStatus::Blocked:
        return tr("Blocked");
    case D::UserlessEnrollmentStatus::Unknown:
    case D::UserlessEnrollmentStatus::UnknownFutureValue:
    case D::UserlessEnrollmentStatus::Other:
        break;
    }
    return tr("Unknown");
}

QString AutopilotDeviceModel::columnTitle(int column)
{
    switch (static_cast<Column>(column)) {
    case SerialColumn:
        return tr("Serial number");
    case ManufacturerColumn:
        return tr("Manufacturer");
    case ModelColumn:
        return tr("Model");
    case GroupTagColumn:
        return tr("Group tag");
    case ProfileStatusColumn:
        return tr("Profile status");
    case AssignedProfileColumn:
        return tr("Assigned profile");
    case UserlessStatusColumn:
        return tr("Userless enrollment");
    case EnrollmentStateColumn:
        return tr("Enrollment state");
    case UserColumn:
        return tr("Assigned user");
    case DeviceNameColumn:
        return tr("Device name");
    case LastContactedColumn:
        return tr("Last contacted");
    case PurchaseOrderColumn:
        return tr("Purchase order");
    case DateAssignedColumn:
        return tr("Date assigned");
    case EntraDeviceIdColumn:
        return tr("Entra device ID");
    case IntuneDeviceIdColumn:
        return tr("Intune device ID");
    case ColumnCount:
        break;
    }
    return {};
}

QString AutopilotDeviceModel::timeText(qint64 ms, bool neverWhenUnset)
{
    if (ms == invalidTime)
        return neverWhenUnset ? tr("Never") : QString();
    return QLocale().toString(fromMs(ms).toLocalTime(), QLocale::ShortFormat);
}

QString AutopilotDeviceModel::idTextOf(const PackedId &id, const StringTable &strings)
{
    if (id.text != 0)
        return strings.at(id.text);
    return id.uuid.isNull() ? QString() : id.uuid.toString(QUuid::WithoutBraces);
}

QString AutopilotDeviceModel::idText(const PackedId &id) const
{
    return idTextOf(id, m_strings);
}

QString AutopilotDeviceModel::enumText(int row, int column) const
{
    const Row &r = m_rows.at(row);
    // A value the app does not know is shown as Graph sent it.
    const auto raw = [this, &r](QLatin1StringView property, const QString &label) {
        if (r.unknownEnums == 0)
            return label;
        const QString value = m_unknownEnums.at(r.unknownEnums - 1).value(property);
        return value.isNull() ? label : value;
    };
    switch (column) {
    case ProfileStatusColumn:
        return r.profileStatus == D::ProfileAssignmentStatus::Other
                ? raw("deploymentProfileAssignmentStatus"_L1, profileStatusText(r.profileStatus))
                : profileStatusText(r.profileStatus);
    case UserlessStatusColumn:
        return r.userlessStatus == D::UserlessEnrollmentStatus::Other
                ? raw("userlessEnrollmentStatus"_L1, userlessStatusText(r.userlessStatus))
                : userlessStatusText(r.userlessStatus);
    case EnrollmentStateColumn:
        return r.enrollmentState == D::EnrollmentState::Other
                ? raw("enrollmentState"_L1, enrollmentStateText(r.enrollmentState))
                : enrollmentStateText(r.enrollmentState);
    default:
        return {};
    }
}

QVariant AutopilotDeviceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const Row &r = m_rows.at(row);
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case SerialColumn:
            return r.serialNumber;
        case ManufacturerColumn:
            return m_strings.at(r.manufacturer);
        case ModelColumn:
            return m_strings.at(r.model);
        case GroupTagColumn:
            return m_strings.at(r.groupTag);
        case ProfileStatusColumn:
        case UserlessStatusColumn:
        case EnrollmentStateColumn:
            return enumText(row, column);
        case AssignedProfileColumn:
            return m_strings.at(r.assignedProfile);
        case UserColumn:
            return m_strings.at(r.userPrincipalName);
        case DeviceNameColumn:
            return r.displayName;
        case LastContactedColumn:
            return timeText(r.lastContactedMs, true);
        case PurchaseOrderColumn:
            return m_strings.at(r.purchaseOrder);
        case DateAssignedColumn:
            return timeText(r.profileAssignedMs, false);
        case EntraDeviceIdColumn:
            return idText(r.azureAdDeviceId);
        case IntuneDeviceIdColumn:
            return idText(r.managedDeviceId);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == RawValueRole) {
        switch (column) {
        case ProfileStatusColumn:
            return static_cast<int>(r.profileStatus);
        case UserlessStatusColumn:
            return static_cast<int>(r.userlessStatus);
        case EnrollmentStateColumn:
            return static_cast<int>(r.enrollmentState);
        case LastContactedColumn:
            return fromMs(r.lastContactedMs);
        case DateAssignedColumn:
            return fromMs(r.profileAssignedMs);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == DeviceIdRole)
        return idText(r.id);
    return {};
}

QVariant AutopilotDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

AutopilotDeviceModel::PackedId AutopilotDeviceModel::packId(const QString &text)
{
    PackedId id;
    if (text.isEmpty())
        return id;
    // Only a canonical lower-case UUID is packed, so idText() gives back exactly what Graph sent.
    const QUuid uuid = QUuid::fromString(text);
    if (!uuid.isNull() && text.size() == 36 && uuid.toString(QUuid::WithoutBraces) == text)
        id.uuid = uuid;
    else
        id.text = m_strings.intern(text);
    return id;
}

AutopilotDeviceModel::Row AutopilotDeviceModel::pack(const AutopilotDevice &d)
{
    Row r;
    r.id = packId(d.id);
    r.azureAdDeviceId = packId(d.azureAdDeviceId);
    r.managedDeviceId = packId(d.managedDeviceId);
    r.serialNumber = d.serialNumber;
    r.displayName = d.displayName;
    r.lastContactedMs = toMs(d.lastContactedDateTime);
    r.profileAssignedMs = toMs(d.deploymentProfileAssignedDateTime);
    r.remediationModifiedMs = toMs(d.remediationStateLastModifiedDateTime);
    r.manufacturer = m_strings.intern(d.manufacturer);
    r.model = m_strings.intern(d.model);
    r.groupTag = m_strings.intern(d.groupTag);
    r.purchaseOrder = m_strings.intern(d.purchaseOrderIdentifier);
    r.productKey = m_strings.intern(d.productKey);
    r.skuNumber = m_strings.intern(d.skuNumber);
    r.systemFamily = m_strings.intern(d.systemFamily);
    r.userPrincipalName = m_strings.intern(d.userPrincipalName);
    r.addressableUserName = m_strings.intern(d.addressableUserName);
    r.resourceName = m_strings.intern(d.resourceName);
    if (!d.unknownEnums.isEmpty()) {
        m_unknownEnums.append(d.unknownEnums);
        r.unknownEnums = static_cast<std::uint32_t>(m_unknownEnums.size());
    }
    r.profileStatus = d.deploymentProfileAssignmentStatus;
    r.detailedStatus = d.deploymentProfileAssignmentDetailedStatus;
    r.enrollmentState = d.enrollmentState;
    r.remediationState = d.remediationState;
    r.userlessStatus = d.userlessEnrollmentStatus;
    r.hasBetaProperties = d.hasBetaProperties;
    if (!m_pendingProfiles.isEmpty()) {
        const auto it = m_pendingProfiles.constFind(d.id);
        if (it != m_pendingProfiles.cend())
            r.assignedProfile = *it;
    }
    return r;
}

int AutopilotDeviceModel::rowOfId(const QString &deviceId) const
{
    const QUuid uuid = QUuid::fromString(deviceId);
    if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == deviceId)
        return m_rowByUuid.value(uuid, -1);
    const StringTable::Index text = m_strings.find(deviceId);
    return text == 0 ? -1 : m_rowByTextId.value(text, -1);
}

void AutopilotDeviceModel::append(const QList<AutopilotDevice> &devices)
{
    QList<AutopilotDevice> known;
    QList<Row> rows;
    rows.reserve(devices.size());
    // A repeated id is one row holding the later copy, within a page as across pages.
    QHash<QString, qsizetype> fresh;
    for (const AutopilotDevice &d : devices) {
        if (rowOfId(d.id) >= 0) {
            known.append(d);
        } else if (const auto it = fresh.constFind(d.id); it != fresh.cend()) {
            rows[*it] = pack(d);
        } else {
            fresh.insert(d.id, rows.size());
            rows.append(pack(d));
        }
    }
    if (!known.isEmpty())
        update(known);
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (const Row &r : std::as_const(rows)) {
        const int rowNumber = static_cast<int>(m_rows.size());
        if (r.id.text != 0)
            m_rowByTextId.insert(r.id.text, rowNumber);
        else
            m_rowByUuid.insert(r.id.uuid, rowNumber);
        m_rows.append(r);
    }
    invalidateRanks();
    endInsertRows();
    Q_EMIT contentsChanged();
}

void AutopilotDeviceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_rowByUuid.clear();
    m_rowByTextId.clear();
    m_unknownEnums.clear();
    m_strings.clear();
    m_pendingProfiles.clear();
    invalidateRanks();
    endResetModel();
    Q_EMIT contentsChanged();
}

void AutopilotDeviceModel::adopt(AutopilotDeviceModel &other)
{
    beginResetModel();
    std::swap(m_rows, other.m_rows);
    std::swap(m_strings, other.m_strings);
    std::swap(m_unknownEnums, other.m_unknownEnums);
    std::swap(m_rowByUuid, other.m_rowByUuid);
    std::swap(m_rowByTextId, other.m_rowByTextId);
    std::swap(m_pendingProfiles, other.m_pendingProfiles);
    invalidateRanks();
    endResetModel();
    other.clear();
    Q_EMIT contentsChanged();
}

void AutopilotDeviceModel::update(const QList<AutopilotDevice> &devices)
{
    QList<int> changed;
    for (const AutopilotDevice &d : devices) {
        const int row = rowOfId(d.id);
        if (row < 0)
            continue;
        Row r = pack(d);
        r.assignedProfile = m_rows.at(row).assignedProfile;
        m_rows[row] = r;
        changed.append(row);
    }
    rowsChanged(changed, 0, ColumnCount - 1);
}

void AutopilotDeviceModel::setAssignedProfiles(const QHash<QString, QString> &profileByDeviceId)
{
    QList<int> changed;
    for (auto it = profileByDeviceId.cbegin(); it != profileByDeviceId.cend(); ++it) {
        const StringTable::Index name = m_strings.intern(it.value());
        const int row = rowOfId(it.key());
        if (row < 0) {
            m_pendingProfiles.insert(it.key(), name);
            continue;
        }
        if (m_rows.at(row).assignedProfile != name) {
            m_rows[row].assignedProfile = name;
            changed.append(row);
        }
    }
    rowsChanged(changed, AssignedProfileColumn, AssignedProfileColumn);
}

void AutopilotDeviceModel::rowsChanged(QList<int> rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    invalidateRanks();
    std::sort(rows.begin(), rows.end());
    // One signal per run of adjacent rows, not one per row.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), firstColumn), index(rows.at(j), lastColumn));
        i = j + 1;
    }
    Q_EMIT contentsChanged();
}

void AutopilotDeviceModel::reserve(qsizetype rows)
{
    if (rows > m_rows.capacity())
        m_rows.reserve(rows);
}

void AutopilotDeviceModel::squeeze()
{
    m_rows.squeeze();
    m_strings.squeeze();
    m_rowByUuid.squeeze();
}

AutopilotDevice AutopilotDeviceModel::device(int row) const
{
    const Row &r = m_rows.at(row);
    AutopilotDevice d;
    d.id = idText(r.id);
    d.serialNumber = r.serialNumber;
    d.manufacturer = m_strings.at(r.manufacturer);
    d.model = m_strings.at(r.model);
    d.groupTag = m_strings.at(r.groupTag);
    d.purchaseOrderIdentifier = m_strings.at(r.purchaseOrder);
    d.productKey = m_strings.at(r.productKey);
    d.skuNumber = m_strings.at(r.skuNumber);
    d.systemFamily = m_strings.at(r.systemFamily);
    d.userPrincipalName = m_strings.at(r.userPrincipalName);
    d.addressableUserName = m_strings.at(r.addressableUserName);
    d.displayName = r.displayName;
    d.resourceName = m_strings.at(r.resourceName);
    d.azureAdDeviceId = idText(r.azureAdDeviceId);
    d.managedDeviceId = idText(r.managedDeviceId);
    d.lastContactedDateTime = fromMs(r.lastContactedMs);
    d.deploymentProfileAssignedDateTime = fromMs(r.profileAssignedMs);
    d.remediationStateLastModifiedDateTime = fromMs(r.remediationModifiedMs);
    d.unknownEnums = unknownEnums(row);
    d.deploymentProfileAssignmentStatus = r.profileStatus;
    d.deploymentProfileAssignmentDetailedStatus = r.detailedStatus;
    d.enrollmentState = r.enrollmentState;
    d.remediationState = r.remediationState;
    d.userlessEnrollmentStatus = r.userlessStatus;
    d.hasBetaProperties = r.hasBetaProperties;
    return d;
}

UnknownEnumValues AutopilotDeviceModel::unknownEnums(int row) const
{
    const std::uint32_t index = m_rows.at(row).unknownEnums;
    return index == 0 ? UnknownEnumValues() : m_unknownEnums.at(index - 1);
}

int AutopilotDeviceModel::compare(int left, int right, int column) const
{
    const Row &a = m_rows.at(left);
    const Row &b = m_rows.at(right);
    switch (static_cast<Column>(column)) {
    case SerialColumn:
        return compareText(a.serialNumber, b.serialNumber);
    case ManufacturerColumn:
        return a.manufacturer == b.manufacturer ? 0 : compareText(text(a.manufacturer), text(b.manufacturer));
    case ModelColumn:
        return a.model == b.model ? 0 : compareText(text(a.model), text(b.model));
    case GroupTagColumn:
        return a.groupTag == b.groupTag ? 0 : compareText(text(a.groupTag), text(b.groupTag));
    case ProfileStatusColumn:
        return compareValues(a.profileStatus, b.profileStatus);
    case AssignedProfileColumn:
        return a.assignedProfile == b.assignedProfile ? 0
                                                      : compareText(text(a.assignedProfile), text(b.assignedProfile));
    case UserlessStatusColumn:
        return compareValues(a.userlessStatus, b.userlessStatus);
    case EnrollmentStateColumn:
        return compareValues(a.enrollmentState, b.enrollmentState);
    case UserColumn:
        return a.userPrincipalName == b.userPrincipalName
                ? 0
                : compareText(text(a.userPrincipalName), text(b.userPrincipalName));
    case DeviceNameColumn:
        return compareText(a.displayName, b.displayName);
    case LastContactedColumn:
        return compareValues(a.lastContactedMs, b.lastContactedMs);
    case PurchaseOrderColumn:
        return a.purchaseOrder == b.purchaseOrder ? 0 : compareText(text(a.purchaseOrder), text(b.purchaseOrder));
    case DateAssignedColumn:
        return compareValues(a.profileAssignedMs, b.profileAssignedMs);
    case EntraDeviceIdColumn:
        return compareText(idText(a.azureAdDeviceId), idText(b.azureAdDeviceId));
    case IntuneDeviceIdColumn:
        return compareText(idText(a.managedDeviceId), idText(b.managedDeviceId));
    case ColumnCount:
        break;
    }
    return 0;
}

bool AutopilotDeviceModel::hasSortRanks(int column) const
{
    return column >= 0 && column < ColumnCount && !m_ranks.at(column).empty();
}

namespace {

// Ranks from a sort order: equal neighbours (by `same`) share the rank of the first of them.
template<typename Same>
std::vector<std::uint32_t> ranksFromOrder(const std::vector<std::uint32_t> &order, Same same)
{
    std::vector<std::uint32_t> ranks(order.size());
    std::uint32_t rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && !same(order[i - 1], order[i]))
            rank = static_cast<std::uint32_t>(i);
        ranks[order[i]] = rank;
    }
    return ranks;
}

// Case-folded keys sort with a plain UTF-16 compare, as compareText() orders (empty last).
std::vector<std::uint32_t> textRanks(const std::vector<QString> &folded)
{
    std::vector<std::uint32_t> order(folded.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&folded](std::uint32_t l, std::uint32_t r) {
        const QString &a = folded[l];
        const QString &b = folded[r];
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        return a < b;
    });
    return ranksFromOrder(order, [&folded](std::uint32_t l, std::uint32_t r) { return folded[l] == folded[r]; });
}

} // namespace

const std::vector<std::uint32_t> &AutopilotDeviceModel::sortRanks(int column) const
{
    std::vector<std::uint32_t> &ranks = m_ranks.at(column);
    if (ranks.empty() && !m_rows.isEmpty())
        ranks = computeRanks(m_rows, m_strings, column);
    return ranks;
}

void AutopilotDeviceModel::prepareSortRanks(int column)
{
    if (column < 0 || column >= ColumnCount || hasSortRanks(column) || m_rows.isEmpty() || m_preparing.contains(column))
        return;
    m_preparing.insert(column);
    auto *watcher = new QFutureWatcher<std::vector<std::uint32_t>>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, column, generation] {
        watcher->deleteLater();
        m_preparing.remove(column);
        // Rows changed meanwhile: these ranks describe rows that are gone.
        if (generation == m_generation && m_ranks.at(column).empty()) {
            m_ranks.at(column) = watcher->result();
            Q_EMIT sortRanksReady(column);
        } else if (!hasSortRanks(column)) {
            prepareSortRanks(column); // the rows changed meanwhile: again, on the new rows
        }
    });
    // The worker reads its own (implicitly shared) copies: the model may change meanwhile.
    watcher->setFuture(QtConcurrent::run(
            [rows = m_rows, strings = m_strings, column] { return computeRanks(rows, strings, column); }));
}

std::vector<std::uint32_t> AutopilotDeviceModel::computeRanks(const QList<Row> &rows, const StringTable &strings,
                                                              int column)
{
    const auto n = static_cast<std::size_t>(rows.size());
    // Interned text: rank each distinct text once, then look the rows up.
    const auto byTable = [&rows, &strings, n](StringTable::Index Row::*field) {
        std::vector<QString> folded(static_cast<std::size_t>(strings.size()));
        for (std::size_t i = 0; i < folded.size(); ++i)
            folded[i] = strings.at(static_cast<StringTable::Index>(i)).toCaseFolded();
        const std::vector<std::uint32_t> textRank = textRanks(folded);
        // Text ranks to row positions (counting sort): a row's rank is how many rows sort before it.
        std::vector<std::uint32_t> before(folded.size() + 1, 0);
        for (std::size_t row = 0; row < n; ++row)
            ++before[textRank[rows.at(static_cast<qsizetype>(row)).*field] + 1];
        for (std::size_t i = 1; i < before.size(); ++i)
            before[i] += before[i - 1];
        std::vector<std::uint32_t> result(n);
        for (std::size_t row = 0; row < n; ++row)
            result[row] = before[textRank[rows.at(static_cast<qsizetype>(row)).*field]];
        return result;
    };
    const auto byText = [&rows, n](const auto &textOf) {
        std::vector<QString> folded(n);
        for (std::size_t row = 0; row < n; ++row)
            folded[row] = textOf(rows.at(static_cast<qsizetype>(row))).toCaseFolded();
        return textRanks(folded);
    };
    // Numbers (enums, times): a stable sort by value.
    const auto byValue = [&rows, n](const auto &valueOf) {
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), 0U);
        std::stable_sort(order.begin(), order.end(), [&rows, &valueOf](std::uint32_t l, std::uint32_t r) {
            return valueOf(rows.at(l)) < valueOf(rows.at(r));
        });
        return ranksFromOrder(order, [&rows, &valueOf](std::uint32_t l, std::uint32_t r) {
            return valueOf(rows.at(l)) == valueOf(rows.at(r));
        });
    };
    // Ids: canonical UUIDs order as their lower-case hex text does, field by field — no text
    // needed. Ids that are not UUIDs (rare) fall back to text.
    const auto byId = [&rows, &strings, n, &byText](PackedId Row::*field) {
        const bool allUuids =
                std::all_of(rows.cbegin(), rows.cend(), [field](const Row &r) { return (r.*field).text == 0; });
        if (!allUuids)
            return byText([&strings, field](const Row &r) { return idTextOf(r.*field, strings); });
        const auto less = [](const QUuid &a, const QUuid &b) {
            if (a.isNull() != b.isNull())
                return b.isNull(); // empty last, as compareText()
            if (a.data1 != b.data1)
                return a.data1 < b.data1;
            if (a.data2 != b.data2)
                return a.data2 < b.data2;
            if (a.data3 != b.data3)
                return a.data3 < b.data3;
            return std::memcmp(a.data4, b.data4, sizeof a.data4) < 0;
        };
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), 0U);
        std::sort(order.begin(), order.end(), [&rows, field, &less](std::uint32_t l, std::uint32_t r) {
            return less((rows.at(l).*field).uuid, (rows.at(r).*field).uuid);
        });
        return ranksFromOrder(order, [&rows, field](std::uint32_t l, std::uint32_t r) {
            return (rows.at(l).*field).uuid == (rows.at(r).*field).uuid;
        });
    };
    switch (static_cast<Column>(column)) {
    case SerialColumn:
        return byText([](const Row &r) -> const QString & { return r.serialNumber; });
    case DeviceNameColumn:
        return byText([](const Row &r) -> const QString & { return r.displayName; });
    case EntraDeviceIdColumn:
        return byId(&Row::azureAdDeviceId);
    case IntuneDeviceIdColumn:
        return byId(&Row::managedDeviceId);
    case ManufacturerColumn:
        return byTable(&Row::manufacturer);
    case ModelColumn:
        return byTable(&Row::model);
    case GroupTagColumn:
        return byTable(&Row::groupTag);
    case AssignedProfileColumn:
        return byTable(&Row::assignedProfile);
    case UserColumn:
        return byTable(&Row::userPrincipalName);
    case PurchaseOrderColumn:
        return byTable(&Row::purchaseOrder);
    case ProfileStatusColumn:
        return byValue([](const Row &r) { return r.profileStatus; });
    case UserlessStatusColumn:
        return byValue([](const Row &r) { return r.userlessStatus; });
    case EnrollmentStateColumn:
        return byValue([](const Row &r) { return r.enrollmentState; });
    case LastContactedColumn:
        return byValue([](const Row &r) { return r.lastContactedMs; });
    case DateAssignedColumn:
        return byValue([](const Row &r) { return r.profileAssignedMs; });
    case ColumnCount:
        break;
    }
    return std::vector<std::uint32_t>(n, 0);
}

void AutopilotDeviceModel::invalidateRanks()
{
    ++m_generation;
    for (auto &ranks : m_ranks) {
        ranks.clear();
        ranks.shrink_to_fit();
    }
}

} // namespace ed
