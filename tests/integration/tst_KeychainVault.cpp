// KeychainVault (issue 8, point 5): refresh tokens in the OS keychain through QtKeychain, or in
// memory only when there is none. One source, two CTest entries, chosen by ED_KEYCHAIN_TEST_MODE:
//
//   unavailable  DBUS_SESSION_BUS_ADDRESS points nowhere: the probe and the first operation find no
//                keychain quickly, the vault turns memory-only once (persistenceChanged(false), a
//                reason), store/load/remove still work for the run, and afterwards no file under the
//                test's HOME and XDG directories contains any of the secrets.
//   hung         run by tests/support/with-keyring.sh --hung-secret-service: the Secret Service is
//                being activated but never answers (the bus gives up after 5 s). The probe's watchdog
//                decides "memory only" after its timeout, the event loop keeps running meanwhile, later
//                operations stay in memory at once, and the late answer changes nothing.
//   real         run by tests/support/with-keyring.sh: a private D-Bus session with gnome-keyring's
//                Secret Service and a private HOME. A secret survives the vault object, a store
//                replaces the old value (rotation), remove forgets it, unknown accounts are "not
//                found", the keyring file on disk never holds a secret in clear text, and a locked
//                keyring gives clear errors (not "not found", not a false "removed").
//
// In both modes no secret reaches a log message, and no answer comes synchronously.

#include "SignInFixtures.h"
#include "auth/KeychainVault.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <memory>
#include <optional>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int answerTimeoutMs = 15000;

QString service()
{
    return u"org.enrollmentdesk.EnrollmentDesk.test"_s;
}

// Looks like an Entra refresh token, and is different in every run, so that an old run's files
// cannot match and a match cannot be a coincidence.
QString newSecret()
{
    return u"0.AXoA-test-refresh-token-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'-'
            + QString::number(QRandomGenerator::global()->generate64(), 36);
}

QString newAccount()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The byte forms a secret could take in a file: UTF-8, UTF-16LE, Base64 of UTF-8.
QList<QByteArray> byteForms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * qsizetype(sizeof(char16_t)));
    return {utf8, utf16, utf8.toBase64(QByteArray::OmitTrailingEquals)};
}

struct Scan
{
    int files = 0;
    QStringList hits; // "file: secret #n"
};

// Every regular file under `roots` (hidden ones too, symbolic links not followed), searched for
// every byte form of every secret.
Scan scanFiles(const QStringList &roots, const QStringList &secrets)
{
    Scan scan;
    QStringList seen;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            if (path.isEmpty() || seen.contains(path))
                continue;
            seen.append(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                scan.hits.append(path + u": unreadable, cannot be checked"_s);
                continue;
            }
            const QByteArray content = file.readAll();
            ++scan.files;
            for (qsizetype i = 0; i < secrets.size(); ++i)
                for (const QByteArray &form : byteForms(secrets.at(i)))
                    if (content.contains(form))
                        scan.hits.append(path + u": secret #"_s + QString::number(i));
        }
    }
    return scan;
}

const char *const directoryVariables[] = {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                          "XDG_RUNTIME_DIR"};

// Where settings, caches, logs and keyrings go. A directory nobody created holds nothing.
QStringList environmentDirectories()
{
    QStringList roots;
    for (const char *name : directoryVariables) {
        const QString dir = qEnvironmentVariable(name);
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            roots.append(dir);
    }
    return roots;
}

// The test's own directories, so that searching them is meaningful and never the user's home.
bool directoriesArePrivate(const QString &under)
{
    for (const char *name : directoryVariables)
        if (!qEnvironmentVariable(name).startsWith(under))
            return false;
    return true;
}

// Runs one vault operation and waits for its answer.
class Waiter final
{
public:
    int synchronousAnswers = 0;

