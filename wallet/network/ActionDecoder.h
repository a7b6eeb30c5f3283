#pragma once
// ActionDecoder: a proposal's actions in the user's words. The target is named from the profile's
// contracts ("rewards"), the calldata decoded by the reference contracts' ABI (the few functions a
// proposal can call are built in: the governance parameters, the treasury's token transfers, roles;
// and the writes a wallet sends, for transaction previews: claim, stake, delegate, unstake, withdraw,
// device updates, transfer and retire, register, votes, propose, queue, execute), and a parameter change
// is shown old -> new.
//
// The old value is the parameter's value when the proposal was created. It comes from the parameter's
// change events (RewardRateChanged(old, new), ...), which are verified and complete: the last change at or
// before the creation block gives it, or else the first change after it (its `old`). Only a parameter
// that never changed has no event; then the current value (unchanged since deployment, as no event says
// otherwise) is read by the caller: proven with eth_getProof where contracts/README.md gives the
// parameter's storage slot (parameterSlot, and wallet/network/ParameterValues.h, which the CLI and the
// facade share), else, by the CLI only, with an eth_call marked unverified (currentValueCall).
//
// Ownership: holds a copy of the contract names. Threading: const methods are safe from any thread.
// Errors: none; what does not decode is returned undecoded (function empty), never guessed.

#include "wallet/codec/UInt256.h"
#include "wallet/common/Bytes.h"
#include "wallet/eth/Address.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/network/TimedLogs.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plinth {

enum class ValueUnit { Raw, Token, TokenPerSecond, Seconds, Percent, Address };

struct DecodedArgument {
    std::string name;
    std::string type;  // canonical ABI type
    std::string value; // decimal numbers, EIP-55 addresses, 0x bytes; arrays and escaped strings as JSON
    ValueUnit unit = ValueUnit::Raw;
};

// Where a change's old value came from.
enum class OldValueFrom { Unknown, ChangeEvent, StorageProof, ViewCall };

struct ParameterChange {
    std::string parameter;                // "rewardRate"
    ValueUnit unit = ValueUnit::Raw;
    UInt256 newValue = 0;
    std::optional<UInt256> oldValue;      // nullopt until known
    bool oldVerified = false;             // from a verified change event or a storage proof
    OldValueFrom oldFrom = OldValueFrom::Unknown;
    std::optional<std::uint64_t> oldBlock; // the event's block, or the block the proof was checked at
    std::string oldSource;                // how the old value was found, in English (the CLI's words)
    std::string getter;                   // the view that reads the current value ("rewardRate()")
};

struct DecodedAction {
    Address target;
    std::string targetName;               // the profile's key ("rewards"), empty when not one of them
    UInt256 value = 0;                    // wei sent with the call
    Bytes calldata;
    std::string function;                 // "setRewardRate(uint256)", empty when not decoded
    std::string functionName;             // "setRewardRate"
    std::vector<DecodedArgument> arguments;
    std::optional<ParameterChange> change;
};

// Where a parameter lives in its contract's storage (Solidity's layout, contracts/README.md): the word at
// `slot`, `widthBytes` wide starting `offsetBytes` from its low-order end (packed variables).
struct ParameterSlot {
    UInt256 slot = 0;
    unsigned offsetBytes = 0;
    unsigned widthBytes = 32;
};

// The parameter's value within its storage word.
UInt256 valueInSlot(const UInt256& word, const ParameterSlot& where);

// A governance parameter's setter, for proposal templates ("rewards.rewardRate=0.55").
struct ParameterSetter {
    std::string contract;  // the profile's key ("rewards")
    std::string parameter; // "rewardRate"
    std::string signature; // canonical ("setRewardRate(uint256)")
    ValueUnit unit = ValueUnit::Raw;
};

// Every parameter setter ActionDecoder knows, in a stable order.
std::vector<ParameterSetter> parameterSetters();

class ActionDecoder {
public:
    explicit ActionDecoder(const NetworkContracts& contracts);

    DecodedAction decode(const Address& target, const UInt256& value, ByteView calldata) const;

    // Fills change->oldValue from the target's change events (logs of the target contract) as of
    // `createdBlock`. Leaves it empty when the parameter never changed.
    void resolveOldValue(DecodedAction& action, const std::vector<TimedLog>& targetLogs, std::uint64_t createdBlock) const;

    // The call that reads the parameter's current value (for an action whose old value stayed unknown).
    std::optional<Bytes> currentValueCall(const DecodedAction& action) const;
    // Where the parameter is stored, for a proof of its current value; nullopt when not known.
    std::optional<ParameterSlot> parameterSlot(const DecodedAction& action) const;

    // The profile's name for an address ("token", "governor"), empty when it is none of them.
    std::string nameOf(const Address& address) const;

private:
    std::vector<std::pair<std::string, Address>> m_names;
};

} // namespace plinth
