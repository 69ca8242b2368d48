#pragma once

#include "auth/TokenSource.h"

namespace ed::test {

// A token source for client tests: a fixed token, optionally renewable to a new one.
class FakeTokenSource final : public TokenSource
{
    Q_OBJECT
public:
    explicit FakeTokenSource(QString token, QObject *parent = nullptr)
        : TokenSource(parent)
        , m_token(std::move(token))
    { }
    QString accessToken() const override { return m_token; }
    TokenClaims claims() const override { return {}; }
    QString methodDescription() const override { return QStringLiteral("test"); }
    void refreshAccessToken() override
    {
        ++refreshes;
        if (renewTo.isEmpty()) {
            TokenSource::refreshAccessToken();
            return;
        }
        m_token = renewTo;
        QMetaObject::invokeMethod(
                this, [this] { Q_EMIT refreshFinished(true); }, Qt::QueuedConnection);
    }

    QString renewTo; // empty: cannot renew
    int refreshes = 0;

private:
    QString m_token;
};

} // namespace ed::test
