#include "KeychainVault.h"

#include "core/Logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLocale>
#include <QMap>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// What QtKeychain said, for a sentence: its message, or the bare code when it gave none.
QString detailOf(const QKeychain::Job *job)
{
    QString message = job->errorString().trimmed();
    if (!message.isEmpty())
        return message;
    return KeychainVault::tr("error %1").arg(int(job->error()));
}

template<typename JobT>
JobT *newJob(const QString &service, const QString &account)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(account);
    return job;
}

void answer(const QPointer<QObject> &context, const TokenVault::Done &done, const VaultResult &result)
{
    if (!context.isNull() && done)
        done(result);
}

// `done`, called only while `context` lives.
TokenVault::Done guarded(const QPointer<QObject> &context, TokenVault::Done done)
{
    return [context, done = std::move(done)](const VaultResult &result) { answer(context, done, result); };
}

} // namespace

KeychainVault::KeychainVault(QString service, QObject *parent)
    : TokenVault(parent)
    , m_service(std::move(service))
{ }

KeychainVault::~KeychainVault() = default;

QString KeychainVault::probeAccount()
{
    return u"org.enrollmentdesk.keychain-probe"_s;
}

KeychainVault::Failure KeychainVault::classify(int keychainError)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return Failure::None;
    case QKeychain::EntryNotFound:
        return Failure::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        // The user declined to unlock, or the collection stays locked: the keychain exists.
        return Failure::Refused;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // No D-Bus session ("Could not connect", "Cannot autolaunch D-Bus"), no Secret Service,
        // no collection to write into ("Object does not exist at path …/login"), a bus timeout:
        // QtKeychain reports all of them as OtherError with the (translated) GLib message.
        return Failure::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return Failure::Other;
    }
    return Failure::Other;
}

void KeychainVault::becomeMemoryOnly(const QString &detail)
{
    if (m_memory != nullptr)
        return;
    m_reason = tr("No system keychain is available (%1): sign-in tokens are kept in memory only and you will "
                  "sign in again after restarting.")
                       .arg(detail);
    m_memory = new MemoryVault(m_reason, this);
    qCWarning(lcAuth) << "Keychain unavailable, keeping tokens in memory only:" << detail;
    Q_EMIT persistenceChanged(false);
}

void KeychainVault::noteReached()
{
    m_reached = true;
}

void KeychainVault::countEntries(const QString &account, std::function<void(int count)> done)
{
    using Attributes = QMap<QString, QString>; // D-Bus a{ss}
    static const QMetaType attributesType = qDBusRegisterMetaType<Attributes>();
    Q_UNUSED(attributesType)

    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(0);
        return;
    }
    // QtKeychain's libsecret schema names the account "user" and the service "server".
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                                       u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    call << QVariant::fromValue(Attributes{{u"user"_s, account}, {u"server"_s, m_service}});
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 10 * 1000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [account, done = std::move(done)](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *finished;
                if (reply.isError()) {
                    qCInfo(lcAuth) << "Keychain: cannot search the Secret Service for account" << account
                                   << reply.error().name();
                    done(0);
                    return;
                }
                done(int(reply.argumentAt<0>().size() + reply.argumentAt<1>().size())); // unlocked + locked
            });
}

void KeychainVault::store(const QString &account, const QString &secret, QObject *context, Done done)
{
    if (m_memory != nullptr) {
        m_memory->store(account, secret, context != nullptr ? context : this, std::move(done));
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, account);
    job->setTextData(secret);
    const QPointer<QObject> guard(context != nullptr ? context : this);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, account, secret, done = std::move(done)](QKeychain::Job *finished) mutable {
                const int code = int(finished->error());
                switch (classify(code)) {
                case Failure::None:
                    noteReached();
                    qCInfo(lcAuth) << "Keychain: saved the refresh token of account" << account;
                    answer(guard, done, VaultResult{true, false, {}, {}});
                    return;
                case Failure::Unavailable:
                    qCWarning(lcAuth) << "Keychain: could not save account" << account << "error" << code;
                    becomeMemoryOnly(detailOf(finished));
                    // Done in memory even when the caller is gone; only the answer needs it.
                    m_memory->store(account, secret, this, guarded(guard, std::move(done)));
                    return;
                case Failure::NotFound: // not an answer a write gives; treat as a failure
                case Failure::Refused:
                case Failure::Other:
                    break;
                }
                noteReached();
                qCWarning(lcAuth) << "Keychain: saving account" << account << "refused, error" << code
                                  << finished->errorString();
                answer(guard, done,
                       VaultResult{false,
                                   false,
                                   {},
                                   tr("The sign-in was not saved in the system keychain because it refused access "
                                      "(%1): unlock the keychain to stay signed in after restarting.")
                                           .arg(detailOf(finished))});
            });
    job->start();
}

