#pragma once

#include "AssignmentTarget.h"
#include "graph/GraphError.h"
#include "graph/GraphPager.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <variant>

namespace ed {

struct GraphResponse;

// What the loaders of Graph lists (deployment profiles, enrollment configurations) do alike.
namespace LoaderSupport {

// Follows a listing for a loader: the objects of each page (the pager's mapped QList<T>) are
// appended to `listed`; the end and a failure are handed to the loader. All of it only while
// `generation` (the loader's count of loads and stops) is still the one the listing began in.
template<typename T, typename Loader>
void followListing(GraphPager *pager, Loader *loader, const quint64 &generation, QList<T> &listed,
                   void (Loader::*onFinished)(), void (Loader::*onFailed)(const GraphError &))
{
    const quint64 started = generation;
    QObject::connect(pager, &GraphPager::pageReady, loader,
                     [&generation, &listed, started](const QJsonArray &, const QVariant &mapped, int, qint64) {
                         if (generation == started)
                             listed.append(mapped.value<QList<T>>());
                     });
    QObject::connect(pager, &GraphPager::finished, loader, [loader, &generation, started, onFinished] {
        if (generation == started)
            (loader->*onFinished)();
    });
    QObject::connect(pager, &GraphPager::failed, loader,
                     [loader, &generation, started, onFailed](const GraphError &error) {
                         if (generation == started)
                             (loader->*onFailed)(error);
                     });
}

// The assignments in an answer that should be a collection ({"value": [...]}); an
// InvalidResponse error when it is not one. A next page is not read (an object has few
// assignments): a warning names the owner ("profile <id>").
std::variant<QList<Assignment>, GraphError> assignmentsFromAnswer(const GraphResponse &response, const QString &owner);

} // namespace LoaderSupport

} // namespace ed
