#include "ui/common/AddressInput.h"

#include "wallet/codec/Hex.h"

#include <QCoreApplication>

#include <algorithm>

namespace plinth::ui {

AddressInput readAddressInput(const QString& text)
{
    AddressInput in;
    const std::string typed = text.trimmed().toStdString();
    if (typed.empty()) {
        in.reason = parseAddress(typed).error().message; // for a form that quotes the core's reason
        return in;
    }
    in.digits = hasHexPrefix(typed) ? int(typed.size()) - 2 : 0;
    auto parsed = parseAddress(typed);
    if (parsed) {
        in.address = *parsed;
        in.problem = AddressProblem::None;
        const std::string_view digits = std::string_view(typed).substr(2);
        const bool lower = std::any_of(digits.begin(), digits.end(), [](char c) { return c >= 'a' && c <= 'f'; });
        const bool upper = std::any_of(digits.begin(), digits.end(), [](char c) { return c >= 'A' && c <= 'F'; });
        in.checksummed = lower && upper; // parseAddress checked the mixed case against the checksum
        return in;
    }
    in.reason = parsed.error().message;
    // parseAddress checks in this order: the prefix, the length, hex digits, then the checksum.
    if (!hasHexPrefix(typed))
        in.problem = AddressProblem::NoPrefix;
    else if (in.digits != 40)
        in.problem = AddressProblem::WrongLength;
    else if (!fromHexFixed<20>(typed))
        in.problem = AddressProblem::NotHex;
    else
        in.problem = AddressProblem::BadChecksum;
    return in;
}

QString addressProblemText(const AddressInput& in)
{
    switch (in.problem) {
    case AddressProblem::None: return {};
    case AddressProblem::Empty: return QCoreApplication::translate("plinth::ui::AddressInput", "Enter an address: 0x followed by 40 hexadecimal digits.");
    case AddressProblem::NoPrefix:
        return QCoreApplication::translate("plinth::ui::AddressInput", "This is not an address: an address starts with 0x, then 40 hexadecimal digits.");
    case AddressProblem::WrongLength:
        //: %1 how many hexadecimal digits follow 0x (never 40)
        return QCoreApplication::translate("plinth::ui::AddressInput", "An address has exactly 40 hexadecimal digits after 0x; this one has %1.")
            .arg(in.digits);
    case AddressProblem::NotHex:
        return QCoreApplication::translate("plinth::ui::AddressInput", "This is not an address: after 0x, only the digits 0-9 and the letters a-f (in either case) may follow.");
    case AddressProblem::BadChecksum:
        return QCoreApplication::translate("plinth::ui::AddressInput",
                                           "The capital letters do not match this address's checksum (EIP-55): a character is probably mistyped.");
    }
    return {};
}

} // namespace plinth::ui
