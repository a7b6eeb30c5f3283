#pragma once
// First run, page 1: create a new wallet, restore one from a phrase, import a keystore, or watch an address.
// Ownership: a page of FirstRunWizard. Threading: GUI thread only.

#include <QWizardPage>

class QRadioButton;

namespace plinth::ui {

class ChoicePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ChoicePage(QWidget* parent = nullptr);
    bool validatePage() override;

private:
    QRadioButton* m_create;
    QRadioButton* m_restore;
    QRadioButton* m_keystore;
    QRadioButton* m_watch;
};

} // namespace plinth::ui
