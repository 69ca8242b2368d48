#include "AutopilotSyncTracker.h"

#include "ActivityJournal.h"
#include "core/Logging.h"
#include "graph/GraphClient.h"
#include "graph/GraphReply.h"
#include "graph/IntuneService.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace ed {

using namespace Qt::StringLiterals;

namespace {
// After our 204, how long a read may still show the previous state before we believe it.
constexpr qint64 awaitingStartGraceMs = 60'000;
// Polls at the base interval per run; later ones are this many times further apart.
constexpr int fastPolls = 12;
constexpr int slowPollFactor = 6;
// A 429 without Retry-After: wait this long (the settings read after it may say longer).
constexpr qint64 fallbackCooldownMs = 60'000;
} // namespace

AutopilotSyncTracker::AutopilotSyncTracker(IntuneService &intune, ActivityJournal *journal, QString tenant,
                                           QObject *parent)
    : QObject(parent)
    , m_intune(intune)
    , m_journal(journal)
    , m_tenant(std::move(tenant))
    , m_pollTimer(new QTimer(this))
    , m_cooldownTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &AutopilotSyncTracker::refresh);
    m_cooldownTimer->setSingleShot(true);
    m_cooldownTimer->setTimerType(Qt::PreciseTimer);
    connect(m_cooldownTimer, &QTimer::timeout, this, &AutopilotSyncTracker::onCooldownTimer);
}

AutopilotSyncTracker::~AutopilotSyncTracker()
{
    // A read in flight is of no use any more. A sync request in flight is left alone: it may
    // already have reached Intune, so its journal entry stays without an answer (Unknown).
    if (GraphReply *load = m_load.data()) {
        disconnect(load, nullptr, this, nullptr);
        load->cancel();
    }
    if (GraphReply *post = m_post.data())
        disconnect(post, nullptr, this, nullptr);
}

AutopilotSyncTracker::State AutopilotSyncTracker::state() const
{
    if (m_running)
        return State::Running;
    if (failedOperation() != FailedOperation::None)
        return State::Failed;
    if (cooldownRemainingMs() > 0)
        return State::CoolingDown;
    return m_loaded ? State::Idle : State::Unknown;
}

AutopilotSyncTracker::FailedOperation AutopilotSyncTracker::failedOperation() const
{
    if (m_failed != FailedOperation::None)
        return m_failed;
    if (m_loaded && !m_running && m_settings.syncStatus == AutopilotSettings::SyncStatus::Failed)
        return FailedOperation::IntuneSync;
    return FailedOperation::None;
}

qint64 AutopilotSyncTracker::cooldownRemainingMs() const
{
    return std::max<qint64>(0, m_cooldownUntil - GraphClient::now());
}

QDateTime AutopilotSyncTracker::nextSyncPossibleAt() const
{
    const qint64 remaining = cooldownRemainingMs();
    return remaining > 0 ? QDateTime::currentDateTime().addMSecs(remaining) : QDateTime();
}

bool AutopilotSyncTracker::canSync() const
{
    return m_post.isNull() && !m_running && cooldownRemainingMs() == 0;
}

void AutopilotSyncTracker::setPollIntervalMs(int ms)
{
    m_pollIntervalMs = std::max(10, ms);
}

void AutopilotSyncTracker::refresh()
{
    if (!m_load.isNull())
        return;
    m_pollTimer->stop();
    GraphReply *reply = m_intune.getAutopilotSettings();
    m_load = reply;
    reply->then(
            this, [this](const GraphResponse &response) { onSettings(response); },
            [this](const GraphError &error) { onLoadFailed(error); });
    Q_EMIT changed();
}

