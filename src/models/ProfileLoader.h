#pragma once

#include "DeploymentProfile.h"
#include "graph/GraphError.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace ed {

class DeploymentProfileModel;
class GraphBatch;
class GraphPager;
class GraphReply;
class GroupNameLookup;
class IntuneService;

// Fills a DeploymentProfileModel from Graph in four steps: the profiles (paged), then every
// profile's assignments (20 to a $batch), then the names of the groups they target
// (GroupNameLookup: getByIds, or the groups one by one when the token may only read groups; an id
// the directory does not return is a deleted group), and alongside, the number of devices each profile is assigned to
// (its assignedDevices, paged and only counted: the devices are not kept). Only the profile list can fail the load; the
// other steps fail per cell, with the reason kept for the view.
class ProfileLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileLoader)
public:
    // Loading: something is still being read (the rows appear as soon as the list is in).
    // Ready: everything has answered (parts may have failed: see the optional errors).
    enum class State { Idle, Loading, Ready, Failed, Cancelled };

    static constexpr int maxParallelCounts = 4; // assignedDevices pagers at once

    ProfileLoader(IntuneService &intune, DeploymentProfileModel &model, QObject *parent = nullptr);
    ~ProfileLoader() override;

    // Reads everything again. The rows stay until the new list is complete.
    void load();
    void cancel();
    // Counts the devices of one profile again (after an assignment); the cell shows "…" meanwhile.
    void recount(const QString &profileId);

    State state() const { return m_state; }
    const GraphError &error() const { return m_error; }
    // The first failure of each later step; empty when the step succeeded (or has not ended).
    const std::optional<GraphError> &assignmentsError() const { return m_assignmentsError; }
    const std::optional<GraphError> &groupNamesError() const { return m_groupNamesError; }
    const std::optional<GraphError> &countError() const { return m_countError; }
    // Profiles whose devices are being (or waiting to be) counted.
    int countsPending() const;
    int countsTotal() const { return m_countsTotal; }
    bool isReadingAssignments() const { return m_assignments || m_resolving; }
    QDateTime lastLoaded() const { return m_lastLoaded; }

Q_SIGNALS:
    void stateChanged(ed::ProfileLoader::State state);
    // A step advanced (a count, the assignments, the names): the view updates its progress text.
    void progress();
    // The devices of this profile were counted (or the count failed).
    void countFinished(const QString &profileId);

private:
    void setState(State state);
    void stopAll();
    void onListFinished();
    void onListFailed(const GraphError &error);
    void readAssignments(const QStringList &profileIds);
    void resolveGroups();
    void queueCount(const QString &profileId);
    void pumpCounts();
    void startCount(const QString &profileId);
    void checkDone();

    IntuneService &m_intune;
    DeploymentProfileModel &m_model;
    QPointer<GraphPager> m_listPager;
    QPointer<GraphBatch> m_assignments;
    GroupNameLookup *m_names;
    QHash<QString, QPointer<GraphPager>> m_countPagers; // by profile id
    QStringList m_countQueue;
    QList<DeploymentProfile> m_listed; // the list as it arrives, shown when complete
    State m_state = State::Idle;
    GraphError m_error;
    std::optional<GraphError> m_assignmentsError;
    std::optional<GraphError> m_groupNamesError;
    std::optional<GraphError> m_countError;
    bool m_resolving = false; // group names are being read
    int m_countsTotal = 0;
    QDateTime m_lastLoaded;
    quint64 m_generation = 0; // answers of an earlier load are ignored
};

} // namespace ed
