#include "ui/EventNotifier.h"

#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "wallet/codec/Hex.h"

namespace plinth::ui {
namespace {

QString title(const Proposal& p)
{
    //: a proposal without a title: %1 is its id
    return p.title.empty() ? EventNotifier::tr("Proposal %1").arg(QString::fromStdString(toDecimalString(p.id)))
                           : QString::fromStdString(p.title);
}

bool failed(JournalStatus s)
{
    return s == JournalStatus::Reverted || s == JournalStatus::Rejected || s == JournalStatus::Dropped;
}

} // namespace

EventNotifier::EventNotifier(UiServices& services, AccountContext& accounts, QObject* parent)
    : QObject(parent), m_services(services), m_accounts(accounts)
{
    connect(&m_accounts, &AccountContext::currentChanged, this, [this] {
        reset();
        readAll();
    });
    if (m_services.network)
        m_changed = m_services.network->handleChanged(onGui(this, [this](const NetworkChange& change) {
            if (change.earnings || change.rolledBack)
                readEarnings();
            if (change.devices || change.rolledBack)
                readDevices();
            if (change.proposals || change.rolledBack)
                readProposals();
        }));
    // The journal has no change notification: read it each time the verified block moves, and the
    // proposals too, because "about to end" depends on the verified time, not on a new event.
    if (m_services.sync)
        m_status = m_services.sync->handleStatusChanged(onGui(this, [this](const SyncStatus& status) {
            // Once per run, not per batch of a long catch-up.
            if (!status.verified || status.state == SyncStatus::State::Syncing
                || (m_lastVerified && *m_lastVerified == status.verified->number))
                return;
            m_lastVerified = status.verified->number;
            readJournal();
            readProposals();
        }));
    readAll();
}

EventNotifier::~EventNotifier() = default;

bool EventNotifier::ready() const
{
    if (!m_services.hasNetwork() || !m_accounts.current())
        return false;
    return m_rewardCount && m_devices && m_proposals && m_journal;
}

void EventNotifier::reset()
{
    ++m_generation;
    m_rewardCount.reset();
    m_devices.reset();
    m_proposals.reset();
    m_endingAnnounced.clear();
    m_journal.reset();
}

void EventNotifier::readAll()
{
    readEarnings();
    readDevices();
    readProposals();
    readJournal();
}

void EventNotifier::readEarnings()
{
    const auto account = m_accounts.current();
    if (!m_services.hasNetwork() || !account)
        return;
    EarningsFilter filter;
    filter.owner = *account;
    const std::uint64_t generation = m_generation;
    m_services.network->earnings(filter, EarningsPeriod::All, 1, onGui(this, [this, generation](Result<EarningsSnapshot> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            Q_EMIT readFailed(QString::fromStdString(r.error().message));
            return;
        }
        const std::uint64_t count = r->summary.rewards;
        if (m_rewardCount && count > *m_rewardCount && !r->rows.empty() && r->summary.total >= m_rewardTotal) {
            const int added = static_cast<int>(count - *m_rewardCount);
            const auto& token = m_services.profile->token;
            const QString paid = formatAmount(r->summary.total - m_rewardTotal, token.decimals, QString::fromStdString(token.symbol));
            Q_EMIT notify(tr("New epoch rewards"),
                          //: %Ln is the number of new rewards, %1 what they paid together, %2 the latest one's epoch
                          tr("%Ln new reward(s) paid %1; the latest is for epoch %2.", nullptr, added)
                                                       .arg(paid, formatCount(r->rows.back().record.epoch)));
        }
        m_rewardTotal = r->summary.total;
        m_rewardCount = count;
    }));
}

void EventNotifier::readDevices()
{
    const auto account = m_accounts.current();
    if (!m_services.hasNetwork() || !account)
        return;
    const std::uint64_t generation = m_generation;
    m_services.network->devices(*account, onGui(this, [this, generation](Result<DevicesSnapshot> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            Q_EMIT readFailed(QString::fromStdString(r.error().message));
            return;
        }
        std::map<Address, DeviceStatus> now;
        for (const Device& d : r->devices) {
            now[d.address] = d.status;
            if (!m_devices || d.status != DeviceStatus::Offline)
                continue;
            const auto before = m_devices->find(d.address);
            if (before == m_devices->end() || before->second != DeviceStatus::Offline)
                Q_EMIT notify(tr("Device offline"),
                              //: %1 is the device's short address, %Ln the epochs it scored 0 in a row
                              tr("Device %1 has been offline for %Ln epoch(s).", nullptr, static_cast<int>(d.offlineEpochs))
                                  .arg(shortAddress(d.address)));
        }
        m_devices = std::move(now);
    }));
}

