#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace ed {

// The answer of one vault operation. `ok` false with `notFound` true: nothing is stored under
// that account (not an error). `error` is a translated sentence when something failed.
struct VaultResult
{
    bool ok = false;
    bool notFound = false;
    QString value; // load(): the secret; never log it
    QString error;
};

// Where refresh tokens are kept between runs (issue 8): the OS keychain, or nowhere (memory only).
// Operations are asynchronous (the keychain talks D-Bus); `done` runs on the caller's thread, later,
// and not at all when `context` is destroyed first. Accounts are ConnectionProfile ids.
class TokenVault : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenVault)
public:
    using Done = std::function<void(const VaultResult &result)>;

    using QObject::QObject;
    ~TokenVault() override = default;

    // True when secrets survive a restart (a working keychain). False: memory only, and the UI
    // says so with unavailableReason().
    virtual bool isPersistent() const = 0;
    virtual QString unavailableReason() const = 0;

    virtual void store(const QString &account, const QString &secret, QObject *context, Done done) = 0;
    virtual void load(const QString &account, QObject *context, Done done) = 0;
    virtual void remove(const QString &account, QObject *context, Done done) = 0;

Q_SIGNALS:
    // isPersistent() changed (a keychain found to be unavailable on first use).
    void persistenceChanged(bool persistent);
};

// Memory only: what is stored lives as long as this object. Used when no keychain exists, for the
// demo tenant, and in tests. Answers on the next event-loop turn, like a keychain.
class MemoryVault final : public TokenVault
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryVault)
public:
    explicit MemoryVault(QString reason = {}, QObject *parent = nullptr);
    ~MemoryVault() override;

    bool isPersistent() const override { return false; }
    QString unavailableReason() const override { return m_reason; }
    void store(const QString &account, const QString &secret, QObject *context, Done done) override;
    void load(const QString &account, QObject *context, Done done) override;
    void remove(const QString &account, QObject *context, Done done) override;
    int size() const;

private:
    QString m_reason;
    QHash<QString, QString> m_secrets;
};

} // namespace ed
