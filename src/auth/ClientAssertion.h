#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY
struct x509_st; // OpenSSL's X509

namespace ed {

// A certificate and its private key, loaded once, that signs RFC 7523 client assertions for the
// client credentials grant (graph.md §8.4, `private_key_jwt`): what an app registration with a
// certificate uses instead of a secret.
//
// Loads PEM (certificate and key in one file or two; the key PKCS#8 or traditional, optionally
// encrypted with a passphrase) or PFX/PKCS#12 (with a passphrase) through OpenSSL. Every failure is
// a value with a sentence a person can act on (wrong passphrase, not a certificate, the key does
// not belong to the certificate, not an RSA key). The key never leaves this object and is never
// logged; copies share it.
class ClientAssertion final
{
    Q_DECLARE_TR_FUNCTIONS(ClientAssertion)
public:
    static constexpr int lifetimeSeconds = 600; // exp = now + 10 minutes
    static constexpr QLatin1StringView assertionType{"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"};

    // `keyPem` empty: the key is in `certificatePem` too. When the PEM holds several certificates
    // (a chain), the one that belongs to the key is used.
    static Expected<ClientAssertion> fromPem(const QByteArray &certificatePem, const QByteArray &keyPem,
                                             const QByteArray &passphrase);
    static Expected<ClientAssertion> fromPkcs12(const QByteArray &pkcs12, const QByteArray &passphrase);
    // Reads the file(s): PEM when the file has PEM blocks, else PFX/PKCS#12. `keyPath` empty: the
    // key is in the certificate file (always so for PFX). The file contents are wiped after use.
    static Expected<ClientAssertion> fromFiles(const QString &certificatePath, const QString &keyPath,
                                               const QByteArray &passphrase);

    // The DER certificate and its thumbprints: `x5t` (base64url SHA-1) and `x5t#S256` (base64url
    // SHA-256), and the SHA-1 in upper-case hex as the Entra admin center shows it.
    QByteArray certificateDer() const { return m_der; }
    QByteArray x5t() const;
    QByteArray x5tS256() const;
    QString thumbprint() const;
    QString subject() const { return m_subject; }
    QDateTime notBefore() const { return m_notBefore; }
    QDateTime notAfter() const { return m_notAfter; }

    // "" when the certificate is valid at `now` for more than 30 days; otherwise one sentence:
    // expired, not valid yet, or expiring soon. A warning only: Entra ID decides.
    QString validityWarning(const QDateTime &now) const;

    // The signed JWT (header.claims.signature, RS256) for `clientId` at `tokenEndpoint`: `aud` =
    // the token endpoint, `iss` = `sub` = the client id, a random `jti`, `nbf` = `iat` = now,
    // `exp` = now + 10 minutes.
    Expected<QByteArray> create(const QString &clientId, const QString &tokenEndpoint,
                                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    ClientAssertion() = default;
    // The checks both formats share (an RSA key), then the certificate's facts and the key.
    static Expected<ClientAssertion> fromPair(x509_st *certificate, std::shared_ptr<evp_pkey_st> key);

    std::shared_ptr<evp_pkey_st> m_key;
    QByteArray m_der;
    QString m_subject;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
};

} // namespace ed
