#pragma once
// EventNotifier: what deserves a desktop notification, derived by diffing the facade's snapshots for
// the current account each time the network services say a sync changed something (and the journal
// each time the verified block moves): new epoch rewards, a device that went offline, a proposal that
// opened or is about to end (within a day), a transaction confirmed or failed (one in a block once that
// block is verified; one refused or dropped at once). It only emits notify(title, text); the
// TrayNotifier shows it, and tests listen without a tray.
//
// The first snapshots after start or an account switch are the baseline: nothing is announced for what
// was already there.
//
// Ownership: a child of the main window; holds its subscription handles (destroyed with it, before the
// services). Threading: GUI thread only; every facade answer comes back through onGui. Errors: a failed
// read keeps the previous baseline (nothing is announced from a partial picture) and emits readFailed.

#include "ui/UiServices.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <set>

namespace plinth::ui {

class AccountContext;

class EventNotifier : public QObject {
    Q_OBJECT
public:
    EventNotifier(UiServices& services, AccountContext& accounts, QObject* parent = nullptr);
    ~EventNotifier() override;

    // True once every view has its baseline for the current account (tests wait for it).
    bool ready() const;

    // How close to its deadline an active proposal is announced as ending.
    static constexpr std::uint64_t kEndingSoonSeconds = 24 * 3600;

Q_SIGNALS:
    void notify(const QString& title, const QString& text);
    void readFailed(const QString& message);

private:
    void reset();
    void readAll();
    void readEarnings();
    void readDevices();
    void readProposals();
    void readJournal();

    UiServices& m_services;
    AccountContext& m_accounts;
    std::unique_ptr<SubscriptionHandle> m_changed;
    std::unique_ptr<SubscriptionHandle> m_status;
    std::uint64_t m_generation = 0; // answers for an older account are dropped
    std::optional<std::uint64_t> m_lastVerified;

    std::optional<std::uint64_t> m_rewardCount;
    UInt256 m_rewardTotal = 0; // with m_rewardCount
    std::optional<std::map<Address, DeviceStatus>> m_devices;
    std::optional<std::map<UInt256, ProposalState>> m_proposals;
    std::set<UInt256> m_endingAnnounced;
    std::optional<std::map<Hash32, JournalStatus>> m_journal;
};

} // namespace plinth::ui
