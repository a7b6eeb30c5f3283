#pragma once
// ProposalDetailPanel: one proposal as the governance page shows it beside the list: title and state
// chip, the voting deadline's countdown (chain clock), the tallies against the quorum, the account's
// voting power at the snapshot and why, the decoded actions (parameter changes old -> new, with the
// block the old value is verified at, or why it is unknown, never a 0 for it), the last
// simulation's results (marked unverified), and the description rendered from markdown in a
// QTextBrowser that follows no link by itself: a clicked link is shown with its full address, opened
// in the browser only when the user asks. The buttons only emit; the page opens the dialogs.
//
// Widgets for tests (objectName): "governance.countdown", "governance.tally", "governance.power",
// "governance.actions", "governance.simulation", "governance.description", "governance.vote",
// "governance.simulate", "governance.queue", "governance.execute", "governance.delegate" (to yourself,
// offered while the account delegated to nobody), "governance.changeDelegate" (the page opens
// DelegateVotesDialog); the voting power text ends with whom the votes are delegated to now; the title,
// the chip and the simulation's heading carry their style roles instead ("sectionTitle", "stateChip",
// "unverifiedNote").
// Ownership: Qt parent. Threading: GUI thread only. Errors: none (the page shows failed reads).

#include "ui/models/SnapshotTableModel.h"
#include "wallet/api/NetworkSnapshots.h"
#include "wallet/tx/ProposalSimulation.h"

#include <QUrl>
#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace plinth::ui {

class QuorumBar;
class StateChip;

class ProposalDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProposalDetailPanel(QWidget* parent = nullptr);

    // `provingParameters`: the detail came without its parameter proofs, which are on their way (the
    // old values not known yet say so instead of "unknown").
    void setDetail(ProposalDetail detail, TokenUnits units, std::uint64_t now, bool provingParameters = false);
    const std::optional<ProposalDetail>& detail() const { return m_detail; }
    // True while the detail shown still waits for its parameters' proofs (setDetail's provingParameters).
    bool provingParameters() const { return m_provingParameters; }
    // The chain clock moved: the countdown and the buttons that depend on time.
    void setNow(std::uint64_t now);
    void showSimulating();
    void showSimulation(const ProposalSimulation& simulation);
    void showSimulationError(const QString& message);

Q_SIGNALS:
    void voteRequested();
    void simulateRequested();
    void queueRequested();
    void executeRequested();
    void delegateRequested();        // to yourself, at once
    void changeDelegateRequested();  // to anyone: the delegate-votes dialog

private:
    void updateButtons();
    // The action in words; `now` is the proven value now of the parameter it changes (nullptr: none).
    QString actionText(const DecodedAction& action, const ParameterValueNow* now) const;
    // "minStake: 1,000 PLNTH → 1,500 PLNTH" and where the old value comes from (its verified block), or
    // why it is unknown; the value now when it is no longer the old one.
    QString changeText(const ParameterChange& change, const ParameterValueNow* now) const;
    QString valueText(ValueUnit unit, const std::string& value) const;

    std::optional<ProposalDetail> m_detail;
    bool m_provingParameters = false;
    TokenUnits m_units;
    std::uint64_t m_now = 0;
    QLabel* m_title;
    StateChip* m_state;
    QLabel* m_meta;
    QLabel* m_countdown;
    QuorumBar* m_bar;
    QLabel* m_tally;
    QLabel* m_power;
    QListWidget* m_actions;
    QLabel* m_simulationTitle;
    QLabel* m_simulation;
    QTextBrowser* m_description;
    QLabel* m_link;
    QPushButton* m_openLink;
    QPushButton* m_vote;
    QPushButton* m_simulate;
    QPushButton* m_queue;
    QPushButton* m_execute;
    QPushButton* m_delegate;
    QPushButton* m_changeDelegate;
    QUrl m_clickedLink;
};

} // namespace plinth::ui
