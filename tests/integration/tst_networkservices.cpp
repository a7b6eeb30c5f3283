// NetworkServices (the facade's devices, earnings, staking and governance services) on top of a real
// SyncService, against a fresh seeded devnet, cross-checked with cast at the verified block: the user's
// devices and their lifetime earnings equal the sum of cast's DeviceRewarded logs, the earnings totals
// equal those logs, the ledger balances with cast's accrued(user), every stake equals stakes(device,
// staker), every proposal's state and tally equal the governor's; a new vote mined and synced brings a
// "proposals changed" notification and the new tally, and a reorg that drops that vote's block brings a
// rolled-back notification and the old tally back; each parameter a proposal changes has its value now
// proven at the detail's block, equal to cast's getter there (the old value of one no event changed);
// callbacks never run on the caller's thread; the CSV export reads back with the same count; destroying
// the service calls queued requests with Cancelled; the last proven balances and claimable are NotFound
// before a proof and then what it proved (cast); every account's vote delegation equals the token's
// delegates, balanceOf and getVotes.
#include "DevnetFixture.h"
#include "ServiceTestSupport.h"
#include "SyncTestSupport.h"

#include "wallet/api/NetworkServices.h"
#include "wallet/api/SyncService.h"
#include "wallet/codec/Hex.h"
#include "wallet/network/EarningsCsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <future>
#include <map>
#include <mutex>
#include <thread>

using namespace plinth;
using plinth::test::DevnetFixture;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString dec(const UInt256& v) { return qs(toDecimalString(v)); }

} // namespace

