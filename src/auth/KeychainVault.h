#pragma once

#include "TokenVault.h"

#include <QString>

#include <functional>

namespace ed {

// Refresh tokens in the OS keychain through QtKeychain (on Linux: the Secret Service over D-Bus,
// gnome-keyring or KWallet, through libsecret), one entry per account under `service`. Never a
// plaintext fallback: QtKeychain's insecure fallback is always off.
//
// When the keychain cannot serve at all (no D-Bus session, no Secret Service, no usable collection,
// no backend) the vault becomes memory-only for the rest of the run: it keeps secrets in an
// internal MemoryVault, isPersistent() turns false, unavailableReason() says why in a sentence,
// persistenceChanged(false) is emitted once, and the operation that found out is completed in
// memory (a store is not lost for this run). Nothing is ever written to disk in that mode.
// A keychain that refuses access (the user declined to unlock it) is an error of that one
// operation; the vault stays persistent. libsecret skips locked items (QtKeychain would report
// "not found" for a read and success for a delete), so a "not found" read and every delete are
// checked with the Secret Service's SearchItems: a locked entry gives an error, not a false answer.
//
// Secrets are never logged: only account ids and QtKeychain error codes and messages.
class KeychainVault final : public TokenVault
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainVault)
public:
    static constexpr int defaultProbeTimeoutMs = 10 * 1000;

    // `service` names the entries in the keychain ("org.enrollmentdesk.EnrollmentDesk").
    explicit KeychainVault(QString service, QObject *parent = nullptr);
    ~KeychainVault() override;

    bool isPersistent() const override { return m_memory == nullptr; }
    QString unavailableReason() const override { return m_reason; }

    void store(const QString &account, const QString &secret, QObject *context, Done done) override;
    void load(const QString &account, QObject *context, Done done) override;
    void remove(const QString &account, QObject *context, Done done) override;

    // Checks once, at start-up, whether the keychain answers, so that the memory-only banner can
    // show before any sign-in: reads the entry probeAccount() (never written; "not found" means the
    // keychain works, and reading a missing entry never asks the user to unlock anything). No answer
    // within probeTimeoutMs() counts as no keychain. `done` gets isPersistent() afterwards; it runs
    // later, on this thread, and not at all when `context` is destroyed first.
    void probe(QObject *context, std::function<void(bool persistent)> done);

    QString service() const { return m_service; }
    static QString probeAccount();
    int probeTimeoutMs() const { return m_probeTimeoutMs; }
    void setProbeTimeoutMs(int ms) { m_probeTimeoutMs = ms; }

private:
    enum class Failure { None, NotFound, Unavailable, Refused, Other };
    static Failure classify(int keychainError);

    // Switches to memory only (once): reason, internal MemoryVault, persistenceChanged(false).
    void becomeMemoryOnly(const QString &detail);
    void noteReached();
    // How many Secret Service items of `account` exist, locked ones included: QtKeychain (through
    // libsecret) skips locked items, so a read says "not found" and a delete says "done" while the
    // entry stays. `done` gets 0 when the Secret Service cannot be asked (another backend).
    void countEntries(const QString &account, std::function<void(int count)> done);

    QString m_service;
    QString m_reason;
    MemoryVault *m_memory = nullptr; // set once the keychain is found unavailable
    bool m_reached = false; // the keychain answered at least once in this run
    int m_probeTimeoutMs = defaultProbeTimeoutMs;
};

} // namespace ed
