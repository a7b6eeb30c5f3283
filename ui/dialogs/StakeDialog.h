#pragma once
// StakeDialog: what to stake, delegate or unstake before the confirmation: the device (picked from the
// choices the page offers, or pasted as an address) and the amount in tokens, checked as typed (an
// address that does not parse, an amount that is not a number, zero, or more than the limit the page
// gives: the bonded stake for an unstake). It sends nothing: on accept the page turns device() and
// amount() into the action for TransactionConfirmDialog.
//
// Widgets for tests (objectName): "stakeDialog.device", "stakeDialog.amount", "stakeDialog.problem",
// "stakeDialog.ok", "stakeDialog.cancel".
// Ownership: Qt parent; deletes itself on close (WA_DeleteOnClose). Threading: GUI thread only.
// Errors: shown in "stakeDialog.problem" in a sentence; OK stays disabled until the input is valid.

#include "ui/models/SnapshotTableModel.h"
#include "wallet/eth/Address.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace plinth::ui {

class StakeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Stake, Delegate, Unstake };
    struct DeviceChoice {
        Address device;
        QString label;                 // what the list shows besides the address
        std::optional<UInt256> limit;  // the most the amount may be (the bonded stake for an unstake)
    };

    StakeDialog(Kind kind, std::vector<DeviceChoice> choices, TokenUnits units, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    std::optional<Address> device() const;
    std::optional<UInt256> amount() const;

private:
    void validate();
    const DeviceChoice* chosen() const;

    Kind m_kind;
    std::vector<DeviceChoice> m_choices;
    TokenUnits m_units;
    QComboBox* m_device;
    QLineEdit* m_amount;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace plinth::ui
