#pragma once
// First run, last page: the network to open (the known profiles; the local devnet only when its RPC
// answers), checked by the application's probe on a worker thread. It also shows the wizard's progress
// while the vault is written (busy bar) and the sentence of a failed step.
// Ownership: a page of FirstRunWizard. Threading: GUI thread only.

#include "ui/dialogs/firstrun/NetworkChoice.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;

namespace plinth::ui {

class NetworkPage : public QWizardPage {
    Q_OBJECT
public:
    NetworkPage(NetworkProbe probe, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    // The chosen network's name, "" for none.
    QString networkName() const;
    void setBusy(const QString& what); // empty: not busy
    void setError(const QString& message);

private:
    void showChoices(const QList<NetworkChoice>& choices);

    NetworkProbe m_probe;
    QListWidget* m_list;
    QLabel* m_status;
    QProgressBar* m_busy;
    QLabel* m_busyText;
    QLabel* m_error;
    bool m_probing = false;
    bool m_busyNow = false;
};

} // namespace plinth::ui
