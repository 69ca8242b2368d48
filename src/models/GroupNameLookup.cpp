#include "GroupNameLookup.h"

#include "auth/GrantedPermissions.h"
#include "core/Logging.h"
#include "graph/GraphBatch.h"
#include "graph/GraphReply.h"
#include "graph/IntuneService.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <utility>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

bool isDenied(const GraphError &error)
{
    return error.kind == GraphError::Kind::Http && error.httpStatus == 403;
}

bool isNotFound(const GraphError &error)
{
    return error.kind == GraphError::Kind::Http && error.httpStatus == 404;
}

} // namespace

GroupNameLookup::GroupNameLookup(IntuneService &intune, QObject *parent)
    : QObject(parent)
    , m_intune(intune)
{ }

GroupNameLookup::~GroupNameLookup()
{
    cancel();
}

void GroupNameLookup::setDirectoryReadAllowed(bool allowed)
{
    m_directoryRead = allowed;
}

void GroupNameLookup::setPermissions(const GrantedPermissions &granted)
{
    if (!granted.known)
        return;
    // getByIds: Directory.Read.All (graph.md §6); the wider directory permissions include it.
    QStringList directory = IntuneService::spec(IntuneService::Operation::GetDirectoryObjectsByIds).permissions;
    directory << u"Directory.ReadWrite.All"_s << u"Directory.AccessAsUser.All"_s;
    setDirectoryReadAllowed(granted.allowsAny(directory));
}

bool GroupNameLookup::isRunning() const
{
    return m_pending > 0;
}

void GroupNameLookup::cancel()
{
    stopCalls();
}

void GroupNameLookup::stopCalls()
{
    ++m_generation; // before cancelling: a cancelled call may answer at once, and is ignored
    const QList<QPointer<GraphReply>> calls = std::exchange(m_calls, {});
    for (const QPointer<GraphReply> &call : calls)
        if (GraphReply *reply = call.data())
            reply->cancel();
    GraphBatch *reads = m_reads.data();
    m_reads.clear();
    if (reads) {
        // Not from inside one of the batch's own signals: it cancels on its next turn.
        QTimer::singleShot(0, reads, [reads] { reads->cancel(); });
    }
    m_pending = 0;
}

void GroupNameLookup::lookup(const QStringList &groupIds)
{
    stopCalls();
    m_asked.clear();
    m_ids.clear();
    m_byLowerId.clear();
    m_found.clear();
    QSet<QString> seen;
    for (const QString &id : groupIds) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        m_asked.append(id);
        // Group ids are GUIDs; anything else (a damaged assignment) names no group, and GET
        // /groups/{id} would refuse it with a 400 that says nothing about the other ids.
        if (!QUuid::fromString(id).isNull()) {
            m_ids.append(id);
            m_byLowerId[id.toLower()].append(id);
        }
    }
    start();
}

void GroupNameLookup::start()
{
    const quint64 generation = m_generation;
    if (m_ids.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finish();
        });
        return;
    }
    if (m_directoryRead)
        startByIds(generation);
    else
        startGroupReads(generation);
}

void GroupNameLookup::startByIds(quint64 generation)
{
    for (qsizetype first = 0; first < m_ids.size(); first += maxIdsPerCall) {
        GraphReply *reply = m_intune.getDirectoryObjectsByIds(m_ids.mid(first, maxIdsPerCall));
        m_calls.append(reply);
        ++m_pending;
        reply->then(
                this,
                [this, generation](const GraphResponse &response) {
                    if (generation != m_generation)
                        return;
                    for (const Group &group : Group::listFromJson(response.json.value("value"_L1).toArray())) {
                        if (!group.isGroup() || group.id.isEmpty())
                            continue;
                        for (const QString &asked : m_byLowerId.value(group.id.toLower()))
                            m_found.insert(asked, group);
                    }
                    if (--m_pending > 0)
                        return;
                    m_calls.clear();
                    finish();
                },
                [this, generation](const GraphError &error) {
                    if (generation != m_generation)
                        return;
                    if (isDenied(error)) {
                        // No Directory.Read.All (a read-only sign-in): GET /groups/{id} needs only
                        // Group.Read.All. Not tried again while this object lives.
                        qCInfo(lcModels) << "directoryObjects/getByIds denied (403); reading" << m_ids.size()
                                         << "group(s) one by one instead";
                        m_directoryRead = false;
                        stopCalls();
                        m_found.clear();
                        start();
                        return;
                    }
                    fail(error);
                });
    }
}

void GroupNameLookup::startGroupReads(quint64 generation)
{
    GraphBatch *reads = m_intune.getGroups(m_ids);
    m_reads = reads;
    m_pending = 1;
    const QStringList ids = m_ids;
    connect(reads, &GraphBatch::itemSucceeded, this, [this, generation, ids](int index, const GraphResponse &response) {
        if (generation != m_generation || index < 0 || index >= ids.size())
            return;
        Group group = Group::fromJson(response.json);
        if (!group.isGroup())
            return; // not a group after all: reported missing
        if (group.id.isEmpty())
            group.id = ids.at(index);
        m_found.insert(ids.at(index), group);
    });
    connect(reads, &GraphBatch::itemFailed, this, [this, generation](int, const GraphError &error) {
        if (generation != m_generation || isNotFound(error))
            return; // 404: a deleted group, reported missing
        fail(error);
    });
    connect(reads, &GraphBatch::finished, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_reads.clear();
        m_pending = 0;
        finish();
    });
    reads->start();
}

void GroupNameLookup::fail(const GraphError &error)
{
    stopCalls();
    Q_EMIT failed(error);
}

void GroupNameLookup::finish()
{
    m_pending = 0;
    QStringList missing;
    for (const QString &id : std::as_const(m_asked))
        if (!m_found.contains(id))
            missing.append(id);
    Q_EMIT finished(m_found, missing);
}

} // namespace ed
