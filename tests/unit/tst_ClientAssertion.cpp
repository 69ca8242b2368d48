#include "SignInFixtures.h"
#include "auth/ClientAssertion.h"
#include "emulator/ClientCertificate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

using namespace ed;
using namespace ed::test;
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
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;

const QString clientId = u"d3b07384-d9a0-4c9b-8f7e-2b8c1a5e6f70"_s;
const QString tokenEndpoint = u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray fromBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

PkeyPtr rsaKey()
{
    return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}));
}

PkeyPtr ecKey()
{
    return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

// A self-signed certificate for `key`, valid from now + fromSeconds to now + untilSeconds.
X509Ptr makeCertificate(EVP_PKEY *key, const char *commonName, long fromSeconds = -3600,
                        long untilSeconds = 365L * 86400)
{
    X509Ptr x509(X509_new());
    X509_set_version(x509.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), 4242);
    X509_gmtime_adj(X509_getm_notBefore(x509.get()), fromSeconds);
    X509_gmtime_adj(X509_getm_notAfter(x509.get()), untilSeconds);
    X509_set_pubkey(x509.get(), key);
    X509_NAME *name = X509_get_subject_name(x509.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName), -1, -1,
                               0);
    X509_set_issuer_name(x509.get(), name);
    X509_sign(x509.get(), key, EVP_sha256());
    return x509;
}

QByteArray certificatePem(X509 *x509)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), x509);
    return fromBio(bio.get());
}

enum class KeyFormat { Pkcs8, Traditional };

QByteArray keyPem(EVP_PKEY *key, const QByteArray &passphrase = {}, KeyFormat format = KeyFormat::Pkcs8)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    const EVP_CIPHER *cipher = passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc();
    auto *pass = passphrase.isEmpty() ? nullptr
                                      : reinterpret_cast<unsigned char *>(const_cast<char *>(passphrase.constData()));
    const int length = static_cast<int>(passphrase.size());
    if (format == KeyFormat::Pkcs8)
        PEM_write_bio_PrivateKey(bio.get(), key, cipher, pass, length, nullptr, nullptr);
    else
        PEM_write_bio_PrivateKey_traditional(bio.get(), key, cipher, pass, length, nullptr, nullptr);
    return fromBio(bio.get());
}

QByteArray pfx(EVP_PKEY *key, X509 *x509, const char *passphrase)
{
    const Pkcs12Ptr p12(PKCS12_create(passphrase, "Enrollment Desk test", key, x509, nullptr, 0, 0, 0, 0, 0));
    if (!p12)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    i2d_PKCS12_bio(bio.get(), p12.get());
    return fromBio(bio.get());
}

QJsonObject segment(const QByteArray &jwt, int index)
{
    const QByteArray part = jwt.split('.').value(index);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

ClientAssertion demo()
{
    Expected<ClientAssertion> loaded = ClientAssertion::fromFiles(emulatorDataFile("demo-app-certificate.pem"),
                                                                  emulatorDataFile("demo-app-key.pem"), {});
    if (!loaded)
        qFatal("demo certificate: %s", why(loaded).constData());
    return std::move(loaded).value();
}

} // namespace

class TestClientAssertion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoCertificateThumbprints();
    void assertionIsSignedJwt();
    void assertionsDiffer();
    void oneFileAnyOrderAndChains();
    void encryptedKeys_data();
    void encryptedKeys();
    void pkcs12();
    void pkcs12WithoutPassphrase();
    void pkcs12File();
    void keyDoesNotMatch();
    void notACertificate();
    void notRsa();
    void validityWarnings();
};

void TestClientAssertion::demoCertificateThumbprints()
{
    const ClientAssertion assertion = demo();
    // docs/EMULATOR-IDENTITY.md
    QCOMPARE(assertion.thumbprint(), u"2BAA803AD49B545D863A132ECEADEA31D56E4262"_s);
    QCOMPARE(assertion.x5t(), "K6qAOtSbVF2GOhMuzq3qMdVuQmI");
    QCOMPARE(assertion.x5tS256(), "sKpJSB-RfYf_FqWAzeDAvrUKyVJceM70nbqJ0FLRTMQ");
    QCOMPARE(assertion.subject(), u"CN=Enrollment Desk demo app (emulator only), O=Enrollment Desk"_s);
    QCOMPARE(assertion.notBefore().date(), QDate(2026, 11, 22));
    QCOMPARE(assertion.notAfter().date(), QDate(2126, 11, 23));
    QCOMPARE(assertion.notAfter().timeSpec(), Qt::UTC);
    QVERIFY(assertion.validityWarning(QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC)).isEmpty());
}

