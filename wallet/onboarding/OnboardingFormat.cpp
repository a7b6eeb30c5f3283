#include "wallet/onboarding/OnboardingFormat.h"

#include "wallet/codec/Hex.h"
#include "wallet/onboarding/OnboardingFields.h"

#include <boost/json.hpp>

#include <cctype>

namespace plinth {
namespace {

using onboarding_detail::FieldMap;
using onboarding_detail::FieldName;

constexpr std::string_view kJsonFormat = "plinth-onboarding";

Error invalid(std::string message) { return makeError(ErrorCode::InvalidArgument, std::move(message)); }

Error unknownVersion(const std::string& version)
{
    return invalid("unknown version " + version + " (this Plinth reads onboarding payloads of version "
                   + std::to_string(kOnboardingFormatVersion) + ")");
}

bool isAddressField(std::string_view name) { return name == "registry" || name == "owner" || name == "device"; }
bool isNumberField(std::string_view name)
{
    return name == "chainId" || name == "capacity" || name == "stake" || name == "nonce" || name == "deadline";
}

// What the text form leaves as it is: unreserved URI characters and a few more that URIs and H3 labels
// use. Everything else (`%`, `;`, `=`, spaces, non-ASCII) is %XX, so a value can never end a field.
bool plainChar(unsigned char c)
{
    return std::isalnum(c) || std::string_view("-._~:/@!$'()*+,?#[]&").find(static_cast<char>(c)) != std::string_view::npos;
}

std::string percentEncode(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (plainChar(c)) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
        }
    }
    return out;
}

Result<std::string> percentDecode(std::string_view text, const char* name)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            // Exactly two hex digits ("0x" would pass fromHex as an empty byte string).
            const std::string_view digits = text.substr(i + 1, 2);
            auto byte = digits.size() == 2 && !hasHexPrefix(digits) ? fromHex(digits) : Result<Bytes>(Error{});
            if (!byte)
                return invalid(std::string("bad value in \"") + name + "\": % must be followed by two hex digits");
            out.push_back(static_cast<char>(byte->front()));
            i += 2;
        } else if (!plainChar(static_cast<unsigned char>(c))) {
            return invalid(std::string("bad value in \"") + name + "\": the character '" + std::string(1, c)
                           + "' must be percent-encoded");
        } else {
            out.push_back(c);
        }
    }
    return out;
}

// The text form's addresses and signature drop "0x" and use lowercase hex.
std::string bareHex(const std::string& hex)
{
    std::string out = hex.substr(2);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

std::string onboardingToJson(const OnboardingPayload& payload)
{
    const FieldMap fields = onboarding_detail::payloadToFields(payload);
    boost::json::object o{{"format", kJsonFormat}, {"version", kOnboardingFormatVersion}};
    std::size_t count = 0;
    const FieldName* names = onboarding_detail::fieldNames(&count);
    for (std::size_t i = 0; i < count; ++i)
        o[names[i].name] = fields.at(names[i].name);
    return boost::json::serialize(o);
}

Result<OnboardingPayload> onboardingFromJson(std::string_view json)
{
    boost::system::error_code ec;
    const boost::json::value root = boost::json::parse(json, ec);
    if (ec)
        return invalid("not an onboarding payload: the JSON does not parse (" + ec.message() + ")");
    if (!root.is_object())
        return invalid("not an onboarding payload: a JSON object is expected");
    const boost::json::object& o = root.as_object();
    const auto* format = o.if_contains("format");
    if (!format || !format->is_string() || format->as_string() != kJsonFormat)
        return invalid("not an onboarding payload: \"format\" must be \"plinth-onboarding\"");
    const auto* version = o.if_contains("version");
    if (!version)
        return invalid("missing field \"version\"");
    if (!version->is_int64() && !version->is_uint64())
        return invalid("bad number in \"version\": a JSON integer is expected");
    if (!version->is_int64() || version->as_int64() != kOnboardingFormatVersion)
        return unknownVersion(boost::json::serialize(*version));
    FieldMap fields;
    for (const auto& [key, value] : o) {
        if (key == "format" || key == "version")
            continue;
        const std::string name(key);
        if (!onboarding_detail::fieldByName(name))
            return invalid("unknown field \"" + name + "\"");
        if (!value.is_string()) {
            const char* what = isNumberField(name) ? "bad number" : isAddressField(name) ? "bad address" : "bad value";
            return invalid(std::string(what) + " in \"" + name + "\": a JSON string is expected"
                           + (isNumberField(name) ? " (numbers are decimal strings)" : ""));
        }
        fields.emplace(name, std::string(value.as_string()));
    }
    return onboarding_detail::payloadFromFields(fields);
}

std::string onboardingToText(const OnboardingPayload& payload)
{
    const FieldMap fields = onboarding_detail::payloadToFields(payload);
    std::string out(kOnboardingTextPrefix);
    out += std::to_string(kOnboardingFormatVersion);
    std::size_t count = 0;
    const FieldName* names = onboarding_detail::fieldNames(&count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::string_view name = names[i].name;
        std::string value = fields.at(names[i].name);
        if (names[i].optional && value.empty())
            continue;
        if (isAddressField(name) || name == "signature")
            value = bareHex(value);
        else if (!isNumberField(name))
            value = percentEncode(value);
        out += ';';
        out += names[i].key;
        out += '=';
        out += value;
    }
    return out;
}

Result<OnboardingPayload> onboardingFromText(std::string_view text)
{
    if (text.substr(0, kOnboardingTextPrefix.size()) != kOnboardingTextPrefix)
        return invalid("not an onboarding payload: the text does not start with \"plinth-onboard:\"");
    text.remove_prefix(kOnboardingTextPrefix.size());
    const std::size_t end = text.find(';');
    const std::string version(text.substr(0, end));
    if (version.empty())
        return invalid("missing field \"version\"");
    if (version != std::to_string(kOnboardingFormatVersion))
        return unknownVersion(version);
    FieldMap fields;
    std::string_view rest = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    while (!rest.empty()) {
        const std::size_t next = rest.find(';');
        const std::string_view item = rest.substr(0, next);
        rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
        if (item.size() < 2 || item[1] != '=')
            return invalid("bad value in the text form: \"" + std::string(item.substr(0, 20))
                           + "\" is not a one-letter key, '=' and a value");
        const FieldName* field = onboarding_detail::fieldByKey(item[0]);
        if (!field)
            return invalid("unknown field \"" + std::string(1, item[0]) + "\"");
        if (fields.contains(field->name))
            return invalid(std::string("duplicate field \"") + field->name + "\"");
        std::string value(item.substr(2));
        const std::string_view name = field->name;
        if (isAddressField(name) || name == "signature") {
            value = "0x" + value;
        } else if (!isNumberField(name)) {
            auto decoded = percentDecode(value, field->name);
            if (!decoded)
                return decoded.error();
            value = std::move(*decoded);
        }
        fields.emplace(field->name, std::move(value));
    }
    return onboarding_detail::payloadFromFields(fields);
}

Result<OnboardingPayload> parseOnboardingPayload(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '{')
        return onboardingFromJson(text);
    return onboardingFromText(text);
}

} // namespace plinth
