#include "CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

bool needsQuotes(const QString &field)
{
    if (field.isEmpty())
        return false;
    // Leading or trailing white space is kept only inside quotes by many readers.
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

void appendField(QString &out, const QString &field)
{
    if (!needsQuotes(field)) {
        out += field;
        return;
    }
    out += u'"';
    for (const QChar c : field) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

void appendRecord(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += u',';
        appendField(out, fields.at(i));
    }
    out += "\r\n"_L1;
}

} // namespace

QByteArray CsvWriter::encode(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    if (!header.isEmpty())
        appendRecord(text, header);
    for (const QStringList &row : rows)
        appendRecord(text, row);
    QByteArray bytes("\xEF\xBB\xBF"); // UTF-8 byte order mark: Excel reads the file as UTF-8
    bytes += text.toUtf8();
    return bytes;
}

Expected<qsizetype> CsvWriter::write(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto failure = [&shown](const QString &reason) {
        return Error{QCoreApplication::translate("ed::CsvWriter", "Could not save “%1”: %2.").arg(shown, reason)};
    };
    if (path.isEmpty())
        return Error{QCoreApplication::translate("ed::CsvWriter", "Could not save the file: no file name was given.")};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    const QByteArray bytes = encode(header, rows);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    // commit() renames the finished temporary file over the target: the file is whole or untouched.
    if (!file.commit())
        return failure(file.errorString());
    return rows.size();
}

} // namespace ed
