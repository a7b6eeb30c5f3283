#include "wallet/network/ActionSequence.h"

namespace plinth {

Result<Bytes> encodeActionSequence(const ProposalActions& actions)
{
    if (actions.targets.size() != actions.values.size() || actions.targets.size() != actions.calldatas.size())
        return makeError(ErrorCode::InvalidArgument, "a proposal needs as many values and calldatas as targets");
    Bytes out;
    for (std::size_t i = 0; i < actions.targets.size(); ++i) {
        out.insert(out.end(), actions.targets[i].bytes.begin(), actions.targets[i].bytes.end());
        const auto value = toBigEndian32(actions.values[i]);
        out.insert(out.end(), value.begin(), value.end());
        const auto length = toBigEndian32(UInt256(actions.calldatas[i].size()));
        out.insert(out.end(), length.begin(), length.end());
        out.insert(out.end(), actions.calldatas[i].begin(), actions.calldatas[i].end());
    }
    return out;
}

std::optional<SequenceFailure> decodeSequenceFailure(ByteView revertData, std::size_t actionCount)
{
    if (revertData.size() < 32)
        return std::nullopt;
    auto index = fromBigEndian(revertData.subspan(0, 32));
    if (!index || *index >= actionCount)
        return std::nullopt;
    SequenceFailure out;
    out.index = static_cast<std::size_t>(*index);
    out.revertData.assign(revertData.begin() + 32, revertData.end());
    return out;
}

} // namespace plinth
