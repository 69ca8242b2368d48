#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ed::test {

// Builds an unsigned-looking but well-formed compact JWT (header.payload.signature) with the
// given payload; the signature part is random bytes, as a real one would look.
QString makeJwt(const QJsonObject &payload);

// A delegated Graph token for adele@contoso.com in tenant contoso, expiring at `expires`.
QString makeUserToken(const QDateTime &expires);

} // namespace ed::test
