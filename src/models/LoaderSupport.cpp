#include "LoaderSupport.h"

#include "core/Logging.h"
#include "graph/GraphReply.h"

#include <QJsonArray>

namespace ed::LoaderSupport {

using namespace Qt::StringLiterals;

std::variant<QList<Assignment>, GraphError> assignmentsFromAnswer(const GraphResponse &response, const QString &owner)
{
    const QJsonValue values = response.json.value("value"_L1);
    if (!values.isArray()) {
        GraphError error;
        error.kind = GraphError::Kind::InvalidResponse;
        error.httpStatus = response.status;
        error.requestId = response.requestId;
        error.clientRequestId = response.clientRequestId;
        error.transportMessage = u"The assignments are not a Graph collection (no \"value\" array)."_s;
        return error;
    }
    if (response.json.contains("@odata.nextLink"_L1))
        qCWarning(lcModels).noquote() << "The assignments of" << owner
                                      << "have more than one page; only the first is shown";
    return Assignment::listFromJson(values.toArray());
}

} // namespace ed::LoaderSupport
