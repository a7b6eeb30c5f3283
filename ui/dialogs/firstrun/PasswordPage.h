#pragma once
// First run: the vault password (with PasswordStrengthMeter) and its confirmation. It encrypts the keys
// on this computer; the recovery phrase, not this password, is what restores the wallet elsewhere.
// Ownership: a page of FirstRunWizard. Threading: GUI thread only.

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace plinth::ui {

class PasswordStrengthMeter;

class PasswordPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PasswordPage(QWidget* parent = nullptr);
    bool isComplete() const override;
    QString password() const;

private:
    void update();

    QLineEdit* m_password;
    QLineEdit* m_confirm;
    PasswordStrengthMeter* m_meter;
    QLabel* m_status;
};

} // namespace plinth::ui
