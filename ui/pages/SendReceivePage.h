#pragma once
// SendReceivePage: sending the native currency or the network's token, and receiving.
//
// Send: the recipient (typed, EIP-55 checked: a mixed-case address must match its checksum; or picked
// from the address book, <datadir>/addressbook.json, AddressBook.h), the amount (Max: the whole token
// balance, or the native balance less the most a transfer's fee can be at the fast speed, worked out by
// the service), the asset; "Review and send" opens the TransactionConfirmDialog (fee speed, password,
// progress). A bad address or amount is refused on the page with its reason and opens nothing.
// Receive: the current account's address as text (Copy) and as a QR code (QrCodeWidget).
// Balances are proven (SyncService::proveBalances at the verified block) and say so.
// Widgets (objectName): "sendReceive.to", "sendReceive.book", "sendReceive.amount", "sendReceive.asset",
// "sendReceive.max", "sendReceive.balance", "sendReceive.label", "sendReceive.save", "sendReceive.error",
// "sendReceive.send", "sendReceive.address", "sendReceive.copy", "sendReceive.qr".
//
// Ownership: a child of the page stack; keeps references to the window's UiServices and AccountContext,
// which outlive it. Threading: GUI thread only; every service call answers through onGui().

#include "ui/AccountContext.h"
#include "ui/UiServices.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;

namespace plinth::ui {

class AddressBook;
class EmptyStatePage;
class QrCodeWidget;

class SendReceivePage : public QWidget {
    Q_OBJECT
public:
    SendReceivePage(UiServices& services, AccountContext& accounts, QWidget* parent = nullptr);
    // Sets the page title and the sentence shown while the page has nothing to show.
    void setEmptyTexts(const QString& title, const QString& message);

    AddressBook& addressBook() { return *m_book; }

private:
    void buildSend(QWidget* box);
    void buildReceive(QWidget* box);
    void accountChanged();
    void refreshBalances();
    void showBalance();
    void fillMax();
    void saveRecipient();
    void review();
    bool token() const;
    void showError(const QString& sentence);

    UiServices& m_services;
    AccountContext& m_accounts;
    EmptyStatePage* m_empty;
    QLabel* m_title = nullptr;
    QStackedLayout* m_stack = nullptr;
    AddressBook* m_book = nullptr;
    std::optional<ProvenBalances> m_balances;
    int m_balanceRequest = 0;

    QLineEdit* m_to = nullptr;
    QComboBox* m_pick = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_asset = nullptr;
    QPushButton* m_max = nullptr;
    QLabel* m_balance = nullptr;
    QLineEdit* m_label = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_address = nullptr;
    QPushButton* m_copy = nullptr;
    QrCodeWidget* m_qr = nullptr;
};

} // namespace plinth::ui
