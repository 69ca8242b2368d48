#pragma once

#include "Group.h"
#include "graph/GraphError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ed {

class GraphReply;
class IntuneService;

// Turns group ids into groups (display name, mail, type) with directoryObjects/getByIds, at most
// maxIdsPerCall ids a call, the calls in parallel. An id the directory does not return is a
// deleted group: reported in `missing`, never dropped silently. Used wherever assignment targets
// are shown by name (configurations list, assignments dialog).
class GroupNameLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupNameLookup)
public:
    static constexpr int maxIdsPerCall = 1000; // directoryObjects/getByIds

    explicit GroupNameLookup(IntuneService &intune, QObject *parent = nullptr);
    ~GroupNameLookup() override;

    // Starts a lookup of these ids (duplicates and empty ids ignored); a lookup still running is
    // cancelled first. No ids: finished() on the next event-loop turn with nothing found.
    void lookup(const QStringList &groupIds);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // Every call answered. found: by id; missing: the ids the directory did not return.
    void finished(const QHash<QString, ed::Group> &found, const QStringList &missing);
    // A call failed (the others are cancelled); nothing is known about any id.
    void failed(const ed::GraphError &error);

private:
    IntuneService &m_intune;
    QList<QPointer<GraphReply>> m_calls;
    QStringList m_ids;
    QHash<QString, Group> m_found;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace ed
