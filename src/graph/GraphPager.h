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

namespace ed {

class GraphClient;
class GraphReply;

// Reads a Graph collection page by page: follows @odata.nextLink verbatim until it ends, hands
// each page over as it arrives (rows appear while later pages load), maps the items on a worker
// thread when a mapper is set, refuses a nextLink that repeats (a loop) or leaves the Graph host,
// and stops cleanly on cancel(). Deletes itself after finished() or failed().
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
    int pages() const { return m_pages; }
    qint64 items() const { return m_items; }

Q_SIGNALS:
    // items: the raw array (empty when a mapper produced `mapped`); count: @odata.count (first page) or -1.
    void pageReady(const QJsonArray &items, const QVariant &mapped, int pageNumber, qint64 count);
    void finished(int pages, qint64 items);
    void failed(const ed::GraphError &error);

private:
    struct Parsed;
    static constexpr int maxPagesAwaitingParse = 2;
    void request(const GraphRequest &request);
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
    int m_pages = 0;
    qint64 m_items = 0;
    bool m_done = false;
};

} // namespace ed
