#pragma once

#include "EnrollmentConfiguration.h"
#include "graph/GraphError.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace ed {

class EnrollmentConfigurationModel;
class GraphPager;
class GraphReply;
class GroupNameLookup;
struct Group;
class IntuneService;

// Fills an EnrollmentConfigurationModel from Graph: every configuration with its assignments
// ($expand=assignments, paged), the assignments of any custom configuration the list sent without
// them (one GET each; configurations are few), then the names of every group the assignments
// target (GroupNameLookup: getByIds; a group the directory no longer has is kept as deleted).
// Only the list can fail the load; the assignments fail per row, the names per cell (e.g. 403
// without Directory.Read.All), each with its reason kept for the view.
class ConfigurationLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationLoader)
public:
    // Loading: something is still being read (the rows appear as soon as the list is in).
    // Ready: everything has answered (parts may have failed: see the optional errors).
    enum class State { Idle, Loading, Ready, Failed, Cancelled };

    ConfigurationLoader(IntuneService &intune, EnrollmentConfigurationModel &model, QObject *parent = nullptr);
    ~ConfigurationLoader() override;

    // Reads everything again. The rows stay until the new list is complete.
    void load();
    void reload() { load(); }
    void cancel();
    // Reads the names of the groups the model shows without one (after an assignment changed a
    // row). Outside a load only; a load reads every name anyway.
    void resolveUnknownGroups();

    State state() const { return m_state; }
    const GraphError &error() const { return m_error; }
    // The first failure of each later step; empty when it succeeded (or has not ended).
    const std::optional<GraphError> &assignmentsError() const { return m_assignmentsError; }
    const std::optional<GraphError> &groupNamesError() const { return m_groupNamesError; }
    bool isReadingAssignments() const { return !m_assignmentReads.isEmpty(); }
    bool isResolvingNames() const { return m_resolving; }
    QDateTime lastLoaded() const { return m_lastLoaded; }

Q_SIGNALS:
    void stateChanged(ed::ConfigurationLoader::State state);
    // A step advanced (the list, the assignments, the names): the view updates its progress.
    void progress();

private:
    void setState(State state);
    void stopAll();
    void onListFinished();
    void onListFailed(const GraphError &error);
    void readAssignments(const QString &configurationId);
    void resolveGroups();
    void onNamesFound(const QHash<QString, Group> &found, const QStringList &missing);
    void onNamesFailed(const GraphError &error);
    void checkDone();

    IntuneService &m_intune;
    EnrollmentConfigurationModel &m_model;
    GroupNameLookup *m_lookup;
    QPointer<GraphPager> m_listPager;
    QHash<QString, QPointer<GraphReply>> m_assignmentReads; // by configuration id
    QList<EnrollmentConfiguration> m_listed; // the list as it arrives, shown when complete
    State m_state = State::Idle;
    GraphError m_error;
    std::optional<GraphError> m_assignmentsError;
    std::optional<GraphError> m_groupNamesError;
    bool m_resolving = false;
    QDateTime m_lastLoaded;
    quint64 m_generation = 0; // answers of an earlier load are ignored
};

} // namespace ed
