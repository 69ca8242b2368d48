#include "GroupSearchModel.h"

#include "core/Logging.h"
#include "graph/GraphPager.h"
#include "graph/IntuneService.h"

#include <QTimer>

namespace ed {

using namespace Qt::StringLiterals;

GroupSearchModel::GroupSearchModel(IntuneService &intune, QObject *parent)
    : QAbstractTableModel(parent)
    , m_intune(&intune)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { start(m_pendingQuery); });
}

GroupSearchModel::~GroupSearchModel()
{
    stopPager();
}

int GroupSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int GroupSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const Group &g = m_groups.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return g.displayName.isEmpty() ? g.id : g.displayName;
        case MailColumn:
            return g.mail;
        case TypeColumn:
            return typeText(g);
        case IdColumn:
            return g.id;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{g.displayName.isEmpty() ? g.id : g.displayName};
        if (!g.description.isEmpty())
            lines.append(g.description);
        if (!g.membershipRule.isEmpty())
            lines.append(tr("Membership rule: %1").arg(g.membershipRule));
        lines.append(tr("Object ID: %1").arg(g.id));
        return lines.join(u'\n');
    }
    if (role == Qt::UserRole)
        return g.id;
    return {};
}

QVariant GroupSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MailColumn:
        return tr("Mail");
    case TypeColumn:
        return tr("Type");
    case IdColumn:
        return tr("Object ID");
    default:
        return {};
    }
}

bool GroupSearchModel::hasMore() const
{
    const GraphPager *pager = m_pager.data();
    return pager != nullptr && pager->hasMore();
}

bool GroupSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == State::Ready && !m_fetchingMore && hasMore();
}

void GroupSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    GraphPager *pager = m_pager.data();
    if (pager == nullptr)
        return;
    m_fetchingMore = pager->fetchMore();
    Q_EMIT stateChanged();
}

bool GroupSearchModel::isQueryPending() const
{
    return m_debounce->isActive();
}

void GroupSearchModel::setQuery(const QString &text)
{
    m_pendingQuery = text.trimmed();
    if (m_pendingQuery == m_query && (m_state == State::Searching || m_state == State::Ready)) {
        m_debounce->stop(); // typed and taken back: the rows shown are for this text
    } else {
        m_debounce->start();
    }
    Q_EMIT stateChanged();
}

void GroupSearchModel::searchNow(const QString &text)
{
    m_pendingQuery = text.trimmed();
    start(m_pendingQuery);
}

void GroupSearchModel::retry()
{
    start(m_query);
}

void GroupSearchModel::cancel()
{
    m_debounce->stop();
    stopPager();
    m_fetchingMore = false;
    if (m_state == State::Searching)
        setState(State::Idle);
    else
        Q_EMIT stateChanged();
}

void GroupSearchModel::stopPager()
{
    ++m_generation; // whatever the old pager still says is ignored
    GraphPager *pager = m_pager.data();
    m_pager = nullptr;
    if (pager != nullptr) {
        disconnect(pager, nullptr, this, nullptr);
        pager->cancel();
    }
}

void GroupSearchModel::start(const QString &text)
{
    m_debounce->stop();
    stopPager();
    const quint64 generation = m_generation;
    m_query = text;
    beginResetModel();
    m_groups.clear();
    m_ids.clear();
    endResetModel();
    m_total = -1;
    m_error = GraphError();
    m_fetchingMore = false;
    m_firstPageSeen = false;

    IntuneService *intune = m_intune.data();
    if (intune == nullptr) {
        setState(State::Idle);
        return;
    }
    // $search when the tenant allows it; an empty text lists groups in either mode.
    const bool search = !m_fallback && !text.isEmpty();
    GraphPager *pager = intune->searchGroups(
            text, m_fallback ? IntuneService::GroupQuery::StartsWith : IntuneService::GroupQuery::Search);
    pager->setFollowNextLinks(false);
    m_pager = pager;
    connect(pager, &GraphPager::pageReady, this,
            [this, generation](const QJsonArray &, const QVariant &mapped, int, qint64 count) {
                onPage(generation, mapped.value<QList<Group>>(), count);
            });
    connect(pager, &GraphPager::waitingForMore, this, [this, generation] {
        if (generation == m_generation)
            Q_EMIT stateChanged();
    });
    connect(pager, &GraphPager::finished, this, [this, generation] {
        if (generation == m_generation)
            Q_EMIT stateChanged();
    });
    connect(pager, &GraphPager::failed, this, [this, generation, search](const GraphError &error) {
        if (generation != m_generation)
            return;
        // Refused $search before any row came: the tenant (or a proxy) does not do advanced
        // queries. The same text again, matched from the start of names, now and from now on.
        if (search && !m_firstPageSeen && error.kind == GraphError::Kind::Http && error.httpStatus == 400) {
            qCInfo(lcModels).noquote() << "Group search: $search refused (" << error.code
                                       << "); falling back to startswith";
            m_fallback = true;
            start(m_query);
            return;
        }
        onFailed(generation, error);
    });
    ++m_searchesStarted;
    setState(State::Searching);
    pager->start();
}

void GroupSearchModel::onPage(quint64 generation, const QList<Group> &groups, qint64 count)
{
    if (generation != m_generation)
        return;
    if (!m_firstPageSeen) {
        m_firstPageSeen = true;
        m_total = count; // @odata.count comes with the first page only
    }
    QList<Group> fresh;
    fresh.reserve(groups.size());
    for (const Group &g : groups) {
        if (g.id.isEmpty() || m_ids.contains(g.id))
            continue;
        m_ids.insert(g.id);
        fresh.append(g);
    }
    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_groups.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        m_groups.append(fresh);
        endInsertRows();
    }
    m_fetchingMore = false;
    setState(State::Ready);
}

void GroupSearchModel::onFailed(quint64 generation, const GraphError &error)
{
    if (generation != m_generation)
        return;
    m_fetchingMore = false;
    if (error.kind == GraphError::Kind::Cancelled) {
        setState(m_firstPageSeen ? State::Ready : State::Idle);
        return;
    }
    qCInfo(lcModels).noquote() << "Group search failed:" << error.summary();
    m_error = error;
    setState(State::Failed);
}

void GroupSearchModel::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

QList<Group> GroupSearchModel::groups(const QList<int> &rows) const
{
    QList<Group> out;
    out.reserve(rows.size());
    for (const int row : rows)
        if (row >= 0 && row < m_groups.size())
            out.append(m_groups.at(row));
    return out;
}

QString GroupSearchModel::typeText(const Group &group)
{
    QString base;
    if (group.isMicrosoft365())
        base = tr("Microsoft 365");
    else if (group.securityEnabled && group.mailEnabled)
        base = tr("Mail-enabled security");
    else if (group.securityEnabled)
        base = tr("Security");
    else if (group.mailEnabled)
        base = tr("Distribution");
    else
        base = tr("Other");
    return group.isDynamic() ? tr("%1, dynamic").arg(base) : base;
}

} // namespace ed
