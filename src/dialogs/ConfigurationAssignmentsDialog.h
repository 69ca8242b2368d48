#pragma once

#include "auth/GrantedPermissions.h"
#include "graph/GraphError.h"
#include "models/AssignmentEditor.h"
#include "models/EnrollmentConfiguration.h"
#include "models/Group.h"
#include "models/TargetNames.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QString>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ed {

class ActivityJournal;
class ConfigurationWriter;
class GraphReply;
class GroupNameLookup;
class GroupPicker;
class IntuneService;
struct GraphResponse;

// "Assignments…" of one enrollment configuration (issue 7 point 4). Graph's `assign` replaces the
// whole assignment set, so this dialog never posts anything but the complete set it has read and
// the user has changed:
//   - on open it reads the configuration's assignments again (never trusting the list's copy) and
//     names their groups (getByIds); a group the directory no longer has is shown as "Deleted
//     group (<id>)" with a warning, and kept unless the user removes it;
//   - the included and excluded targets in two lists; groups are added from the GroupPicker, All
//     users, All devices and Configuration Manager collections with their own controls; a
//     contradiction (a group both included and excluded, a target already there, a malformed
//     collection id) is refused inline with the reason;
//   - the preview always says what Save adds and removes; Save asks first (warning strongly when
//     nothing would remain), posts the complete set through ConfigurationWriter (journalled),
//     then shows the assignments Intune reports afterwards;
//   - a failed save is shown inline with details to copy, and the edits stay.
// A default configuration, Windows restore, or a token without the write permission gives a
// read-only dialog with a banner saying why.
class ConfigurationAssignmentsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationAssignmentsDialog)
public:
    enum class State { Loading, LoadFailed, Editing, Saving, ReadOnly };

    // What Save asks before posting: heading, the changes (+N / −M and the preview), the warnings,
    // and whether the safe answer (Cancel) is the default.
    struct Confirmation
    {
        QString heading;
        QString details;
        int added = 0;
        int removed = 0;
        bool removesAll = false;
        bool cancelIsDefault = false;

        QString text() const;
    };

    ConfigurationAssignmentsDialog(IntuneService &intune, ActivityJournal *journal, QString tenant,
                                   EnrollmentConfiguration configuration, GrantedPermissions permissions,
                                   QWidget *parent = nullptr);
    ~ConfigurationAssignmentsDialog() override;

    State state() const { return m_state; }
    // Why the dialog is read-only (empty when it is not).
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The configuration as last read (or as Save left it).
    const EnrollmentConfiguration &configuration() const { return m_configuration; }
    const AssignmentEditor &editor() const { return m_editor; }
    const TargetNames &names() const { return m_names; }
    GroupPicker *picker() const { return m_picker; }
    QString previewText() const;
    Confirmation confirmation() const;
    const Confirmation &lastConfirmation() const { return m_lastConfirmation; }

    // What the controls do (public for keyboard use and tests); each shows its refusal inline.
    void includeGroups(const QList<Group> &groups);
    void excludeGroups(const QList<Group> &groups);
    void addAllUsers();
    void addAllDevices();
    void addCollection();
    void removeSelected();
    void save();
    // Reads the assignments again (after a failed read); edits not saved are dropped.
    void reload();

    // Test seams: the next Save confirmation / the next "discard changes?" question on closing is
    // answered with this instead of being shown (then cleared).
    static void setNextConfirmAnswer(std::optional<bool> answer);
    static void setNextDiscardAnswer(std::optional<bool> answer);

Q_SIGNALS:
    // Intune accepted the new set; configuration carries the assignments read back afterwards.
    void saved(const ed::EnrollmentConfiguration &configuration);

public Q_SLOTS:
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void onRead(const GraphResponse &response);
    void readAssignmentsSeparately();
    void startEditing(const EnrollmentConfiguration &configuration);
    void onLoadFailed(const GraphError &error);
    void resolveNames();
    void onSaved(const EnrollmentConfiguration &configuration);
    void onSaveFailed(const GraphError &error);
    void applyOutcome(const AssignmentEditor::Outcome &outcome);
    void rememberGroups(const QList<Group> &groups);
    void refreshLists();
    void fillItem(QTreeWidgetItem *item, const AssignmentEditor::Entry &entry) const;
    void updateState();
    void showEditorMessage(const QString &text);
    void showError(const QString &text, const QString &details);
    void clearError();
    bool canWrite() const;

    QPointer<IntuneService> m_intune;
    EnrollmentConfiguration m_configuration;
    GrantedPermissions m_permissions;
    AssignmentEditor m_editor;
    TargetNames m_names;
    QHash<QString, Group> m_groups; // what the directory or the picker said about a group id
    State m_state = State::Loading;
    QString m_readOnlyReason;
    QString m_errorDetails;
    QString m_namesNote;
    Confirmation m_lastConfirmation;
    QPointer<GraphReply> m_read;
    GroupNameLookup *m_lookup;
    ConfigurationWriter *m_writer;

    QLabel *m_heading;
    QLabel *m_banner;
    QLabel *m_loadStatus;
    QPushButton *m_retryLoad;
    QTreeWidget *m_included;
    QTreeWidget *m_excluded;
    QPushButton *m_remove;
    QPushButton *m_addAllUsers;
    QPushButton *m_addAllDevices;
    QLineEdit *m_collection;
    QPushButton *m_addCollection;
    QWidget *m_groupsBox;
    GroupPicker *m_picker;
    QLabel *m_editorMessage;
    QLabel *m_namesMessage;
    QLabel *m_preview;
    QLabel *m_previewWarning;
    QLabel *m_error;
    QPushButton *m_copyDetails;
    QLabel *m_saveStatus;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace ed
