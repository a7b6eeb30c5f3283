#pragma once
// First run, create: asks back three words of the new phrase, at positions chosen at random, and refuses
// to go on until all three are right: proof that the phrase was written down. The fields are
// "firstRun.confirmWord.1" .. ".3"; each has the 1-based position it asks for in property "position".
// Ownership: a page of FirstRunWizard. Threading: GUI thread only.

#include <QWizardPage>

#include <array>

class QLabel;
class QLineEdit;

namespace plinth::ui {

class ConfirmPhrasePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConfirmPhrasePage(QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    std::array<QLabel*, 3> m_labels{};
    std::array<QLineEdit*, 3> m_fields{};
    QLabel* m_error;
    QString m_askedFor; // the phrase the positions were chosen for
};

} // namespace plinth::ui
