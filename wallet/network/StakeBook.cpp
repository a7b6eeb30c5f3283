#include "wallet/network/StakeBook.h"

#include "wallet/codec/Abi.h"

#include <stdexcept>

namespace plinth {
namespace {

AbiSignature sig(const char* text)
{
    auto parsed = parseAbiSignature(text);
    if (!parsed)
        throw std::logic_error(std::string("StakeBook: bad built-in signature ") + text);
    return *parsed;
}

struct Events {
    AbiSignature staked = sig("Staked(address indexed device, address indexed staker, uint256 amount, bool delegation)");
    AbiSignature unstake = sig("UnstakeRequested(uint256 indexed id, address indexed device, address indexed staker, "
                               "uint256 amount, uint64 releaseAt)");
    AbiSignature withdrawn =
        sig("Withdrawn(uint256 indexed id, address indexed staker, address indexed device, uint256 amount)");
    AbiSignature slashed = sig("Slashed(address indexed device, address indexed staker, address indexed slasher, "
                               "uint256 amount, string reason)");
    Hash32 stakedTopic = eventTopic(staked), unstakeTopic = eventTopic(unstake), withdrawnTopic = eventTopic(withdrawn),
           slashedTopic = eventTopic(slashed);
    Hash32 registered = *eventTopic("DeviceRegistered(address,address,uint8,uint256,string,string,string,uint256,uint256)");
    Hash32 transferred = *eventTopic("DeviceTransferred(address,address,address)");
    Hash32 retired = *eventTopic("DeviceRetired(address,address)");
};

const Events& events()
{
    static const Events e;
    return e;
}

const UInt256& u(const AbiValue& v) { return std::get<UInt256>(v.value); }
Address a(const AbiValue& v) { return Address{std::get<FixedBytes<20>>(v.value)}; }

Address topicAddress(const Hash32& topic)
{
    Address out;
    std::copy(topic.begin() + 12, topic.end(), out.bytes.begin());
    return out;
}

Error doesNotAddUp(const std::string& what) { return makeError(ErrorCode::Corrupt, "Staking events do not add up: " + what); }

} // namespace

Result<StakeBook> StakeBook::fromLogs(const std::vector<TimedLog>& stakingLogs, const std::vector<TimedLog>& registryLogs)
{
    const Events& ev = events();
    std::map<Address, std::optional<Address>> owners;
    for (const TimedLog& t : registryLogs) {
        const auto& topics = t.log.topics;
        if (topics.size() >= 3 && topics[0] == ev.registered)
            owners[topicAddress(topics[1])] = topicAddress(topics[2]);
        else if (topics.size() >= 4 && topics[0] == ev.transferred)
            owners[topicAddress(topics[1])] = topicAddress(topics[3]);
        else if (topics.size() >= 2 && topics[0] == ev.retired)
            owners[topicAddress(topics[1])] = std::nullopt;
    }

    std::map<std::pair<Address, Address>, StakePosition> positions;
    std::map<UInt256, Unbonding> unbondings;
    StakeBook book;
    for (const TimedLog& t : stakingLogs) {
        if (t.log.topics.empty())
            continue;
        const Hash32& topic0 = t.log.topics[0];
        const AbiSignature* which = topic0 == ev.stakedTopic      ? &ev.staked
                                    : topic0 == ev.unstakeTopic   ? &ev.unstake
                                    : topic0 == ev.withdrawnTopic ? &ev.withdrawn
                                    : topic0 == ev.slashedTopic   ? &ev.slashed
                                                                  : nullptr;
        if (!which)
            continue;
        auto v = decodeEventLog(*which, t.log.topics, t.log.data);
        if (!v)
            return makeError(ErrorCode::InvalidArgument, which->name + ": " + v.error().message);
        if (which == &ev.staked) {
            StakePosition& p = positions[{a((*v)[0]), a((*v)[1])}];
            p.device = a((*v)[0]);
            p.staker = a((*v)[1]);
            p.amount += u((*v)[2]);
            p.deposited += u((*v)[2]);
            p.delegation = p.delegation || std::get<bool>((*v)[3].value);
        } else if (which == &ev.unstake) {
            Unbonding b;
            b.id = u((*v)[0]);
            b.device = a((*v)[1]);
            b.staker = a((*v)[2]);
            b.amount = u((*v)[3]);
            b.releaseAt = static_cast<std::uint64_t>(u((*v)[4]));
            b.requestedAt = t.timestamp;
            b.requestedBlock = t.log.blockNumber;
            StakePosition& p = positions[{b.device, b.staker}];
            if (p.amount < b.amount)
                return doesNotAddUp("unbonding " + toDecimalString(b.id) + " takes more than is staked");
            p.amount -= b.amount;
            p.unbonding += b.amount;
            unbondings[b.id] = b;
        } else if (which == &ev.withdrawn) {
            auto it = unbondings.find(u((*v)[0]));
            if (it == unbondings.end() || it->second.withdrawn)
                return doesNotAddUp("withdrawal of unknown or withdrawn unbonding " + toDecimalString(u((*v)[0])));
            it->second.withdrawn = true;
            it->second.withdrawnAt = t.timestamp;
        } else {
            Slash s{a((*v)[0]), a((*v)[1]), a((*v)[2]), u((*v)[3]), std::get<std::string>((*v)[4].value),
                    t.log.blockNumber, t.timestamp, t.log.txHash};
            StakePosition& p = positions[{s.device, s.staker}];
            if (p.amount < s.amount)
                return doesNotAddUp("a slash of more than is staked");
            p.amount -= s.amount;
            p.slashed += s.amount;
            book.m_slashes.push_back(std::move(s));
        }
    }
    for (auto& [key, p] : positions) {
        if (auto o = owners.find(p.device); o != owners.end())
            p.deviceOwner = o->second;
        book.m_positions.push_back(p);
    }
    for (auto& [id, b] : unbondings)
        book.m_unbondings.push_back(b);
    return book;
}

const StakePosition* StakeBook::position(const Address& device, const Address& staker) const
{
    for (const StakePosition& p : m_positions)
        if (p.device == device && p.staker == staker)
            return &p;
    return nullptr;
}

const Unbonding* StakeBook::unbonding(const UInt256& id) const
{
    for (const Unbonding& b : m_unbondings)
        if (b.id == id)
            return &b;
    return nullptr;
}

UInt256 StakeBook::deviceStake(const Address& device) const
{
    UInt256 total = 0;
    for (const StakePosition& p : m_positions)
        if (p.device == device)
            total += p.amount;
    return total;
}

StakeBook StakeBook::concerning(const Address& account) const
{
    StakeBook out;
    for (const StakePosition& p : m_positions)
        if (p.staker == account || p.deviceOwner == account)
            out.m_positions.push_back(p);
    for (const Unbonding& b : m_unbondings)
        if (b.staker == account)
            out.m_unbondings.push_back(b);
    for (const Slash& s : m_slashes)
        if (s.staker == account)
            out.m_slashes.push_back(s);
    return out;
}

} // namespace plinth
