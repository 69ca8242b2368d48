#pragma once

#include "AutopilotDevice.h"
#include "StringTable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <limits>
#include <vector>

namespace ed {

// Every Windows Autopilot device of the tenant as a table (100,000 rows and more). Rows are
// compact: text is interned in a StringTable, ids are kept as 16-byte UUIDs, times as
// milliseconds; no JSON is kept. Rows are only appended (one insert range per Graph page) or
// replaced all at once (a refresh), so a row number names the same device until the next reset.
class AutopilotDeviceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutopilotDeviceModel)
public:
    enum Column {
        SerialColumn,
        ManufacturerColumn,
        ModelColumn,
        GroupTagColumn,
        ProfileStatusColumn,
        AssignedProfileColumn,
        UserlessStatusColumn,
        EnrollmentStateColumn,
        UserColumn,
        DeviceNameColumn,
        LastContactedColumn,
        PurchaseOrderColumn,
        DateAssignedColumn,
        EntraDeviceIdColumn,
        IntuneDeviceIdColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // what the column sorts by: text, enum number, time
        DeviceIdRole, // the Autopilot device id (any column)
    };

    // A Graph id: a UUID in 16 bytes, or (rarely) text that is not one, interned.
    struct PackedId
    {
        QUuid uuid;
        StringTable::Index text = 0;
    };
    struct Row
    {
        PackedId id;
        PackedId azureAdDeviceId;
        PackedId managedDeviceId;
        QString serialNumber;
        QString displayName;
        qint64 lastContactedMs = invalidTime;
        qint64 profileAssignedMs = invalidTime;
        qint64 remediationModifiedMs = invalidTime;
        StringTable::Index manufacturer = 0;
        StringTable::Index model = 0;
        StringTable::Index groupTag = 0;
        StringTable::Index purchaseOrder = 0;
        StringTable::Index productKey = 0;
        StringTable::Index skuNumber = 0;
        StringTable::Index systemFamily = 0;
        StringTable::Index userPrincipalName = 0;
        StringTable::Index addressableUserName = 0;
        StringTable::Index resourceName = 0;
        StringTable::Index assignedProfile = 0; // the profile's display name, from its assignedDevices
        std::uint32_t unknownEnums = 0; // 1-based index into the model's unknown-enum list; 0: none
        AutopilotDevice::ProfileAssignmentStatus profileStatus = AutopilotDevice::ProfileAssignmentStatus::Unknown;
        AutopilotDevice::ProfileAssignmentDetailedStatus detailedStatus =
                AutopilotDevice::ProfileAssignmentDetailedStatus::None;
        AutopilotDevice::EnrollmentState enrollmentState = AutopilotDevice::EnrollmentState::Unknown;
        AutopilotDevice::RemediationState remediationState = AutopilotDevice::RemediationState::Unknown;
        AutopilotDevice::UserlessEnrollmentStatus userlessStatus = AutopilotDevice::UserlessEnrollmentStatus::Unknown;
        bool hasBetaProperties = false;
    };
    static constexpr qint64 invalidTime = std::numeric_limits<qint64>::min();

    explicit AutopilotDeviceModel(QObject *parent = nullptr);
    ~AutopilotDeviceModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One page: one insert range. Devices whose id is already in the model update that row.
    void append(const QList<AutopilotDevice> &devices);
    void clear();
    // Takes over other's rows in one reset (a refresh loaded into a second model); other is left
    // empty.
    void adopt(AutopilotDeviceModel &other);
    // Fresh copies from the server (after an unblock): their rows change in place.
    void update(const QList<AutopilotDevice> &devices);
    // Device id → name of the deployment profile it is assigned to (merged into what is known;
    // devices loaded later pick it up too).
    void setAssignedProfiles(const QHash<QString, QString> &profileByDeviceId);
    // Reserves room for this many rows (the expected count), so loading does not over-allocate.
    void reserve(qsizetype rows);
    // Gives back spare capacity once loading is done.
    void squeeze();

    const Row &row(int row) const { return m_rows.at(row); }
    const StringTable &strings() const { return m_strings; }
    const QString &text(StringTable::Index index) const { return m_strings.at(index); }
    QString idText(const PackedId &id) const;
    static QString idTextOf(const PackedId &id, const StringTable &strings);
    QString deviceId(int row) const { return idText(m_rows.at(row).id); }
    // -1 when no row has this id.
    int rowOfId(const QString &deviceId) const;
    // The device as a domain value (for the details pane and writes).
    AutopilotDevice device(int row) const;
    UnknownEnumValues unknownEnums(int row) const;

    // <0, 0, >0: how two rows order by a column (text ignoring case, enums by value, times).
    int compare(int left, int right, int column) const;
    // Every row's position when sorted by column (equal rows share one); computed on first use
    // after a change and kept until the next one.
    const std::vector<std::uint32_t> &sortRanks(int column) const;
    bool hasSortRanks(int column) const;
    // Computes the column's ranks on a worker thread, so a later sort or filter does not have to
    // (they are dropped if the rows change meanwhile).
    void prepareSortRanks(int column);

    // Human labels (translated) for the enums, shared by the table, the details and the facets.
    static QString profileStatusText(AutopilotDevice::ProfileAssignmentStatus status);
    static QString detailedStatusText(AutopilotDevice::ProfileAssignmentDetailedStatus status);
    static QString enrollmentStateText(AutopilotDevice::EnrollmentState state);
    static QString remediationStateText(AutopilotDevice::RemediationState state);
    static QString userlessStatusText(AutopilotDevice::UserlessEnrollmentStatus status);
    static QString columnTitle(int column);
    // The time as the table shows it (locale short format, local time), or "Never"/"" when unset.
    static QString timeText(qint64 ms, bool neverWhenUnset);

Q_SIGNALS:
    // Rows were added, replaced or changed: facets and summaries recount.
    void contentsChanged();
    // prepareSortRanks() finished for this column.
    void sortRanksReady(int column);

private:
    Row pack(const AutopilotDevice &device);
    PackedId packId(const QString &text);
    QString enumText(int row, int column) const;
    void invalidateRanks();
    // Signals the changed rows (merged into runs) and drops the ranks.
    void rowsChanged(QList<int> rows, int firstColumn, int lastColumn);
    static std::vector<std::uint32_t> computeRanks(const QList<Row> &rows, const StringTable &strings, int column);

    QList<Row> m_rows;
    StringTable m_strings;
    QList<UnknownEnumValues> m_unknownEnums;
    QHash<QUuid, int> m_rowByUuid;
    QHash<StringTable::Index, int> m_rowByTextId;
    QHash<QString, StringTable::Index> m_pendingProfiles; // for devices not loaded yet
    mutable std::vector<std::vector<std::uint32_t>> m_ranks; // per column; empty: not computed
    quint64 m_generation = 0; // counts changes of the rows, for ranks computed on a worker
    QSet<int> m_preparing; // columns whose ranks a worker is computing
};

} // namespace ed
