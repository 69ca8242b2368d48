#pragma once

#include "models/DeploymentProfile.h"
#include "models/ProfileAssignJob.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace ed {

class AutopilotDeviceModel;
class ChosenDevicesModel;
class DeviceFilterProxyModel;
class GraphBatch;
class IntuneService;

// "Assign profile": one deployment profile, the devices it goes to, and a confirmation. Opened
// from a profile ("Assign to devices…": the profile is fixed, the devices are picked here) or from
// the devices view ("Assign profile…": the selection is preset, the profile is picked here).
//
// Left: the tenant's devices (the shared AutopilotDeviceModel, searched through the dialog's own
// filter), added with Add, Enter or a double-click, or by pasting a list of serials. Right: the
// chosen devices with the profile each has (deploymentProfile) and is meant to get
// (intendedDeploymentProfile), read from Graph for every device added (20 to a $batch), and a
// warning on each device whose profile this assignment replaces. Assign asks first, naming the
// profile, the count and the profiles replaced; only a Yes emits assignRequested (nothing is sent
// from here: the caller runs the ProfileAssignJob).
class AssignProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignProfileDialog)
public:
    // Devices of another profile the confirmation lists by name (the rest are counted).
    static constexpr int listedReplacements = 10;

    // What Assign asks: heading ("Assign “Kiosk” to 40 devices?"), the explanation with the
    // profiles replaced, and whether the safe answer (Cancel) is the default.
    struct Confirmation
    {
        QString heading;
        QString details;
        int replacing = 0;
        bool cancelIsDefault = false;

        QString text() const;
    };

    AssignProfileDialog(IntuneService &intune, const AutopilotDeviceModel &devices, QList<DeploymentProfile> profiles,
                        QWidget *parent = nullptr);
    ~AssignProfileDialog() override;

    // fixed: the profile cannot be changed (opened from the profile). An unknown id selects none.
    void setProfile(const QString &profileId, bool fixed);
    // Adds devices by Autopilot device id (ignoring those already chosen) and reads their profiles.
    void addDevices(const QStringList &deviceIds);
    // Adds the devices with these serials; returns the serials no device has (also shown inline).
    QStringList addSerials(const QStringList &serials);

    QString profileId() const;
    QString profileName() const;
    QList<ProfileAssignTarget> targets() const;
    int chosenCount() const;
    // Chosen devices whose profile (intended as read, else the table's assigned profile) is
    // another one / this one.
    int replacingCount() const;
    int alreadyAssignedCount() const;
    // Profile reads still outstanding (current and intended, per device).
    int pendingReads() const;
    // The question Assign would ask now, and the one it asked last (empty before the first).
    Confirmation confirmation() const;
    const Confirmation &lastConfirmation() const { return m_lastConfirmation; }

    // Test seam: the next confirmation is answered with this instead of being shown (then cleared).
    static void setNextConfirmAnswer(std::optional<bool> answer);

Q_SIGNALS:
    // The user confirmed: assign profileId to these devices.
    void assignRequested(const QString &profileId, const QString &profileName,
                         const QList<ed::ProfileAssignTarget> &devices);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onProfileChanged();
    void applySearch();
    void addSelectedDevices();
    void pasteSerials();
    void removeSelected();
    void clearChosen();
    void readProfiles(const QStringList &deviceIds, bool intended);
    void scheduleUpdate();
    void updateState();
    void assign();
    const DeploymentProfile *currentProfile() const;

    // Both outlive the dialog in the app; if either goes first (signing out, closing the window)
    // the dialog closes and sends nothing.
    QPointer<IntuneService> m_intune;
    QPointer<const AutopilotDeviceModel> m_devices;
    QList<DeploymentProfile> m_profiles;
    DeviceFilterProxyModel *m_proxy;
    ChosenDevicesModel *m_chosen;
    QComboBox *m_profileCombo;
    QLabel *m_joinType;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QTableView *m_deviceTable;
    QLabel *m_shownCount;
    QPushButton *m_add;
    QPushButton *m_paste;
    QLabel *m_pasteResult;
    QToolButton *m_copyNotFound;
    QTableView *m_chosenTable;
    QPushButton *m_remove;
    QPushButton *m_clear;
    QLabel *m_count;
    QPushButton *m_assign;
    QPushButton *m_cancel;
    QTimer *m_updateTimer;
    QStringList m_notFound;
    QList<QPointer<GraphBatch>> m_reads;
    Confirmation m_lastConfirmation;
};

} // namespace ed
