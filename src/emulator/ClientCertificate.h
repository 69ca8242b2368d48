#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ed::emu {

// A certificate registered on an app registration: what the identity platform checks a client
// assertion (RFC 7523 `private_key_jwt`) against. Holds DER bytes only; OpenSSL objects live for
// the length of one call.
class ClientCertificate final
{
public:
    // The first certificate of a PEM file; nullopt (and the reason) when there is none.
    static std::optional<ClientCertificate> fromPem(const QByteArray &pem, QString *error = nullptr);

    // SHA-1 and SHA-256 of the DER certificate: what `x5t` and `x5t#S256` carry, base64url-encoded.
    QByteArray sha1Thumbprint() const;
    QByteArray sha256Thumbprint() const;

    // True when `signature` is a valid RS256 or PS256 signature of `signingInput` by this
    // certificate's RSA key. Any other algorithm (or a non-RSA key) is false.
    bool verify(const QByteArray &signingInput, const QByteArray &signature, const QString &algorithm) const;

private:
    QByteArray m_der;
    QByteArray m_publicKeyDer; // SubjectPublicKeyInfo
};

} // namespace ed::emu
