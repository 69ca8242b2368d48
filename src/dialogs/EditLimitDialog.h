#pragma once

#include "auth/GrantedPermissions.h"
#include "graph/GraphError.h"
#include "models/EnrollmentConfiguration.h"

#include <QDialog>
#include <QPointer>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QWidget;

namespace ed {

class ActivityJournal;
class ConfigurationWriter;
class IntuneService;

// "Edit device limit" for one device-limit configuration (issue 7 point 3): the configuration,
// its current limit, a spin box 1–15 (nothing else can be entered), the note that device limits
// do not apply to Autopilot and Entra join enrollments, and Save, which PATCHes only `limit` and
// the subtype's @odata.type through ConfigurationWriter (journalled with before and after).
// Success emits saved() with the server's entity (new limit, version, last modified) and closes.
// A failure is shown inline with its details to copy; the value entered stays and Save can be
// pressed again. Save is disabled while the value is the current one, while saving, and when the
// token lacks the write permission (the tooltip names it). Closing while saving abandons the
// write cleanly: one not sent yet is not sent, one on the wire is left to the journal.
class EditLimitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditLimitDialog)
public:
    EditLimitDialog(IntuneService &intune, ActivityJournal *journal, QString tenant,
                    EnrollmentConfiguration configuration, GrantedPermissions permissions, QWidget *parent = nullptr);
    ~EditLimitDialog() override;

    const EnrollmentConfiguration &configuration() const { return m_configuration; }
    int currentLimit() const; // the limit the dialog started from (0 when the configuration has none)
    int chosenLimit() const; // the spin box's value
    bool isSaving() const;
    // Save would send now.
    bool canSave() const;
    // The failure shown (summary), and what Copy details copies; empty when none is shown.
    QString errorText() const;
    QString errorDetails() const;
    // The dialog was closed while saving: the write may have been made (a write already on the
    // wire is not aborted; its outcome goes to the activity log), so the caller should read the
    // configuration again.
    bool closedWhileSaving() const { return m_closedWhileSaving; }
    ConfigurationWriter *writer() const { return m_writer; }

    void save();
    void copyDetails();

    // The permission Save needs, any one of them (IntuneService::spec).
    static QStringList requiredPermissions();

Q_SIGNALS:
    // The server's configuration after the edit (assignments as the caller's were).
    void saved(const ed::EnrollmentConfiguration &updated);

public Q_SLOTS:
    void reject() override;

private:
    void onSaved(const EnrollmentConfiguration &updated);
    void onFailed(const GraphError &error);
    void showError(const QString &text, const QString &details);
    void clearError();
    void updateState();
    QString limitText(int limit) const;

    QPointer<IntuneService> m_intune;
    EnrollmentConfiguration m_configuration;
    const GrantedPermissions m_permissions;
    ConfigurationWriter *m_writer;
    QLabel *m_name;
    QLabel *m_current;
    QSpinBox *m_spin;
    QLabel *m_note;
    QLabel *m_permissionNote;
    QWidget *m_busyRow;
    QProgressBar *m_busy;
    QLabel *m_busyText;
    QWidget *m_errorRow;
    QLabel *m_errorIcon;
    QLabel *m_error;
    QPushButton *m_copyDetails;
    QLabel *m_copyStatus;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QString m_errorDetails;
    bool m_closedWhileSaving = false;
};

} // namespace ed
