#pragma once
// UnlockDialog: the vault password. Unlocking runs the KDF on the WalletService worker with a busy bar; a
// wrong password says so in a sentence and keeps (selects) what was typed so it can be corrected. The
// dialog is accepted once the vault is unlocked; open() it and listen to accepted().
//
// Ownership: a child of `parent`; WA_DeleteOnClose is the opener's choice. Holds a reference to the
// WalletService, which outlives it. Threading: GUI thread only; the answer arrives through onGui.

#include "wallet/api/WalletService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace plinth::ui {

class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    // `reason`: why the keys are needed now ("Sign the vote"), shown above the field; may be empty.
    UnlockDialog(WalletService& wallet, const QString& reason, QWidget* parent = nullptr);

private:
    void unlock();
    void setBusy(bool busy);

    WalletService& m_wallet;
    QLineEdit* m_password;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_unlock;
    QPushButton* m_cancel;
};

} // namespace plinth::ui
