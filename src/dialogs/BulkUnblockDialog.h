#pragma once

#include "core/Expected.h"
#include "models/BulkUnblockJob.h"

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

// The progress and result of unblocking one device or thousands: "120 of 1,000", the time left,
// "Throttled by Microsoft Graph — resuming in 8 s", Cancel ("Cancelled: 340 sent, 660 not sent"),
// then a sortable result per device (serial, result, message, request id) with "failed only",
// Retry failed (a new job; the results merge), Copy (tab-separated) and Export CSV…. Closing it
// while devices are being sent cancels first. Not modal: the main window stays usable.
class BulkUnblockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkUnblockDialog)
public:
    enum Column { SerialColumn, ResultColumn, MessageColumn, RequestIdColumn, ColumnCount };

    // Starts unblocking `devices` (repeated ids count once) right away.
    BulkUnblockDialog(IntuneService &intune, ActivityJournal *journal, QString tenant, QList<UnblockTarget> devices,
                      QWidget *parent = nullptr);
    ~BulkUnblockDialog() override;

    // Shows a new dialog that deletes itself when closed; connect to devicesRefreshed for the rows.
    static BulkUnblockDialog *open(IntuneService &intune, ActivityJournal *journal, const QString &tenant,
                                   const QList<UnblockTarget> &devices, QWidget *parent);

    BulkUnblockJob *job() const { return m_job; }
    // One result per device, in the order given; a retry replaces the results of its devices.
    const QList<BulkUnblockJob::Result> &results() const { return m_results; }
    QString headingText() const;
    QString statusText() const;
    QString summaryText() const;

    // The rows shown (filter and sort applied), tab-separated with a header line: what Copy puts
    // on the clipboard.
    QString resultsText() const;
    // The rows shown as CSV (serial, device id, result, message, request id, client request id).
    Expected<qsizetype> exportCsv(const QString &path) const;
    void copyResults();
    void retryFailed();
    void setFailedOnly(bool failedOnly);

    // "1 min 20 s", "45 s", "2 h 5 min".
    static QString durationText(qint64 ms);
    // Test seam: the next Export CSV… uses this path instead of asking (empty: as if cancelled).
    static void setNextExportPath(const QString &path);

Q_SIGNALS:
    // Devices as Graph reports them after unblocking: the device views update these rows.
    void devicesRefreshed(const QList<ed::AutopilotDevice> &devices);
    // A job (the first or a retry) ended.
    void jobFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void startJob(const QList<UnblockTarget> &devices);
    void onJobFinished();
    void updateProgress();
    void updateStatus();
    void showResults();
    void exportResults();
    QList<int> shownRows() const;
    void showMessage(const QString &text, bool error);
    void fitHeight(int minimum);

    QPointer<IntuneService> m_intune;
    QPointer<ActivityJournal> m_journal;
    const QString m_tenant;
    QList<UnblockTarget> m_targets;
    QList<BulkUnblockJob::Result> m_results;
    QHash<QString, int> m_rowById;
    QList<int> m_jobRows; // for each device of the current job, its row in m_results
    BulkUnblockJob *m_job = nullptr;
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
