#include "ClientAssertion.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/x509.h>

#include <algorithm>
#include <ctime>
#include <vector>

namespace ed {

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
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;

constexpr qint64 maxFileBytes = 1024 * 1024; // certificates and keys are a few KiB
constexpr qint64 soonDays = 30;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Overwrites a buffer that held key material or a passphrase, then empties it.
void wipe(QByteArray &buffer)
{
    if (!buffer.isEmpty())
        OPENSSL_cleanse(buffer.data(), static_cast<size_t>(buffer.size()));
    buffer.clear();
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

// The last OpenSSL reason, for the details of a failure nobody could foresee; clears the queue.
QString openSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    const char *reason = code ? ERR_reason_error_string(code) : nullptr;
    ERR_clear_error();
    return reason ? QString::fromLatin1(reason) : QString();
}

struct Passphrase
{
    const QByteArray *bytes = nullptr;
};

// pem_password_cb: copies the passphrase into OpenSSL's buffer (which OpenSSL wipes).
int passphraseCallback(char *buffer, int size, int, void *userData)
{
    auto *passphrase = static_cast<Passphrase *>(userData);
    const QByteArray &bytes = *passphrase->bytes;
    if (bytes.isEmpty() || bytes.size() > size)
        return -1;
    std::copy(bytes.cbegin(), bytes.cend(), buffer);
    return static_cast<int>(bytes.size());
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QString subjectOf(X509 *certificate)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 escaping in the certificate's own order, "CN=…, O=…", as Windows shows it.
    constexpr unsigned long flags = (XN_FLAG_RFC2253 & ~XN_FLAG_DN_REV & ~XN_FLAG_SEP_MASK) | XN_FLAG_SEP_CPLUS_SPC;
    if (!bio || X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate), 0, flags) < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QString::fromUtf8(data, static_cast<qsizetype>(size)) : QString();
}

bool keyMatches(X509 *certificate, EVP_PKEY *key)
{
    const bool matches = X509_check_private_key(certificate, key) == 1;
    ERR_clear_error();
    return matches;
}

bool isRsa(EVP_PKEY *key)
{
    return EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA;
}

Expected<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ClientAssertion::tr("Cannot read %1: %2.").arg(QFileInfo(path).fileName(), file.errorString())};
    if (file.size() > maxFileBytes)
        return Error{ClientAssertion::tr("%1 is too large to be a certificate or key file.")
                             .arg(QFileInfo(path).fileName())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        wipe(bytes);
        return Error{ClientAssertion::tr("Cannot read %1: %2.").arg(QFileInfo(path).fileName(), file.errorString())};
    }
    return bytes;
}

bool isPem(const QByteArray &bytes)
{
    return bytes.contains("-----BEGIN ");
}

} // namespace

// --- loading ----------------------------------------------------------------------------------

Expected<ClientAssertion> ClientAssertion::fromPem(const QByteArray &certificatePem, const QByteArray &keyPem,
                                                   const QByteArray &passphrase)
{
    ERR_clear_error();
    // Every certificate in the file: a chain may come first or last.
    std::vector<X509Ptr> certificates;
    {
        const BioPtr bio = memoryBio(certificatePem);
        if (!bio)
            return Error{tr("Out of memory while reading the certificate.")};
        while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
            certificates.emplace_back(certificate);
        ERR_clear_error(); // the end of the file reads as an error
    }
    if (certificates.empty())
        return Error{isPem(certificatePem) ? tr("The file holds no certificate (a PEM block \"BEGIN CERTIFICATE\").")
                                           : tr("The file is not a PEM certificate.")};

    const QByteArray &keySource = keyPem.isEmpty() ? certificatePem : keyPem;
    if (!keySource.contains("PRIVATE KEY-----"))
        return Error{keyPem.isEmpty() ? tr("The certificate file holds no private key; choose the key file too.")
                                      : tr("The key file holds no private key (a PEM block \"BEGIN PRIVATE "
                                           "KEY\").")};
    const bool encrypted = keySource.contains("BEGIN ENCRYPTED PRIVATE KEY") || keySource.contains("ENCRYPTED\n")
            || keySource.contains("ENCRYPTED\r\n");
    if (encrypted && passphrase.isEmpty())
        return Error{tr("The private key is protected by a passphrase; enter the passphrase.")};

    PkeyPtr key;
    {
        const BioPtr bio = memoryBio(keySource);
        if (!bio)
            return Error{tr("Out of memory while reading the private key.")};
        Passphrase callbackData{&passphrase};
        key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &callbackData));
        if (!key) {
            const QString reason = openSslReason();
            if (encrypted)
                return Error{tr("The passphrase does not unlock the private key.")};
            return Error{reason.isEmpty() ? tr("The private key cannot be read.")
                                          : tr("The private key cannot be read (%1).").arg(reason)};
        }
    }
    if (!isRsa(key.get()))
        return Error{tr("The private key is not an RSA key; Microsoft Entra ID accepts only RSA certificates for "
                        "app sign-in.")};

    const std::shared_ptr<EVP_PKEY> sharedKey(key.release(), EVP_PKEY_free);
    for (const X509Ptr &certificate : certificates)
        if (keyMatches(certificate.get(), sharedKey.get()))
            return fromPair(certificate.get(), sharedKey);
    return Error{certificates.size() == 1 ? tr("The private key does not belong to the certificate.")
                                          : tr("The private key belongs to none of the %1 certificates in the file.")
                                                    .arg(certificates.size())};
}