void KeychainVault::load(const QString &account, QObject *context, Done done)
{
    if (m_memory != nullptr) {
        m_memory->load(account, context != nullptr ? context : this, std::move(done));
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, account);
    const QPointer<QObject> guard(context != nullptr ? context : this);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, account, done = std::move(done)](QKeychain::Job *finished) mutable {
                const int code = int(finished->error());
                switch (classify(code)) {
                case Failure::None: {
                    noteReached();
                    auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
                    const QString value = read != nullptr ? read->textData() : QString();
                    qCInfo(lcAuth) << "Keychain: read the refresh token of account" << account;
                    answer(guard, done, VaultResult{true, false, value, {}});
                    return;
                }
                case Failure::NotFound:
                    noteReached();
                    countEntries(account, [this, guard, account, done = std::move(done)](int count) {
                        if (count == 0) {
                            qCInfo(lcAuth) << "Keychain: no refresh token saved for account" << account;
                            answer(guard, done, VaultResult{false, true, {}, {}});
                            return;
                        }
                        qCWarning(lcAuth) << "Keychain: the entry of account" << account << "is locked";
                        answer(guard, done,
                               VaultResult{false,
                                           false,
                                           {},
                                           tr("The saved sign-in is in the system keychain, which is locked: "
                                              "unlock the keychain and try again, or sign in again.")});
                    });
                    return;
                case Failure::Unavailable:
                    qCWarning(lcAuth) << "Keychain: could not read account" << account << "error" << code;
                    becomeMemoryOnly(detailOf(finished));
                    m_memory->load(account, this, guarded(guard, std::move(done)));
                    return;
                case Failure::Refused:
                case Failure::Other:
                    break;
                }
                noteReached();
                qCWarning(lcAuth) << "Keychain: reading account" << account << "refused, error" << code
                                  << finished->errorString();
                answer(guard, done,
                       VaultResult{false,
                                   false,
                                   {},
                                   tr("The system keychain refused to give the saved sign-in (%1): unlock the "
                                      "keychain, or sign in again.")
                                           .arg(detailOf(finished))});
            });
    job->start();
}

