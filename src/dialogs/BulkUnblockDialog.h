#pragma once

#include "dialogs/BulkJobDialog.h"
#include "models/BulkUnblockJob.h"

namespace ed {

// Unblocking (allowNextEnrollment) one device or thousands: BulkJobDialog with BulkUnblockJob.
class BulkUnblockDialog final : public BulkJobDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkUnblockDialog)
public:
    // Starts unblocking `devices` (repeated ids count once) right away.
    BulkUnblockDialog(IntuneService &intune, ActivityJournal *journal, QString tenant, QList<UnblockTarget> devices,
                      QWidget *parent = nullptr);
    ~BulkUnblockDialog() override;

    // Shows a new dialog that deletes itself when closed; connect to devicesRefreshed for the rows.
    static BulkUnblockDialog *open(IntuneService &intune, ActivityJournal *journal, const QString &tenant,
                                   const QList<UnblockTarget> &devices, QWidget *parent);

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
    QList<UnblockTarget> m_targets; // in the order of results()
};

} // namespace ed
