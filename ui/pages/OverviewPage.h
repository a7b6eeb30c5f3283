#pragma once
// The Overview page: the current account (AccountContext) at a glance, as cards on a grid, each with its
// own loading, empty and error sentence (widgets/Card):
//   balances      native and token, proven (SyncService::proveBalances) at the block they name
//   claimable     Rewards.accrued(account) proven (NetworkServices::claimable), with Claim, which opens
//                 the TransactionConfirmDialog with a ClaimAction to the account itself
//   earnings      the last 30 days (of verified chain time) per day, a bar chart (NetworkServices::earnings)
//   devices       how many of the account's devices are active, offline and retired
//   proposals     active proposals the account has not voted on and has voting power for
//   activity      the latest journal rows and rewards, newest first
// Every card reloads when the current account changes, the network services say a view changed, or the
// cache gained blocks (balances and claimable move with any block). Balances and claimable first show
// what was proven last (kept in the cache, NetworkServices::lastProven*) at its block, then the fresh
// proof, which needs the network; when that fails the cached figures stay and their caption says so.
// filled() tells when every card has its answer for the account shown (the start-up bench waits for it).
//
// Widgets for tests (objectName): the cards "overview.balances", "overview.claimable", "overview.earnings",
// "overview.devices", "overview.proposals", "overview.activity" (each with ".message"); the figures
// "overview.balances.native", "overview.balances.token", "overview.balances.verified",
// "overview.claimable.amount", "overview.claimable.verified", "overview.claim", "overview.earnings.chart",
// "overview.earnings.total", "overview.devices.active", "overview.devices.offline", "overview.devices.retired",
// "overview.proposals.list", "overview.activity.list". Amount labels carry every digit in their tooltip.
//
// Sources: OverviewPage.cpp (the page, its grid of cards, reloads), OverviewPageCards.cpp (earnings,
// devices, proposals and activity out of the verified cache), OverviewPageProofs.cpp (balances,
// claimable, Claim).
// Ownership: a child of the page stack; keeps references to the window's UiServices and AccountContext,
// which outlive it; owns its subscriptions (destroyed with it, before the services).
// Threading: GUI thread only; every facade answer comes back through onGui().

#include "ui/AccountContext.h"
#include "ui/UiServices.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace plinth::ui {

class Card;
class EarningsChart;
class EmptyStatePage;

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    OverviewPage(UiServices& services, AccountContext& accounts, QWidget* parent = nullptr);
    ~OverviewPage() override;
    // Sets the page title and the sentence shown while the page has nothing to show.
    void setEmptyTexts(const QString& title, const QString& message);

    // The claimable amount the page shows now (nullopt while unknown), for tests.
    std::optional<UInt256> claimableShown() const { return m_claimable; }
    // True once every card has left its loading state for the current account: each shows its figures,
    // or says why it is empty or what failed (Card::state() of "overview.<card>" tells which).
    bool isFilled() const;

Q_SIGNALS:
    // Once per account shown, when isFilled() becomes true (the next paint shows every card's answer).
    void filled();

public Q_SLOTS:
    // Reloads every card for the current account.
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void subscribe();
    void loadBalances();
    void loadClaimable();
    void loadEarnings();
    void loadDevices();
    void loadProposals();
    void loadActivity();
    void openClaim();
    void showBalances(const ProvenBalances& balances);
    void showClaimable(const ProvenStorageValue& claimable);
    // "Proven at block N", or with why the last fresh proof failed while older figures are shown.
    void showBalancesCaption();
    void showClaimableCaption();
    // The card's loading sentence, unless it already shows this account's answer.
    void showLoading(Card* card, const QString& sentence);
    void checkFilled();
    // True when an answer for generation `g` still belongs to what the page shows.
    bool current(std::uint64_t g) const { return g == m_generation; }
    QString tokenSymbol() const;
    unsigned tokenDecimals() const;

    UiServices& m_services;
    AccountContext& m_accounts;
    QStackedWidget* m_stack;
    EmptyStatePage* m_empty;
    QWidget* m_content;
    QLabel* m_title;
    Card* m_balances;
    Card* m_claimableCard;
    Card* m_earnings;
    Card* m_devices;
    Card* m_proposals;
    Card* m_activity;
    QLabel* m_native;
    QLabel* m_token;
    QLabel* m_balancesAt;
    QLabel* m_claimableAmount;
    QLabel* m_claimableAt;
    QPushButton* m_claim;
    EarningsChart* m_chart;
    QLabel* m_earningsTotal;
    QLabel* m_active;
    QLabel* m_offline;
    QLabel* m_retired;
    QLabel* m_activeCaption;
    QLabel* m_offlineCaption;
    QLabel* m_retiredCaption;
    QListWidget* m_proposalList;
    QListWidget* m_activityList;
    std::optional<UInt256> m_claimable;
    // The blocks the balances and claimable shown were proven at: an older answer (the cached one coming
    // after a fresh proof) never replaces a newer one.
    std::optional<std::uint64_t> m_balancesBlock;
    std::optional<std::uint64_t> m_claimableBlock;
    std::optional<Address> m_shownAccount; // whose answers the cards show
    QString m_balancesProofFailure, m_claimableProofFailure; // the last fresh proof's error; empty after a success
    bool m_filledSignalled = false;
    std::uint64_t m_generation = 0;
    std::unique_ptr<SubscriptionHandle> m_networkChanged;
    std::unique_ptr<SubscriptionHandle> m_cacheChanged;
};

} // namespace plinth::ui
