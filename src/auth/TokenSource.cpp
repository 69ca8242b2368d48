#include "TokenSource.h"

#include <QTimer>

namespace ed {

void TokenSource::refreshAccessToken()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT refreshFinished(false); });
}

} // namespace ed