void TestClientAssertion::assertionIsSignedJwt()
{
    const ClientAssertion assertion = demo();
    const QDateTime now(QDate(2027, 3, 4), QTime(5, 6, 7), Qt::UTC);
    const Expected<QByteArray> jwt = assertion.create(clientId, tokenEndpoint, now);
    QVERIFY2(jwt, why(jwt).constData());
    const QList<QByteArray> parts = jwt.value().split('.');
    QCOMPARE(parts.size(), 3);
    for (const QByteArray &part : parts) // base64url without padding
        QVERIFY2(!part.contains('=') && !part.contains('+') && !part.contains('/'), part.constData());

    const QJsonObject header = segment(jwt.value(), 0);
    QCOMPARE(header.value("alg"_L1).toString(), u"RS256"_s);
    QCOMPARE(header.value("typ"_L1).toString(), u"JWT"_s);
    QCOMPARE(header.value("x5t"_L1).toString(), u"K6qAOtSbVF2GOhMuzq3qMdVuQmI"_s);
    QCOMPARE(header.value("x5t#S256"_L1).toString(), u"sKpJSB-RfYf_FqWAzeDAvrUKyVJceM70nbqJ0FLRTMQ"_s);
    QCOMPARE(header.size(), 4);

    const QJsonObject claims = segment(jwt.value(), 1);
    QCOMPARE(claims.value("aud"_L1).toString(), tokenEndpoint);
    QCOMPARE(claims.value("iss"_L1).toString(), clientId);
    QCOMPARE(claims.value("sub"_L1).toString(), clientId);
    QCOMPARE(claims.value("iat"_L1).toInteger(), now.toSecsSinceEpoch());
    QCOMPARE(claims.value("nbf"_L1).toInteger(), now.toSecsSinceEpoch());
    QCOMPARE(claims.value("exp"_L1).toInteger(), now.toSecsSinceEpoch() + 600);
    QVERIFY(!QUuid::fromString(claims.value("jti"_L1).toString()).isNull());

    // An independent verifier (the emulator's, OpenSSL EVP_DigestVerify) accepts the signature,
    // and refuses it once one byte of the signed text changes.
    const std::optional<emu::ClientCertificate> certificate =
            emu::ClientCertificate::fromPem(readAll(emulatorDataFile("demo-app-certificate.pem")));
    QVERIFY(certificate);
    const QByteArray signature = QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding);
    QCOMPARE(signature.size(), 256); // RSA 2048
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    QVERIFY(certificate->verify(signingInput, signature, u"RS256"_s));
    QByteArray tampered = signingInput;
    tampered[tampered.size() - 1] = tampered.at(tampered.size() - 1) == 'A' ? 'B' : 'A';
    QVERIFY(!certificate->verify(tampered, signature, u"RS256"_s));
}

void TestClientAssertion::assertionsDiffer()
{
    const ClientAssertion assertion = demo();
    const ClientAssertion copy = assertion; // copies share the key
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Expected<QByteArray> first = assertion.create(clientId, tokenEndpoint, now);
    const Expected<QByteArray> second = copy.create(clientId, tokenEndpoint, now);
    QVERIFY(first && second);
    QVERIFY(segment(first.value(), 1).value("jti"_L1) != segment(second.value(), 1).value("jti"_L1));
}