class TestNetworkServices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.error()));
        auto profile = test::devnetProfile(m_fx, {m_fx.rpcUrl().toStdString()});
        QVERIFY2(profile, profile ? "" : profile.error().message.c_str());
        m_profile = *profile;
        auto sync = SyncService::create(m_profile, m_dir.path().toStdString());
        QVERIFY2(sync, sync ? "" : sync.error().message.c_str());
        m_sync = std::move(*sync);
        QVERIFY(syncNow());
        auto services = NetworkServices::create(*m_sync, m_profile, m_dir.path().toStdString());
        QVERIFY2(services, services ? "" : services.error().message.c_str());
        m_services = std::move(*services);
        m_user = account(QStringLiteral("user"));
    }

    void lastProvenValuesAreWhatTheProofsRecorded()
    {
        // Before any proof: NotFound, never a 0.
        auto none = test::ask<ProvenBalances>([&](auto done) { m_services->lastProvenBalances(m_user, std::move(done)); });
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        auto noClaim = test::ask<ProvenStorageValue>([&](auto done) { m_services->lastProvenClaimable(m_user, std::move(done)); });
        QVERIFY(!noClaim);
        QCOMPARE(noClaim.error().code, ErrorCode::NotFound);

        auto proven = test::ask<ProvenBalances>([&](auto done) { m_sync->proveBalances(m_user, std::move(done)); });
        QVERIFY2(proven, proven ? "" : proven.error().message.c_str());
        auto claimable = test::ask<ProvenStorageValue>([&](auto done) { m_services->claimable(m_user, std::move(done)); });
        QVERIFY2(claimable, claimable ? "" : claimable.error().message.c_str());
        auto kept = test::ask<ProvenBalances>([&](auto done) { m_services->lastProvenBalances(m_user, std::move(done)); });
        QVERIFY2(kept, kept ? "" : kept.error().message.c_str());
        auto keptClaim = test::ask<ProvenStorageValue>([&](auto done) { m_services->lastProvenClaimable(m_user, std::move(done)); });
        QVERIFY2(keptClaim, keptClaim ? "" : keptClaim.error().message.c_str());
        QCOMPARE(kept->native.amount, proven->native.amount);
        QCOMPARE(kept->native.blockNumber, proven->native.blockNumber);
        QCOMPARE(kept->native.blockHash, proven->native.blockHash);
        QCOMPARE(kept->token.amount, proven->token.amount);
        QCOMPARE(kept->token.blockNumber, proven->token.blockNumber);
        QCOMPARE(keptClaim->value, claimable->value);
        QCOMPARE(keptClaim->blockNumber, claimable->blockNumber);
        QCOMPARE(keptClaim->blockHash, claimable->blockHash);
        // And they are the chain's figures at that block.
        QCOMPARE(kept->token.blockNumber, verified());
        const QString user = qs(toChecksumAddress(m_user));
        QCOMPARE(dec(kept->native.amount), DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("balance"), user, QStringLiteral("--block"),
                                                                                   QString::number(verified())}).trimmed()));
        QCOMPARE(dec(kept->token.amount), callAt(m_profile.contracts.token, QStringLiteral("balanceOf(address)(uint256)"), {user}));
        QCOMPARE(dec(keptClaim->value), callAt(m_profile.contracts.rewards, QStringLiteral("accrued(address)(uint256)"), {user}));
        QVERIFY(keptClaim->value > 0);
    }

    void devicesEqualCastLogs()
    {
        auto snapshot = test::ask<DevicesSnapshot>([&](auto done) { m_services->devices(m_user, std::move(done)); });
        QVERIFY2(snapshot, snapshot ? "" : snapshot.error().message.c_str());
        QCOMPARE(snapshot->at.block.number, verified());
        QCOMPARE(qint64(snapshot->devices.size()),
                 m_fx.facts().value(QStringLiteral("deviceCounts")).toObject().value(QStringLiteral("user")).toInteger());
        const auto earned = rewardedByTopic(2); // topic 2: the device
        for (const Device& d : snapshot->devices) {
            QVERIFY(d.owner == m_user);
            QCOMPARE(dec(d.lifetimeEarned), dec(earned.count(d.address) ? earned.at(d.address) : UInt256(0)));
            QCOMPARE(dec(d.lifetimeEarned), callAt(m_profile.contracts.rewards, QStringLiteral("deviceEarned(address)(uint256)"),
                                                   {qs(toChecksumAddress(d.address))}));
            QCOMPARE(dec(d.stake), callAt(m_profile.contracts.staking, QStringLiteral("deviceStake(address)(uint256)"),
                                          {qs(toChecksumAddress(d.address))}));
        }
        auto detail = test::ask<DeviceDetail>([&](auto done) { m_services->device(snapshot->devices.front().address, std::move(done)); });
        QVERIFY(detail);
        UInt256 sum = 0;
        for (const RewardRecord& r : detail->rewards)
            sum += r.amount;
        QCOMPARE(dec(sum), dec(snapshot->devices.front().lifetimeEarned));
        auto unknown = test::ask<DeviceDetail>([&](auto done) { m_services->device(m_user, std::move(done)); });
        QVERIFY(!unknown);
        QCOMPARE(int(unknown.error().code), int(ErrorCode::NotFound));
    }

    void earningsEqualCastLogs()
    {
        const auto byOwner = rewardedByTopic(3); // topic 3: the owner credited
        EarningsFilter mine;
        mine.owner = m_user;
        auto all = test::ask<EarningsSnapshot>([&](auto done) { m_services->earnings(mine, EarningsPeriod::Month, 50, std::move(done)); });
        QVERIFY2(all, all ? "" : all.error().message.c_str());
        QCOMPARE(all->at.block.number, verified());
        QCOMPARE(dec(all->summary.total), dec(byOwner.at(m_user)));
        QCOMPARE(all->rows.size(), std::size_t(50));
        UInt256 months = 0;
        for (const EarningsBucket& b : all->summary.periods)
            months += b.amount;
        QCOMPARE(dec(months), dec(all->summary.total));
        QVERIFY(m_services->status().rewardsIndexed.value_or(0) > 900);
        // Per device: the filter's total equals that device's DeviceRewarded logs.
        const auto byDevice = rewardedByTopic(2);
        int devices = 0;
        for (const auto& [device, amount] : byDevice) {
            if (++devices > 5)
                break;
            EarningsFilter one;
            one.device = device;
            auto s = test::ask<EarningsSnapshot>([&](auto done) { m_services->earnings(one, EarningsPeriod::Week, 0, std::move(done)); });
            QVERIFY(s);
            QCOMPARE(dec(s->summary.total), dec(amount));
        }
        QCOMPARE(devices, 6);
    }

    void ledgerBalancesWithCast()
    {
        auto ledger = test::ask<LedgerSnapshot>([&](auto done) { m_services->ledger(m_user, std::move(done)); });
        QVERIFY2(ledger, ledger ? "" : ledger.error().message.c_str());
        QCOMPARE(ledger->ledger.blockNumber, ledger->at.block.number);
        QVERIFY(ledger->ledger.balanced());
        QCOMPARE(dec(ledger->ledger.claimable), callAt(m_profile.contracts.rewards, QStringLiteral("accrued(address)(uint256)"),
                                                       {qs(toChecksumAddress(m_user))}));
        QCOMPARE(dec(ledger->ledger.claimed), callAt(m_profile.contracts.rewards, QStringLiteral("claimed(address)(uint256)"),
                                                     {qs(toChecksumAddress(m_user))}));
        QVERIFY(ledger->ledger.claimed > 0);
    }

    void stakesEqualContract()
    {
        auto stakes = test::ask<StakesSnapshot>([&](auto done) { m_services->stakes(std::nullopt, std::move(done)); });
        QVERIFY2(stakes, stakes ? "" : stakes.error().message.c_str());
        QVERIFY(stakes->book.positions().size() >= 13);
        for (const StakePosition& p : stakes->book.positions())
            QCOMPARE(dec(p.amount), callAt(m_profile.contracts.staking, QStringLiteral("stakes(address,address)(uint256)"),
                                           {qs(toChecksumAddress(p.device)), qs(toChecksumAddress(p.staker))}));
        QVERIFY(!stakes->book.slashes().empty());
        QVERIFY(!stakes->book.unbondings().empty());
        for (const Unbonding& u : stakes->book.unbondings()) // (staker, device, amount, releaseAt, withdrawn)
            QCOMPARE(callAt(m_profile.contracts.staking, QStringLiteral("unbondings(uint256)(address,address,uint128,uint64,bool)"),
                            {dec(u.id)}, true),
                     QStringList({qs(toChecksumAddress(u.staker)), qs(toChecksumAddress(u.device)), dec(u.amount),
                                  QString::number(u.releaseAt), u.withdrawn ? QStringLiteral("true") : QStringLiteral("false")})
                         .join(QLatin1Char(' ')));
    }

    void proposalsEqualGovernor()
    {
        auto book = test::ask<ProposalsSnapshot>([&](auto done) { m_services->proposals(std::move(done)); });
        QVERIFY2(book, book ? "" : book.error().message.c_str());
        QCOMPARE(qint64(book->proposals.size()), qint64(m_fx.facts().value(QStringLiteral("proposals")).toObject().size()));
        for (const Proposal& p : book->proposals) {
            QCOMPARE(QString::number(int(p.state)),
                     callAt(m_profile.contracts.governor, QStringLiteral("state(uint256)(uint8)"), {dec(p.id)}));
            QCOMPARE(tally(p), callAt(m_profile.contracts.governor,
                                      QStringLiteral("proposalVotes(uint256)(uint256,uint256,uint256)"), {dec(p.id)}, true));
            if (p.state != ProposalState::Pending) // quorum() of a timepoint still to come reverts
                QCOMPARE(dec(p.quorum), callAt(m_profile.contracts.governor, QStringLiteral("quorum(uint256)(uint256)"),
                                               {QString::number(p.snapshot)}));
        }
        const UInt256 lisbon = proposalId(QStringLiteral("lisbon"));
        auto detail = test::ask<ProposalDetail>([&](auto done) { m_services->proposal(lisbon, m_user, std::move(done)); });
        QVERIFY2(detail, detail ? "" : detail.error().message.c_str());
        QVERIFY(!detail->actions.empty());
        QVERIFY(detail->power);
        QCOMPARE(dec(detail->power->votes), callAt(m_profile.contracts.token, QStringLiteral("getPastVotes(address,uint256)(uint256)"),
                                                   {qs(toChecksumAddress(m_user)), QString::number(detail->proposal.snapshot)}));
        QVERIFY(detail->impact);
    }

    void voteDelegationEqualsToken()
    {
        // Every devnet account: the delegate rebuilt from the token's verified DelegateChanged events, its
        // balance and the votes delegated to it equal the token's delegates, balanceOf and getVotes at the
        // snapshot's block ("cold" never delegated: the zero address on chain, nobody in the snapshot).
        const QStringList labels = m_fx.facts().value(QStringLiteral("accounts")).toObject().keys();
        QVERIFY(labels.size() >= 8);
        int nobody = 0;
        for (const QString& label : labels) {
            const Address a = account(label);
            auto d = test::ask<VoteDelegationSnapshot>([&](auto done) { m_services->voteDelegation(a, std::move(done)); });
            QVERIFY2(d, d ? "" : d.error().message.c_str());
            QCOMPARE(d->at.block.number, verified());
            QCOMPARE(d->account, a);
            const QString holder = qs(toChecksumAddress(a));
            QCOMPARE(qs(toChecksumAddress(d->delegate.value_or(Address{}))),
                     callAt(m_profile.contracts.token, QStringLiteral("delegates(address)(address)"), {holder}));
            QCOMPARE(dec(d->balance), callAt(m_profile.contracts.token, QStringLiteral("balanceOf(address)(uint256)"), {holder}));
            QCOMPARE(dec(d->votes), callAt(m_profile.contracts.token, QStringLiteral("getVotes(address)(uint256)"), {holder}));
            nobody += d->delegate ? 0 : 1;
        }
        QVERIFY(nobody >= 1);
        QVERIFY(!test::ask<VoteDelegationSnapshot>([&](auto done) { m_services->voteDelegation(account(QStringLiteral("cold")), std::move(done)); })
                     ->delegate.has_value());
    }

    void parameterValuesAreProvenAtTheDetailsBlock()
    {
        // Every seeded proposal's parameter changes: the value now, proven at the detail's block, equals
        // cast's call of the parameter's getter at that block; where no change event gave the old value
        // (a parameter never changed since deployment), the proven value is the old value, at that block.
        const QJsonObject facts = m_fx.facts().value(QStringLiteral("proposals")).toObject();
        int changes = 0, fromProof = 0, fromEvent = 0;
        for (const QString& label : facts.keys()) {
            auto d = test::ask<ProposalDetail>([&](auto done) { m_services->proposal(proposalId(label), std::nullopt, std::move(done)); });
            QVERIFY2(d, d ? "" : d.error().message.c_str());
            const auto withChange = std::count_if(d->actions.begin(), d->actions.end(), [](const DecodedAction& a) { return a.change.has_value(); });
            QCOMPARE(qint64(d->parameterValues.size()), qint64(withChange));
            for (const ParameterValueNow& v : d->parameterValues) {
                QVERIFY(v.action < d->actions.size());
                const DecodedAction& a = d->actions[v.action];
                QVERIFY(a.change);
                QVERIFY2(v.value && v.unproven.empty(), qPrintable(label + QLatin1String(": ") + qs(v.unproven)));
                QVERIFY(v.at == d->at);
                const QString block = QString::number(d->at.block.number);
                const QString now = DevnetFixture::exactNumber(m_fx.cast({QStringLiteral("call"), qs(toChecksumAddress(a.target)),
                                                                          qs(a.change->getter) + QStringLiteral("(uint256)"),
                                                                          QStringLiteral("--block"), block}));
                QCOMPARE(dec(*v.value), now);
                ++changes;
                QVERIFY2(a.change->oldValue, qPrintable(label));
                if (a.change->oldFrom == OldValueFrom::StorageProof) {
                    ++fromProof;
                    QCOMPARE(dec(*a.change->oldValue), now);
                    QCOMPARE(a.change->oldBlock.value_or(0), d->at.block.number);
                    QVERIFY(a.change->oldVerified);
                } else {
                    QCOMPARE(a.change->oldFrom, OldValueFrom::ChangeEvent);
                    ++fromEvent;
                }
            }
        }
        // PIP-1 and PIP-7 change the reward rate (changed by PIP-1's execution: its events give both old
        // values); PIP-3, 4 and 8 the onboarding fee, PIP-5 the unbonding period, PIP-6 the minimum stake,
        // none of them ever changed: proven.
        QCOMPARE(changes, 7);
        QCOMPARE(fromEvent, 2);
        QCOMPARE(fromProof, 5);
    }

    void csvExportReadsBack()
    {
        EarningsFilter mine;
        mine.owner = m_user;
        const QString file = m_dir.filePath(QStringLiteral("earnings.csv"));
        std::atomic<std::uint64_t> lastProgress{0};
        auto rows = test::ask<std::uint64_t>([&](auto done) {
            m_services->exportEarningsCsv(mine, file.toStdString(), Cancellation{},
                                          [&](const ExportProgress& p) { lastProgress = p.written; }, std::move(done));
        });
        QVERIFY2(rows, rows ? "" : rows.error().message.c_str());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto parsed = parseCsv(f.readAll().toStdString());
        QVERIFY(parsed);
        QCOMPARE(std::uint64_t(parsed->size()), *rows + 1); // the header row
        QCOMPARE(lastProgress.load(), *rows);
        auto summary = test::ask<EarningsSnapshot>([&](auto done) { m_services->earnings(mine, EarningsPeriod::All, 0, std::move(done)); });
        QVERIFY(summary);
        QCOMPARE(*rows, summary->summary.rewards);
        QVERIFY(*rows > 0);
        UInt256 sum = 0; // the amount column (decimal PLNTH) read back adds up to the owner's total
        const auto& header = parsed->front();
        const auto amountColumn = std::size_t(std::find(header.begin(), header.end(), "amount") - header.begin());
        QVERIFY(amountColumn < header.size());
        for (std::size_t i = 1; i < parsed->size(); ++i)
            sum += parseUnits((*parsed)[i][amountColumn], m_profile.token.decimals).value();
        QCOMPARE(dec(sum), dec(summary->summary.total));

        Cancellation cancel;
        cancel.cancel();
        const QString other = m_dir.filePath(QStringLiteral("cancelled.csv"));
        auto cancelled = test::ask<std::uint64_t>([&](auto done) {
            m_services->exportEarningsCsv(mine, other.toStdString(), cancel, {}, std::move(done));
        });
        QVERIFY(!cancelled);
        QCOMPARE(int(cancelled.error().code), int(ErrorCode::Cancelled));
        QVERIFY(!QFile::exists(other) && !QFile::exists(other + QStringLiteral(".partial")));
    }

    void aNewVoteNotifiesAndCounts()
    {
        const UInt256 lisbon = proposalId(QStringLiteral("lisbon"));
        UInt256 weight = 0;
        const std::optional<Address> voter = nextVoter(lisbon, &weight);
        QVERIFY2(voter, "no seeded account can still vote on the active proposal");
        auto before = test::ask<ProposalDetail>([&](auto done) { m_services->proposal(lisbon, std::nullopt, std::move(done)); });
        QVERIFY(before);

        std::mutex mutex;
        std::vector<NetworkChange> changes;
        std::thread::id notifiedOn;
        auto handle = m_services->handleChanged([&](const NetworkChange& c) {
            std::lock_guard lock(mutex);
            changes.push_back(c);
            notifiedOn = std::this_thread::get_id();
        });
        QVERIFY(voteFor(*voter, lisbon));
        QVERIFY(syncNow());
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            std::lock_guard lock(mutex);
            return !changes.empty();
        }(), 20000);
        {
            std::lock_guard lock(mutex);
            QVERIFY(changes.back().proposals);
            QVERIFY(!changes.back().earnings); // a vote credits no reward
            QCOMPARE(changes.back().at.block.number, verified());
            QVERIFY(notifiedOn != std::this_thread::get_id());
        }
        auto after = test::ask<ProposalDetail>([&](auto done) { m_services->proposal(lisbon, std::nullopt, std::move(done)); });
        QVERIFY(after);
        QCOMPARE(dec(after->proposal.forVotes), dec(before->proposal.forVotes + weight));
        QCOMPARE(tally(after->proposal), callAt(m_profile.contracts.governor,
                                                QStringLiteral("proposalVotes(uint256)(uint256,uint256,uint256)"), {dec(lisbon)}, true));
        QVERIFY(after->proposal.voteOf(*voter));
    }

    void aReorgRollsTheViewsBack()
    {
        // The vote of aNewVoteNotifiesAndCounts is in the block before the head: a reorg of depth 2
        // replaces that block and the head with two empty ones.
        const UInt256 lisbon = proposalId(QStringLiteral("lisbon"));
        auto voted = test::ask<ProposalDetail>([&](auto done) { m_services->proposal(lisbon, std::nullopt, std::move(done)); });
        QVERIFY(voted && !voted->proposal.votes.empty());
        const ProposalVote last = voted->proposal.votes.back();
        const std::uint64_t head = m_fx.cast({QStringLiteral("block-number")}).toULongLong();
        QCOMPARE(last.blockNumber, head - 1);
        const Address voter = last.voter;

        std::atomic<bool> rolledBack{false}, allChanged{false};
        auto handle = m_services->handleChanged([&](const NetworkChange& c) {
            if (c.rolledBack) {
                allChanged = c.devices && c.earnings && c.stakes && c.proposals;
                rolledBack = true;
            }
        });
        QVERIFY(!m_fx.rpc(QStringLiteral("anvil_reorg"), {QStringLiteral("2"), QStringLiteral("[]")}).isNull());
        QVERIFY(syncNow());
        QTRY_VERIFY_WITH_TIMEOUT(rolledBack.load(), 20000);
        QVERIFY(allChanged.load());
        auto after = test::ask<ProposalDetail>([&](auto done) { m_services->proposal(lisbon, std::nullopt, std::move(done)); });
        QVERIFY(after);
        QVERIFY(!after->proposal.voteOf(voter));
        QCOMPARE(dec(after->proposal.forVotes), dec(voted->proposal.forVotes - last.weight));
        QCOMPARE(tally(after->proposal), callAt(m_profile.contracts.governor,
                                                QStringLiteral("proposalVotes(uint256)(uint256,uint256,uint256)"), {dec(lisbon)}, true));
        auto earnings = test::ask<EarningsSnapshot>([&](auto done) {
            m_services->earnings(EarningsFilter{m_user, {}, {}, {}, {}}, EarningsPeriod::All, 0, std::move(done));
        });
        QVERIFY(earnings);
        QCOMPARE(dec(earnings->summary.total), dec(rewardedByTopic(3).at(m_user))); // the index rebuilt, still the events
    }

    void nothingVerifiedYetIsNotFoundNotZero()
    {
        QTemporaryDir empty;
        auto sync = SyncService::create(m_profile, empty.path().toStdString());
        QVERIFY(sync);
        auto services = NetworkServices::create(**sync, m_profile, empty.path().toStdString());
        QVERIFY(services);
        auto devices = test::ask<DevicesSnapshot>([&](auto done) { (*services)->devices(m_user, std::move(done)); });
        QVERIFY(!devices);
        QCOMPARE(int(devices.error().code), int(ErrorCode::NotFound));
        auto earnings = test::ask<EarningsSnapshot>([&](auto done) {
            (*services)->earnings(EarningsFilter{}, EarningsPeriod::All, 10, std::move(done));
        });
        QVERIFY(!earnings);
        QCOMPARE(int(earnings.error().code), int(ErrorCode::NotFound));
        const NetworkServicesStatus status = (*services)->status();
        QVERIFY(!status.verified);
        QVERIFY(!status.rewardsIndexed);
        services->reset();
    }

    void destroyingCancelsQueuedRequests()
    {
        auto services = NetworkServices::create(*m_sync, m_profile, m_dir.path().toStdString());
        QVERIFY(services);
        test::CallbackCount count;
        const int queued = 20;
        for (int i = 0; i < queued; ++i)
            (*services)->proposals(count.callback<ProposalsSnapshot>());
        services->reset(); // the start-up build is still running: most requests never ran
        QCOMPARE(count.called.load(), queued);
        QVERIFY(count.cancelled.load() > 0);
    }

    void destroyingWhileProvingCallsEachBackOnce()
    {
        // proposal() waits for its proofs on the SyncService's worker: a service destroyed meanwhile still
        // calls every request back exactly once, with Cancelled, when the proofs come back after it is gone.
        // The SyncService's worker is held by a proof whose callback waits, so the requests' proofs queue
        // behind it; a proposals() request queued after them answers once all of them have asked.
        auto services = NetworkServices::create(*m_sync, m_profile, m_dir.path().toStdString());
        QVERIFY(services);
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::atomic<bool> holding{false};
        m_sync->proveStorage(parseAddress(m_profile.contracts.rewards).value(), rewardsAccruedSlot(m_user),
                             [released, &holding](Result<ProvenStorageValue>) {
                                 holding = true;
                                 released.wait();
                             });
        QTRY_VERIFY_WITH_TIMEOUT(holding.load(), 30000);
        test::CallbackCount count;
        const int queued = 12;
        const UInt256 id = proposalId(QStringLiteral("feeHike"));
        for (int i = 0; i < queued; ++i)
            (*services)->proposal(id, std::nullopt, count.callback<ProposalDetail>());
        auto after = test::ask<ProposalsSnapshot>([&](auto done) { (*services)->proposals(std::move(done)); });
        QVERIFY2(after, after ? "" : after.error().message.c_str());
        QCOMPARE(count.called.load(), 0); // every proof still waits
        services->reset();
        release.set_value();
        QTRY_COMPARE_WITH_TIMEOUT(count.called.load(), queued, 30000);
        QCOMPARE(count.cancelled.load(), queued);
        QVERIFY(syncNow()); // the SyncService is unharmed
    }

    void cleanupTestCase()
    {
        m_services.reset();
        m_sync.reset();
    }

