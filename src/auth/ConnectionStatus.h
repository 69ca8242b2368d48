#pragma once

#include "GrantedPermissions.h"
#include "core/Cloud.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ed {

class TokenSource;
struct ConnectionProfile;

// Which tenant and cloud are live, as whom, and whether we can talk to Graph. Shown in the
// window title and status bar at all times, so nobody changes a device in the wrong tenant.
struct ConnectionStatus
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStatus)
public:
    enum class State {
        SignedOut, // no token: sign-in is needed
        SignedIn, // a token is held; Graph has not been asked yet
        Connected, // Graph answered a call with this token
        Unreachable, // a token is held, but Graph refused or could not be reached (see problem)
        TokenExpired, // the held token has expired and cannot be renewed
    };

    State state = State::SignedOut;
    QString tenant; // as given, or the token's tenant id; empty when unknown
    QString connectionName; // the saved connection's name; empty for the demo or a token file
    bool demo = false; // the built-in demo tenant (the local Graph emulator)
    Cloud cloud = Cloud::Global;
    QString identity; // empty when signed out
    QString method; // how the token was obtained
    QUrl graphUrl;
    QDateTime expiresAt;
    QString problem; // Unreachable: one sentence on what went wrong
    GrantedPermissions permissions; // what the token allows (unknown: everything is offered)

    QString tenantText() const;
    QString cloudText() const;
    QString identityText() const;
    QString stateText() const;
    // A sentence on what to do next, or empty when nothing needs doing.
    QString hintText() const;
    bool hasToken() const
    {
        return state == State::SignedIn || state == State::Connected || state == State::Unreachable;
    }

    // The status of a connection signed in through SignInController (tokenSource may be null).
    static ConnectionStatus fromConnection(const ConnectionProfile &profile, const TokenSource *tokenSource,
                                           const QDateTime &now);
};

} // namespace ed
