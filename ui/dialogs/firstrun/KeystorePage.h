#pragma once
// First run, import: a keystore v3 file (opened through ui/common/FileChooser) and the password it was
// encrypted with. The file is read and decrypted only when the wizard finishes, off the GUI thread.
// Ownership: a page of FirstRunWizard. Threading: GUI thread only.

#include <QWizardPage>

class QLineEdit;

namespace plinth::ui {

class KeystorePage : public QWizardPage {
    Q_OBJECT
public:
    explicit KeystorePage(QWidget* parent = nullptr);
    bool isComplete() const override;
    QString path() const;
    QString password() const;

private:
    QLineEdit* m_path;
    QLineEdit* m_password;
};

} // namespace plinth::ui