void KeychainVault::remove(const QString &account, QObject *context, Done done)
{
    if (m_memory != nullptr) {
        m_memory->remove(account, context != nullptr ? context : this, std::move(done));
        return;
    }
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, account);
    const QPointer<QObject> guard(context != nullptr ? context : this);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, account, done = std::move(done)](QKeychain::Job *finished) mutable {
                const int code = int(finished->error());
                switch (classify(code)) {
                case Failure::None:
                case Failure::NotFound: // nothing to remove: removed
                    noteReached();
                    // A locked entry is skipped and "removed" all the same: check that it is gone.
                    countEntries(account, [this, guard, account, done = std::move(done)](int count) {
                        if (count == 0) {
                            qCInfo(lcAuth) << "Keychain: removed the refresh token of account" << account;
                            answer(guard, done, VaultResult{true, false, {}, {}});
                            return;
                        }
                        qCWarning(lcAuth) << "Keychain: the entry of account" << account << "is still there (locked)";
                        answer(guard, done,
                               VaultResult{false,
                                           false,
                                           {},
                                           tr("The saved sign-in is still in the system keychain, which is "
                                              "locked: unlock the keychain and sign out again, or delete the "
                                              "entry “%1” of “%2” with the keychain manager.")
                                                   .arg(account, m_service)});
                    });
                    return;
                case Failure::Unavailable: {
                    qCWarning(lcAuth) << "Keychain: could not remove account" << account << "error" << code;
                    const bool wasReached = m_reached;
                    becomeMemoryOnly(detailOf(finished));
                    if (!wasReached) {
                        // Never reachable in this run: nothing of this run is there, and nothing
                        // older can be reached; forget the memory copy and be done.
                        m_memory->remove(account, this, guarded(guard, std::move(done)));
                        return;
                    }
                    // The keychain answered earlier and is gone now: the entry may still be there.
                    VaultResult failed{false,
                                       false,
                                       {},
                                       tr("The saved sign-in could not be removed from the system keychain (%1). "
                                          "It is forgotten for this session; delete the entry “%2” of “%3” with "
                                          "the keychain manager.")
                                               .arg(detailOf(finished), account, m_service)};
                    m_memory->remove(account, this, [guard, done = std::move(done), failed](const VaultResult &) {
                        answer(guard, done, failed);
                    });
                    return;
                }
                case Failure::Refused:
                case Failure::Other:
                    break;
                }
                noteReached();
                qCWarning(lcAuth) << "Keychain: removing account" << account << "failed, error" << code
                                  << finished->errorString();
                answer(guard, done,
                       VaultResult{false,
                                   false,
                                   {},
                                   tr("The saved sign-in could not be removed from the system keychain (%1): unlock "
                                      "the keychain and sign out again, or delete the entry “%2” of “%3” with the "
                                      "keychain manager.")
                                           .arg(detailOf(finished), account, m_service)});
            });
    job->start();
}

void KeychainVault::probe(QObject *context, std::function<void(bool persistent)> done)
{
    QObject *receiver = context != nullptr ? context : this;
    if (m_memory != nullptr) {
        // Answered like any memory operation: on the next event-loop turn, while `receiver` lives.
        m_memory->load(probeAccount(), receiver, [done = std::move(done)](const VaultResult &) {
            if (done)
                done(false);
        });
        return;
    }
    const QPointer<QObject> guard(receiver);
    // Shared by the answer and the watchdog: whichever comes first decides, the other is ignored.
    auto shared = std::make_shared<std::function<void(bool)>>(std::move(done));
    auto finish = [guard, shared](bool persistent) {
        std::function<void(bool)> callback = std::exchange(*shared, {});
        if (callback && !guard.isNull())
            callback(persistent);
    };

    auto *watchdog = new QTimer(this);
    watchdog->setSingleShot(true);
    const int timeoutMs = m_probeTimeoutMs;
    connect(watchdog, &QTimer::timeout, this, [this, watchdog, finish, shared, timeoutMs] {
        watchdog->deleteLater();
        if (!*shared)
            return;
        qCWarning(lcAuth) << "Keychain: no answer to the probe within" << timeoutMs << "ms";
        becomeMemoryOnly(tr("the keychain did not answer within %1 seconds")
                                 .arg(QLocale().toString(double(timeoutMs) / 1000.0, 'g', 4)));
        finish(false);
    });

    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, probeAccount());
    const QPointer<QTimer> watchdogGuard(watchdog);
    connect(job, &QKeychain::Job::finished, this, [this, watchdogGuard, finish, shared](QKeychain::Job *finished) {
        QTimer *timer = watchdogGuard.data();
        if (timer != nullptr) {
            timer->stop();
            timer->deleteLater();
        }
        const int code = int(finished->error());
        if (!*shared) {
            qCInfo(lcAuth) << "Keychain: late answer to the probe ignored, error" << code;
            return; // the watchdog decided already
        }
        switch (classify(code)) {
        case Failure::None:
        case Failure::NotFound:
            noteReached();
            qCInfo(lcAuth) << "Keychain: available for" << m_service;
            break;
        case Failure::Unavailable:
            qCWarning(lcAuth) << "Keychain: probe failed, error" << code;
            becomeMemoryOnly(detailOf(finished));
            break;
        case Failure::Refused:
        case Failure::Other:
            // There is a keychain; it said no to this read. Sign-ins will ask again.
            noteReached();
            qCWarning(lcAuth) << "Keychain: probe refused, error" << code << finished->errorString();
            break;
        }
        finish(isPersistent());
    });
    watchdog->start(timeoutMs);
    job->start();
}

} // namespace ed
