#include "TlsCertificate.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ed::emu {

using namespace Qt::StringLiterals;

namespace {

template<typename T, void (*Free)(T *)>
using OpenSslPtr = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

GeneratedCertificate makeSelfSignedCertificate(const QString &directory)
{
    GeneratedCertificate result;
    OpenSslPtr<EVP_PKEY, EVP_PKEY_free> key(EVP_RSA_gen(2048));
    OpenSslPtr<X509, X509_free> x509(X509_new());
    if (!key || !x509) {
        result.error = u"OpenSSL could not create a key."_s;
        return result;
    }
    X509_set_version(x509.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), static_cast<long>(QDateTime::currentSecsSinceEpoch()));
    X509_gmtime_adj(X509_getm_notBefore(x509.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x509.get()), 365L * 24 * 3600);
    X509_set_pubkey(x509.get(), key.get());
    X509_NAME *name = X509_get_subject_name(x509.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Enrollment Desk Graph emulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"), -1, -1,
                               0);
    X509_set_issuer_name(x509.get(), name);

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, x509.get(), x509.get(), nullptr, nullptr, 0);
    const std::pair<int, const char *> extensions[] = {{NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1"},
                                                       {NID_basic_constraints, "critical,CA:TRUE"},
                                                       {NID_key_usage, "critical,digitalSignature,keyCertSign"},
                                                       {NID_ext_key_usage, "serverAuth"}};
    for (const auto &[nid, value] : extensions) {
        X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
        if (!extension) {
            result.error = u"OpenSSL rejected a certificate extension."_s;
            return result;
        }
        X509_add_ext(x509.get(), extension, -1);
        X509_EXTENSION_free(extension);
    }
    if (X509_sign(x509.get(), key.get(), EVP_sha256()) == 0) {
        result.error = u"OpenSSL could not sign the certificate."_s;
        return result;
    }

    OpenSslPtr<BIO, BIO_free_all> certificateBio(BIO_new(BIO_s_mem()));
    OpenSslPtr<BIO, BIO_free_all> keyBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certificateBio.get(), x509.get());
    PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    const QByteArray certificatePem = bioContents(certificateBio.get());
    result.certificate = QSslCertificate(certificatePem, QSsl::Pem);
    result.key = QSslKey(bioContents(keyBio.get()), QSsl::Rsa, QSsl::Pem);
    if (result.certificate.isNull() || result.key.isNull()) {
        result.error = u"Qt could not read the generated certificate."_s;
        return result;
    }

    QString target = directory;
    if (target.isEmpty()) {
        QTemporaryDir temporary(QDir::tempPath() + u"/graph-emulator-XXXXXX"_s);
        temporary.setAutoRemove(false);
        target = temporary.path();
    }
    QDir().mkpath(target);
    QSaveFile file(target + u"/graph-emulator-certificate.pem"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(certificatePem) != certificatePem.size() || !file.commit()) {
        result.error = u"Cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
        return result;
    }
    result.certificateFile = file.fileName();
    return result;
}

} // namespace ed::emu