bool AutopilotSyncTracker::sync()
{
    if (!canSync())
        return false;
    m_failed = FailedOperation::None;
    m_error.reset();
    m_triggerBefore = m_settings.lastManualSyncTriggerDateTime;
    m_lastSyncBefore = m_settings.lastSyncDateTime;

    // The intent first (ARCHITECTURE.md rule 6), then the request.
    if (ActivityJournal *journal = m_journal.data()) {
        ActivityEntry entry;
        entry.tenant = m_tenant;
        entry.action = tr("Sync with Intune");
        entry.target = u"Windows Autopilot"_s; // a product name, the same in every language
        entry.targetId = m_settings.id;
        m_journalRow = journal->record(entry);
    }
    qCInfo(lcModels) << "Autopilot sync requested";
    GraphReply *reply = m_intune.syncAutopilot();
    m_post = reply;
    reply->then(
            this, [this](const GraphResponse &response) { onSyncAccepted(response); },
            [this](const GraphError &error) { onSyncFailed(error); });
    Q_EMIT changed();
    return true;
}

void AutopilotSyncTracker::onSettings(const GraphResponse &response)
{
    m_load = nullptr;
    m_settings = AutopilotSettings::fromJson(response.json);
    m_loaded = true;
    if (m_failed == FailedOperation::ReadSettings) {
        m_failed = FailedOperation::None;
        m_error.reset();
    }

    // The cooldown as the server counts it: its Date header, not our clock, is "now".
    QDateTime serverNow = GraphError::parseHttpDate(response.header("Date"));
    if (!serverNow.isValid())
        serverNow = QDateTime::currentDateTimeUtc();
    extendCooldown(cooldownFromSettings(serverNow));

    bool finished = false;
    if (m_settings.syncStatus == AutopilotSettings::SyncStatus::InProgress) {
        if (!m_running)
            startRunning(false); // started elsewhere (the portal, another admin)
        m_awaitingStartSince = 0;
        if (m_failed == FailedOperation::StartSync) {
            // The request failed ambiguously (a 5xx, a lost answer) but the sync runs after all.
            m_failed = FailedOperation::None;
            m_error.reset();
        }
    } else if (m_running) {
        // Right after our 204 Graph may still serve the state from before the sync; believe a
        // "not running" only once the settings moved on, or after a grace period.
        const bool movedOn = m_settings.lastManualSyncTriggerDateTime != m_triggerBefore
                || m_settings.lastSyncDateTime != m_lastSyncBefore;
        if (m_awaitingStartSince == 0 || movedOn || GraphClient::now() - m_awaitingStartSince >= awaitingStartGraceMs) {
            m_running = false;
            m_awaitingStartSince = 0;
            finished = true;
        }
    }
    if (m_running)
        schedulePoll();
    Q_EMIT changed();
    if (finished) {
        const bool succeeded = m_settings.syncStatus != AutopilotSettings::SyncStatus::Failed;
        qCInfo(lcModels) << "Autopilot sync ended" << (succeeded ? "" : "(failed)");
        Q_EMIT syncFinished(succeeded);
    }
}

void AutopilotSyncTracker::onLoadFailed(const GraphError &error)
{
    m_load = nullptr;
    if (error.kind == GraphError::Kind::Cancelled) {
        Q_EMIT changed();
        return;
    }
    qCWarning(lcModels).noquote() << "Reading the Autopilot sync state failed:" << error.summary();
    // Graph already retried the read; without an answer we no longer know whether a sync runs.
    m_running = false;
    m_awaitingStartSince = 0;
    m_pollTimer->stop();
    m_failed = FailedOperation::ReadSettings;
    m_error = error;
    Q_EMIT changed();
}

void AutopilotSyncTracker::onSyncAccepted(const GraphResponse &response)
{
    m_post = nullptr;
    completeEntry(ActivityEntry::Outcome::Succeeded, {}, response.requestId, response.clientRequestId);
    qCInfo(lcModels) << "Autopilot sync accepted, request-id" << response.requestId;
    extendCooldown(cooldownMs); // Intune counts the ten minutes from this trigger
    startRunning(true);
    schedulePoll();
    Q_EMIT changed();
}

