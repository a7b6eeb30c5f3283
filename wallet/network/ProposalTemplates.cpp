#include "wallet/network/ProposalTemplates.h"

#include "wallet/codec/Abi.h"
#include "wallet/codec/Hex.h"
#include "wallet/common/Text.h"

#include <algorithm>
#include <cctype>

namespace plinth {
namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// The first whitespace-separated word, and the rest (trimmed).
std::pair<std::string_view, std::string_view> firstWord(std::string_view s)
{
    s = trimSpaces(s);
    const auto end = std::find_if(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
    const auto n = static_cast<std::size_t>(end - s.begin());
    return {s.substr(0, n), trimSpaces(s.substr(n))};
}

// "registry" is what people call the device registry; the profile's key is "devices".
std::string canonicalContract(std::string_view name)
{
    std::string n = lower(name);
    return n == "registry" ? std::string("devices") : n;
}

Result<ProposalAction> encoded(const Address& target, const AbiSignature& function, const std::vector<AbiValue>& args)
{
    auto data = encodeFunctionCall(function, args);
    if (!data)
        return makeError(ErrorCode::InvalidArgument, function.canonical() + ": " + data.error().message);
    return ProposalAction{target, 0, std::move(*data)};
}

} // namespace

ProposalTemplates::ProposalTemplates(const NetworkContracts& contracts, unsigned tokenDecimals)
    : m_contracts(contracts), m_decimals(tokenDecimals)
{
}

Result<Address> ProposalTemplates::target(std::string_view nameOrAddress) const
{
    const std::string name = canonicalContract(nameOrAddress);
    const std::pair<const char*, const std::string*> all[] = {
        {"token", &m_contracts.token},       {"devices", &m_contracts.devices},   {"staking", &m_contracts.staking},
        {"rewards", &m_contracts.rewards},   {"governor", &m_contracts.governor}, {"timelock", &m_contracts.timelock}};
    for (const auto& [key, address] : all)
        if (name == key) {
            auto parsed = parseAddress(*address);
            if (!parsed)
                return makeError(ErrorCode::InvalidArgument, "the profile's " + name + " address: " + parsed.error().message);
            return *parsed;
        }
    auto parsed = parseAddress(nameOrAddress);
    if (!parsed)
        return makeError(ErrorCode::InvalidArgument,
                         "\"" + std::string(nameOrAddress) +
                             "\" is neither a contract of the profile (token, registry, staking, rewards, governor, timelock) nor an address: " +
                             parsed.error().message);
    return *parsed;
}

Result<UInt256> ProposalTemplates::parseValue(std::string_view text, ValueUnit unit) const
{
    switch (unit) {
    case ValueUnit::Token:
    case ValueUnit::TokenPerSecond: return parseUnits(text, m_decimals);
    case ValueUnit::Seconds: {
        static const std::pair<char, unsigned> kSuffixes[] = {{'s', 1}, {'m', 60}, {'h', 3600}, {'d', 86400}};
        unsigned factor = 1;
        for (const auto& [suffix, seconds] : kSuffixes)
            if (!text.empty() && std::tolower(static_cast<unsigned char>(text.back())) == suffix) {
                factor = seconds;
                text.remove_suffix(1);
                break;
            }
        auto n = parseDecimalUInt256(text);
        if (!n)
            return n.error();
        return *n * factor;
    }
    case ValueUnit::Percent:
    case ValueUnit::Raw:
    case ValueUnit::Address: break;
    }
    return parseUInt256(text);
}

Result<ProposalAction> ProposalTemplates::parameterChange(std::string_view assignment) const
{
    const auto eq = assignment.find('=');
    const auto dot = assignment.find('.');
    if (eq == std::string_view::npos || dot == std::string_view::npos || dot > eq)
        return makeError(ErrorCode::InvalidArgument, "a parameter change is CONTRACT.PARAMETER=VALUE, e.g. rewards.rewardRate=0.55");
    const std::string contract = canonicalContract(trimSpaces(assignment.substr(0, dot)));
    const std::string parameter = lower(trimSpaces(assignment.substr(dot + 1, eq - dot - 1)));
    const std::string_view valueText = trimSpaces(assignment.substr(eq + 1));
    std::string known;
    for (const ParameterSetter& s : parameterSetters()) {
        known += (known.empty() ? "" : ", ") + (s.contract == "devices" ? std::string("registry") : s.contract) + "." + s.parameter;
        if (s.contract != contract || lower(s.parameter) != parameter)
            continue;
        auto value = parseValue(valueText, s.unit);
        if (!value)
            return makeError(ErrorCode::InvalidArgument, s.parameter + ": \"" + std::string(valueText) + "\": " + value.error().message);
        auto to = target(s.contract);
        if (!to)
            return to.error();
        auto function = parseAbiSignature(s.signature);
        if (!function)
            return function.error();
        return encoded(*to, *function, {AbiValue::ofUInt(*value)});
    }
    return makeError(ErrorCode::InvalidArgument,
                     "no parameter " + std::string(trimSpaces(assignment.substr(0, eq))) + "; the parameters are " + known);
}

Result<ProposalAction> ProposalTemplates::treasuryTransfer(std::string_view assignment) const
{
    const auto eq = assignment.find('=');
    if (eq == std::string_view::npos)
        return makeError(ErrorCode::InvalidArgument, "a treasury transfer is ADDRESS=AMOUNT, e.g. 0x9965…=150000");
    auto to = parseAddress(trimSpaces(assignment.substr(0, eq)));
    if (!to)
        return makeError(ErrorCode::InvalidArgument, "the transfer's recipient: " + to.error().message);
    auto amount = parseUnits(trimSpaces(assignment.substr(eq + 1)), m_decimals);
    if (!amount)
        return makeError(ErrorCode::InvalidArgument, "the transfer's amount: " + amount.error().message);
    auto token = target("token");
    if (!token)
        return token.error();
    auto function = parseAbiSignature("transfer(address,uint256)");
    return encoded(*token, *function, {AbiValue::ofAddress(to->bytes), AbiValue::ofUInt(*amount)});
}

Result<ProposalAction> ProposalTemplates::rawAction(std::string_view spec) const
{
    auto [targetText, rest] = firstWord(spec);
    auto [valueText, calldataText] = firstWord(rest);
    if (targetText.empty() || valueText.empty() || calldataText.empty())
        return makeError(ErrorCode::InvalidArgument, "a raw action is \"TARGET VALUE CALLDATA\" (value in wei, calldata 0x hex)");
    auto to = target(targetText);
    if (!to)
        return to.error();
    auto value = parseUInt256(valueText);
    if (!value)
        return makeError(ErrorCode::InvalidArgument, "the action's value: " + value.error().message);
    auto data = fromHex(calldataText);
    if (!data)
        return makeError(ErrorCode::InvalidArgument, "the action's calldata: " + data.error().message);
    if (!data->empty() && data->size() < 4)
        return makeError(ErrorCode::InvalidArgument, "the action's calldata is shorter than a function selector");
    return ProposalAction{*to, *value, std::move(*data)};
}

Result<ProposalAction> ProposalTemplates::callAction(std::string_view spec) const
{
    auto [targetText, rest] = firstWord(spec);
    const auto close = rest.find(')');
    if (targetText.empty() || close == std::string_view::npos)
        return makeError(ErrorCode::InvalidArgument,
                         "a call is \"TARGET SIGNATURE [ARGUMENTS]\", e.g. \"staking setUnbondingPeriod(uint64) [604800]\"");
    auto to = target(targetText);
    if (!to)
        return to.error();
    auto function = parseAbiSignature(rest.substr(0, close + 1));
    if (!function)
        return makeError(ErrorCode::InvalidArgument, "the call's signature: " + function.error().message);
    std::string_view argsText = trimSpaces(rest.substr(close + 1));
    auto args = abiValuesFromJson(function->types(), argsText.empty() ? std::string_view("[]") : argsText);
    if (!args)
        return makeError(ErrorCode::InvalidArgument, "the arguments of " + function->canonical() + ": " + args.error().message);
    return encoded(*to, *function, *args);
}

void appendAction(ProposalActions& actions, const ProposalAction& action)
{
    actions.targets.push_back(action.target);
    actions.values.push_back(action.value);
    actions.calldatas.push_back(action.calldata);
}

} // namespace plinth
