#include "ClientCertificate.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *pointer) const { Free(pointer); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

std::optional<ClientCertificate> ClientCertificate::fromPem(const QByteArray &pem, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<ClientCertificate> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return fail(u"Out of memory."_s);
    const X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!certificate)
        return fail(u"No PEM certificate found."_s);

    ClientCertificate result;
    const int derSize = i2d_X509(certificate.get(), nullptr);
    const int keySize = i2d_PUBKEY(X509_get0_pubkey(certificate.get()), nullptr);
    if (derSize <= 0 || keySize <= 0)
        return fail(u"The certificate or its public key cannot be encoded."_s);
    result.m_der.resize(derSize);
    result.m_publicKeyDer.resize(keySize);
    auto *der = reinterpret_cast<unsigned char *>(result.m_der.data());
    auto *key = reinterpret_cast<unsigned char *>(result.m_publicKeyDer.data());
    if (i2d_X509(certificate.get(), &der) != derSize
        || i2d_PUBKEY(X509_get0_pubkey(certificate.get()), &key) != keySize)
        return fail(u"The certificate or its public key cannot be encoded."_s);
    return result;
}

QByteArray ClientCertificate::sha1Thumbprint() const
{
    return QCryptographicHash::hash(m_der, QCryptographicHash::Sha1);
}

QByteArray ClientCertificate::sha256Thumbprint() const
{
    return QCryptographicHash::hash(m_der, QCryptographicHash::Sha256);
}

bool ClientCertificate::verify(const QByteArray &signingInput, const QByteArray &signature,
                               const QString &algorithm) const
{
    const bool pss = algorithm == "PS256"_L1;
    if (!pss && algorithm != "RS256"_L1)
        return false;
    const unsigned char *keyBytes = bytes(m_publicKeyDer);
    const PkeyPtr key(d2i_PUBKEY(nullptr, &keyBytes, static_cast<long>(m_publicKeyDer.size())));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return false;
    const MdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by context
    if (!context || EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, key.get()) != 1)
        return false;
    if (pss
        && (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) != 1))
        return false;
    return EVP_DigestVerify(context.get(), bytes(signature), static_cast<size_t>(signature.size()), bytes(signingInput),
                            static_cast<size_t>(signingInput.size()))
            == 1;
}

} // namespace ed::emu