    VaultResult store(TokenVault &vault, const QString &account, const QString &secret)
    {
        return run([&](QObject *context, TokenVault::Done done) {
            vault.store(account, secret, context, std::move(done));
        });
    }
    VaultResult load(TokenVault &vault, const QString &account)
    {
        return run([&](QObject *context, TokenVault::Done done) { vault.load(account, context, std::move(done)); });
    }
    VaultResult remove(TokenVault &vault, const QString &account)
    {
        return run([&](QObject *context, TokenVault::Done done) { vault.remove(account, context, std::move(done)); });
    }
    std::optional<bool> probe(KeychainVault &vault, qint64 *elapsedMs = nullptr)
    {
        QObject context;
        std::optional<bool> persistent;
        QElapsedTimer timer;
        timer.start();
        vault.probe(&context, [&persistent](bool value) { persistent = value; });
        if (persistent.has_value())
            ++synchronousAnswers;
        const bool answered = QTest::qWaitFor([&] { return persistent.has_value(); }, answerTimeoutMs);
        if (elapsedMs != nullptr)
            *elapsedMs = timer.elapsed();
        return answered ? persistent : std::nullopt;
    }

private:
    VaultResult run(const std::function<void(QObject *, TokenVault::Done)> &operation)
    {
        QObject context;
        std::optional<VaultResult> result;
        operation(&context, [&result](const VaultResult &answer) { result = answer; });
        if (result.has_value())
            ++synchronousAnswers;
        if (!QTest::qWaitFor([&] { return result.has_value(); }, answerTimeoutMs))
            return VaultResult{false, false, {}, u"no answer within 15 s"_s};
        return *result;
    }
};

QByteArray describe(const VaultResult &result)
{
    return "ok=" + QByteArray::number(result.ok) + " notFound=" + QByteArray::number(result.notFound)
            + " error=" + result.error.toUtf8();
}

} // namespace

// --- no keychain ---------------------------------------------------------------------------------

class TestKeychainUnavailable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void probeFindsNoKeychainQuickly();
    void operationsFallBackToMemory();
    void memoryDoesNotOutliveTheVault();
    void operationCompletesWhenTheCallerIsGone();
    void noSecretInAnyFileOrLog();

private:
    Waiter m_wait;
    QStringList m_secrets;
    std::unique_ptr<MessageCapture> m_messages;
};

void TestKeychainUnavailable::initTestCase()
{
    QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), u"unix:path=/nonexistent/bus"_s);
    m_messages = std::make_unique<MessageCapture>();
}

void TestKeychainUnavailable::cleanup()
{
    QCOMPARE(m_wait.synchronousAnswers, 0);
}

void TestKeychainUnavailable::probeFindsNoKeychainQuickly()
{
    KeychainVault vault(service());
    QSignalSpy changed(&vault, &TokenVault::persistenceChanged);
    QVERIFY(vault.isPersistent()); // until something says otherwise
    QVERIFY(vault.unavailableReason().isEmpty());

    qint64 elapsedMs = 0;
    const std::optional<bool> persistent = m_wait.probe(vault, &elapsedMs);
    QVERIFY2(persistent.has_value(), "the probe never answered");
    qInfo("probe without D-Bus answered in %lld ms", elapsedMs);
    QCOMPARE(*persistent, false);
    QVERIFY2(elapsedMs < 5000, "finding no keychain must not keep the start-up waiting");
    QVERIFY(!vault.isPersistent());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), false);
    QVERIFY(vault.unavailableReason().startsWith(u"No system keychain is available ("_s));
    QVERIFY(vault.unavailableReason().contains(u"kept in memory only"_s));

    // Asking again changes nothing and announces nothing again.
    QVERIFY(m_wait.probe(vault) == std::optional<bool>(false));
    QCOMPARE(changed.count(), 1);
}

