#pragma once
// First run, watch-only: an address (EIP-55 checked: mixed case must match its checksum) and a label.
// Ownership: a page of FirstRunWizard. Threading: GUI thread only.

#include "wallet/eth/Address.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QLineEdit;

namespace plinth::ui {

class WatchPage : public QWizardPage {
    Q_OBJECT
public:
    explicit WatchPage(QWidget* parent = nullptr);
    bool isComplete() const override { return m_address.has_value(); }
    std::optional<Address> address() const { return m_address; }
    QString label() const;

private:
    void check();

    QLineEdit* m_input;
    QLabel* m_status;
    QLineEdit* m_label;
    std::optional<Address> m_address;
};

} // namespace plinth::ui
