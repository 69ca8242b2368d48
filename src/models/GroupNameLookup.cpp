#include "GroupNameLookup.h"

#include "graph/GraphReply.h"
#include "graph/IntuneService.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

namespace ed {

using namespace Qt::StringLiterals;

GroupNameLookup::GroupNameLookup(IntuneService &intune, QObject *parent)
    : QObject(parent)
    , m_intune(intune)
{ }

GroupNameLookup::~GroupNameLookup()
{
    cancel();
}

bool GroupNameLookup::isRunning() const
{
    return m_pending > 0;
}

void GroupNameLookup::cancel()
{
    ++m_generation;
    const QList<QPointer<GraphReply>> calls = std::exchange(m_calls, {});
    for (const QPointer<GraphReply> &call : calls)
        if (GraphReply *reply = call.data())
            reply->cancel();
    m_pending = 0;
}

void GroupNameLookup::lookup(const QStringList &groupIds)
{
    cancel();
    const quint64 generation = m_generation;
    m_ids.clear();
    m_found.clear();
    QSet<QString> seen;
    for (const QString &id : groupIds) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            m_ids.append(id);
        }
    }
    if (m_ids.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                Q_EMIT finished({}, {});
        });
        return;
    }
    for (qsizetype start = 0; start < m_ids.size(); start += maxIdsPerCall) {
        GraphReply *reply = m_intune.getDirectoryObjectsByIds(m_ids.mid(start, maxIdsPerCall));
        m_calls.append(reply);
        ++m_pending;
        reply->then(
                this,
                [this, generation](const GraphResponse &response) {
                    if (generation != m_generation)
                        return;
                    for (const Group &group : Group::listFromJson(response.json.value("value"_L1).toArray()))
                        if (group.isGroup() && !group.id.isEmpty())
                            m_found.insert(group.id, group);
                    if (--m_pending > 0)
                        return;
                    m_calls.clear();
                    QStringList missing;
                    for (const QString &id : std::as_const(m_ids))
                        if (!m_found.contains(id))
                            missing.append(id);
                    Q_EMIT finished(m_found, missing);
                },
                [this, generation](const GraphError &error) {
                    if (generation != m_generation)
                        return;
                    cancel();
                    Q_EMIT failed(error);
                });
    }
}

} // namespace ed
