#pragma once

#include "DeploymentProfile.h"
#include "TargetNames.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ed {

// Every Autopilot deployment profile of the tenant, one row each: what the profile is (name, join
// type, device type, locale, description, times) and what ProfileLoader learns about it afterwards
// (how many devices it has, and who it is assigned to, with group ids resolved to names). Those
// later facts have three states each: not known yet ("…"), known, or failed ("—", the reason in
// the tooltip); a failure never hides the profile.
class DeploymentProfileModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentProfileModel)
public:
    enum Column {
        NameColumn,
        JoinTypeColumn,
        DeviceTypeColumn,
        LocaleColumn,
        DescriptionColumn,
        CreatedColumn,
        ModifiedColumn,
        AssignedDevicesColumn,
        GroupAssignmentsColumn,
        ColumnCount
    };
    enum Role {
        // What the column sorts by: the text, the time as ms since the epoch (-1 when unset), the
        // assigned-device count (-1 while counting or when the count failed).
        RawValueRole = Qt::UserRole + 1,
        ProfileIdRole, // the profile id (any column)
    };

    explicit DeploymentProfileModel(QObject *parent = nullptr);
    ~DeploymentProfileModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row (one reset). Counts start unknown; assignments are known when the JSON
    // carried them ($expand=assignments), unknown otherwise. Group names already resolved are kept
    // (a refresh shows them at once); a failure to read them is forgotten.
    void setProfiles(QList<DeploymentProfile> profiles);
    void clear();

    const DeploymentProfile &profile(int row) const { return m_rows.at(row).profile; }
    QList<DeploymentProfile> profiles() const;
    // The row of a profile id; -1 when there is none.
    int rowOfId(const QString &profileId) const;

    // The number of devices the profile is assigned to (its assignedDevices).
    void setAssignedCount(const QString &profileId, qint64 count);
    // The count is being read (again): the cell shows "…".
    void setAssignedCountPending(const QString &profileId);
    void setAssignedCountFailed(const QString &profileId, const QString &reason);
    // The count, or nullopt while it is read or when reading it failed.
    std::optional<qint64> assignedCount(int row) const;

    // The profile's assignments (its `assignments` relationship).
    void setAssignments(const QString &profileId, const QList<Assignment> &assignments);
    void setAssignmentsFailed(const QString &profileId, const QString &reason);
    bool assignmentsKnown(int row) const { return m_rows.at(row).assignments.has_value(); }

    // Group names by id, as the directory answered. An id mapped to an empty name is a group the
    // directory no longer has: it shows as "Deleted group (<id>)". Names add to those known.
    void setGroupNames(const QHash<QString, QString> &names);
    // The names of the groups not resolved yet cannot be read: they show by id, reason in the tooltip.
    void setGroupNamesFailed(const QString &reason);
    // Every group id the assignments name (included and excluded), each once.
    QStringList assignedGroupIds() const;
    // The text of one assignment target ("Sales laptops", "Excluded: Kiosk test", "All devices",
    // "Deleted group (<id>)"), with the names known so far.
    QString targetText(const AssignmentTarget &target) const;
    // "Sales laptops; All devices; Excluded: Kiosk test": inclusions first, then exclusions.
    QString groupAssignmentsText(int row) const;

    // Readable forms shared with the details pane.
    static QString columnTitle(int column);
    static QString joinTypeText(const DeploymentProfile &profile);
    static QString deviceTypeText(const DeploymentProfile &profile);
    static QString userTypeText(const DeploymentProfile &profile);
    static QString deviceUsageText(const DeploymentProfile &profile);
    // "Operating system default", "en-GB"; "Not set" when empty.
    static QString localeText(const QString &locale);
    // localeText with the language spelt out: "en-GB (English, United Kingdom)".
    static QString localeDescription(const QString &locale);

private:
    struct Row
    {
        DeploymentProfile profile;
        std::optional<QList<Assignment>> assignments;
        QString assignmentsError;
        qint64 assignedCount = -1; // -1: not known
        QString countError;
    };
    void rebuildIndex();
    void emitRowChanged(int row, int column);

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    TargetNames m_names;
    QString m_groupNamesError;
};

} // namespace ed
