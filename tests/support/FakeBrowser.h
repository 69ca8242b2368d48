#pragma once

#include "auth/BrowserSignIn.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>

namespace ed::test {

// Plays the system browser: opens the authorize URL, follows the one 302 to the loopback listener
// (optionally tampered with) and keeps what the listener answered.
class FakeBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeBrowser)
public:
    explicit FakeBrowser(QObject *parent = nullptr)
        : QObject(parent)
    { }

    BrowserSignIn::UrlOpener opener()
    {
        return [this](const QUrl &url) {
            opened.append(url);
            if (follow)
                get(url, true);
            return openResult;
        };
    }

    // GET without following redirects; the authorize answer's Location is followed once.
    void get(const QUrl &url, bool followRedirect)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, followRedirect] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (followRedirect) {
                authorizeStatus = status;
                QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
                if (status != 302 || !location.isValid()) {
                    Q_EMIT done();
                    return;
                }
                if (tamper)
                    location = tamper(location);
                callbackUrl = location;
                if (!deliverCallback) {
                    Q_EMIT done();
                    return;
                }
                get(location, false);
                return;
            }
            callbackStatus = status;
            callbackError = reply->error();
            callbackBody = reply->readAll();
            callbackHeaders = reply->rawHeaderPairs();
            Q_EMIT done();
        });
    }

    QNetworkAccessManager &network() { return m_network; }

    bool follow = true;
    bool openResult = true;
    bool deliverCallback = true;
    std::function<QUrl(const QUrl &)> tamper;
    QList<QUrl> opened;
    int authorizeStatus = 0;
    QUrl callbackUrl;
    int callbackStatus = 0;
    QNetworkReply::NetworkError callbackError = QNetworkReply::NoError;
    QByteArray callbackBody;
    QList<std::pair<QByteArray, QByteArray>> callbackHeaders;

Q_SIGNALS:
    void done();

private:
    QNetworkAccessManager m_network;
};

} // namespace ed::test
