#include "wallet/light/HeadAgreement.h"

#include "wallet/codec/Hex.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/light/HeaderChain.h"

namespace plinth {

Result<void> checkHeadsAgree(std::span<const EndpointHead> heads)
{
    for (std::size_t i = 0; i < heads.size(); ++i)
        for (std::size_t j = i + 1; j < heads.size(); ++j) {
            const EndpointHead& a = heads[i];
            const EndpointHead& b = heads[j];
            if (a.number == b.number && a.hash != b.hash)
                return makeError(ErrorCode::Unverified, "endpoints " + a.endpoint + " and " + b.endpoint + " disagree on "
                                                            + blockLabel(a.number) + ": " + toHex(a.hash) + " vs "
                                                            + toHex(b.hash));
        }
    return {};
}

Result<void> checkHeadsAgainstChain(const HeaderChain& chain, std::span<const EndpointHead> heads)
{
    for (const EndpointHead& head : heads) {
        const auto ours = chain.hashAt(head.number);
        if (ours && *ours != head.hash)
            return makeError(ErrorCode::Unverified, "endpoint " + head.endpoint + " reports " + blockLabel(head.number)
                                                        + " as " + toHex(head.hash) + " but the verified chain has "
                                                        + toHex(*ours));
    }
    return {};
}

} // namespace plinth