void TestKeychainUnavailable::operationsFallBackToMemory()
{
    KeychainVault vault(service());
    QSignalSpy changed(&vault, &TokenVault::persistenceChanged);
    const QString account = newAccount();
    const QString first = newSecret();
    const QString second = newSecret();
    m_secrets << first << second;

    // No probe: the store itself finds out, and is not lost.
    VaultResult result = m_wait.store(vault, account, first);
    QVERIFY2(result.ok, describe(result).constData());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), false);
    QVERIFY(!vault.isPersistent());
    QVERIFY(!vault.unavailableReason().isEmpty());

    result = m_wait.load(vault, account);
    QVERIFY2(result.ok, describe(result).constData());
    QCOMPARE(result.value, first);

    result = m_wait.store(vault, account, second); // rotation
    QVERIFY2(result.ok, describe(result).constData());
    result = m_wait.load(vault, account);
    QCOMPARE(result.value, second);

    result = m_wait.load(vault, newAccount());
    QVERIFY(!result.ok);
    QVERIFY(result.notFound);
    QVERIFY(result.error.isEmpty());

    result = m_wait.remove(vault, account);
    QVERIFY2(result.ok, describe(result).constData());
    result = m_wait.load(vault, account);
    QVERIFY(result.notFound);
    QCOMPARE(changed.count(), 1);
}

void TestKeychainUnavailable::memoryDoesNotOutliveTheVault()
{
    const QString account = newAccount();
    const QString secret = newSecret();
    m_secrets << secret;
    {
        KeychainVault vault(service());
        const VaultResult result = m_wait.store(vault, account, secret);
        QVERIFY2(result.ok, describe(result).constData());
        QVERIFY(!vault.isPersistent());
    }
    KeychainVault later(service());
    const VaultResult result = m_wait.load(later, account);
    QVERIFY2(result.notFound, describe(result).constData());
    QVERIFY(!later.isPersistent()); // the load found no keychain either
}

void TestKeychainUnavailable::operationCompletesWhenTheCallerIsGone()
{
    KeychainVault vault(service());
    const QString account = newAccount();
    const QString secret = newSecret();
    m_secrets << secret;
    bool called = false;
    auto *context = new QObject;
    vault.store(account, secret, context, [&called](const VaultResult &) { called = true; });
    delete context;

    const VaultResult result = m_wait.load(vault, account);
    QVERIFY2(result.ok, describe(result).constData());
    QCOMPARE(result.value, secret);
    QVERIFY2(!called, "an answer reached a destroyed context");
}

void TestKeychainUnavailable::noSecretInAnyFileOrLog()
{
    QVERIFY(m_secrets.size() >= 4);
    QVERIFY2(directoriesArePrivate(QFileInfo(qEnvironmentVariable("XDG_RUNTIME_DIR")).path()),
             "HOME and the XDG directories must be the test's own (see tests/CMakeLists.txt)");
    const QStringList roots = environmentDirectories();
    QVERIFY(roots.contains(QDir::homePath()));
    const Scan scan = scanFiles(roots, m_secrets);
    qInfo("searched %d files under %s", scan.files, qPrintable(roots.join(u", "_s)));
    QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(u'\n')));

    const QString log = MessageCapture::text();
    QVERIFY2(log.contains(u"Keychain"_s), "the vault logs what it does (without secrets)");
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!log.contains(secret), "a secret reached a log message");
}

// --- a real keychain: gnome-keyring in a private D-Bus session -----------------------------------

class TestKeychainReal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void probeFindsTheKeychain();
    void unknownAccountIsNotFound();
    void storedSecretSurvivesTheVault();
    void storeReplacesTheSecret();
    void removeForgetsTheSecret();
    void accountsAndServicesAreSeparate();
    void operationCompletesWhenTheCallerIsGone();
    void keyringFileHoldsNoSecretInClearText();
    void lockedKeychainSaysSo();

private:
    Waiter m_wait;
    QStringList m_secrets;
    QString m_account = newAccount();
    std::unique_ptr<MessageCapture> m_messages;
};

