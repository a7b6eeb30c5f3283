#pragma once
// First run, create: shows a new recovery phrase (12 or 24 words, made by WalletService::newMnemonic on
// its worker) with the warning to write it down. The words are in labels "firstRun.word.<n>" (1-based).
// Ownership: a page of FirstRunWizard. Threading: GUI thread only.

#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;

namespace plinth::ui {

class PhrasePage : public QWizardPage {
    Q_OBJECT
public:
    explicit PhrasePage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void generate();
    void showWords(const QString& phrase);

    QComboBox* m_length;
    QLabel* m_status;
    QWidget* m_words;
    QGridLayout* m_grid;
    bool m_ready = false;
    int m_request = 0; // only the answer to the latest request counts
};

} // namespace plinth::ui
