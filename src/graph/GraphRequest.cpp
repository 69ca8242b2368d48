#include "GraphRequest.h"

namespace ed {

using namespace Qt::StringLiterals;

GraphRequest GraphRequest::get(Version version, const QString &path, const QUrlQuery &query)
{
    GraphRequest r;
    r.version = version;
    r.path = path;
    r.query = query;
    return r;
}

GraphRequest GraphRequest::post(Version version, const QString &path, const QJsonObject &body)
{
    GraphRequest r;
    r.method = Method::Post;
    r.version = version;
    r.path = path;
    r.body = body;
    return r;
}

GraphRequest GraphRequest::patch(Version version, const QString &path, const QJsonObject &body)
{
    GraphRequest r = post(version, path, body);
    r.method = Method::Patch;
    return r;
}

GraphRequest GraphRequest::del(Version version, const QString &path)
{
    GraphRequest r;
    r.method = Method::Delete;
    r.version = version;
    r.path = path;
    return r;
}

QByteArray GraphRequest::methodName() const
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Patch:
        return "PATCH";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

QString GraphRequest::versionName(Version version)
{
    return version == Version::Beta ? u"beta"_s : u"v1.0"_s;
}

QUrl GraphRequest::url(const QUrl &graphBase) const
{
    if (absoluteUrl.isValid() && !absoluteUrl.isEmpty())
        return absoluteUrl;
    QUrl url = graphBase;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + versionName(version) + path);
    url.setQuery(query);
    return url;
}

QString GraphRequest::relativeUrl() const
{
    const QString q = query.toString(QUrl::FullyEncoded);
    return q.isEmpty() ? path : path + u'?' + q;
}

QString GraphRequest::workload() const
{
    if (!workloadHint.isEmpty())
        return workloadHint;
    if (absoluteUrl.isValid() && !absoluteUrl.isEmpty()) {
        // "…/beta/deviceManagement/…" under any base path: the segment after the version.
        const QStringList segments = absoluteUrl.path().split(u'/', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < segments.size(); ++i)
            if (segments.at(i) == u"beta" || segments.at(i) == u"v1.0")
                return segments.at(i + 1) == u"deviceManagement" ? u"deviceManagement"_s : u"directory"_s;
        return u"directory"_s;
    }
    return path.startsWith(u"/deviceManagement"_s) ? u"deviceManagement"_s : u"directory"_s;
}

} // namespace ed
