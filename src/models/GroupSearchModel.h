#pragma once

#include "Group.h"
#include "graph/GraphError.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

class QTimer;

namespace ed {

class GraphPager;
class IntuneService;

// Entra ID groups found by name, for the assignment-target picker (graph.md §6). setQuery() waits
// until typing pauses (debounceMs), then asks for the first page only: `$search` on the display
// name (finds words inside names, with ConsistencyLevel: eventual and @odata.count). When Graph
// refuses that with 400 (a proxy dropping the header, a cloud without advanced queries), the same
// query runs as `startswith(displayName, …)`, and so do all later ones (usingFallback()). Further
// pages come on demand: canFetchMore()/fetchMore(), which a view calls when its last row is
// visible. A newer query cancels the older one; rows of an old query never mix into a new one.
class GroupSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupSearchModel)
public:
    enum Column { NameColumn, MailColumn, TypeColumn, IdColumn, ColumnCount };
    enum class State { Idle, Searching, Ready, Failed };
    static constexpr int debounceMs = 300;

    explicit GroupSearchModel(IntuneService &intune, QObject *parent = nullptr);
    ~GroupSearchModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Searches for text once typing has paused for debounceMs (the same text as the results shown
    // does nothing). Surrounding spaces do not count.
    void setQuery(const QString &text);
    // Searches for text now (Enter), even when it is the text shown (a new read).
    void searchNow(const QString &text);
    // Runs the last query again (after a failure).
    void retry();
    // Stops the search running, if any; the rows stay.
    void cancel();

    State state() const { return m_state; }
    // The text of the rows shown (or being searched for).
    QString query() const { return m_query; }
    bool isQueryPending() const; // typed, not yet searched (debouncing)
    // Failed: what Graph said (a 403 names the permissions, Group.Read.All among them).
    const GraphError &error() const { return m_error; }
    // The tenant refused $search: names are matched from their start.
    bool usingFallback() const { return m_fallback; }
    // Groups matching in all, from @odata.count; -1 when Graph did not say ($filter, empty text).
    qint64 totalCount() const { return m_total; }
    bool hasMore() const;
    bool isFetchingMore() const { return m_fetchingMore; }
    // The search requests sent (first pages and fallbacks, not further pages): for tests.
    int searchesStarted() const { return m_searchesStarted; }

    const Group &group(int row) const { return m_groups.at(row); }
    QList<Group> groups(const QList<int> &rows) const;

    // "Security", "Microsoft 365", "Mail-enabled security", "Distribution", with ", dynamic" for
    // dynamic membership ("Security, dynamic").
    static QString typeText(const Group &group);

Q_SIGNALS:
    // State, rows, totals, fallback or "more" changed: the picker's status line.
    void stateChanged();

private:
    void start(const QString &text);
    void onPage(quint64 generation, const QList<Group> &groups, qint64 count);
    void onFailed(quint64 generation, const GraphError &error);
    void setState(State state);
    void stopPager();

    QPointer<IntuneService> m_intune;
    QPointer<GraphPager> m_pager;
    QTimer *m_debounce;
    QString m_pendingQuery;
    QString m_query;
    QList<Group> m_groups;
    QSet<QString> m_ids;
    GraphError m_error;
    State m_state = State::Idle;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    int m_searchesStarted = 0;
    bool m_fallback = false;
    bool m_firstPageSeen = false;
    bool m_fetchingMore = false;
};

} // namespace ed
