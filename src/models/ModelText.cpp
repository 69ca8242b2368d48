#include "ModelText.h"

#include <QLocale>

namespace ed::ModelText {

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString longTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

qint64 sortTime(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : qint64(-1);
}

bool namesPending(const std::optional<QList<Assignment>> &assignments, const TargetNames &names,
                  const QString &namesError)
{
    if (!assignments || !namesError.isEmpty())
        return false;
    return names.missingAny(*assignments);
}

} // namespace ed::ModelText
