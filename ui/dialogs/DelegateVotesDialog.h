#pragma once
// DelegateVotesDialog: whom the current account's token votes go to (ERC20Votes delegate), before the
// confirmation. It shows the delegate now and the balance whose votes would move, read from the verified
// cache (NetworkServices::voteDelegation, with the block it is verified at), says in a sentence what
// delegation does, and takes "Myself" or another address: checked as the Send page checks a recipient
// (ui/common/AddressInput.h), completed from the address book (AddressCompleter). Continue stays off,
// with the reason in a sentence, for an empty or malformed address, a checksum that does not match, or
// the delegate the votes already have; a zero address and an address without a checksum are warned
// about but allowed (delegating to the zero address is how a holder stops voting). It sends nothing: on
// accept the page passes action() (a DelegateVotesAction) to TransactionConfirmDialog.
//
// Widgets for tests (objectName): "delegateVotes.current", "delegateVotes.moving", "delegateVotes.self",
// "delegateVotes.other", "delegateVotes.address", "delegateVotes.book", "delegateVotes.problem",
// "delegateVotes.continue", "delegateVotes.cancel"; the warning carries its style role "warningText".
// Ownership: Qt parent; deletes itself on close; keeps a reference to the window's UiServices, which
// outlive it. Threading: GUI thread only; the facade's answer comes back through onGui and is dropped
// once the dialog is gone. Errors: a failed read is said in "delegateVotes.current"; the form still works.

#include "ui/UiServices.h"
#include "ui/models/SnapshotTableModel.h"
#include "wallet/api/NetworkActions.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace plinth::ui {

class AddressBook;

class DelegateVotesDialog : public QDialog {
    Q_OBJECT
public:
    DelegateVotesDialog(UiServices& services, const Address& account, QWidget* parent = nullptr);

    // The address chosen, when the form is valid (Continue is on).
    std::optional<Address> delegatee() const { return m_delegatee; }
    // What the confirmation sends: the token's delegate(delegatee), described in a sentence.
    NetworkAction action() const;
    // The same for any account and delegate (the Governance page's "delegate to yourself" uses it).
    static NetworkAction delegationAction(const Address& account, const Address& to);
    // The delegation read from the verified cache; nullopt while it is read or when the read failed.
    const std::optional<VoteDelegationSnapshot>& delegation() const { return m_delegation; }

private:
    void load();
    void showDelegation(const VoteDelegationSnapshot& d);
    void validate();

    UiServices& m_services;
    Address m_account;
    TokenUnits m_units;
    AddressBook* m_book;
    std::optional<VoteDelegationSnapshot> m_delegation;
    std::optional<Address> m_delegatee;
    bool m_touched = false; // the user chose something: a late answer no longer changes the choice
    QLabel* m_current;
    QLabel* m_moving;
    QRadioButton* m_self;
    QRadioButton* m_other;
    QLineEdit* m_address;
    QLabel* m_bookNote;
    QLabel* m_problem;
    QLabel* m_warning;
    QPushButton* m_continue;
};

} // namespace plinth::ui
