#include "wallet/onboarding/OnboardingReader.h"

#include "wallet/codec/Abi.h"
#include "wallet/light/RpcFields.h"
#include "wallet/rpc/RpcSync.h"

namespace plinth {
namespace {

AbiValue addressValue(const Address& a) { return AbiValue::ofAddress(a.bytes); }

Result<Address> profileAddress(const std::string& text, const char* what)
{
    auto a = parseAddress(text);
    if (!a)
        return makeError(ErrorCode::InvalidArgument, std::string("the network profile has no ") + what);
    return *a;
}

} // namespace

OnboardingReader::OnboardingReader(EndpointPool& pool, const NetworkProfile& profile)
    : m_pool(pool), m_profile(profile), m_chain(pool)
{
}

Result<UInt256> OnboardingReader::view(const Address& contract, const char* signature, const std::vector<AbiValue>& args,
                                       const char* what)
{
    auto function = parseAbiSignature(signature);
    auto data = function ? encodeFunctionCall(*function, args) : Result<Bytes>(function.error());
    if (!data)
        return data.error();
    auto answer = m_chain.call(CallRequest{Address{}, contract, 0, std::move(*data)});
    if (!answer)
        return answer.error();
    // Every view read here returns one word (bool, address or uint256).
    if (answer->size() != 32)
        return makeError(ErrorCode::Unverified, std::string("could not read ") + what + ": the node answered "
                                                    + std::to_string(answer->size()) + " bytes instead of one word");
    return fromBigEndian(*answer);
}

Result<OnboardingFacts> OnboardingReader::read(const OnboardingPayload& p, const Address& sender)
{
    auto registry = profileAddress(m_profile.contracts.devices, "device registry");
    if (!registry)
        return registry.error();
    auto token = profileAddress(m_profile.contracts.token, "token");
    if (!token)
        return token.error();
    OnboardingFacts facts;
    auto chainId = m_chain.chainId();
    if (!chainId)
        return chainId.error();
    facts.nodeChainId = *chainId;

    constexpr std::string_view doing = "could not read the latest block";
    RpcReply reply = callBlocking(m_pool, "eth_getBlockByNumber", boost::json::array{"latest", false});
    if (!reply.ok())
        return makeError(reply.result.error().code, std::string(doing) + ": " + reply.result.error().message);
    auto block = RpcFields::of(*reply.result, "latest block");
    auto number = block ? block->quantity64("number") : Result<std::uint64_t>(block.error());
    auto timestamp = block ? block->quantity64("timestamp") : Result<std::uint64_t>(block.error());
    if (!number || !timestamp)
        return makeError(ErrorCode::Unverified,
                         std::string(doing) + ": " + (!number ? number.error() : timestamp.error()).message);
    facts.latestBlock = *number;
    facts.latestTimestamp = *timestamp;

    // The registry's views are read from the registry the profile names: a payload signed for another
    // registry is refused by the check, not believed.
    auto owner = view(*registry, "ownerOfDevice(address)", {addressValue(p.device)}, "the device's owner");
    if (!owner)
        return owner.error();
    if (*owner != 0) {
        Address a;
        const auto word = toBigEndian32(*owner);
        std::copy(word.begin() + 12, word.end(), a.bytes.begin());
        facts.deviceOwner = a;
    }
    auto retired = view(*registry, "isRetired(address)", {addressValue(p.device)}, "whether the device is retired");
    if (!retired)
        return retired.error();
    facts.deviceRetired = *retired != 0;
    auto used = view(*registry, "nonceUsed(address,uint256)", {addressValue(p.device), AbiValue::ofUInt(p.nonce)},
                     "whether the nonce is used");
    if (!used)
        return used.error();
    facts.nonceUsed = *used != 0;

    struct Word {
        const Address& contract;
        const char* signature;
        std::vector<AbiValue> args;
        const char* what;
        UInt256* target;
    };
    for (const Word& w : {Word{*registry, "minStake()", {}, "the registry's minimum stake", &facts.minStake},
                          Word{*registry, "onboardingFee()", {}, "the onboarding fee", &facts.onboardingFee},
                          Word{*token, "balanceOf(address)", {addressValue(sender)}, "the token balance", &facts.senderBalance},
                          Word{*token, "allowance(address,address)", {addressValue(sender), addressValue(*registry)},
                               "the token allowance", &facts.senderAllowance}}) {
        auto value = view(w.contract, w.signature, w.args, w.what);
        if (!value)
            return value.error();
        *w.target = *value;
    }
    return facts;
}

} // namespace plinth
