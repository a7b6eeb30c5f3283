#pragma once
// RevertDecoder: why a call to the reference network reverted, as one sentence a person can act on.
//
// Revert data is decoded by codec/Abi's decodeRevertData against every custom error the reference
// contracts can raise: those declared in contracts/src/*.sol and the OpenZeppelin 5.4 errors they
// inherit or bubble up (ERC-20/721, AccessControl, Ownable, Governor, TimelockController, Votes, ECDSA,
// SafeCast, SafeERC20, ShortStrings). The list is checked against the compiled ABIs in contracts/build by
// tests/unit/tst_revertdecoder.cpp, so a new error in a contract fails that test until it is named here.
//
// The sentence is "<Contract>: <what went wrong> (<ErrorName>)", e.g. "DeviceRegistry: device 0x… is
// already registered (DeviceAlreadyRegistered)". The contract is the one called when it declares the
// error, else the first reference contract that does (an ERC20InsufficientAllowance raised while calling
// Staking.stake is the token's). Arguments are shown in the user's words: token amounts with the
// profile's token decimals and symbol, unix times as UTC dates, durations in days/hours, AccessControl
// roles and proposal/operation states by name, ERC-721 token ids as the device address they encode.
// Error(string) gives "<Contract>: <message>", Panic(uint256) the named panic code, empty data a
// sentence saying no reason was given, an unknown selector the selector itself. Malformed data is
// reported as such, never guessed.
//
// Ownership: copies what it needs from the profile. Threading: const methods are safe from any thread.
// Errors: none; every input gives a sentence.

#include "wallet/codec/Abi.h"
#include "wallet/common/Bytes.h"
#include "wallet/eth/Address.h"
#include "wallet/network/NetworkProfile.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plinth {

struct ExplainedRevert {
    RevertReason reason;      // the decoded payload (kind Empty, ErrorString, Panic, Custom or Unknown)
    bool malformed = false;   // the payload's selector was known but its arguments did not decode
    std::string contract;     // "DeviceRegistry", "PlinthToken", ...; empty when not known
    std::string errorName;    // "DeviceAlreadyRegistered", "Error", "Panic"; empty for no data
    std::string sentence;     // the whole sentence
};

class RevertDecoder {
public:
    // `contracts` names the called contract; `token` formats token amounts (an empty symbol: raw units).
    RevertDecoder(const NetworkContracts& contracts, CurrencyInfo token);

    // `called`: the contract the failing call was sent to, when known.
    ExplainedRevert explain(ByteView revertData, const std::optional<Address>& called = std::nullopt) const;

    // Every custom error known, as canonical signatures ("StillUnbonding(uint256,uint64)").
    static std::vector<std::string> knownErrors();
    // Whether the error (canonical signature) is known as one the contract can raise. `contract` is a
    // contract name as in contracts/build/artifacts ("DeviceRegistry", "PlinthToken", "Staking", ...).
    static bool knows(std::string_view contract, std::string_view canonicalSignature);

private:
    std::string contractName(const std::optional<Address>& called) const;

    std::vector<std::pair<std::string, Address>> m_contracts; // artifact name, address
    CurrencyInfo m_token;
};

} // namespace plinth
