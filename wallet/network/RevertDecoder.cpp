#include "wallet/network/RevertDecoder.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/network/ProposalState.h"

#include <algorithm>
#include <cstring>
#include <ctime>
#include <stdexcept>

namespace plinth {
namespace {

// Which reference contracts can raise an error (as the artifact names them), one bit each.
enum : unsigned { kRegistry = 1, kGovernor = 2, kTimelock = 4, kToken = 8, kRewards = 16, kStaking = 32 };
constexpr std::pair<unsigned, const char*> kContractNames[] = {
    {kRegistry, "DeviceRegistry"}, {kGovernor, "PlinthGovernor"}, {kTimelock, "PlinthTimelock"},
    {kToken, "PlinthToken"},       {kRewards, "Rewards"},         {kStaking, "Staking"},
};

// A custom error: its signature with parameter names, the contracts that can raise it, and what it
// means. In the text, {i} is argument i; {i:token} a token amount, {i:time} a unix time, {i:duration}
// seconds, {i:role} an AccessControl role, {i:state} a proposal state, {i:states} a bitmap of proposal
// states, {i:opstates} a bitmap of timelock operation states, {i:device} an ERC-721 id as its device.
struct KnownError {
    const char* signature;
    unsigned contracts;
    const char* text;
};

const KnownError kErrors[] = {
    // DeviceRegistry
    {"SignatureExpired(uint256 deadline,uint256 timestamp)", kRegistry,
     "the onboarding signature expired at {0:time} (the chain's time is {1:time})"},
    {"NonceAlreadyUsed(address device,uint256 nonce)", kRegistry, "nonce {1} of device {0} was already used"},
    {"InvalidDeviceSignature(address device,address recovered)", kRegistry,
     "the onboarding signature is not by device {0}'s key (it recovers to {1})"},
    {"DeviceAlreadyRegistered(address device)", kRegistry, "device {0} is already registered"},
    {"DeviceAlreadyRetired(address device)", kRegistry, "device {0} is retired"},
    {"StakeBelowMinimum(uint256 provided,uint256 minimum)", kRegistry,
     "a stake of {0:token} is below the minimum of {1:token}"},
    {"InvalidResourceKind(uint8 kind)", kRegistry, "{0} is not a resource kind (0 storage to 5 sensor)"},
    {"InvalidCapacity()", kRegistry, "the capacity must be more than 0"},
    {"InvalidDevice()", kRegistry, "the device address must not be the zero address"},
    {"UnknownDevice(address device)", kRegistry, "device {0} is not registered"},
    {"NotDeviceOwner(address device,address caller)", kRegistry | kStaking, "device {0} does not belong to {1}"},
    {"ZeroAddress()", kRegistry | kToken | kRewards | kStaking, "the address must not be the zero address"},
    // Rewards
    {"EpochOutOfOrder(uint256 expected,uint256 given)", kRewards, "epoch {1} was given, but epoch {0} is next"},
    {"EpochOverlaps(uint64 start,uint64 lastEpochEnd)", kRewards,
     "the epoch starts at {0:time}, before the last one ended ({1:time})"},
    {"EpochNotEnded(uint64 end,uint256 timestamp)", kRewards, "the epoch ends at {0:time}, after the chain's time {1:time}"},
    {"LengthMismatch()", kRewards, "the devices, amounts and scores differ in length"},
    {"DevicesNotSorted(uint256 index)", kRewards, "the devices are not in ascending order at index {0}"},
    {"ScoreOutOfRange(address device,uint32 score)", kRewards, "the score {1} of device {0} is above 10000"},
    {"DeviceNotActive(address device)", kRewards | kStaking, "device {0} is not active (not registered, or retired)"},
    {"EpochBudgetExceeded(uint256 total,uint256 budget)", kRewards, "the epoch's {0:token} exceed its budget of {1:token}"},
    {"NothingToClaim(address owner)", kRewards, "{0} has nothing to claim"},
    {"InvalidEpochDuration(uint64 duration)", kRewards, "an epoch duration of {0:duration} is not valid"},
    // Staking
    {"ZeroAmount()", kStaking, "the amount must be more than 0"},
    {"NotRegistry(address caller)", kStaking, "{0} is not the device registry"},
    {"InsufficientStake(uint256 staked,uint256 requested)", kStaking,
     "only {0:token} is staked, less than the {1:token} asked for"},
    {"UnknownUnbonding(uint256 id)", kStaking, "there is no unbonding {0}"},
    {"NotUnbondingOwner(uint256 id,address caller)", kStaking, "unbonding {0} is not {1}'s"},
    {"StillUnbonding(uint256 id,uint64 releaseAt)", kStaking, "unbonding {0} is released only at {1:time}"},
    {"AlreadyWithdrawn(uint256 id)", kStaking, "unbonding {0} was already withdrawn"},
    {"InvalidUnbondingPeriod(uint64 period)", kStaking, "an unbonding period of {0:duration} is too long (at most 365 days)"},
    // PlinthToken
    {"NotMinter(address caller)", kToken, "{0} is not the minter"},
    {"EmissionCapExceeded(uint256 requested,uint256 remaining)", kToken,
     "minting {0:token} would pass the emission cap: only {1:token} remain"},
    {"AllocationLengthMismatch()", kToken, "the allocation holders and amounts differ in length"},
    // OpenZeppelin: ERC-20, ERC-2612, Votes, ECDSA, Ownable, Nonces, SafeCast, SafeERC20, ShortStrings
    {"ERC20InsufficientBalance(address sender,uint256 balance,uint256 needed)", kToken,
     "{0} has {1:token}, and {2:token} are needed"},
    {"ERC20InsufficientAllowance(address spender,uint256 allowance,uint256 needed)", kToken,
     "{0} may spend only {1:token} of these tokens, and {2:token} are needed: approve it first"},
    {"ERC20InvalidApprover(address approver)", kToken, "{0} cannot approve a spender"},
    {"ERC20InvalidReceiver(address receiver)", kToken, "{0} cannot receive tokens"},
    {"ERC20InvalidSender(address sender)", kToken, "{0} cannot send tokens"},
    {"ERC20InvalidSpender(address spender)", kToken, "{0} cannot be a spender"},
    {"ERC20ExceededSafeSupply(uint256 increasedSupply,uint256 cap)", kToken,
     "a supply of {0:token} would pass the voting limit of {1:token}"},
    {"ERC2612ExpiredSignature(uint256 deadline)", kToken, "the permit signature expired at {0:time}"},
    {"ERC2612InvalidSigner(address signer,address owner)", kToken, "the permit is signed by {0}, not by the owner {1}"},
    {"ERC5805FutureLookup(uint256 timepoint,uint48 clock)", kToken,
     "votes at {0:time} are not known yet (the clock is at {1:time})"},
    {"ERC6372InconsistentClock()", kToken, "the token's clock is inconsistent"},
    {"VotesExpiredSignature(uint256 expiry)", kToken, "the delegation signature expired at {0:time}"},
    {"CheckpointUnorderedInsertion()", kToken | kGovernor, "a checkpoint was written out of order"},
    {"ECDSAInvalidSignature()", kToken, "the signature is not valid"},
    {"ECDSAInvalidSignatureLength(uint256 length)", kToken, "a signature of {0} bytes is not valid"},
    {"ECDSAInvalidSignatureS(bytes32 s)", kToken, "the signature's s value {0} is not valid"},
    {"OwnableUnauthorizedAccount(address account)", kToken, "{0} is not the owner"},
    {"OwnableInvalidOwner(address owner)", kToken, "{0} cannot be the owner"},
    {"InvalidAccountNonce(address account,uint256 currentNonce)", kToken | kGovernor,
     "the signature does not use {0}'s current nonce {1}"},
    {"SafeCastOverflowedUintDowncast(uint8 bits,uint256 value)", kToken | kGovernor, "{1} does not fit in {0} bits"},
    {"SafeERC20FailedOperation(address token)", kRegistry | kRewards | kStaking, "the token {0} refused the transfer"},
    {"InvalidShortString()", kRegistry | kGovernor | kToken, "a short string is malformed"},
    {"StringTooLong(string str)", kRegistry | kGovernor | kToken, "the text {0} is too long"},
    // OpenZeppelin: AccessControl
    {"AccessControlUnauthorizedAccount(address account,bytes32 neededRole)", kRegistry | kTimelock | kRewards | kStaking,
     "{0} does not have the role {1:role}"},
    {"AccessControlBadConfirmation()", kRegistry | kTimelock | kRewards | kStaking,
     "a role can only be renounced by the account that holds it"},
    // OpenZeppelin: ERC-721 (the device registry's tokens: id = the device address)
    {"ERC721InvalidOwner(address owner)", kRegistry, "{0} cannot own a device token"},
    {"ERC721NonexistentToken(uint256 tokenId)", kRegistry, "device {0:device} has no token (not registered, or retired)"},
    {"ERC721IncorrectOwner(address sender,uint256 tokenId,address owner)", kRegistry,
     "device {1:device} belongs to {2}, not to {0}"},
    {"ERC721InvalidSender(address sender)", kRegistry, "{0} cannot send a device token"},
    {"ERC721InvalidReceiver(address receiver)", kRegistry,
     "{0} cannot receive a device token (the zero address, or a contract that does not accept ERC-721 tokens)"},
    {"ERC721InsufficientApproval(address operator,uint256 tokenId)", kRegistry,
     "{0} is not allowed to transfer device {1:device}"},
    {"ERC721InvalidApprover(address approver)", kRegistry, "{0} cannot approve a device token"},
    {"ERC721InvalidOperator(address operator)", kRegistry, "{0} cannot be an operator"},
    // OpenZeppelin: Governor
    {"GovernorInvalidProposalLength(uint256 targets,uint256 calldatas,uint256 values)", kGovernor,
     "the proposal's lists differ in length: {0} targets, {1} calldatas, {2} values"},
    {"GovernorAlreadyCastVote(address voter)", kGovernor, "{0} has already voted on this proposal"},
    {"GovernorDisabledDeposit()", kGovernor, "the governor does not accept deposits"},
    {"GovernorOnlyExecutor(address account)", kGovernor, "only the executor (the timelock) may do this, not {0}"},
    {"GovernorNonexistentProposal(uint256 proposalId)", kGovernor, "there is no proposal {0}"},
    {"GovernorUnexpectedProposalState(uint256 proposalId,uint8 current,bytes32 expectedStates)", kGovernor,
     "proposal {0} is {1:state}, and this needs it {2:states}"},
    {"GovernorInvalidVotingPeriod(uint256 votingPeriod)", kGovernor, "a voting period of {0:duration} is not valid"},
    {"GovernorInsufficientProposerVotes(address proposer,uint256 votes,uint256 threshold)", kGovernor,
     "{0} has {1:token} of votes, below the proposal threshold of {2:token}"},
    {"GovernorRestrictedProposer(address proposer)", kGovernor, "{0} may not make this proposal (its description restricts the proposer)"},
    {"GovernorInvalidVoteType()", kGovernor, "the vote must be against (0), for (1) or abstain (2)"},
    {"GovernorInvalidVoteParams()", kGovernor, "the vote's parameters are not valid"},
    {"GovernorQueueNotImplemented()", kGovernor, "this governor does not queue proposals"},
    {"GovernorNotQueuedProposal(uint256 proposalId)", kGovernor, "proposal {0} is not queued"},
    {"GovernorAlreadyQueuedProposal(uint256 proposalId)", kGovernor, "proposal {0} is already queued"},
    {"GovernorInvalidSignature(address voter)", kGovernor, "the vote's signature is not by {0}"},
    {"GovernorUnableToCancel(uint256 proposalId,address account)", kGovernor, "{1} cannot cancel proposal {0}"},
    {"GovernorInvalidQuorumFraction(uint256 quorumNumerator,uint256 quorumDenominator)", kGovernor,
     "a quorum of {0}/{1} is not valid"},
    {"FailedCall()", kGovernor | kTimelock, "a call the contract made failed without a reason"},
    // OpenZeppelin: TimelockController
    {"TimelockInvalidOperationLength(uint256 targets,uint256 payloads,uint256 values)", kTimelock,
     "the operation's lists differ in length: {0} targets, {1} payloads, {2} values"},
    {"TimelockInsufficientDelay(uint256 delay,uint256 minDelay)", kTimelock,
     "a delay of {0:duration} is below the minimum of {1:duration}"},
    {"TimelockUnexpectedOperationState(bytes32 operationId,bytes32 expectedStates)", kTimelock,
     "operation {0} is not {1:opstates}"},
    {"TimelockUnexecutedPredecessor(bytes32 predecessorId)", kTimelock, "operation {0} must be executed first"},
    {"TimelockUnauthorizedCaller(address caller)", kTimelock, "{0} may not call this: only the timelock itself may"},
};

AbiSignature parsed(const KnownError& e)
{
    auto s = parseAbiSignature(e.signature);
    if (!s)
        throw std::logic_error(std::string("RevertDecoder: bad built-in signature ") + e.signature);
    return *s;
}

const std::vector<AbiSignature>& signatures()
{
    static const std::vector<AbiSignature> all = [] {
        std::vector<AbiSignature> v;
        for (const KnownError& e : kErrors)
            v.push_back(parsed(e));
        return v;
    }();
    return all;
}

unsigned contractBit(std::string_view name)
{
    for (const auto& [bit, n] : kContractNames)
        if (name == n)
            return bit;
    return 0;
}

std::string utcTime(const UInt256& seconds)
{
    if (seconds > UInt256(253402300799ULL)) // after 9999-12-31
        return toDecimalString(seconds) + " (unix time)";
    const std::time_t t = static_cast<std::time_t>(static_cast<std::uint64_t>(seconds));
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return text;
}

std::string duration(const UInt256& seconds)
{
    if (seconds > UInt256(1ULL << 40))
        return toDecimalString(seconds) + " s";
    const auto s = static_cast<std::uint64_t>(seconds);
    std::string out = std::to_string(s) + " s";
    if (s >= 86400 && s % 3600 == 0)
        out += " (" + std::to_string(s / 86400) + (s / 86400 == 1 ? " day" : " days")
            + (s % 86400 ? " " + std::to_string(s % 86400 / 3600) + " h" : "") + ")";
    else if (s >= 3600)
        out += " (" + std::to_string(s / 3600) + " h " + std::to_string(s % 3600 / 60) + " min)";
    return out;
}

std::string roleName(const Bytes& role)
{
    if (role == Bytes(32, 0))
        return "DEFAULT_ADMIN_ROLE";
    for (const char* name : {"ORACLE_ROLE", "SLASHER_ROLE", "PROPOSER_ROLE", "EXECUTOR_ROLE", "CANCELLER_ROLE"}) {
        const Hash32 h = keccak256(asBytes(std::string_view(name)));
        if (Bytes(h.begin(), h.end()) == role)
            return name;
    }
    return toHex(role);
}

// The states whose bits are set in a 32-byte bitmap (bit i = state i), "a or b".
std::string stateList(const Bytes& bitmap, const std::vector<std::string>& names)
{
    auto word = fromBigEndian(bitmap);
    std::string out;
    for (std::size_t i = 0; word && i < names.size(); ++i) {
        if (((*word >> i) & 1) == 0)
            continue;
        out += (out.empty() ? "" : " or ") + names[i];
    }
    return out.empty() ? toHex(bitmap) : out;
}

std::vector<std::string> proposalStateNames()
{
    std::vector<std::string> names;
    for (unsigned i = 0; i <= static_cast<unsigned>(ProposalState::Executed); ++i)
        names.emplace_back(proposalStateName(static_cast<ProposalState>(i)));
    return names;
}

std::string plain(const AbiType& type, const AbiValue& value)
{
    std::string json = abiValueToJson(type, value);
    if (type.kind == AbiType::Kind::Address) {
        Address a{std::get<FixedBytes<20>>(value.value)};
        return toChecksumAddress(a);
    }
    if (json.size() >= 2 && json.front() == '"' && json.back() == '"' && type.kind != AbiType::Kind::String)
        return json.substr(1, json.size() - 2);
    return json;
}

std::string formatArgument(const AbiType& type, const AbiValue& value, std::string_view style, const CurrencyInfo& token)
{
    const auto* number = std::get_if<UInt256>(&value.value);
    const auto* bytes = std::get_if<Bytes>(&value.value);
    if (number && style == "token")
        return formatUnits(*number, token.decimals) + (token.symbol.empty() ? "" : " " + token.symbol);
    if (number && style == "time")
        return utcTime(*number);
    if (number && style == "duration")
        return duration(*number);
    if (number && style == "state" && *number <= 7)
        return std::string(proposalStateName(static_cast<ProposalState>(static_cast<unsigned>(*number))));
    if (number && style == "device" && *number < (UInt256(1) << 160)) {
        const auto word = toBigEndian32(*number);
        Address a;
        std::copy(word.begin() + 12, word.end(), a.bytes.begin());
        return toChecksumAddress(a);
    }
    if (bytes && style == "role")
        return roleName(*bytes);
    if (bytes && style == "states")
        return stateList(*bytes, proposalStateNames());
    if (bytes && style == "opstates")
        return stateList(*bytes, {"unset", "waiting", "ready", "done"});
    return plain(type, value);
}

std::string fill(const char* text, const AbiSignature& error, const std::vector<AbiValue>& args, const CurrencyInfo& token)
{
    std::string out;
    for (const char* p = text; *p; ++p) {
        const char* close = *p == '{' ? std::strchr(p, '}') : nullptr;
        if (!close) {
            out += *p;
            continue;
        }
        const std::string field(p + 1, close);
        const std::size_t colon = field.find(':');
        const std::size_t index = std::stoul(field.substr(0, colon));
        const std::string style = colon == std::string::npos ? std::string() : field.substr(colon + 1);
        out += index < args.size() ? formatArgument(error.params[index].type, args[index], style, token) : "?";
        p = close;
    }
    return out;
}

} // namespace

RevertDecoder::RevertDecoder(const NetworkContracts& contracts, CurrencyInfo token) : m_token(std::move(token))
{
    const std::pair<const char*, const std::string*> all[] = {
        {"PlinthToken", &contracts.token},     {"DeviceRegistry", &contracts.devices},  {"Staking", &contracts.staking},
        {"Rewards", &contracts.rewards},       {"PlinthGovernor", &contracts.governor}, {"PlinthTimelock", &contracts.timelock}};
    for (const auto& [name, address] : all)
        if (auto a = parseAddress(*address))
            m_contracts.emplace_back(name, *a);
}

std::vector<std::string> RevertDecoder::knownErrors()
{
    std::vector<std::string> out;
    for (const AbiSignature& s : signatures())
        out.push_back(s.canonical());
    return out;
}

bool RevertDecoder::knows(std::string_view contract, std::string_view canonicalSignature)
{
    const unsigned bit = contractBit(contract);
    const auto& sigs = signatures();
    for (std::size_t i = 0; i < sigs.size(); ++i)
        if ((kErrors[i].contracts & bit) && sigs[i].canonical() == canonicalSignature)
            return true;
    return false;
}

std::string RevertDecoder::contractName(const std::optional<Address>& called) const
{
    if (called)
        for (const auto& [name, address] : m_contracts)
            if (address == *called)
                return name;
    return {};
}

ExplainedRevert RevertDecoder::explain(ByteView revertData, const std::optional<Address>& called) const
{
    ExplainedRevert out;
    out.contract = contractName(called);
    const std::string prefix = out.contract.empty() ? std::string() : out.contract + ": ";
    auto decoded = decodeRevertData(revertData, signatures());
    if (!decoded) {
        out.malformed = true;
        out.reason.kind = RevertReason::Kind::Unknown;
        out.sentence = prefix + "the call reverted with malformed error data (" + decoded.error().message + ")";
        return out;
    }
    out.reason = *decoded;
    switch (decoded->kind) {
    case RevertReason::Kind::Empty:
        out.sentence = prefix + "the call reverted without a reason (a bare revert, a failed check without a message, or out of gas)";
        break;
    case RevertReason::Kind::ErrorString:
        out.errorName = "Error";
        // require(cond, "") is legal: an empty message still deserves a sentence.
        out.sentence = prefix + (decoded->message.empty() ? std::string("the call reverted with an empty message") : decoded->message);
        break;
    case RevertReason::Kind::Panic:
        out.errorName = "Panic";
        out.sentence = prefix + "panic " + toHexQuantity(decoded->panicCode) + ": " + decoded->message;
        break;
    case RevertReason::Kind::Unknown:
        out.sentence = prefix + "the call reverted with an unknown error " + toHex(*decoded->selector);
        break;
    case RevertReason::Kind::Custom: {
        const auto& sigs = signatures();
        std::size_t i = 0;
        while (i < sigs.size() && sigs[i].canonical() != decoded->error->canonical())
            ++i;
        const KnownError& known = kErrors[i];
        // The called contract when it can raise the error, else the first one that can.
        if (!(known.contracts & contractBit(out.contract)))
            for (const auto& [bit, name] : kContractNames)
                if (known.contracts & bit) {
                    out.contract = name;
                    break;
                }
        out.errorName = decoded->error->name;
        out.sentence = out.contract + ": " + fill(known.text, sigs[i], decoded->args, m_token) + " (" + out.errorName + ")";
        break;
    }
    }
    return out;
}

} // namespace plinth
