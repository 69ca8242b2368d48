#pragma once

#include <QDateTime>
#include <QMetaObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace ed {

class AutopilotSyncTracker;

// "Sync with Intune" for the Autopilot devices toolbar: the button, a busy indicator while a sync
// starts or runs, what the tracker knows ("Sync running…", "Next sync possible in 7:42" ticking
// every second with the button disabled), when Intune last synced, and a failure sentence whose
// tooltip holds the details support asks for (request-id, client-request-id, date).
class AutopilotSyncWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutopilotSyncWidget)
public:
    // tracker may be null (not connected yet): setTracker() later.
    explicit AutopilotSyncWidget(AutopilotSyncTracker *tracker, QWidget *parent = nullptr);

    void setTracker(AutopilotSyncTracker *tracker);
    AutopilotSyncTracker *tracker() const;

    // "Last sync: 5 minutes ago (12:03)", "Last sync: never"; lastSync in any time zone.
    static QString lastSyncText(const QDateTime &lastSync, const QDateTime &now);
    // The countdown: "7:42", "0:05", "1:00:00"; whole seconds rounded up.
    static QString countdownText(qint64 remainingMs);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateView();

    QPointer<AutopilotSyncTracker> m_tracker;
    QMetaObject::Connection m_changedConnection;
    QMetaObject::Connection m_destroyedConnection;
    QToolButton *m_button;
    QProgressBar *m_busy;
    QLabel *m_state;
    QLabel *m_lastSync;
    QLabel *m_error;
    QTimer *m_tick;
};

} // namespace ed