void TestKeychainReal::initTestCase()
{
    const QString missing = qEnvironmentVariable("ED_KEYRING_MISSING");
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing + u" is not installed (./dev installs it): no private keyring to test with"_s));
    const QString keyringHome = qEnvironmentVariable("ED_KEYRING_HOME");
    QVERIFY2(!keyringHome.isEmpty(), "run this test through tests/support/with-keyring.sh");
    // Never the developer's keyring: a private session and a private HOME.
    QVERIFY(directoriesArePrivate(keyringHome));
    QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
    m_messages = std::make_unique<MessageCapture>();
}

void TestKeychainReal::cleanup()
{
    QCOMPARE(m_wait.synchronousAnswers, 0);
}

void TestKeychainReal::probeFindsTheKeychain()
{
    KeychainVault vault(service());
    QSignalSpy changed(&vault, &TokenVault::persistenceChanged);
    qint64 elapsedMs = 0;
    const std::optional<bool> persistent = m_wait.probe(vault, &elapsedMs);
    QVERIFY2(persistent.has_value(), "the probe never answered");
    qInfo("probe with gnome-keyring answered in %lld ms", elapsedMs);
    QCOMPARE(*persistent, true);
    QVERIFY(vault.isPersistent());
    QVERIFY(vault.unavailableReason().isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestKeychainReal::unknownAccountIsNotFound()
{
    KeychainVault vault(service());
    const VaultResult result = m_wait.load(vault, newAccount());
    QVERIFY2(!result.ok && result.notFound, describe(result).constData());
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.value.isEmpty());
    QVERIFY(vault.isPersistent());
}

void TestKeychainReal::storedSecretSurvivesTheVault()
{
    const QString secret = newSecret();
    m_secrets << secret;
    {
        KeychainVault vault(service());
        QSignalSpy changed(&vault, &TokenVault::persistenceChanged);
        const VaultResult result = m_wait.store(vault, m_account, secret);
        QVERIFY2(result.ok, describe(result).constData());
        QVERIFY(vault.isPersistent());
        QCOMPARE(changed.count(), 0);
    }
    KeychainVault fresh(service());
    const VaultResult result = m_wait.load(fresh, m_account);
    QVERIFY2(result.ok, describe(result).constData());
    QCOMPARE(result.value, secret);
}

void TestKeychainReal::storeReplacesTheSecret()
{
    const QString rotated = newSecret();
    m_secrets << rotated;
    {
        KeychainVault vault(service());
        const VaultResult result = m_wait.store(vault, m_account, rotated);
        QVERIFY2(result.ok, describe(result).constData());
    }
    KeychainVault fresh(service());
    const VaultResult result = m_wait.load(fresh, m_account);
    QVERIFY2(result.ok, describe(result).constData());
    QCOMPARE(result.value, rotated);
}

void TestKeychainReal::removeForgetsTheSecret()
{
    {
        KeychainVault vault(service());
        const VaultResult result = m_wait.remove(vault, m_account);
        QVERIFY2(result.ok, describe(result).constData());
    }
    KeychainVault fresh(service());
    VaultResult result = m_wait.load(fresh, m_account);
    QVERIFY2(result.notFound, describe(result).constData());
    result = m_wait.remove(fresh, m_account); // nothing left to remove: still fine
    QVERIFY2(result.ok, describe(result).constData());
    QVERIFY(fresh.isPersistent());
}

void TestKeychainReal::accountsAndServicesAreSeparate()
{
    KeychainVault vault(service());
    const QString one = newAccount();
    const QString two = newAccount();
    const QString secretOne = newSecret();
    const QString secretTwo = newSecret();
    m_secrets << secretOne << secretTwo;
    QVERIFY(m_wait.store(vault, one, secretOne).ok);
    QVERIFY(m_wait.store(vault, two, secretTwo).ok);
    QCOMPARE(m_wait.load(vault, one).value, secretOne);
    QCOMPARE(m_wait.load(vault, two).value, secretTwo);

    KeychainVault otherService(service() + u".other"_s);
    const VaultResult result = m_wait.load(otherService, one);
    QVERIFY2(result.notFound, describe(result).constData());

    QVERIFY(m_wait.remove(vault, one).ok);
    QVERIFY(m_wait.load(vault, one).notFound);
    QCOMPARE(m_wait.load(vault, two).value, secretTwo); // the other account stays
    QVERIFY(m_wait.remove(vault, two).ok);
}

void TestKeychainReal::operationCompletesWhenTheCallerIsGone()
{
    KeychainVault vault(service());
    const QString account = newAccount();
    const QString secret = newSecret();
    m_secrets << secret;
    bool called = false;
    auto *context = new QObject;
    vault.store(account, secret, context, [&called](const VaultResult &) { called = true; });
    delete context;

    // QtKeychain runs jobs one after the other: this load comes after the store.
    VaultResult result = m_wait.load(vault, account);
    QVERIFY2(result.ok, describe(result).constData());
    QCOMPARE(result.value, secret);
    QVERIFY2(!called, "an answer reached a destroyed context");
    QVERIFY(m_wait.remove(vault, account).ok);
}

void TestKeychainReal::keyringFileHoldsNoSecretInClearText()
{
    // One secret stays in the keyring, so that the file below holds something to look for.
    const QString kept = newSecret();
    m_secrets << kept;
    KeychainVault vault(service());
    QVERIFY(m_wait.store(vault, newAccount(), kept).ok);

    const QString keyrings = qEnvironmentVariable("XDG_DATA_HOME") + u"/keyrings"_s;
    const QFileInfo loginKeyring(keyrings + u"/login.keyring"_s);
    QVERIFY2(loginKeyring.isFile() && loginKeyring.size() > 0, qPrintable(loginKeyring.filePath()));

    QStringList roots = environmentDirectories();
    roots.append(qEnvironmentVariable("ED_KEYRING_HOME"));
    const Scan scan = scanFiles(roots, m_secrets);
    qInfo("searched %d files under %s", scan.files, qPrintable(roots.join(u", "_s)));
    QVERIFY(scan.files >= 1);
    QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(u'\n')));

    const QString log = MessageCapture::text();
    QVERIFY2(log.contains(u"Keychain"_s), "the vault logs what it does (without secrets)");
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!log.contains(secret), "a secret reached a log message");
}

