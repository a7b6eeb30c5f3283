#pragma once
// FirstRunWizard: what a data dir without a vault shows first. The user creates a wallet (a new recovery
// phrase, written down and then three of its words asked back), restores one from a phrase, imports a
// keystore v3 file, or watches an address; chooses the vault password (with a strength meter); and picks
// the network. Finishing runs the KDF on the WalletService worker behind a busy indicator; the wizard is
// accepted only when the vault exists.
//
// Ownership: a top-level dialog (or a child of `parent`); holds a reference to the WalletService, which
// outlives it. Threading: GUI thread only; every wallet call returns at once and answers through onGui.
// Errors: a failed step is shown on the last page in a sentence, with the wizard still open to go back.

#include "ui/dialogs/firstrun/NetworkChoice.h"
#include "wallet/api/WalletService.h"

#include <QWizard>

namespace plinth::ui {

class KeystorePage;
class NetworkPage;
class PasswordPage;
class RestorePage;
class WatchPage;

class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ChoosePage, PhrasePageId, ConfirmPageId, RestorePageId, KeystorePageId, WatchPageId,
                  PasswordPageId, NetworkPageId };
    enum class Mode { Create, Restore, Keystore, Watch };

    FirstRunWizard(WalletService& wallet, NetworkProbe probe, QWidget* parent = nullptr);

    WalletService& wallet() { return m_wallet; }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }

    // What the pages collected (GUI thread). The phrase is the new one (Create) or the typed one (Restore).
    QString phrase() const { return m_phrase; }
    void setPhrase(const QString& phrase) { m_phrase = phrase; }

    // The network the user picked ("" for none yet); valid once accepted.
    QString networkName() const;
    // The first account of the new vault, once accepted.
    std::optional<Address> firstAddress() const { return m_firstAddress; }

    int nextId() const override;

public Q_SLOTS:
    void accept() override;
    // Ignored while the vault is being written (Escape, the window's close button): it finishes first.
    void reject() override;

private:
    void finishWith(Result<VaultAccount> account);
    void fail(const QString& message);
    void addAccount();
    void importKeystore(const QByteArray& json);
    void setWorking(bool working);

    WalletService& m_wallet;
    RestorePage* m_restorePage;
    KeystorePage* m_keystorePage;
    WatchPage* m_watchPage;
    PasswordPage* m_passwordPage;
    NetworkPage* m_networkPage;
    Mode m_mode = Mode::Create;
    QString m_phrase;
    bool m_working = false;
    bool m_vaultCreated = false; // a seedless vault exists already: a retry only adds the account
    bool m_done = false;
    std::optional<Address> m_firstAddress;
};

} // namespace plinth::ui
