#pragma once

#include "GraphError.h"
#include "GraphRequest.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace ed {

class GraphClient;
class GraphReply;

// Reads a Graph collection page by page: follows @odata.nextLink verbatim until it ends, hands
// each page over as it arrives (rows appear while later pages load), maps the items on a worker
// thread when a mapper is set, refuses a nextLink that repeats (a loop) or leaves the Graph host,
// and stops cleanly on cancel(). Deletes itself after finished() or failed().
//
// On demand (setFollowNextLinks(false)): after each page the pager waits until fetchMore() asks
// for the next one (a picker loads page 2 when the user scrolls or clicks "Load more"). While it
// waits it stays alive; cancel() ends it (failed() with Kind::Cancelled, then it deletes itself).
class GraphPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPager)
public:
    // Runs on a worker thread: turns one page's `value` array into what the caller stores
    // (e.g. QList<AutopilotDevice> in a QVariant), so the GUI thread only appends.
    using Mapper = std::function<QVariant(const QJsonArray &items)>;

    GraphPager(GraphClient &client, GraphRequest first, Mapper mapper = {}, QObject *parent = nullptr);
    ~GraphPager() override;

    void start();
    void cancel();

    // true (the default): every page is fetched, the next one while this one is parsed. false:
    // on demand, see above; set it before start(). Set back to true while waiting, the pager
    // fetches the rest of the collection by itself.
    void setFollowNextLinks(bool follow);
    bool followsNextLinks() const { return m_follow; }
    // A next page exists and waits for fetchMore() (on demand only).
    bool hasMore() const { return !m_done && !m_pendingLink.isEmpty(); }
    // A page has been asked for and not handed over yet.
    bool isFetching() const { return !m_done && (!m_reply.isNull() || m_received > m_delivered); }
    // On demand: asks for the next page. False (and nothing happens) when there is none, one is
    // already coming, or the pager has ended.
    bool fetchMore();
    int pages() const { return m_pages; }
    qint64 items() const { return m_items; }

Q_SIGNALS:
    // items: the raw array (empty when a mapper produced `mapped`); count: @odata.count (first page) or -1.
    void pageReady(const QJsonArray &items, const QVariant &mapped, int pageNumber, qint64 count);
    void finished(int pages, qint64 items);
    void failed(const ed::GraphError &error);
    // On demand: a page was handed over (pageReady came first) and the next one waits for
    // fetchMore(). Not emitted when a pageReady handler already asked for it.
    void waitingForMore(int pages, qint64 items);

private:
    struct Parsed;
    static constexpr int maxPagesAwaitingParse = 2;
    void request(const GraphRequest &request);
    // The request for a next page link, or nullopt when it repeats or is not an absolute URL.
    std::optional<GraphRequest> nextRequest(const QString &nextLink) const;
    bool requestNext(const QString &nextLink);
    void onPage(const QByteArray &body);
    void deliverInOrder();
    void deliver(const Parsed &page);
    void fail(const GraphError &error);

    GraphClient &m_client;
    GraphRequest m_first;
    Mapper m_mapper;
    QPointer<GraphReply> m_reply;
    QSet<QString> m_seenLinks;
    // Pages are parsed on workers in parallel (page k while k+1 downloads) and handed over in order.
    QMap<int, std::shared_ptr<Parsed>> m_parsed;
    int m_received = 0; // pages whose body arrived
    int m_delivered = 0; // pages handed over
    // Parsing runs here: one core fewer than the machine has, at idle priority, so the GUI thread
    // (which appends the pages) always gets a core at once.
    QThreadPool m_workers;
    QString m_pendingLink; // on demand: the next page's link, until fetchMore()
    int m_pages = 0;
    qint64 m_items = 0;
    bool m_done = false;
    bool m_follow = true;
};

} // namespace ed