private:
    bool syncNow()
    {
        std::promise<Result<SyncReport>> done;
        m_sync->syncOnce([&](Result<SyncReport> r) { done.set_value(std::move(r)); });
        return bool(done.get_future().get());
    }

    // A seeded account with voting power that has not voted on proposal `id` yet (its power in *weight).
    std::optional<Address> nextVoter(const UInt256& id, UInt256* weight = nullptr)
    {
        for (const char* label : {"user", "alice", "bob", "carol", "dave", "cold", "grants"}) {
            const Address a = account(QString::fromLatin1(label));
            auto d = test::ask<ProposalDetail>([&](auto done) { m_services->proposal(id, a, std::move(done)); });
            if (d && d->impact && d->impact->canVote) {
                if (weight)
                    *weight = d->power->votes;
                return a;
            }
        }
        return std::nullopt;
    }

    // `voter` votes for `id` with cast; one more block gives the vote's block its confirmation.
    bool voteFor(const Address& voter, const UInt256& id)
    {
        QString error;
        const QString sent = m_fx.cast({QStringLiteral("send"), QStringLiteral("--unlocked"), QStringLiteral("--from"),
                                        qs(toChecksumAddress(voter)), qs(m_profile.contracts.governor),
                                        QStringLiteral("castVote(uint256,uint8)"), dec(id), QStringLiteral("1")},
                                       &error);
        if (sent.isNull())
            qWarning("cast send: %s", qPrintable(error));
        return !sent.isNull() && !m_fx.rpc(QStringLiteral("anvil_mine"), {QStringLiteral("1")}).isNull();
    }

    std::uint64_t verified() const { return m_sync->status().verified.value().number; }
    Address account(const QString& label) const
    {
        return parseAddress(m_fx.facts().value(QStringLiteral("accounts")).toObject().value(label).toString().toStdString()).value();
    }
    UInt256 proposalId(const QString& label) const
    {
        return parseDecimalUInt256(m_fx.facts().value(QStringLiteral("proposals")).toObject().value(label).toObject()
                                .value(QStringLiteral("id")).toString().toStdString()).value();
    }
    static QString tally(const Proposal& p) { return dec(p.againstVotes) + QLatin1Char(' ') + dec(p.forVotes) + QLatin1Char(' ') + dec(p.abstainVotes); }

    // `cast call` at the verified block; the first word of each answer line (joined by spaces when `all`).
    QString callAt(const std::string& contract, const QString& signature, const QStringList& args, bool all = false) const
    {
        const QString out = m_fx.cast(QStringList{QStringLiteral("call"), qs(contract), signature} + args +
                                      QStringList{QStringLiteral("--block"), QString::number(verified())});
        QStringList words;
        for (const QString& line : out.split(QLatin1Char('\n')))
            words << DevnetFixture::exactNumber(line.trimmed());
        return all ? words.join(QLatin1Char(' ')) : words.value(0);
    }

    // Σ DeviceRewarded.amount up to the verified block, per address in topic `topic` (2 device, 3 owner).
    std::map<Address, UInt256> rewardedByTopic(int topic) const
    {
        const QString json = m_fx.cast({QStringLiteral("logs"), QStringLiteral("--from-block"), QStringLiteral("1"),
                                        QStringLiteral("--to-block"), QString::number(verified()), QStringLiteral("--address"),
                                        qs(m_profile.contracts.rewards), qs(toHex(eventtopic::deviceRewarded())),
                                        QStringLiteral("--json")});
        std::map<Address, UInt256> sums;
        for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            const std::string word = o.value(QStringLiteral("topics")).toArray().at(topic).toString().toStdString();
            const Address who = parseAddress("0x" + word.substr(word.size() - 40)).value();
            const Bytes data = fromHex(o.value(QStringLiteral("data")).toString().toStdString()).value();
            sums[who] += fromBigEndian(ByteView(data).first(32)).value();
        }
        return sums;
    }

    DevnetFixture m_fx;
    QTemporaryDir m_dir;
    NetworkProfile m_profile;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<NetworkServices> m_services;
    Address m_user;
};

QTEST_GUILESS_MAIN(TestNetworkServices)
#include "tst_networkservices.moc"
