#pragma once
// DeviceActionDialog: the form before an owner's device action: the new capacity and unit, region or
// metadata URI (DeviceUpdateAction: only the fields changed are sent, one transaction each), the new
// owner (DeviceTransferAction), or the amount to stake on it (StakeAction). It checks what it can here
// (a whole number, an address, an amount in the token's decimals) and says what is wrong in a sentence;
// Continue then opens the TransactionConfirmDialog with the action (its preview checks the rest against
// the chain) and closes this form.
//
// Use: `auto* d = new DeviceActionDialog(services, from, device, DeviceActionDialog::Mode::Transfer, page);
// d->open();` Deletes itself on close. Widgets (objectName): "deviceAction.capacity", ".unit",
// ".region", ".metadata", ".to", ".amount", ".error", ".continue", ".cancel".
//
// Ownership: Qt parent (the confirmation dialog gets the same parent). Threading: GUI thread only.

#include "ui/UiServices.h"
#include "wallet/api/NetworkSnapshots.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace plinth::ui {

class DeviceActionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Update, Transfer, Stake };
    DeviceActionDialog(UiServices& services, Address from, Device device, Mode mode, QWidget* parent = nullptr);

Q_SIGNALS:
    // The confirmation dialog was opened with the action.
    void confirmationOpened(QDialog* confirmation);

private:
    QLineEdit* addLine(const QString& key, const QString& label, const QString& text, const QString& placeholder);
    void proceed();
    std::optional<NetworkAction> buildAction(QString& problem) const;

    UiServices& m_services;
    Address m_from;
    Device m_device;
    Mode m_mode;
    QWidget* m_form;
    QLineEdit* m_capacity = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_metadata = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_error;
};

} // namespace plinth::ui
