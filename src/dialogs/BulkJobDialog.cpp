#include "BulkJobDialog.h"

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
// device still needs the write (failed or not sent), for the "failed only" filter.
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

QStringList csvHeader()
{
    return {BulkJobDialog::tr("Serial number"),    BulkJobDialog::tr("Device ID"), BulkJobDialog::tr("Result"),
            BulkJobDialog::tr("Intune reports"),   BulkJobDialog::tr("Message"),   BulkJobDialog::tr("Request ID"),
            BulkJobDialog::tr("Client request ID")};
}

bool needsRetry(BulkDeviceJob::Outcome outcome)
{
    return outcome == BulkDeviceJob::Outcome::Failed || outcome == BulkDeviceJob::Outcome::NotSent;
}

} // namespace

BulkJobDialog::BulkJobDialog(IntuneService &intune, ActivityJournal *journal, QString tenant,
                             const QList<std::pair<QString, QString>> &devices, QWidget *parent)
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
    setModal(false);
    for (const auto &[deviceId, serial] : devices) {
        if (deviceId.isEmpty() || m_rowById.contains(deviceId))
            continue;
        m_rowById.insert(deviceId, static_cast<int>(m_results.size()));
        BulkDeviceJob::Result result;
        result.deviceId = deviceId;
        result.serial = serial;
        m_results.append(result);
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
    connect(m_failedOnly, &QCheckBox::toggled, this, &BulkJobDialog::setFailedOnly);

    m_model->setHorizontalHeaderLabels(
            {tr("Serial number"), tr("Result"), tr("Intune reports"), tr("Message"), tr("Request ID")});
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
    m_table->setColumnWidth(ReportedColumn, 130);
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
    connect(m_retry, &QPushButton::clicked, this, &BulkJobDialog::retryFailed);
    connect(m_copy, &QPushButton::clicked, this, &BulkJobDialog::copyResults);
    connect(m_export, &QPushButton::clicked, this, &BulkJobDialog::exportResults);
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
    connect(m_tick, &QTimer::timeout, this, &BulkJobDialog::updateStatus);
}

BulkJobDialog::~BulkJobDialog() = default;

void BulkJobDialog::startAll()
{
    QList<int> all;
    all.reserve(m_results.size());
    for (int row = 0; row < m_results.size(); ++row)
        all.append(row);
    startJob(all);
}

QString BulkJobDialog::outcomeText(BulkDeviceJob::Outcome outcome) const
{
    return m_job ? m_job->outcomeText(outcome) : QString();
}

void BulkJobDialog::setNextExportPath(const QString &path)
{
    nextExportPath() = path;
}

QString BulkJobDialog::durationText(qint64 ms)
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