void EventNotifier::readProposals()
{
    if (!m_services.hasNetwork() || !m_accounts.current())
        return;
    const std::uint64_t generation = m_generation;
    m_services.network->proposals(onGui(this, [this, generation](Result<ProposalsSnapshot> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            Q_EMIT readFailed(QString::fromStdString(r.error().message));
            return;
        }
        const bool baseline = !m_proposals;
        std::map<UInt256, ProposalState> now;
        for (const Proposal& p : r->proposals) {
            now[p.id] = p.state;
            if (p.state != ProposalState::Active)
                continue;
            const bool endingSoon = p.deadline > r->at.timestamp && p.deadline - r->at.timestamp <= kEndingSoonSeconds;
            if (baseline) {
                if (endingSoon)
                    m_endingAnnounced.insert(p.id); // already ending when Plinth started: not news
                continue;
            }
            const auto before = m_proposals->find(p.id);
            if (before == m_proposals->end() || before->second != ProposalState::Active)
                Q_EMIT notify(tr("Proposal open for voting"),
                              //: %1 is the proposal's title, %2 when voting ends (a date and time)
                              tr("%1 is open for voting until %2.").arg(title(p), formatDateTime(p.deadline)));
            if (endingSoon && m_endingAnnounced.insert(p.id).second)
                Q_EMIT notify(tr("Proposal about to end"),
                              //: %1 is the proposal's title, %2 the time left ("3 hours")
                              tr("Voting on %1 ends in %2.").arg(title(p), formatDuration(p.deadline - r->at.timestamp)));
        }
        m_proposals = std::move(now);
    }));
}

void EventNotifier::readJournal()
{
    const auto account = m_accounts.current();
    if (!m_services.hasNetwork() || !account)
        return;
    const std::uint64_t generation = m_generation;
    m_services.transactions->journal(*account, onGui(this, [this, generation](Result<std::vector<JournalEntry>> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            Q_EMIT readFailed(QString::fromStdString(r.error().message));
            return;
        }
        std::map<Hash32, JournalStatus> now;
        for (const JournalEntry& e : *r) {
            // Settled in a block counts once that block is verified: "confirmed" then means what the
            // sync badge means, and the reason of a revert (journalled just after its status) is there.
            const bool inBlock = e.status == JournalStatus::Included || e.status == JournalStatus::Reverted;
            const bool verified = !inBlock || (e.blockNumber && m_lastVerified && *e.blockNumber <= *m_lastVerified);
            now[e.hash] = !m_journal || verified ? e.status : JournalStatus::Pending;
            if (!m_journal || !verified)
                continue;
            const auto before = m_journal->find(e.hash);
            const bool wasOpen = before == m_journal->end() || before->second == JournalStatus::Signed
                                 || before->second == JournalStatus::Pending;
            if (!wasOpen)
                continue;
            const QString hash = QString::fromStdString(toHex(e.hash)).left(12) + QStringLiteral("…");
            if (e.status == JournalStatus::Included)
                Q_EMIT notify(tr("Transaction confirmed"),
                              e.blockNumber ? //: %1 is the start of the transaction's hash, %2 its block number
                                  tr("Transaction %1 is in block %2.").arg(hash, formatCount(*e.blockNumber))
                                            : //: %1 is the start of the transaction's hash
                                  tr("Transaction %1 is confirmed.").arg(hash));
            else if (failed(e.status))
                Q_EMIT notify(tr("Transaction failed"),
                              e.note.empty() ? //: %1 is the start of the transaction's hash
                                  tr("Transaction %1 failed.").arg(hash)
                                             : //: %1 is the start of the transaction's hash, %2 the node's reason
                                  tr("Transaction %1 failed: %2").arg(hash, QString::fromStdString(e.note)));
        }
        m_journal = std::move(now);
    }));
}

} // namespace plinth::ui
