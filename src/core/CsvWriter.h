#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ed {

// CSV as spreadsheets read it (RFC 4180): comma separated, CRLF line ends, a field quoted when it
// holds a comma, quote, CR, LF or leading/trailing space, quotes doubled; UTF-8 with a byte order
// mark so Excel shows non-ASCII names right.
class CsvWriter final
{
public:
    CsvWriter() = delete;

    static QByteArray encode(const QStringList &header, const QList<QStringList> &rows);
    // Writes through QSaveFile: the file is complete or untouched. Returns the rows written.
    static Expected<qsizetype> write(const QString &path, const QStringList &header, const QList<QStringList> &rows);
};

} // namespace ed
