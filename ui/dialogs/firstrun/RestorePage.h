#pragma once
// First run, restore: the recovery phrase, checked word by word against the BIP-39 list as it is typed and
// then for its checksum; and an optional BIP-39 passphrase ("25th word").
// Ownership: a page of FirstRunWizard. Threading: GUI thread only (the checks are pure and instant).

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace plinth::ui {

class RestorePage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestorePage(QWidget* parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    QString passphrase() const;

private:
    void check();

    QPlainTextEdit* m_phrase;
    QLabel* m_status;
    QLineEdit* m_passphrase;
    bool m_valid = false;
};

} // namespace plinth::ui