Expected<ClientAssertion> ClientAssertion::fromPkcs12(const QByteArray &pkcs12, const QByteArray &passphrase)
{
    ERR_clear_error();
    Pkcs12Ptr p12;
    {
        const BioPtr bio = memoryBio(pkcs12);
        if (!bio)
            return Error{tr("Out of memory while reading the PFX file.")};
        p12.reset(d2i_PKCS12_bio(bio.get(), nullptr));
    }
    if (!p12) {
        ERR_clear_error();
        return Error{tr("The file is neither a PEM file nor a PFX (PKCS#12) file.")};
    }

    // The MAC proves the passphrase. An empty passphrase may mean "none" or "the empty string".
    const char *pass = passphrase.constData();
    if (PKCS12_mac_present(p12.get())) {
        const bool ok = passphrase.isEmpty()
                ? (PKCS12_verify_mac(p12.get(), nullptr, 0) == 1 || PKCS12_verify_mac(p12.get(), "", 0) == 1)
                : PKCS12_verify_mac(p12.get(), pass, static_cast<int>(passphrase.size())) == 1;
        ERR_clear_error();
        if (!ok)
            return Error{passphrase.isEmpty() ? tr("The PFX file is protected by a passphrase; enter the passphrase.")
                                              : tr("The passphrase does not open the PFX file.")};
    }

    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    int parsed = PKCS12_parse(p12.get(), pass, &rawKey, &rawCertificate, &chain);
    if (parsed != 1) {
        // PFX files exported by older Windows use RC2 or RC4, which OpenSSL 3 keeps in its legacy
        // provider: load it (keeping the default provider) and try once more.
        ERR_clear_error();
        if (OSSL_PROVIDER_try_load(nullptr, "legacy", 1))
            parsed = PKCS12_parse(p12.get(), pass, &rawKey, &rawCertificate, &chain);
    }
    if (parsed != 1) {
        const QString reason = openSslReason();
        return Error{reason.isEmpty() ? tr("The PFX file cannot be read.")
                                      : tr("The PFX file cannot be read (%1).").arg(reason)};
    }
    PkeyPtr key(rawKey);
    X509Ptr certificate(rawCertificate);
    std::vector<X509Ptr> others;
    if (chain) {
        while (X509 *extra = sk_X509_shift(chain))
            others.emplace_back(extra);
        sk_X509_free(chain);
    }
    if (!key)
        return Error{tr("The PFX file holds no private key; export it again with the private key.")};
    if (!certificate) // no certificate marked as the key's: look through the others
        for (X509Ptr &candidate : others)
            if (keyMatches(candidate.get(), key.get())) {
                certificate = std::move(candidate);
                break;
            }
    if (!certificate)
        return Error{others.empty() ? tr("The PFX file holds no certificate.")
                                    : tr("The private key in the PFX file belongs to none of its certificates.")};

    if (!keyMatches(certificate.get(), key.get()))
        return Error{tr("The private key does not belong to the certificate.")};
    return fromPair(certificate.get(), std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free));
}

Expected<ClientAssertion> ClientAssertion::fromPair(X509 *certificate, std::shared_ptr<EVP_PKEY> key)
{
    if (!isRsa(key.get()))
        return Error{tr("The private key is not an RSA key; Microsoft Entra ID accepts only RSA certificates for "
                        "app sign-in.")};
    ClientAssertion result;
    const int derSize = i2d_X509(certificate, nullptr);
    if (derSize <= 0)
        return Error{tr("The certificate cannot be encoded.")};
    result.m_der.resize(derSize);
    auto *out = reinterpret_cast<unsigned char *>(result.m_der.data());
    if (i2d_X509(certificate, &out) != derSize)
        return Error{tr("The certificate cannot be encoded.")};
    result.m_subject = subjectOf(certificate);
    result.m_notBefore = fromAsn1(X509_get0_notBefore(certificate));
    result.m_notAfter = fromAsn1(X509_get0_notAfter(certificate));
    result.m_key = std::move(key);
    return result;
}

