#include "SerialList.h"

#include "AutopilotDeviceModel.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ed {

using namespace Qt::StringLiterals;

QStringList SerialList::parse(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    // Header words of a pasted column ("device" from the Autopilot CSV's "Device Serial Number").
    static const QSet<QString> headerWords{u"serial"_s, u"serials"_s, u"serialnumber"_s, u"serial_number"_s,
                                           u"number"_s, u"sn"_s,      u"s/n"_s,          u"device"_s};
    QStringList serials;
    QSet<QString> seen;
    for (QString token : text.split(separators, Qt::SkipEmptyParts)) {
        // Quotes from a CSV cell or a ticket ("5CG1234XYZ"), and a sentence's full stop.
        while (!token.isEmpty() && (token.front() == u'"' || token.front() == u'\'' || token.front() == u'('))
            token.remove(0, 1);
        while (!token.isEmpty()
               && (token.back() == u'"' || token.back() == u'\'' || token.back() == u'.' || token.back() == u')'
                   || token.back() == u':'))
            token.chop(1);
        if (token.isEmpty() || headerWords.contains(token.toLower()))
            continue;
        const QString key = token.toUpper();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        serials.append(token);
    }
    return serials;
}

SerialList::Match SerialList::match(const QStringList &serials, const AutopilotDeviceModel &model)
{
    Match result;
    QHash<QString, QList<int>> wanted;
    QStringList order;
    for (const QString &serial : serials) {
        const QString key = serial.trimmed().toUpper();
        if (key.isEmpty() || wanted.contains(key))
            continue;
        wanted.insert(key, {});
        order.append(serial.trimmed());
    }
    result.requested = static_cast<int>(order.size());
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        // Some OEMs pad serials with blanks, and Graph passes them on.
        const QString serial = model.row(row).serialNumber.trimmed();
        if (serial.isEmpty())
            continue;
        const auto it = wanted.find(serial.toUpper());
        if (it != wanted.end())
            it->append(row);
    }
    for (const QString &serial : std::as_const(order)) {
        const QList<int> &found = wanted[serial.toUpper()];
        if (found.isEmpty())
            result.notFound.append(serial);
        else
            result.rows.append(found);
    }
    return result;
}

} // namespace ed
