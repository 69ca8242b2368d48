#include "ProfileAssignResultsDialog.h"

#include "graph/GraphClient.h"

#include <QLocale>

namespace ed {

namespace {

qint64 &followUpLimit()
{
    static qint64 limit = -1; // -1: the job's default
    return limit;
}

} // namespace

ProfileAssignResultsDialog::ProfileAssignResultsDialog(IntuneService &intune, ActivityJournal *journal, QString tenant,
                                                       QString profileId, QString profileName,
                                                       QList<ProfileAssignTarget> devices, QWidget *parent)
    : BulkJobDialog(intune, journal, std::move(tenant), idsAndSerials(devices), parent)
    , m_profileId(std::move(profileId))
    , m_profileName(std::move(profileName))
{
    setObjectName(QStringLiteral("ProfileAssignResultsDialog"));
    setAccessibleName(tr("Assign deployment profile"));
    //: Window title: the deployment profile's name
    setWindowTitle(tr("Assign “%1”").arg(m_profileName));
    m_targets = inResultOrder(devices);
    startAll();
}

ProfileAssignResultsDialog::~ProfileAssignResultsDialog() = default;

ProfileAssignResultsDialog *ProfileAssignResultsDialog::open(IntuneService &intune, ActivityJournal *journal,
                                                             const QString &tenant, const QString &profileId,
                                                             const QString &profileName,
                                                             const QList<ProfileAssignTarget> &devices, QWidget *parent)
{
    auto *dialog = new ProfileAssignResultsDialog(intune, journal, tenant, profileId, profileName, devices, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ProfileAssignResultsDialog::setFollowUpLimitMs(qint64 ms)
{
    followUpLimit() = ms;
}

BulkDeviceJob *ProfileAssignResultsDialog::createJob(IntuneService &intune, ActivityJournal *journal,
                                                     const QString &tenant, const QList<int> &devices)
{
    QList<ProfileAssignTarget> targets;
    targets.reserve(devices.size());
    for (const int index : devices)
        targets.append(m_targets.at(index));
    auto *job = new ProfileAssignJob(m_profileId, m_profileName, targets, intune, journal, tenant, this);
    if (followUpLimit() >= 0)
        job->setFollowUpLimitMs(followUpLimit());
    return job;
}

QString ProfileAssignResultsDialog::runningHeading(int count, bool retry) const
{
    return retry ? tr("Retrying %Ln device(s)…", nullptr, count)
                 : tr("Assigning “%1” to %Ln device(s)…", nullptr, count).arg(m_profileName);
}

QString ProfileAssignResultsDialog::verifyingStatus() const
{
    const auto *assign = qobject_cast<const ProfileAssignJob *>(job());
    if (!assign)
        return {};
    const QLocale locale;
    const int accepted = assign->succeededCount();
    QString text = tr("Waiting for Intune to apply the profile: %1 of %2 assigned.")
                           .arg(locale.toString(assign->confirmedCount()), locale.toString(accepted));
    if (assign->nextCheckAt() > 0) {
        const qint64 wait = std::max<qint64>(0, assign->nextCheckAt() - GraphClient::now());
        const int seconds = static_cast<int>((wait + 999) / 1000);
        text += u' ' + (seconds > 0 ? tr("Next check in %n s.", nullptr, seconds) : tr("Checking…"));
    }
    return text;
}

QString ProfileAssignResultsDialog::endHeading(bool cancelled) const
{
    return cancelled ? tr("Assignment cancelled") : tr("Assignment finished");
}

QString ProfileAssignResultsDialog::singleResultText(const BulkDeviceJob::Result &result) const
{
    const QString name = result.serial.isEmpty() ? result.deviceId : result.serial;
    switch (result.outcome) {
    case BulkDeviceJob::Outcome::Succeeded:
        return tr("“%1” was assigned to %2. Intune reports: %3.")
                .arg(m_profileName, name, result.reported.isEmpty() ? tr("not read yet") : result.reported);
    case BulkDeviceJob::Outcome::Failed:
        return tr("“%1” was not assigned to %2. %3").arg(m_profileName, name, result.message);
    case BulkDeviceJob::Outcome::Pending:
    case BulkDeviceJob::Outcome::NotSent:
        break;
    }
    return tr("“%1” was not assigned to %2: the request was not sent.").arg(m_profileName, name);
}

QString ProfileAssignResultsDialog::countsText(int succeeded, int failed, int notSent) const
{
    const QLocale locale;
    if (failed == 0 && notSent == 0)
        return tr("“%1” was assigned to all %Ln device(s).", nullptr, succeeded).arg(m_profileName);
    if (notSent == 0)
        return tr("%1 assigned, %2 failed.").arg(locale.toString(succeeded), locale.toString(failed));
    return tr("%1 assigned, %2 failed, %3 not sent.")
            .arg(locale.toString(succeeded), locale.toString(failed), locale.toString(notSent));
}

QStringList ProfileAssignResultsDialog::extraSummary() const
{
    const auto *assign = qobject_cast<const ProfileAssignJob *>(job());
    if (!assign || assign->succeededCount() == 0 || assign->total() == 1)
        return {};
    const QLocale locale;
    if (assign->waitingCount() == 0)
        return {tr("Intune reports the profile assigned on every one of them.")};
    return {tr("Intune reports %1 of them assigned; %2 are still pending (Intune may take several minutes: refresh "
               "the device list later).")
                    .arg(locale.toString(assign->confirmedCount()), locale.toString(assign->waitingCount()))};
}

QString ProfileAssignResultsDialog::exportStem() const
{
    return QStringLiteral("profile-assignment-results");
}

} // namespace ed
