#pragma once

#include <QList>
#include <QStringList>

namespace ed {

class AutopilotDeviceModel;

// A list of serial numbers pasted from a ticket, an e-mail or a spreadsheet column, and the
// devices it names.
class SerialList final
{
public:
    SerialList() = delete;

    // Splits on new lines, commas, semicolons, spaces and tabs; drops quotes around a serial and
    // a header word ("Serial number"); keeps the first of repeated serials (ignoring case).
    static QStringList parse(const QString &text);

    struct Match
    {
        QList<int> rows; // model rows of the devices found, in the order of the list
        QStringList notFound; // serials no device has, as pasted
        int requested = 0; // distinct serials in the list
    };
    // Exact serial match, ignoring case and surrounding blanks. A serial that two devices share
    // (a re-registered device) selects both.
    static Match match(const QStringList &serials, const AutopilotDeviceModel &model);
};

} // namespace ed