Expected<ClientAssertion> ClientAssertion::fromFiles(const QString &certificatePath, const QString &keyPath,
                                                     const QByteArray &passphrase)
{
    Expected<QByteArray> certificateFile = readFile(certificatePath);
    if (!certificateFile)
        return Error{certificateFile.error()};
    QByteArray certificateBytes = std::move(certificateFile).value();
    QByteArray keyBytes;
    if (!keyPath.isEmpty() && keyPath != certificatePath) {
        Expected<QByteArray> keyFile = readFile(keyPath);
        if (!keyFile) {
            wipe(certificateBytes);
            return Error{keyFile.error()};
        }
        keyBytes = std::move(keyFile).value();
    }
    const QString name = QFileInfo(certificatePath).fileName();
    Expected<ClientAssertion> result = isPem(certificateBytes) ? fromPem(certificateBytes, keyBytes, passphrase)
                                                               : fromPkcs12(certificateBytes, passphrase);
    wipe(certificateBytes);
    wipe(keyBytes);
    if (!result)
        //: %1 is a file name, %2 the reason it cannot be used
        return Error{tr("%1: %2").arg(name, result.error())};
    return result;
}

// --- the certificate --------------------------------------------------------------------------

QByteArray ClientAssertion::x5t() const
{
    return base64Url(QCryptographicHash::hash(m_der, QCryptographicHash::Sha1));
}

QByteArray ClientAssertion::x5tS256() const
{
    return base64Url(QCryptographicHash::hash(m_der, QCryptographicHash::Sha256));
}

QString ClientAssertion::thumbprint() const
{
    return QString::fromLatin1(QCryptographicHash::hash(m_der, QCryptographicHash::Sha1).toHex()).toUpper();
}

QString ClientAssertion::validityWarning(const QDateTime &now) const
{
    const QString until = QLocale().toString(m_notAfter.toLocalTime(), QLocale::ShortFormat);
    if (m_notAfter.isValid() && m_notAfter <= now)
        return tr("The certificate expired on %1; Microsoft Entra ID will refuse it. Upload a new certificate to "
                  "the app registration.")
                .arg(until);
    if (m_notBefore.isValid() && m_notBefore > now)
        return tr("The certificate is not valid before %1; Microsoft Entra ID will refuse it until then.")
                .arg(QLocale().toString(m_notBefore.toLocalTime(), QLocale::ShortFormat));
    if (m_notAfter.isValid() && now.secsTo(m_notAfter) < soonDays * 86400) {
        const int days = static_cast<int>(now.secsTo(m_notAfter) / 86400);
        return tr("The certificate expires in %n day(s) (%1); renew it soon.", nullptr, days).arg(until);
    }
    return {};
}

// --- the assertion ----------------------------------------------------------------------------

Expected<QByteArray> ClientAssertion::create(const QString &clientId, const QString &tokenEndpoint,
                                             const QDateTime &now) const
{
    if (!m_key)
        return Error{tr("No certificate is loaded.")};
    const QJsonObject header{{u"alg"_s, u"RS256"_s},
                             {u"typ"_s, u"JWT"_s},
                             {u"x5t"_s, QString::fromLatin1(x5t())},
                             {u"x5t#S256"_s, QString::fromLatin1(x5tS256())}};
    const qint64 seconds = now.toSecsSinceEpoch();
    const QJsonObject claims{{u"aud"_s, tokenEndpoint},
                             {u"iss"_s, clientId},
                             {u"sub"_s, clientId},
                             {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"nbf"_s, seconds},
                             {u"iat"_s, seconds},
                             {u"exp"_s, seconds + lifetimeSeconds}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    ERR_clear_error();
    const MdCtxPtr context(EVP_MD_CTX_new());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1) {
        const QString reason = openSslReason();
        return Error{tr("The client assertion cannot be signed (%1).").arg(reason)};
    }
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, input, static_cast<size_t>(signingInput.size())) != 1
        || length == 0) {
        const QString reason = openSslReason();
        return Error{tr("The client assertion cannot be signed (%1).").arg(reason)};
    }
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, input,
                       static_cast<size_t>(signingInput.size()))
        != 1) {
        const QString reason = openSslReason();
        return Error{tr("The client assertion cannot be signed (%1).").arg(reason)};
    }
    signature.resize(static_cast<qsizetype>(length));
    return QByteArray(signingInput + '.' + base64Url(signature));
}

} // namespace ed
