#include "TokenVault.h"

#include <QTimer>

namespace ed {

namespace {
// Answers on the next event-loop turn, unless `context` is gone by then.
void answerLater(QObject *context, TokenVault::Done done, VaultResult result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}
} // namespace

MemoryVault::MemoryVault(QString reason, QObject *parent)
    : TokenVault(parent)
    , m_reason(std::move(reason))
{ }

MemoryVault::~MemoryVault() = default;

void MemoryVault::store(const QString &account, const QString &secret, QObject *context, Done done)
{
    m_secrets.insert(account, secret);
    answerLater(context, std::move(done), VaultResult{true, false, {}, {}});
}

void MemoryVault::load(const QString &account, QObject *context, Done done)
{
    const auto it = m_secrets.constFind(account);
    VaultResult result;
    if (it == m_secrets.cend())
        result.notFound = true;
    else
        result = VaultResult{true, false, it.value(), {}};
    answerLater(context, std::move(done), std::move(result));
}

void MemoryVault::remove(const QString &account, QObject *context, Done done)
{
    m_secrets.remove(account);
    answerLater(context, std::move(done), VaultResult{true, false, {}, {}});
}

int MemoryVault::size() const
{
    return int(m_secrets.size());
}

} // namespace ed
