#include "EmulatorFixture.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

namespace ed::test {

using namespace Qt::StringLiterals;

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::errorCode() const
{
    const QJsonObject object = json();
    const QJsonValue envelope = object.value("error"_L1);
    return envelope.isObject() ? envelope.toObject().value("code"_L1).toString() : envelope.toString();
}

emu::EmulatorOptions EmulatorFixture::smallTenant()
{
    emu::EmulatorOptions options;
    options.devices = 300;
    options.throttle = emu::ThrottleProfile::Off;
    options.profileAssignDelayMs = 300;
    options.syncDurationMs = 300;
    return options;
}

EmulatorFixture::EmulatorFixture(emu::EmulatorOptions options)
    : m_host(std::move(options))
{
    m_started = m_host.start(&m_startError);
    if (m_started)
        m_defaultToken = m_host.issueToken(emu::EmulatorHost::allScopes());
    if (m_host.options().tls) {
        // Trust the emulator's self-signed certificate, as --ca-file does for the app.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(m_host.certificateFile());
        QSslConfiguration::setDefaultConfiguration(configuration);
    }
}

EmulatorFixture::~EmulatorFixture() = default;

void EmulatorFixture::waitForFreshThrottleWindow(int windowMs)
{
    const qint64 intoWindow = QDateTime::currentMSecsSinceEpoch() % windowMs;
    QTest::qWait(int(windowMs - intoWindow + 20));
}

QString EmulatorFixture::url(const QString &pathAndQuery) const
{
    if (pathAndQuery.startsWith(u"http://"_s) || pathAndQuery.startsWith(u"https://"_s))
        return pathAndQuery;
    return m_host.baseUrl().toString() + pathAndQuery;
}

QString EmulatorFixture::token(const QStringList &scopes) const
{
    return scopes.isEmpty() ? m_defaultToken : m_host.issueToken(scopes);
}

HttpResult EmulatorFixture::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                 const Headers &headers, const std::optional<QString> &token)
{
    QNetworkRequest request(QUrl(url(pathAndQuery), QUrl::TolerantMode));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30'000);
    const QString bearer = token.value_or(m_defaultToken);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(35'000, &loop, &QEventLoop::quit);
    loop.exec();

    HttpResult result;
    if (!reply->isFinished()) {
        reply->abort();
        result.errorString = u"timed out"_s;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (result.errorString.isEmpty())
        result.errorString = reply->errorString();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpResult EmulatorFixture::get(const QString &pathAndQuery, const Headers &headers,
                                const std::optional<QString> &token)
{
    return send("GET", pathAndQuery, {}, headers, token);
}

HttpResult EmulatorFixture::postJson(const QString &pathAndQuery, const QJsonObject &body, const Headers &headers,
                                     const std::optional<QString> &token)
{
    return send("POST", pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, token);
}

HttpResult EmulatorFixture::patchJson(const QString &pathAndQuery, const QJsonObject &body, const Headers &headers,
                                      const std::optional<QString> &token)
{
    return send("PATCH", pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, token);
}

HttpResult EmulatorFixture::postForm(const QString &pathAndQuery, const QList<std::pair<QString, QString>> &fields,
                                     const Headers &headers)
{
    QByteArray form;
    for (const auto &[key, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    Headers all = headers;
    all.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/x-www-form-urlencoded"));
    return send("POST", pathAndQuery, form, all, QString());
}

} // namespace ed::test
