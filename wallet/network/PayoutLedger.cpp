#include "wallet/network/PayoutLedger.h"

#include "wallet/codec/Hex.h"
#include "wallet/store/CacheStore.h"

namespace plinth {
namespace {

Int256 signedDifference(const UInt256& a, const UInt256& b)
{
    return a >= b ? Int256(UInt256(a - b)) : -Int256(UInt256(b - a));
}

Hash32 topicOf(const Address& a)
{
    Hash32 t{};
    std::copy(a.bytes.begin(), a.bytes.end(), t.begin() + 12);
    return t;
}

} // namespace

Result<PayoutLedger> buildPayoutLedger(const CacheStore& store, const NetworkAddresses& contracts,
                                       const EarningsIndex& index, const Address& owner,
                                       const ProvenStorageValue& claimable)
{
    const auto loaded = index.loadedTo();
    if (!loaded || loaded->number != claimable.blockNumber || loaded->hash != claimable.blockHash)
        return makeError(ErrorCode::InvalidArgument, "the claimable balance was proven at block "
                                                         + std::to_string(claimable.blockNumber)
                                                         + ", not at the block the earnings were read to");
    PayoutLedger out;
    out.owner = owner;
    out.blockNumber = claimable.blockNumber;
    out.blockHash = claimable.blockHash;
    out.claimable = claimable.value;
    if (auto id = index.ownerId(owner))
        for (std::uint32_t i : index.rewardsOfOwner(*id)) {
            out.rewarded += index.rewards()[i].amount;
            ++out.rewardCount;
        }

    LogQuery claims;
    claims.addresses = {contracts.rewards.bytes};
    claims.topic0 = eventtopic::claimed();
    claims.topic1 = topicOf(owner);
    claims.toBlock = out.blockNumber;
    auto claimLogs = store.logs(claims);
    if (!claimLogs)
        return claimLogs.error();
    LogQuery paid;
    paid.addresses = {contracts.token.bytes};
    paid.topic0 = eventtopic::transfer();
    paid.topic1 = topicOf(contracts.rewards);
    paid.toBlock = out.blockNumber;
    for (const StoredLog& log : *claimLogs) {
        auto e = decodeNetworkEvent(log, contracts);
        if (!e)
            return e.error();
        const auto* c = *e ? std::get_if<Claimed>(&**e) : nullptr;
        if (!c)
            continue;
        LedgerClaim row{c->ref, 0, c->to, c->amount, 0};
        if (auto h = store.header(log.blockNumber); h && *h)
            row.timestamp = (*h)->timestamp;
        paid.fromBlock = paid.toBlock = log.blockNumber;
        paid.topic2 = topicOf(c->to);
        auto transfers = store.logs(paid);
        if (!transfers)
            return transfers.error();
        for (const StoredLog& t : *transfers) {
            if (t.txHash != log.txHash)
                continue;
            auto te = decodeNetworkEvent(t, contracts);
            if (!te)
                return te.error();
            if (*te)
                if (const auto* tr = std::get_if<TokenTransfer>(&**te))
                    row.received += tr->amount;
        }
        paid.toBlock = out.blockNumber;
        out.claimed += row.amount;
        out.received += row.received;
        if (row.received != row.amount)
            out.mismatches.push_back(LedgerMismatch{
                "claim at block " + std::to_string(row.ref.blockNumber), signedDifference(row.amount, row.received),
                "the claim of " + toDecimalString(row.amount) + " to " + toChecksumAddress(row.to) + " (transaction "
                    + toHex(row.ref.txHash) + ") came with token transfers to it of " + toDecimalString(row.received)});
        out.claims.push_back(row);
    }

    const UInt256 owed = out.rewarded >= out.claimed ? UInt256(out.rewarded - out.claimed) : UInt256(0);
    out.unexplained = signedDifference(out.rewarded, out.claimed) - Int256(out.claimable);
    out.unpaid = signedDifference(out.claimed, out.received);
    if (out.unexplained != 0)
        out.mismatches.push_back(LedgerMismatch{
            "claimable", out.unexplained,
            out.rewarded < out.claimed
                ? "more was claimed (" + toDecimalString(out.claimed) + ") than the verified rewards add up to ("
                      + toDecimalString(out.rewarded) + "): rewards are missing from the cache"
                : "rewarded minus claimed is " + toDecimalString(owed) + ", but the proven claimable balance is "
                      + toDecimalString(out.claimable)});
    if (out.unpaid != 0)
        out.mismatches.push_back(LedgerMismatch{"received", out.unpaid,
                                                "the claims add up to " + toDecimalString(out.claimed)
                                                    + ", the payouts received to " + toDecimalString(out.received)});
    return out;
}

} // namespace plinth
