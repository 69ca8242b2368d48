#include "BulkUnblockDialog.h"

#include "core/CsvWriter.h"
#include "core/Logging.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// Item data on the serial column: the row in results(); on the result column: "1" when the
// device still needs unblocking (failed or not sent), for the "failed only" filter.
constexpr int ResultIndexRole = Qt::UserRole + 1;
constexpr int NeedsRetryRole = Qt::UserRole + 2;

std::optional<QString> &nextExportPath()
{
    static std::optional<QString> path;
    return path;
}

QString number(qsizetype n)
{
    return QLocale().toString(n);
}

// One line per row, one tab between cells: cells lose their own tabs and line breaks.
QString plainCell(const QString &text)
{
    QString cell = text;
    cell.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return cell;
}

// A spreadsheet runs a cell that starts with = + - @ as a formula: a serial or message from the
// tenant must not run anything.
QString safeCell(const QString &text)
{
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'))
        return u'\'' + text;
    return text;
}

bool needsRetry(BulkUnblockJob::Outcome outcome)
{
    return outcome == BulkUnblockJob::Outcome::Failed || outcome == BulkUnblockJob::Outcome::NotSent;
}

} // namespace

BulkUnblockDialog::BulkUnblockDialog(IntuneService &intune, ActivityJournal *journal, QString tenant,
                                     QList<UnblockTarget> devices, QWidget *parent)
    : QDialog(parent)
    , m_intune(&intune)
    , m_journal(journal)
    , m_tenant(std::move(tenant))
    , m_heading(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_failedOnly(new QCheckBox(tr("Show failed only"), this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_message(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(u"BulkUnblockDialog"_s);
    setAccessibleName(tr("Unblock devices"));
    setWindowTitle(tr("Unblock devices"));
    setModal(false);

    for (UnblockTarget &device : devices) {
        if (device.deviceId.isEmpty() || m_rowById.contains(device.deviceId))
            continue;
        m_rowById.insert(device.deviceId, static_cast<int>(m_targets.size()));
        BulkUnblockJob::Result result;
        result.deviceId = device.deviceId;
        result.serial = device.serial;
        m_results.append(result);
        m_targets.append(std::move(device));
    }

    m_heading->setObjectName(u"heading"_s);
    m_heading->setAccessibleName(tr("Task"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_progress->setObjectName(u"progress"_s);
    m_progress->setAccessibleName(tr("Devices done"));
    m_progress->setTextVisible(true);

    m_status->setObjectName(u"status"_s);
    m_status->setAccessibleName(tr("Time remaining"));
    m_status->setWordWrap(true);

    m_summary->setObjectName(u"summary"_s);
    m_summary->setAccessibleName(tr("Result"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_failedOnly->setObjectName(u"failedOnly"_s);
    m_failedOnly->setAccessibleName(tr("Show failed only"));
    connect(m_failedOnly, &QCheckBox::toggled, this, &BulkUnblockDialog::setFailedOnly);

    m_model->setHorizontalHeaderLabels({tr("Serial number"), tr("Result"), tr("Message"), tr("Request ID")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(ResultColumn);
    m_proxy->setFilterRole(NeedsRetryRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(u"results"_s);
    m_table->setAccessibleName(tr("Result per device"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order the devices were given until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(SerialColumn, 150);
    m_table->setColumnWidth(ResultColumn, 90);
    m_table->setColumnWidth(MessageColumn, 280);

    m_message->setObjectName(u"message"_s);
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttons"_s);
    m_retry = buttons->addButton(tr("Retry failed"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setAccessibleName(tr("Retry failed"));
    m_copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copyButton"_s);
    m_copy->setAccessibleName(tr("Copy results"));
    m_copy->setToolTip(tr("Copy the rows shown, tab-separated, for a spreadsheet or a ticket"));
    m_export = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setAccessibleName(tr("Export results as CSV"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop sending; devices already sent keep their result"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    m_close->setAccessibleName(tr("Close"));
    connect(m_retry, &QPushButton::clicked, this, &BulkUnblockDialog::retryFailed);
    connect(m_copy, &QPushButton::clicked, this, &BulkUnblockDialog::copyResults);
    connect(m_export, &QPushButton::clicked, this, &BulkUnblockDialog::exportResults);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job && m_job->isActive())
            m_job->cancel();
        updateStatus();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_failedOnly);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &BulkUnblockDialog::updateStatus);

    startJob(m_targets);
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

void BulkUnblockDialog::setNextExportPath(const QString &path)
{
    nextExportPath() = path;
}

QString BulkUnblockDialog::durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(1, (ms + 999) / 1000);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        const qint64 minutes = seconds / 60;
        const qint64 rest = seconds % 60;
        return rest == 0 ? tr("%1 min").arg(minutes) : tr("%1 min %2 s").arg(minutes).arg(rest);
    }
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600 + 59) / 60;
    return minutes == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(minutes);
}

void BulkUnblockDialog::startJob(const QList<UnblockTarget> &devices)
{
    IntuneService *intune = m_intune.data();
    if (!intune) {
        showMessage(tr("Not connected to Microsoft Graph: sign in again, then retry."), true);
        return;
    }
    m_jobRows.clear();
    for (const UnblockTarget &device : devices) {
        const int row = m_rowById.value(device.deviceId, -1);
        m_jobRows.append(row);
        if (row >= 0) {
            BulkUnblockJob::Result &result = m_results[row];
            result.outcome = BulkUnblockJob::Outcome::Pending;
            result.message.clear();
            result.requestId.clear();
            result.clientRequestId.clear();
        }
    }
    if (BulkUnblockJob *previous = m_job) {
        disconnect(previous, nullptr, this, nullptr);
        previous->deleteLater();
    }
    auto *job = new BulkUnblockJob(devices, *intune, m_journal.data(), m_tenant, this);
    m_job = job;
    connect(job, &BulkUnblockJob::progressChanged, this, &BulkUnblockDialog::updateProgress);
    connect(job, &BulkUnblockJob::stateChanged, this, &BulkUnblockDialog::updateStatus);
    connect(job, &BulkUnblockJob::deviceSettled, this, [this, job](int index) {
        const int row = m_jobRows.value(index, -1);
        if (row >= 0)
            m_results[row] = job->results().at(index);
    });
    connect(job, &BulkUnblockJob::devicesRefreshed, this, &BulkUnblockDialog::devicesRefreshed);
    connect(job, &BulkUnblockJob::finished, this, &BulkUnblockDialog::onJobFinished);

    m_closeWhenDone = false;
    m_progress->setRange(0, std::max(1, job->total()));
    m_progress->show();
    m_summary->hide();
    m_failedOnly->hide();
    m_table->hide();
    m_message->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_cancel->setDefault(true);
    m_retry->hide();
    m_copy->hide();
    m_export->hide();
    m_close->hide();
    m_tick->start();
    job->start();
    updateProgress();
    updateStatus();
    fitHeight(0);
}

void BulkUnblockDialog::fitHeight(int minimum)
{
    const int w = std::max(width(), 820);
    int h = sizeHint().height();
    if (QLayout *box = layout()) {
        box->activate();
        h = box->hasHeightForWidth() ? box->totalHeightForWidth(w) : box->totalSizeHint().height();
    }
    resize(w, std::max(minimum, h));
}

void BulkUnblockDialog::onJobFinished()
{
    m_tick->stop();
    if (BulkUnblockJob *job = m_job)
        for (int i = 0; i < job->total(); ++i)
            if (const int row = m_jobRows.value(i, -1); row >= 0)
                m_results[row] = job->results().at(i);
    updateProgress();
    updateStatus();
    showResults();
    Q_EMIT jobFinished();
    if (m_closeWhenDone)
        close();
}

void BulkUnblockDialog::updateProgress()
{
    const BulkUnblockJob *job = m_job;
    if (!job)
        return;
    m_progress->setMaximum(std::max(1, job->total()));
    m_progress->setValue(job->settled());
    //: Progress of an unblock: "120 of 1,000"
    m_progress->setFormat(tr("%1 of %2").arg(number(job->settled()), number(job->total())));
}

QString BulkUnblockDialog::headingText() const
{
    return m_heading->text();
}

QString BulkUnblockDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString BulkUnblockDialog::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

void BulkUnblockDialog::updateStatus()
{
    const BulkUnblockJob *job = m_job;
    if (!job)
        return;
    const bool retry = job->total() < m_results.size();
    const int count = job->total();
    QString heading;
    QString status;
    switch (job->state()) {
    case BulkUnblockJob::State::Idle:
    case BulkUnblockJob::State::Running:
    case BulkUnblockJob::State::Throttled: {
        heading =
                retry ? tr("Retrying %Ln device(s)…", nullptr, count) : tr("Unblocking %Ln device(s)…", nullptr, count);
        const qint64 remaining = job->remainingMs();
        const QString left =
                remaining < 5000 ? tr("Almost done.") : tr("About %1 remaining.").arg(durationText(remaining));
        if (job->state() == BulkUnblockJob::State::Throttled) {
            const qint64 wait = std::max<qint64>(0, job->throttledUntil() - GraphClient::now());
            const int seconds = static_cast<int>(std::max<qint64>(1, (wait + 999) / 1000));
            status = tr("Throttled by Microsoft Graph — resuming in %n s.", nullptr, seconds) + u' ' + left;
        } else {
            status = left;
        }
        break;
    }
    case BulkUnblockJob::State::Cancelling:
        heading = tr("Cancelling…");
        status = tr("Waiting for the answer to %Ln request(s) already sent.", nullptr, job->total() - job->settled());
        break;
    case BulkUnblockJob::State::Verifying:
        heading = job->notSentCount() > 0 ? tr("Cancelling…")
                                          : (retry ? tr("Retrying %Ln device(s)…", nullptr, count)
                                                   : tr("Unblocking %Ln device(s)…", nullptr, count));
        status = tr("Reading the unblocked devices' status from Intune…");
        break;
    case BulkUnblockJob::State::Finished:
        heading = tr("Unblock finished");
        break;
    case BulkUnblockJob::State::Cancelled:
        heading = tr("Unblock cancelled");
        break;
    }
    m_heading->setText(heading);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_cancel->setEnabled(job->state() != BulkUnblockJob::State::Cancelling);
}

void BulkUnblockDialog::showResults()
{
    const BulkUnblockJob *job = m_job;
    int succeeded = 0;
    int failed = 0;
    int notSent = 0;
    for (const BulkUnblockJob::Result &result : std::as_const(m_results)) {
        succeeded += result.outcome == BulkUnblockJob::Outcome::Succeeded ? 1 : 0;
        failed += result.outcome == BulkUnblockJob::Outcome::Failed ? 1 : 0;
        notSent += result.outcome == BulkUnblockJob::Outcome::NotSent ? 1 : 0;
    }

    QStringList summary;
    const bool cancelled = job && job->state() == BulkUnblockJob::State::Cancelled;
    if (cancelled) {
        summary.append(
                tr("Cancelled: %1 sent, %2 not sent.").arg(number(job->answered()), number(job->notSentCount())));
        if (job->failedCount() > 0)
            summary.append(tr("%Ln of the devices sent failed.", nullptr, job->failedCount()));
    }
    if (cancelled && m_results.size() > 1) {
        // The counts above say it all.
    } else if (m_results.size() == 1) {
        const BulkUnblockJob::Result &result = m_results.constFirst();
        const QString name = result.serial.isEmpty() ? result.deviceId : result.serial;
        if (result.outcome == BulkUnblockJob::Outcome::Succeeded) {
            summary.append(tr("%1 was unblocked: it can enroll once more.").arg(name));
        } else if (result.outcome == BulkUnblockJob::Outcome::Failed) {
            summary.append(tr("%1 was not unblocked. %2").arg(name, result.message));
            if (!result.requestId.isEmpty())
                summary.append(tr("Request ID: %1").arg(result.requestId));
        } else {
            summary.append(tr("%1 was not unblocked: the request was not sent.").arg(name));
        }
    } else if (failed == 0 && notSent == 0) {
        summary.append(tr("All %Ln device(s) were unblocked.", nullptr, succeeded));
    } else if (notSent == 0) {
        summary.append(tr("%1 unblocked, %2 failed.").arg(number(succeeded), number(failed)));
    } else {
        summary.append(
                tr("%1 unblocked, %2 failed, %3 not sent.").arg(number(succeeded), number(failed), number(notSent)));
    }
    if (job && job->refreshFailures() > 0)
        summary.append(tr("%Ln unblocked device(s) could not be read again; refresh the device list to see their "
                          "current status.",
                          nullptr, job->refreshFailures()));
    m_summary->setText(summary.join(u' '));
    m_summary->show();

    m_model->removeRows(0, m_model->rowCount());
    m_model->setRowCount(static_cast<int>(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const BulkUnblockJob::Result &result = m_results.at(row);
        auto *serial = new QStandardItem(result.serial.isEmpty() ? result.deviceId : result.serial);
        serial->setData(row, ResultIndexRole);
        serial->setToolTip(tr("Device ID: %1").arg(result.deviceId));
        auto *outcome = new QStandardItem(BulkUnblockJob::outcomeText(result.outcome));
        outcome->setData(needsRetry(result.outcome) ? u"1"_s : u"0"_s, NeedsRetryRole);
        auto *message = new QStandardItem(result.message);
        message->setToolTip(result.message);
        auto *requestId = new QStandardItem(result.requestId);
        if (!result.clientRequestId.isEmpty())
            requestId->setToolTip(tr("Client request ID: %1").arg(result.clientRequestId));
        m_model->setItem(row, SerialColumn, serial);
        m_model->setItem(row, ResultColumn, outcome);
        m_model->setItem(row, MessageColumn, message);
        m_model->setItem(row, RequestIdColumn, requestId);
    }

    const bool many = m_results.size() > 1;
    m_progress->hide(); // the summary and the table say it now
    m_status->hide();
    m_table->setVisible(many);
    m_failedOnly->setVisible(many);
    m_cancel->hide();
    m_retry->setVisible(failed + notSent > 0);
    m_retry->setEnabled(failed + notSent > 0 && !m_intune.isNull());
    m_retry->setText(notSent > 0 ? tr("Retry failed and not sent") : tr("Retry failed"));
    m_copy->show();
    m_export->show();
    m_close->show();
    m_close->setDefault(true);
    fitHeight(many ? 480 : 0);
}

QList<int> BulkUnblockDialog::shownRows() const
{
    QList<int> rows;
    if (m_model->rowCount() == 0) {
        for (int row = 0; row < m_results.size(); ++row)
            rows.append(row);
        return rows;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_proxy->index(row, SerialColumn).data(ResultIndexRole).toInt());
    return rows;
}

QString BulkUnblockDialog::resultsText() const
{
    QStringList lines{QStringList{tr("Serial number"), tr("Device ID"), tr("Result"), tr("Message"), tr("Request ID"),
                                  tr("Client request ID")}
                              .join(u'\t')};
    for (int row : shownRows()) {
        const BulkUnblockJob::Result &r = m_results.at(row);
        lines.append(QStringList{plainCell(r.serial), plainCell(r.deviceId),
                                 plainCell(BulkUnblockJob::outcomeText(r.outcome)), plainCell(r.message),
                                 plainCell(r.requestId), plainCell(r.clientRequestId)}
                             .join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

Expected<qsizetype> BulkUnblockDialog::exportCsv(const QString &path) const
{
    const QStringList header{tr("Serial number"), tr("Device ID"),  tr("Result"),
                             tr("Message"),       tr("Request ID"), tr("Client request ID")};
    QList<QStringList> rows;
    for (int row : shownRows()) {
        const BulkUnblockJob::Result &r = m_results.at(row);
        rows.append(QStringList{safeCell(r.serial), safeCell(r.deviceId), BulkUnblockJob::outcomeText(r.outcome),
                                safeCell(r.message), safeCell(r.requestId), safeCell(r.clientRequestId)});
    }
    return CsvWriter::write(path, header, rows);
}

void BulkUnblockDialog::copyResults()
{
    const QList<int> rows = shownRows();
    QGuiApplication::clipboard()->setText(resultsText());
    showMessage(tr("Copied %Ln row(s) to the clipboard.", nullptr, static_cast<int>(rows.size())), false);
}

void BulkUnblockDialog::exportResults()
{
    QString path;
    if (std::optional<QString> next = std::exchange(nextExportPath(), std::nullopt)) {
        path = *next;
    } else {
        QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (directory.isEmpty())
            directory = QDir::homePath();
        const QString name =
                u"unblock-results-%1.csv"_s.arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s));
        path = QFileDialog::getSaveFileName(this, tr("Export results"), QDir(directory).filePath(name),
                                            tr("CSV files (*.csv)"));
    }
    if (path.isEmpty())
        return;
    const Expected<qsizetype> written = exportCsv(path);
    if (!written) {
        showMessage(written.error(), true);
        return;
    }
    showMessage(tr("Saved %Ln row(s) to %1.", nullptr, static_cast<int>(written.value()))
                        .arg(QDir::toNativeSeparators(path)),
                false);
}

void BulkUnblockDialog::retryFailed()
{
    if (m_job && m_job->isActive())
        return;
    QList<UnblockTarget> again;
    for (int row = 0; row < m_results.size(); ++row)
        if (needsRetry(m_results.at(row).outcome))
            again.append(m_targets.at(row));
    if (again.isEmpty())
        return;
    qCInfo(lcUi) << "Retrying the unblock of" << again.size() << "devices";
    startJob(again);
}

void BulkUnblockDialog::setFailedOnly(bool failedOnly)
{
    if (m_failedOnly->isChecked() != failedOnly)
        m_failedOnly->setChecked(failedOnly); // toggled() comes back here
    m_proxy->setFilterFixedString(failedOnly ? u"1"_s : QString());
}

void BulkUnblockDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_message->setPalette(palette);
    m_message->setProperty("error", error);
    m_message->setVisible(!text.isEmpty());
}

void BulkUnblockDialog::closeEvent(QCloseEvent *event)
{
    if (m_job && m_job->isActive()) {
        // Nothing is left half-sent: stop sending, wait for the answers on the wire, then close.
        event->ignore();
        m_closeWhenDone = true;
        m_job->cancel();
        updateStatus();
        return;
    }
    QDialog::closeEvent(event);
}

void BulkUnblockDialog::reject()
{
    if (m_job && m_job->isActive()) {
        m_job->cancel(); // Esc is Cancel: the results stay on screen
        updateStatus();
        return;
    }
    QDialog::reject();
}

} // namespace ed
