#include "GraphPager.h"

#include "GraphClient.h"
#include "core/Logging.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace ed {

using namespace Qt::StringLiterals;

struct GraphPager::Parsed
{
    bool ok = false;
    QJsonArray items;
    QVariant mapped;
    qint64 count = -1;
    int itemCount = 0;
    QString nextLink;
    QString requestedEarly; // the link requested before this page was parsed (see onPage)
};

namespace {

// The page's top-level "@odata.nextLink", found in the raw bytes without parsing the page, so the
// next page can be requested while this one is parsed. Graph writes it as a top-level key; inside
// a string value the quotes would be escaped, and an expanded collection's link has a prefix
// ("assignments@odata.nextLink"), so neither matches. The parse confirms it (deliver()).
QString scanNextLink(const QByteArray &body)
{
    static const QByteArray key = QByteArrayLiteral("\"@odata.nextLink\"");
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0)
        return {};
    qsizetype i = at + key.size();
    while (i < body.size()
           && (body.at(i) == ' ' || body.at(i) == ':' || body.at(i) == '\n' || body.at(i) == '\r'
               || body.at(i) == '\t'))
        ++i;
    if (i >= body.size() || body.at(i) != '"')
        return {};
    qsizetype end = i + 1;
    while (end < body.size() && body.at(end) != '"')
        end += body.at(end) == '\\' ? 2 : 1;
    if (end >= body.size())
        return {};
    // The JSON string, escapes and all, read by the JSON parser: a tiny array.
    const QByteArray fragment = '[' + body.mid(i, end - i + 1) + ']';
    return QJsonDocument::fromJson(fragment).array().at(0).toString();
}

} // namespace

GraphPager::GraphPager(GraphClient &client, GraphRequest first, Mapper mapper, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_first(std::move(first))
    , m_mapper(std::move(mapper))
{
    m_workers.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_workers.setThreadPriority(QThread::IdlePriority);
}

GraphPager::~GraphPager()
{
    if (GraphReply *reply = m_reply.data())
        reply->cancel();
}

void GraphPager::start()
{
    request(m_first);
}

void GraphPager::cancel()
{
    if (m_done)
        return;
    if (GraphReply *reply = m_reply.data())
        reply->cancel(); // fails with Cancelled → fail()
    else
        fail(GraphError::cancelled(QString()));
}

void GraphPager::request(const GraphRequest &request)
{
    GraphRequest r = request;
    r.rawBody = true; // parsed once, here, on a worker
    GraphReply *reply = m_client.send(r);
    m_reply = reply;
    connect(reply, &GraphReply::finished, this, [this](const GraphResponse &response) { onPage(response.body); });
    connect(reply, &GraphReply::failed, this, &GraphPager::fail);
}

std::optional<GraphRequest> GraphPager::nextRequest(const QString &nextLink) const
{
    if (m_seenLinks.contains(nextLink))
        return std::nullopt;
    GraphRequest next = m_first;
    next.absoluteUrl = QUrl(nextLink, QUrl::StrictMode);
    next.query.clear();
    if (!next.absoluteUrl.isValid() || next.absoluteUrl.isRelative())
        return std::nullopt;
    return next;
}

bool GraphPager::requestNext(const QString &nextLink)
{
    const std::optional<GraphRequest> next = nextRequest(nextLink);
    if (!next)
        return false;
    m_seenLinks.insert(nextLink);
    request(*next);
    return true;
}

void GraphPager::setFollowNextLinks(bool follow)
{
    m_follow = follow;
    if (follow && hasMore() && !isFetching())
        fetchMore();
}

bool GraphPager::fetchMore()
{
    if (m_done || m_pendingLink.isEmpty() || isFetching())
        return false;
    const QString link = std::exchange(m_pendingLink, QString());
    if (!requestNext(link)) { // checked when the page came; nothing can have changed since
        GraphError error;
        error.kind = GraphError::Kind::InvalidResponse;
        error.transportMessage = u"Microsoft Graph returned a next page link that cannot be followed."_s;
        fail(error);
        return false;
    }
    return true;
}

void GraphPager::onPage(const QByteArray &body)
{
    m_reply = nullptr;
    if (m_done)
        return;
    const int sequence = m_received++;
    // Ask for the next page now, so it downloads while this one is parsed. A link that repeats or
    // is not a URL is left for deliver() to report, in order.
    // At most a few pages wait for their parse: when parsing is slower than the network, the next
    // page is asked for once this one is handed over (deliver()), so bodies do not pile up.
    // On demand, nothing is asked for before fetchMore().
    const bool parsingKeepsUp = m_follow && m_received - m_delivered <= maxPagesAwaitingParse;
    const QString early = parsingKeepsUp ? scanNextLink(body) : QString();
    const QString requestedEarly = !early.isEmpty() && requestNext(early) ? early : QString();
    auto *watcher = new QFutureWatcher<std::shared_ptr<Parsed>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, sequence] {
        watcher->deleteLater();
        if (m_done)
            return;
        m_parsed.insert(sequence, watcher->result());
        deliverInOrder();
    });
    watcher->setFuture(QtConcurrent::run(&m_workers, [body, mapper = m_mapper, requestedEarly] {
        auto page = std::make_shared<Parsed>();
        page->requestedEarly = requestedEarly;
        QJsonParseError error{};
        const QJsonObject object = QJsonDocument::fromJson(body, &error).object();
        const QJsonValue value = object.value("value"_L1);
        if (error.error != QJsonParseError::NoError || !value.isArray())
            return page;
        page->ok = true;
        page->nextLink = object.value("@odata.nextLink"_L1).toString();
        page->count = object.contains("@odata.count"_L1)
                ? static_cast<qint64>(object.value("@odata.count"_L1).toDouble())
                : -1;
        page->itemCount = static_cast<int>(value.toArray().size());
        if (mapper)
            page->mapped = mapper(value.toArray());
        else
            page->items = value.toArray();
        return page;
    }));
}