void BulkJobDialog::startJob(const QList<int> &devices)
{
    IntuneService *intune = m_intune.data();
    if (!intune) {
        showMessage(tr("Not connected to Microsoft Graph: sign in again, then retry."), true);
        return;
    }
    m_jobRows = devices;
    for (const int row : devices) {
        BulkDeviceJob::Result &result = m_results[row];
        result.outcome = BulkDeviceJob::Outcome::Pending;
        result.message.clear();
        result.requestId.clear();
        result.clientRequestId.clear();
        result.reported.clear();
    }
    if (BulkDeviceJob *previous = m_job) {
        disconnect(previous, nullptr, this, nullptr);
        previous->deleteLater();
    }
    BulkDeviceJob *job = createJob(*intune, m_journal.data(), m_tenant, devices);
    job->setParent(this);
    m_job = job;
    connect(job, &BulkDeviceJob::progressChanged, this, &BulkJobDialog::updateProgress);
    connect(job, &BulkDeviceJob::stateChanged, this, &BulkJobDialog::updateStatus);
    connect(job, &BulkDeviceJob::deviceSettled, this, &BulkJobDialog::updateRow);
    connect(job, &BulkDeviceJob::deviceReported, this, &BulkJobDialog::updateRow);
    connect(job, &BulkDeviceJob::devicesRefreshed, this, &BulkJobDialog::devicesRefreshed);
    connect(job, &BulkDeviceJob::finished, this, &BulkJobDialog::onJobFinished);

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

void BulkJobDialog::updateRow(int index)
{
    const int row = m_jobRows.value(index, -1);
    if (row >= 0 && m_job)
        m_results[row] = m_job->results().at(index);
}

void BulkJobDialog::fitHeight(int minimum)
{
    const int w = std::max(width(), 820);
    int h = sizeHint().height();
    if (QLayout *box = layout()) {
        box->activate();
        h = box->hasHeightForWidth() ? box->totalHeightForWidth(w) : box->totalSizeHint().height();
    }
    resize(w, std::max(minimum, h));
}

void BulkJobDialog::onJobFinished()
{
    m_tick->stop();
    if (const BulkDeviceJob *job = m_job)
        for (int i = 0; i < job->total(); ++i)
            updateRow(i);
    updateProgress();
    updateStatus();
    showResults();
    Q_EMIT jobFinished();
    if (m_closeWhenDone)
        close();
}

void BulkJobDialog::updateProgress()
{
    const BulkDeviceJob *job = m_job;
    if (!job)
        return;
    m_progress->setMaximum(std::max(1, job->total()));
    m_progress->setValue(job->settled());
    //: Progress of a bulk write: "120 of 1,000"
    m_progress->setFormat(tr("%1 of %2").arg(number(job->settled()), number(job->total())));
}

QString BulkJobDialog::headingText() const
{
    return m_heading->text();
}

QString BulkJobDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString BulkJobDialog::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

void BulkJobDialog::updateStatus()
{
    const BulkDeviceJob *job = m_job;
    if (!job)
        return;
    const bool retry = job->total() < m_results.size();
    const int count = job->total();
    QString heading;
    QString status;
    switch (job->state()) {
    case BulkDeviceJob::State::Idle:
    case BulkDeviceJob::State::Running:
    case BulkDeviceJob::State::Throttled: {
        heading = runningHeading(count, retry);
        const qint64 remaining = job->remainingMs();
        const QString left =
                remaining < 5000 ? tr("Almost done.") : tr("About %1 remaining.").arg(durationText(remaining));
        if (job->state() == BulkDeviceJob::State::Throttled) {
            const qint64 wait = std::max<qint64>(0, job->throttledUntil() - GraphClient::now());
            const int seconds = static_cast<int>(std::max<qint64>(1, (wait + 999) / 1000));
            status = tr("Throttled by Microsoft Graph — resuming in %n s.", nullptr, seconds) + u' ' + left;
        } else {
            status = left;
        }
        break;
    }
    case BulkDeviceJob::State::Cancelling:
        heading = tr("Cancelling…");
        status = tr("Waiting for the answer to %Ln request(s) already sent.", nullptr, job->total() - job->settled());
        break;
    case BulkDeviceJob::State::Verifying:
        heading = job->notSentCount() > 0 ? tr("Cancelling…") : runningHeading(count, retry);
        status = verifyingStatus();
        break;
    case BulkDeviceJob::State::Finished:
    case BulkDeviceJob::State::Cancelled:
        heading = endHeading(job->state() == BulkDeviceJob::State::Cancelled);
        break;
    }
    m_heading->setText(heading);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_cancel->setEnabled(job->state() != BulkDeviceJob::State::Cancelling);
}

void BulkJobDialog::showResults()
{
    const BulkDeviceJob *job = m_job;
    int succeeded = 0;
    int failed = 0;
    int notSent = 0;
    for (const BulkDeviceJob::Result &result : std::as_const(m_results)) {
        succeeded += result.outcome == BulkDeviceJob::Outcome::Succeeded ? 1 : 0;
        failed += result.outcome == BulkDeviceJob::Outcome::Failed ? 1 : 0;
        notSent += result.outcome == BulkDeviceJob::Outcome::NotSent ? 1 : 0;
    }

    QStringList summary;
    const bool cancelled = job && job->state() == BulkDeviceJob::State::Cancelled;
    if (cancelled) {
        summary.append(
                tr("Cancelled: %1 sent, %2 not sent.").arg(number(job->answered()), number(job->notSentCount())));
        if (job->failedCount() > 0)
            summary.append(tr("%Ln of the devices sent failed.", nullptr, job->failedCount()));
    }
    if (cancelled && m_results.size() > 1) {
        // The counts above say it all.
    } else if (m_results.size() == 1) {
        const BulkDeviceJob::Result &result = m_results.constFirst();
        summary.append(singleResultText(result));
        if (result.outcome == BulkDeviceJob::Outcome::Failed && !result.requestId.isEmpty())
            summary.append(tr("Request ID: %1").arg(result.requestId));
    } else {
        summary.append(countsText(succeeded, failed, notSent));
    }
    if (job)
        summary.append(extraSummary());
    m_summary->setText(summary.join(u' '));
    m_summary->show();

    m_model->removeRows(0, m_model->rowCount());
    m_model->setRowCount(static_cast<int>(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const BulkDeviceJob::Result &result = m_results.at(row);
        auto *serial = new QStandardItem(result.serial.isEmpty() ? result.deviceId : result.serial);
        serial->setData(row, ResultIndexRole);
        serial->setToolTip(tr("Device ID: %1").arg(result.deviceId));
        auto *outcome = new QStandardItem(outcomeText(result.outcome));
        outcome->setData(needsRetry(result.outcome) ? u"1"_s : u"0"_s, NeedsRetryRole);
        auto *message = new QStandardItem(result.message);
        message->setToolTip(result.message);
        auto *requestId = new QStandardItem(result.requestId);
        if (!result.clientRequestId.isEmpty())
            requestId->setToolTip(tr("Client request ID: %1").arg(result.clientRequestId));
        m_model->setItem(row, SerialColumn, serial);
        m_model->setItem(row, ResultColumn, outcome);
        m_model->setItem(row, ReportedColumn, new QStandardItem(result.reported));
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

QList<int> BulkJobDialog::shownRows() const
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

QString BulkJobDialog::resultsText() const
{
    QStringList lines{csvHeader().join(u'\t')};
    for (int row : shownRows()) {
        const BulkDeviceJob::Result &r = m_results.at(row);
        lines.append(QStringList{plainCell(r.serial), plainCell(r.deviceId), plainCell(outcomeText(r.outcome)),
                                 plainCell(r.reported), plainCell(r.message), plainCell(r.requestId),
                                 plainCell(r.clientRequestId)}
                             .join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

Expected<qsizetype> BulkJobDialog::exportCsv(const QString &path) const
{
    const QStringList header = csvHeader();
    QList<QStringList> rows;
    for (int row : shownRows()) {
        const BulkDeviceJob::Result &r = m_results.at(row);
        rows.append(QStringList{safeCell(r.serial), safeCell(r.deviceId), outcomeText(r.outcome), safeCell(r.reported),
                                safeCell(r.message), safeCell(r.requestId), safeCell(r.clientRequestId)});
    }
    return CsvWriter::write(path, header, rows);
}

void BulkJobDialog::copyResults()
{
    const QList<int> rows = shownRows();
    QGuiApplication::clipboard()->setText(resultsText());
    showMessage(tr("Copied %Ln row(s) to the clipboard.", nullptr, static_cast<int>(rows.size())), false);
}

void BulkJobDialog::exportResults()
{
    QString path;
    if (std::optional<QString> next = std::exchange(nextExportPath(), std::nullopt)) {
        path = *next;
    } else {
        QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (directory.isEmpty())
            directory = QDir::homePath();
        const QString name =
                u"%1-%2.csv"_s.arg(exportStem(), QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s));
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

void BulkJobDialog::retryFailed()
{
    if (m_job && m_job->isActive())
        return;
    QList<int> again;
    for (int row = 0; row < m_results.size(); ++row)
        if (needsRetry(m_results.at(row).outcome))
            again.append(row);
    if (again.isEmpty())
        return;
    qCInfo(lcUi) << "Retrying" << again.size() << "devices";
    startJob(again);
}

void BulkJobDialog::setFailedOnly(bool failedOnly)
{
    if (m_failedOnly->isChecked() != failedOnly)
        m_failedOnly->setChecked(failedOnly); // toggled() comes back here
    m_proxy->setFilterFixedString(failedOnly ? u"1"_s : QString());
}

void BulkJobDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_message->setPalette(palette);
    m_message->setProperty("error", error);
    m_message->setVisible(!text.isEmpty());
}

void BulkJobDialog::closeEvent(QCloseEvent *event)
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

void BulkJobDialog::reject()
{
    if (m_job && m_job->isActive()) {
        m_job->cancel(); // Esc is Cancel: the results stay on screen
        updateStatus();
        return;
    }
    QDialog::reject();
}

} // namespace ed