void TestKeychainReal::lockedKeychainSaysSo()
{
    const QString dbusSend = QStandardPaths::findExecutable(u"dbus-send"_s);
    if (dbusSend.isEmpty())
        QSKIP("dbus-send is not installed (package dbus-bin): cannot lock the keyring");
    KeychainVault vault(service());
    QSignalSpy changed(&vault, &TokenVault::persistenceChanged);
    const QString account = newAccount();
    const QString secret = newSecret();
    m_secrets << secret;
    QVERIFY(m_wait.store(vault, account, secret).ok);

    // Locked, and nobody can unlock it: the unlock prompt cannot show without a display. (This is
    // what a user declining the prompt looks like.) QtKeychain alone would say "not found" to the
    // read and "removed" to the delete.
    QProcess lock;
    lock.start(dbusSend,
               {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                u"org.freedesktop.Secret.Service.Lock"_s,
                u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    QVERIFY(lock.waitForFinished(10000));
    QVERIFY2(lock.exitStatus() == QProcess::NormalExit && lock.exitCode() == 0,
             lock.readAllStandardError().constData());

    VaultResult result = m_wait.load(vault, account);
    QVERIFY2(!result.ok && !result.notFound, describe(result).constData());
    QVERIFY2(result.error.contains(u"locked"_s), qPrintable(result.error));

    result = m_wait.store(vault, newAccount(), newSecret());
    QVERIFY2(!result.ok && !result.notFound, describe(result).constData());
    QVERIFY2(result.error.startsWith(u"The sign-in was not saved in the system keychain"_s), qPrintable(result.error));

    result = m_wait.remove(vault, account);
    QVERIFY2(!result.ok && !result.notFound, describe(result).constData());
    QVERIFY2(result.error.contains(u"still in the system keychain"_s) && result.error.contains(account),
             qPrintable(result.error));

    // A locked keychain is still a keychain: no banner, no memory-only mode.
    QVERIFY(vault.isPersistent());
    QCOMPARE(changed.count(), 0);
    QVERIFY(!MessageCapture::text().contains(secret));
}

// --- a keychain that never answers ---------------------------------------------------------------

class TestKeychainHung final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void probeGivesUpAfterItsTimeout();

private:
    Waiter m_wait;
    std::unique_ptr<MessageCapture> m_messages;
};

void TestKeychainHung::initTestCase()
{
    const QString missing = qEnvironmentVariable("ED_KEYRING_MISSING");
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing + u" is not installed (./dev installs it): no private D-Bus session"_s));
    QVERIFY2(qEnvironmentVariable("ED_KEYRING_HUNG") == u"1"_s,
             "run this test through tests/support/with-keyring.sh --hung-secret-service");
    QVERIFY(directoriesArePrivate(qEnvironmentVariable("ED_KEYRING_HOME")));
    m_messages = std::make_unique<MessageCapture>();
}

