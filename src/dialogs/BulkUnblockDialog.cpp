#include "BulkUnblockDialog.h"

#include <QLocale>

namespace ed {

BulkUnblockDialog::BulkUnblockDialog(IntuneService &intune, ActivityJournal *journal, QString tenant,
                                     QList<UnblockTarget> devices, QWidget *parent)
    : BulkJobDialog(intune, journal, std::move(tenant), idsAndSerials(devices), parent)
{
    setObjectName(QStringLiteral("BulkUnblockDialog"));
    setAccessibleName(tr("Unblock devices"));
    setWindowTitle(tr("Unblock devices"));
    m_targets = inResultOrder(devices);
    startAll();
}

BulkUnblockDialog::~BulkUnblockDialog() = default;

BulkUnblockDialog *BulkUnblockDialog::open(IntuneService &intune, ActivityJournal *journal, const QString &tenant,
                                           const QList<UnblockTarget> &devices, QWidget *parent)
{
    auto *dialog = new BulkUnblockDialog(intune, journal, tenant, devices, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

BulkDeviceJob *BulkUnblockDialog::createJob(IntuneService &intune, ActivityJournal *journal, const QString &tenant,
                                            const QList<int> &devices)
{
    QList<UnblockTarget> targets;
    targets.reserve(devices.size());
    for (const int index : devices)
        targets.append(m_targets.at(index));
    return new BulkUnblockJob(targets, intune, journal, tenant, this);
}

QString BulkUnblockDialog::runningHeading(int count, bool retry) const
{
    return retry ? tr("Retrying %Ln device(s)…", nullptr, count) : tr("Unblocking %Ln device(s)…", nullptr, count);
}

QString BulkUnblockDialog::verifyingStatus() const
{
    return tr("Reading the unblocked devices' status from Intune…");
}

QString BulkUnblockDialog::endHeading(bool cancelled) const
{
    return cancelled ? tr("Unblock cancelled") : tr("Unblock finished");
}

QString BulkUnblockDialog::singleResultText(const BulkDeviceJob::Result &result) const
{
    const QString name = result.serial.isEmpty() ? result.deviceId : result.serial;
    switch (result.outcome) {
    case BulkDeviceJob::Outcome::Succeeded:
        return tr("%1 was unblocked: it can enroll once more.").arg(name);
    case BulkDeviceJob::Outcome::Failed:
        return tr("%1 was not unblocked. %2").arg(name, result.message);
    case BulkDeviceJob::Outcome::Pending:
    case BulkDeviceJob::Outcome::NotSent:
        break;
    }
    return tr("%1 was not unblocked: the request was not sent.").arg(name);
}

QString BulkUnblockDialog::countsText(int succeeded, int failed, int notSent) const
{
    const QLocale locale;
    if (failed == 0 && notSent == 0)
        return tr("All %Ln device(s) were unblocked.", nullptr, succeeded);
    if (notSent == 0)
        return tr("%1 unblocked, %2 failed.").arg(locale.toString(succeeded), locale.toString(failed));
    return tr("%1 unblocked, %2 failed, %3 not sent.")
            .arg(locale.toString(succeeded), locale.toString(failed), locale.toString(notSent));
}

QStringList BulkUnblockDialog::extraSummary() const
{
    const auto *unblock = qobject_cast<const BulkUnblockJob *>(job());
    if (!unblock || unblock->refreshFailures() == 0)
        return {};
    return {tr("%Ln unblocked device(s) could not be read again; refresh the device list to see their current "
               "status.",
               nullptr, unblock->refreshFailures())};
}

QString BulkUnblockDialog::exportStem() const
{
    return QStringLiteral("unblock-results");
}

} // namespace ed
