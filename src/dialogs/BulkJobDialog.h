#pragma once

#include "core/Expected.h"
#include "models/BulkDeviceJob.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace ed {

class ActivityJournal;
class IntuneService;

// The progress and result of a write to one device or thousands (any BulkDeviceJob): "120 of
// 1,000", the time left, "Throttled by Microsoft Graph — resuming in 8 s", Cancel ("Cancelled:
// 340 sent, 660 not sent"), what the job does after the writes (re-reading the devices, waiting
// for Intune), then a sortable result per device (serial, result, what Intune reports, message,
// request id) with "failed only", Retry failed (a new job; the results merge), Copy
// (tab-separated) and Export CSV…. Closing it while devices are being sent cancels first. Not
// modal: the main window stays usable. Subclasses make the job and word the texts.
class BulkJobDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkJobDialog)
public:
    enum Column { SerialColumn, ResultColumn, ReportedColumn, MessageColumn, RequestIdColumn, ColumnCount };

    ~BulkJobDialog() override;

    BulkDeviceJob *job() const { return m_job; }
    // One result per device, in the order given; a retry replaces the results of its devices.
    const QList<BulkDeviceJob::Result> &results() const { return m_results; }
    QString headingText() const;
    QString statusText() const;
    QString summaryText() const;

    // The rows shown (filter and sort applied), tab-separated with a header line: what Copy puts
    // on the clipboard.
    QString resultsText() const;
    // The rows shown as CSV (serial, device id, result, reported, message, request id, client request id).
    Expected<qsizetype> exportCsv(const QString &path) const;
    void copyResults();
    void retryFailed();
    void setFailedOnly(bool failedOnly);

    // "1 min 20 s", "45 s", "2 h 5 min".
    static QString durationText(qint64 ms);
    // Test seam: the next Export CSV… uses this path instead of asking (empty: as if cancelled).
    static void setNextExportPath(const QString &path);

Q_SIGNALS:
    // Devices as Graph reports them after the write: the device views update these rows.
    void devicesRefreshed(const QList<ed::AutopilotDevice> &devices);
    // A job (the first or a retry) ended.
    void jobFinished();

protected:
    // devices: (device id, serial) in the order given; repeated ids count once.
    BulkJobDialog(IntuneService &intune, ActivityJournal *journal, QString tenant,
                  const QList<std::pair<QString, QString>> &devices, QWidget *parent);
    // (device id, serial) of each target: what the constructor takes.
    template<typename Target>
    static QList<std::pair<QString, QString>> idsAndSerials(const QList<Target> &targets)
    {
        QList<std::pair<QString, QString>> list;
        list.reserve(targets.size());
        for (const Target &target : targets)
            list.append(std::pair(target.deviceId, target.serial));
        return list;
    }
    // The targets in the order of results(): the first of repeated ids.
    template<typename Target>
    QList<Target> inResultOrder(const QList<Target> &targets) const
    {
        QHash<QString, Target> byId;
        for (const Target &target : targets)
            if (!byId.contains(target.deviceId))
                byId.insert(target.deviceId, target);
        QList<Target> ordered;
        ordered.reserve(m_results.size());
        for (const BulkDeviceJob::Result &result : m_results)
            ordered.append(byId.value(result.deviceId));
        return ordered;
    }
    // Call at the end of the subclass's constructor: starts the first job with every device.
    void startAll();

    // A new job for these devices (indexes into results(), i.e. the order given).
    virtual BulkDeviceJob *createJob(IntuneService &intune, ActivityJournal *journal, const QString &tenant,
                                     const QList<int> &devices) = 0;
    // "Unblocking 40 devices…" (retry: "Retrying 3 devices…").
    virtual QString runningHeading(int count, bool retry) const = 0;
    // While the job is Verifying.
    virtual QString verifyingStatus() const = 0;
    // "Unblock finished" / "Unblock cancelled".
    virtual QString endHeading(bool cancelled) const = 0;
    // One device's end: "ABC123 was unblocked: it can enroll once more."
    virtual QString singleResultText(const BulkDeviceJob::Result &result) const = 0;
    // Counts at the end: "All 40 devices were unblocked." / "38 unblocked, 2 failed, 0 not sent."
    virtual QString countsText(int succeeded, int failed, int notSent) const = 0;
    // Anything else for the summary (re-read failures, the follow-up's outcome); may be empty.
    virtual QStringList extraSummary() const { return {}; }
    // File name stem for Export CSV… ("unblock-results").
    virtual QString exportStem() const = 0;

    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void startJob(const QList<int> &devices);
    void onJobFinished();
    void updateProgress();
    void updateStatus();
    void updateRow(int row);
    void showResults();
    void exportResults();
    QList<int> shownRows() const;
    void showMessage(const QString &text, bool error);
    void fitHeight(int minimum);
    QString outcomeText(BulkDeviceJob::Outcome outcome) const;

    QPointer<IntuneService> m_intune;
    QPointer<ActivityJournal> m_journal;
    const QString m_tenant;
    QList<BulkDeviceJob::Result> m_results;
    QHash<QString, int> m_rowById;
    QList<int> m_jobRows; // for each device of the current job, its row in m_results
    BulkDeviceJob *m_job = nullptr;
    bool m_closeWhenDone = false; // closed while sending: close once the cancel is through

    QLabel *m_heading;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    QCheckBox *m_failedOnly;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_message;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QPushButton *m_export;
    QPushButton *m_close;
    QTimer *m_tick;
};

} // namespace ed
