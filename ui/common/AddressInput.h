#pragma once
// AddressInput: what a typed address is, for every form that takes one (Send's recipient, the delegate
// of votes): the address, or which of the EIP-55 rules it breaks (wallet/eth/Address.h parseAddress
// decides; this only names the case so that each form can say it in a sentence), and whether its
// letters carried a checksum at all: an all-lower or all-upper case address parses, but a mistyped
// character in it cannot be detected.
//
// Threading: any thread (addressProblemText translates: GUI thread). Pure. Errors: in the value.

#include "wallet/eth/Address.h"

#include <QString>

#include <optional>
#include <string>

namespace plinth::ui {

enum class AddressProblem { None, Empty, NoPrefix, WrongLength, NotHex, BadChecksum };

struct AddressInput {
    std::optional<Address> address; // set exactly when problem == None
    AddressProblem problem = AddressProblem::Empty;
    int digits = 0;           // the hex digits after 0x (WrongLength says how many there are)
    bool checksummed = false; // mixed case that matched its EIP-55 checksum
    std::string reason;       // parseAddress's message (English), empty when valid or empty
    bool isZero() const { return address && *address == Address{}; }
};

// `text` trimmed, then checked as parseAddress checks it.
AddressInput readAddressInput(const QString& text);

// The problem in one sentence ("…does not match its checksum…"); empty for None. For Empty, a form
// usually says what to enter instead.
QString addressProblemText(const AddressInput& input);

} // namespace plinth::ui
