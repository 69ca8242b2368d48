#pragma once

#include "dialogs/BulkJobDialog.h"
#include "models/ProfileAssignJob.h"

namespace ed {

// Assigning a deployment profile to one device or thousands: BulkJobDialog with ProfileAssignJob.
// After the writes it waits for Intune, visibly ("Waiting for Intune: 12 of 40 assigned — next
// check in 4 s"), and the "Intune reports" column follows each device from Pending to Assigned.
class ProfileAssignResultsDialog final : public BulkJobDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileAssignResultsDialog)
public:
    // Starts assigning right away (repeated device ids count once).
    ProfileAssignResultsDialog(IntuneService &intune, ActivityJournal *journal, QString tenant, QString profileId,
                               QString profileName, QList<ProfileAssignTarget> devices, QWidget *parent = nullptr);
    ~ProfileAssignResultsDialog() override;

    // Shows a new dialog that deletes itself when closed; connect to devicesRefreshed for the rows.
    static ProfileAssignResultsDialog *open(IntuneService &intune, ActivityJournal *journal, const QString &tenant,
                                            const QString &profileId, const QString &profileName,
                                            const QList<ProfileAssignTarget> &devices, QWidget *parent);

    const QString &profileId() const { return m_profileId; }
    // Test seam: every job this dialog starts waits at most this long for Intune.
    static void setFollowUpLimitMs(qint64 ms);

protected:
    BulkDeviceJob *createJob(IntuneService &intune, ActivityJournal *journal, const QString &tenant,
                             const QList<int> &devices) override;
    QString runningHeading(int count, bool retry) const override;
    QString verifyingStatus() const override;
    QString endHeading(bool cancelled) const override;
    QString singleResultText(const BulkDeviceJob::Result &result) const override;
    QString countsText(int succeeded, int failed, int notSent) const override;
    QStringList extraSummary() const override;
    QString exportStem() const override;

private:
    const QString m_profileId;
    const QString m_profileName;
    QList<ProfileAssignTarget> m_targets; // in the order of results()
};

} // namespace ed
