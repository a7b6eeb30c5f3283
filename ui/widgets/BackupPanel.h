#pragma once
// BackupPanel: the Settings page's backup section. Export an account's key as a keystore v3 file (its
// own password, a file chosen through ui/common/FileChooser, the vault unlocked first through the
// LockController) and show the recovery phrase after the vault password is typed again; the phrase is
// hidden again with Hide, when the panel is hidden (another page, the window closed) and when it locks.
//
// Ownership: a child of the Settings page; references the WalletService, the AccountContext and the
// LockController, which all outlive it. Threading: GUI thread only: the KDFs run on the WalletService
// worker and the file is written on a pool thread; answers arrive through onGui.
// Errors: each action's failure is one sentence in its status line.

#include "wallet/api/WalletService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace plinth::ui {

class AccountContext;
class LockController;

class BackupPanel : public QWidget {
    Q_OBJECT
public:
    BackupPanel(WalletService& wallet, AccountContext& accounts, LockController& lock, QWidget* parent = nullptr);

    bool isMnemonicShown() const;

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void fillAccounts();
    void exportKeystore();
    void exportTo(const Address& address, const QString& path);
    void showMnemonic();
    void hideMnemonic();
    void setStatus(QLabel* label, const QString& text, bool error);

    WalletService& m_wallet;
    AccountContext& m_accounts;
    LockController& m_lock;
    QComboBox* m_account;
    QLineEdit* m_filePassword;
    QLineEdit* m_fileConfirm;
    QPushButton* m_export;
    QLabel* m_exportStatus;
    QLineEdit* m_vaultPassword;
    QPushButton* m_show;
    QPushButton* m_hide;
    QLabel* m_mnemonic;
    QLabel* m_mnemonicStatus;
    int m_revealRequest = 0; // an answer that arrives after Hide is dropped
};

} // namespace plinth::ui