void TestClientAssertion::oneFileAnyOrderAndChains()
{
    const QByteArray certificate = readAll(emulatorDataFile("demo-app-certificate.pem"));
    const QByteArray key = readAll(emulatorDataFile("demo-app-key.pem"));
    const PkeyPtr otherKey = rsaKey();
    const X509Ptr other = makeCertificate(otherKey.get(), "Some intermediate");
    const QByteArray otherPem = certificatePem(other.get());

    for (const QByteArray &combined :
         {QByteArray(certificate + key), QByteArray(key + certificate), QByteArray(otherPem + key + certificate),
          QByteArray(certificate + otherPem + key)}) {
        const Expected<ClientAssertion> loaded = ClientAssertion::fromPem(combined, {}, {});
        QVERIFY2(loaded, why(loaded).constData());
        QCOMPARE(loaded.value().x5t(), "K6qAOtSbVF2GOhMuzq3qMdVuQmI");
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"both.pem"_s), otherPem + certificate + key));
    const Expected<ClientAssertion> fromFile = ClientAssertion::fromFiles(dir.filePath(u"both.pem"_s), {}, {});
    QVERIFY2(fromFile, why(fromFile).constData());
    QCOMPARE(fromFile.value().thumbprint(), u"2BAA803AD49B545D863A132ECEADEA31D56E4262"_s);

    // A certificate file without a key, and no key file.
    const Expected<ClientAssertion> noKey = ClientAssertion::fromPem(certificate, {}, {});
    QVERIFY(!noKey);
    QVERIFY2(noKey.error().contains("no private key"_L1), why(noKey).constData());
}

void TestClientAssertion::encryptedKeys_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("PKCS#8 (BEGIN ENCRYPTED PRIVATE KEY)") << int(KeyFormat::Pkcs8);
    QTest::newRow("traditional (Proc-Type: 4,ENCRYPTED)") << int(KeyFormat::Traditional);
}

void TestClientAssertion::encryptedKeys()
{
    QFETCH(int, format);
    const PkeyPtr key = rsaKey();
    const X509Ptr x509 = makeCertificate(key.get(), "Encrypted key app");
    const QByteArray passphrase = "correct horse battery staple";
    const QByteArray pem = keyPem(key.get(), passphrase, KeyFormat(format));
    QVERIFY(pem.contains("ENCRYPTED"));
    const QByteArray certificate = certificatePem(x509.get());

    const Expected<ClientAssertion> loaded = ClientAssertion::fromPem(certificate, pem, passphrase);
    QVERIFY2(loaded, why(loaded).constData());
    QCOMPARE(loaded.value().subject(), u"CN=Encrypted key app"_s);
    QVERIFY(loaded.value().create(clientId, tokenEndpoint));

    const Expected<ClientAssertion> wrong = ClientAssertion::fromPem(certificate, pem, "Tr0ub4dor&3");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error(), u"The passphrase does not unlock the private key."_s);
    QVERIFY(!wrong.error().contains("Tr0ub4dor"_L1));

    const Expected<ClientAssertion> none = ClientAssertion::fromPem(certificate, pem, {});
    QVERIFY(!none);
    QCOMPARE(none.error(), u"The private key is protected by a passphrase; enter the passphrase."_s);
}

void TestClientAssertion::pkcs12()
{
    const QByteArray certificate = readAll(emulatorDataFile("demo-app-certificate.pem"));
    const PkeyPtr key(PEM_read_bio_PrivateKey(
            BioPtr(BIO_new_mem_buf(readAll(emulatorDataFile("demo-app-key.pem")).constData(), -1)).get(), nullptr,
            nullptr, nullptr));
    QVERIFY(key);
    const X509Ptr x509(
            PEM_read_bio_X509(BioPtr(BIO_new_mem_buf(certificate.constData(), -1)).get(), nullptr, nullptr, nullptr));
    QVERIFY(x509);
    const QByteArray bytes = pfx(key.get(), x509.get(), "pfx-passphrase");
    QVERIFY(!bytes.isEmpty());

    const Expected<ClientAssertion> loaded = ClientAssertion::fromPkcs12(bytes, "pfx-passphrase");
    QVERIFY2(loaded, why(loaded).constData());
    QCOMPARE(loaded.value().x5t(), "K6qAOtSbVF2GOhMuzq3qMdVuQmI");
    const Expected<QByteArray> jwt = loaded.value().create(clientId, tokenEndpoint);
    QVERIFY(jwt);
    const QList<QByteArray> parts = jwt.value().split('.');
    QVERIFY(emu::ClientCertificate::fromPem(certificate)
                    ->verify(parts.at(0) + '.' + parts.at(1),
                             QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding), u"RS256"_s));

    const Expected<ClientAssertion> wrong = ClientAssertion::fromPkcs12(bytes, "not-it");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error(), u"The passphrase does not open the PFX file."_s);
    const Expected<ClientAssertion> none = ClientAssertion::fromPkcs12(bytes, {});
    QVERIFY(!none);
    QCOMPARE(none.error(), u"The PFX file is protected by a passphrase; enter the passphrase."_s);

    QByteArray truncated = bytes.left(bytes.size() / 2);
    QVERIFY(!ClientAssertion::fromPkcs12(truncated, "pfx-passphrase"));
}

