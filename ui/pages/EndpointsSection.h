#pragma once
// EndpointsSection: the Settings section for the selected network's RPC endpoints: the list in order of
// preference, add one (the URL is checked before it is taken), test one (eth_chainId through
// EndpointTester, off the GUI thread: the chain id and the latency, or the error, and whether the chain
// id is the profile's), move one up or down, remove one. Each change is saved at once into the profile
// file under <datadir>/networks (NetworkProfileFile, written atomically on a pool thread); the sync
// service keeps the endpoints it was started with until the next start, which the section says.
//
// Ownership: a child of the Settings page; owns its tester and its list model. Threading: GUI thread
// only; the test and the save report back through onGui. Errors: a refused URL, a failed test or save
// is said in one sentence under the list.

#include "ui/UiServices.h"

#include <QFrame>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;

namespace plinth {
class EndpointTester;
}

namespace plinth::ui {

class EndpointsSection : public QFrame {
    Q_OBJECT
public:
    EndpointsSection(UiServices& services, QWidget* parent = nullptr);
    ~EndpointsSection() override;

    QStringListModel* model() const { return m_model; }
    // The profile as the section last saved it (its rpc list is the model's).
    const std::optional<NetworkProfile>& profile() const { return m_profile; }

Q_SIGNALS:
    void saved(const QString& file);
    void testFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void add();
    void testSelected();
    void move(int delta);
    void removeSelected();
    void save();
    int selectedRow() const;
    void updateButtons();
    void say(const QString& message, bool ok);
    void retranslate();

    UiServices& m_services;
    std::optional<NetworkProfile> m_profile;
    std::unique_ptr<EndpointTester> m_tester;
    QStringListModel* m_model;
    QLabel* m_title;
    QLabel* m_hint;
    QListView* m_list;
    QLineEdit* m_url;
    QPushButton* m_add;
    QPushButton* m_test;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    QLabel* m_result;
    std::uint64_t m_saveGeneration = 0;
};

} // namespace plinth::ui
