#pragma once
// OnboardingFields: the payload's fields as named text values, the common ground of the JSON and the QR
// text forms (OnboardingFormat.h), so that both validate every field the same way and say the same
// thing about a bad one. Internal to wallet/onboarding.
//
// Threading: value type and pure functions. Errors: InvalidArgument, naming the field.

#include "wallet/common/Result.h"
#include "wallet/onboarding/OnboardingPayload.h"

#include <map>
#include <string>
#include <string_view>

namespace plinth::onboarding_detail {

// Long field names ("owner") to their text values, as the forms carry them.
using FieldMap = std::map<std::string, std::string, std::less<>>;

// The JSON form's names, in output order, and the text form's one-letter keys for them.
struct FieldName {
    const char* name;
    char key;
    bool optional; // may be absent (empty)
};
const FieldName* fieldNames(std::size_t* count);
const FieldName* fieldByName(std::string_view name);
const FieldName* fieldByKey(char key);

// Text values of every field (addresses EIP-55 with 0x, the signature 0x + 130 hex digits).
FieldMap payloadToFields(const OnboardingPayload& payload);
Result<OnboardingPayload> payloadFromFields(const FieldMap& fields);

} // namespace plinth::onboarding_detail
