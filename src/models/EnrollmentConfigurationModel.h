#pragma once

#include "EnrollmentConfiguration.h"
#include "TargetNames.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ed {

// Every device enrollment configuration of the tenant, one row each, in the order the Intune
// portal shows them (the model's own order; a proxy may sort by any column):
//   1. by family: device limit, device platform restrictions (single-platform and the plural
//      default), Windows Hello for Business, Enrollment Status Page, co-management authority,
//      Windows restore, enrollment notifications, other types;
//   2. inside a family the custom configurations by priority (1 first), single-platform
//      restrictions platform by platform, and the family's default (priority 0) last: the default
//      applies only when no custom configuration does.
// Group names in the assignments column are resolved later (ConfigurationLoader): "…" while they
// are read, the group id with the reason in the tooltip when they cannot be.
class EnrollmentConfigurationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentConfigurationModel)
public:
    enum Column {
        PriorityColumn,
        NameColumn,
        TypeColumn,
        LimitColumn,
        AssignmentsColumn,
        VersionColumn,
        ModifiedColumn,
        DescriptionColumn, // hidden by default
        ColumnCount
    };
    enum Role {
        // What the column sorts by: the portal order (priority column), the limit and version as
        // numbers (-1 when none), the time as ms since the epoch (-1 when unset), else the text.
        RawValueRole = Qt::UserRole + 1,
        ConfigurationIdRole, // the configuration id (any column)
        IsDefaultRole, // bool (any column)
    };

    explicit EnrollmentConfigurationModel(QObject *parent = nullptr);
    ~EnrollmentConfigurationModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row (one reset), in the portal order. Assignments are known when the JSON
    // carried them ($expand=assignments) and for the defaults (they are never assigned). Group
    // names already resolved are kept (a reload shows them at once); a failure to read them is
    // forgotten.
    void setConfigurations(QList<EnrollmentConfiguration> configurations);
    void clear();

    const EnrollmentConfiguration &configuration(int row) const { return m_rows.at(row).configuration; }
    QList<EnrollmentConfiguration> configurations() const;
    // nullptr when the model has no configuration of that id.
    const EnrollmentConfiguration *byId(const QString &configurationId) const;
    int rowOfId(const QString &configurationId) const; // -1 when none

    // A configuration as the server now has it (after an edit): replaces the row of its id and
    // keeps what is known of its group names. When `updated` carries no assignments (a PATCH
    // answer without $expand), the row keeps the ones it had. The row moves if its place in the
    // order changed (a layout change, persistent indexes follow). False when the id is unknown.
    bool replaceConfiguration(const EnrollmentConfiguration &updated);

    // The configuration's assignments, read separately (its JSON did not carry them).
    void setAssignments(const QString &configurationId, const QList<Assignment> &assignments);
    void setAssignmentsFailed(const QString &configurationId, const QString &reason);
    bool assignmentsKnown(int row) const { return m_rows.at(row).assignments.has_value(); }
    // The row's assignments; empty while unknown.
    QList<Assignment> assignments(int row) const;

    // Group names by id as the directory answered, and the ids it did not return (deleted groups:
    // "Deleted group (<id>)", never dropped). Names add to those known.
    void setGroupNames(const QHash<QString, QString> &names, const QStringList &deleted = {});
    // The names not resolved yet cannot be read: they show as "Group <id>", the reason in the
    // tooltip. Cleared by setConfigurations().
    void setGroupNamesFailed(const QString &reason);
    // The names are being read (again): unresolved ones show "…" instead of the failure.
    void clearGroupNamesFailure();
    QString groupNamesError() const { return m_groupNamesError; }
    const TargetNames &targetNames() const { return m_names; }
    // Every group id the assignments name (included and excluded), each once.
    QStringList assignedGroupIds() const;
    // Those whose name is not known yet.
    QStringList unresolvedGroupIds() const;

    // "Sales laptops; Excluded: Kiosk test", "All users and all devices" for a default, "…" while
    // the names (or the assignments) are read, "—" when the assignments could not be read.
    QString assignmentsText(int row) const;
    // One target a line, inclusions first ("Deleted group (<id>)" kept), plus why names or
    // assignments are missing: the details pane's and the tooltip's form.
    QStringList assignmentLines(int row) const;

    // The row above (step -1) or below (step +1) in the same priority family: a custom
    // configuration of the same type (single-platform restrictions: of the same platform). -1 at
    // the family's ends, for a default and for a type the app does not know.
    int familyNeighbour(int row, int step) const;
    // Why the row cannot move that way (a sentence for a tooltip); empty when it can.
    QString moveBlockedReason(int row, int step) const;

    // Readable forms shared with the details pane.
    static QString columnTitle(int column);
    // "Device limit", "Device platform restrictions", "Device platform restriction (Windows)",
    // "Windows Hello for Business", "Enrollment Status Page", "Co-management authority",
    // "Windows restore", "Enrollment notifications", "Other: <type name>".
    static QString typeText(const EnrollmentConfiguration &configuration);
    // enrollmentRestrictionPlatformType in words ("Windows", "iOS/iPadOS", …); the value itself
    // when the app does not know it; "Not set" when empty.
    static QString platformText(const QString &platformType);
    // The setPriority family: type, plus the platform for single-platform restrictions.
    static QString familyKey(const EnrollmentConfiguration &configuration);
    static QString defaultToolTip();

private:
    struct Row
    {
        EnrollmentConfiguration configuration;
        std::optional<QList<Assignment>> assignments;
        QString assignmentsError;
    };
    static bool lessInOrder(const EnrollmentConfiguration &a, const EnrollmentConfiguration &b);
    static Row makeRow(EnrollmentConfiguration configuration);
    void rebuildIndex();
    void emitColumnChanged(int column);

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    TargetNames m_names;
    QString m_groupNamesError;
};

} // namespace ed
