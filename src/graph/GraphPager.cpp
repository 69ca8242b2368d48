#include "GraphPager.h"

#include "GraphClient.h"
#include "core/Logging.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace ed {

using namespace Qt::StringLiterals;

namespace {
struct ParsedPage
{
    bool ok = false;
    QJsonArray items;
    QVariant mapped;
    qint64 count = -1;
    int itemCount = 0;
    QString nextLink;
};
} // namespace

GraphPager::GraphPager(GraphClient &client, GraphRequest first, Mapper mapper, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_first(std::move(first))
    , m_mapper(std::move(mapper))
{ }

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
    GraphReply *reply = m_client.send(request);
    m_reply = reply;
    connect(reply, &GraphReply::finished, this, [this](const GraphResponse &response) { onPage(response.body); });
    connect(reply, &GraphReply::failed, this, &GraphPager::fail);
}

void GraphPager::onPage(const QByteArray &body)
{
    m_reply = nullptr;
    if (m_done)
        return;
    // The body was already checked as JSON by the client; parse and map it on a worker.
    auto *watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const ParsedPage page = watcher->result();
        if (m_done)
            return;
        if (!page.ok) {
            GraphError error;
            error.kind = GraphError::Kind::InvalidResponse;
            error.transportMessage = u"A page of the collection is not a Graph collection (no \"value\" array)."_s;
            fail(error);
            return;
        }
        deliver(page.items, page.mapped, page.itemCount, page.count, page.nextLink);
    });
    watcher->setFuture(QtConcurrent::run([body, mapper = m_mapper] {
        ParsedPage page;
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QJsonValue value = object.value("value"_L1);
        if (!value.isArray())
            return page;
        page.ok = true;
        page.nextLink = object.value("@odata.nextLink"_L1).toString();
        page.count = object.contains("@odata.count"_L1)
                ? static_cast<qint64>(object.value("@odata.count"_L1).toDouble())
                : -1;
        page.itemCount = static_cast<int>(value.toArray().size());
        if (mapper)
            page.mapped = mapper(value.toArray());
        else
            page.items = value.toArray();
        return page;
    }));
}

void GraphPager::deliver(const QJsonArray &items, const QVariant &mapped, int itemCount, qint64 count,
                         const QString &nextLink)
{
    ++m_pages;
    m_items += itemCount;
    // Ask for the next page before handing this one over, so loading continues meanwhile.
    if (!nextLink.isEmpty()) {
        if (m_seenLinks.contains(nextLink)) {
            GraphError error;
            error.kind = GraphError::Kind::InvalidResponse;
            error.transportMessage =
                    u"Microsoft Graph returned the same next page link twice; stopped to avoid a loop."_s;
            Q_EMIT pageReady(items, mapped, m_pages, count);
            fail(error);
            return;
        }
        m_seenLinks.insert(nextLink);
        GraphRequest next = m_first;
        next.absoluteUrl = QUrl(nextLink, QUrl::StrictMode);
        next.query.clear();
        if (!next.absoluteUrl.isValid() || next.absoluteUrl.isRelative()) {
            // Never fall back to the first page: that would silently restart the collection.
            GraphError error;
            error.kind = GraphError::Kind::InvalidResponse;
            error.transportMessage = u"Microsoft Graph returned a next page link that is not a valid URL."_s;
            Q_EMIT pageReady(items, mapped, m_pages, count);
            fail(error);
            return;
        }
        request(next);
    }
    Q_EMIT pageReady(items, mapped, m_pages, count);
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
