#include "ui/AccountContext.h"

#include "ui/common/GuiCallback.h"

#include <algorithm>

namespace plinth::ui {

AccountContext::AccountContext(WalletService& wallet, QObject* parent) : QObject(parent), m_wallet(wallet) {}

std::optional<VaultAccount> AccountContext::currentAccount() const
{
    if (!m_current)
        return std::nullopt;
    for (const auto& a : m_accounts)
        if (a.address == *m_current)
            return a;
    return std::nullopt;
}

void AccountContext::setCurrent(const Address& address)
{
    const bool known = std::any_of(m_accounts.begin(), m_accounts.end(),
                                   [&](const VaultAccount& a) { return a.address == address; });
    if (!known || (m_current && *m_current == address))
        return;
    m_current = address;
    Q_EMIT currentChanged();
}

void AccountContext::refresh()
{
    if (!m_wallet.hasVault()) {
        apply({});
        return;
    }
    m_wallet.accounts(onGui(this, [this](Result<std::vector<VaultAccount>> result) {
        if (!result) {
            Q_EMIT refreshFailed(QString::fromStdString(result.error().message));
            return;
        }
        apply(std::move(*result));
    }));
}

void AccountContext::apply(std::vector<VaultAccount> accounts)
{
    std::erase_if(accounts, [](const VaultAccount& a) { return a.hidden; });
    m_accounts = std::move(accounts);
    Q_EMIT accountsChanged();
    auto holds = [&](const Address& a) {
        return std::any_of(m_accounts.begin(), m_accounts.end(), [&](const VaultAccount& v) { return v.address == a; });
    };
    std::optional<Address> next = m_current;
    if (m_preferred && holds(*m_preferred)) {
        next = m_preferred;
        m_preferred.reset();
    }
    if (next && !holds(*next))
        next.reset();
    if (!next && !m_accounts.empty())
        next = m_accounts.front().address;
    if (next != m_current) {
        m_current = next;
        Q_EMIT currentChanged();
    }
}

} // namespace plinth::ui
