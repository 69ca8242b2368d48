#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace ed::test {

// Microsoft's sample payloads (tests/data/samples, provenance in the shared reference README) and
// hand-written JSON, for the domain parsing tests. Header-only: tests define ED_SAMPLES_DIR.
inline QJsonObject sampleObject(const QString &fileName)
{
#ifdef ED_SAMPLES_DIR
    QFile file(QStringLiteral(ED_SAMPLES_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
#else
    Q_UNUSED(fileName);
    return {};
#endif
}

// The `value` array of a sample collection response.
inline QJsonArray sampleValues(const QString &fileName)
{
    return sampleObject(fileName).value(QLatin1StringView("value")).toArray();
}

// A JSON object from text; {} when it is not one.
inline QJsonObject jsonObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace ed::test