void TestClientAssertion::pkcs12WithoutPassphrase()
{
    const PkeyPtr key = rsaKey();
    const X509Ptr x509 = makeCertificate(key.get(), "No passphrase app");
    const QByteArray bytes = pfx(key.get(), x509.get(), "");
    QVERIFY(!bytes.isEmpty());
    const Expected<ClientAssertion> loaded = ClientAssertion::fromPkcs12(bytes, {});
    QVERIFY2(loaded, why(loaded).constData());
    QCOMPARE(loaded.value().subject(), u"CN=No passphrase app"_s);
}

void TestClientAssertion::pkcs12File()
{
    const PkeyPtr key = rsaKey();
    const X509Ptr x509 = makeCertificate(key.get(), "PFX file app");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"app.pfx"_s);
    QVERIFY(writeFile(path, pfx(key.get(), x509.get(), "secret")));
    const Expected<ClientAssertion> loaded = ClientAssertion::fromFiles(path, {}, "secret");
    QVERIFY2(loaded, why(loaded).constData());
    QCOMPARE(loaded.value().subject(), u"CN=PFX file app"_s);

    const Expected<ClientAssertion> wrong = ClientAssertion::fromFiles(path, {}, "Secret");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error(), u"app.pfx: The passphrase does not open the PFX file."_s);

    const Expected<ClientAssertion> missing = ClientAssertion::fromFiles(dir.filePath(u"gone.pfx"_s), {}, {});
    QVERIFY(!missing);
    QVERIFY2(missing.error().startsWith("Cannot read gone.pfx"_L1), why(missing).constData());
}

void TestClientAssertion::keyDoesNotMatch()
{
    const PkeyPtr otherKey = rsaKey();
    const Expected<ClientAssertion> pem =
            ClientAssertion::fromPem(readAll(emulatorDataFile("demo-app-certificate.pem")), keyPem(otherKey.get()), {});
    QVERIFY(!pem);
    QCOMPARE(pem.error(), u"The private key does not belong to the certificate."_s);

    // A PFX with another key and the demo certificate beside it (OpenSSL refuses to mark a
    // certificate as the key's when they do not match, so it goes into the chain).
    const X509Ptr x509(PEM_read_bio_X509(
            BioPtr(BIO_new_mem_buf(readAll(emulatorDataFile("demo-app-certificate.pem")).constData(), -1)).get(),
            nullptr, nullptr, nullptr));
    QVERIFY(x509);
    STACK_OF(X509) *chain = sk_X509_new_null();
    sk_X509_push(chain, x509.get());
    const Pkcs12Ptr p12(PKCS12_create("x", "mismatch", otherKey.get(), nullptr, chain, 0, 0, 0, 0, 0));
    sk_X509_free(chain);
    QVERIFY(p12);
    const BioPtr bio(BIO_new(BIO_s_mem()));
    i2d_PKCS12_bio(bio.get(), p12.get());
    const Expected<ClientAssertion> mismatched = ClientAssertion::fromPkcs12(fromBio(bio.get()), "x");
    QVERIFY(!mismatched);
    QCOMPARE(mismatched.error(), u"The private key in the PFX file belongs to none of its certificates."_s);

    // A PFX with a certificate only.
    const Pkcs12Ptr certificateOnly(PKCS12_create("x", "no key", nullptr, x509.get(), nullptr, 0, 0, 0, 0, 0));
    QVERIFY(certificateOnly);
    const BioPtr certificateBio(BIO_new(BIO_s_mem()));
    i2d_PKCS12_bio(certificateBio.get(), certificateOnly.get());
    const Expected<ClientAssertion> keyless = ClientAssertion::fromPkcs12(fromBio(certificateBio.get()), "x");
    QVERIFY(!keyless);
    QCOMPARE(keyless.error(), u"The PFX file holds no private key; export it again with the private key."_s);
}

