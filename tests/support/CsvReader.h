#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace ed::test {

// A strict RFC 4180 reader: UTF-8 with BOM, CRLF after every record, quotes only around whole
// fields, "" for a quote inside. Anything else is a parse failure (nullopt).
inline std::optional<QList<QStringList>> parseCsv(const QByteArray &bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return std::nullopt;
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and its closing quote seen
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != u'"') {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else {
                quoted = false;
                wasQuoted = true;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt; // a quote in an unquoted field
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return std::nullopt; // bare CR
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            return std::nullopt; // bare LF outside quotes
        } else {
            if (wasQuoted)
                return std::nullopt; // text after a closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt; // unterminated quote or a last record without CRLF
    return records;
}

} // namespace ed::test