void TestKeychainHung::cleanup()
{
    QCOMPARE(m_wait.synchronousAnswers, 0);
}

void TestKeychainHung::probeGivesUpAfterItsTimeout()
{
    KeychainVault vault(service());
    vault.setProbeTimeoutMs(1500);
    QSignalSpy changed(&vault, &TokenVault::persistenceChanged);
    QObject context;
    int answers = 0;
    bool persistent = true;
    QElapsedTimer timer;
    timer.start();
    vault.probe(&context, [&](bool value) {
        ++answers;
        persistent = value;
    });
    QCOMPARE(answers, 0);
    QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 10000);
    const qint64 elapsedMs = timer.elapsed();
    QVERIFY2(elapsedMs >= 1400 && elapsedMs < 4000,
             qPrintable(u"the probe answered after %1 ms"_s.arg(elapsedMs))); // not the bus's 5 s
    QCOMPARE(persistent, false);
    QVERIFY(!vault.isPersistent());
    QCOMPARE(changed.count(), 1);
    QVERIFY2(vault.unavailableReason().contains(u"did not answer within 1.5 seconds"_s),
             qPrintable(vault.unavailableReason()));

    // From now on memory, at once: nothing waits for the keychain again.
    timer.restart();
    const QString account = newAccount();
    const QString secret = newSecret();
    VaultResult result = m_wait.store(vault, account, secret);
    QVERIFY2(result.ok, describe(result).constData());
    result = m_wait.load(vault, account);
    QCOMPARE(result.value, secret);
    QVERIFY(timer.elapsed() < 1000);

    // The bus gives up on the Secret Service 5 s after the probe asked; that answer changes nothing.
    QTRY_VERIFY_WITH_TIMEOUT(MessageCapture::text().contains(u"late answer to the probe ignored"_s), 10000);
    QCOMPARE(answers, 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!vault.isPersistent());
    result = m_wait.load(vault, account);
    QCOMPARE(result.value, secret);
    QVERIFY(!MessageCapture::text().contains(secret));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray mode = qgetenv("ED_KEYCHAIN_TEST_MODE");
    if (mode == "unavailable") {
        TestKeychainUnavailable test;
        return QTest::qExec(&test, argc, argv);
    }
    if (mode == "hung") {
        TestKeychainHung test;
        return QTest::qExec(&test, argc, argv);
    }
    if (mode == "real") {
        TestKeychainReal test;
        return QTest::qExec(&test, argc, argv);
    }
    std::fprintf(stderr, "tst_KeychainVault: set ED_KEYCHAIN_TEST_MODE to \"unavailable\", \"hung\" or \"real\"\n");
    return 2;
}

#include "tst_KeychainVault.moc"
