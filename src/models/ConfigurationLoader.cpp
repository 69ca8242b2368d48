#include "ConfigurationLoader.h"

#include "EnrollmentConfigurationModel.h"
#include "Group.h"
#include "GroupNameLookup.h"
#include "LoaderSupport.h"
#include "core/Logging.h"
#include "graph/GraphPager.h"
#include "graph/GraphReply.h"
#include "graph/IntuneService.h"

#include <utility>

namespace ed {

using namespace Qt::StringLiterals;

ConfigurationLoader::ConfigurationLoader(IntuneService &intune, EnrollmentConfigurationModel &model, QObject *parent)
    : QObject(parent)
    , m_intune(intune)
    , m_model(model)
    , m_lookup(new GroupNameLookup(intune, this))
{
    connect(m_lookup, &GroupNameLookup::finished, this, &ConfigurationLoader::onNamesFound);
    connect(m_lookup, &GroupNameLookup::failed, this, &ConfigurationLoader::onNamesFailed);
}

ConfigurationLoader::~ConfigurationLoader()
{
    stopAll();
}

void ConfigurationLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConfigurationLoader::stopAll()
{
    ++m_generation;
    if (GraphPager *pager = m_listPager.data())
        pager->cancel();
    const auto reads = std::exchange(m_assignmentReads, {});
    for (const QPointer<GraphReply> &r : reads)
        if (GraphReply *reply = r.data())
            reply->cancel();
    m_lookup->cancel();
    m_resolving = false;
    m_listPager.clear();
    m_listed.clear();
}

void ConfigurationLoader::load()
{
    stopAll();
    m_error = {};
    m_assignmentsError.reset();
    m_groupNamesError.reset();
    setState(State::Loading);
    Q_EMIT progress();

    GraphPager *pager = m_intune.listEnrollmentConfigurations(true);
    m_listPager = pager;
    LoaderSupport::followListing(pager, this, m_generation, m_listed, &ConfigurationLoader::onListFinished,
                                 &ConfigurationLoader::onListFailed);
    pager->start();
}

void ConfigurationLoader::cancel()
{
    if (m_state != State::Loading && !m_resolving)
        return;
    // What was still being read says so instead of showing "…" for ever.
    const QString notRead = tr("Not read: loading was cancelled.");
    const QStringList withoutAssignments = m_assignmentReads.keys();
    const bool loading = m_state == State::Loading;
    // Names being read, or not asked for yet because assignments were still being read.
    const bool readingNames = m_resolving || (loading && !m_listPager && !m_model.unresolvedGroupIds().isEmpty());
    stopAll();
    for (const QString &id : withoutAssignments)
        m_model.setAssignmentsFailed(id, notRead);
    if (readingNames)
        m_model.setGroupNamesFailed(notRead);
    qCInfo(lcModels) << "Loading enrollment configurations cancelled";
    if (loading)
        setState(State::Cancelled);
    Q_EMIT progress();
}

void ConfigurationLoader::onListFinished()
{
    m_listPager.clear();
    QList<EnrollmentConfiguration> listed = std::exchange(m_listed, {});
    QStringList toRead;
    for (const EnrollmentConfiguration &c : std::as_const(listed))
        if (!c.isDefault && !c.assignmentsExpanded)
            toRead.append(c.id);
    qCInfo(lcModels) << "Listed" << listed.size() << "enrollment configurations;" << toRead.size()
                     << "without their assignments";
    m_model.setConfigurations(std::move(listed));
    for (const QString &id : std::as_const(toRead))
        readAssignments(id);
    Q_EMIT progress();
    if (m_assignmentReads.isEmpty())
        resolveGroups();
}

void ConfigurationLoader::onListFailed(const GraphError &error)
{
    m_listPager.clear();
    if (error.kind == GraphError::Kind::Cancelled)
        return;
    m_error = error;
    qCWarning(lcModels).noquote() << "Loading enrollment configurations failed:" << error.summary();
    stopAll();
    setState(State::Failed);
}

void ConfigurationLoader::readAssignments(const QString &configurationId)
{
    const quint64 generation = m_generation;
    GraphReply *reply = m_intune.listConfigurationAssignments(configurationId);
    m_assignmentReads.insert(configurationId, reply);
    const auto done = [this, configurationId] {
        m_assignmentReads.remove(configurationId);
        Q_EMIT progress();
        if (m_assignmentReads.isEmpty())
            resolveGroups();
    };
    reply->then(
            this,
            [this, generation, configurationId, done](const GraphResponse &response) {
                if (generation != m_generation)
                    return;
                auto read = LoaderSupport::assignmentsFromAnswer(response, u"configuration "_s + configurationId);
                if (const GraphError *error = std::get_if<GraphError>(&read)) {
                    m_model.setAssignmentsFailed(configurationId, error->summary());
                    if (!m_assignmentsError)
                        m_assignmentsError = *error;
                } else {
                    m_model.setAssignments(configurationId, std::get<QList<Assignment>>(read));
                }
                done();
            },
            [this, generation, configurationId, done](const GraphError &error) {
                if (generation != m_generation || error.kind == GraphError::Kind::Cancelled)
                    return;
                m_model.setAssignmentsFailed(configurationId, error.summary());
                if (!m_assignmentsError) {
                    m_assignmentsError = error;
                    qCWarning(lcModels).noquote() << "Configuration assignments could not be read:" << error.summary();
                }
                done();
            });
}

void ConfigurationLoader::resolveGroups()
{
    const QStringList ids = m_model.unresolvedGroupIds();
    if (ids.isEmpty()) {
        m_resolving = false;
        checkDone();
        return;
    }
    m_resolving = true;
    m_model.clearGroupNamesFailure(); // "…" while they are read again
    m_lookup->lookup(ids);
    Q_EMIT progress();
}

void ConfigurationLoader::resolveUnknownGroups()
{
    // A load reads every name once the list is in; one that is already reading names looks at
    // the model again when they come.
    if (m_state == State::Loading || m_resolving)
        return;
    resolveGroups();
}

void ConfigurationLoader::onNamesFound(const QHash<QString, Group> &found, const QStringList &missing)
{
    QHash<QString, QString> names;
    names.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        names.insert(it.key(), it->displayName.isEmpty() ? it.key() : it->displayName);
    if (!missing.isEmpty())
        qCInfo(lcModels) << missing.size() << "assigned group(s) no longer exist in the directory";
    m_model.setGroupNames(names, missing);
    m_groupNamesError.reset();
    // Rows replaced meanwhile may name groups this lookup did not ask for.
    resolveGroups();
}

void ConfigurationLoader::onNamesFailed(const GraphError &error)
{
    m_resolving = false;
    if (error.kind == GraphError::Kind::Cancelled)
        return;
    m_groupNamesError = error;
    qCWarning(lcModels).noquote() << "Group names could not be read:" << error.summary();
    m_model.setGroupNamesFailed(error.summary());
    Q_EMIT progress();
    checkDone();
}

void ConfigurationLoader::checkDone()
{
    Q_EMIT progress();
    if (m_state != State::Loading)
        return;
    if (m_listPager || !m_assignmentReads.isEmpty() || m_resolving)
        return;
    m_lastLoaded = QDateTime::currentDateTimeUtc();
    qCInfo(lcModels) << "Enrollment configurations loaded:" << m_model.rowCount() << "configurations";
    setState(State::Ready);
}

} // namespace ed
