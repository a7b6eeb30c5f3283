#pragma once
// AccountContext: the window's list of vault accounts and the one the pages show (the top bar's account
// switcher sets it). Pages read current() and listen to currentChanged() instead of each asking the
// vault. The list comes from WalletService::accounts() (addresses and labels are not secret, so it is
// readable while the vault is locked) and is refreshed after anything that adds or renames an account.
//
// Ownership: owned by the main window (or a test); holds a reference to the WalletService, which
// outlives it. Threading: GUI thread only; refresh() returns at once and the answer arrives queued.
// Errors: a failed refresh keeps the previous list and emits refreshFailed(message).

#include "wallet/api/WalletService.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace plinth::ui {

class AccountContext : public QObject {
    Q_OBJECT
public:
    explicit AccountContext(WalletService& wallet, QObject* parent = nullptr);

    const std::vector<VaultAccount>& accounts() const { return m_accounts; }
    // The account pages show; nullopt while the vault has none (or before the first refresh).
    std::optional<Address> current() const { return m_current; }
    std::optional<VaultAccount> currentAccount() const;
    // Selects an account of the list (ignored for an address the vault does not hold).
    void setCurrent(const Address& address);
    // An address that should become current once it appears in the list (kept from the last session).
    void setPreferred(const Address& address) { m_preferred = address; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void accountsChanged();
    void currentChanged();
    void refreshFailed(const QString& message);

private:
    void apply(std::vector<VaultAccount> accounts);

    WalletService& m_wallet;
    std::vector<VaultAccount> m_accounts;
    std::optional<Address> m_current;
    std::optional<Address> m_preferred;
};

} // namespace plinth::ui
