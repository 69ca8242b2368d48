#pragma once

#include "TokenClaims.h"

#include <QObject>

namespace ed {

// Where the bearer token for Graph comes from. The sign-in methods (browser with PKCE, device
// code, client credentials) and a pre-acquired token all sit behind this one interface; the
// Graph client asks it for the current token and never knows how it was obtained.
class TokenSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSource)
public:
    using QObject::QObject;
    ~TokenSource() override = default;

    // The current access token, or empty when there is none. Never log it.
    virtual QString accessToken() const = 0;
    virtual TokenClaims claims() const = 0;
    // How the token was obtained, for the status bar ("token from file").
    virtual QString methodDescription() const = 0;

    // After a 401 the Graph client asks once for a fresh token. Sources that can renew (refresh
    // token, client credentials) start that and emit refreshFinished(true) when a new token is in
    // place; the default cannot, and answers false on the next event-loop turn.
    virtual void refreshAccessToken();

Q_SIGNALS:
    void changed();
    void refreshFinished(bool renewed);
};

} // namespace ed