void AutopilotSyncTracker::onSyncFailed(const GraphError &error)
{
    m_post = nullptr;
    if (error.kind == GraphError::Kind::Http && error.httpStatus == 409) {
        // Someone (the portal, another admin, an earlier click) started one: follow it.
        completeEntry(ActivityEntry::Outcome::Cancelled, tr("A sync was already running."), error.requestId,
                      error.clientRequestId);
        startRunning(false);
        Q_EMIT changed();
        refresh();
        return;
    }
    if (error.kind == GraphError::Kind::Http && error.httpStatus == 429) {
        // The ten-minute cooldown (GraphRequest::cooldownOn429: nothing else is held back).
        // Without Retry-After, wait a minute and read when the last sync was triggered.
        const bool told = error.retryAfterMs.has_value() && *error.retryAfterMs > 0;
        extendCooldown(told ? *error.retryAfterMs : fallbackCooldownMs);
        const QDateTime nextAt = nextSyncPossibleAt();
        completeEntry(ActivityEntry::Outcome::Cancelled,
                      tr("Intune allows one sync every 10 minutes; next possible at %1.")
                              .arg(QLocale().toString(nextAt.time(), QLocale::ShortFormat)),
                      error.requestId, error.clientRequestId);
        Q_EMIT changed();
        if (!m_loaded || !told)
            refresh(); // the last sync, and the trigger the ten minutes count from
        return;
    }
    qCWarning(lcModels).noquote() << "Autopilot sync failed:" << error.summary();
    completeEntry(error.kind == GraphError::Kind::Cancelled ? ActivityEntry::Outcome::Cancelled
                                                            : ActivityEntry::Outcome::Failed,
                  error.summary(), error.requestId, error.clientRequestId);
    m_failed = FailedOperation::StartSync;
    m_error = error;
    Q_EMIT changed();
    // A 4xx changed nothing; after a 5xx, a timeout or a lost answer the sync may run anyway.
    const bool clientError = error.kind == GraphError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500;
    if (!clientError && error.kind != GraphError::Kind::Cancelled)
        refresh();
}

void AutopilotSyncTracker::startRunning(bool awaitingStart)
{
    m_running = true;
    m_polls = 0;
    m_awaitingStartSince = awaitingStart ? GraphClient::now() : 0;
}

void AutopilotSyncTracker::schedulePoll()
{
    if (!m_load.isNull())
        return; // the read in flight schedules the next one
    const int interval = m_polls < fastPolls ? m_pollIntervalMs : m_pollIntervalMs * slowPollFactor;
    ++m_polls;
    m_pollTimer->start(interval);
}

void AutopilotSyncTracker::extendCooldown(qint64 ms)
{
    if (ms <= 0)
        return;
    const qint64 until = GraphClient::now() + ms;
    if (until <= m_cooldownUntil)
        return;
    m_cooldownUntil = until;
    m_cooldownTimer->start(static_cast<int>(std::min<qint64>(ms, GraphError::maxRetryAfterMs)));
}

void AutopilotSyncTracker::onCooldownTimer()
{
    const qint64 remaining = cooldownRemainingMs();
    if (remaining > 0) {
        m_cooldownTimer->start(static_cast<int>(remaining)); // a timer may fire a little early
        return;
    }
    m_cooldownUntil = 0;
    Q_EMIT changed();
}

qint64 AutopilotSyncTracker::cooldownFromSettings(const QDateTime &serverNow) const
{
    const QDateTime &trigger = m_settings.lastManualSyncTriggerDateTime;
    if (!trigger.isValid())
        return 0;
    return std::clamp<qint64>(cooldownMs - trigger.msecsTo(serverNow), 0, cooldownMs);
}

void AutopilotSyncTracker::completeEntry(ActivityEntry::Outcome outcome, const QString &detail,
                                         const QString &requestId, const QString &clientRequestId)
{
    const int row = std::exchange(m_journalRow, -1);
    if (row < 0)
        return;
    if (ActivityJournal *journal = m_journal.data())
        journal->complete(row, outcome, detail, requestId, clientRequestId);
}

} // namespace ed