void TestClientAssertion::notACertificate()
{
    const QString notCertificate = QStringLiteral(ED_TEST_DATA_DIR "/not-a-certificate.pem");
    const Expected<ClientAssertion> text = ClientAssertion::fromFiles(notCertificate, {}, {});
    QVERIFY(!text);
    QCOMPARE(text.error(), u"not-a-certificate.pem: The file is neither a PEM file nor a PFX (PKCS#12) file."_s);

    // PEM, but only a key.
    const Expected<ClientAssertion> keyOnly = ClientAssertion::fromPem(
            readAll(emulatorDataFile("demo-app-key.pem")), readAll(emulatorDataFile("demo-app-key.pem")), {});
    QVERIFY(!keyOnly);
    QVERIFY2(keyOnly.error().contains("no certificate"_L1), why(keyOnly).constData());

    // A key file that holds a certificate only.
    const Expected<ClientAssertion> certificateAsKey =
            ClientAssertion::fromPem(readAll(emulatorDataFile("demo-app-certificate.pem")),
                                     readAll(emulatorDataFile("demo-app-certificate.pem")), {});
    QVERIFY(!certificateAsKey);
    QVERIFY2(certificateAsKey.error().contains("no private key"_L1), why(certificateAsKey).constData());

    // A damaged PEM certificate.
    QByteArray damaged = readAll(emulatorDataFile("demo-app-certificate.pem"));
    damaged.replace(100, 40, QByteArray(40, '*'));
    const Expected<ClientAssertion> broken =
            ClientAssertion::fromPem(damaged, readAll(emulatorDataFile("demo-app-key.pem")), {});
    QVERIFY(!broken);

    QVERIFY(!ClientAssertion::fromPkcs12({}, {}));
    QVERIFY(!ClientAssertion::fromPkcs12(QByteArray(3000, '\x30'), {}));
}

void TestClientAssertion::notRsa()
{
    const PkeyPtr key = ecKey();
    QVERIFY(key);
    const X509Ptr x509 = makeCertificate(key.get(), "EC app");
    const Expected<ClientAssertion> loaded =
            ClientAssertion::fromPem(certificatePem(x509.get()), keyPem(key.get()), {});
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains("not an RSA key"_L1), why(loaded).constData());
}

void TestClientAssertion::validityWarnings()
{
    const PkeyPtr key = rsaKey();
    const QByteArray pem = keyPem(key.get());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    const X509Ptr expired = makeCertificate(key.get(), "Expired app", -400L * 86400, -30L * 86400);
    const Expected<ClientAssertion> old = ClientAssertion::fromPem(certificatePem(expired.get()), pem, {});
    QVERIFY2(old, why(old).constData()); // loads: a warning, not a refusal
    QVERIFY2(old.value().validityWarning(now).startsWith("The certificate expired on"_L1),
             qPrintable(old.value().validityWarning(now)));
    QVERIFY(old.value().create(clientId, tokenEndpoint)); // Entra ID decides

    const X509Ptr soon = makeCertificate(key.get(), "Soon app", -86400, 10L * 86400 + 3600);
    const Expected<ClientAssertion> expiring = ClientAssertion::fromPem(certificatePem(soon.get()), pem, {});
    QVERIFY(expiring);
    QVERIFY2(expiring.value().validityWarning(now).startsWith("The certificate expires in 10 day"_L1),
             qPrintable(expiring.value().validityWarning(now)));

    const X509Ptr future = makeCertificate(key.get(), "Future app", 2L * 86400, 400L * 86400);
    const Expected<ClientAssertion> early = ClientAssertion::fromPem(certificatePem(future.get()), pem, {});
    QVERIFY(early);
    QVERIFY2(early.value().validityWarning(now).startsWith("The certificate is not valid before"_L1),
             qPrintable(early.value().validityWarning(now)));

    const X509Ptr fine = makeCertificate(key.get(), "Fine app");
    const Expected<ClientAssertion> good = ClientAssertion::fromPem(certificatePem(fine.get()), pem, {});
    QVERIFY(good);
    QVERIFY(good.value().validityWarning(now).isEmpty());
}

QTEST_GUILESS_MAIN(TestClientAssertion)
#include "tst_ClientAssertion.moc"
