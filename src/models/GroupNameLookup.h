#pragma once

#include "Group.h"
#include "graph/GraphError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ed {

class GraphBatch;
class GraphReply;
class IntuneService;
struct GrantedPermissions;

// Turns group ids into groups (display name, mail, type). First with directoryObjects/getByIds
// (Directory.Read.All), at most maxIdsPerCall ids a call, the calls in parallel. When that is
// denied (403: a read-only sign-in has only Group.Read.All) or known to be, with GET
// /groups/{id} for each id, 20 to a $batch (Group.Read.All or GroupMember.Read.All); a 403 is
// remembered, so later lookups go straight to the group reads. An id the directory does not
// return (or answers 404 for) is a deleted group: reported in `missing`, never dropped silently;
// so is an id that is not a GUID (no group has one). Used wherever assignment targets are shown
// by name (configurations list, assignments dialog).
class GroupNameLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupNameLookup)
public:
    static constexpr int maxIdsPerCall = 1000; // directoryObjects/getByIds

    explicit GroupNameLookup(IntuneService &intune, QObject *parent = nullptr);
    ~GroupNameLookup() override;

    // Whether getByIds may be tried. True at first; false once it answered 403 (for the rest of
    // this object's life), or when the caller knows the token lacks Directory.Read.All. Takes
    // effect with the next lookup().
    void setDirectoryReadAllowed(bool allowed);
    bool directoryReadAllowed() const { return m_directoryRead; }
    // setDirectoryReadAllowed from the token's permissions; unknown permissions change nothing.
    void setPermissions(const GrantedPermissions &granted);

    // Starts a lookup of these ids (duplicates and empty ids ignored); a lookup still running is
    // cancelled first. No ids to ask: finished() on the next event-loop turn, nothing found.
    void lookup(const QStringList &groupIds);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // Every call answered. found: by the id as asked; missing: the ids the directory does not have.
    void finished(const QHash<QString, ed::Group> &found, const QStringList &missing);
    // A call (or one group's read) failed for another reason than a missing group (the others
    // are cancelled); nothing is known about any id.
    void failed(const ed::GraphError &error);

private:
    void stopCalls();
    void start();
    void startByIds(quint64 generation);
    void startGroupReads(quint64 generation);
    void fail(const GraphError &error);
    void finish();

    IntuneService &m_intune;
    QList<QPointer<GraphReply>> m_calls; // getByIds
    QPointer<GraphBatch> m_reads; // GET /groups/{id}
    QStringList m_asked; // every id of the lookup, once, in order
    QStringList m_ids; // those worth asking Graph about (GUIDs)
    QHash<QString, QStringList> m_byLowerId; // getByIds answers in its own case
    QHash<QString, Group> m_found;
    int m_pending = 0;
    quint64 m_generation = 0;
    bool m_directoryRead = true;
};

} // namespace ed
