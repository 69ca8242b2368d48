#pragma once

#include "graph/GraphError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace ed {

class AutopilotDeviceModel;
class GraphPager;
class IntuneService;
struct DeploymentProfile;

// Fills an AutopilotDeviceModel from Graph. The first load shows rows page by page; a refresh
// loads into a second model in the background and swaps it in at the end, so the table keeps
// its rows (and the view its selection) until the new ones are complete. Alongside the pages it
// asks for the device count (for "12,000 of ~50,000") and reads every deployment profile's
// assignedDevices — one paged call per profile, never one per device — to fill the
// assigned-profile column.
class DeviceLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceLoader)
public:
    enum class State { Idle, Loading, Ready, Failed, Cancelled };

    DeviceLoader(IntuneService &intune, AutopilotDeviceModel &model, QObject *parent = nullptr);
    ~DeviceLoader() override;

    // Only the devices assigned to this deployment profile (its assignedDevices), each showing
    // the profile's name in the assigned-profile column; no device count. Empty id: every device.
    // Takes effect at the next load().
    void setProfileScope(const QString &profileId, const QString &profileName);
    const QString &profileScope() const { return m_scopeProfileId; }

    // Loads everything; a refresh when the model already has rows.
    void load();
    void cancel();

    State state() const { return m_state; }
    bool isRefreshing() const { return m_staging != nullptr; }
    const GraphError &error() const { return m_error; }
    // Why the assigned-profile names could not be read (the devices still load); empty when they were.
    const std::optional<GraphError> &profileError() const { return m_profileError; }
    int loaded() const { return m_loaded; }
    // The device count Graph reported, or the last load's count; -1 when unknown.
    qint64 expected() const { return m_expected; }
    QDateTime lastLoaded() const { return m_lastLoaded; }
    // Milliseconds from load() to the first page's rows in the model; -1 before.
    qint64 firstRowsMs() const { return m_firstRowsMs; }
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void stateChanged(ed::DeviceLoader::State state);
    void progress(int loaded, qint64 expected);
    // A refresh is complete and about to replace the model's rows: remember the selection now.
    void aboutToReplace();
    // The new rows are in (after aboutToReplace): restore the selection.
    void replaced();

private:
    void setState(State state);
    void onPage(const QVariant &mapped);
    void onFinished();
    void onFailed(const GraphError &error);
    void requestCount();
    void loadProfiles();
    void loadAssignedDevices(const DeploymentProfile &profile);
    void startProfilePager(GraphPager *pager);
    void applyProfiles(const QHash<QString, QString> &profileByDeviceId);
    void stopAll();

    IntuneService &m_intune;
    AutopilotDeviceModel &m_model;
    std::unique_ptr<AutopilotDeviceModel> m_staging; // a refresh loads here
    QPointer<GraphPager> m_pager;
    QList<QPointer<GraphPager>> m_profilePagers;
    QList<QPointer<QObject>> m_replies;
    State m_state = State::Idle;
    GraphError m_error;
    std::optional<GraphError> m_profileError;
    int m_loaded = 0;
    qint64 m_expected = -1;
    QDateTime m_lastLoaded;
    QElapsedTimer m_clock;
    qint64 m_firstRowsMs = -1;
    qint64 m_elapsedMs = 0;
    quint64 m_generation = 0; // answers of an earlier load are ignored
    QString m_scopeProfileId;
    QString m_scopeProfileName;
};

} // namespace ed
