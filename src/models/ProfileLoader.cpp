#include "ProfileLoader.h"

#include "DeploymentProfileModel.h"
#include "Group.h"
#include "GroupNameLookup.h"
#include "LoaderSupport.h"
#include "core/Logging.h"
#include "graph/GraphBatch.h"
#include "graph/GraphPager.h"
#include "graph/GraphReply.h"
#include "graph/IntuneService.h"

#include <QJsonArray>
#include <QSet>

#include <utility>

namespace ed {

using namespace Qt::StringLiterals;

ProfileLoader::ProfileLoader(IntuneService &intune, DeploymentProfileModel &model, QObject *parent)
    : QObject(parent)
    , m_intune(intune)
    , m_model(model)
    , m_names(new GroupNameLookup(intune, this))
{
    connect(m_names, &GroupNameLookup::finished, this,
            [this](const QHash<QString, Group> &found, const QStringList &missing) {
                m_resolving = false;
                QHash<QString, QString> names;
                for (const QString &id : missing)
                    names.insert(id, QString()); // the directory no longer has the group
                for (auto it = found.cbegin(); it != found.cend(); ++it)
                    names.insert(it.key(), it->displayName.isEmpty() ? it.key() : it->displayName);
                m_model.setGroupNames(names);
                Q_EMIT progress();
                checkDone();
            });
    connect(m_names, &GroupNameLookup::failed, this, [this](const GraphError &error) {
        m_resolving = false;
        if (error.kind == GraphError::Kind::Cancelled)
            return;
        if (!m_groupNamesError) {
            m_groupNamesError = error;
            qCWarning(lcModels).noquote() << "Group names could not be read:" << error.summary();
        }
        m_model.setGroupNamesFailed(error.summary());
        Q_EMIT progress();
        checkDone();
    });
}

ProfileLoader::~ProfileLoader()
{
    stopAll();
}

void ProfileLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

int ProfileLoader::countsPending() const
{
    return static_cast<int>(m_countQueue.size() + m_countPagers.size());
}

void ProfileLoader::stopAll()
{
    ++m_generation;
    if (GraphPager *pager = m_listPager.data())
        pager->cancel();
    if (GraphBatch *batch = m_assignments.data()) {
        batch->cancel();
        batch->deleteLater();
    }
    m_names->cancel();
    m_resolving = false;
    for (const QPointer<GraphPager> &p : std::as_const(m_countPagers))
        if (GraphPager *pager = p.data())
            pager->cancel();
    m_listPager.clear();
    m_assignments.clear();
    m_countPagers.clear();
    m_countQueue.clear();
    m_listed.clear();
}

void ProfileLoader::load()
{
    stopAll();
    m_error = {};
    m_assignmentsError.reset();
    m_groupNamesError.reset();
    m_countError.reset();
    m_countsTotal = 0;
    setState(State::Loading);
    Q_EMIT progress();

    GraphPager *pager = m_intune.listDeploymentProfiles();
    m_listPager = pager;
    LoaderSupport::followListing(pager, this, m_generation, m_listed, &ProfileLoader::onListFinished,
                                 &ProfileLoader::onListFailed);
    pager->start();
}

void ProfileLoader::cancel()
{
    if (m_state != State::Loading)
        return;
    // What was still being read says so instead of showing "…" for ever.
    const QString notRead = tr("Not read: loading was cancelled.");
    const QStringList counting = QStringList(m_countQueue) + m_countPagers.keys();
    const bool readingNames = m_resolving;
    QStringList withoutAssignments;
    if (m_assignments) {
        for (int row = 0; row < m_model.rowCount(); ++row)
            if (!m_model.assignmentsKnown(row))
                withoutAssignments.append(m_model.profile(row).id);
    }
    stopAll();
    for (const QString &id : counting)
        m_model.setAssignedCountFailed(id, notRead);
    for (const QString &id : std::as_const(withoutAssignments))
        m_model.setAssignmentsFailed(id, notRead);
    if (readingNames)
        m_model.setGroupNamesFailed(notRead);
    qCInfo(lcModels) << "Loading deployment profiles cancelled";
    setState(State::Cancelled);
}

void ProfileLoader::onListFinished()
{
    m_listPager.clear();
    QList<DeploymentProfile> listed = std::exchange(m_listed, {});
    QStringList toRead;
    QStringList all;
    for (const DeploymentProfile &profile : std::as_const(listed)) {
        all.append(profile.id);
        if (!profile.assignmentsExpanded)
            toRead.append(profile.id);
    }
    qCInfo(lcModels) << "Listed" << listed.size() << "deployment profiles";
    m_model.setProfiles(std::move(listed));
    m_countsTotal = 0;
    for (const QString &id : std::as_const(all))
        queueCount(id);
    if (toRead.isEmpty())
        resolveGroups();
    else
        readAssignments(toRead);
    pumpCounts();
    Q_EMIT progress();
    checkDone();
}

void ProfileLoader::onListFailed(const GraphError &error)
{
    m_listPager.clear();
    if (error.kind == GraphError::Kind::Cancelled)
        return;
    m_error = error;
    qCWarning(lcModels).noquote() << "Loading deployment profiles failed:" << error.summary();
    stopAll();
    setState(State::Failed);
}

void ProfileLoader::readAssignments(const QStringList &profileIds)
{
    const quint64 generation = m_generation;
    GraphBatch *batch = m_intune.listProfileAssignments(profileIds);
    m_assignments = batch;
    connect(batch, &GraphBatch::itemSucceeded, this,
            [this, generation, profileIds](int index, const GraphResponse &response) {
                if (generation != m_generation || index < 0 || index >= profileIds.size())
                    return;
                const QString &id = profileIds.at(index);
                auto read = LoaderSupport::assignmentsFromAnswer(response, u"profile "_s + id);
                if (const GraphError *error = std::get_if<GraphError>(&read)) {
                    m_model.setAssignmentsFailed(id, error->summary());
                    if (!m_assignmentsError)
                        m_assignmentsError = *error;
                    return;
                }
                m_model.setAssignments(id, std::get<QList<Assignment>>(read));
            });
    connect(batch, &GraphBatch::itemFailed, this, [this, generation, profileIds](int index, const GraphError &error) {
        if (generation != m_generation || error.kind == GraphError::Kind::Cancelled || index < 0
            || index >= profileIds.size())
            return;
        m_model.setAssignmentsFailed(profileIds.at(index), error.summary());
        if (!m_assignmentsError) {
            m_assignmentsError = error;
            qCWarning(lcModels).noquote() << "Profile assignments could not be read:" << error.summary();
        }
    });
    connect(batch, &GraphBatch::finished, this, [this, generation, batch] {
        batch->deleteLater();
        if (generation != m_generation)
            return;
        m_assignments.clear();
        Q_EMIT progress();
        resolveGroups();
    });
    batch->start();
}

void ProfileLoader::resolveGroups()
{
    const QStringList ids = m_model.assignedGroupIds();
    if (ids.isEmpty()) {
        checkDone();
        return;
    }
    m_resolving = true;
    m_names->lookup(ids);
}

void ProfileLoader::recount(const QString &profileId)
{
    // While the list is read, the load counts every profile anyway.
    if (m_listPager || m_model.rowOfId(profileId) < 0)
        return;
    queueCount(profileId);
    pumpCounts();
    Q_EMIT progress();
}

void ProfileLoader::queueCount(const QString &profileId)
{
    // A count under way may have begun before the change it is asked for: start it again.
    const QPointer<GraphPager> running = m_countPagers.take(profileId);
    if (GraphPager *pager = running.data())
        pager->cancel();
    if (!m_countQueue.contains(profileId)) {
        m_countQueue.append(profileId);
        ++m_countsTotal;
    }
    m_model.setAssignedCountPending(profileId);
}

void ProfileLoader::pumpCounts()
{
    while (m_countPagers.size() < maxParallelCounts && !m_countQueue.isEmpty())
        startCount(m_countQueue.takeFirst());
}

void ProfileLoader::startCount(const QString &profileId)
{
    const quint64 generation = m_generation;
    GraphPager *pager = m_intune.countProfileAssignedDevices(profileId);
    m_countPagers.insert(profileId, pager);
    const auto isCurrent = [this, generation, profileId, pager] {
        return generation == m_generation && m_countPagers.value(profileId).data() == pager;
    };
    // Only the number is kept: pageReady is not listened to, so each page is dropped once counted.
    connect(pager, &GraphPager::finished, this, [this, isCurrent, profileId](int, qint64 items) {
        if (!isCurrent())
            return;
        m_countPagers.remove(profileId);
        m_model.setAssignedCount(profileId, items);
        Q_EMIT countFinished(profileId);
        pumpCounts();
        Q_EMIT progress();
        checkDone();
    });
    connect(pager, &GraphPager::failed, this, [this, isCurrent, profileId](const GraphError &error) {
        if (!isCurrent() || error.kind == GraphError::Kind::Cancelled)
            return;
        m_countPagers.remove(profileId);
        m_model.setAssignedCountFailed(profileId, error.summary());
        if (!m_countError) {
            m_countError = error;
            qCWarning(lcModels).noquote()
                    << "Assigned devices of profile" << profileId << "could not be counted:" << error.summary();
        }
        Q_EMIT countFinished(profileId);
        pumpCounts();
        Q_EMIT progress();
        checkDone();
    });
    pager->start();
}

void ProfileLoader::checkDone()
{
    if (m_state != State::Loading)
        return;
    if (m_listPager || m_assignments || m_resolving || countsPending() > 0)
        return;
    m_lastLoaded = QDateTime::currentDateTimeUtc();
    qCInfo(lcModels) << "Deployment profiles loaded:" << m_model.rowCount() << "profiles";
    setState(State::Ready);
}

} // namespace ed
