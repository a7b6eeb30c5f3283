#include "wallet/network/ParameterValues.h"

namespace plinth {

std::optional<ParameterRead> parameterRead(const ActionDecoder& decoder, const DecodedAction& action)
{
    if (!action.change)
        return std::nullopt;
    auto where = decoder.parameterSlot(action);
    if (!where)
        return std::nullopt;
    return ParameterRead{action.target, toBigEndian32(where->slot), *where};
}

std::string unprovableReason(const DecodedAction& action)
{
    const std::string contract = action.targetName.empty() ? toChecksumAddress(action.target) : "the " + action.targetName + " contract";
    const std::string parameter = action.change ? action.change->parameter : action.functionName;
    // The governor and the timelock keep their settings where OpenZeppelin puts them, which
    // contracts/README.md does not give, so no slot can be asked for.
    return "Plinth does not know where " + contract + " stores " + parameter + ", so its value cannot be proven";
}

UInt256 takeProvenValue(DecodedAction& action, const ParameterRead& read, const UInt256& word, std::uint64_t block)
{
    const UInt256 value = valueInSlot(word, read.where);
    if (action.change && !action.change->oldValue) {
        // Never changed by an event, so the value now is the value then.
        ParameterChange& c = *action.change;
        c.oldValue = value;
        c.oldVerified = true;
        c.oldBlock = block;
        c.oldFrom = OldValueFrom::StorageProof;
        c.oldSource = "storage slot " + toDecimalString(read.where.slot) + " proven at block " + std::to_string(block) +
                      " (no change event since deployment)";
    }
    return value;
}

} // namespace plinth
