#include "wallet/onboarding/OnboardingFields.h"

#include "wallet/codec/Hex.h"

#include <QUtf8StringView>

#include <array>
#include <limits>

namespace plinth::onboarding_detail {
namespace {

constexpr std::array<FieldName, 13> kFields{{{"chainId", 'c', false},
                                             {"registry", 'r', false},
                                             {"owner", 'o', false},
                                             {"device", 'd', false},
                                             {"kind", 'k', false},
                                             {"capacity", 'q', false},
                                             {"unit", 'u', true},
                                             {"region", 'g', false},
                                             {"metadataURI", 'm', true},
                                             {"stake", 's', false},
                                             {"nonce", 'n', false},
                                             {"deadline", 't', false},
                                             {"signature", 'x', false}}};

Error fieldError(const std::string& what, const char* name, const std::string& detail)
{
    return makeError(ErrorCode::InvalidArgument, what + " in \"" + name + "\": " + detail);
}

class Reader {
public:
    explicit Reader(const FieldMap& fields) : m_fields(fields) {}

    Result<std::string> text(const char* name) const
    {
        const auto it = m_fields.find(name);
        if (it != m_fields.end())
            return it->second;
        if (fieldByName(name)->optional)
            return std::string();
        return makeError(ErrorCode::InvalidArgument, std::string("missing field \"") + name + "\"");
    }

    Result<Address> address(const char* name) const
    {
        auto t = text(name);
        if (!t)
            return t.error();
        auto a = parseAddress(*t);
        if (!a)
            return fieldError("bad address", name, a.error().message);
        return *a;
    }

    // Decimal digits only: one spelling per number, so a payload has one text form.
    Result<UInt256> number(const char* name) const
    {
        auto t = text(name);
        if (!t)
            return t.error();
        auto n = parseDecimalUInt256(*t);
        if (!n)
            return fieldError("bad number", name, n.error().message);
        if (t->size() > 1 && (*t)[0] == '0')
            return fieldError("bad number", name, "leading zeros are not allowed");
        return *n;
    }

private:
    const FieldMap& m_fields;
};

} // namespace

const FieldName* fieldNames(std::size_t* count)
{
    *count = kFields.size();
    return kFields.data();
}

const FieldName* fieldByName(std::string_view name)
{
    for (const FieldName& f : kFields)
        if (name == f.name)
            return &f;
    return nullptr;
}

const FieldName* fieldByKey(char key)
{
    for (const FieldName& f : kFields)
        if (key == f.key)
            return &f;
    return nullptr;
}

FieldMap payloadToFields(const OnboardingPayload& p)
{
    return FieldMap{{"chainId", std::to_string(p.chainId)},
                    {"registry", toChecksumAddress(p.registry)},
                    {"owner", toChecksumAddress(p.owner)},
                    {"device", toChecksumAddress(p.device)},
                    {"kind", onboardingKindName(p.kind)},
                    {"capacity", toDecimalString(p.capacity)},
                    {"unit", p.unit},
                    {"region", p.region},
                    {"metadataURI", p.metadataURI},
                    {"stake", toDecimalString(p.stake)},
                    {"nonce", toDecimalString(p.nonce)},
                    {"deadline", toDecimalString(p.deadline)},
                    {"signature", toHex(signatureBytes(p.signature))}};
}

Result<OnboardingPayload> payloadFromFields(const FieldMap& fields)
{
    for (const auto& [name, value] : fields)
        if (!fieldByName(name))
            return makeError(ErrorCode::InvalidArgument, "unknown field \"" + name + "\"");
    const Reader in(fields);
    OnboardingPayload p;

    auto chainId = in.number("chainId");
    if (!chainId)
        return chainId.error();
    if (*chainId == 0 || *chainId > std::numeric_limits<std::uint64_t>::max())
        return fieldError("bad number", "chainId", "a chain id is between 1 and 2^64 - 1");
    p.chainId = static_cast<std::uint64_t>(*chainId);

    struct AddressField {
        const char* name;
        Address* target;
    };
    for (const AddressField& f : {AddressField{"registry", &p.registry}, AddressField{"owner", &p.owner},
                                  AddressField{"device", &p.device}}) {
        auto a = in.address(f.name);
        if (!a)
            return a.error();
        *f.target = *a;
    }

    auto kindText = in.text("kind");
    if (!kindText)
        return kindText.error();
    auto kind = onboardingKindFromName(*kindText);
    if (!kind)
        return makeError(ErrorCode::InvalidArgument, "unknown kind \"" + *kindText
                                                         + "\" (storage, bandwidth, wireless, compute, energy or sensor)");
    p.kind = *kind;

    struct NumberField {
        const char* name;
        UInt256* target;
    };
    for (const NumberField& f : {NumberField{"capacity", &p.capacity}, NumberField{"stake", &p.stake},
                                 NumberField{"nonce", &p.nonce}, NumberField{"deadline", &p.deadline}}) {
        auto n = in.number(f.name);
        if (!n)
            return n.error();
        *f.target = *n;
    }
    if (p.capacity == 0)
        return fieldError("bad number", "capacity", "a device's capacity must be above 0");

    struct TextField {
        const char* name;
        std::string* target;
    };
    for (const TextField& f : {TextField{"unit", &p.unit}, TextField{"region", &p.region},
                               TextField{"metadataURI", &p.metadataURI}}) {
        auto t = in.text(f.name);
        if (!t)
            return t.error();
        // The text form can spell any byte (%XX) but JSON only carries UTF-8: both forms must agree.
        if (!QUtf8StringView(*t).isValidUtf8())
            return fieldError("bad value", f.name, "not valid UTF-8");
        *f.target = std::move(*t);
    }

    auto sigText = in.text("signature");
    if (!sigText)
        return sigText.error();
    auto sigBytes = fromHex(*sigText);
    if (!sigBytes || !hasHexPrefix(*sigText))
        return fieldError("bad signature", "signature", sigBytes ? "0x-prefixed hex expected" : sigBytes.error().message);
    if (sigBytes->size() != 65)
        return makeError(ErrorCode::InvalidArgument, "bad signature length: " + std::to_string(sigBytes->size())
                                                         + " bytes, expected 65 (r, s, v)");
    auto sig = signatureFromBytes(*sigBytes);
    if (!sig)
        return fieldError("bad signature", "signature", sig.error().message);
    p.signature = *sig;
    return p;
}

} // namespace plinth::onboarding_detail
