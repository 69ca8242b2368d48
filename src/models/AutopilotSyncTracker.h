#pragma once

#include "ActivityEntry.h"
#include "AutopilotSettings.h"
#include "graph/GraphError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace ed {

class ActivityJournal;
class GraphReply;
class IntuneService;
struct GraphResponse;

// "Sync with Intune" (windowsAutopilotSettings/sync, graph.md §5.1): the tenant's sync state, the
// sync itself, and the ten-minute cooldown as a deadline on GraphClient::now()'s monotonic clock.
//
// - refresh() reads windowsAutopilotSettings: last sync, whether a sync runs, and the cooldown
//   (lastManualSyncTriggerDateTime + 10 minutes, measured against the server's Date header), so
//   the countdown is right after a restart too.
// - sync() records the intent in the activity journal, POSTs, and completes the entry: 204
//   Succeeded; 409 (a sync already runs) and 429 (the cooldown) Cancelled, because nothing
//   changed and the user did nothing wrong — both become state, not errors; anything else Failed.
// - While a sync runs the settings are polled (every pollIntervalMs for the first 12 polls, then
//   six times less often) until Intune reports it completed or failed; then syncFinished() is emitted so
//   the devices view can reload the newly imported devices.
class AutopilotSyncTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutopilotSyncTracker)
public:
    enum class State {
        Unknown, // nothing read yet (or reading for the first time)
        Idle, // a sync may be started
        Running, // Intune is syncing (our sync, or one started elsewhere: 409)
        CoolingDown, // a sync was triggered less than 10 minutes ago: cooldownRemainingMs()
        Failed, // failedOperation() says what; error() holds the Graph error when there is one
    };
    Q_ENUM(State)
    enum class FailedOperation {
        None,
        ReadSettings, // reading the sync state failed (error())
        StartSync, // the sync request failed (error())
        IntuneSync, // Intune reports that the last sync failed (no Graph error)
    };
    Q_ENUM(FailedOperation)

    static constexpr qint64 cooldownMs = 10 * 60 * 1000; // Intune: one sync per 10 minutes
    static constexpr int defaultPollIntervalMs = 5000;

    // The journal may be null (no activity log); tenant names the tenant in journal entries.
    AutopilotSyncTracker(IntuneService &intune, ActivityJournal *journal, QString tenant, QObject *parent = nullptr);
    ~AutopilotSyncTracker() override;

    State state() const;
    FailedOperation failedOperation() const;
    // The Graph error behind ReadSettings / StartSync; nullopt otherwise.
    std::optional<GraphError> error() const { return m_error; }

    bool hasSettings() const { return m_loaded; }
    const AutopilotSettings &settings() const { return m_settings; }
    // When Intune last synced (UTC); invalid when never or not known yet.
    QDateTime lastSync() const { return m_settings.lastSyncDateTime; }
    bool isLoading() const { return !m_load.isNull(); }
    bool isStarting() const { return !m_post.isNull(); } // the sync request is in flight
    // Milliseconds until Intune accepts the next sync (0: now), on a monotonic clock.
    qint64 cooldownRemainingMs() const;
    // The same as a wall-clock time (local), for "next possible at 12:13"; invalid without cooldown.
    QDateTime nextSyncPossibleAt() const;
    // sync() would send now: no sync request in flight, none running, no cooldown.
    bool canSync() const;

    QString tenant() const { return m_tenant; }
    int pollIntervalMs() const { return m_pollIntervalMs; }
    void setPollIntervalMs(int ms);

public Q_SLOTS:
    // Reads the sync state (a no-op while a read is in flight).
    void refresh();
    // Asks Intune to sync now. Returns false, sending nothing, when canSync() is false.
    bool sync();

Q_SIGNALS:
    // Any of the above changed (state, last sync, cooldown, error, loading).
    void changed();
    // A sync this tracker saw running has ended: Intune completed it (true) or reports it failed.
    void syncFinished(bool succeeded);

private:
    void onSettings(const GraphResponse &response);
    void onLoadFailed(const GraphError &error);
    void onSyncAccepted(const GraphResponse &response);
    void onSyncFailed(const GraphError &error);
    void startRunning(bool awaitingStart);
    void schedulePoll();
    void extendCooldown(qint64 ms);
    void onCooldownTimer();
    qint64 cooldownFromSettings(const QDateTime &serverNow) const;
    void completeEntry(ActivityEntry::Outcome outcome, const QString &detail, const QString &requestId,
                       const QString &clientRequestId);

    IntuneService &m_intune;
    QPointer<ActivityJournal> m_journal;
    const QString m_tenant;

    AutopilotSettings m_settings;
    bool m_loaded = false;
    QPointer<GraphReply> m_load;
    QPointer<GraphReply> m_post;
    int m_journalRow = -1; // the pending entry of the sync request in flight

    FailedOperation m_failed = FailedOperation::None; // ReadSettings or StartSync
    std::optional<GraphError> m_error;

    bool m_running = false;
    qint64 m_awaitingStartSince = 0; // after our 204, until Intune's settings show the sync
    QDateTime m_triggerBefore; // lastManualSyncTriggerDateTime before our sync
    QDateTime m_lastSyncBefore;
    int m_polls = 0; // polls in this run
    int m_pollIntervalMs = defaultPollIntervalMs;
    QTimer *m_pollTimer;

    qint64 m_cooldownUntil = 0; // GraphClient::now() clock; 0: none
    QTimer *m_cooldownTimer;
};

} // namespace ed