void GraphPager::deliverInOrder()
{
    while (!m_done && m_parsed.contains(m_delivered)) {
        const std::shared_ptr<Parsed> page = m_parsed.take(m_delivered);
        ++m_delivered;
        deliver(*page);
    }
}

void GraphPager::deliver(const Parsed &page)
{
    if (!page.ok) {
        GraphError error;
        error.kind = GraphError::Kind::InvalidResponse;
        error.transportMessage = u"A page of the collection is not a Graph collection (no \"value\" array)."_s;
        fail(error);
        return;
    }
    ++m_pages;
    m_items += page.itemCount;
    const QString &nextLink = page.nextLink;
    if (nextLink != page.requestedEarly) {
        GraphError error;
        error.kind = GraphError::Kind::InvalidResponse;
        if (!page.requestedEarly.isEmpty()) // cannot happen with Graph's JSON; never guess which is right
            error.transportMessage = u"A page's next page link could not be read consistently; stopped."_s;
        else if (m_follow ? !requestNext(nextLink) : !nextRequest(nextLink))
            error.transportMessage = m_seenLinks.contains(nextLink)
                    ? u"Microsoft Graph returned the same next page link twice; stopped to avoid a loop."_s
                    : u"Microsoft Graph returned a next page link that is not a valid URL."_s;
        if (!error.transportMessage.isEmpty()) {
            // Never fall back to the first page: that would silently restart the collection.
            Q_EMIT pageReady(page.items, page.mapped, m_pages, page.count);
            fail(error);
            return;
        }
        if (!m_follow)
            m_pendingLink = nextLink; // set before pageReady, so its handlers may call fetchMore()
    }
    Q_EMIT pageReady(page.items, page.mapped, m_pages, page.count);
    if (hasMore() && !isFetching()) {
        Q_EMIT waitingForMore(m_pages, m_items);
        return;
    }
    if (nextLink.isEmpty() && !m_done) {
        m_done = true;
        Q_EMIT finished(m_pages, m_items);
        deleteLater();
    }
}

void GraphPager::fail(const GraphError &error)
{
    if (m_done)
        return;
    m_done = true;
    qCInfo(lcGraph).noquote() << "Paging stopped after" << m_pages << "pages:" << error.summary();
    Q_EMIT failed(error);
    deleteLater();
}

} // namespace ed
